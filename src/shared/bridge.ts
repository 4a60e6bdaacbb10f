/**
 * Everything that crosses google.script.run between the sidebar and the server. JSON-safe only:
 * days and instants are ISO strings, never Dates (google.script.run cannot carry them). The
 * sidebar learns the tables and report sheets from here at run time (SidebarState), so it holds
 * no copy of the engine's catalogues.
 */
import type { SectionId } from "../core/sections";
import type { TableName, WeekStart } from "../core/types";
import type { ColumnKind } from "./display";
import type { Labels, Lang } from "./lang";

export type { Labels, Lang, SectionId, TableName, WeekStart };

/** The server functions the sidebar calls through google.script.run (a test checks Code.js has each). */
export const SIDEBAR_FUNCTIONS = [
  "getSidebarState",
  "savePastedTable",
  "previewTables",
  "saveSettings",
  "buildWeeklyReport",
  "openReportSheet",
] as const;

export type SidebarFunction = (typeof SIDEBAR_FUNCTIONS)[number];

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

/** An input table as the sidebar's data step and preview show it (from the engine's catalogue). */
export interface TableInfo {
  name: TableName;
  required: boolean;
  label: Labels;
  about: Labels;
  /** The sheet pasted rows are saved into, by the settings' language. */
  dataSheet: Labels;
  fields: { name: string; label: Labels }[];
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
  /** The members field or column to compare segments by (group, channel, or a header); null for none. */
  by: string | null;
  /** A day (YYYY-MM-DD) of the follow-up lists' focus week; null: the latest complete week. */
  focusWeek: string | null;
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
  /** Headers of the columns that serve no field. */
  otherColumns: string[];
  /** Whether those columns are kept (members: each can split a comparison) or ignored. */
  othersKept: boolean;
  rowCount: number;
  skipped: number;
  /** Staff and bots found by their role (insights.md §16), left out of every number. */
  staff: number;
  firstProblems: ProblemInfo[];
  firstDay: string | null;
  lastDay: string | null;
}

export interface SidebarState {
  lang: Lang;
  timeZone: string;
  settings: Settings;
  sheets: SheetInfo[];
  tables: TableInfo[];
  /** The report sheets a build writes, in tab order, by section (a breakdown's name is its field's). */
  reportSheets: { id: SectionId; title: Labels }[];
}

export interface SaveResult {
  sheet: string;
  mode: SaveMode | "new";
  rowsWritten: number;
  /** The table's preview after the paste; null for a part of a paste that is not its last. */
  preview: TablePreview | null;
}

/** One value of the headline, labelled as the report labels it. */
export interface HeadlineMetric {
  key: string;
  label: Labels;
  kind: ColumnKind;
  value: number | null;
  /** Its week-on-week change, for a value the report compares with the week before. */
  growth?: { value: number | null; label: Labels };
}

/** The latest complete week, as the sidebar's headline shows it. */
export interface Headline {
  weekStart: string;
  weekEnd: string;
  metrics: HeadlineMetric[];
  /** Whether the report has a week before it: an empty change then means last week's value was 0. */
  earlierWeek: boolean;
}

/** One follow-up list (insights.md §13) as the sidebar's headline counts it. */
export interface FollowUpCount {
  key: string;
  label: Labels;
  /** Null when a table the list needs is absent. */
  count: number | null;
  /** The row of its block on the Follow-up sheet (column A), which its link opens. */
  row: number;
}

/** The focus week's follow-up lists, each count opening its block on the Follow-up sheet. */
export interface FollowUpHeadline {
  weekStart: string;
  weekEnd: string;
  sheetId: number;
  lists: FollowUpCount[];
}

export interface BuildResult {
  headline: Headline | null;
  /** Null when the report has no Follow-up sheet (no days with data). */
  followUp: FollowUpHeadline | null;
  /** The report sheets in tab order, with ids for links (#gid=ID). */
  sheets: { kind: SectionId; title: string; name: string; sheetId: number }[];
  /** The report sheets not written this time (a table they need is absent), with why. */
  absent: { kind: SectionId; title: Labels; reason: Labels }[];
  range: { from: string; to: string } | null;
  problems: number;
  builtAt: string;
}
