import { describe, expect, it } from "vitest";
import { headersOf } from "../../src/core/layout";
import { CHANNEL_WEEK_COLUMNS } from "../../src/core/sections/channels";
import { INSIGHTS_EXPECTED, insightsGrid } from "../support/breakdown";
import { fixtureGrid, fixtures } from "../support/fixtures";
import { TINY_SPEND_GRID } from "../support/spend";
import { asSheetCells, expectRows, expectSheetValues, openSheet, shownDay } from "./sheets";

const ZONE = "Asia/Shanghai";
const DAYS = ["weekStart", "weekEnd"];

// The header row insights.md §14 orders, written out: not read from the code under test.
const HEADERS = [
  "Channel",
  "Week start",
  "Week end",
  "Complete",
  "Window (days)",
  "Impressions",
  "Clicks",
  "Spend",
  "CTR",
  "CPC",
  "CPM",
  "New members",
  "Join rate (of clicks)",
  "CPA (per new member)",
  "Converted",
  "Cohort conversion rate",
  "Cost per conversion",
  "New-member GMV",
  "ROI (GMV ÷ spend)",
  "Net ROI ((GMV − spend) ÷ spend)",
];

describe("COMMUNITY_CHANNELS", () => {
  // The spreadsheet in Shanghai, its script in New York: days are read and returned in Shanghai.
  const sheet = openSheet();
  const [members, orders, spend] = (["members", "orders", "spend"] as const).map((table) =>
    asSheetCells(insightsGrid(table), ZONE, table === "members" ? sheet.VmDate : Date),
  );
  const { from, to } = INSIGHTS_EXPECTED.range;

  it("spills channels.weekly of the report's JSON, channel by channel, under its header row", () => {
    const spilled = sheet.fn.COMMUNITY_CHANNELS(members, orders, spend, 7, "monday", from, to);
    expectRows(spilled, HEADERS, INSIGHTS_EXPECTED.channels.weekly, DAYS, ZONE);
  });

  it("labels the columns in Chinese for a Chinese spreadsheet", () => {
    const zh = openSheet({ locale: "zh_CN" });
    const [header] = zh.fn.COMMUNITY_CHANNELS(members, orders, spend) as unknown[][];
    expect(header).toEqual(headersOf(CHANNEL_WEEK_COLUMNS, "zh"));
    expect(header.slice(5, 8)).toEqual(["曝光量", "点击量", "花费"]);
    expect(header.slice(-2)).toEqual(["投产比 ROI（GMV÷花费）", "净ROI（(GMV−花费)÷花费）"]);
  });

  it("gives the value its JSDoc example shows on the tiny example with its spend table", () => {
    const tiny = fixtures().find((f) => f.name === "tiny")!;
    const [m, o] = (["members", "orders"] as const).map((t) => asSheetCells(fixtureGrid(tiny, t)!, ZONE));
    const spilled = sheet.fn.COMMUNITY_CHANNELS(m, o, asSheetCells(TINY_SPEND_GRID, ZONE)) as unknown[][];
    const poster = spilled[3];
    expect([poster[0], shownDay(poster[1], ZONE), shownDay(poster[2], ZONE), ...poster.slice(3)]).toEqual([
      "poster",
      "2024-12-02",
      "2024-12-08",
      false,
      7,
      1000,
      30,
      100,
      0.03,
      3.33,
      100,
      2,
      2 / 30,
      50,
      1,
      0.5,
      100,
      99,
      0.99,
      -0.01,
    ]);
  });

  describe("edge cases", () => {
    const table = [
      ["member_id", "joined_at", "channel"],
      ["u1", "2024-12-02", "ads"],
    ];
    const paid = [
      ["日期", "渠道", "花费"],
      ["2024-12-02", "ads", "10"],
    ];

    it("leaves the conversion and GMV columns blank when orders are left empty", () => {
      const spilled = sheet.fn.COMMUNITY_CHANNELS(table, "", paid) as unknown[][];
      expectSheetValues(spilled);
      const [, row] = spilled;
      // impressions and clicks blank (no such columns), spend 10, CPA 10, then no conversions.
      expect(row.slice(5, 8)).toEqual(["", "", 10]);
      expect(row.slice(11, 14)).toEqual([1, "", 10]);
      expect(row.slice(14)).toEqual(["", "", "", "", "", ""]);
    });

    it("is an #ERROR! without the spend table, naming it", () => {
      expect(() => sheet.fn.COMMUNITY_CHANNELS(table, "")).toThrow(
        "COMMUNITY_CHANNELS: spend is missing; give the spend table's range, header row first",
      );
    });

    it("is an #ERROR! in the spreadsheet's language for a spend table without its required column", () => {
      const zh = openSheet({ locale: "zh_CN" });
      expect(() => zh.fn.COMMUNITY_CHANNELS(table, "", [["日期", "花费"]])).toThrow(
        /^COMMUNITY_CHANNELS：投放表：缺少 channel 列（找到的表头：日期、花费）/,
      );
    });
  });
});

describe("COMMUNITY_PROBLEMS with a spend table", () => {
  it("lists the spend table's skipped rows after the orders', with the field as the column", () => {
    const sheet = openSheet();
    const [members, activity, orders, spend] = (["members", "activity", "orders", "spend"] as const).map(
      (t) => asSheetCells(insightsGrid(t), ZONE, t === "members" ? sheet.VmDate : Date),
    );
    const spilled = sheet.fn.COMMUNITY_PROBLEMS(members, activity, orders, spend) as unknown[][];
    expect(spilled.slice(-5)).toEqual([
      ["spend", 6, "channel", "", "channel is blank"],
      ["spend", 10, "date", "3/7/2024", "not a date"],
      ["spend", 15, "spend", "-12", "not an amount"],
      ["spend", 21, "impressions", "1.5k", "not a whole number"],
      ["spend", 26, "clicks", "2.5", "not a whole number"],
    ]);
  });
});
