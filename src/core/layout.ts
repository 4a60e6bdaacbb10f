/**
 * The report's tables as labelled columns, shared by every door: the CLI's table/csv/xlsx,
 * the custom functions' spilled tables and the report sheets. Values stay typed (days as Day,
 * money in yuan, rates as fractions, null for empty); each door formats them its own way.
 */
import type { ZoneClock } from "./calendar";
import type { WeekGmvRow } from "./gmv";
import type { DayRow, Excluded, FunnelRow, Problem, Report, WeekRow } from "./types";

export type Lang = "en" | "zh";

/**
 * The language of a locale (a spreadsheet's, the machine's): Chinese for zh*, English otherwise.
 * @example langOfLocale("zh_CN") //=> "zh"
 */
export function langOfLocale(locale: string): Lang {
  return /^zh/i.test(locale) ? "zh" : "en";
}
export type ColumnKind = "day" | "int" | "number" | "rate" | "money" | "bool" | "text";
export type LayoutValue = number | string | boolean | null;

export interface Column<R> {
  key: string;
  en: string;
  zh: string;
  kind: ColumnKind;
  get(row: R): LayoutValue;
}

export interface LayoutTable {
  /** File-name-safe id: daily, weekly, funnel, problems, excluded. */
  id: "daily" | "weekly" | "funnel" | "problems" | "excluded";
  title: string;
  headers: string[];
  kinds: ColumnKind[];
  rows: LayoutValue[][];
  /** For a label/value table (excluded): the kind of each row's value, overriding `kinds`. */
  rowKinds?: ColumnKind[];
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

function column<R>(key: keyof R & string, en: string, zh: string, kind: ColumnKind): Column<R> {
  return { key, en, zh, kind, get: (row) => row[key] as LayoutValue };
}

export const DAILY_COLUMNS: readonly Column<DayRow>[] = [
  column("date", "Date", "日期", "day"),
  column("totalMembers", "Total members", "社群总人数", "int"),
  column("newMembers", "New members", "当日新增入群人数", "int"),
  column("activeMembers", "Active members", "当日活跃用户数", "int"),
  column("activeRate", "Active rate", "当日活跃用户占比", "rate"),
  column("churnedMembers", "Churned members", "当日流失用户数", "int"),
];

export const WEEKLY_COLUMNS: readonly Column<WeekRow>[] = [
  column("weekStart", "Week start", "周开始", "day"),
  column("weekEnd", "Week end", "周结束", "day"),
  column("complete", "Complete week", "完整周", "bool"),
  column("totalMembers", "Total members", "社群总人数", "int"),
  column("newMembers", "New members", "周新增入群人数", "int"),
  column("activeMembers", "Active members", "周活跃用户数", "int"),
  column("activeRate", "Active rate", "周活跃用户占比", "rate"),
  column("convertedMembers", "Converted members", "周转化人数", "int"),
  column("conversionRate", "Conversion rate", "周转化率", "rate"),
  { key: "gmv", en: "GMV", zh: "周贡献GMV", kind: "money", get: (w) => money(w.gmvCents) },
  column("churnedMembers", "Churned members", "周流失用户数", "int"),
  column("convertedWowGrowth", "Converted WoW", "周转化人数环比增长率", "rate"),
  column("gmvWowGrowth", "GMV WoW", "周转化GMV环比增长率", "rate"),
];

export const FUNNEL_COLUMNS: readonly Column<FunnelRow>[] = [
  column("weekStart", "Cohort week", "入群周", "day"),
  column("complete", "Complete", "完整", "bool"),
  column("windowDays", "Window (days)", "观察天数", "int"),
  column("joined", "Joined", "新增入群", "int"),
  column("activated", "Activated", "激活", "int"),
  column("converted", "Converted", "转化", "int"),
  column("churned", "Churned", "流失", "int"),
  column("activationRate", "Activation rate", "激活率", "rate"),
  column("conversionRate", "Conversion rate", "转化率", "rate"),
  column("churnRate", "Churn rate", "流失率", "rate"),
];

/** WEEKLY_GMV's spilled table (functions.md): a week and its GMV. */
export const WEEKLY_GMV_COLUMNS: readonly Column<WeekGmvRow>[] = [
  column("weekStart", "Week", "周", "day"),
  { key: "gmv", en: "GMV", zh: "GMV", kind: "money", get: (w) => money(w.gmvCents) },
];

/** The reasons tables.ts gives (English, as the JSON keeps them), as the Chinese sheets show them. */
const PROBLEM_MESSAGES_ZH: Record<string, string> = {
  "member_id is blank": "成员ID为空",
  "not a date": "不是日期",
  "not a date, or before joined_at": "不是日期，或早于入群时间",
  "not a whole number": "不是整数",
  "not an amount": "不是金额",
};

const TABLE_LABELS: Record<string, { en: string; zh: string }> = {
  members: { en: "members", zh: "成员" },
  activity: { en: "activity", zh: "互动" },
  orders: { en: "orders", zh: "订单" },
};

export const PROBLEM_COLUMNS: readonly Column<Problem>[] = [
  { key: "table", en: "Table", zh: "表", kind: "text", get: (p) => p.table },
  column("row", "Row", "行", "int"),
  column("column", "Column", "列", "text"),
  column("value", "Value", "值", "text"),
  { key: "problem", en: "Problem", zh: "问题", kind: "text", get: (p) => p.message },
];

export const EXCLUDED_LABELS: readonly {
  key: keyof Excluded;
  json: string;
  en: string;
  zh: string;
  kind: ColumnKind;
}[] = [
  {
    key: "activityRowsFromUnknownMembers",
    json: "activityRowsFromUnknownMembers",
    en: "Activity rows from unknown members",
    zh: "未知成员的互动行数",
    kind: "int",
  },
  {
    key: "unknownActivityMembers",
    json: "unknownActivityMembers",
    en: "Unknown members in activity",
    zh: "互动中的未知成员数",
    kind: "int",
  },
  {
    key: "orderRowsFromUnknownMembers",
    json: "orderRowsFromUnknownMembers",
    en: "Order rows from unknown members",
    zh: "未知成员的订单行数",
    kind: "int",
  },
  {
    key: "unknownOrderMembers",
    json: "unknownOrderMembers",
    en: "Unknown members in orders",
    zh: "订单中的未知成员数",
    kind: "int",
  },
  {
    key: "unknownOrderCents",
    json: "unknownOrderAmount",
    en: "Amount of unknown members' orders",
    zh: "未知成员订单金额",
    kind: "money",
  },
  {
    key: "cancelledOrders",
    json: "cancelledOrders",
    en: "Cancelled orders",
    zh: "已取消订单数",
    kind: "int",
  },
  {
    key: "refundedCents",
    json: "refundedAmount",
    en: "Refunded amount (in GMV)",
    zh: "退款金额（计入GMV）",
    kind: "money",
  },
  {
    key: "duplicateMembers",
    json: "duplicateMembers",
    en: "Duplicate member rows",
    zh: "重复成员行",
    kind: "int",
  },
  {
    key: "duplicateOrders",
    json: "duplicateOrders",
    en: "Duplicate order rows",
    zh: "重复订单行",
    kind: "int",
  },
];

export const TABLE_TITLES: Record<LayoutTable["id"], { en: string; zh: string }> = {
  weekly: { en: "Weekly report", zh: "周报" },
  daily: { en: "Daily", zh: "每日数据" },
  funnel: { en: "Funnel", zh: "漏斗" },
  problems: { en: "Data problems", zh: "数据问题" },
  excluded: { en: "Excluded", zh: "排除统计" },
};

/** Headers of a column list in a language. */
export function headersOf<R>(columns: readonly Column<R>[], lang: Lang): string[] {
  return columns.map((c) => c[lang]);
}

/** Rows of a column list. */
export function rowsOf<R>(columns: readonly Column<R>[], rows: readonly R[]): LayoutValue[][] {
  return rows.map((row) => columns.map((c) => c.get(row)));
}

function tableOf<R>(
  id: LayoutTable["id"],
  columns: readonly Column<R>[],
  rows: readonly R[],
  lang: Lang,
): LayoutTable {
  return {
    id,
    title: TABLE_TITLES[id][lang],
    headers: headersOf(columns, lang),
    kinds: columns.map((c) => c.kind),
    rows: rowsOf(columns, rows),
  };
}

/** A problem's column for people: 入群时间 (joined_at), or the field alone where they agree. */
export function problemColumn(p: Problem): string {
  return p.header && p.header !== p.column ? `${p.header} (${p.column})` : p.column;
}

/**
 * Problem rows for people: the table named in the report's language and, for the report's
 * sheets and tables, the column by the operator's own header with the field beside it when they
 * differ (入群时间 (joined_at)). COMMUNITY_PROBLEMS keeps the field alone, as the JSON does.
 */
export function problemRows(problems: readonly Problem[], lang: Lang, headers = true): LayoutValue[][] {
  return problems.map((p) => [
    TABLE_LABELS[p.table][lang],
    p.row,
    headers ? problemColumn(p) : p.column,
    p.value,
    lang === "zh" ? (PROBLEM_MESSAGES_ZH[p.message] ?? p.message) : p.message,
  ]);
}

/** The excluded totals as two-column rows: label, value. */
export function excludedRows(excluded: Excluded, lang: Lang): LayoutValue[][] {
  return EXCLUDED_LABELS.map((x) => [x[lang], x.kind === "money" ? money(excluded[x.key]) : excluded[x.key]]);
}

/** Every table of the report, in the order of the report sheets. */
export function reportTables(report: Report, lang: Lang): LayoutTable[] {
  return [
    tableOf("weekly", WEEKLY_COLUMNS, report.weekly, lang),
    tableOf("daily", DAILY_COLUMNS, report.daily, lang),
    tableOf("funnel", FUNNEL_COLUMNS, report.funnel, lang),
    { ...tableOf("problems", PROBLEM_COLUMNS, [], lang), rows: problemRows(report.problems, lang) },
    {
      id: "excluded",
      title: TABLE_TITLES.excluded[lang],
      headers: lang === "zh" ? ["项目", "数量"] : ["Item", "Value"],
      kinds: ["text", "number"],
      rows: excludedRows(report.excluded, lang),
      rowKinds: EXCLUDED_LABELS.map((x) => x.kind),
    },
  ];
}
