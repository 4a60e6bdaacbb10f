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

/** The report kind a sheet was marked with, or null for any sheet the add-on did not make. */
export function reportKindOf(sheet: Sheet): string | null {
  const mark = sheet.getDeveloperMetadata().find((m) => m.getKey() === REPORT_MARK);
  return mark ? (mark.getValue() ?? "") : null;
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
  for (const mark of spreadsheet.createDeveloperMetadataFinder().withKey(REPORT_MARK).find()) {
    const sheet = mark.getLocation().getSheet();
    if (!sheet) continue;
    const sheetId = sheet.getSheetId();
    if (recorded === null || recorded.has(sheetId)) owned.push({ sheet, sheetId });
  }
  return owned;
}

/** Marks a sheet as the add-on's own report sheet of `kind`. */
export function markReport(sheet: Sheet, kind: ReportKind): void {
  sheet.addDeveloperMetadata(REPORT_MARK, kind);
}

/**
 * `base` when no sheet has that name, else the first free "base (2)", "base (3)"…; sheet names
 * clash ignoring case in Sheets.
 * @example freeName("Daily", ["daily"]) //=> "Daily (2)"
 */
export function freeName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  let n = 2;
  while (used.has(`${base} (${n})`.toLowerCase())) n++;
  return `${base} (${n})`;
}
