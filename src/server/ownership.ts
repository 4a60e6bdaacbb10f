/**
 * Which sheets the add-on made. Report sheets carry a developer-metadata mark, so a user's own sheet
 * that happens to share a report's name is left alone. A copy of a report sheet (Duplicate,
 * Sheet.copyTo) carries the mark too, so the ids of the sheets the builds made are also kept with
 * the document: only a sheet that is marked and on that record is ever replaced.
 */

import type { SectionId } from "../core/sections";

export const REPORT_MARK = "community-funnel:report";

/** Document property: the ids (Sheet.getSheetId) of the report sheets the builds made, as JSON. */
export const REPORT_SHEETS_KEY = "community-funnel:report-sheets";

/** A report sheet's kind: the id of the section it shows. */
export type ReportKind = SectionId;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Every sheet carrying the report mark, copies included, in tab order: one search for them all, in
 * three calls plus two per mark, rather than reading the metadata of every tab.
 */
export function markedSheets(spreadsheet: Spreadsheet): Sheet[] {
  return spreadsheet
    .createDeveloperMetadataFinder()
    .withKey(REPORT_MARK)
    .find()
    .flatMap((mark) => mark.getLocation().getSheet() ?? []);
}

/** A report sheet of the add-on's, with its id. */
export interface OwnedSheet {
  sheet: Sheet;
  sheetId: number;
}

/** The recorded ids, or null for a document whose report was built before they were recorded. */
function recordedIds(): Set<number> | null {
  const text = PropertiesService.getDocumentProperties().getProperty(REPORT_SHEETS_KEY);
  if (text === null) return null;
  try {
    const ids: unknown = JSON.parse(text);
    return Array.isArray(ids) ? new Set(ids.filter((id): id is number => typeof id === "number")) : null;
  } catch {
    return null;
  }
}

/** Records the report sheets the builds made. */
export function recordReportSheets(sheetIds: readonly number[]): void {
  PropertiesService.getDocumentProperties().setProperty(REPORT_SHEETS_KEY, JSON.stringify(sheetIds));
}

/**
 * The sheets the builds made: marked and recorded (a report from before the record: every marked
 * sheet). One search finds every mark, in a number of calls that does not grow with the tabs.
 */
export function ownedReportSheets(spreadsheet: Spreadsheet): OwnedSheet[] {
  const recorded = recordedIds();
  const owned: OwnedSheet[] = [];
  for (const sheet of markedSheets(spreadsheet)) {
    const sheetId = sheet.getSheetId();
    if (recorded === null || recorded.has(sheetId)) owned.push({ sheet, sheetId });
  }
  return owned;
}

/** Marks a sheet as the add-on's own report sheet of `kind`. */
export function markReport(sheet: Sheet, kind: ReportKind): void {
  sheet.addDeveloperMetadata(REPORT_MARK, kind);
}

/** Names refused by the naming call (taken ignoring case) before its error is given up to. */
const REFUSALS = 5;

/**
 * Names a sheet `base`, else the first free "base (2)", "base (3)"…, by offering them to `take`
 * (insertSheet, setName): SpreadsheetApp lists the tabs' names only one call per tab. A name a
 * sheet holds exactly is skipped by getSheetByName; one held ignoring case (Sheets refuses "Daily"
 * beside "daily") makes `take` throw, and the next is offered.
 * @example claimName(spreadsheet, "Daily", (name) => sheet.setName(name)) // "Daily (2)" beside a "daily"
 */
export function claimName<T>(spreadsheet: Spreadsheet, base: string, take: (name: string) => T): T {
  const refusals: unknown[] = [];
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    if (spreadsheet.getSheetByName(name)) continue;
    try {
      return take(name);
    } catch (error) {
      refusals.push(error);
      if (refusals.length === REFUSALS) throw refusals[0];
    }
  }
}
