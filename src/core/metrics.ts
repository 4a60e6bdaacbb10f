/** Daily (metrics.md §5) and weekly (§6) metrics, in time linear in rows + days. */
import { bucketBy, distinctMembers } from "./buckets";
import type { CleanEvents, Events } from "./clean";
import { gmvPer } from "./gmv";
import type { Presence } from "./presence";
import type { DayRange, Week } from "./range";
import { growth, ratio } from "./rates";
import type { Day, DayRow, WeekRow } from "./types";

/**
 * Each event's bucket from its day: perDay[day − range.from] for days in the range (without
 * `perDay`, the day's index itself), −1 for days outside it.
 */
function bucketOfEvents(events: Events, range: DayRange, perDay: Int32Array | null): Int32Array {
  const bucket = new Int32Array(events.length);
  const days = range.to - range.from + 1;
  for (let i = 0; i < events.length; i++) {
    const d = events.day[i] - range.from;
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

function presences(presence: Presence, range: DayRange): Presences {
  const days = range.to - range.from + 1;
  const delta = new Int32Array(days + 1);
  const joins = new Int32Array(days);
  const leaves = new Int32Array(days);
  for (let p = 0; p < presence.start.length; p++) {
    const start = presence.start[p];
    const end = presence.end[p];
    if (start >= range.from && start <= range.to) joins[start - range.from]++;
    if (end >= range.from && end <= range.to) leaves[end - range.from]++;
    const from = Math.max(start, range.from);
    const until = Math.min(end, range.to + 1);
    if (from < until) {
      delta[from - range.from]++;
      delta[until - range.from]--;
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
  const weekIndex = (day: Day): number =>
    day < range.from || day > range.to ? -1 : weekOfDay[day - range.from];

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
  const newWeekly = new Array<number>(weeks.length).fill(0);
  const churnWeekly = new Array<number>(weeks.length).fill(0);
  for (let m = 0; m < memberCount; m++) {
    // Periods are in date order, so a member's repeat joins (or leaves) in one week are adjacent.
    let lastJoinWeek = -1;
    let lastLeaveWeek = -1;
    for (let p = presence.first[m]; p < presence.first[m + 1]; p++) {
      const jw = weekIndex(presence.start[p]);
      if (jw >= 0 && jw !== lastJoinWeek) {
        newWeekly[jw]++;
        lastJoinWeek = jw;
      }
      const lw = weekIndex(presence.end[p]);
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
