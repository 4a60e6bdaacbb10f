/**
 * What a report section is: the one declaration every door reads — its JSON keys, its tables
 * for the CLI (table, csv, xlsx) and the custom functions, and its report sheet as a declarative
 * layout that one generic planner (server/report-sheets.ts) writes. See docs/architecture.md.
 */
import { formatDay } from "../../shared/days";
import type { ColumnKind, LayoutValue } from "../../shared/display";
import type { Labels, Lang } from "../../shared/lang";
import { type Column, type LayoutTable, tableOf } from "../layout";
import type { ReportRun } from "../report";
import type { ReportBase } from "../types";

/** A label/value block beside a sheet's table: the latest cohort's funnel, the excluded totals. */
export interface LabelBlock {
  /** Unique on its sheet: charts name the block they read. */
  id: string;
  /** Its first row, bold: "Stage | Joined in the week of …". */
  title: [string, string];
  rows: { label: string; value: LayoutValue; kind: ColumnKind }[];
}

/** How a value axis reads: counts and money as #,##0 from 0, rates as % from 0, multiples as 1.5x. */
export type AxisKind = "count" | "rate" | "multiple";

/** An embedded chart, by what it plots: it reads the report's own cells. */
export interface ChartLayout {
  type: "combo" | "line" | "bar" | "column";
  title: Labels;
  /**
   * Columns of one of the sheet's tables by key, the domain first (only its final rows when asked:
   * LayoutTable.finalRows), or a whole side block.
   */
  source: { table: string; keys: readonly string[]; finalOnly?: boolean } | { block: string };
  /** Per series after the domain, in order: bars or a line (combo charts), and its value axis. */
  series?: readonly { as?: "bars" | "line"; axis?: 0 | 1 }[];
  /** The value axes: the left one, and the right one when series use it. */
  axes: readonly AxisKind[];
  legend?: "none";
  stacked?: boolean;
}

/**
 * Lines of text down column A, the first bold: the caption of the table right below it, which
 * follows without an empty row (a list's title with its count, and who is on it).
 */
export interface TextItem<V> {
  kind: "text";
  /** Unique on its sheet: the row the sidebar's links open (SheetPlan.anchors). */
  id: string;
  lines(value: V, base: ReportBase, lang: Lang): string[];
}

/** What stands in a sheet's side column, top to bottom, one empty row apart. */
export type SideItem<V> =
  | { kind: "provenance" }
  | { kind: "block"; make(value: V, base: ReportBase, lang: Lang): LabelBlock }
  | { kind: "chart"; chart: ChartLayout }
  /** A line of text in the side column: a legend of the table beside it. */
  | { kind: "note"; note: Labels };

/** A line of text down column A: what the table below it shows (a legend). */
export interface NoteItem {
  note: Labels;
}

export interface SheetLayout<V> {
  /** The sheet a build opens: first of the tabs, and of the CLI's tables. */
  first?: true;
  /**
   * Down column A from row 1, one empty row apart: the headline of the latest complete week,
   * notes, captions and the section's tables by id (one its value did not make is left out). Rows
   * are frozen down to the first table's header.
   */
  main: readonly ("headline" | NoteItem | TextItem<V> | (string & {}))[];
  /** Each table of `main` under its title, in a row of its own: for a sheet of several tables. */
  titled?: true;
  /** The sheet's name when the value decides it (a breakdown's field); else the section's title. */
  name?(value: V): Labels;
  /** "none": no rows frozen, for tables stacked one below the other. */
  freeze?: "none";
  /** Where the side column starts: row 1, or below the frozen rows (so scrolling never cuts it). */
  sideFrom: "top" | "belowFrozen";
  side: readonly SideItem<V>[];
  /**
   * Pixel widths for columns of its tables, by key, where a header is much shorter than what the
   * column holds (a problem's message). Fixed, not measured from the values: a sheet's widths and
   * its calls then never depend on the data.
   */
  widths?: Readonly<Record<string, number>>;
}

/** A value of the latest complete week that the headline shows, with its week-on-week change. */
export interface HeadlineItem {
  key: string;
  growth?: string;
}

export interface ReportSection<Id extends string, V> {
  id: Id;
  /** The section's sheet and its first table. */
  title: Labels;
  /** Its value from one engine run; null when a table it needs is absent (no sheet then). */
  compute(run: ReportRun): V;
  /** Why it has no sheet when its value is null, as the sidebar says it: "needs the Orders table". */
  absent?: Labels;
  /** Its keys in the JSON report, in order (metrics.md §8, insights.md §17). */
  json(value: V, base: ReportBase): Record<string, unknown>;
  /** Its tables for people, in order: the CLI's outputs and its sheet's blocks. */
  tables(value: V, lang: Lang, base: ReportBase): LayoutTable[];
  /** Keys of its first table's rows that the headline shows for the latest complete week. */
  headline?: readonly HeadlineItem[];
  sheet: SheetLayout<V> | null;
}

/** A JSON value of a column: days as YYYY-MM-DD. */
export function jsonValue(value: LayoutValue, kind: ColumnKind): unknown {
  return kind === "day" && typeof value === "number" ? formatDay(value) : value;
}

/** A row as a JSON object with the columns' keys, in their order. */
export function rowJson<R>(columns: readonly Column<R>[], row: R): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const c of columns) json[c.key] = jsonValue(c.get(row), c.kind);
  return json;
}

/** A section that is one table of rows, as most are: its JSON is the rows under its id. */
export interface TableSection<Id extends string, R> extends ReportSection<Id, R[] | null> {
  columns: readonly Column<R>[];
}

export function tableSection<Id extends string, R>(
  def: Omit<TableSection<Id, R>, "json" | "tables">,
): TableSection<Id, R> {
  return {
    ...def,
    json: (rows) => ({ [def.id]: rows === null ? null : rows.map((row) => rowJson(def.columns, row)) }),
    tables: (rows, lang) => (rows ? [tableOf(def.id, def.title[lang], def.columns, rows, lang)] : []),
  };
}
