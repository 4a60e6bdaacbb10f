/** Domain types shared by every door of the product (functions, sidebar, playground, CLI). */
import type { Day } from "../shared/days";
import type { IdKeys, IdTable } from "./id-table";
import type { TableName } from "./inputs";

export type { Day, TableName };

/** A cell as Sheets or a CSV reader gives it. Dates from Sheets are instants. */
export type Cell = string | number | boolean | Date | null | undefined;

/** A table as a 2-D array, header row first. */
export type Grid = readonly (readonly Cell[])[];

export type WeekStart = "monday" | "sunday";

/**
 * A column of the members table kept as it was read, for the breakdowns (any column can split
 * one) and the people behind the numbers (names, groups, channels).
 */
export interface KeptColumn {
  /** The field it serves (name, group, channel…), or null for a column that serves none. */
  field: string | null;
  /** The operator's header, as written (trimmed). */
  header: string;
  /** Its place in the header row, from 0. */
  index: number;
  /**
   * The cell of each valid row, as read: row i of the MemberColumns. Cells, not texts: most of
   * them (a nickname per member) are never shown, and normalising 100,000 of them costs ~50 ms.
   */
  cells: Cell[];
}

/**
 * The members table's valid rows as columns (see inputs/members.ts): row i is a membership of
 * member number member[i] in `ids`. No object per row: a community's member list is its second
 * largest table, and its objects were a third of the time spent collecting garbage.
 */
export interface MemberColumns {
  /** Each distinct member id once, numbered in order of first valid row. */
  ids: IdTable;
  member: Int32Array;
  joined: Int32Array;
  /** The left day; STILL_PRESENT (presence.ts) while still a member. */
  left: Int32Array;
  /** The group, numbered: rows with the same group text have the same number. */
  group: Int32Array;
  /** Every column but member_id, joined_at and left_at, in the table's order. */
  kept: KeptColumn[];
  /** Per member number, 1 for staff (insights.md §16); null without a role column. */
  staff: Uint8Array | null;
  length: number;
}

/**
 * A block of the activity table's valid rows as columns (see tables.ts): row i is member
 * id[i] of `ids`. A table read in parts (on two threads) is a list of blocks, each numbering its ids.
 */
export interface ActivityColumns {
  /** Each distinct member id of the block once, in order of first appearance. */
  ids: IdKeys;
  id: Int32Array;
  day: Int32Array;
  count: Int32Array;
  length: number;
}

export type OrderStatus = "paid" | "cancelled" | "refunded";

/** One valid row of the orders table. */
export interface Order {
  orderId: string;
  memberId: string;
  day: Day;
  cents: number;
  status: OrderStatus;
}

/** A skipped row, as the problems sheet and the CLI show it. */
export interface Problem {
  table: TableName;
  /** Row number as the spreadsheet shows it: the header is row 1. */
  row: number;
  /** The field (metrics.md's name, e.g. joined_at). */
  column: string;
  value: string;
  message: string;
  /** The operator's own header of that column (e.g. 入群时间), for the sheets people read. */
  header?: string;
}

export interface DayRow {
  date: Day;
  totalMembers: number;
  newMembers: number;
  activeMembers: number | null;
  activeRate: number | null;
  churnedMembers: number;
}

export interface WeekRow {
  weekStart: Day;
  weekEnd: Day;
  complete: boolean;
  totalMembers: number;
  newMembers: number;
  activeMembers: number | null;
  activeRate: number | null;
  convertedMembers: number | null;
  conversionRate: number | null;
  /** GMV in integer cents. */
  gmvCents: number | null;
  churnedMembers: number;
  convertedWowGrowth: number | null;
  gmvWowGrowth: number | null;
}

export interface FunnelRow {
  weekStart: Day;
  complete: boolean;
  windowDays: number;
  joined: number;
  activated: number | null;
  converted: number | null;
  churned: number;
  activationRate: number | null;
  conversionRate: number | null;
  churnRate: number | null;
  /** GMV in integer cents of the cohort's counted orders inside their windows (insights.md §9). */
  gmvCents: number | null;
}

export interface Excluded {
  activityRowsFromUnknownMembers: number;
  unknownActivityMembers: number;
  orderRowsFromUnknownMembers: number;
  unknownOrderMembers: number;
  unknownOrderCents: number;
  cancelledOrders: number;
  refundedCents: number;
  duplicateMembers: number;
  duplicateOrders: number;
  duplicatePosts: number;
  staffMembers: number;
  staffActivityRows: number;
  staffOrderRows: number;
}

export interface ReportOptions {
  /** IANA zone in which instants are read and days are counted. */
  timeZone: string;
  weekStartsOn?: WeekStart;
  from?: Day | null;
  to?: Day | null;
  /** Funnel window in days, 1–90. */
  windowDays?: number;
  /** The members field or column a breakdown splits by (insights.md §12); none when null. */
  by?: string | null;
  /** A day of the follow-up lists' focus week (insights.md §13); null: the latest complete week. */
  focusWeek?: Day | null;
}

/** What every report holds besides its sections' values (core/report.ts's Report adds those). */
export interface ReportBase {
  timeZone: string;
  weekStartsOn: WeekStart;
  range: { from: Day; to: Day } | null;
  /**
   * The range ends on the data's own last day, not on a day the user chose: an export taken during
   * that day cut it short, as far as anyone can tell from the rows.
   */
  endsWithData: boolean;
  windowDays: number;
  excluded: Excluded;
  problems: Problem[];
}

/** Purchases and repeat buying of a week (insights.md §10). */
export interface PurchaseRow {
  weekStart: Day;
  weekEnd: Day;
  complete: boolean;
  orders: number;
  buyers: number;
  newBuyers: number;
  returningBuyers: number;
  repeatBuyers: number;
  repeatRate: number | null;
  ordersPerBuyer: number | null;
  /** Money ratios in integer cents, rounded half away from zero (insights.md, notation). */
  gmvPerBuyerCents: number | null;
  gmvPerOrderCents: number | null;
}

/** A join-week cohort followed week by week (insights.md §11): element k is week W+k. */
export interface RetentionRow {
  weekStart: Day;
  joined: number;
  active: number[];
  rates: (number | null)[];
  complete: boolean[];
}
