/** Weekly report (周报, metrics.md §6): the headline of the latest complete week and the weekly table. */
import type { Labels } from "../../shared/lang";
import { type Column, centsToYuan, column } from "../layout";
import { metricsOf } from "../metrics";
import type { WeekRow } from "../types";
import { tableSection } from "./section";

/** The columns that name a week of the report, first in every weekly table (metrics.md §6). */
export function weekColumns<R extends Pick<WeekRow, "weekStart" | "weekEnd" | "complete">>(): Column<R>[] {
  return [
    column<R>("weekStart", "Week start", "周开始", "day"),
    column<R>("weekEnd", "Week end", "周结束", "day"),
    column<R>("complete", "Complete week", "完整周", "bool"),
  ];
}

/**
 * What a grey row means (every table with a `complete` column greys the rows that are not): a week
 * cut short compares fewer days with a whole one.
 */
export const PARTIAL_WEEKS: Labels = {
  en: "Grey rows: partial weeks (the data does not cover the whole week); their counts and week-on-week changes are not final.",
  zh: "灰色行：不完整周（数据未覆盖整周），其人数与环比仅统计已有的天数，尚非最终结果。",
};

export const WEEKLY = tableSection<"weekly", WeekRow>({
  id: "weekly",
  title: { en: "Weekly report", zh: "周报" },
  columns: [
    ...weekColumns<WeekRow>(),
    column("totalMembers", "Total members", "社群总人数", "int"),
    column("newMembers", "New members", "周新增入群人数", "int"),
    column("activeMembers", "Active members", "周活跃用户数", "int"),
    column("activeRate", "Active rate", "周活跃用户占比", "rate"),
    column("convertedMembers", "Converted members", "周转化人数", "int"),
    column("conversionRate", "Conversion rate", "周转化率", "rate"),
    { key: "gmv", en: "GMV", zh: "周贡献GMV", kind: "money", get: (w) => centsToYuan(w.gmvCents) },
    column("churnedMembers", "Churned members", "周流失用户数", "int"),
    column("convertedWowGrowth", "Converted WoW", "周转化人数环比增长率", "rate"),
    column("gmvWowGrowth", "GMV WoW", "周转化GMV环比增长率", "rate"),
  ],
  compute: (run) => run.once(metricsOf).weekly,
  headline: [
    { key: "totalMembers" },
    { key: "activeRate" },
    { key: "convertedMembers", growth: "convertedWowGrowth" },
    { key: "gmv", growth: "gmvWowGrowth" },
  ],
  sheet: {
    first: true,
    main: ["headline", { note: PARTIAL_WEEKS }, "weekly"],
    sideFrom: "belowFrozen",
    side: [
      { kind: "provenance" },
      {
        kind: "chart",
        chart: {
          type: "combo",
          title: { en: "GMV per week and conversion rate", zh: "每周GMV与转化率" },
          source: { table: "weekly", keys: ["weekStart", "gmv", "conversionRate"], finalOnly: true },
          series: [
            { as: "bars", axis: 0 },
            { as: "line", axis: 1 },
          ],
          axes: ["count", "rate"],
        },
      },
      {
        kind: "chart",
        chart: {
          type: "line",
          title: { en: "Weekly active rate", zh: "周活跃用户占比" },
          source: { table: "weekly", keys: ["weekStart", "activeRate"], finalOnly: true },
          axes: ["rate"],
          legend: "none",
        },
      },
    ],
  },
});
