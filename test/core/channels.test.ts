import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, formatDay } from "../../src/core/calendar";
import { problemMessage } from "../../src/core/inputs";
import { reportToJson } from "../../src/core/json";
import { buildReport } from "../../src/core/report";
import { INSIGHTS_EXPECTED, insightsGrids } from "../support/breakdown";
import { FIXTURES, reportDifferences } from "../support/fixtures";
import { type Csv, reportOf } from "../support/report";
import { TINY_SPEND } from "../support/spend";

type Row = Record<string, unknown>;
const tiny = (table: string): string => readFileSync(join(FIXTURES, "tiny", `${table}.csv`), "utf8");
const TINY: Csv = { members: tiny("members"), activity: tiny("activity"), orders: tiny("orders") };
const SPEND_HEADER = "date,channel,campaign,impressions,clicks,spend";
const day = (text: string) => {
  const [y, m, d] = text.split("-").map(Number);
  return daysFromCivil(y, m, d);
};

function channels(csv: Csv, options: Parameters<typeof reportOf>[1] = {}) {
  return reportOf(csv, options).channels as { weekly: Row[]; totals: Row[] } | null;
}

const rowOf = (rows: Row[], channel: string, weekStart?: string): Row => {
  const row = rows.find(
    (r) => r.channel === channel && (weekStart === undefined || r.weekStart === weekStart),
  );
  if (!row) throw new Error(`no row ${channel} ${weekStart ?? ""}`);
  return row;
};

describe("the insights-cn example", () => {
  const json = reportToJson(buildReport(insightsGrids(), { timeZone: "Asia/Shanghai", by: "channel" }));

  it("--spend: channels.weekly and channels.totals equal expected.json, and the spend problems are listed", () => {
    expect(reportDifferences(INSIGHTS_EXPECTED, json)).toEqual([]);
  });

  it("puts channels after the follow-up lists and the spend problems after the orders' (insights.md §17)", () => {
    const keys = Object.keys(json);
    expect(keys.slice(keys.indexOf("funnel"), keys.indexOf("excluded") + 1)).toEqual([
      "funnel",
      "purchases",
      "retention",
      "breakdown",
      "followUp",
      "channels",
      "content",
      "excluded",
    ]);
    expect([...new Set(json.problems.map((p) => p.table))]).toEqual([
      "members",
      "activity",
      "orders",
      "spend",
      "content",
    ]);
  });

  it("reports each bad spend row with its table, row, column, value and the reason", () => {
    expect(json.problems.filter((p) => p.table === "spend")).toEqual([
      { table: "spend", row: 6, column: "channel", value: "", message: "channel is blank" },
      { table: "spend", row: 10, column: "date", value: "3/7/2024", message: "not a date" },
      { table: "spend", row: 15, column: "spend", value: "-12", message: "not an amount" },
      { table: "spend", row: 21, column: "impressions", value: "1.5k", message: "not a whole number" },
      { table: "spend", row: 26, column: "clicks", value: "2.5", message: "not a whole number" },
    ]);
    expect(
      ["channel is blank", "not a date", "not an amount", "not a whole number"].map((m) =>
        problemMessage("spend", m, "zh"),
      ),
    ).toEqual(["渠道为空", "不是日期", "不是金额", "不是整数"]);
  });
});

describe("channels (insights.md §14)", () => {
  const { weekly, totals } = channels({ ...TINY, spend: TINY_SPEND })!;

  it("lists the spend channels and the members' channels in code-point order, each with every week", () => {
    expect(totals.map((t) => t.channel)).toEqual(["friend", "poster", "wechat-ads"]);
    expect(weekly.map((r) => [r.channel, r.weekStart, r.weekEnd])).toEqual([
      ["friend", "2024-12-02", "2024-12-08"],
      ["friend", "2024-12-09", "2024-12-12"],
      ["poster", "2024-12-02", "2024-12-08"],
      ["poster", "2024-12-09", "2024-12-12"],
      ["wechat-ads", "2024-12-02", "2024-12-08"],
      ["wechat-ads", "2024-12-09", "2024-12-12"],
    ]);
  });

  it("sets each week's spend and clicks beside the channel's new members, who bought in the window and for how much", () => {
    // poster: u1 and u4 joined in the first week, u1 bought 99 within 7 days; u5 joined on 12-11 and bought 1299.
    expect(rowOf(weekly, "poster", "2024-12-02")).toEqual({
      channel: "poster",
      weekStart: "2024-12-02",
      weekEnd: "2024-12-08",
      complete: false,
      windowDays: 7,
      impressions: 1000,
      clicks: 30,
      spend: 100,
      ctr: 0.03,
      cpc: 3.33,
      cpm: 100,
      newMembers: 2,
      joinRate: 2 / 30,
      cpa: 50,
      converted: 1,
      conversionRate: 0.5,
      costPerConversion: 100,
      gmv: 99,
      roi: 0.99,
      netRoi: -0.01,
    });
  });

  it("sums the weeks into each channel's totals and recomputes the ratios from the sums, money to the cent", () => {
    expect(rowOf(totals, "poster")).toEqual({
      channel: "poster",
      impressions: 1800,
      clicks: 60,
      spend: 160,
      ctr: 60 / 1800,
      cpc: 2.67,
      cpm: 88.89,
      newMembers: 3,
      joinRate: 0.05,
      cpa: 53.33,
      converted: 2,
      conversionRate: 2 / 3,
      costPerConversion: 80,
      gmv: 1398,
      roi: 1398 / 160,
      netRoi: (1398 - 160) / 160,
    });
  });

  it("shows a channel paid for but bringing nobody, and one bringing members without spend", () => {
    expect(rowOf(totals, "wechat-ads")).toMatchObject({
      spend: 150,
      cpc: 1.25,
      cpm: 30,
      newMembers: 0,
      joinRate: 0,
      cpa: null,
      converted: 0,
      conversionRate: null,
      costPerConversion: null,
      gmv: 0,
      roi: 0,
      netRoi: -1,
    });
    expect(rowOf(totals, "friend")).toMatchObject({
      impressions: 0,
      clicks: 0,
      spend: 0,
      ctr: null,
      cpc: null,
      newMembers: 3,
      cpa: 0,
      converted: 1,
      costPerConversion: 0,
      gmv: 199.5,
      roi: null,
      netRoi: null,
    });
  });

  it("is null without a spend table", () => {
    expect(reportOf(TINY).channels).toBeNull();
  });

  describe("edge cases", () => {
    it("counts a spend row's day for the report range, as a join or an order counts", () => {
      const report = reportOf({
        members: "member_id,joined_at\nu1,2024-12-04",
        spend: `${SPEND_HEADER}\n2024-12-01,ads,,,,5\n2024-12-20,ads,,,,5`,
      });
      expect(report.range).toEqual({ from: "2024-12-01", to: "2024-12-20" });
    });

    it("keeps a channel whose rows fall outside the range asked for, with nothing spent in it", () => {
      const rows = channels(
        { ...TINY, spend: `${SPEND_HEADER}\n2024-11-01,old-ads,,10,1,5\n2024-12-03,poster,,10,1,5` },
        { from: day("2024-12-02"), to: day("2024-12-08") },
      )!;
      expect(rowOf(rows.totals, "old-ads")).toMatchObject({ spend: 0, impressions: 0, clicks: 0 });
      expect(rowOf(rows.totals, "poster")).toMatchObject({ spend: 5 });
    });

    it("reads blank impressions and clicks as 0, and without their columns leaves them and their ratios empty", () => {
      const blank = channels({ ...TINY, spend: `${SPEND_HEADER}\n2024-12-03,ads,,,,50` })!;
      expect(rowOf(blank.totals, "ads")).toMatchObject({ impressions: 0, clicks: 0, ctr: null, cpc: null });
      const bare = channels({ ...TINY, spend: "date,channel,spend\n2024-12-03,ads,50" })!;
      expect(rowOf(bare.totals, "ads")).toMatchObject({
        impressions: null,
        clicks: null,
        ctr: null,
        cpc: null,
        cpm: null,
        joinRate: null,
        spend: 50,
      });
    });

    it("without orders leaves the conversions, GMV and the ratios over them empty", () => {
      const rows = channels({ members: TINY.members, spend: TINY_SPEND })!;
      expect(rowOf(rows.totals, "poster")).toMatchObject({
        newMembers: 3,
        cpa: 53.33,
        converted: null,
        conversionRate: null,
        costPerConversion: null,
        gmv: null,
        roi: null,
        netRoi: null,
      });
    });

    it("matches channels as text exactly after normalising, and makes none of staff or a blank channel", () => {
      const rows = channels({
        members:
          "member_id,joined_at,channel,role\nu1,2024-12-02,ＡＤＳ ,\nu2,2024-12-02,Ads,\nb1,2024-12-02,bots,机器人\nu3,2024-12-02,,",
        spend: `${SPEND_HEADER}\n2024-12-02, ADS,,,,10`,
      })!;
      expect(rows.totals.map((t) => [t.channel, t.newMembers, t.spend])).toEqual([
        ["ADS", 1, 10],
        ["Ads", 1, 0],
      ]);
    });

    it("gives every spend channel no new members when the members table has no channel column", () => {
      const rows = channels({ members: "member_id,joined_at\nu1,2024-12-02", spend: TINY_SPEND })!;
      expect(rows.totals.map((t) => [t.channel, t.newMembers, t.cpa])).toEqual([
        ["poster", 0, null],
        ["wechat-ads", 0, null],
      ]);
    });

    it("is empty lists when nothing counted at all", () => {
      const report = reportOf({
        members: "member_id,joined_at",
        spend: `${SPEND_HEADER}\n2024-12-02,,,,,10`,
      });
      expect(report.range).toEqual({ from: null, to: null });
      expect(report.channels).toEqual({ weekly: [], totals: [] });
    });

    it("skips a row with a blank channel, a bad date, a bad amount or a bad count, checked in that order", () => {
      const report = reportOf({
        members: "member_id,joined_at\nu1,2024-12-02",
        spend: [
          SPEND_HEADER,
          "2024-12-02,-,,,,10",
          "yesterday,ads,,,,-5",
          "2024-12-02,ads,,x,,¥1.2.3",
          "2024-12-02,ads,,-1,x,10",
          "2024-12-02,ads,,1,x,10",
          "",
          '2024/12/3,ads,plan,1,2,"¥1,299.50元"',
        ].join("\n"),
      });
      expect(report.problems.map((p) => [p.row, p.column, p.message])).toEqual([
        [2, "channel", "channel is blank"],
        [3, "date", "not a date"],
        [4, "spend", "not an amount"],
        [5, "impressions", "not a whole number"],
        [6, "clicks", "not a whole number"],
      ]);
      expect((report.channels as { totals: Row[] }).totals).toMatchObject([
        { channel: "ads", spend: 1299.5 },
      ]);
    });
  });
});

describe("properties", () => {
  const START = day("2024-12-02");
  const spendRow = fc.tuple(
    fc.integer({ min: 0, max: 30 }),
    fc.constantFrom("a", "b", "c"),
    fc.integer({ min: 0, max: 500 }),
    fc.integer({ min: 0, max: 20 }),
    fc.integer({ min: 0, max: 99_999 }),
  );
  const memberRow = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.constantFrom("a", "d", ""));

  it("totals are the sums of the weekly rows, and the spend in the range is every row's in it", () => {
    fc.assert(
      fc.property(
        fc.array(spendRow, { minLength: 1, maxLength: 30 }),
        fc.array(memberRow, { maxLength: 12 }),
        fc.integer({ min: 0, max: 10 }),
        (spend, members, fromOffset) => {
          const from = START + fromOffset;
          const result = channels(
            {
              members: [
                "member_id,joined_at,channel",
                ...members.map(([d, c], i) => `m${i},${formatDay(START + d)},${c}`),
              ].join("\n"),
              spend: [
                SPEND_HEADER,
                ...spend.map(
                  ([d, c, shown, clicks, cents]) =>
                    `${formatDay(START + d)},${c},,${shown},${clicks},${(cents / 100).toFixed(2)}`,
                ),
              ].join("\n"),
            },
            { from, to: START + 40 },
          )!;
          const inRange = spend.filter(([d]) => START + d >= from);
          for (const total of result.totals) {
            const rows = result.weekly.filter((r) => r.channel === total.channel);
            for (const key of ["impressions", "clicks", "newMembers"]) {
              expect(total[key]).toBe(rows.reduce((sum, r) => sum + (r[key] as number), 0));
            }
            const cents = inRange.filter(([, c]) => c === total.channel).reduce((sum, r) => sum + r[4], 0);
            expect(Math.round((total.spend as number) * 100)).toBe(cents);
            const clicks = total.clicks as number;
            expect(total.cpc).toBe(clicks === 0 ? null : Math.round(cents / clicks) / 100);
          }
          const names = result.totals.map((t) => t.channel as string);
          expect(names).toEqual(
            [...new Set([...spend.map((r) => r[1]), ...members.map((m) => m[1]).filter(Boolean)])].sort(),
          );
        },
      ),
    );
  });
});
