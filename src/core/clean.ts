/** Activity and orders against the known members (metrics.md §3.4–§3.8), and the `excluded` totals. */
import { type IdTable, idOf } from "./id-table";
import { type Presence, presenceOf } from "./presence";
import { staffCount } from "./staff";
import { type DaySpan, DaysSeen } from "./tables";
import type { ActivityColumns, Excluded, MemberColumns, Order } from "./types";

/** Counted events as parallel arrays of member index and day: cheap to bucket by day or member. */
export interface Events {
  member: Int32Array;
  day: Int32Array;
  length: number;
  /** Their first and last days (for the report range without another pass); null when none. */
  span: DaySpan | null;
}

export interface CountedOrders extends Events {
  cents: Float64Array;
  /** Each one's place among the table's valid rows: its id and status, for the cleaned tables (cleaned.ts). */
  row: Int32Array;
}

/** Counted activity, with each row's count (≥ 1), for the cleaned tables (cleaned.ts). */
export interface ActivityEvents extends Events {
  count: Int32Array;
}

export interface CleanEvents {
  /** Activity rows of known members with count > 0; null when the table is absent. */
  activity: ActivityEvents | null;
  /** Non-cancelled, first-of-their-id orders of known members; null when the table is absent. */
  orders: CountedOrders | null;
  excluded: Excluded;
}

/** Finds a member's number; -1 for an id that is not a known member. */
export interface MemberLookup {
  find(id: string): number;
}

/** The known members' ids and which of them are staff: what activity is counted against. */
export interface KnownMembers {
  ids: IdTable;
  staff: Uint8Array | null;
}

/** True for member m when m is staff (insights.md §16). */
const isStaff = (staff: Uint8Array | null, m: number): boolean => staff !== null && staff[m] === 1;

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
    duplicatePosts: 0,
    staffMembers: 0,
    staffActivityRows: 0,
    staffOrderRows: 0,
  };
}

/**
 * What can be counted before the activity is read: who is present when, and the orders that
 * count. The CLI makes it while its second thread is still reading the activity.
 */
export interface MembersAndOrders {
  presence: Presence;
  orders: CountedOrders | null;
  /** `excluded` so far: duplicate members and the orders' tallies. */
  excluded: Excluded;
}

export function membersAndOrders(
  memberships: MemberColumns,
  orders: readonly Order[] | null,
): MembersAndOrders {
  const presence = presenceOf(memberships);
  const excluded: Excluded = {
    ...noneExcluded(),
    duplicateMembers: presence.duplicateMembers,
    staffMembers: staffCount(presence.staff),
  };
  return {
    presence,
    orders: orders && cleanOrders(presence.members, orders, excluded, presence.staff),
    excluded,
  };
}

/** A block of activity rows that count (a known member, count > 0), and what it left out. */
export interface CountedActivity extends ActivityEvents {
  unknownRows: number;
  /** Rows of staff ids, count 0 included (insights.md §16). */
  staffRows: number;
  /** Ids of unknown members, as text: blocks number their ids apart. */
  unknownIds: string[];
}

/**
 * The rows of a block of activity that count (metrics.md §3.4, staff left out as insights.md §16
 * says), with one lookup per distinct id of the block, not per row. The CLI counts each block on
 * the thread that read it.
 */
export function countActivity(members: KnownMembers, block: ActivityColumns): CountedActivity {
  const { ids, id, day: dayOf, count, length } = block;
  const { staff } = members;
  const memberOf = members.ids.findKeys(ids);
  const unknownIds: string[] = [];
  for (let i = 0; i < ids.size; i++) if (memberOf[i] < 0) unknownIds.push(idOf(ids, i));
  const member = new Int32Array(length);
  const day = new Int32Array(length);
  const counts = new Int32Array(length);
  const days = new DaysSeen();
  let n = 0;
  let unknownRows = 0;
  let staffRows = 0;
  for (let i = 0; i < length; i++) {
    const m = memberOf[id[i]];
    if (m < 0) {
      unknownRows++;
    } else if (staff !== null && staff[m] === 1) {
      staffRows++;
    } else if (count[i] > 0) {
      days.see(dayOf[i]);
      member[n] = m;
      day[n] = dayOf[i];
      counts[n] = count[i];
      n++;
    }
  }
  return { member, day, count: counts, length: n, span: days.span, unknownRows, staffRows, unknownIds };
}

/** The events of the counted activity blocks (in table order) and of the orders, with `excluded`. */
export function cleanEvents(
  known: MembersAndOrders,
  activity: readonly CountedActivity[] | null,
): CleanEvents {
  const excluded: Excluded = { ...known.excluded };
  return {
    activity: activity && joinActivityBlocks(activity, excluded),
    orders: known.orders,
    excluded,
  };
}

function joinActivityBlocks(blocks: readonly CountedActivity[], excluded: Excluded): ActivityEvents {
  const unknownIds = new Set<string>();
  const days = new DaysSeen();
  for (const block of blocks) {
    excluded.activityRowsFromUnknownMembers += block.unknownRows;
    excluded.staffActivityRows += block.staffRows;
    for (const id of block.unknownIds) unknownIds.add(id);
    days.seeSpan(block.span);
  }
  excluded.unknownActivityMembers = unknownIds.size;
  if (blocks.length === 1) {
    const [only] = blocks;
    return { member: only.member, day: only.day, count: only.count, length: only.length, span: only.span };
  }
  const length = blocks.reduce((sum, block) => sum + block.length, 0);
  const member = new Int32Array(length);
  const day = new Int32Array(length);
  const count = new Int32Array(length);
  let at = 0;
  for (const block of blocks) {
    member.set(block.member.subarray(0, block.length), at);
    day.set(block.day.subarray(0, block.length), at);
    count.set(block.count.subarray(0, block.length), at);
    at += block.length;
  }
  return { member, day, count, length, span: days.span };
}

/**
 * The orders that count (metrics.md §3.6): the first valid row of each order id, not cancelled,
 * of a member `known` finds who is not staff. Everything else is tallied in `excluded`; a staff
 * member's rows all count in staffOrderRows, and their repeats and cancellations as usual too.
 */
export function cleanOrders(
  known: MemberLookup,
  rows: readonly Order[],
  excluded: Excluded,
  staff: Uint8Array | null = null,
): CountedOrders {
  const member = new Int32Array(rows.length);
  const day = new Int32Array(rows.length);
  const cents = new Float64Array(rows.length);
  const row = new Int32Array(rows.length);
  const seenIds = new Set<string>();
  const unknown = new Set<string>();
  const days = new DaysSeen();
  let n = 0;
  for (let r = 0; r < rows.length; r++) {
    const order = rows[r];
    const m = known.find(order.memberId);
    const ofStaff = m >= 0 && isStaff(staff, m);
    if (ofStaff) excluded.staffOrderRows++;
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
    if (ofStaff) continue;
    if (m < 0) {
      excluded.orderRowsFromUnknownMembers++;
      excluded.unknownOrderCents += order.cents;
      unknown.add(order.memberId);
      continue;
    }
    if (order.status === "refunded") excluded.refundedCents += order.cents;
    days.see(order.day);
    member[n] = m;
    day[n] = order.day;
    cents[n] = order.cents;
    row[n] = r;
    n++;
  }
  excluded.unknownOrderMembers = unknown.size;
  return { member, day, cents, row, length: n, span: days.span };
}
