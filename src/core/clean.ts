/** Activity and orders against the known members (metrics.md §3.4–§3.8), and the `excluded` totals. */
import type { Presence } from "./presence";
import type { ActivityColumns, Excluded, Order } from "./types";

/** Counted events as parallel arrays of member index and day: cheap to bucket by day or member. */
export interface Events {
  member: Int32Array;
  day: Int32Array;
  length: number;
}

export interface CountedOrders extends Events {
  cents: Float64Array;
}

export interface CleanEvents {
  /** Activity rows of known members with count > 0; null when the table is absent. */
  activity: Events | null;
  /** Non-cancelled, first-of-their-id orders of known members; null when the table is absent. */
  orders: CountedOrders | null;
  excluded: Excluded;
}

/** Finds a member's index; undefined for an id that is not a known member. */
export type MemberLookup = Pick<ReadonlyMap<string, number>, "get">;

/** `excluded` with every count at 0. */
export function noneExcluded(): Excluded {
  return {
    activityRowsFromUnknownMembers: 0,
    unknownActivityMembers: 0,
    orderRowsFromUnknownMembers: 0,
    unknownOrderMembers: 0,
    unknownOrderCents: 0,
    cancelledOrders: 0,
    refundedCents: 0,
    duplicateMembers: 0,
    duplicateOrders: 0,
  };
}

export function cleanEvents(
  presence: Presence,
  activity: ActivityColumns | null,
  orders: readonly Order[] | null,
): CleanEvents {
  const excluded: Excluded = { ...noneExcluded(), duplicateMembers: presence.duplicateMembers };
  return {
    activity: activity && cleanActivity(presence, activity, excluded),
    orders: orders && cleanOrders(presence.indexOf, orders, excluded),
    excluded,
  };
}

function cleanActivity(presence: Presence, rows: ActivityColumns, excluded: Excluded): Events {
  // One lookup per distinct id, not per row: the columns number their ids.
  const memberOf = new Int32Array(rows.ids.length);
  rows.ids.forEach((id, i) => {
    memberOf[i] = presence.indexOf.get(id) ?? -1;
  });
  const unknownSeen = new Uint8Array(rows.ids.length);
  const member = new Int32Array(rows.length);
  const day = new Int32Array(rows.length);
  let n = 0;
  for (let i = 0; i < rows.length; i++) {
    const id = rows.id[i];
    const m = memberOf[id];
    if (m < 0) {
      excluded.activityRowsFromUnknownMembers++;
      if (unknownSeen[id] === 0) {
        unknownSeen[id] = 1;
        excluded.unknownActivityMembers++;
      }
    } else if (rows.count[i] > 0) {
      member[n] = m;
      day[n] = rows.day[i];
      n++;
    }
  }
  return { member, day, length: n };
}

/**
 * The orders that count (metrics.md §3.6): the first valid row of each order id, not cancelled,
 * of a member `known` finds. Everything else is tallied in `excluded`.
 */
export function cleanOrders(known: MemberLookup, rows: readonly Order[], excluded: Excluded): CountedOrders {
  const member = new Int32Array(rows.length);
  const day = new Int32Array(rows.length);
  const cents = new Float64Array(rows.length);
  const seenIds = new Set<string>();
  const unknown = new Set<string>();
  let n = 0;
  for (const order of rows) {
    if (order.orderId !== "") {
      if (seenIds.has(order.orderId)) {
        excluded.duplicateOrders++;
        continue;
      }
      seenIds.add(order.orderId);
    }
    if (order.status === "cancelled") {
      excluded.cancelledOrders++;
      continue;
    }
    const m = known.get(order.memberId);
    if (m === undefined) {
      excluded.orderRowsFromUnknownMembers++;
      excluded.unknownOrderCents += order.cents;
      unknown.add(order.memberId);
      continue;
    }
    if (order.status === "refunded") excluded.refundedCents += order.cents;
    member[n] = m;
    day[n] = order.day;
    cents[n] = order.cents;
    n++;
  }
  excluded.unknownOrderMembers = unknown.size;
  return { member, day, cents, length: n };
}
