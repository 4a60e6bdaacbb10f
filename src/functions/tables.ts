/**
 * COMMUNITY_DAILY, COMMUNITY_WEEKLY, COMMUNITY_FUNNEL, COMMUNITY_PROBLEMS (functions.md, Table
 * functions), COMMUNITY_PURCHASES and COMMUNITY_RETENTION (insights.md §10, §11), COMMUNITY_BREAKDOWN
 * and COMMUNITY_CHANNELS (§12, §14): the report's sections, as the CLI's JSON has them, spilled under
 * a header row.
 * Each computes its own section only.
 */
import { INPUT_TABLES, type OptionalTableName, type TableGrids } from "../core/inputs";
import { headersOf } from "../core/layout";
import { type ReportRun, readTables, runOf } from "../core/report";
import { BREAKDOWN, BREAKDOWN_COLUMNS } from "../core/sections/breakdown";
import { CHANNEL_WEEK_COLUMNS, CHANNELS } from "../core/sections/channels";
import { DAILY } from "../core/sections/daily";
import { FUNNEL } from "../core/sections/funnel";
import { PROBLEM_COLUMNS, problemRows } from "../core/sections/problems";
import { PURCHASES } from "../core/sections/purchases";
import { RETENTION } from "../core/sections/retention";
import type { TableSection } from "../core/sections/section";
import { WEEKLY } from "../core/sections/weekly";
import { dayArg, fieldArg, requiredTableArg, tableArg, weekStartArg, windowDaysArg } from "./args";
import type { SheetCell } from "./ranges";
import { type SheetContext, sheetContext } from "./sheet-context";
import { spillRows, spillTable } from "./spill";

/** The arguments every table function shares: the tables by name, the others as each takes them. */
export interface ReportArgs extends Partial<Record<OptionalTableName, unknown>> {
  members: unknown;
  weekStartsOn?: unknown;
  windowDays?: unknown;
  startDate?: unknown;
  endDate?: unknown;
  /** COMMUNITY_BREAKDOWN's field. */
  field?: unknown;
}

/** The run of a formula's tables; `needs` names the optional tables that this function requires. */
function runFor(
  args: ReportArgs,
  context: SheetContext,
  needs: readonly OptionalTableName[] = [],
): ReportRun {
  const { clock } = context;
  const options = {
    timeZone: clock.timeZone,
    weekStartsOn: weekStartArg(args.weekStartsOn),
    windowDays: windowDaysArg(args.windowDays),
    from: dayArg("start_date", args.startDate, clock),
    to: dayArg("end_date", args.endDate, clock),
    by: "field" in args ? fieldArg(args.field) : null,
  };
  const input: TableGrids = { members: requiredTableArg("members", args.members) };
  for (const { name } of INPUT_TABLES) {
    if (name !== "members")
      input[name] = (needs.includes(name) ? requiredTableArg : tableArg)(name, args[name]);
  }
  return runOf(readTables(input, clock), options);
}

/** A table section of the run, spilled with a header row in the spreadsheet's language. */
function spillSection<R>(
  section: TableSection<string, R>,
  args: ReportArgs,
  needs: readonly OptionalTableName[] = [],
): SheetCell[][] {
  const context = sheetContext();
  return spillTable(section.columns, section.compute(runFor(args, context, needs)) ?? [], context);
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

/** Purchases and repeat buying per week, insights.md §10. */
export function communityPurchases(args: ReportArgs): SheetCell[][] {
  return spillSection(PURCHASES, args, ["orders"]);
}

/**
 * The retention grid of insights.md §11: cohort week, joined, then one rate per week since joining
 * up to the longest cohort, blank past the range.
 */
export function communityRetention(args: ReportArgs): SheetCell[][] {
  const context = sheetContext();
  const run = runFor(args, context, ["activity"]);
  const [grid] = RETENTION.tables(RETENTION.compute(run) ?? [], context.lang, run.base);
  return spillRows(grid.headers, grid.kinds, grid.rows, context.clock);
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
  return spillTable(BREAKDOWN_COLUMNS, breakdown?.weekly ?? [], context);
}

/** channels.weekly (insights.md §14): per channel and week, spend and ad metrics beside the channel's new members. */
export function communityChannels(args: ReportArgs): SheetCell[][] {
  const context = sheetContext();
  const channels = CHANNELS.compute(runFor(args, context, ["spend"]));
  return spillTable(CHANNEL_WEEK_COLUMNS, channels?.weekly ?? [], context);
}
