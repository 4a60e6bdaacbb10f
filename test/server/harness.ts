/**
 * The built bundle (dist/Code.js) in the Apps Script stand-in, with the fixtures loaded into sheets
 * as Sheets holds them, and the report read back from the report sheets as metrics.md §8 JSON.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { MUTED_TEXT } from "../../src/core/heatmap";
import { INPUT_TABLES, type TableName } from "../../src/core/inputs";
import type { ReportJson } from "../../src/core/json";
import { RETENTION_WEEKS } from "../../src/core/retention";
import { type AnySection, SECTIONS } from "../../src/core/sections";
import { CHANNEL_TOTAL_COLUMNS, CHANNEL_WEEK_COLUMNS } from "../../src/core/sections/channels";
import { FUNNEL } from "../../src/core/sections/funnel";
import type { SectionPart } from "../../src/core/sections/multi-table";
import { EXCLUDED_LABELS } from "../../src/core/sections/problems";
import type { TableSection } from "../../src/core/sections/section";
import type * as api from "../../src/server/api";
import { parseA1 } from "../../src/shared/a1";
import type { Settings } from "../../src/shared/bridge";
import type { Labels, Lang } from "../../src/shared/lang";
import { type AppsScriptStandIn, createStandIn, interpretEntry, type SheetSnapshot } from "../../src/standin";
import { loadBundle } from "../../src/standin/load-bundle";
import { type Fixture, fixtureGrid } from "../support/fixtures";

export const SPREADSHEET_ZONE = "Asia/Shanghai";
export const SCRIPT_ZONE = "America/New_York";

const ROOT = join(import.meta.dirname, "..", "..");

function newestChange(dir: string): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs;
    }),
  );
}

/**
 * Runs `npm run build` unless dist/Code.js is newer than every file it is built from, so the tests
 * run the code they name without each test file paying seven seconds for the build.
 */
export function buildBundle(): void {
  const bundle = join(ROOT, "dist", "Code.js");
  const sources = Math.max(newestChange(join(ROOT, "src")), newestChange(join(ROOT, "scripts")));
  if (existsSync(bundle) && statSync(bundle).mtimeMs > sources) return;
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "pipe" });
}

/** The server functions of Code.js: the exports of src/server/api.ts, as top-level functions. */
export type Server = typeof api;

/** The same functions called with anything, as a browser (or a bug in the sidebar) could call them. */
export function untyped(server: Server): Record<keyof Server, (...args: unknown[]) => unknown> {
  return server as unknown as Record<keyof Server, (...args: unknown[]) => unknown>;
}

export interface Opened {
  standIn: AppsScriptStandIn;
  server: Server;
}

export type SheetInput = { name: string; values: unknown[][] };

/** A spreadsheet in Asia/Shanghai run by a script in America/New_York, with Code.js loaded. */
export function openSpreadsheet(
  sheets: SheetInput[] = [{ name: "Sheet1", values: [] }],
  locale = "en_US",
): Opened {
  const standIn = createStandIn({
    spreadsheetTimeZone: SPREADSHEET_ZONE,
    scriptTimeZone: SCRIPT_ZONE,
    locale,
    htmlFiles: { Sidebar: "<!doctype html><title>Sidebar</title>" },
    sheets,
  });
  return { standIn, server: loadBundle(standIn.globals, join(ROOT, "dist", "Code.js")) as unknown as Server };
}

const DATE_TEXT = /^\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

/**
 * A CSV cell as Sheets holds it after an import: date-looking text as a Date (wall clock in the
 * spreadsheet's zone), canonical numbers as numbers, everything else as the text it was.
 */
export function asSheetsHoldsIt(text: string): unknown {
  if (DATE_TEXT.test(text)) {
    const entry = interpretEntry(text, "General", SPREADSHEET_ZONE);
    if (entry.value instanceof Date || Object.prototype.toString.call(entry.value) === "[object Date]") {
      return entry.value;
    }
  }
  if (/^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/.test(text) && String(Number(text)) === text) return Number(text);
  return text;
}

/** Each table's English data sheet: Members, Activity, Orders… */
export const INPUT_NAMES = Object.fromEntries(INPUT_TABLES.map((t) => [t.name, t.dataSheet.en])) as Record<
  TableName,
  string
>;

/** The fixture's tables as input sheets named Members, Activity, Orders… */
export function fixtureSheets(fixture: Fixture, scale = 1): SheetInput[] {
  const sheets: SheetInput[] = [];
  for (const { name: table } of INPUT_TABLES) {
    const grid = fixtureGrid(fixture, table);
    if (!grid) continue;
    const [header, ...rows] = grid;
    const repeated = Array.from({ length: scale }, () => rows).flat();
    sheets.push({
      name: INPUT_NAMES[table],
      values: [header, ...repeated].map((r) => r.map(asSheetsHoldsIt)),
    });
  }
  return sheets;
}

/** Every catalogue table's source: the sheets chosen, null (not used) for the others. */
export function sourcesOf(chosen: Partial<Settings["sources"]>): Settings["sources"] {
  return Object.fromEntries(
    INPUT_TABLES.map(({ name }) => [name, chosen[name] ?? null]),
  ) as Settings["sources"];
}

export function settingsFor(fixture: Fixture, lang: Lang = "en"): Settings {
  const sources = Object.fromEntries(
    INPUT_TABLES.map(({ name }) => [name, fixture.files[name] ? INPUT_NAMES[name] : null]),
  ) as Settings["sources"];
  return {
    sources,
    weekStartsOn: "monday",
    from: null,
    to: null,
    windowDays: fixture.windowDays,
    lang,
    by: fixture.by,
    focusWeek: null,
  };
}

export function sheetNamed(standIn: AppsScriptStandIn, name: string): SheetSnapshot {
  const sheet = standIn.snapshot().find((s) => s.name === name);
  if (!sheet)
    throw new Error(
      `no sheet named ${name}: ${standIn
        .snapshot()
        .map((s) => s.name)
        .join(", ")}`,
    );
  return sheet;
}

/** The sheets marked as the add-on's report, by kind. */
export function reportSheets(standIn: AppsScriptStandIn): Map<string, SheetSnapshot> {
  const found = new Map<string, SheetSnapshot>();
  for (const sheet of standIn.snapshot()) {
    const mark = sheet.metadata.find((m) => m.key === "community-funnel:report");
    if (mark) found.set(mark.value ?? "", sheet);
  }
  return found;
}

/**
 * Reads a table whose header row is `headerRow` (1-based): rows until the first row blank across
 * the table (a row's first cell may be blank: a post without an id, a type left empty).
 */
function readTable(
  sheet: SheetSnapshot,
  headerRow: number,
  width: number,
): { values: unknown[][]; shown: string[][] } {
  const values: unknown[][] = [];
  const shown: string[][] = [];
  const blank = (r: number): boolean => sheet.values[r].slice(0, width).every((v) => v === "");
  for (let r = headerRow; r < sheet.values.length && !blank(r); r++) {
    values.push(sheet.values[r].slice(0, width));
    shown.push(sheet.displayValues[r].slice(0, width));
  }
  return { values, shown };
}

interface Keyed {
  key: string;
  kind: string;
  en: string;
  zh: string;
  blank?: Labels;
}

/** A cell as the JSON holds it: a Chinese sheet's 是/否 are the booleans true/false. */
function fromSheet(value: unknown, kind: string): unknown {
  if (kind === "bool" && (value === "是" || value === "否")) return value === "是";
  return value;
}

/** Rows of a report table as JSON objects: days as the dates Sheets shows, blanks as null (as "" for text). */
function rowsOf(
  sheet: SheetSnapshot,
  headerRow: number,
  columns: readonly Keyed[],
  lang: Lang,
): Record<string, unknown>[] {
  const { values, shown } = readTable(sheet, headerRow, columns.length);
  return values.map((row, r) =>
    Object.fromEntries(
      columns.map((c, i) => [
        c.key,
        c.kind === "day"
          ? shown[r][i]
          : row[i] === "" && c.kind !== "text"
            ? null
            : // A named blank ("(blank)") is "" in the JSON.
              c.blank && row[i] === c.blank[lang]
              ? ""
              : fromSheet(row[i], c.kind),
      ]),
    ),
  );
}

/** The rows of the table on a sheet whose header row holds `columns`' labels. */
function tableOnSheet(
  sheet: SheetSnapshot,
  columns: readonly Keyed[],
  lang: Lang,
): Record<string, unknown>[] {
  const labels = columns.map((c) => c[lang]);
  const headerRow = sheet.values.findIndex((row) => labels.every((label, i) => row[i] === label)) + 1;
  expect(headerRow, `a table headed ${labels.join(" | ")} on ${sheet.name}`).toBeGreaterThan(0);
  return rowsOf(sheet, headerRow, columns, lang);
}

/** The value beside a label anywhere on a sheet (the provenance block's "Time zone" …). */
function besideLabel(sheet: SheetSnapshot, label: string): unknown {
  for (const row of sheet.values) {
    const at = row.indexOf(label);
    if (at >= 0) return row[at + 1];
  }
  throw new Error(`no "${label}" on the sheet ${sheet.name}`);
}

/**
 * The retention grid read back (insights.md §11): a row's rates up to its cohort's last week in the
 * range, blank as null, `complete` from the cells' mark, `active` from the rates and the cohort size.
 */
function retentionFromSheet(sheet: SheetSnapshot | undefined, lang: Lang): Record<string, unknown>[] | null {
  if (!sheet) return null;
  const headerRow = sheet.values.findIndex((row) => row[0] === FUNNEL.columns[0][lang]) + 1;
  // The grid's header runs up to its first blank cell; the side column stands past it.
  const header = sheet.values[headerRow - 1];
  const width = header.indexOf("") < 0 ? header.length : header.indexOf("");
  const rows = readTable(sheet, headerRow, width);
  return rows.values.map((row, w) => {
    const weeks = Array.from({ length: Math.min(RETENTION_WEEKS, rows.values.length - w) }, (_, k) => k + 2);
    const joined = row[1] as number;
    const rates = weeks.map((c) => (row[c] === "" ? null : (row[c] as number)));
    return {
      weekStart: rows.shown[w][0],
      joined,
      active: rates.map((rate) => (rate === null ? 0 : Math.round(rate * joined))),
      rates,
      complete: weeks.map((c) => sheet.fontColors[headerRow + w][c] !== MUTED_TEXT),
    };
  });
}

/**
 * channels (insights.md §14) read back: the totals and then the weekly rows, each table under its
 * own header row; the totals without the days and window the sheet shows beside them.
 */
function channelsFromSheet(sheet: SheetSnapshot | undefined, lang: Lang): Record<string, unknown> | null {
  if (!sheet) return null;
  const totals = tableOnSheet(sheet, CHANNEL_TOTAL_COLUMNS, lang);
  return {
    weekly: tableOnSheet(sheet, CHANNEL_WEEK_COLUMNS, lang),
    totals: totals.map(({ from: _, to: __, complete: ___, windowDays: ____, ...row }) => row),
  };
}

/**
 * The JSON report (metrics.md §8) as read back from the report sheets: each table section from
 * its sheet by its columns, the problems and excluded totals, and the zone and week start from
 * what the sheets say they were built with.
 */
export function reportFromSheets(standIn: AppsScriptStandIn, lang: Lang = "en"): ReportJson {
  const sheets = reportSheets(standIn);
  const json: Record<string, unknown> = {};
  for (const section of SECTIONS as readonly AnySection[]) {
    const sheet = sheets.get(section.id);
    if ("columns" in section) {
      json[section.id] = sheet
        ? tableOnSheet(sheet, (section as TableSection<string, unknown>).columns, lang)
        : null;
    } else if ("parts" in section) {
      const parts = Object.entries(section.parts as Record<string, SectionPart<unknown>>);
      json[section.id] = sheet
        ? Object.fromEntries(parts.map(([key, part]) => [key, tableOnSheet(sheet, part.columns, lang)]))
        : null;
    }
  }
  json.retention = retentionFromSheet(sheets.get("retention"), lang);
  json.channels = channelsFromSheet(sheets.get("channels"), lang);
  const problemsSheet = sheets.get("problems")!;
  const tableNames = Object.fromEntries(INPUT_TABLES.map((t) => [t.label.zh, t.name]));
  const problems = readTable(problemsSheet, 1, 5).values.map(([table, row, column, value, message]) => ({
    table: (lang === "zh" ? tableNames[table as string] : undefined) ?? (table as string),
    row: row as number,
    column: column as string,
    value: String(value),
    message: message as string,
  }));
  const excludedColumn = problemsSheet.values[0].indexOf(lang === "zh" ? "排除统计" : "Excluded");
  const excluded: Record<string, number> = {};
  for (const row of problemsSheet.values.slice(1)) {
    const label = EXCLUDED_LABELS.find((x) => x[lang] === row[excludedColumn]);
    if (label) excluded[label.json] = row[excludedColumn + 1] as number;
  }
  const daily = (json.daily ?? []) as Record<string, unknown>[];
  const range = daily.length
    ? { from: daily[0].date as string, to: daily[daily.length - 1].date as string }
    : { from: null, to: null };
  const weekStart = besideLabel(problemsSheet, lang === "zh" ? "每周开始于" : "Week starts on");
  return {
    ...(json as Pick<ReportJson, "daily" | "weekly" | "funnel">),
    timeZone: besideLabel(problemsSheet, lang === "zh" ? "时区" : "Time zone") as string,
    weekStartsOn: weekStart === "Sunday" || weekStart === "周日" ? "sunday" : "monday",
    range,
    excluded,
    problems,
  };
}

/**
 * What a chart plots, as Sheets merges its ranges' columns left to right: each column's header and
 * the values it shows (the domain first, then each series in the order its options name them).
 */
export function chartColumns(sheet: SheetSnapshot, chart: SheetSnapshot["charts"][number]): string[][] {
  return chart.ranges.flatMap((a1) => {
    const r = parseA1(a1);
    const columns: string[][] = [];
    for (let c = r.startColumn! - 1; c < r.endColumn!; c++) {
      columns.push(sheet.displayValues.slice(r.startRow! - 1, r.endRow!).map((row) => row[c] ?? ""));
    }
    return columns;
  });
}

/** A fixed point to compare input sheets before and after. */
export function cellsOf(sheet: SheetSnapshot): unknown {
  return { values: sheet.values, numberFormats: sheet.numberFormats, fontWeights: sheet.fontWeights };
}
