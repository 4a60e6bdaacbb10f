/**
 * COMMUNITY_DAILY, COMMUNITY_WEEKLY, COMMUNITY_FUNNEL and COMMUNITY_PROBLEMS (functions.md, Table
 * functions): the report's sections, as the CLI's JSON has them, spilled under a header row.
 * Each computes its own section only.
 */
import { headersOf } from "../core/layout";
import { type ReportRun, readTables, runOf } from "../core/report";
import { BREAKDOWN, breakdownColumns } from "../core/sections/breakdown";
import { DAILY } from "../core/sections/daily";
import { FUNNEL } from "../core/sections/funnel";
import { PROBLEM_COLUMNS, problemRows } from "../core/sections/problems";
import type { TableSection } from "../core/sections/section";
import { WEEKLY } from "../core/sections/weekly";
import { dayArg, fieldArg, requiredTableArg, tableArg, weekStartArg, windowDaysArg } from "./args";
import type { SheetCell } from "./ranges";
import { type SheetContext, sheetContext } from "./sheet-context";
import { spillRows, spillTable } from "./spill";

/** The arguments every table function shares; the others are optional, as each function takes them. */
export interface ReportArgs {
  members: unknown;
  activity?: unknown;
  orders?: unknown;
  weekStartsOn?: unknown;
  windowDays?: unknown;
  startDate?: unknown;
  endDate?: unknown;
  /** COMMUNITY_BREAKDOWN's field. */
  field?: unknown;
}

function runFor(args: ReportArgs, context: SheetContext): ReportRun {
  const { clock } = context;
  const options = {
    timeZone: clock.timeZone,
    weekStartsOn: weekStartArg(args.weekStartsOn),
    windowDays: windowDaysArg(args.windowDays),
    from: dayArg("start_date", args.startDate, clock),
    to: dayArg("end_date", args.endDate, clock),
    by: "field" in args ? fieldArg(args.field) : null,
  };
  const input = {
    members: requiredTableArg("members", args.members),
    activity: tableArg("activity", args.activity),
    orders: tableArg("orders", args.orders),
  };
  return runOf(readTables(input, clock), options);
}

/** A table section of the run, spilled with a header row in the spreadsheet's language. */
function spillSection<R>(section: TableSection<string, R>, args: ReportArgs): SheetCell[][] {
  const context = sheetContext();
  return spillTable(section.columns, section.compute(runFor(args, context)) ?? [], context);
}

/** The daily table of metrics.md §5. */
export function communityDaily(args: ReportArgs): SheetCell[][] {
  return spillSection(DAILY, args);
}

/** The weekly table of metrics.md §6. */
export function communityWeekly(args: ReportArgs): SheetCell[][] {
  return spillSection(WEEKLY, args);
}

/** The new-member funnel of metrics.md §7. */
export function communityFunnel(args: ReportArgs): SheetCell[][] {
  return spillSection(FUNNEL, args);
}

/** Every skipped row: table | row | column | value | problem; the header row alone when none. */
export function communityProblems(args: ReportArgs): SheetCell[][] {
  const context = sheetContext();
  const { problems } = runFor(args, context).base;
  return spillRows(
    headersOf(PROBLEM_COLUMNS, context.lang),
    PROBLEM_COLUMNS.map((c) => c.kind),
    problemRows(problems, context.lang, false),
    context.clock,
  );
}

/** The weekly rows of each segment of `field` (insights.md §12): the segment, then COMMUNITY_WEEKLY's columns. */
export function communityBreakdown(args: ReportArgs): SheetCell[][] {
  const context = sheetContext();
  const breakdown = BREAKDOWN.compute(runFor(args, context));
  return spillTable(breakdownColumns(context.lang), breakdown?.weekly ?? [], context);
}
