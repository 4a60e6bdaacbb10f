/** The add-on menu (report.md "Menu") and what its items do outside the sidebar. */

import type { BuildResult } from "../shared/bridge";
import type { Lang } from "../shared/lang";
import { headlineText } from "./headline";
import { messages } from "./messages";
import { spreadsheetLang } from "./settings";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The menu's own name is bilingual, so that either reader finds it; its items follow the locale. */
export const MENU_TITLE = "Community Funnel / 社群漏斗";

/** Adds the menu; each item names a top-level function of Code.js. */
export function addMenu(spreadsheet: Spreadsheet): void {
  const t = messages(spreadsheetLang(spreadsheet));
  SpreadsheetApp.getUi()
    .createMenu(MENU_TITLE)
    .addItem(t.menuOpenSidebar, "openSidebar")
    .addItem(t.menuBuild, "buildReportFromMenu")
    .addSeparator()
    .addItem(t.menuHelp, "showHelp")
    .addToUi();
}

/** An error's message; errors thrown by Apps Script services are not this realm's Error. */
function messageOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error) return String(error.message);
  return String(error);
}

/**
 * Builds with `build` and reports the outcome in the report's language without a sidebar: the
 * headline as a toast, or the failure's message in an alert (a menu item has nowhere else to show it).
 */
export function buildFromMenu(spreadsheet: Spreadsheet, lang: Lang, build: () => BuildResult): void {
  const t = messages(lang);
  let result: BuildResult;
  try {
    result = build();
  } catch (error) {
    const ui = SpreadsheetApp.getUi();
    ui.alert(t.appTitle, messageOf(error), ui.ButtonSet.OK);
    return;
  }
  spreadsheet.toast(headlineText(result.headline, lang), t.builtToast, 15);
}

export function showHelpAlert(spreadsheet: Spreadsheet): void {
  const t = messages(spreadsheetLang(spreadsheet));
  const ui = SpreadsheetApp.getUi();
  ui.alert(t.appTitle, t.helpText, ui.ButtonSet.OK);
}
