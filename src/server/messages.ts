/**
 * Every word the server shows people (menu, alerts, errors, report sheet labels), in English and
 * Chinese. Table names, metric labels and chart titles are not here: they come with the engine's
 * catalogues (core/inputs, core/sections).
 */
import { INPUT_TABLES, TABLE_NAMES, tableLabel } from "../core/inputs";
import { READING_ORDER } from "../core/sections";
import type { TableName, WeekStart } from "../core/types";
import type { Lang } from "../shared/lang";
import { WINDOW_DAYS } from "../shared/rules";

/** The report sheets' titles in tab order, as the help lists them. */
const sheetTitles = (lang: Lang): string =>
  READING_ORDER.filter((s) => s.sheet)
    .map((s) => s.title[lang])
    .join(lang === "zh" ? "、" : ", ");

/** The optional tables' names, as the help lists them: "Activity, Orders and Content". */
const optionalTables = (lang: Lang): string => {
  const labels = INPUT_TABLES.filter((t) => !t.required).map((t) =>
    lang === "zh" ? `${t.label.zh}表` : t.label.en,
  );
  const [comma, and] = lang === "zh" ? ["、", "和"] : [", ", " and "];
  return labels.length < 2
    ? labels.join("")
    : `${labels.slice(0, -1).join(comma)}${and}${labels[labels.length - 1]}`;
};

export interface Messages {
  menuOpenSidebar: string;
  menuBuild: string;
  menuHelp: string;
  appTitle: string;
  helpText: string;
  weekStart: Record<WeekStart, string>;
  rows(n: number): string;
  days(n: number): string;
  builtToast: string;
  noCompleteWeek: string;
  noCompleteWeekIn(from: string, to: string, days: number): string;
  latestWeek(from: string, to: string): string;
  about: string;
  sourceLabel(table: TableName): string;
  notUsed: string;
  timeZone: string;
  weekStartsOn: string;
  range: string;
  noData: string;
  window: string;
  builtAt: string;
  // Errors
  nothingPasted: string;
  pasteUnreadable(reason: string): string;
  needsChoice(sheet: string, rows: number): string;
  appendMismatch(sheet: string, onlyPasted: string[], onlySheet: string[]): string;
  membersRequired: string;
  sheetMissing(sheet: string, table: TableName): string;
  tableUnusable(sheet: string, reason: string): string;
  busy: string;
  busySaving: string;
  sheetGone: string;
  badSettings: string;
  badSource(table: string): string;
  badWeekStart: string;
  badWindow: string;
  badDay(which: "from" | "to", value: string): string;
  fromAfterTo(from: string, to: string): string;
  badFocusWeek(value: string): string;
  focusWeekOutside(week: string, from: string, to: string): string;
  badLang: string;
  badBy: string;
  noCompareColumn(sheet: string, field: string, headers: readonly string[]): string;
  badTable(table: string): string;
  badMode(mode: string): string;
}

const quoted = (names: string[]): string => names.map((n) => `"${n}"`).join(", ");

const EN: Messages = {
  menuOpenSidebar: "Open sidebar",
  menuBuild: "Build weekly report",
  menuHelp: "Help",
  appTitle: "Community Funnel",
  helpText:
    `1. Open the sidebar and choose (or paste) the Members table, and ${optionalTables("en")} if you have them.\n` +
    "2. Check the preview: which column became which field, and the rows that will be skipped.\n" +
    `3. Click Build weekly report. The report sheets (${sheetTitles("en")}) ` +
    "are rebuilt each time; your own sheets are never changed.",
  weekStart: { monday: "Monday", sunday: "Sunday" },
  rows: (n) => `${n} ${n === 1 ? "row" : "rows"}`,
  days: (n) => `${n} ${n === 1 ? "day" : "days"}`,
  builtToast: "Weekly report built",
  noCompleteWeek: "No complete week yet",
  noCompleteWeekIn: (from, to, days) =>
    `No complete week yet: the data covers ${from} – ${to} (${days} ${days === 1 ? "day" : "days"})`,
  latestWeek: (from, to) => `Latest complete week: ${from} – ${to}`,
  about: "About this report",
  sourceLabel: (table) => `${tableLabel(table, "en")} from`,
  notUsed: "not used",
  timeZone: "Time zone",
  weekStartsOn: "Week starts on",
  range: "Range",
  noData: "no data",
  window: "Funnel window",
  builtAt: "Built at",
  nothingPasted: "Nothing to save: the pasted text has no header row.",
  pasteUnreadable: (reason) => `The pasted text cannot be read: ${reason}.`,
  needsChoice: (sheet, rows) =>
    `The sheet "${sheet}" already holds ${rows} ${rows === 1 ? "row" : "rows"}. ` +
    "Choose Append to add the pasted rows, or Replace to clear the sheet first.",
  appendMismatch: (sheet, onlyPasted, onlySheet) =>
    `The pasted columns do not match the sheet "${sheet}"` +
    (onlyPasted.length ? `; only the pasted rows have ${quoted(onlyPasted)}` : "") +
    (onlySheet.length ? `; only the sheet has ${quoted(onlySheet)}` : "") +
    ". Paste the same columns, or choose Replace.",
  membersRequired: "Choose a sheet for the Members table, or paste it.",
  sheetMissing: (sheet, table) =>
    `The sheet "${sheet}" chosen for the ${tableLabel(table, "en")} table no longer exists.`,
  tableUnusable: (sheet, reason) => `The sheet "${sheet}" cannot be used: ${reason}`,
  busy: "A teammate is building the report right now. Try again in a minute.",
  busySaving: "A teammate is saving data or building the report right now. Try again in a minute.",
  sheetGone: "That report sheet is gone: build the report again.",
  badSettings: "The settings are not readable.",
  badSource: (table) => `The source of the ${table} table must be a sheet name or empty.`,
  badWeekStart: "The week must start on Monday or Sunday.",
  badWindow: `The funnel window must be a whole number of days from ${WINDOW_DAYS.min} to ${WINDOW_DAYS.max}.`,
  badDay: (which, value) => `The ${which} date "${value}" is not a date of the form YYYY-MM-DD.`,
  fromAfterTo: (from, to) => `The from date ${from} is after the to date ${to}.`,
  badFocusWeek: (value) => `The focus week "${value}" is not a date of the form YYYY-MM-DD.`,
  focusWeekOutside: (week, from, to) =>
    `The focus week of ${week} is outside the report's days (${from} – ${to}): choose another week in the settings.`,
  badLang: 'The language must be "en" or "zh".',
  badBy: "The field to compare by must be a column name or empty.",
  noCompareColumn: (sheet, field, headers) =>
    `The members sheet "${sheet}" has no column "${field}" to compare by. ` +
    `Choose group, channel or one of its columns: ${headers.join(", ")}.`,
  badTable: (table) => `Unknown table "${table}": use ${TABLE_NAMES.join(", ")}.`,
  badMode: (mode) => `Unknown save mode "${mode}": use append or replace.`,
};

const ZH: Messages = {
  menuOpenSidebar: "打开侧边栏",
  menuBuild: "生成周报",
  menuHelp: "帮助",
  appTitle: "社群漏斗",
  helpText:
    `1. 打开侧边栏，选择（或粘贴）成员表，如有${optionalTables("zh")}也一并选择。\n` +
    "2. 查看预览：每一列对应的字段，以及将被跳过的行。\n" +
    `3. 点击「生成周报」。报表工作表（${sheetTitles("zh")}）每次都会重新生成，不会改动您自己的工作表。`,
  weekStart: { monday: "周一", sunday: "周日" },
  rows: (n) => `${n} 行`,
  days: (n) => `${n} 天`,
  builtToast: "周报已生成",
  noCompleteWeek: "暂无完整周",
  noCompleteWeekIn: (from, to, days) => `暂无完整周：数据覆盖 ${from} – ${to}（${days} 天）`,
  latestWeek: (from, to) => `最近完整周：${from} – ${to}`,
  about: "报表说明",
  sourceLabel: (table) => `${tableLabel(table, "zh")}表来源`,
  notUsed: "未使用",
  timeZone: "时区",
  weekStartsOn: "每周开始于",
  range: "日期范围",
  noData: "无数据",
  window: "漏斗观察期",
  builtAt: "生成时间",
  nothingPasted: "没有可保存的内容：粘贴的文本没有表头行。",
  pasteUnreadable: (reason) => `无法读取粘贴的文本：${reason}。`,
  needsChoice: (sheet, rows) =>
    `工作表「${sheet}」中已有 ${rows} 行数据。请选择「追加」添加粘贴的行，或选择「替换」先清空该工作表。`,
  appendMismatch: (sheet, onlyPasted, onlySheet) =>
    `粘贴的列与工作表「${sheet}」不一致` +
    (onlyPasted.length ? `；只有粘贴的数据包含 ${quoted(onlyPasted)}` : "") +
    (onlySheet.length ? `；只有工作表包含 ${quoted(onlySheet)}` : "") +
    "。请粘贴相同的列，或选择「替换」。",
  membersRequired: "请为成员表选择一个工作表，或粘贴成员数据。",
  sheetMissing: (sheet, table) => `为${tableLabel(table, "zh")}表选择的工作表「${sheet}」已不存在。`,
  tableUnusable: (sheet, reason) => `工作表「${sheet}」无法使用：${reason}`,
  busy: "有同事正在生成报表，请稍后再试。",
  busySaving: "有同事正在保存数据或生成报表，请稍后再试。",
  sheetGone: "该报表工作表已不存在，请重新生成周报。",
  badSettings: "设置无法读取。",
  badSource: (table) => `${table} 表的来源必须是工作表名称或留空。`,
  badWeekStart: "每周的第一天只能是周一或周日。",
  badWindow: `漏斗观察期必须是 ${WINDOW_DAYS.min} 到 ${WINDOW_DAYS.max} 之间的整数天。`,
  badDay: (which, value) =>
    `${which === "from" ? "开始" : "结束"}日期「${value}」不是 YYYY-MM-DD 格式的日期。`,
  fromAfterTo: (from, to) => `开始日期 ${from} 晚于结束日期 ${to}。`,
  badFocusWeek: (value) => `关注周「${value}」不是 YYYY-MM-DD 格式的日期。`,
  focusWeekOutside: (week, from, to) =>
    `关注周（${week} 当周）不在报告的日期范围内（${from} – ${to}）：请在设置中另选一周。`,
  badLang: "语言只能是 en 或 zh。",
  badBy: "分群对比的字段必须是列名或留空。",
  noCompareColumn: (sheet, field, headers) =>
    `成员表「${sheet}」中没有可用于分群对比的列「${field}」。请选择群、渠道或其中的一列：${headers.join("、")}。`,
  badTable: (table) => `未知的表「${table}」：请使用 ${TABLE_NAMES.join("、")}。`,
  badMode: (mode) => `未知的保存方式「${mode}」：请使用 append 或 replace。`,
};

export function messages(lang: Lang): Messages {
  return lang === "zh" ? ZH : EN;
}
