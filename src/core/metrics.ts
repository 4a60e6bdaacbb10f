/** Daily (metrics.md §5) and weekly (§6) metrics, in time linear in rows + days. */
import { bucketBy, distinctMembers } from "./buckets";
import type { CleanEvents, Events } from "./clean";
import { gmvPer } from "./gmv";
import type { Periods, Presence } from "./presence";
import { type DayRange, type Week, weekIndexOf } from "./range";
import { growth, ratio } from "./rates";
import type { ReportRun } from "./report";
import type { Day, DayRow, WeekRow } from "./types";

/**
 * Each event's bucket from its day: perDay[day − range.from] for days in the range (without
 * `perDay`, the day's index itself), −1 for days outside it.
 */
export function bucketOfEvents(
  { day, length }: Events,
  range: DayRange,
  perDay: Int32Array | null,
): Int32Array {
  const bucket = new Int32Array(length);
  const { from } = range;
  const days = range.to - from + 1;
  for (let i = 0; i < length; i++) {
    const d = day[i] - from;
    bucket[i] = d < 0 || d >= days ? -1 : perDay ? perDay[d] : d;
  }
  return bucket;
}

/** Per day of the range: members present, joins and leaves. */
interface Presences {
  total: Int32Array;
  joins: Int32Array;
  leaves: Int32Array;
}

// Loops read typed arrays held in locals: they run once per report, and until V8 optimises
// them a property read per row costs more than the row's own work.
function presences({ start: starts, end: ends }: Presence, { from: first, to: last }: DayRange): Presences {
  const days = last - first + 1;
  const delta = new Int32Array(days + 1);
  const joins = new Int32Array(days);
  const leaves = new Int32Array(days);
  for (let p = 0; p < starts.length; p++) {
    const start = starts[p];
    const end = ends[p];
    if (start >= first && start <= last) joins[start - first]++;
    if (end >= first && end <= last) leaves[end - first]++;
    const from = start > first ? start : first;
    const until = end < last + 1 ? end : last + 1;
    if (from < until) {
      delta[from - first]++;
      delta[until - first]--;
    }
  }
  const total = new Int32Array(days);
  let running = 0;
  for (let d = 0; d < days; d++) {
    running += delta[d];
    total[d] = running;
  }
  return { total, joins, leaves };
}

export interface Metrics {
  daily: DayRow[];
  weekly: WeekRow[];
}

/** The daily and weekly rows; `weekOfDay` is weekOfDays(range, …). */
export function computeMetrics(
  presence: Presence,
  events: CleanEvents,
  range: DayRange,
  weeks: readonly Week[],
  weekOfDay: Int32Array,
): Metrics {
  const days = range.to - range.from + 1;
  const memberCount = presence.members.size;
  const { total, joins, leaves } = presences(presence, range);
  const weekIndex = weekIndexOf(range, weekOfDay);

  // One grouping of the activity by day serves both the days and the weeks they make up.
  const activity = events.activity;
  const activeCounts =
    activity &&
    distinctMembers(
      bucketBy(bucketOfEvents(activity, range, null), days, activity.member),
      memberCount,
      weeks.length,
      weekOfDay,
    );
  const activeDaily = activeCounts?.perBucket;
  const activeWeekly = activeCounts?.perGroup;
  const daily: DayRow[] = [];
  for (let d = 0; d < days; d++) {
    const active = activeDaily ? activeDaily[d] : null;
    daily.push({
      date: range.from + d,
      totalMembers: total[d],
      newMembers: joins[d],
      activeMembers: active,
      activeRate: ratio(active, total[d]),
      churnedMembers: leaves[d],
    });
  }

  let convertedWeekly: number[] | null = null;
  let gmvWeekly: number[] | null = null;
  const orders = events.orders;
  if (orders) {
    const week = bucketOfEvents(orders, range, weekOfDay);
    convertedWeekly = distinctMembers(bucketBy(week, weeks.length, orders.member), memberCount).perBucket;
    gmvWeekly = gmvPer(orders, week, weeks.length);
  }
  const weekly = weekRowsOf(weeks, {
    total: weeks.map((week) => total[week.last - range.from]),
    ...joinsAndLeaves(presence, weeks.length, weekIndex),
    active: activeWeekly ?? null,
    converted: convertedWeekly,
    gmvCents: gmvWeekly,
  });
  return { daily, weekly };
}

/** Counts per week, or per segment and week (the week w of segment s at s·weeks + w). */
export interface WeekCounts {
  total: ArrayLike<number>;
  joins: ArrayLike<number>;
  leaves: ArrayLike<number>;
  /** Null without the table they count. */
  active: ArrayLike<number> | null;
  converted: ArrayLike<number> | null;
  gmvCents: ArrayLike<number> | null;
}

/** The weekly rows (metrics.md §6) of the counts at `at` … `at` + weeks − 1, growth over the week before. */
export function weekRowsOf(weeks: readonly Week[], counts: WeekCounts, at = 0): WeekRow[] {
  const { total, joins, leaves, active, converted, gmvCents } = counts;
  const value = (of: ArrayLike<number> | null, w: number): number | null => (of ? of[at + w] : null);
  return weeks.map((week, w) => {
    const totalMembers = total[at + w];
    const activeMembers = value(active, w);
    const convertedMembers = value(converted, w);
    const gmv = value(gmvCents, w);
    return {
      weekStart: week.start,
      weekEnd: week.last,
      complete: week.complete,
      totalMembers,
      newMembers: joins[at + w],
      activeMembers,
      activeRate: ratio(activeMembers, totalMembers),
      convertedMembers,
      conversionRate: ratio(convertedMembers, totalMembers),
      gmvCents: gmv,
      churnedMembers: leaves[at + w],
      convertedWowGrowth: w === 0 ? null : growth(convertedMembers, value(converted, w - 1)),
      gmvWowGrowth: w === 0 ? null : growth(gmv, value(gmvCents, w - 1)),
    };
  });
}

/**
 * Distinct members with a join, and with a leave, per week (weekIndex: −1 outside the range); with
 * `segment`, per segment and week (period p's at segment[p]·weeks + week, of `segments` segments).
 */
export function joinsAndLeaves(
  periods: Periods,
  weeks: number,
  weekIndex: (day: Day) => number,
  segment: Int32Array | null = null,
  segments = 1,
): { joins: Int32Array; leaves: Int32Array } {
  const { first, start, end } = periods;
  const joins = new Int32Array(segments * weeks);
  const leaves = new Int32Array(segments * weeks);
  const memberCount = first.length - 1;
  for (let m = 0; m < memberCount; m++) {
    // Periods are in date order (within a segment), so a member's repeat joins (or leaves) in one
    // week are adjacent.
    let lastJoin = -1;
    let lastLeave = -1;
    for (let p = first[m]; p < first[m + 1]; p++) {
      const base = segment ? segment[p] * weeks : 0;
      const jw = weekIndex(start[p]);
      if (jw >= 0 && base + jw !== lastJoin) {
        lastJoin = base + jw;
        joins[lastJoin]++;
      }
      const lw = weekIndex(end[p]);
      if (lw >= 0 && base + lw !== lastLeave) {
        lastLeave = base + lw;
        leaves[lastLeave]++;
      }
    }
  }
  return { joins, leaves };
}

/** The daily and weekly rows of a run: one computation that the daily and weekly sections share. */
export function metricsOf(run: ReportRun): Metrics {
  if (!run.range) return { daily: [], weekly: [] };
  return computeMetrics(run.presence, run.events, run.range, run.weeks, run.weekOfDay);
}
