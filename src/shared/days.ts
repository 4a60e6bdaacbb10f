/**
 * Calendar days as integers (days since 1970-01-01), as the engine counts them and as every door
 * writes them (YYYY-MM-DD). Pure arithmetic, no time zones: those are core/calendar.ts's.
 */
import type { WeekStart } from "../core/types";

/** A calendar day as an integer: days since 1970-01-01 (negative before it). */
export type Day = number;

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

/**
 * Days already written: a report writes the same few hundred days over and over (a follow-up
 * list's tens of thousands of entries have two days each), and writing one costs far more than
 * finding it. Bounded, so that a long run over many days cannot grow it without end.
 */
const formatted = new Map<Day, string>();
const FORMATTED_LIMIT = 20_000;

/** @example formatDay(daysFromCivil(2024, 12, 2)) //=> "2024-12-02" */
export function formatDay(day: Day): string {
  let text = formatted.get(day);
  if (text === undefined) {
    const { year, month, day: d } = civilFromDays(day);
    text = `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${d < 10 ? "0" : ""}${d}`;
    if (formatted.size >= FORMATTED_LIMIT) formatted.clear();
    formatted.set(day, text);
  }
  return text;
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

/** The first day of the calendar week holding `day` (the sidebar lists the weeks with it too). */
export function weekStartOf(day: Day, weekStartsOn: WeekStart): Day {
  const offset = weekStartsOn === "monday" ? (dayOfWeek(day) + 6) % 7 : dayOfWeek(day);
  return day - offset;
}
