/**
 * Channel spend and ad metrics (渠道投放 · 数据广告指标, insights.md §14): per channel and week, what
 * was spent and what the ad platform counted, beside the channel breakdown's cohort (§12) — who
 * joined through the channel, who bought within the funnel window and for how much. One pass over
 * the spend rows; the cohorts are the breakdown's own.
 */
import { segmentFunnelOf } from "./breakdown";
import { compareCodePoints } from "./code-points";
import { cohortComplete } from "./funnel";
import { centsRatio, ratio } from "./rates";
import type { ReportRun } from "./report";
import { segmentField } from "./segment-field";
import type { Day, FunnelRow } from "./types";

/** What a channel spent and brought in, over a week or the whole range; money in integer cents. */
export interface ChannelMetrics {
  impressions: number | null;
  clicks: number | null;
  spendCents: number;
  ctr: number | null;
  cpcCents: number | null;
  cpmCents: number | null;
  newMembers: number;
  joinRate: number | null;
  cpaCents: number | null;
  converted: number | null;
  conversionRate: number | null;
  costPerConversionCents: number | null;
  gmvCents: number | null;
  roi: number | null;
  netRoi: number | null;
}

/** A row of channels.weekly: a channel's week, its cohort's window complete or not (as the funnel's). */
export interface ChannelWeek extends ChannelMetrics {
  channel: string;
  weekStart: Day;
  weekEnd: Day;
  complete: boolean;
  windowDays: number;
}

/** A row of channels.totals, with the days it sums for people (the JSON keeps only the channel). */
export interface ChannelTotal extends ChannelMetrics {
  channel: string;
  from: Day;
  to: Day;
  /** True when every week's cohort has its whole window inside the range. */
  complete: boolean;
  windowDays: number;
}

export interface Channels {
  /** Channel by channel in code-point order, a row for every week of the report. */
  weekly: ChannelWeek[];
  totals: ChannelTotal[];
}

/** The counts and money the metrics are ratios of. */
interface Sums {
  impressions: number | null;
  clicks: number | null;
  spendCents: number;
  newMembers: number;
  converted: number | null;
  gmvCents: number | null;
}

/** The ratios of insights.md §14 from their sums: money ratios to the cent, the others plain. */
function metricsOf(sums: Sums): ChannelMetrics {
  const { impressions, clicks, spendCents, newMembers, converted, gmvCents } = sums;
  return {
    impressions,
    clicks,
    spendCents,
    ctr: ratio(clicks, impressions),
    cpcCents: centsRatio(spendCents, clicks),
    cpmCents: centsRatio(spendCents * 1000, impressions),
    newMembers,
    joinRate: ratio(newMembers, clicks),
    cpaCents: centsRatio(spendCents, newMembers),
    converted,
    conversionRate: ratio(converted, newMembers),
    costPerConversionCents: centsRatio(spendCents, converted),
    gmvCents,
    roi: ratio(gmvCents, spendCents),
    netRoi: gmvCents === null ? null : ratio(gmvCents - spendCents, spendCents),
  };
}

const plus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);

function addTo(total: Sums, week: Sums): void {
  total.impressions = plus(total.impressions, week.impressions);
  total.clicks = plus(total.clicks, week.clicks);
  total.spendCents += week.spendCents;
  total.newMembers += week.newMembers;
  total.converted = plus(total.converted, week.converted);
  total.gmvCents = plus(total.gmvCents, week.gmvCents);
}

/**
 * The new-member cohorts of the `channel` breakdown (insights.md §12), segment by segment with a row
 * per week; none when the members table has no channel column (every channel's cohort is empty then).
 */
function channelCohorts(run: ReportRun): { segments: string[]; funnel: FunnelRow[] } {
  const members = run.tables.members;
  if (!members.rows.kept.some((c) => c.field === "channel")) return { segments: [], funnel: [] };
  const { segments, funnel } = segmentFunnelOf(run, segmentField(members, "channel"), {
    ...run.events,
    activity: null,
  });
  return { segments, funnel: funnel.map((r) => r.row) };
}

/** channels.weekly and channels.totals; null without a spend table, empty lists without a range. */
export function channelsOf(run: ReportRun): Channels | null {
  const spend = run.tables.spend?.rows;
  if (!spend) return null;
  const { range, weeks, weekOfDay, events } = run;
  const { windowDays } = run.options;
  if (!range) return { weekly: [], totals: [] };
  const cohorts = channelCohorts(run);
  // Spend channels and members' channels are matched as text, exactly; the blank segment is none.
  const names = [...new Set([...spend.channels, ...cohorts.segments.filter((s) => s !== "")])].sort(
    compareCodePoints,
  );
  const indexOf = new Map(names.map((name, i) => [name, i]));
  const cohortOf = new Map(cohorts.segments.map((name, s) => [name, s]));

  // Per channel · weeks + week, the spend rows' sums over the week's days in the range.
  const keys = names.length * weeks.length;
  const [cents, impressions, clicks] = [
    new Float64Array(keys),
    new Float64Array(keys),
    new Float64Array(keys),
  ];
  const channelOf = spend.channels.map((name) => indexOf.get(name)!);
  const { day, channel, cents: paid, impressions: shown, clicks: clicked, length } = spend;
  for (let i = 0; i < length; i++) {
    const d = day[i];
    if (d < range.from || d > range.to) continue;
    const k = channelOf[channel[i]] * weeks.length + weekOfDay[d - range.from];
    cents[k] += paid[i];
    if (shown) impressions[k] += shown[i];
    if (clicked) clicks[k] += clicked[i];
  }

  const none = events.orders ? 0 : null;
  const weekly: ChannelWeek[] = [];
  const totals: ChannelTotal[] = [];
  names.forEach((name, c) => {
    const s = cohortOf.get(name);
    const total: Sums = {
      impressions: shown ? 0 : null,
      clicks: clicked ? 0 : null,
      spendCents: 0,
      newMembers: 0,
      converted: none,
      gmvCents: none,
    };
    weeks.forEach((week, w) => {
      const k = c * weeks.length + w;
      const cohort = s === undefined ? null : cohorts.funnel[s * weeks.length + w];
      const sums: Sums = {
        impressions: shown ? impressions[k] : null,
        clicks: clicked ? clicks[k] : null,
        spendCents: cents[k],
        newMembers: cohort?.joined ?? 0,
        converted: cohort ? cohort.converted : none,
        gmvCents: cohort ? cohort.gmvCents : none,
      };
      addTo(total, sums);
      weekly.push({
        channel: name,
        weekStart: week.start,
        weekEnd: week.last,
        complete: cohortComplete(week, windowDays, range),
        windowDays,
        ...metricsOf(sums),
      });
    });
    totals.push({
      channel: name,
      from: range.from,
      to: range.to,
      // The last week's cohort has the latest window: when it is inside the range, every one is.
      complete: cohortComplete(weeks[weeks.length - 1], windowDays, range),
      windowDays,
      ...metricsOf(total),
    });
  });
  return { weekly, totals };
}
