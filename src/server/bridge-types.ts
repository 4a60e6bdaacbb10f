/**
 * Everything that crosses google.script.run between the sidebar and the server. JSON-safe only:
 * days and instants are ISO strings, never Dates (google.script.run cannot carry them).
 */
import type { Lang } from "../core/layout";
import type { TableName, WeekStart } from "../core/types";

export type { Lang, TableName, WeekStart };

export type SaveMode = "append" | "replace";

/** A sheet of the spreadsheet as the sidebar lists it. */
export interface SheetInfo {
  name: string;
  /** Data rows below the header. */
  rows: number;
  headers: string[];
  /** The input table whose required columns this sheet's header row has, if any. */
  looksLike: TableName | null;
  /** True for the report sheets the add-on made (never offered as input). */
  isReport: boolean;
}

/** Saved with the document (DocumentProperties), so every teammate builds the same report. */
export interface Settings {
  /** The sheet each table is read from; null when the table is not used. */
  sources: Record<TableName, string | null>;
  weekStartsOn: WeekStart;
  /** Optional range limits, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
  windowDays: number;
  lang: Lang;
}

export interface ProblemInfo {
  table: TableName;
  row: number;
  column: string;
  value: string;
  message: string;
}

/** What a table will contribute, shown before building. */
export interface TablePreview {
  table: TableName;
  sheet: string | null;
  /** A message naming the missing column and the headers found, when the table cannot be used. */
  error: string | null;
  columns: { field: string; header: string }[];
  rowCount: number;
  skipped: number;
  firstProblems: ProblemInfo[];
  firstDay: string | null;
  lastDay: string | null;
}

export interface SidebarState {
  lang: Lang;
  timeZone: string;
  settings: Settings;
  sheets: SheetInfo[];
}

export interface SaveResult {
  sheet: string;
  mode: SaveMode | "new";
  rowsWritten: number;
  preview: TablePreview;
}

/** The latest complete week, as the sidebar's headline shows it. */
export interface Headline {
  weekStart: string;
  weekEnd: string;
  totalMembers: number;
  activeRate: number | null;
  convertedMembers: number | null;
  gmv: number | null;
  gmvWowGrowth: number | null;
  convertedWowGrowth: number | null;
}

export interface BuildResult {
  headline: Headline | null;
  /** The report sheets, with ids for links (#gid=ID). */
  sheets: { title: string; name: string; sheetId: number }[];
  range: { from: string; to: string } | null;
  problems: number;
  builtAt: string;
}
