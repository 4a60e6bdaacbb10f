/** Funnel (漏斗, metrics.md §7): each week's new members followed for the funnel window. */
import { formatDay } from "../../shared/days";
import type { Labels, Lang } from "../../shared/lang";
import { funnelOf } from "../funnel";
import { type Column, centsToYuan, column } from "../layout";
import { latestComplete } from "../range";
import type { FunnelRow } from "../types";
import type { LabelBlock } from "./section";
import { tableSection } from "./section";

const COLUMNS: readonly Column<FunnelRow>[] = [
  column<FunnelRow>("weekStart", "Cohort week", "入群周", "day"),
  column<FunnelRow>("complete", "Complete", "完整", "bool"),
  column<FunnelRow>("windowDays", "Window (days)", "观察天数", "int"),
  column<FunnelRow>("joined", "Joined", "新增入群", "int"),
  column<FunnelRow>("activated", "Activated", "激活", "int"),
  column<FunnelRow>("converted", "Converted", "转化", "int"),
  column<FunnelRow>("churned", "Churned", "流失", "int"),
  column<FunnelRow>("activationRate", "Activation rate", "激活率", "rate"),
  // Of the week's new members, not of all members: named apart from the weekly conversion rate.
  column<FunnelRow>("conversionRate", "Cohort conversion rate", "新人转化率", "rate"),
  column<FunnelRow>("churnRate", "Churn rate", "流失率", "rate"),
  { key: "gmv", en: "New-member GMV", zh: "新人窗口GMV", kind: "money", get: (f) => centsToYuan(f.gmvCents) },
];

/** Joined, activated and converted of the latest complete cohort: the cells the funnel chart reads. */
function cohortBlock(rows: readonly FunnelRow[] | null, lang: Lang): LabelBlock {
  const cohort = latestComplete(rows ?? []);
  const week = cohort && formatDay(cohort.weekStart);
  const stages = ["joined", "activated", "converted"].map((key) => COLUMNS.find((c) => c.key === key)!);
  const title: Labels =
    week === null
      ? { en: "No complete cohort yet", zh: "暂无完整的入群周" }
      : { en: `Joined in the week of ${week}`, zh: `${week} 当周入群` };
  return {
    id: "cohort",
    title: [lang === "zh" ? "阶段" : "Stage", title[lang]],
    rows: stages.map((c) => ({ label: c[lang], value: cohort && c.get(cohort), kind: c.kind })),
  };
}

/** What a grey row means: a cohort whose funnel window runs past the data is not final. */
export const COHORTS_OPEN: Labels = {
  en: "Grey rows: cohorts whose window runs past the data; their activation and conversions are not final.",
  zh: "灰色行：窗口期尚未结束的新人批次，其激活与转化尚非最终结果。",
};

export const FUNNEL = tableSection<"funnel", FunnelRow>({
  id: "funnel",
  title: { en: "Funnel", zh: "漏斗" },
  columns: COLUMNS,
  compute: funnelOf,
  sheet: {
    main: ["funnel"],
    sideFrom: "top",
    side: [
      { kind: "provenance" },
      { kind: "note", note: COHORTS_OPEN },
      { kind: "block", make: (rows, _base, lang) => cohortBlock(rows, lang) },
      {
        kind: "chart",
        chart: {
          type: "bar",
          title: { en: "Funnel of the latest complete cohort", zh: "最近完整入群周的漏斗" },
          source: { block: "cohort" },
          axes: ["count"],
          legend: "none",
        },
      },
    ],
  },
});
