/** The add-on menu (report.md "Menu") and what its items do outside the sidebar. */

import type { BuildResult } from "../shared/bridge";
import type { Lang } from "../shared/lang";
import { headlineText } from "./headline";
import { messages } from "./messages";
import { spreadsheetLang } from "./settings";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The menu's own name is bilingual, so that either reader finds it; its items follow the locale. */
export const MENU_TITLE = "Community Funnel / 社群漏斗";

/** The menu's items, each naming a top-level function of Code.js. */
function addItems(menu: GoogleAppsScript.Base.Menu, caption: (key: MenuKey) => string): void {
  menu
    .addItem(caption("menuOpenSidebar"), "openSidebar")
    .addItem(caption("menuBuild"), "buildReportFromMenu")
    .addSeparator()
    .addItem(caption("menuHelp"), "showHelp")
    .addToUi();
}

type MenuKey = "menuOpenSidebar" | "menuBuild" | "menuHelp";

/**
 * True when onOpen runs in ScriptApp.AuthMode.NONE: an editor add-on installed from the Marketplace
 * and opened in a document where it has not been used yet. Only add-ons see NONE; a bound script's
 * onOpen runs in LIMITED (developers.google.com/apps-script/reference/script/auth-mode).
 */
export function isUnauthorizedOpen(e: unknown): boolean {
  const mode = typeof e === "object" && e !== null ? (e as { authMode?: unknown }).authMode : undefined;
  return mode !== undefined && mode === ScriptApp.AuthMode.NONE;
}

/**
 * The menu in AuthMode.NONE, where every call that needs authorization throws, the spreadsheet's
 * locale included, and a throwing onOpen shows no menu at all: the add-on menu under Extensions
 * (Ui.createAddonMenu, as the add-on menus guide asks, developers.google.com/workspace/add-ons/concepts/menus)
 * with each item in both languages. Session.getActiveUserLocale() is not used: no page of the
 * reference says it is allowed in NONE.
 */
export function addUnauthorizedMenu(): void {
  const en = messages("en");
  const zh = messages("zh");
  addItems(SpreadsheetApp.getUi().createAddonMenu(), (key) => `${en[key]} / ${zh[key]}`);
}

/**
 * The menu once the spreadsheet may be read (LIMITED, FULL, or no event): items in the spreadsheet's
 * language, under the bilingual title. A top-level menu, as a bound script adds it; the guide notes
 * that a published add-on's top-level menu is shown under Extensions instead.
 */
export function addMenu(spreadsheet: Spreadsheet): void {
  const t = messages(spreadsheetLang(spreadsheet));
  addItems(SpreadsheetApp.getUi().createMenu(MENU_TITLE), (key) => t[key]);
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
