/**
 * Channels (渠道投放 · 数据广告指标, insights.md §14): per channel, what was spent and what came back —
 * the ad platform's CTR, CPC and CPM beside the cost per new member, the new members who bought within
 * the window and GMV per unit spent (投产比). The sheet shows the totals per channel first, then every
 * week, with charts of spend against new members and of ROI per channel.
 */
import { formatDay } from "../../shared/days";
import type { Labels, Lang } from "../../shared/lang";
import type { ChannelMetrics, Channels, ChannelTotal, ChannelWeek } from "../channels";
import { channelsOf } from "../channels";
import { SPEND } from "../inputs/spend";
import { type Column, centsToYuan, column, type LayoutTable, tableOf } from "../layout";
import { COHORTS_OPEN, FUNNEL } from "./funnel";
import { type ReportSection, rowJson } from "./section";
import { weekColumns } from "./weekly";

const money = <R extends ChannelMetrics>(
  key: string,
  en: string,
  zh: string,
  cents: (r: R) => number | null,
): Column<R> => ({ key, en, zh, kind: "money", get: (r) => centsToYuan(cents(r)) });

/** The metrics' columns, in insights.md §14's order, for a week's row and a total's alike. */
function metricColumns<R extends ChannelMetrics>(): Column<R>[] {
  return [
    column<R>("impressions", "Impressions", "曝光量", "int"),
    column<R>("clicks", "Clicks", "点击量", "int"),
    money<R>("spend", "Spend", "花费", (r) => r.spendCents),
    column<R>("ctr", "CTR", "点击率", "rate"),
    money<R>("cpc", "CPC", "点击成本", (r) => r.cpcCents),
    money<R>("cpm", "CPM", "千次曝光成本", (r) => r.cpmCents),
    column<R>("newMembers", "New members", "新增入群", "int"),
    column<R>("joinRate", "Join rate (of clicks)", "点击入群率", "rate"),
    money<R>("cpa", "CPA (per new member)", "获客成本", (r) => r.cpaCents),
    column<R>("converted", "Converted", "转化人数", "int"),
    column<R>("conversionRate", "Cohort conversion rate", "转化率", "rate"),
    money<R>("costPerConversion", "Cost per conversion", "转化成本", (r) => r.costPerConversionCents),
    money<R>("gmv", "New-member GMV", "新人窗口GMV", (r) => r.gmvCents),
    // A multiple and a percentage, each saying what it divides: 1.55x is not 55%.
    column<R>("roi", "ROI (GMV ÷ spend)", "投产比 ROI（GMV÷花费）", "multiple"),
    column<R>("netRoi", "Net ROI ((GMV − spend) ÷ spend)", "净ROI（(GMV−花费)÷花费）", "rate"),
  ];
}

/** The funnel's labels for what the rows share with it: the window, and whether it is complete. */
function funnelColumn<R>(key: "complete" | "windowDays"): Column<R> {
  const { en, zh, kind } = FUNNEL.columns.find((c) => c.key === key)!;
  return column<R>(key as keyof R & string, en, zh, kind);
}

const [WEEK_START, WEEK_END] = weekColumns<ChannelWeek>();
const CHANNEL = <R extends { channel: string }>(): Column<R> =>
  column<R>("channel", "Channel", "渠道", "text");

/** channels.weekly as COMMUNITY_CHANNELS spills it and the JSON has it. */
export const CHANNEL_WEEK_COLUMNS: readonly Column<ChannelWeek>[] = [
  CHANNEL<ChannelWeek>(),
  WEEK_START,
  WEEK_END,
  funnelColumn<ChannelWeek>("complete"),
  funnelColumn<ChannelWeek>("windowDays"),
  ...metricColumns<ChannelWeek>(),
];

const TOTAL_JSON: readonly Column<ChannelTotal>[] = [
  CHANNEL<ChannelTotal>(),
  ...metricColumns<ChannelTotal>(),
];

/**
 * The totals for people: the days they sum in the weekly rows' place, so that the sheet's frozen
 * header (this table's) reads right above the weekly rows too.
 */
export const CHANNEL_TOTAL_COLUMNS: readonly Column<ChannelTotal>[] = [
  CHANNEL<ChannelTotal>(),
  column<ChannelTotal>("from", "From", "开始", "day"),
  column<ChannelTotal>("to", "To", "结束", "day"),
  funnelColumn<ChannelTotal>("complete"),
  funnelColumn<ChannelTotal>("windowDays"),
  ...metricColumns<ChannelTotal>(),
];

function tables(
  channels: Channels | null,
  lang: Lang,
  range: { from: number; to: number } | null,
): LayoutTable[] {
  if (channels === null) return [];
  const days = range ? ` ${formatDay(range.from)} – ${formatDay(range.to)}` : "";
  const totals: Labels = { en: `Totals per channel${days}`, zh: `各渠道合计${days}` };
  const weekly: Labels = { en: "Every week per channel", zh: "各渠道每周数据" };
  return [
    tableOf("channelTotals", totals[lang], CHANNEL_TOTAL_COLUMNS, channels.totals, lang),
    tableOf("channelWeekly", weekly[lang], CHANNEL_WEEK_COLUMNS, channels.weekly, lang),
  ];
}

export const CHANNELS: ReportSection<"channels", Channels | null> = {
  id: "channels",
  title: { en: "Channels", zh: "渠道投放" },
  compute: channelsOf,
  absent: { en: `needs the ${SPEND.label.en} table`, zh: `需要${SPEND.label.zh}表` },
  json: (channels) => ({
    channels: channels && {
      weekly: channels.weekly.map((r) => rowJson(CHANNEL_WEEK_COLUMNS, r)),
      totals: channels.totals.map((r) => rowJson(TOTAL_JSON, r)),
    },
  }),
  tables: (channels, lang, base) => tables(channels, lang, base.range),
  sheet: {
    main: ["channelTotals", "channelWeekly"],
    titled: true,
    sideFrom: "top",
    side: [
      { kind: "provenance" },
      { kind: "note", note: COHORTS_OPEN },
      {
        kind: "chart",
        chart: {
          type: "combo",
          title: { en: "Spend and new members per channel", zh: "各渠道花费与新增入群" },
          source: { table: "channelTotals", keys: ["channel", "spend", "newMembers"] },
          series: [
            { as: "bars", axis: 0 },
            { as: "line", axis: 1 },
          ],
          axes: ["count", "count"],
        },
      },
      {
        kind: "chart",
        chart: {
          type: "column",
          title: { en: "ROI per channel (GMV ÷ spend)", zh: "各渠道投产比 ROI（GMV÷花费）" },
          source: { table: "channelTotals", keys: ["channel", "roi"] },
          axes: ["multiple"],
          legend: "none",
        },
      },
    ],
  },
};
