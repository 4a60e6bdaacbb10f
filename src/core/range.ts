/** The report range and its weeks (metrics.md §4). */
import { LocalizedError } from "../shared/errors";
import { formatDay, weekStartOf } from "./calendar";
import type { CleanEvents } from "./clean";
import { type Presence, STILL_PRESENT } from "./presence";
import { type DaySpan, DaysSeen } from "./tables";
import type { Day, WeekStart } from "./types";

export interface DayRange {
  from: Day;
  to: Day;
}

/** Thrown for a range the user asked for that cannot hold (start after end). */
export class ReportRangeError extends LocalizedError {
  override name = "ReportRangeError";
}

/**
 * From the earliest to the latest day on which something counted (a join or leave, activity
 * of a known member, a counted order, a valid row of a table not keyed by member: `rowSpans`),
 * with the user's days replacing either end. Null when nothing counted and no day was given. A
 * single given day with no data is a one-day range.
 */
export function reportRange(
  presence: Presence,
  events: CleanEvents,
  from: Day | null | undefined,
  to: Day | null | undefined,
  rowSpans: readonly (DaySpan | null)[] = [],
): DayRange | null {
  const days = new DaysSeen();
  for (let p = 0; p < presence.start.length; p++) {
    days.see(presence.start[p]);
    if (presence.end[p] !== STILL_PRESENT) days.see(presence.end[p]);
  }
  days.seeSpan(events.activity?.span ?? null);
  days.seeSpan(events.orders?.span ?? null);
  for (const span of rowSpans) days.seeSpan(span);
  const seen = days.span;
  const start = from ?? seen?.first ?? to ?? null;
  const end = to ?? seen?.last ?? from ?? null;
  if (start === null || end === null) return null;
  if (start > end) {
    throw new ReportRangeError({
      en: `the range starts on ${formatDay(start)}, after its end ${formatDay(end)}`,
      zh: `日期范围的开始 ${formatDay(start)} 晚于结束 ${formatDay(end)}`,
    });
  }
  return { from: start, to: end };
}

/** Calendar weeks meeting a range, each with its in-range days. */
export interface Week {
  start: Day;
  /** First and last days of the week inside the range. */
  first: Day;
  last: Day;
  complete: boolean;
}

export function weeksOf(range: DayRange, weekStartsOn: WeekStart): Week[] {
  const weeks: Week[] = [];
  for (let start = weekStartOf(range.from, weekStartsOn); start <= range.to; start += 7) {
    const first = Math.max(start, range.from);
    const last = Math.min(start + 6, range.to);
    weeks.push({ start, first, last, complete: first === start && last === start + 6 });
  }
  return weeks;
}

/**
 * The week of each day of the range, as an index into weeksOf(range): the week of day d is
 * weekOfDay[d − range.from]. A table, not a function: the report looks up the week of every
 * event and every join.
 */
export function weekOfDays(range: DayRange, weekStartsOn: WeekStart): Int32Array {
  const offset = range.from - weekStartOf(range.from, weekStartsOn);
  const weekOfDay = new Int32Array(range.to - range.from + 1);
  for (let d = 0; d < weekOfDay.length; d++) weekOfDay[d] = Math.floor((d + offset) / 7);
  return weekOfDay;
}

/** The week of a day as an index into weeksOf(range); −1 for a day outside the range. */
export function weekIndexOf(range: DayRange, weekOfDay: Int32Array): (day: Day) => number {
  const { from, to } = range;
  return (day) => (day < from || day > to ? -1 : weekOfDay[day - from]);
}

/** The last row of a list that is complete (a week or a cohort), or null. */
export function latestComplete<T extends { complete: boolean }>(rows: readonly T[]): T | null {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i].complete) return rows[i];
  return null;
}
