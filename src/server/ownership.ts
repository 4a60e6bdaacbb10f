/**
 * Which sheets the add-on made. Report sheets carry a developer-metadata mark; only marked sheets
 * are ever replaced, so a user's own sheet that happens to share a report's name is left alone.
 */

import type { SectionId } from "../core/sections";

export const REPORT_MARK = "community-funnel:report";

/** A report sheet's kind: the id of the section it shows. */
export type ReportKind = SectionId;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The report kind a sheet was marked with, or null for any sheet the add-on did not make. */
export function reportKindOf(sheet: Sheet): string | null {
  const mark = sheet.getDeveloperMetadata().find((m) => m.getKey() === REPORT_MARK);
  return mark ? (mark.getValue() ?? "") : null;
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
