/** The sidebar: opening it, and the state it starts from. */
import { INPUT_TABLES } from "../core/inputs";
import { READING_ORDER } from "../core/sections";
import type { SidebarState, TableInfo } from "../shared/bridge";
import { messages } from "./messages";
import { currentLang, defaultSettings, loadSettings } from "./settings";
import { describeSheets } from "./sheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Shows dist/Sidebar.html, titled in the report's language. */
export function showSidebar(spreadsheet: Spreadsheet): void {
  const title = messages(currentLang(spreadsheet)).appTitle;
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(title));
}

/** The input catalogue as the sidebar shows it: it holds no copy of its own. */
const TABLES: TableInfo[] = INPUT_TABLES.map((t) => ({
  name: t.name,
  required: t.required,
  label: t.label,
  about: t.about,
  dataSheet: t.dataSheet,
  fields: t.fields.map((f) => ({ name: f.name, label: f.label })),
}));

export function sidebarState(spreadsheet: Spreadsheet): SidebarState {
  // Described once: a document without saved settings detects its sources from the same list.
  const sheets = describeSheets(spreadsheet);
  const settings = loadSettings() ?? defaultSettings(spreadsheet, sheets);
  return {
    lang: settings.lang,
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    settings,
    sheets,
    tables: TABLES,
    reportSheets: READING_ORDER.filter((s) => s.sheet).map((s) => ({ id: s.id, title: s.title })),
  };
}
