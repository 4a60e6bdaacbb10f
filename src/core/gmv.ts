/** GMV by week (metrics.md §6 `gmv`), for the report and for the orders table on its own. */
import { weekStartOf } from "./calendar";
import { type CountedOrders, cleanOrders, type MemberLookup, noneExcluded } from "./clean";
import type { Day, MemberColumns, Order, WeekStart } from "./types";

/** Cents of counted orders per bucket: order i's is bucket[i]; a negative one counts nowhere. */
export function gmvPer(orders: CountedOrders, bucket: Int32Array, buckets: number): number[] {
  const cents = new Array<number>(buckets).fill(0);
  for (let i = 0; i < orders.length; i++) if (bucket[i] >= 0) cents[bucket[i]] += orders.cents[i];
  return cents;
}

/** Weekly GMV from the week of the first counted order to the week of the last. */
export interface WeeklyGmv {
  weekStartsOn: WeekStart;
  /** First day of each week, consecutive; empty when no order counted. */
  weekStarts: Day[];
  /** GMV in integer cents of each week, weeks without orders 0. */
  cents: number[];
}

// Without a members table there is no one to exclude: every id is a known member.
const EVERYONE: MemberLookup = { find: () => 0 };

/**
 * The GMV of each week of the orders table, its orders counted as the report counts them
 * (first of each order id, not cancelled). With `members`, orders of ids with no valid
 * member row are excluded as in the report; without, every valid order counts.
 * @example weeklyGmv(tinyOrders, tinyMembers, "monday").cents //=> [29850, 139800]
 */
export function weeklyGmv(
  orders: readonly Order[],
  members: MemberColumns | null,
  weekStartsOn: WeekStart,
): WeeklyGmv {
  const known = members ? members.ids : EVERYONE;
  const counted = cleanOrders(known, orders, noneExcluded(), members?.staff ?? null);
  if (counted.span === null) return { weekStartsOn, weekStarts: [], cents: [] };
  const { first, last } = counted.span;
  const origin = weekStartOf(first, weekStartsOn);
  const weeks = (weekStartOf(last, weekStartsOn) - origin) / 7 + 1;
  return {
    weekStartsOn,
    weekStarts: Array.from({ length: weeks }, (_, w) => origin + 7 * w),
    cents: gmvPer(
      counted,
      Int32Array.from(
        counted.day.subarray(0, counted.length),
        (day) => (weekStartOf(day, weekStartsOn) - origin) / 7,
      ),
      weeks,
    ),
  };
}

/** One week of WEEKLY_GMV's table. */
export interface WeekGmvRow {
  weekStart: Day;
  gmvCents: number;
}

/** The weeks of a WeeklyGmv as rows, for WEEKLY_GMV_COLUMNS. */
export function weeklyGmvRows(gmv: WeeklyGmv): WeekGmvRow[] {
  return gmv.weekStarts.map((weekStart, w) => ({ weekStart, gmvCents: gmv.cents[w] }));
}

/** The GMV in cents of the week holding `day`: 0 for a week without counted orders. */
export function gmvOfWeek(gmv: WeeklyGmv, day: Day): number {
  if (gmv.weekStarts.length === 0) return 0;
  const w = (weekStartOf(day, gmv.weekStartsOn) - gmv.weekStarts[0]) / 7;
  return w >= 0 && w < gmv.cents.length ? gmv.cents[w] : 0;
}
