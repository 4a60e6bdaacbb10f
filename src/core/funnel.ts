/** The new-member funnel (metrics.md §7): each week's joiners followed for a window of days. */
import type { CleanEvents, CountedOrders, Events } from "./clean";
import type { Presence } from "./presence";
import type { DayRange, Week } from "./range";
import { ratio } from "./rates";
import type { ReportRun } from "./report";
import type { FunnelRow } from "./types";

/**
 * The funnel's entries: each member's first join of each week in the range, with the window
 * that follows it. Member m's entries are e = first[m] … first[m + 1] − 1.
 */
export interface Entries {
  first: Int32Array;
  week: Int32Array;
  start: Int32Array;
  windowEnd: Int32Array;
  churned: Uint8Array;
  length: number;
}

export function entriesOf(
  presence: Presence,
  range: DayRange,
  weekOfDay: Int32Array,
  windowDays: number,
): Entries {
  const { first: periodsFrom, start: starts, end: ends } = presence;
  const { from, to } = range;
  const memberCount = presence.members.size;
  const first = new Int32Array(memberCount + 1);
  // At most one entry per period.
  const week = new Int32Array(starts.length);
  const start = new Int32Array(starts.length);
  const windowEnd = new Int32Array(starts.length);
  const churned = new Uint8Array(starts.length);
  let n = 0;
  for (let m = 0; m < memberCount; m++) {
    first[m] = n;
    let lastWeek = -1;
    for (let p = periodsFrom[m]; p < periodsFrom[m + 1]; p++) {
      const day = starts[p];
      if (day < from || day > to) continue;
      const w = weekOfDay[day - from];
      if (w === lastWeek) continue; // the entry day is the member's first join of the week
      lastWeek = w;
      const last = day + windowDays - 1 < to ? day + windowDays - 1 : to;
      week[n] = w;
      start[n] = day;
      windowEnd[n] = last;
      // Earlier periods ended before this one began and later ones end after it: a leave in
      // the window can only be this period's end.
      churned[n] = ends[p] <= last ? 1 : 0;
      n++;
    }
  }
  first[memberCount] = n;
  return { first, week, start, windowEnd, churned, length: n };
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

/** The sum of each week's entries' values. */
function sumPerWeek(entries: Entries, weeks: number, values: Float64Array): Float64Array {
  const sums = new Float64Array(weeks);
  const { week, length } = entries;
  for (let e = 0; e < length; e++) sums[week[e]] += values[e];
  return sums;
}

/** The entries of each week that `flags` marks. */
function perWeek(entries: Entries, weeks: number, flags: Uint8Array): Int32Array {
  const counts = new Int32Array(weeks);
  const { week, length } = entries;
  for (let e = 0; e < length; e++) counts[week[e]] += flags[e];
  return counts;
}

export function computeFunnel(
  entries: Entries,
  events: CleanEvents,
  range: DayRange,
  weeks: readonly Week[],
  windowDays: number,
): FunnelRow[] {
  const joined = perWeek(entries, weeks.length, new Uint8Array(entries.length).fill(1));
  const churned = perWeek(entries, weeks.length, entries.churned);
  const activated = events.activity && perWeek(entries, weeks.length, reached(entries, events.activity));
  const converted = events.orders && perWeek(entries, weeks.length, reached(entries, events.orders));
  const gmv = events.orders && sumPerWeek(entries, weeks.length, windowCents(entries, events.orders));
  return weeks.map((week, w) => {
    const act = activated ? activated[w] : null;
    const conv = converted ? converted[w] : null;
    return {
      weekStart: week.start,
      complete: week.last + windowDays - 1 <= range.to,
      windowDays,
      joined: joined[w],
      activated: act,
      converted: conv,
      churned: churned[w],
      activationRate: ratio(act, joined[w]),
      conversionRate: ratio(conv, joined[w]),
      churnRate: ratio(churned[w], joined[w]),
      gmvCents: gmv ? gmv[w] : null,
    };
  });
}

/** The funnel's entries of a run with a range: the retention cohorts (insights.md §11) are the same. */
export function cohortEntries(run: ReportRun): Entries {
  return entriesOf(run.presence, run.range!, run.weekOfDay, run.options.windowDays);
}

/** The funnel rows of a run (none without a range). */
export function funnelOf(run: ReportRun): FunnelRow[] {
  if (!run.range) return [];
  return computeFunnel(run.once(cohortEntries), run.events, run.range, run.weeks, run.options.windowDays);
}
