/**
 * The spend table (投放表, insights.md §14): what was paid per channel (and campaign) and day, with
 * the ad platform's impressions and clicks when the export has them. Not keyed by member: each
 * valid row's day counts for the report range as it is.
 */
import type { ZoneClock } from "../calendar";
import { at, IntColumn, problem, type TableReader, tableReader } from "../tables";
import { cellText } from "../text";
import type { Cell, Day } from "../types";
import { readCents, readDay, readTally } from "../values";
import { COMMON_PROBLEMS, type FieldSpec, type InputTable } from "./input";

const FIELDS: readonly FieldSpec[] = [
  {
    name: "date",
    required: true,
    aliases: ["date", "day", "spend_date", "日期", "投放日期", "时间"],
    label: { en: "Date", zh: "日期" },
  },
  {
    name: "channel",
    required: true,
    aliases: ["channel", "source", "platform", "渠道", "来源", "投放渠道", "广告渠道", "平台"],
    label: { en: "Channel", zh: "渠道" },
  },
  {
    name: "campaign",
    required: false,
    aliases: ["campaign", "ad", "ad_name", "plan", "广告计划", "计划", "广告名称", "推广计划"],
    label: { en: "Campaign", zh: "广告计划" },
  },
  {
    name: "impressions",
    required: false,
    aliases: ["impressions", "exposure", "曝光量", "曝光", "展现量", "展示量", "展示次数"],
    label: { en: "Impressions", zh: "曝光量" },
  },
  {
    name: "clicks",
    required: false,
    aliases: ["clicks", "点击量", "点击", "点击数", "点击次数"],
    label: { en: "Clicks", zh: "点击量" },
  },
  {
    name: "spend",
    required: true,
    aliases: ["spend", "cost", "ad_spend", "花费", "消耗", "消费", "投放金额", "成本"],
    label: { en: "Spend", zh: "花费" },
  },
];

/**
 * The spend table's valid rows as columns: row i was paid on day[i] for channel `channels[channel[i]]`.
 * A campaign is one more row of its channel: the metrics are per channel.
 */
export interface SpendColumns {
  /** Each distinct channel text once, in order of first valid row. */
  channels: string[];
  channel: Int32Array;
  day: Int32Array;
  cents: number[];
  /** Null when the table has no impressions (clicks) column: their metrics are then empty, not 0. */
  impressions: number[] | null;
  clicks: number[] | null;
  length: number;
}

function spendColumns() {
  const codes = new Map<string, number>();
  const [channel, day] = [new IntColumn(), new IntColumn()];
  const cents: number[] = [];
  const impressions: number[] = [];
  const clicks: number[] = [];
  let hasImpressions = false;
  let hasClicks = false;
  return {
    columns(impressionsColumn: boolean, clicksColumn: boolean): void {
      hasImpressions = impressionsColumn;
      hasClicks = clicksColumn;
    },
    push(text: string, d: Day, amount: number, shown: number, clicked: number): void {
      let code = codes.get(text);
      if (code === undefined) {
        code = codes.size;
        codes.set(text, code);
      }
      channel.push(code);
      day.push(d);
      cents.push(amount);
      impressions.push(shown);
      clicks.push(clicked);
    },
    finish: (): SpendColumns => ({
      channels: [...codes.keys()],
      channel: channel.finish(),
      day: day.finish(),
      cents,
      impressions: hasImpressions ? impressions : null,
      clicks: hasClicks ? clicks : null,
      length: cents.length,
    }),
  };
}

function spendReader(clock: ZoneClock): TableReader<SpendColumns> {
  const kept = spendColumns();
  return tableReader(
    "spend",
    FIELDS,
    (header, days) => {
      const [date, channel, impressions, clicks, spend] = [
        "date",
        "channel",
        "impressions",
        "clicks",
        "spend",
      ].map(header.col);
      kept.columns(impressions >= 0, clicks >= 0);
      // An export has a row per channel and campaign of each day: the same date many rows running.
      let lastDate: Cell = null;
      let lastDay: Day | null = null;
      // Checked in the order insights.md §14 gives: channel, date, spend, impressions, clicks.
      return (cells, row) => {
        const text = cellText(cells[channel]);
        if (text === "") return problem("spend", row, "channel", cells[channel], "channel is blank");
        if (cells[date] !== lastDate) {
          lastDate = cells[date];
          lastDay = readDay(lastDate, clock);
        }
        const day = lastDay;
        if (day === null) return problem("spend", row, "date", cells[date], "not a date");
        const cents = readCents(cells[spend]);
        if (cents === null) return problem("spend", row, "spend", cells[spend], "not an amount");
        const shown = readTally(at(cells, impressions));
        if (shown === null)
          return problem("spend", row, "impressions", cells[impressions], "not a whole number");
        const clicked = readTally(at(cells, clicks));
        if (clicked === null) return problem("spend", row, "clicks", cells[clicks], "not a whole number");
        days.see(day);
        kept.push(text, day, cents, shown, clicked);
        return null;
      };
    },
    kept.finish,
  );
}

export const SPEND = {
  name: "spend",
  required: false,
  label: { en: "Spend", zh: "投放" },
  dataSheet: { en: "Spend", zh: "投放" },
  about: {
    en: "Ad spend per channel and day: date, channel and spend; campaign, impressions and clicks if you have them.",
    zh: "各渠道每天的投放：日期、渠道和花费，可带广告计划、曝光量和点击量。",
  },
  fields: FIELDS,
  keepsOtherColumns: false,
  problems: { ...COMMON_PROBLEMS, "channel is blank": "渠道为空" },
  detectionOrder: 3,
  spanCountsForRange: true,
  reader: spendReader,
} as const satisfies InputTable<"spend", SpendColumns>;
