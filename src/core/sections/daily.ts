/** Daily (每日数据, metrics.md §5): the daily table, total members and the daily active rate. */
import type { Labels } from "../../shared/lang";
import { column, withLastRow } from "../layout";
import { metricsOf } from "../metrics";
import type { DayRow } from "../types";
import { type TableSection, tableSection } from "./section";

/** What the Daily sheet's grey row is: the day an export taken during it cut short. */
export const OPEN_LAST_DAY: Labels = {
  en: "Grey row: the last day of the data, which an export taken during the day cuts short; the chart stops the day before.",
  zh: "灰色行：数据的最后一天，若导出时当天尚未结束则数据不完整；图表截至前一天。",
};

const daily = tableSection<"daily", DayRow>({
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
      { kind: "note", note: OPEN_LAST_DAY },
      {
        kind: "chart",
        chart: {
          type: "line",
          title: { en: "Total members and daily active rate", zh: "社群总人数与当日活跃用户占比" },
          source: { table: "daily", keys: ["date", "totalMembers", "activeRate"], finalOnly: true },
          series: [{ axis: 0 }, { axis: 1 }],
          axes: ["count", "rate"],
        },
      },
    ],
  },
});

export const DAILY: TableSection<"daily", DayRow> = {
  ...daily,
  // The report's last day is greyed only where the data ends it: a day the user chose is whole.
  tables: (rows, lang, base) =>
    daily.tables(rows, lang, base).map((table) => withLastRow(table, base.endsWithData)),
};
