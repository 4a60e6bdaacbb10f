/**
 * The report's tables as labelled columns, shared by every door: the CLI's table/csv/xlsx,
 * the custom functions' spilled tables and the report sheets. Values stay typed (days as Day,
 * money in yuan, rates as fractions, null for empty); each door formats them its own way.
 */

import type { ColumnKind, LayoutValue } from "../shared/display";
import type { Labels, Lang } from "../shared/lang";
import type { ZoneClock } from "./calendar";
import type { WeekGmvRow } from "./gmv";
import { MUTED_TEXT } from "./heatmap";
import type { Problem } from "./types";

export type { ColumnKind, LayoutValue };

/** An empty segment or post type as people read it (Column.blank). */
export const BLANK_TEXT: Labels = { en: "(blank)", zh: "(未填)" };

export interface Column<R> {
  key: string;
  en: string;
  zh: string;
  kind: ColumnKind;
  get(row: R): LayoutValue;
  /** How people read an empty text ("") of this column, "(blank)"; the JSON keeps "". */
  blank?: Labels;
}

export interface LayoutTable {
  /** File-name-safe id, unique in the report: daily, weekly, funnel, problems, excluded… */
  id: string;
  title: string;
  /** Each column's key: the JSON's key where the table is a JSON list, and what charts refer to. */
  keys: string[];
  headers: string[];
  kinds: ColumnKind[];
  /**
   * A row may be shorter than the headers (a cohort's weeks stop at the range's end): the cells past
   * its end lie outside the data and stay blank, where an empty value (null) shows as "—".
   */
  rows: LayoutValue[][];
  /** For a label/value table (excluded): the kind of each row's value, overriding `kinds`. */
  rowKinds?: ColumnKind[];
  /** The xlsx worksheet it shares with the other tables of that name, each under its title; by default its own. */
  sheet?: string;
  /**
   * How each data cell looks on the report sheet and in xlsx, row by row like `rows` (null, or a
   * short row: the default): CSS background colours (a heatmap's shades) and font colours (a mark).
   */
  backgrounds?: (string | null)[][];
  fontColors?: (string | null)[][];
  /** What those colours mean (its section's notes), for a writer that shows the table alone: xlsx. */
  notes?: string[];
  /**
   * How many rows from the top a chart of final values plots, when fewer than all: up to the last
   * complete week, or short of a last day the export may have cut (either would plot as a collapse).
   */
  finalRows?: number;
}

/** A row's cells across `width` columns, each made by `cell`; those past a short row's end are `blank`. */
export function fullRow<V, T>(
  row: readonly V[],
  width: number,
  cell: (value: V, column: number) => T,
  blank: T,
): T[] {
  return Array.from({ length: width }, (_, i) => (i < row.length ? cell(row[i], i) : blank));
}

/** The kind of one cell of a layout table. */
export function kindAt(table: LayoutTable, row: number, column: number): ColumnKind {
  return (column === table.kinds.length - 1 && table.rowKinds?.[row]) || table.kinds[column];
}

/** Integer cents as yuan, for display and JSON: exact to the cent as a double. */
export const centsToYuan = (cents: number | null): number | null => (cents === null ? null : cents / 100);
const money = centsToYuan;

/**
 * A layout value as a spreadsheet cell: an empty value is "" (a blank cell); a day is the Date
 * of its midnight in the spreadsheet's zone, so Sheets (which shows Dates in that zone) shows
 * that very day. Shared by the custom functions and the report sheets.
 */
export function sheetValue(
  value: LayoutValue,
  kind: ColumnKind,
  clock: ZoneClock,
): string | number | boolean | Date {
  if (value === null) return "";
  if (kind === "day" && typeof value === "number") return new Date(clock.startOfDay(value));
  return value;
}

/** A column that reads the row's own field `key`. */
export function column<R>(key: keyof R & string, en: string, zh: string, kind: ColumnKind): Column<R> {
  return { key, en, zh, kind, get: (row) => row[key] as LayoutValue };
}

/** WEEKLY_GMV's spilled table (functions.md): a week and its GMV. */
export const WEEKLY_GMV_COLUMNS: readonly Column<WeekGmvRow>[] = [
  column("weekStart", "Week", "周", "day"),
  { key: "gmv", en: "GMV", zh: "GMV", kind: "money", get: (w) => money(w.gmvCents) },
];

/** Headers of a column list in a language. */
export function headersOf<R>(columns: readonly Column<R>[], lang: Lang): string[] {
  return columns.map((c) => c[lang]);
}

/** Rows of a column list for people in `lang`: an empty text of a column with a `blank` named. */
export function rowsOf<R>(columns: readonly Column<R>[], rows: readonly R[], lang: Lang): LayoutValue[][] {
  return rows.map((row) =>
    columns.map((c) => {
      const value = c.get(row);
      return value === "" && c.blank ? c.blank[lang] : value;
    }),
  );
}

/** A table of a column list's rows, titled in a language. */
export function tableOf<R>(
  id: string,
  title: string,
  columns: readonly Column<R>[],
  rows: readonly R[],
  lang: Lang,
): LayoutTable {
  const keys = columns.map((c) => c.key);
  const values = rowsOf(columns, rows, lang);
  const table: LayoutTable = {
    id,
    title,
    keys,
    headers: headersOf(columns, lang),
    kinds: columns.map((c) => c.kind),
    rows: values,
  };
  // A week cut short by the range (or a cohort whose window runs past it) is not final: its row is
  // greyed, on every table that says so, also when every row is final (the sheet's calls stay fixed).
  const complete = keys.indexOf("complete");
  if (complete >= 0) {
    // Two rows shared by every row (a breakdown has one per segment and week): read, never written.
    const [grey, plain] = [columns.map(() => MUTED_TEXT), columns.map(() => null)];
    table.fontColors = values.map((row) => (row[complete] === false ? grey : plain));
    let last = values.length - 1;
    while (last >= 0 && values[last][complete] !== true) last--;
    if (last >= 0) table.finalRows = last + 1;
  }
  return table;
}

/**
 * The table with its last row greyed and left out of charts of final values when `open`: the data's
 * last day, which an export taken during it cut short. Colours are set either way (the sheet's calls
 * stay fixed); a table of one row keeps it in charts, so they are not empty.
 */
export function withLastRow(table: LayoutTable, open: boolean): LayoutTable {
  const { rows, headers } = table;
  const plain = headers.map(() => null);
  const fontColors = rows.map((_, i) => table.fontColors?.[i] ?? plain);
  if (!open || rows.length < 2) return { ...table, fontColors };
  fontColors[rows.length - 1] = headers.map(() => MUTED_TEXT);
  return { ...table, fontColors, finalRows: Math.min(table.finalRows ?? rows.length, rows.length - 1) };
}

/** A problem's column for people: 入群时间 (joined_at), or the field alone where they agree. */
export function problemColumn(p: Problem): string {
  return p.header && p.header !== p.column ? `${p.header} (${p.column})` : p.column;
}
