/**
 * createStandIn(): one in-memory spreadsheet plus the Apps Script services a Sheets add-on uses,
 * as globals for the built bundle (`node:vm` in tests, the playground server in development).
 */

import { AuthMode, type AuthModeName, type Authorization, scriptAppFacade } from "./auth";
import { chartsServiceFacade } from "./charts";
import { assertTimeZone } from "./dates";
import { interpretEntry, type PlainTextRule, TEXT_FORMAT } from "./entry";
import { createSpreadsheetContext } from "./facades";
import { type HtmlOutputState, htmlServiceFacade } from "./html";
import { lockServiceFacade } from "./lock";
import { propertiesServiceFacade } from "./properties";
import { Registry } from "./registry";
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS } from "./sheet-model";
import { type SheetSnapshot, snapshotSpreadsheet } from "./snapshot";
import { spreadsheetAppFacade } from "./spreadsheet";
import { SpreadsheetModel } from "./spreadsheet-model";
import { type CallLog, createCallLog, resetCallLog } from "./strict";
import { createUiLog, type MenuRecord, type UiLog, uiFacade } from "./ui";
import { loggerFacade, sessionFacade, utilitiesFacade } from "./utilities";

export interface StandInOptions {
  /** The spreadsheet's zone, used for display and typed dates. Default "Asia/Shanghai". */
  spreadsheetTimeZone?: string;
  /** Session.getScriptTimeZone(). Default "America/New_York": deliberately not the spreadsheet's. */
  scriptTimeZone?: string;
  /** Spreadsheet.getSpreadsheetLocale(). Default "en_US". */
  locale?: string;
  /** Session.getActiveUserLocale(). Default "en". */
  userLocale?: string;
  /**
   * The run's ScriptApp.AuthMode. NONE is an editor add-on's onOpen in a document where it has not
   * been used: SpreadsheetApp.getActive*(), the Spreadsheet and PropertiesService then throw. Default FULL.
   */
  authMode?: AuthModeName;
  /**
   * How a plain-text ("@") cell stores a string a script writes that starts with "=" or "'":
   * "sheets" as Sheets does (a formula; the apostrophe dropped), the default; "literal" as written
   * (see entry.ts for the sources). The add-on escapes such text itself (server/writing.ts).
   */
  plainTextCells?: PlainTextRule;
  /** Project HTML files by name ("Sidebar" or "Sidebar.html"), for HtmlService. */
  htmlFiles?: Record<string, string>;
  /**
   * Initial sheets, in tab order. Values are stored as they are, as if already in the sheet (no
   * typed-entry conversion). Each sheet is at least 1000×26. Default: one empty "Sheet1".
   */
  sheets?: { name: string; values: unknown[][] }[];
}

export interface AppsScriptStandIn {
  /** SpreadsheetApp, PropertiesService, LockService, HtmlService, Session, Utilities, Charts, ScriptApp, Logger, console. */
  globals: Record<string, unknown>;
  /** Runs what follows in another authorization mode, as the next trigger or menu click would. */
  setAuthMode(mode: AuthModeName): void;
  /** The event Sheets passes to onOpen (and onInstall) in the current mode. */
  openEvent(): { authMode: string; source: object };
  /** Calls on Spreadsheet, Sheet, Range, chart and metadata objects, by "Class.method". Live. */
  calls: CallLog;
  resetCalls(): void;
  snapshot(): SheetSnapshot[];
  /** Menus, sidebars, dialogs, alerts and toasts the script showed. Live. */
  ui: UiLog;
  /** Lines written with Logger.log. Live. */
  logs: string[];
}

const DEFAULTS = {
  spreadsheetTimeZone: "Asia/Shanghai",
  scriptTimeZone: "America/New_York",
  locale: "en_US",
  userLocale: "en",
} as const;

function loadSheets(model: SpreadsheetModel, sheets: NonNullable<StandInOptions["sheets"]>): void {
  if (sheets.length === 0) throw new Error("A spreadsheet needs at least one sheet.");
  for (const { name, values } of sheets) {
    const rows = Math.max(DEFAULT_MAX_ROWS, values.length);
    // A loop, not Math.max(...rows): spreading hundreds of thousands of rows overflows the stack.
    const columns = values.reduce((widest, row) => Math.max(widest, row.length), DEFAULT_MAX_COLUMNS);
    const sheet = model.addSheet(name, model.sheets.length, rows, columns);
    values.forEach((row, r) => {
      row.forEach((value, c) => {
        // The text format stores strings literally and still validates every other value.
        const entry = interpretEntry(value, TEXT_FORMAT, model.timeZone, "literal");
        if (entry.value === "") return;
        const cell = sheet.grid.write(r + 1, c + 1);
        cell.value = entry.value;
      });
    });
  }
}

export function createStandIn(options: StandInOptions = {}): AppsScriptStandIn {
  const settings = {
    spreadsheetTimeZone: options.spreadsheetTimeZone ?? DEFAULTS.spreadsheetTimeZone,
    scriptTimeZone: options.scriptTimeZone ?? DEFAULTS.scriptTimeZone,
    locale: options.locale ?? DEFAULTS.locale,
    userLocale: options.userLocale ?? DEFAULTS.userLocale,
  };
  assertTimeZone(settings.spreadsheetTimeZone);
  assertTimeZone(settings.scriptTimeZone);

  const spreadsheet = new SpreadsheetModel(
    settings.spreadsheetTimeZone,
    settings.locale,
    options.plainTextCells ?? "sheets",
  );
  loadSheets(spreadsheet, options.sheets ?? [{ name: "Sheet1", values: [] }]);

  const calls = createCallLog();
  const auth: Authorization = { mode: options.authMode ?? "FULL" };
  const ctx = createSpreadsheetContext(spreadsheet, calls, auth);
  const ui = createUiLog(spreadsheet.toasts);
  const logs: string[] = [];
  const htmlOutputs = new Registry<HtmlOutputState>("HtmlOutput");
  const menus = new Registry<MenuRecord>("Menu");

  const globals: Record<string, unknown> = {
    SpreadsheetApp: spreadsheetAppFacade(ctx, () => uiFacade(ui, htmlOutputs, menus)),
    PropertiesService: propertiesServiceFacade(auth),
    LockService: lockServiceFacade(),
    HtmlService: htmlServiceFacade(options.htmlFiles ?? {}, htmlOutputs),
    Session: sessionFacade({ scriptTimeZone: settings.scriptTimeZone, userLocale: settings.userLocale }),
    Utilities: utilitiesFacade(),
    Charts: chartsServiceFacade(),
    ScriptApp: scriptAppFacade(),
    Logger: loggerFacade(logs),
    console,
  };

  return {
    globals,
    setAuthMode: (mode: AuthModeName): void => {
      auth.mode = mode;
    },
    openEvent: () => ({ authMode: AuthMode[auth.mode], source: ctx.facades.spreadsheet() }),
    calls,
    resetCalls: (): void => resetCallLog(calls),
    snapshot: (): SheetSnapshot[] => snapshotSpreadsheet(spreadsheet),
    ui,
    logs,
  };
}
