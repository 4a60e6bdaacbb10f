/**
 * What crosses HTTP between the playground server and its page. JSON only: Dates travel as ISO
 * strings, and `kinds` says which cells were numbers or dates so the page can align them as Sheets does.
 */
import type { ChartSnapshot } from "../standin/snapshot";

/** A cell value as JSON: a Date becomes its ISO string, a blank cell "". */
export type JsonCell = string | number | boolean;

/** n number, d date, b boolean, s text, "" blank. */
export type CellKind = "n" | "d" | "b" | "s" | "";

/** A chart as the stand-in records it (its ranges in A1, on its own sheet unless named). */
export type ChartView = Omit<ChartSnapshot, "id">;

export interface SheetView {
  name: string;
  /** Sheet.getSheetId(), which the sidebar's "#gid=" links name. */
  sheetId: number;
  hidden: boolean;
  values: JsonCell[][];
  displayValues: string[][];
  kinds: CellKind[][];
  fontWeights: string[][];
  /** Each cell's background and font colour (CSS), null for the default. */
  backgrounds: (string | null)[][];
  fontColors: (string | null)[][];
  frozenRows: number;
  /** Pixel width of each column, A first. */
  columnWidths: number[];
  charts: ChartView[];
  /** Formulas typed in the playground's formula bar, by cell ("H2"). */
  formulas: Record<string, string>;
}

export interface PlaygroundSnapshot {
  /** Goes up with every change, so the page can tell a stale view. */
  version: number;
  /** Spreadsheet.getSpreadsheetLocale(): the page speaks Chinese for zh*, English otherwise. */
  locale: string;
  activeSheet: string | null;
  /** The active sheet's selection when the add-on set one (a follow-up list's block), in A1. */
  activeRange: string | null;
  sheets: SheetView[];
  /** The menus onOpen added, as Sheets shows them in its menu bar. */
  menus: { name: string; items: { caption: string; functionName: string }[] }[];
  /** The title the add-on gave its sidebar, once it has shown one. */
  sidebarTitle: string | null;
  /** How many times the add-on showed its sidebar (the page reopens it when this grows). */
  sidebarsShown: number;
  /** Every alert the add-on showed, oldest first. */
  alerts: string[];
  /** Every toast the add-on showed ("title: message"), oldest first. */
  toasts: string[];
}

/** GET /api/sheets: every sheet's values, for tests and scripts. */
export interface SheetsResponse {
  sheets: { name: string; values: JsonCell[][] }[];
}

export interface RunRequest {
  name: string;
  args?: unknown[];
}

export interface FormulaRequest {
  sheet: string;
  cell: string;
  /** A formula ("=…"), or a value to store as if typed; "" clears the cell. */
  formula: string;
}

export interface FormulaResponse {
  /**
   * done: stored or evaluated; error: the function failed (the cell shows #ERROR! or #REF!);
   * unsupported: not a formula the playground evaluates, nothing was changed.
   */
  status: "done" | "error" | "unsupported";
  /** Why, for error and unsupported; for done, the #REF! of a formula whose spill the entry stopped. */
  message: string | null;
  /** The cells written, in A1 ("H2:T9"), or null when nothing was written. */
  range: string | null;
  version: number;
}

export interface ErrorResponse {
  message: string;
}
