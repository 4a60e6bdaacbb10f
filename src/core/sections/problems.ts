/**
 * Data problems (数据问题, metrics.md §3 and §8): every skipped row and the `excluded` totals, so
 * that nothing vanishes silently. Last in the JSON: its keys are `excluded`, then `problems`.
 */
import type { ColumnKind, LayoutValue } from "../../shared/display";
import type { Labels, Lang } from "../../shared/lang";
import { problemMessage, tableLabel } from "../inputs";
import { type Column, centsToYuan, column, headersOf, type LayoutTable, problemColumn } from "../layout";
import type { Excluded, Problem } from "../types";
import type { LabelBlock, ReportSection } from "./section";

export const PROBLEM_COLUMNS: readonly Column<Problem>[] = [
  { key: "table", en: "Table", zh: "表", kind: "text", get: (p) => p.table },
  column("row", "Row", "行", "int"),
  column("column", "Column", "列", "text"),
  column("value", "Value", "值", "text"),
  { key: "problem", en: "Problem", zh: "问题", kind: "text", get: (p) => p.message },
];

/** The `excluded` totals: their JSON keys (metrics.md §8, insights.md §17) and labels. */
export const EXCLUDED_LABELS: readonly (Labels & { key: keyof Excluded; json: string; kind: ColumnKind })[] =
  [
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
    {
      key: "duplicatePosts",
      json: "duplicatePosts",
      en: "Re-exported post rows (the last one counts)",
      zh: "重复导出的内容行（以最后一行为准）",
      kind: "int",
    },
    {
      key: "staffMembers",
      json: "staffMembers",
      en: "Staff and bots left out",
      zh: "已排除的工作人员和机器人",
      kind: "int",
    },
    {
      key: "staffActivityRows",
      json: "staffActivityRows",
      en: "Activity rows of staff",
      zh: "工作人员的互动行数",
      kind: "int",
    },
    {
      key: "staffOrderRows",
      json: "staffOrderRows",
      en: "Order rows of staff",
      zh: "工作人员的订单行数",
      kind: "int",
    },
  ];

const EXCLUDED_TITLE: Labels = { en: "Excluded", zh: "排除统计" };
const EXCLUDED_VALUE: Labels = { en: "Value", zh: "数量" };

/** An excluded total as shown and as the JSON has it: money in yuan. */
function excludedValue(excluded: Excluded, x: (typeof EXCLUDED_LABELS)[number]): number {
  return x.kind === "money" ? centsToYuan(excluded[x.key])! : excluded[x.key];
}

/** A problem as metrics.md §8 lists it: by its field, without the operator's header. */
export function problemJson({ table, row, column, value, message }: Problem): Omit<Problem, "header"> {
  return { table, row, column, value, message };
}

/**
 * Problem rows for people: the table named in the report's language and, for the report's
 * sheets and tables, the column by the operator's own header with the field beside it when they
 * differ (入群时间 (joined_at)). COMMUNITY_PROBLEMS keeps the field alone, as the JSON does.
 */
export function problemRows(problems: readonly Problem[], lang: Lang, headers = true): LayoutValue[][] {
  return problems.map((p) => [
    lang === "zh" ? tableLabel(p.table, lang) : p.table,
    p.row,
    headers ? problemColumn(p) : p.column,
    p.value,
    problemMessage(p.table, p.message, lang),
  ]);
}

function excludedBlock(excluded: Excluded, lang: Lang): LabelBlock {
  return {
    id: "excluded",
    title: [EXCLUDED_TITLE[lang], EXCLUDED_VALUE[lang]],
    rows: EXCLUDED_LABELS.map((x) => ({ label: x[lang], value: excludedValue(excluded, x), kind: x.kind })),
  };
}

function tables(problems: readonly Problem[], lang: Lang, excluded: Excluded): LayoutTable[] {
  return [
    {
      id: "problems",
      title: PROBLEMS.title[lang],
      keys: PROBLEM_COLUMNS.map((c) => c.key),
      headers: headersOf(PROBLEM_COLUMNS, lang),
      kinds: PROBLEM_COLUMNS.map((c) => c.kind),
      rows: problemRows(problems, lang),
    },
    {
      id: "excluded",
      title: EXCLUDED_TITLE[lang],
      keys: ["item", "value"],
      headers: lang === "zh" ? ["项目", "数量"] : ["Item", "Value"],
      kinds: ["text", "number"],
      rows: EXCLUDED_LABELS.map((x) => [x[lang], excludedValue(excluded, x)]),
      rowKinds: EXCLUDED_LABELS.map((x) => x.kind),
    },
  ];
}

export const PROBLEMS: ReportSection<"problems", Problem[]> = {
  id: "problems",
  title: { en: "Data problems", zh: "数据问题" },
  compute: (run) => run.base.problems,
  json: (problems, base) => ({
    excluded: Object.fromEntries(EXCLUDED_LABELS.map((x) => [x.json, excludedValue(base.excluded, x)])),
    problems: problems.map(problemJson),
  }),
  tables: (problems, lang, base) => tables(problems, lang, base.excluded),
  sheet: {
    main: ["problems"],
    sideFrom: "top",
    side: [
      { kind: "block", make: (_problems, base, lang) => excludedBlock(base.excluded, lang) },
      { kind: "provenance" },
    ],
    // Room for an operator's header with its field (入群时间 (joined_at)), a value and a message.
    widths: { column: 200, value: 160, problem: 240 },
  },
};
