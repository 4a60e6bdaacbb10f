/** Purchases and repeat buying per week (购买与复购, insights.md §10), in one pass over the counted orders. */
import { bucketBy } from "./buckets";
import type { CountedOrders } from "./clean";
import { bucketOfEvents } from "./metrics";
import type { DayRange, Week } from "./range";
import { centsRatio, ratio } from "./rates";
import type { ReportRun } from "./report";
import type { PurchaseRow } from "./types";

/** Later than any valid day: the first order day of a member with none yet. */
const NO_ORDER = 0x7fffffff;

export function computePurchases(
  orders: CountedOrders,
  memberCount: number,
  range: DayRange,
  weeks: readonly Week[],
  weekOfDay: Int32Array,
): PurchaseRow[] {
  const { member, day, cents, length } = orders;
  // Each buyer's first counted order on any day, before the range too: it tells new buyers from returning ones.
  const firstDay = new Int32Array(memberCount).fill(NO_ORDER);
  for (let i = 0; i < length; i++) if (day[i] < firstDay[member[i]]) firstDay[member[i]] = day[i];
  // The orders of each week of the range, as indices.
  const { offsets, values } = bucketBy(bucketOfEvents(orders, range, weekOfDay), weeks.length);
  // A stamp per member remembers the last week that counted them, and their orders in it.
  const stamp = new Int32Array(memberCount).fill(-1);
  const ordersOf = new Int32Array(memberCount);
  return weeks.map((week, w) => {
    let buyers = 0;
    let newBuyers = 0;
    let repeatBuyers = 0;
    let gmvCents = 0;
    for (let j = offsets[w]; j < offsets[w + 1]; j++) {
      const i = values[j];
      const m = member[i];
      gmvCents += cents[i];
      if (stamp[m] !== w) {
        stamp[m] = w;
        ordersOf[m] = 1;
        buyers++;
        if (firstDay[m] >= week.first) newBuyers++;
      } else if (++ordersOf[m] === 2) {
        repeatBuyers++;
      }
    }
    const count = offsets[w + 1] - offsets[w];
    return {
      weekStart: week.start,
      weekEnd: week.last,
      complete: week.complete,
      orders: count,
      buyers,
      newBuyers,
      returningBuyers: buyers - newBuyers,
      repeatBuyers,
      repeatRate: ratio(repeatBuyers, buyers),
      ordersPerBuyer: ratio(count, buyers),
      gmvPerBuyerCents: centsRatio(gmvCents, buyers),
      gmvPerOrderCents: centsRatio(gmvCents, count),
    };
  });
}

/** The purchases of a run: null without an orders table, none without a range. */
export function purchasesOf(run: ReportRun): PurchaseRow[] | null {
  const orders = run.events.orders;
  if (!orders) return null;
  if (!run.range) return [];
  return computePurchases(orders, run.presence.members.size, run.range, run.weeks, run.weekOfDay);
}
