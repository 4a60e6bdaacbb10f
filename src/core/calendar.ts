/** Calendar days as integers and the time-zone arithmetic behind them (Intl only, no bundled tz data). */
import type { Day, WeekStart } from "./types";

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
// Read once: where the bundle runs in node:vm (tests, the bench) every global lookup is slow.
const { floor } = Math;

/** First and last valid days of metrics.md §2: 1900-01-01 and 2999-12-31. */
export const FIRST_DAY: Day = daysFromCivil(1900, 1, 1);
export const LAST_DAY: Day = daysFromCivil(2999, 12, 31);

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
 * @example daysFromCivil(1970, 1, 2) //=> 1
 */
export function daysFromCivil(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + floor(yoe / 4) - floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The year, month and day of a day number. */
export function civilFromDays(days: Day): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const day = doy - floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True when year-month-day names a real calendar date (no 2024-02-30). */
export function isValidCivil(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month !== 2) return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (leap ? 29 : 28);
}

/** @example formatDay(daysFromCivil(2024, 12, 2)) //=> "2024-12-02" */
export function formatDay(day: Day): string {
  const { year, month, day: d } = civilFromDays(day);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${d < 10 ? "0" : ""}${d}`;
}

/** Parses a user-given day `YYYY-MM-DD`; null when it is not one. */
export function parseDay(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidCivil(y, mo, d)) return null;
  const day = daysFromCivil(y, mo, d);
  return day >= FIRST_DAY && day <= LAST_DAY ? day : null;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function dayOfWeek(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The first day of the calendar week holding `day`. */
export function weekStartOf(day: Day, weekStartsOn: WeekStart): Day {
  const offset = weekStartsOn === "monday" ? (dayOfWeek(day) + 6) % 7 : dayOfWeek(day);
  return day - offset;
}

/** The options ZoneClock reads instants with: every field of a wall-clock time. */
const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
  era: "short",
};

function formatIn(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat("en-US", { ...options, timeZone });
  } catch {
    throw new RangeError(
      `unknown time zone "${timeZone}" (use an IANA name such as Asia/Shanghai, or an offset such as GMT+08:00)`,
    );
  }
}

/** GMT or UTC, a sign, 1–2 digits of hours and optionally 2 of minutes, with or without a colon. */
const FIXED_OFFSET = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/i;

/**
 * The offset (ms) of a zone written as a fixed offset from UTC, as Sheets reports a custom zone
 * (`GMT+08:00`) and Java reads custom ids (`GMT+8`, `GMT-0530`; hours to 23, minutes to 59), or
 * written with UTC; null for any other name. Intl rejects these, and needs no asking for them.
 * (`Etc/GMT-8` is an IANA name Intl knows, with POSIX's inverted sign: it is UTC+8.)
 * @example fixedOffsetOf("GMT-05:30") //=> -19800000
 */
export function fixedOffsetOf(timeZone: string): number | null {
  const match = FIXED_OFFSET.exec(timeZone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (hours > 23 || minutes > 59) return null;
  return (match[1] === "-" ? -1 : 1) * (hours * 60 + minutes) * 60_000;
}

/** Intl's canonical zone names; empty where the runtime cannot list them. */
let listedZones: Set<string> | null = null;

/**
 * Throws a RangeError naming the zone when Intl does not know it. A listed name is known
 * without asking Intl to format in it, which loads the zone's data (~15 ms, before the CLI
 * can start reading); aliases and unknown names are still tried.
 */
export function assertTimeZone(timeZone: string): void {
  listedZones ??= new Set(
    typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [],
  );
  if (!listedZones.has(timeZone) && fixedOffsetOf(timeZone) === null) formatIn(timeZone, {});
}

/**
 * Maps instants to calendar days in one zone. Offsets are cached per UTC hour: a zone's
 * offset changes at most once within an hour, so where the offsets at both ends of an hour
 * agree they hold for the whole hour, and Intl is asked once per hour instead of once per row.
 *
 * Intl is first asked at the first instant: loading its zone data costs a thread ~25 ms, and
 * exports whose times are wall-clock text need no zone at all. So an unknown zone throws
 * (with the message of assertTimeZone) only once an instant needs it; the report itself
 * checks its zone up front (checkOptions), and so does the CLI for --tz.
 */
export class ZoneClock {
  private format: Intl.DateTimeFormat | null = null;
  private readonly offsets = new Map<number, number>();
  /** The offset of a fixed-offset zone (GMT+08:00), which Intl does not know; null for IANA names. */
  private readonly fixed: number | null;

  constructor(readonly timeZone: string) {
    this.fixed = fixedOffsetOf(timeZone);
  }

  /** The calendar day of an instant (ms since the epoch) in this zone. */
  dayOf(ms: number): Day {
    return floor((ms + this.offsetAt(ms)) / MS_PER_DAY);
  }

  /** The instant (ms) of local midnight starting `day` in this zone. */
  startOfDay(day: Day): number {
    const wall = day * MS_PER_DAY;
    // Two passes settle the offset even next to a transition.
    let ms = wall - this.offsetAt(wall);
    ms = wall - this.offsetAt(ms);
    return this.dayOf(ms) === day ? ms : ms + MS_PER_HOUR;
  }

  /** Offset of local wall-clock time from UTC in ms at an instant. */
  offsetAt(ms: number): number {
    const hour = floor(ms / MS_PER_HOUR);
    const start = this.hourOffset(hour);
    if (start === this.hourOffset(hour + 1)) return start;
    return this.exactOffset(ms);
  }

  private hourOffset(hour: number): number {
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = this.exactOffset(hour * MS_PER_HOUR);
      this.offsets.set(hour, offset);
    }
    return offset;
  }

  private exactOffset(ms: number): number {
    if (this.fixed !== null) return this.fixed;
    const whole = floor(ms / 1000) * 1000;
    const parts: Record<string, string> = {};
    this.format ??= formatIn(this.timeZone, WALL_CLOCK);
    for (const p of this.format.formatToParts(whole)) parts[p.type] = p.value;
    const year = parts.era === "BC" || parts.era === "B" ? 1 - Number(parts.year) : Number(parts.year);
    const local =
      daysFromCivil(year, Number(parts.month), Number(parts.day)) * MS_PER_DAY +
      Number(parts.hour) * MS_PER_HOUR +
      Number(parts.minute) * 60_000 +
      Number(parts.second) * 1000;
    return local - whole;
  }
}

/** The machine's own zone, the CLI's default. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
