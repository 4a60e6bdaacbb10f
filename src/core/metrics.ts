/** Daily (metrics.md §5) and weekly (§6) metrics, in time linear in rows + days. */
import { bucketBy, distinctMembers } from "./buckets";
import type { CleanEvents, Events } from "./clean";
import { gmvPer } from "./gmv";
import type { Presence } from "./presence";
import type { DayRange, Week } from "./range";
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
  const { from, to } = range;
  const weekIndex = (day: Day): number => (day < from || day > to ? -1 : weekOfDay[day - from]);

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
  const newWeekly = new Int32Array(weeks.length);
  const churnWeekly = new Int32Array(weeks.length);
  const { first, start, end } = presence;
  for (let m = 0; m < memberCount; m++) {
    // Periods are in date order, so a member's repeat joins (or leaves) in one week are adjacent.
    let lastJoinWeek = -1;
    let lastLeaveWeek = -1;
    for (let p = first[m]; p < first[m + 1]; p++) {
      const jw = weekIndex(start[p]);
      if (jw >= 0 && jw !== lastJoinWeek) {
        newWeekly[jw]++;
        lastJoinWeek = jw;
      }
      const lw = weekIndex(end[p]);
      if (lw >= 0 && lw !== lastLeaveWeek) {
        churnWeekly[lw]++;
        lastLeaveWeek = lw;
      }
    }
  }

  const weekly: WeekRow[] = weeks.map((week, w) => {
    const totalMembers = total[week.last - range.from];
    const active = activeWeekly ? activeWeekly[w] : null;
    const converted = convertedWeekly ? convertedWeekly[w] : null;
    const gmvCents = gmvWeekly ? gmvWeekly[w] : null;
    return {
      weekStart: week.start,
      weekEnd: week.last,
      complete: week.complete,
      totalMembers,
      newMembers: newWeekly[w],
      activeMembers: active,
      activeRate: ratio(active, totalMembers),
      convertedMembers: converted,
      conversionRate: ratio(converted, totalMembers),
      gmvCents,
      churnedMembers: churnWeekly[w],
      convertedWowGrowth: w === 0 ? null : growth(converted, convertedWeekly ? convertedWeekly[w - 1] : null),
      gmvWowGrowth: w === 0 ? null : growth(gmvCents, gmvWeekly ? gmvWeekly[w - 1] : null),
    };
  });
  return { daily, weekly };
}

/** The daily and weekly rows of a run: one computation that the daily and weekly sections share. */
export function metricsOf(run: ReportRun): Metrics {
  if (!run.range) return { daily: [], weekly: [] };
  return computeMetrics(run.presence, run.events, run.range, run.weeks, run.weekOfDay);
}
