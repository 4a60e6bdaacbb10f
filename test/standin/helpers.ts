/** Typed access to a fresh stand-in, as the bundle would see it. */

import { type AppsScriptStandIn, createStandIn, type StandInOptions } from "../../src/standin";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface Opened {
  standIn: AppsScriptStandIn;
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  ss: Spreadsheet;
  sheet: Sheet;
}

export function open(options?: StandInOptions): Opened {
  const standIn = createStandIn(options);
  const app = standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActive();
  return { standIn, app, ss, sheet: ss.getActiveSheet() };
}

/** A global of the stand-in, typed as the real service. */
export function service<T>(standIn: AppsScriptStandIn, name: string): T {
  return standIn.globals[name] as T;
}
