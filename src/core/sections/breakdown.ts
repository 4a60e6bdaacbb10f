/**
 * Breakdown (分群对比, insights.md §12): the weekly rows and the funnel of each segment of the
 * members field asked for (`by`), and a sheet named for that field with the latest complete week
 * side by side, segment by segment, above the weekly rows.
 */
import { breakdownName } from "../../shared/breakdown-name";
import { formatDay } from "../../shared/days";
import type { Labels, Lang } from "../../shared/lang";
import { type Breakdown, breakdownOf, type Segmented } from "../breakdown";
import { BLANK_TEXT, type Column, type LayoutTable, tableOf } from "../layout";
import { latestComplete } from "../range";
import type { FunnelRow, WeekRow } from "../types";
import { FUNNEL } from "./funnel";
import { type ReportSection, rowJson } from "./section";
import { PARTIAL_WEEKS, WEEKLY } from "./weekly";

/** The segment column; people read its blank segment as "(blank)", the JSON keeps "". */
function segmentColumn<R>(): Column<Segmented<R>> {
  return {
    key: "segment",
    en: "Segment",
    zh: "分群",
    kind: "text",
    get: (r) => r.segment,
    blank: BLANK_TEXT,
  };
}

/** A section's columns read from a segment's row. */
function ofRow<R>(columns: readonly Column<R>[]): Column<Segmented<R>>[] {
  return columns.map((c) => ({ ...c, get: (r: Segmented<R>) => c.get(r.row) }));
}

const WEEK_COLUMNS = ofRow(WEEKLY.columns);
const FUNNEL_COLUMNS = ofRow(FUNNEL.columns);

/** COMMUNITY_BREAKDOWN's columns and the sheet's weekly table: the segment, then COMMUNITY_WEEKLY's. */
export const BREAKDOWN_COLUMNS: readonly Column<Segmented<WeekRow>>[] = [segmentColumn(), ...WEEK_COLUMNS];
const BREAKDOWN_FUNNEL_COLUMNS = [segmentColumn<FunnelRow>(), ...FUNNEL_COLUMNS];

function tables(breakdown: Breakdown | null, lang: Lang): LayoutTable[] {
  if (breakdown === null) return [];
  const name = breakdownName(breakdown.field.by)[lang];
  const latest = latestComplete(breakdown.weekly.map((r) => r.row));
  const week = latest && `${formatDay(latest.weekStart)} – ${formatDay(latest.weekEnd)}`;
  const latestTitle: Labels = week
    ? { en: `${name} · latest complete week ${week}`, zh: `${name} · 最近完整周 ${week}` }
    : { en: `${name} · no complete week yet`, zh: `${name} · 暂无完整周` };
  const weekly: Labels = { en: `${name} · every week`, zh: `${name} · 每周数据` };
  const funnel: Labels = { en: `${name} · new-member funnel`, zh: `${name} · 新人漏斗` };
  return [
    tableOf(
      "breakdownLatest",
      latestTitle[lang],
      // The weekly table's columns: the header frozen above both reads right for either.
      BREAKDOWN_COLUMNS,
      breakdown.weekly.filter((r) => r.row.weekStart === latest?.weekStart),
      lang,
    ),
    tableOf("breakdownWeekly", weekly[lang], BREAKDOWN_COLUMNS, breakdown.weekly, lang),
    tableOf("breakdownFunnel", funnel[lang], BREAKDOWN_FUNNEL_COLUMNS, breakdown.funnel, lang),
  ];
}

export const BREAKDOWN: ReportSection<"breakdown", Breakdown | null> = {
  id: "breakdown",
  title: { en: "Breakdown", zh: "分群对比" },
  compute: breakdownOf,
  json: (breakdown) => ({
    breakdown: breakdown && {
      by: breakdown.field.by,
      segments: breakdown.segments,
      weekly: breakdown.weekly.map((r) => rowJson(BREAKDOWN_COLUMNS, r)),
      funnel: breakdown.funnel.map((r) => rowJson(BREAKDOWN_FUNNEL_COLUMNS, r)),
    },
  }),
  tables,
  sheet: {
    main: ["breakdownLatest", "breakdownWeekly"],
    titled: true,
    name: (breakdown) => breakdownName(breakdown!.field.by),
    sideFrom: "top",
    side: [
      { kind: "provenance" },
      { kind: "note", note: PARTIAL_WEEKS },
      {
        kind: "chart",
        chart: {
          type: "column",
          title: {
            en: "Active and conversion rates per segment, latest complete week",
            zh: "各分群的周活跃用户占比与周转化率（最近完整周）",
          },
          source: { table: "breakdownLatest", keys: ["segment", "activeRate", "conversionRate"] },
          axes: ["rate"],
        },
      },
    ],
  },
};
