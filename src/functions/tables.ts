/**
 * COMMUNITY_DAILY, COMMUNITY_WEEKLY, COMMUNITY_FUNNEL and COMMUNITY_PROBLEMS (functions.md, Table
 * functions): the report's tables, as the CLI's JSON has them, spilled under a header row.
 */
import {
  DAILY_COLUMNS,
  FUNNEL_COLUMNS,
  headersOf,
  PROBLEM_COLUMNS,
  problemRows,
  WEEKLY_COLUMNS,
} from "../core/layout";
import { readTables, reportFromTables } from "../core/report";
import type { Report } from "../core/types";
import { dayArg, requiredTableArg, tableArg, weekStartArg, windowDaysArg } from "./args";
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
}

function reportOf(args: ReportArgs, context: SheetContext): Report {
  const { clock } = context;
  const options = {
    timeZone: clock.timeZone,
    weekStartsOn: weekStartArg(args.weekStartsOn),
    windowDays: windowDaysArg(args.windowDays),
    from: dayArg("start_date", args.startDate, clock),
    to: dayArg("end_date", args.endDate, clock),
  };
  const input = {
    members: requiredTableArg("members", args.members),
    activity: tableArg("activity", args.activity),
    orders: tableArg("orders", args.orders),
  };
  return reportFromTables(readTables(input, clock), options);
}

/** The daily table of metrics.md §5. */
export function communityDaily(args: ReportArgs): SheetCell[][] {
  const context = sheetContext();
  return spillTable(DAILY_COLUMNS, reportOf(args, context).daily, context);
}

/** The weekly table of metrics.md §6. */
export function communityWeekly(args: ReportArgs): SheetCell[][] {
  const context = sheetContext();
  return spillTable(WEEKLY_COLUMNS, reportOf(args, context).weekly, context);
}

/** The new-member funnel of metrics.md §7. */
export function communityFunnel(args: ReportArgs): SheetCell[][] {
  const context = sheetContext();
  return spillTable(FUNNEL_COLUMNS, reportOf(args, context).funnel, context);
}

/** Every skipped row: table | row | column | value | problem; the header row alone when none. */
export function communityProblems(args: ReportArgs): SheetCell[][] {
  const context = sheetContext();
  const { problems } = reportOf(args, context);
  return spillRows(
    headersOf(PROBLEM_COLUMNS, context.lang),
    PROBLEM_COLUMNS.map((c) => c.kind),
    problemRows(problems, context.lang, false),
    context.clock,
  );
}
