/** One engine run: tables in, every section of the report out (metrics.md §3–§7, insights.md). */
import { isWindowDays, WINDOW_DAYS } from "../shared/rules";
import { assertTimeZone, ZoneClock } from "./calendar";
import {
  type CleanEvents,
  type CountedActivity,
  cleanEvents,
  countActivity,
  type MembersAndOrders,
  membersAndOrders,
} from "./clean";
import { INPUT_TABLES, type ReadTables, readTable, type TableGrids, type TableName } from "./inputs";
import type { InputTable } from "./inputs/input";
import type { Presence } from "./presence";
import { type DayRange, reportRange, type Week, weekOfDays, weeksOf } from "./range";
import { SECTIONS, type SectionValues } from "./sections";
import type { DaySpan } from "./tables";
import type { Grid, ReportBase, ReportOptions, WeekStart } from "./types";

/** The report: what the run knew, and every section's value under its id. */
export type Report = ReportBase & SectionValues;

/** What every section computes from: the cleaned tables, the range and its weeks. */
export interface ReportRun {
  readonly options: Readonly<
    Required<Pick<ReportOptions, "timeZone" | "weekStartsOn" | "windowDays" | "focusWeek">> & {
      by: string | null;
    }
  >;
  readonly tables: ReadTables;
  readonly presence: Presence;
  readonly events: CleanEvents;
  /** Null when nothing counted and no day was given: every list is then empty. */
  readonly range: DayRange | null;
  readonly weeks: readonly Week[];
  /** The week of each day of the range (weekOfDays); empty without a range. */
  readonly weekOfDay: Int32Array;
  readonly base: ReportBase;
  /** A computation several sections share (the daily and weekly metrics), done once per run. */
  once<T>(compute: (run: ReportRun) => T): T;
}

/** Reads every table given; throws a TableError for a table that cannot be read. */
export function readTables(input: TableGrids, clock: ZoneClock): ReadTables {
  const grids = input as Partial<Record<TableName, Grid | null>>;
  const tables: Record<string, unknown> = {};
  for (const { name } of INPUT_TABLES) {
    const grid = grids[name];
    tables[name] = grid ? readTable(name, grid, clock) : null;
  }
  return tables as ReadTables;
}

/** Throws for options no report can have: an unknown zone, a window outside 1–90 days. */
export function checkOptions(options: ReportOptions): void {
  assertTimeZone(options.timeZone);
  const window = options.windowDays ?? WINDOW_DAYS.default;
  if (!isWindowDays(window)) {
    throw new RangeError(
      `the funnel window must be a whole number of days from ${WINDOW_DAYS.min} to ${WINDOW_DAYS.max}, not ${window}`,
    );
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

/** The days of the tables whose rows count without a member (InputTable.spanCountsForRange). */
function spansForRange(tables: ReadTables): (DaySpan | null)[] {
  return (INPUT_TABLES as readonly InputTable[]).flatMap((t) =>
    t.spanCountsForRange ? [tables[t.name as TableName]?.span ?? null] : [],
  );
}

/** The run of already-read tables, before any section is computed; `ahead` when counted already. */
export function runOf(tables: ReadTables, options: ReportOptions, ahead?: CountedAhead): ReportRun {
  checkOptions(options);
  const known = ahead?.known ?? membersAndOrders(tables.members.rows, tables.orders?.rows ?? null);
  const activity = ahead
    ? ahead.activity
    : (tables.activity?.rows.map((block) => countActivity(tables.members.rows, block)) ?? null);
  const weekStartsOn: WeekStart = options.weekStartsOn ?? "monday";
  const windowDays = options.windowDays ?? WINDOW_DAYS.default;
  const presence = known.presence;
  const events = cleanEvents(known, activity);
  const range = reportRange(presence, events, options.from, options.to, spansForRange(tables));
  const memo = new Map<(run: ReportRun) => unknown, unknown>();
  const run: ReportRun = {
    options: {
      timeZone: options.timeZone,
      weekStartsOn,
      windowDays,
      by: options.by ?? null,
      focusWeek: options.focusWeek ?? null,
    },
    tables,
    presence,
    events,
    range,
    weeks: range ? weeksOf(range, weekStartsOn) : [],
    weekOfDay: range ? weekOfDays(range, weekStartsOn) : new Int32Array(0),
    base: {
      timeZone: options.timeZone,
      weekStartsOn,
      range,
      endsWithData: range !== null && options.to == null,
      windowDays,
      excluded: { ...events.excluded, duplicatePosts: tables.content?.rows.duplicatePosts ?? 0 },
      problems: INPUT_TABLES.flatMap((t) => tables[t.name]?.problems ?? []),
    },
    once<T>(compute: (r: ReportRun) => T): T {
      if (!memo.has(compute)) memo.set(compute, compute(run));
      return memo.get(compute) as T;
    },
  };
  return run;
}

/** The report of already-read tables: every section of the catalogue, in its order. */
export function reportFromTables(tables: ReadTables, options: ReportOptions, ahead?: CountedAhead): Report {
  const run = runOf(tables, options, ahead);
  const values: Record<string, unknown> = {};
  for (const section of SECTIONS) values[section.id] = section.compute(run);
  return { ...run.base, ...(values as SectionValues) };
}

/**
 * The whole report from grids (header row first) in one call. The doors read their tables with
 * readTables (or streaming readers) and call reportFromTables, so that a missing column can be
 * told apart per table; this is the short form for tests and examples.
 */
export function buildReport(input: TableGrids, options: ReportOptions): Report {
  checkOptions(options);
  const clock = new ZoneClock(options.timeZone);
  return reportFromTables(readTables(input, clock), options);
}
