/** The sidebar: opening it, and the state it starts from. */
import type { SidebarState } from "./bridge-types";
import { messages } from "./messages";
import { currentSettings } from "./settings";
import { describeSheets } from "./sheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Shows dist/Sidebar.html, titled in the report's language. */
export function showSidebar(spreadsheet: Spreadsheet): void {
  const title = messages(currentSettings(spreadsheet).lang).appTitle;
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(title));
}

export function sidebarState(spreadsheet: Spreadsheet): SidebarState {
  const settings = currentSettings(spreadsheet);
  return {
    lang: settings.lang,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    settings,
    sheets: describeSheets(spreadsheet),
  };
}
