/** The new-member funnel (metrics.md §7): each week's joiners followed for a window of days. */
import type { CleanEvents, CountedOrders, Events } from "./clean";
import type { Periods } from "./presence";
import type { DayRange, Week } from "./range";
import { ratio } from "./rates";
import type { ReportRun } from "./report";
import type { FunnelRow } from "./types";

/**
 * The funnel's entries: each member's first join of each week in the range (of each segment's
 * week, for a breakdown), with the window that follows it. Member m's entries are
 * e = first[m] … first[m + 1] − 1; entry e counts for the cohort at `key[e]`.
 */
export interface Entries {
  first: Int32Array;
  /** The week, or segment · weeks + week. */
  key: Int32Array;
  start: Int32Array;
  windowEnd: Int32Array;
  churned: Uint8Array;
  length: number;
}

export function entriesOf(
  periods: Periods,
  segment: Int32Array | null,
  weeks: number,
  range: DayRange,
  weekOfDay: Int32Array,
  windowDays: number,
): Entries {
  const { first: periodsFrom, start: starts, end: ends } = periods;
  const { from, to } = range;
  const memberCount = periodsFrom.length - 1;
  const first = new Int32Array(memberCount + 1);
  // At most one entry per period.
  const key = new Int32Array(starts.length);
  const start = new Int32Array(starts.length);
  const windowEnd = new Int32Array(starts.length);
  const churned = new Uint8Array(starts.length);
  let n = 0;
  for (let m = 0; m < memberCount; m++) {
    first[m] = n;
    let lastKey = -1;
    for (let p = periodsFrom[m]; p < periodsFrom[m + 1]; p++) {
      const day = starts[p];
      if (day < from || day > to) continue;
      const k = (segment ? segment[p] * weeks : 0) + weekOfDay[day - from];
      if (k === lastKey) continue; // the entry day is the member's first join of the week
      lastKey = k;
      const last = day + windowDays - 1 < to ? day + windowDays - 1 : to;
      key[n] = k;
      start[n] = day;
      windowEnd[n] = last;
      // Earlier periods ended before this one began and later ones end after it: a leave in
      // the window can only be this period's end.
      churned[n] = ends[p] <= last ? 1 : 0;
      n++;
    }
  }
  first[memberCount] = n;
  return { first, key, start, windowEnd, churned, length: n };
}

/** Per entry, 1 when one of the events falls in its window: one pass over the events. */
function reached(entries: Entries, events: Events): Uint8Array {
  const hit = new Uint8Array(entries.length);
  const { first, start, windowEnd } = entries;
  // Locals, not properties, in the loop: activity and orders are objects of two shapes.
  const { member, day: days, length } = events;
  for (let i = 0; i < length; i++) {
    const m = member[i];
    const day = days[i];
    for (let e = first[m]; e < first[m + 1]; e++) {
      if (day >= start[e] && day <= windowEnd[e]) hit[e] = 1;
    }
  }
  return hit;
}

/** Per entry, the cents of the counted orders in its window (insights.md §9): one pass over the orders. */
function windowCents(entries: Entries, orders: CountedOrders): Float64Array {
  const cents = new Float64Array(entries.length);
  const { first, start, windowEnd } = entries;
  const { member, day: days, cents: amounts, length } = orders;
  for (let i = 0; i < length; i++) {
    const m = member[i];
    const day = days[i];
    for (let e = first[m]; e < first[m + 1]; e++) {
      if (day >= start[e] && day <= windowEnd[e]) cents[e] += amounts[i];
    }
  }
  return cents;
}

/** The sum of each cohort's entries' values. */
function sumPerKey(entries: Entries, keys: number, values: Float64Array): Float64Array {
  const sums = new Float64Array(keys);
  const { key, length } = entries;
  for (let e = 0; e < length; e++) sums[key[e]] += values[e];
  return sums;
}

/** The entries of each cohort that `flags` marks. */
function perKey(entries: Entries, keys: number, flags: Uint8Array): Int32Array {
  const counts = new Int32Array(keys);
  const { key, length } = entries;
  for (let e = 0; e < length; e++) counts[key[e]] += flags[e];
  return counts;
}

/** True when the windows of a week's cohort lie inside the range (metrics.md §7 `complete`). */
export function cohortComplete(week: Week, windowDays: number, range: DayRange): boolean {
  return week.last + windowDays - 1 <= range.to;
}

/**
 * The funnel rows of the cohorts of `entries` (metrics.md §7, insights.md §9): each week's
 * joiners into the community, or into each segment of a breakdown (insights.md §12), whose rows
 * are segment by segment, each with a row per week (`keys` = weeks × segments). The window looks
 * at all of the member's events.
 */
export function computeFunnel(
  entries: Entries,
  keys: number,
  events: CleanEvents,
  range: DayRange,
  weeks: readonly Week[],
  windowDays: number,
): FunnelRow[] {
  const joined = perKey(entries, keys, new Uint8Array(entries.length).fill(1));
  const churned = perKey(entries, keys, entries.churned);
  const activated = events.activity && perKey(entries, keys, reached(entries, events.activity));
  const converted = events.orders && perKey(entries, keys, reached(entries, events.orders));
  const gmv = events.orders && sumPerKey(entries, keys, windowCents(entries, events.orders));
  const rows: FunnelRow[] = [];
  for (let k = 0; k < keys; k++) {
    const week = weeks[k % weeks.length];
    const act = activated ? activated[k] : null;
    const conv = converted ? converted[k] : null;
    rows.push({
      weekStart: week.start,
      complete: cohortComplete(week, windowDays, range),
      windowDays,
      joined: joined[k],
      activated: act,
      converted: conv,
      churned: churned[k],
      activationRate: ratio(act, joined[k]),
      conversionRate: ratio(conv, joined[k]),
      churnRate: ratio(churned[k], joined[k]),
      gmvCents: gmv ? gmv[k] : null,
    });
  }
  return rows;
}

/** The funnel's entries of a run with a range: the retention cohorts (insights.md §11) are the same. */
export function cohortEntries(run: ReportRun): Entries {
  return entriesOf(run.presence, null, run.weeks.length, run.range!, run.weekOfDay, run.options.windowDays);
}

/** The funnel rows of a run (none without a range). */
export function funnelOf(run: ReportRun): FunnelRow[] {
  if (!run.range) return [];
  const { events, range, weeks, options } = run;
  return computeFunnel(run.once(cohortEntries), weeks.length, events, range, weeks, options.windowDays);
}
