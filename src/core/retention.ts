/**
 * Cohort retention (留存, insights.md §11): of the members who joined in week W, how many are active
 * in week W, W+1, … W+12. One pass over the activity, against the funnel's cohort entries.
 */
import type { Events } from "./clean";
import { cohortEntries, type Entries } from "./funnel";
import type { DayRange, Week } from "./range";
import { ratio } from "./rates";
import type { ReportRun } from "./report";
import type { RetentionRow } from "./types";

/** Weeks 0 to 12 of a cohort. */
export const RETENTION_WEEKS = 13;

export function computeRetention(
  entries: Entries,
  activity: Events,
  range: DayRange,
  weeks: readonly Week[],
  weekOfDay: Int32Array,
): RetentionRow[] {
  // Without segments an entry's key is its week.
  const { first, key: week, start, length: entryCount } = entries;
  const { member, day, length } = activity;
  const { from, to } = range;
  // Per entry, bit k set when its member is active in week W+k (13 bits); in week W, only from
  // the entry day on.
  const seen = new Uint16Array(entryCount);
  for (let i = 0; i < length; i++) {
    const d = day[i];
    if (d < from || d > to) continue;
    const w = weekOfDay[d - from];
    const m = member[i];
    for (let e = first[m]; e < first[m + 1]; e++) {
      const k = w - week[e];
      if (k >= 0 && k < RETENTION_WEEKS && d >= start[e]) seen[e] |= 1 << k;
    }
  }
  const joined = new Int32Array(weeks.length);
  const active = new Int32Array(weeks.length * RETENTION_WEEKS);
  for (let e = 0; e < entryCount; e++) {
    const w = week[e];
    joined[w]++;
    for (let bits = seen[e]; bits !== 0; bits &= bits - 1) {
      active[w * RETENTION_WEEKS + 31 - Math.clz32(bits & -bits)]++;
    }
  }
  return weeks.map((cohort, w) => {
    const span = Math.min(RETENTION_WEEKS, weeks.length - w);
    const counts = Array.from(active.subarray(w * RETENTION_WEEKS, w * RETENTION_WEEKS + span));
    return {
      weekStart: cohort.start,
      joined: joined[w],
      active: counts,
      rates: counts.map((n) => ratio(n, joined[w])),
      complete: counts.map((_, k) => weeks[w + k].complete),
    };
  });
}

/** The retention rows of a run: null without an activity table, none without a range. */
export function retentionOf(run: ReportRun): RetentionRow[] | null {
  const activity = run.events.activity;
  if (!activity) return null;
  if (!run.range) return [];
  return computeRetention(run.once(cohortEntries), activity, run.range, run.weeks, run.weekOfDay);
}
