/**
 * Authorization modes (ScriptApp.AuthMode). An editor add-on's onOpen runs in AuthMode.NONE when the
 * add-on is installed but not yet used in the document: "a mode that does not allow access to any
 * services that require authorization" (developers.google.com/apps-script/reference/script/auth-mode;
 * the menus guide adds: don't read Properties in NONE, developers.google.com/workspace/add-ons/concepts/menus).
 * The stand-in runs in one mode, FULL unless told otherwise, and the services that need
 * authorization throw in NONE as they would in Apps Script.
 */

import { enumOf } from "./enums";
import { type ApiOf, strictObject } from "./strict";

export const AuthMode = enumOf(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);

/**
 * The modes a stand-in can run in. CUSTOM_FUNCTION is the one a formula runs in: the spreadsheet
 * is "read only (can use most get*() methods, but not set*())" and there is no Ui
 * (developers.google.com/apps-script/guides/sheets/functions, "Using Apps Script services").
 */
export type AuthModeName = "NONE" | "CUSTOM_FUNCTION" | "LIMITED" | "FULL";

export interface Authorization {
  mode: AuthModeName;
}

/** Throws Apps Script's permission error for `call` when the run may not use authorized services. */
export function requireAuthorization(auth: Authorization, call: string, scope?: string): void {
  if (auth.mode === "NONE") {
    const required = scope === undefined ? "" : ` Required permissions: ${scope}`;
    throw new Error(`You do not have permission to call ${call}.${required}`);
  }
}

/** Throws Apps Script's permission error for a Spreadsheet-side call a custom function may not make. */
export function requireWritable(auth: Authorization, call: string): void {
  if (auth.mode === "CUSTOM_FUNCTION" && !/\.(get|is|has)[A-Z]/.test(call))
    throw new Error(`You do not have permission to call ${call.slice(call.indexOf(".") + 1)}`);
}

/** The scope the add-on's manifest grants for its own spreadsheet. */
export const CURRENT_SPREADSHEET_SCOPE = "https://www.googleapis.com/auth/spreadsheets.currentonly";

/** ScriptApp: only its AuthMode enum, what add-ons compare `e.authMode` with. */
export function scriptAppFacade(): object {
  const members = {
    AuthMode: strictObject("AuthMode", AuthMode),
  } satisfies ApiOf<GoogleAppsScript.Script.ScriptApp>;
  return strictObject("ScriptApp", members);
}
