/**
 * Retention (留存, insights.md §11): the cohort grid, one row per join week and one rate column per
 * week since joining, as many as the report's longest cohort has. Its columns vary with the report,
 * so the section makes its table itself; each rate cell is shaded by its value.
 */
import { formatDay } from "../../shared/days";
import type { Labels, Lang } from "../../shared/lang";
import { BLUE, GREY, MUTED_TEXT, shadeOf } from "../heatmap";
import { ACTIVITY } from "../inputs/activity";
import type { ColumnKind, LayoutTable } from "../layout";
import { retentionOf } from "../retention";
import type { RetentionRow } from "../types";
import { FUNNEL } from "./funnel";
import type { ReportSection } from "./section";

// The cohort is the funnel's (insights.md §11): its week and size keep the funnel's labels.
const [COHORT, JOINED] = ["weekStart", "joined"].map((key) => FUNNEL.columns.find((c) => c.key === key)!);

const weekLabel = (k: number, lang: Lang): string => (lang === "zh" ? `第${k}周` : `Week ${k}`);

const LEGEND: Labels = {
  en: "Each cell: the share of the week's new members active that many weeks after joining (Week 0: the join week, from the join day). Grey: a week not wholly inside the range. Blank: after the range.",
  zh: "每格：当周入群的新成员在入群后第N周有互动的比例（第0周为入群当周，自入群日起）。灰色：该周不完全在日期范围内。空白：超出日期范围。",
};

/** The grid: cohort week, joined, then Week 0 … up to the longest cohort; a row stops where the range does. */
function retentionTable(rows: readonly RetentionRow[], lang: Lang): LayoutTable {
  const weeks = Array.from({ length: Math.max(0, ...rows.map((r) => r.rates.length)) }, (_, k) => k);
  return {
    id: "retention",
    title: RETENTION.title[lang],
    keys: [COHORT.key, JOINED.key, ...weeks.map((k) => `week${k}`)],
    headers: [COHORT[lang], JOINED[lang], ...weeks.map((k) => weekLabel(k, lang))],
    kinds: [COHORT.kind, JOINED.kind, ...weeks.map((): ColumnKind => "rate")],
    rows: rows.map((r) => [r.weekStart, r.joined, ...r.rates]),
    backgrounds: rows.map((r) => [
      null,
      null,
      ...r.rates.map((rate, k) => shadeOf(rate, r.complete[k] ? BLUE : GREY)),
    ]),
    fontColors: rows.map((r) => [
      null,
      null,
      ...r.complete.map((complete) => (complete ? null : MUTED_TEXT)),
    ]),
  };
}

export const RETENTION: ReportSection<"retention", RetentionRow[] | null> = {
  id: "retention",
  title: { en: "Retention", zh: "留存" },
  compute: retentionOf,
  absent: { en: `needs the ${ACTIVITY.label.en} table`, zh: `需要${ACTIVITY.label.zh}表` },
  json: (rows) => ({
    retention:
      rows === null
        ? null
        : rows.map(({ weekStart, joined, active, rates, complete }) => ({
            weekStart: formatDay(weekStart),
            joined,
            active,
            rates,
            complete,
          })),
  }),
  tables: (rows, lang) => (rows ? [retentionTable(rows, lang)] : []),
  sheet: {
    main: [{ note: LEGEND }, "retention"],
    // Below the legend's row, which runs on over the empty cells to its right.
    sideFrom: "belowFrozen",
    side: [{ kind: "provenance" }],
  },
};
