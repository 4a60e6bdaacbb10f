/** Daily (每日数据, metrics.md §5): the daily table, total members and the daily active rate. */
import { column } from "../layout";
import { metricsOf } from "../metrics";
import type { DayRow } from "../types";
import { tableSection } from "./section";

export const DAILY = tableSection<"daily", DayRow>({
  id: "daily",
  title: { en: "Daily", zh: "每日数据" },
  columns: [
    column("date", "Date", "日期", "day"),
    column("totalMembers", "Total members", "社群总人数", "int"),
    column("newMembers", "New members", "当日新增入群人数", "int"),
    column("activeMembers", "Active members", "当日活跃用户数", "int"),
    column("activeRate", "Active rate", "当日活跃用户占比", "rate"),
    column("churnedMembers", "Churned members", "当日流失用户数", "int"),
  ],
  compute: (run) => run.once(metricsOf).daily,
  sheet: {
    main: ["daily"],
    sideFrom: "top",
    side: [
      { kind: "provenance" },
      {
        kind: "chart",
        chart: {
          type: "line",
          title: { en: "Total members and daily active rate", zh: "社群总人数与当日活跃用户占比" },
          source: { table: "daily", keys: ["date", "totalMembers", "activeRate"] },
          series: [{ axis: 0 }, { axis: 1 }],
          axes: ["count", "rate"],
        },
      },
    ],
  },
});
