/**
 * The server functions the menu, triggers and the sidebar (google.script.run) call, each a few
 * lines over the modules that hold the logic. index.ts exports them; the build gives each a
 * top-level stub in Code.js.
 */

import { errorMessage } from "../core/errors";
import type {
  BuildResult,
  SaveMode,
  SaveResult,
  Settings,
  SidebarState,
  TableName,
  TablePreview,
} from "../shared/bridge";
import { LocalizedError } from "../shared/errors";
import { buildReportSheets, withDocumentLock } from "./build";
import { addMenu, addUnauthorizedMenu, buildFromMenu, isUnauthorizedOpen, showHelpAlert } from "./menu";
import { messages } from "./messages";
import { savePaste } from "./paste";
import { previewSources } from "./preview";
import { currentLang, currentSettings, storeSettings, validateSettings, validateSources } from "./settings";
import { showSidebar, sidebarState } from "./sidebar";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const active = (): Spreadsheet => SpreadsheetApp.getActiveSpreadsheet();

function lockedBuild(spreadsheet: Spreadsheet, settings: Settings): BuildResult {
  return withDocumentLock(messages(settings.lang).busy, () => {
    try {
      return buildReportSheets(spreadsheet, settings, Date.now());
    } catch (error) {
      // The engine's own errors (a range that ends before it starts…) in the report's language.
      if (error instanceof LocalizedError) throw new Error(errorMessage(error, settings.lang));
      throw error;
    }
  });
}

/**
 * Adds the Community Funnel menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event: in AuthMode.NONE the spreadsheet cannot be read
 */
export function onOpen(e?: unknown): void {
  if (isUnauthorizedOpen(e)) addUnauthorizedMenu();
  else addMenu(active());
}

/**
 * Adds the menu right after the add-on is installed, without waiting for the next open (onInstall
 * runs in AuthMode.FULL).
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/** Menu: opens the sidebar. */
export function openSidebar(): void {
  showSidebar(active());
}

/** Menu: builds the weekly report with the saved settings, then shows its headline or the error. */
export function buildReportFromMenu(): void {
  const spreadsheet = active();
  const settings = currentSettings(spreadsheet);
  buildFromMenu(spreadsheet, settings.lang, () => lockedBuild(spreadsheet, settings));
}

/**
 * Sidebar: opens a report sheet. A link in the sidebar cannot do it itself: Apps Script serves
 * the sidebar in a sandboxed frame, where `#gid=` only moves the frame.
 * @param {number} sheetId the sheet's id, as BuildResult lists it
 * @param {number=} row a row to select in column A (a follow-up list's block); the sheet alone when omitted
 */
export function openReportSheet(sheetId: number, row?: number | null): void {
  const sheet = active().getSheetById(Number(sheetId));
  if (!sheet) throw new Error(messages(currentLang(active())).sheetGone);
  sheet.activate();
  // The row comes from a browser: only a row of the sheet is selected, anything else is ignored.
  const at = Number(row);
  if (row != null && Number.isInteger(at) && at >= 1 && at <= sheet.getMaxRows())
    sheet.getRange(at, 1).activate();
}

/** Menu: a short explanation of the three steps. */
export function showHelp(): void {
  showHelpAlert(active());
}

/**
 * Sidebar: its language, the spreadsheet's time zone, the saved (or detected) settings and the sheets.
 * @return {SidebarState}
 */
export function getSidebarState(): SidebarState {
  return sidebarState(active());
}

/**
 * Sidebar: saves pasted CSV/TSV text into the table's data sheet, every value literally, under the
 * document lock (so a teammate's paste at the same moment cannot write over these rows). The
 * arguments arrive from a browser, so they are checked again here.
 * @param {string} table the table's name: members, activity, orders …
 * @param {string} text the pasted text, header first (a large paste comes in parts, each with the header)
 * @param {string|null} mode append or replace when the sheet already holds data, else null
 * @param {boolean=} last false for a part of a paste that is not its last (no preview then)
 * @return {SaveResult}
 */
export function savePastedTable(
  table: TableName,
  text: string,
  mode: SaveMode | null,
  last?: boolean,
): SaveResult {
  const spreadsheet = active();
  // Read again under the lock: a teammate's paste may have just made a sheet the source.
  return withDocumentLock(messages(currentLang(spreadsheet)).busySaving, () =>
    savePaste(spreadsheet, currentSettings(spreadsheet), table, text, mode, last ?? true),
  );
}

/**
 * Sidebar: what each chosen sheet will contribute to the report.
 * @param {Settings} settings the sidebar's current settings (only the sources and language are read)
 * @return {TablePreview[]}
 */
export function previewTables(settings: Settings): TablePreview[] {
  const spreadsheet = active();
  const lang = settings?.lang === "zh" ? "zh" : "en";
  return previewSources(spreadsheet, validateSources(settings?.sources, lang), lang);
}

/**
 * Sidebar: validates and saves the settings with the document.
 * @param {Settings} settings the settings to save
 * @return {Settings} the settings as saved
 */
export function saveSettings(settings: Settings): Settings {
  return storeSettings(validateSettings(settings));
}

/**
 * Sidebar and menu: builds the report sheets under the document lock. Settings given are saved
 * first, so that the menu and teammates rebuild the same report.
 * @param {Settings=} settings the settings to build with; the saved ones when omitted
 * @return {BuildResult}
 */
export function buildWeeklyReport(settings?: Settings): BuildResult {
  const spreadsheet = active();
  // google.script.run passes a missing argument as null.
  const chosen = settings == null ? currentSettings(spreadsheet) : storeSettings(validateSettings(settings));
  return lockedBuild(spreadsheet, chosen);
}
