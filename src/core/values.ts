/** Cell values of metrics.md §2: dates, amounts, ids, counts and statuses. */
import { daysFromCivil, FIRST_DAY, isValidCivil, LAST_DAY, type ZoneClock } from "./calendar";
import { cellText, isDate } from "./text";
import type { Day, OrderStatus } from "./types";

const MS_PER_DAY = 86_400_000;
// Read once: where the bundle runs in node:vm (tests, the bench) every global lookup is slow.
const { abs, floor, round } = Math;
const { isFinite: isFiniteNumber, isInteger } = Number;
const bigInt = BigInt;
/** Spreadsheet serial 0 is 1899-12-30. */
const SERIAL_EPOCH: Day = daysFromCivil(1899, 12, 30);
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const TEXT_DATE =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})日)(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?: ?(Z|[+-]\d{2}:?\d{2}))?$/i;

function validDay(day: Day): Day | null {
  return day >= FIRST_DAY && day <= LAST_DAY ? day : null;
}

/**
 * A plain number: by its count of integer digits (0 when it has a fraction) a compact date,
 * a Unix time in seconds or milliseconds, or else a serial number.
 */
function numericDay(value: number, integerDigits: number, clock: ZoneClock): Day | null {
  if (integerDigits === 8) {
    const y = floor(value / 10000);
    const m = floor(value / 100) % 100;
    const d = value % 100;
    return isValidCivil(y, m, d) ? validDay(daysFromCivil(y, m, d)) : null;
  }
  if (integerDigits === 10) return validDay(clock.dayOf(value * 1000));
  if (integerDigits === 13) return validDay(clock.dayOf(value));
  return validDay(SERIAL_EPOCH + floor(value));
}

/** The digit at `i`, or -1. */
function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Two digits at `i` as a number, or -1. */
function twoDigits(text: string, i: number): number {
  const a = digit(text, i);
  const b = digit(text, i + 1);
  return (a | b) < 0 ? -1 : a * 10 + b;
}

/**
 * `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD HH:MM` exactly, as most tools export times: every
 * character at a known place, so it is read with no loop (the bench's largest per-row cost
 * after the parser and the id table). Undefined for any other text.
 */
function isoTimeDay(text: string): Day | null | undefined {
  const n = text.length;
  if (
    (n !== 19 && n !== 16) ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 32 ||
    text.charCodeAt(13) !== 58 ||
    (n === 19 && text.charCodeAt(16) !== 58)
  ) {
    return undefined;
  }
  const century = twoDigits(text, 0);
  const year = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = n === 19 ? twoDigits(text, 17) : 0;
  if ((century | year | month | day | hour | minute | second) < 0) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (!isValidCivil(century * 100 + year, month, day)) return null;
  return validDay(daysFromCivil(century * 100 + year, month, day));
}

/**
 * The common shapes `YYYY-M-D`, `YYYY/M/D`, `YYYY.M.D` with an optional ` H:MM[:SS[.fff]]`,
 * read without a regular expression or any allocation: exports have one per row, and the
 * regex's capture strings dominated the garbage of a large run. Undefined means "not this
 * shape, ask the regex".
 */
function wallClockDay(text: string): Day | null | undefined {
  const n = text.length;
  const sep = text.charCodeAt(4);
  if (n < 8 || (sep !== 45 && sep !== 47 && sep !== 46)) return undefined;
  const y0 = digit(text, 0);
  const y1 = digit(text, 1);
  const y2 = digit(text, 2);
  const y3 = digit(text, 3);
  if ((y0 | y1 | y2 | y3) < 0) return undefined;
  // Month and day: one or two digits each, the same separator between them.
  let i = 5;
  let month = digit(text, i++);
  if (month < 0) return undefined;
  if (digit(text, i) >= 0) month = month * 10 + digit(text, i++);
  if (text.charCodeAt(i++) !== sep) return undefined;
  let day = digit(text, i++);
  if (day < 0) return undefined;
  if (digit(text, i) >= 0) day = day * 10 + digit(text, i++);
  if (i < n) {
    const t = text.charCodeAt(i++);
    if (t !== 32 && t !== 84) return undefined;
    let hour = digit(text, i++);
    if (hour < 0) return undefined;
    if (digit(text, i) >= 0) hour = hour * 10 + digit(text, i++);
    const m0 = digit(text, i + 1);
    const m1 = digit(text, i + 2);
    if (text.charCodeAt(i) !== 58 || (m0 | m1) < 0) return undefined;
    i += 3;
    let second = 0;
    if (text.charCodeAt(i) === 58) {
      const s0 = digit(text, i + 1);
      const s1 = digit(text, i + 2);
      if ((s0 | s1) < 0) return undefined;
      second = s0 * 10 + s1;
      i += 3;
      if (text.charCodeAt(i) === 46 && digit(text, i + 1) >= 0) {
        i++;
        while (digit(text, i) >= 0) i++;
      }
    }
    if (i !== n) return undefined;
    if (hour > 23 || m0 * 10 + m1 > 59 || second > 59) return null;
  }
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (!isValidCivil(year, month, day)) return null;
  return validDay(daysFromCivil(year, month, day));
}

/**
 * The calendar day of a date cell in the clock's zone, or null when it is not a date.
 * Wall-clock values (serials, compact dates, text without an offset) keep their own date;
 * instants (Dates, Unix times, text with an offset) are read in the clock's zone.
 * @example readDay("2024-12-11 23:30 -05:00", shanghai) //=> the day of 2024-12-12
 */
export function readDay(value: unknown, clock: ZoneClock): Day | null {
  if (isDate(value)) {
    const ms = value.getTime();
    return isFiniteNumber(ms) ? validDay(clock.dayOf(ms)) : null;
  }
  if (typeof value === "number") {
    if (!isFiniteNumber(value) || value < 0) return null;
    return numericDay(value, isInteger(value) ? bigInt(value).toString().length : 0, clock);
  }
  if (typeof value !== "string") return null;
  // The usual shapes, exactly: normalising could not change them, so try them before normalising.
  const iso = isoTimeDay(value);
  if (iso !== undefined) return iso;
  const exact = wallClockDay(value);
  if (exact !== undefined) return exact;
  const text = cellText(value);
  if (text === "") return null;
  const fast = wallClockDay(text);
  if (fast !== undefined) return fast;
  if (PLAIN_NUMBER.test(text)) return numericDay(Number(text), text.includes(".") ? 0 : text.length, clock);
  const m = TEXT_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[3] ?? m[5]);
  const day = Number(m[4] ?? m[6]);
  if (!isValidCivil(year, month, day)) return null;
  const hours = m[7] === undefined ? 0 : Number(m[7]);
  const minutes = m[8] === undefined ? 0 : Number(m[8]);
  const seconds = m[9] === undefined ? 0 : Number(m[9]);
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  const date = daysFromCivil(year, month, day);
  const zone = m[10];
  if (zone === undefined) return validDay(date);
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== "Z") {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(-2));
    if (om > 59) return null;
    offsetMinutes = (oh * 60 + om) * (zone[0] === "-" ? -1 : 1);
    if (abs(offsetMinutes) > 14 * 60) return null;
  }
  const wallMs = date * MS_PER_DAY + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000;
  return validDay(clock.dayOf(wallMs));
}

const AMOUNT = /^(?:(?:[¥$]|rmb|cny) ?)?(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d+))?元?$/i;
const MAX_AMOUNT_DIGITS = 12;

/** Cents of decimal digits as written, halves away from zero; null at 10¹² or more. */
function centsOf(integer: string, fraction: string): number | null {
  const whole = integer.replace(/^0+(?=\d)/, "");
  if (whole.length > MAX_AMOUNT_DIGITS) return null;
  const cents = Number(whole) * 100 + Number((fraction + "00").slice(0, 2));
  return fraction.length > 2 && fraction.charCodeAt(2) >= 53 /* "5" */ ? cents + 1 : cents;
}

/**
 * Cents of plain decimal text, digits with an optional "." and more digits, as most exports
 * write amounts: read at once, where the regex, its captures and centsOf made ~1 µs a row.
 * Undefined for any other text (the regex decides).
 */
function plainCents(text: string): number | null | undefined {
  const n = text.length;
  let i = 0;
  let whole = 0;
  let digits = 0; // without leading zeros
  for (; i < n; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    if (digits > 0 || c > 0) digits++;
    whole = whole * 10 + c;
  }
  if (i === 0) return undefined;
  let fraction = 0;
  let roundUp = false;
  if (i < n) {
    if (text.charCodeAt(i) !== 46 /* "." */ || i === n - 1) return undefined;
    for (let j = i + 1; j < n; j++) {
      const c = text.charCodeAt(j) - 48;
      if (c < 0 || c > 9) return undefined;
      if (j <= i + 2) fraction += j === i + 1 ? 10 * c : c;
      else if (j === i + 3) roundUp = c >= 5;
    }
  }
  if (digits > MAX_AMOUNT_DIGITS) return null;
  return whole * 100 + fraction + (roundUp ? 1 : 0);
}

/**
 * An amount in integer cents, or null when the cell is not an amount.
 * @example readCents("¥1,299.00") //=> 129900
 * @example readCents(12.345) //=> 1235
 * @example readCents("1e3") //=> null
 */
export function readCents(value: unknown): number | null {
  if (typeof value === "number") {
    if (!isFiniteNumber(value) || value < 0 || value >= 1e12) return null;
    // Most amounts have at most two decimals: then the nearest double to a whole number of cents
    // is the value itself, the same cents as its decimal form gives, without printing it.
    const whole = round(value * 100);
    if (whole / 100 === value) return whole;
    const text = String(value);
    // Only numbers below 1e-6 print with an exponent here: they are 0.00.
    if (text.includes("e")) return 0;
    const [integer, fraction = ""] = text.split(".");
    return centsOf(integer, fraction);
  }
  if (typeof value !== "string") return null;
  const text = cellText(value);
  const plain = plainCents(text);
  if (plain !== undefined) return plain;
  const m = AMOUNT.exec(text);
  if (!m) return null;
  return centsOf(m[1].replace(/,/g, ""), m[2] ?? "");
}

/**
 * An id as text: case and leading zeros kept; numbers and `10023.0` become integer digits.
 * @example readId(10023) //=> "10023"
 * @example readId("007") //=> "007"
 */
export function readId(value: unknown): string {
  if (typeof value === "number") {
    return isInteger(value) ? bigInt(value).toString() : String(value);
  }
  const text = cellText(value);
  const dot = text.indexOf(".");
  if (dot > 0 && /^\d+\.0+$/.test(text)) return text.slice(0, dot);
  return text;
}

/**
 * The count of an activity row: blank is 1; null when not a whole number ≥ 0.
 * @example readCount("3.0") //=> 3
 */
export function readCount(value: unknown): number | null {
  if (typeof value === "number") return isInteger(value) && value >= 0 ? value : null;
  const text = cellText(value);
  if (text === "") return 1;
  // A small count of plain digits, the usual case, needs no regex.
  if (text.length <= 6) {
    let n = 0;
    let i = 0;
    for (; i < text.length && digit(text, i) >= 0; i++) n = n * 10 + digit(text, i);
    if (i === text.length) return n;
  }
  return /^\d+(?:\.0+)?$/.test(text) ? Number.parseInt(text, 10) : null;
}

/**
 * A total such as views or likes (insights.md §14–§15): a whole number ≥ 0 read as a count is,
 * but blank is 0, not 1; null when not a whole number ≥ 0.
 * @example readTally("") //=> 0
 * @example readTally("1.2万") //=> null
 */
export function readTally(value: unknown): number | null {
  if (typeof value === "number") return readCount(value);
  // Plain digits, as exports write totals, are read at once: a content export has four a row.
  if (typeof value === "string" && value.length > 0 && value.length <= 9) {
    let n = 0;
    let i = 0;
    for (; i < value.length && digit(value, i) >= 0; i++) n = n * 10 + digit(value, i);
    if (i === value.length) return n;
  }
  const text = cellText(value);
  return text === "" ? 0 : readCount(text);
}

const CANCELLED = new Set([
  "cancelled",
  "canceled",
  "closed",
  "已取消",
  "取消",
  "已关闭",
  "关闭",
  "交易关闭",
]);
const REFUNDED = new Set(["refunded", "已退款", "退款", "退款成功"]);

/** @example readStatus("已退款") //=> "refunded" */
export function readStatus(value: unknown): OrderStatus {
  const text = cellText(value).toLowerCase();
  if (CANCELLED.has(text)) return "cancelled";
  if (REFUNDED.has(text)) return "refunded";
  return "paid";
}
