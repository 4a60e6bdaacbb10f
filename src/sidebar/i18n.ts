/** Every string the sidebar shows, in English and Chinese. `{name}` marks a value filled in. */
import type { Lang } from "../shared/bridge";

const en = {
  appTitle: "Community Funnel",
  tagline: "New → active → converted → churned",
  language: "Language · 语言",
  loading: "Loading…",
  loadFailed: "The sidebar could not load: {message}",
  retry: "Try again",
  unknownError: "Something went wrong. Please try again.",
  rowsOne: "1 row",
  rowsMany: "{n} rows",

  required: "Required",
  optional: "Optional",

  dataTitle: "Data",
  dataIntro: "For each table, pick a sheet or paste this week's export. Only Members is required.",
  sourceLabel: "Read from sheet",
  sourceChoose: "Choose a sheet…",
  sourceNone: "Not used",
  sourceMatching: "Headers match",
  sourceOther: "Other sheets",
  sourceOption: "{name} ({rows})",
  sourceMissing: "{name} (not found)",
  pasteToggle: "Paste rows",
  pasteLabel: "Paste {table} rows",
  pasteHint: "Copy from a spreadsheet or a CSV file. The first line is the header; tab- or comma-separated.",
  modeLegend: "“{sheet}” already has {rows}. Add this paste by:",
  modeAppend: "Append — add below the existing rows (the weekly habit)",
  modeReplace: "Replace — delete the existing rows first",
  pasteSave: "Save to “{sheet}”",
  pasteSaving: "Saving…",
  pasteEmpty: "Paste some rows first; the first line is the header.",
  pasteSavingPart: "Saving part {at} of {of}…",
  pasteSourceSwitch: "The report then reads {table} from “{sheet}” instead of “{source}”.",
  replaceConfirm: "Replace deletes the {rows} of “{sheet}” before it saves the pasted rows.",
  replaceConfirmButton: "Delete {rows} and replace",
  replaceCancel: "Cancel",
  savedAppend: "Added {rows} to “{sheet}”.",
  savedReplace: "Replaced the rows of “{sheet}”: it now has {rows}.",
  savedNew: "Saved {rows} to the new sheet “{sheet}”.",

  previewTitle: "Preview",
  previewRefresh: "Refresh",
  previewRefreshLabel: "Refresh the preview",
  previewEmpty: "Pick or paste the Members table to see what the report will use.",
  previewLoading: "Reading the sheets…",
  badgeReady: "Ready",
  badgeError: "Needs a fix",
  previewSheet: "Sheet “{sheet}”",
  statRows: "Rows",
  statSkipped: "Skipped",
  statDates: "Dates",
  daySpan: "{from} – {to}",
  mappingCaption: "Columns used for {table}",
  othersKept: "Other columns, kept for comparisons: {headers}",
  othersIgnored: "Not used: {headers}",
  mappingField: "Field",
  mappingColumn: "Your column",
  staffLeftOut: "{n} staff accounts and bots (by their role) are left out of every number.",
  problemsTitle: "First skipped rows",
  problemWhere: "Row {row} · {column}",
  problemsMore: "The report's Data problems sheet lists every skipped row.",

  settingsTitle: "Settings",
  weekStartLegend: "Weeks start on",
  monday: "Monday",
  sunday: "Sunday",
  rangeLegend: "Date range (optional)",
  rangeFrom: "From",
  rangeTo: "To",
  rangeHint: "Leave empty to cover every day in the data.",
  windowLabel: "Funnel window",
  windowUnit: "days",
  windowHint: "How many days a new member has to become active or buy ({min}–{max}).",
  timeZone: "Time zone: {zone} (the spreadsheet's)",
  settingsSave: "Save settings",
  settingsSaving: "Saving…",
  settingsSaved: "Settings saved.",
  settingsUnsaved: "Not saved yet; building saves them too.",
  windowInvalid: "Enter a whole number of days from {min} to {max}.",
  rangeInvalid: "The start date is after the end date.",
  compareLabel: "Compare by",
  compareNone: "No comparison",
  compareField: "{field} ({header})",
  compareMissing: "{name} (not found)",
  compareHint: "Adds a sheet that puts each group, channel or value of the column side by side.",
  focusWeekLabel: "Focus week",
  focusWeekLatest: "Latest complete week",
  focusWeekOption: "Week of {day}",
  focusWeekHint: "The week the follow-up lists on the Follow-up sheet are for.",

  buildTitle: "Weekly report",
  buildHint: "Writes the {sheets} sheets. Your data sheets stay as they are.",
  buildButton: "Build weekly report",
  buildRunning: "Building…",
  buildProgress: "Building the weekly report. This takes a few seconds…",
  buildDone: "The weekly report is ready.",
  buildNeedsMembers: "Pick or paste the Members table first.",
  buildFixSettings: "Fix the settings first: {problem}",
  headlineTitle: "Latest complete week",
  trendUp: "up on the previous week",
  trendDown: "down on the previous week",
  trendFlat: "same as the previous week",
  trendNone: "no previous week to compare",
  trendFromZero: "no change to show: the week before had 0",
  comparedTo: "Arrows compare with the week before.",
  comparedToZero: "Arrows compare with the week before; a dash: it had 0, so there is no change to show.",
  firstWeek: "The report has no earlier week to compare with.",
  noHeadline: "No complete week yet. Add more days of data or widen the date range.",
  reportSheets: "Open the report",
  skippedRows: "Skipped rows: {n}",
  skippedNone: "No rows were skipped.",
  skippedLink: "See Data problems",
  absentTitle: "Not in this report:",
  absentSheet: "{title}: {reason}",
  builtAt: "Built at {time} · {from} to {to}",
  builtAtNoRange: "Built at {time} · no days with data",
  followUpTitle: "Follow-up lists",
  followUpHint: "Click a list to open it on the Follow-up sheet.",
};

type MessageKey = keyof typeof en;

const zh: Record<MessageKey, string> = {
  appTitle: "社群漏斗",
  tagline: "新增 → 活跃 → 转化 → 流失",
  language: "语言 · Language",
  loading: "正在加载…",
  loadFailed: "侧边栏加载失败：{message}",
  retry: "重试",
  unknownError: "出错了，请重试。",
  rowsOne: "1 行",
  rowsMany: "{n} 行",

  required: "必填",
  optional: "可选",

  dataTitle: "数据",
  dataIntro: "为每张表选择一个工作表，或粘贴本周导出的数据。只有成员表是必填的。",
  sourceLabel: "读取工作表",
  sourceChoose: "选择工作表…",
  sourceNone: "不使用",
  sourceMatching: "表头匹配",
  sourceOther: "其他工作表",
  sourceOption: "{name}（{rows}）",
  sourceMissing: "{name}（未找到）",
  pasteToggle: "粘贴数据",
  pasteLabel: "粘贴{table}数据",
  pasteHint: "从表格或 CSV 文件复制。第一行是表头，用制表符或逗号分隔。",
  modeLegend: "“{sheet}”中已有 {rows}。这次粘贴的数据：",
  modeAppend: "追加：加在现有数据之后（每周的习惯）",
  modeReplace: "替换：先清空现有数据",
  pasteSave: "保存到“{sheet}”",
  pasteSaving: "正在保存…",
  pasteEmpty: "请先粘贴数据，第一行是表头。",
  pasteSavingPart: "正在保存第 {at} 部分，共 {of} 部分…",
  pasteSourceSwitch: "之后报告将从“{sheet}”读取{table}数据，而不再读取“{source}”。",
  replaceConfirm: "替换会先删除“{sheet}”中现有的 {rows}，再保存粘贴的数据。",
  replaceConfirmButton: "删除 {rows}并替换",
  replaceCancel: "取消",
  savedAppend: "已向“{sheet}”追加 {rows}。",
  savedReplace: "已替换“{sheet}”的数据，现在有 {rows}。",
  savedNew: "已将 {rows} 保存到新工作表“{sheet}”。",

  previewTitle: "预览",
  previewRefresh: "刷新",
  previewRefreshLabel: "刷新预览",
  previewEmpty: "选择或粘贴成员表后，这里会显示报告将使用的数据。",
  previewLoading: "正在读取工作表…",
  badgeReady: "可用",
  badgeError: "需修正",
  previewSheet: "工作表“{sheet}”",
  statRows: "行数",
  statSkipped: "跳过",
  statDates: "日期",
  daySpan: "{from} 至 {to}",
  mappingCaption: "{table}表使用的列",
  othersKept: "其他列（保留，可用于分群对比）：{headers}",
  othersIgnored: "未使用的列：{headers}",
  mappingField: "字段",
  mappingColumn: "你的列",
  staffLeftOut: "已按角色排除 {n} 个工作人员和机器人账号，不计入任何数据。",
  problemsTitle: "前几条跳过的行",
  problemWhere: "第 {row} 行 · {column}",
  problemsMore: "报告的“数据问题”表会列出所有跳过的行。",

  settingsTitle: "设置",
  weekStartLegend: "每周开始于",
  monday: "周一",
  sunday: "周日",
  rangeLegend: "日期范围（可选）",
  rangeFrom: "开始",
  rangeTo: "结束",
  rangeHint: "留空则包含数据中的所有日期。",
  windowLabel: "漏斗观察期",
  windowUnit: "天",
  windowHint: "新成员在入群后多少天内活跃或下单才计入漏斗（{min}–{max}）。",
  timeZone: "时区：{zone}（表格的时区）",
  settingsSave: "保存设置",
  settingsSaving: "正在保存…",
  settingsSaved: "设置已保存。",
  settingsUnsaved: "尚未保存；生成周报时也会一并保存。",
  windowInvalid: "请输入 {min} 到 {max} 之间的整数天数。",
  rangeInvalid: "开始日期晚于结束日期。",
  compareLabel: "分群对比",
  compareNone: "不对比",
  compareField: "{field}（{header}）",
  compareMissing: "{name}（未找到）",
  compareHint: "增加一张工作表，把每个群、渠道或该列的每个值并排对比。",
  focusWeekLabel: "关注周",
  focusWeekLatest: "最近完整周",
  focusWeekOption: "{day} 当周",
  focusWeekHint: "“跟进名单”表中各名单所针对的一周。",

  buildTitle: "周报",
  buildHint: "生成{sheets}工作表，不会改动你的数据表。",
  buildButton: "生成周报",
  buildRunning: "正在生成…",
  buildProgress: "正在生成周报，需要几秒钟…",
  buildDone: "周报已生成。",
  buildNeedsMembers: "请先选择或粘贴成员表。",
  buildFixSettings: "请先修正设置：{problem}",
  headlineTitle: "最近完整的一周",
  trendUp: "较上周上升",
  trendDown: "较上周下降",
  trendFlat: "与上周持平",
  trendNone: "没有上周数据可比",
  trendFromZero: "上周为 0，无法计算变化",
  comparedTo: "箭头表示与上一周相比。",
  comparedToZero: "箭头表示与上一周相比；“—”表示上一周为 0，无法计算变化。",
  firstWeek: "报告中没有更早的一周可供比较。",
  noHeadline: "还没有完整的一周：请补充更多天的数据，或调整日期范围。",
  reportSheets: "打开报告",
  skippedRows: "跳过的行：{n}",
  skippedNone: "没有跳过的行。",
  skippedLink: "查看数据问题",
  absentTitle: "本次未生成：",
  absentSheet: "{title}：{reason}",
  builtAt: "生成于 {time} · {from} 至 {to}",
  builtAtNoRange: "生成于 {time} · 没有含数据的日期",
  followUpTitle: "跟进名单",
  followUpHint: "点击名单，打开“跟进名单”表中的对应位置。",
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, zh };

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * The message function of a language. A value's own braces are never re-read as placeholders.
 * @example translate("en")("rowsMany", { n: 3 }) //=> "3 rows"
 */
export function translate(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/** "1 row" / "3 rows" (Chinese has no plural, but shares the function). */
export function rowCount(t: Translate, n: number): string {
  return n === 1 ? t("rowsOne") : t("rowsMany", { n: n.toLocaleString("en-US") });
}

/**
 * Names as a list in a sentence: "A, B and C"; in Chinese “A”“B”和“C”.
 * @example listOf("en", ["Daily", "Funnel"]) //=> "Daily and Funnel"
 */
export function listOf(lang: Lang, names: readonly string[]): string {
  if (lang === "zh") {
    const quoted = names.map((n) => `“${n}”`);
    return quoted.length > 1
      ? `${quoted.slice(0, -1).join("")}和${quoted[quoted.length - 1]}`
      : quoted.join("");
  }
  return names.length > 1
    ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
    : names.join("");
}
