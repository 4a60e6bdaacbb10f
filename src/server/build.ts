/** One build of the weekly report: read the source sheets, run the engine once, write the report sheets. */
import { formatDay, parseDay, ZoneClock } from "../core/calendar";
import { errorMessage } from "../core/errors";
import { FocusWeekError } from "../core/follow-up";
import { TableError } from "../core/headers";
import { type ReadTables, TABLE_NAMES, type TableGrids } from "../core/inputs";
import { type Report, readTables, reportFromTables } from "../core/report";
import { SegmentFieldError } from "../core/segment-field";
import type { Grid, TableName } from "../core/types";
import type { BuildResult, Settings } from "../shared/bridge";
import { followUpHeadline } from "./follow-up-headline";
import { headlineOf } from "./headline";
import { messages } from "./messages";
import { linkProblems } from "./problem-links";
import { absentSheets, planReport, type SheetPlan } from "./report-sheets";
import { type WrittenSheet, writeReport } from "./report-writer";
import { readGrid } from "./sheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** How long a build waits for a teammate's build to finish. */
export const LOCK_WAIT_MS = 30_000;

/** Runs `work` holding the document lock, released whatever happens. */
export function withDocumentLock<T>(busyMessage: string, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new Error(busyMessage);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

interface Sources {
  grids: Partial<Record<TableName, Grid>>;
  /** Each sheet's id, for the problems' links to their rows. */
  sheetIds: Partial<Record<TableName, number>>;
}

/** Each used table's grid, one getValues per sheet; throws a readable error for a missing sheet. */
function readSources(spreadsheet: Spreadsheet, settings: Settings): Sources {
  const t = messages(settings.lang);
  if (settings.sources.members === null) throw new Error(t.membersRequired);
  const grids: Partial<Record<TableName, Grid>> = {};
  const sheetIds: Partial<Record<TableName, number>> = {};
  for (const table of TABLE_NAMES) {
    const name = settings.sources[table];
    if (name === null) continue;
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) throw new Error(t.sheetMissing(name, table));
    grids[table] = readGrid(sheet);
    sheetIds[table] = sheet.getSheetId();
  }
  return { grids, sheetIds };
}

/** Links each problem of the written problems sheet to its source row (problem-links.ts). */
function linkProblemRows(
  spreadsheet: Spreadsheet,
  report: Report,
  plans: readonly SheetPlan[],
  written: readonly WrittenSheet[],
  sheetIds: Sources["sheetIds"],
): void {
  const i = plans.findIndex((plan) => plan.kind === "problems");
  if (i < 0) return;
  const header = plans[i].anchors.problems;
  const table = plans[i].blocks.find((block) => block.row === header && block.column === 1)!;
  const texts = table.values.slice(1).map((row) => row[0]);
  linkProblems(spreadsheet, written[i].sheetId, header + 1, report.problems, texts, sheetIds);
}

function readAll(grids: Partial<Record<TableName, Grid>>, settings: Settings, clock: ZoneClock): ReadTables {
  try {
    return readTables(grids as TableGrids, clock);
  } catch (error) {
    if (error instanceof TableError) {
      const reason = errorMessage(error, settings.lang);
      throw new Error(messages(settings.lang).tableUnusable(settings.sources[error.table]!, reason));
    }
    throw error;
  }
}

/**
 * The engine's report of the tables with the settings; a field to compare by that the members
 * sheet lacks, or a focus week outside the range, is a readable error in the settings' language.
 */
function reportOf(tables: ReadTables, settings: Settings, clock: ZoneClock): Report {
  try {
    return reportFromTables(tables, {
      timeZone: clock.timeZone,
      weekStartsOn: settings.weekStartsOn,
      from: settings.from === null ? null : parseDay(settings.from),
      to: settings.to === null ? null : parseDay(settings.to),
      windowDays: settings.windowDays,
      by: settings.by,
      focusWeek: settings.focusWeek === null ? null : parseDay(settings.focusWeek),
    });
  } catch (error) {
    const t = messages(settings.lang);
    if (error instanceof SegmentFieldError) {
      throw new Error(t.noCompareColumn(settings.sources.members!, error.field, error.headers));
    }
    if (error instanceof FocusWeekError) {
      const { weekStart, range } = error;
      throw new Error(t.focusWeekOutside(formatDay(weekStart), formatDay(range.from), formatDay(range.to)));
    }
    throw error;
  }
}

/** Builds the report with `settings` at `now`; the caller holds the document lock. */
export function buildReportSheets(spreadsheet: Spreadsheet, settings: Settings, now: number): BuildResult {
  const clock = new ZoneClock(spreadsheet.getSpreadsheetTimeZone());
  const sources = readSources(spreadsheet, settings);
  const tables = readAll(sources.grids, settings, clock);
  const report = reportOf(tables, settings, clock);
  const provenance = {
    sources: TABLE_NAMES.map((table) => ({
      table,
      sheet: settings.sources[table],
      rows: tables[table]?.rowCount ?? 0,
    })),
    report,
    builtAt: now,
  };
  const plans = planReport(report, provenance, settings.lang, clock);
  const written = writeReport(spreadsheet, plans);
  linkProblemRows(spreadsheet, report, plans, written, sources.sheetIds);
  // The first tab is the one a build opens on (the weekly report).
  if (written.length > 0) spreadsheet.getSheetByName(written[0].name)?.activate();
  return {
    headline: headlineOf(report),
    followUp: followUpHeadline(report.followUp, plans, written),
    sheets: written.map((w, i) => ({
      kind: w.kind,
      title: plans[i].title,
      name: w.name,
      sheetId: w.sheetId,
    })),
    absent: absentSheets(report),
    range: report.range && { from: formatDay(report.range.from), to: formatDay(report.range.to) },
    problems: report.problems.length,
    builtAt: new Date(now).toISOString(),
  };
}
