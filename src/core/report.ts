/** One engine run: tables in, the whole report out (metrics.md §3–§7). */
import { assertTimeZone, ZoneClock } from "./calendar";
import {
  type CountedActivity,
  cleanEvents,
  countActivity,
  type MembersAndOrders,
  membersAndOrders,
} from "./clean";
import { computeFunnel } from "./funnel";
import { computeMetrics } from "./metrics";
import { reportRange, weekOfDays, weeksOf } from "./range";
import { readActivity, readMembers, readOrders, type Table } from "./tables";
import type { ActivityColumns, Grid, MemberColumns, Order, Report, ReportOptions } from "./types";

export interface ReportInput {
  members: Grid;
  activity?: Grid | null;
  orders?: Grid | null;
}

export interface ReadTables {
  members: Table<MemberColumns>;
  activity: Table<ActivityColumns[]> | null;
  orders: Table<Order[]> | null;
}

export const DEFAULT_WINDOW_DAYS = 7;

/** Reads all three tables; throws a TableError for a table that cannot be read. */
export function readTables(input: ReportInput, clock: ZoneClock): ReadTables {
  return {
    members: readMembers(input.members, clock),
    activity: input.activity ? readActivity(input.activity, clock) : null,
    orders: input.orders ? readOrders(input.orders, clock) : null,
  };
}

/** Throws for options no report can have: an unknown zone, a window outside 1–90 days. */
export function checkOptions(options: ReportOptions): void {
  assertTimeZone(options.timeZone);
  const window = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  if (!Number.isInteger(window) || window < 1 || window > 90) {
    throw new RangeError(`the funnel window must be a whole number of days from 1 to 90, not ${window}`);
  }
}

/**
 * What the CLI counts while its tables are still being read, on two threads: the members and
 * orders (MembersAndOrders), and each block of the activity (countActivity).
 */
export interface CountedAhead {
  known: MembersAndOrders;
  activity: readonly CountedActivity[] | null;
}

/** The report of already-read tables; `ahead` when their counting was done already. */
export function reportFromTables(tables: ReadTables, options: ReportOptions, ahead?: CountedAhead): Report {
  checkOptions(options);
  const known = ahead?.known ?? membersAndOrders(tables.members.rows, tables.orders?.rows ?? null);
  const activity = ahead
    ? ahead.activity
    : (tables.activity?.rows.map((block) => countActivity(known.presence.members, block)) ?? null);
  const weekStartsOn = options.weekStartsOn ?? "monday";
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const presence = known.presence;
  const events = cleanEvents(known, activity);
  const range = reportRange(presence, events, options.from, options.to);
  const problems = [tables.members, tables.activity, tables.orders].flatMap((t) => t?.problems ?? []);
  const base = {
    timeZone: options.timeZone,
    weekStartsOn,
    range,
    windowDays,
    excluded: events.excluded,
    problems,
  };
  if (!range) return { ...base, daily: [], weekly: [], funnel: [] };
  const weeks = weeksOf(range, weekStartsOn);
  const weekOfDay = weekOfDays(range, weekStartsOn);
  const { daily, weekly } = computeMetrics(presence, events, range, weeks, weekOfDay);
  const funnel = computeFunnel(presence, events, range, weeks, weekOfDay, windowDays);
  return { ...base, daily, weekly, funnel };
}

/**
 * The whole report from three grids (header row first) in one call. The doors read their
 * tables with readTables (or streaming readers) and call reportFromTables, so that a missing
 * column can be told apart per table; this is the short form for tests and examples.
 */
export function buildReport(input: ReportInput, options: ReportOptions): Report {
  checkOptions(options);
  const clock = new ZoneClock(options.timeZone);
  return reportFromTables(readTables(input, clock), options);
}
