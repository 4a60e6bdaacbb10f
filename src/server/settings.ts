/**
 * Settings saved with the document (DocumentProperties), so every teammate who rebuilds gets the
 * same report. Everything arriving from the sidebar is validated here, with readable errors.
 */
import { parseDay } from "../core/calendar";
import { TABLE_NAMES } from "../core/inputs";
import type { TableName } from "../core/types";
import type { Settings, SheetInfo } from "../shared/bridge";
import { type Lang, langOfLocale } from "../shared/lang";
import { isWindowDays, WINDOW_DAYS } from "../shared/rules";
import { messages } from "./messages";
import { describeSheets, detectSources } from "./sheets";

export const SETTINGS_KEY = "community-funnel:settings";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readLang(value: unknown): Lang | null {
  return value === "en" || value === "zh" ? value : null;
}

/** The sources part of settings; the preview needs nothing else. */
export function validateSources(input: unknown, lang: Lang): Record<TableName, string | null> {
  const t = messages(lang);
  if (!isRecord(input)) throw new Error(t.badSource("members"));
  const sources = {} as Record<TableName, string | null>;
  for (const table of TABLE_NAMES) {
    const value = input[table];
    if (value !== null && value !== undefined && typeof value !== "string")
      throw new Error(t.badSource(table));
    // A blank choice in the sidebar means the table is not used.
    sources[table] = typeof value === "string" && value.trim() !== "" ? value : null;
  }
  return sources;
}

/** Checks settings from the sidebar; throws an Error in the settings' own language. */
export function validateSettings(input: unknown): Settings {
  const lang = readLang(isRecord(input) ? input.lang : null);
  const t = messages(lang ?? "en");
  if (!isRecord(input)) throw new Error(t.badSettings);
  if (lang === null) throw new Error(t.badLang);
  const { weekStartsOn, windowDays } = input;
  if (weekStartsOn !== "monday" && weekStartsOn !== "sunday") throw new Error(t.badWeekStart);
  if (!isWindowDays(windowDays)) throw new Error(t.badWindow);
  // A day may be left out (null, "" or missing); given, it must be YYYY-MM-DD.
  const day = (value: unknown, bad: (text: string) => string): string | null => {
    if (value === null || value === undefined || value === "") return null;
    if (typeof value !== "string" || parseDay(value) === null) throw new Error(bad(String(value)));
    return value.trim();
  };
  const from = day(input.from, (value) => t.badDay("from", value));
  const to = day(input.to, (value) => t.badDay("to", value));
  if (from !== null && to !== null && from > to) throw new Error(t.fromAfterTo(from, to));
  const by = input.by;
  if (by !== null && by !== undefined && typeof by !== "string") throw new Error(t.badBy);
  // Settings saved before the follow-up lists have no focus week: the latest complete one.
  const focusWeek = day(input.focusWeek, t.badFocusWeek);
  return {
    sources: validateSources(input.sources, lang),
    weekStartsOn,
    from,
    to,
    windowDays,
    lang,
    // Settings saved before comparisons existed have none.
    by: typeof by === "string" && by.trim() !== "" ? by.trim() : null,
    focusWeek,
  };
}

function documentProperties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

/** The saved settings, or null when none were saved (or they no longer validate). */
export function loadSettings(): Settings | null {
  const text = documentProperties().getProperty(SETTINGS_KEY);
  if (text === null) return null;
  try {
    return validateSettings(JSON.parse(text));
  } catch {
    // Settings saved by an older version, or edited by hand: start again from the defaults.
    return null;
  }
}

export function storeSettings(settings: Settings): Settings {
  documentProperties().setProperty(SETTINGS_KEY, JSON.stringify(settings));
  return settings;
}

/** The spreadsheet's language: Chinese for a zh* locale. */
export function spreadsheetLang(spreadsheet: Spreadsheet): Lang {
  return langOfLocale(spreadsheet.getSpreadsheetLocale());
}

/** Settings for a document that has none saved: sources detected from the sheets' headers. */
export function defaultSettings(
  spreadsheet: Spreadsheet,
  sheets: readonly SheetInfo[] = describeSheets(spreadsheet),
): Settings {
  const lang = spreadsheetLang(spreadsheet);
  return {
    sources: detectSources(sheets, lang),
    weekStartsOn: "monday",
    from: null,
    to: null,
    windowDays: WINDOW_DAYS.default,
    lang,
    by: null,
    focusWeek: null,
  };
}

/** The saved settings, else the defaults. */
export function currentSettings(spreadsheet: Spreadsheet): Settings {
  return loadSettings() ?? defaultSettings(spreadsheet);
}

/**
 * The language of the messages: the saved settings', else the spreadsheet's. Without reading the
 * sheets, as defaultSettings does to detect sources: four calls a tab for one word.
 */
export function currentLang(spreadsheet: Spreadsheet): Lang {
  return loadSettings()?.lang ?? spreadsheetLang(spreadsheet);
}
