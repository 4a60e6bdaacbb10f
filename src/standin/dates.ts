/**
 * Dates and time zones, via Intl only (the playground runs this in the browser too).
 *
 * Apps Script code runs in a `node:vm` context whose `Date` is a different class from ours, so a
 * Date is recognised by its internal tag, never with `instanceof`.
 */

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** A wall-clock reading in some time zone. `month` is 1-12; `weekday` 0 = Sunday. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Minutes east of UTC of a custom zone id, or null for any other name. Apps Script reads zone ids as
 * Java's TimeZone does (docs.oracle.com/javase/8/docs/api/java/util/TimeZone.html: "GMT" Sign
 * Hours [[":"] Minutes], hours 0–23), and a spreadsheet set to a custom offset reports one, such as
 * "GMT+08:00"; written with "UTC" too. Intl rejects them all, so they are computed here.
 */
function customOffsetMinutes(timeZone: string): number | null {
  const match = /^(GMT|UTC)([+-])(\d\d?)(:?)(\d\d)?$/.exec(timeZone);
  if (!match || (match[4] === ":" && match[5] === undefined)) return null;
  const [hours, minutes] = [Number(match[3]), Number(match[5] ?? 0)];
  if (hours > 23 || minutes > 59) return null;
  return (hours * 60 + minutes) * (match[2] === "-" ? -1 : 1);
}

/**
 * Throws unless `timeZone` is an IANA zone Intl knows or a custom offset (Apps Script would
 * silently fall back to GMT).
 */
export function assertTimeZone(timeZone: unknown): asserts timeZone is string {
  if (typeof timeZone !== "string" || timeZone === "")
    throw new Error(`Invalid time zone: ${String(timeZone)}`);
  if (customOffsetMinutes(timeZone) !== null) return;
  try {
    formatterFor(timeZone);
  } catch {
    throw new Error(`Invalid time zone: ${timeZone}`);
  }
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The wall clock in `timeZone` at instant `ms`. */
export function wallClockAt(ms: number, timeZone: string): WallClock {
  const custom = customOffsetMinutes(timeZone);
  if (custom !== null) return utcWallClock(ms + custom * 60000);
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(ms))) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  return {
    year: parts.era === "BC" || parts.era === "B" ? 1 - yearOfEra : yearOfEra,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday),
  };
}

/** The wall clock read as if it were UTC, in epoch milliseconds. */
export function wallClockAsUtc(clock: Omit<WallClock, "weekday">): number {
  const date = new Date(0);
  date.setUTCFullYear(clock.year, clock.month - 1, clock.day);
  date.setUTCHours(clock.hour, clock.minute, clock.second, clock.millisecond);
  return date.getTime();
}

/** Offset of `timeZone` from UTC at instant `ms`, in minutes (Asia/Shanghai → 480). */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  const custom = customOffsetMinutes(timeZone);
  if (custom !== null) return custom;
  return Math.round((wallClockAsUtc(wallClockAt(ms, timeZone)) - ms) / 60000);
}

/**
 * The instant at which `timeZone` shows this wall clock. When DST makes the reading ambiguous (an
 * overlap) or impossible (a gap), the earlier candidate instant is used.
 */
export function instantOfWallClock(clock: Omit<WallClock, "weekday">, timeZone: string): number {
  const asUtc = wallClockAsUtc(clock);
  const first = asUtc - offsetMinutesAt(asUtc, timeZone) * 60000;
  const second = asUtc - offsetMinutesAt(first, timeZone) * 60000;
  return Math.min(first, second);
}

const MS_PER_DAY = 86_400_000;
/** Days from Sheets' epoch (1899-12-30) to 1970-01-01. */
const SERIAL_OF_UNIX_EPOCH = 25_569;

/** A Sheets date serial number (days since 1899-12-30, fraction = time of day) for a wall clock. */
export function serialOfWallClock(clock: Omit<WallClock, "weekday">): number {
  return wallClockAsUtc(clock) / MS_PER_DAY + SERIAL_OF_UNIX_EPOCH;
}

/** The wall clock a Sheets serial number stands for (serials have no zone). */
export function wallClockOfSerial(serial: number): WallClock {
  return utcWallClock(Math.round((serial - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY));
}

/** The wall clock of UTC at `ms`. */
function utcWallClock(ms: number): WallClock {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
    weekday: date.getUTCDay(),
  };
}

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function pad(value: number, width: number): string {
  const digits = String(Math.abs(value)).padStart(width, "0");
  return value < 0 ? `-${digits}` : digits;
}
