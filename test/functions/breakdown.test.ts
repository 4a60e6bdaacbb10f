import { describe, expect, it } from "vitest";
import { headersOf } from "../../src/core/layout";
import { BREAKDOWN_COLUMNS } from "../../src/core/sections/breakdown";
import { WEEKLY } from "../../src/core/sections/weekly";
import { INSIGHTS_EXPECTED, insightsGrid } from "../support/breakdown";
import { fixtureGrid, fixtures } from "../support/fixtures";
import { asSheetCells, expectRows, expectSheetValues, openSheet, shownDay } from "./sheets";

const ZONE = "Asia/Shanghai";
const DAYS = ["weekStart", "weekEnd"];

describe("COMMUNITY_BREAKDOWN", () => {
  // The spreadsheet in Shanghai, its script in New York: days are read and returned in Shanghai.
  const sheet = openSheet();
  const [members, activity, orders] = (["members", "activity", "orders"] as const).map((table) =>
    asSheetCells(insightsGrid(table), ZONE, table === "members" ? sheet.VmDate : Date),
  );

  it("spills the weekly rows of each channel as the report's JSON has them, the segment first", () => {
    const spilled = sheet.fn.COMMUNITY_BREAKDOWN(members, "channel", activity, orders);
    expectRows(spilled, headersOf(BREAKDOWN_COLUMNS, "en"), INSIGHTS_EXPECTED.breakdown.weekly, DAYS, ZONE);
    expect((spilled as unknown[][])[0].slice(1)).toEqual(headersOf(WEEKLY.columns, "en"));
  });

  it("matches the field like a header, and labels the columns in Chinese for a Chinese spreadsheet", () => {
    const zh = openSheet({ locale: "zh_CN" });
    const spilled = zh.fn.COMMUNITY_BREAKDOWN(members, " 入群 渠道 ", activity, orders) as unknown[][];
    expect(spilled[0]).toEqual(headersOf(BREAKDOWN_COLUMNS, "zh"));
    expect(spilled.slice(1).map((row) => row[0])).toEqual(
      INSIGHTS_EXPECTED.breakdown.weekly.map((row) => row.segment),
    );
  });

  it("gives the value its JSDoc example shows on the tiny example", () => {
    const tiny = fixtures().find((f) => f.name === "tiny")!;
    const [m, a, o] = (["members", "activity", "orders"] as const).map((t) =>
      asSheetCells(fixtureGrid(tiny, t)!, ZONE),
    );
    const [, first] = sheet.fn.COMMUNITY_BREAKDOWN(m, "channel", a, o) as unknown[][];
    expect([first[0], shownDay(first[1], ZONE), shownDay(first[2], ZONE), ...first.slice(3)]).toEqual([
      "friend",
      "2024-12-02",
      "2024-12-08",
      true,
      1,
      2,
      2,
      2,
      1,
      1,
      199.5,
      1,
      "",
      "",
    ]);
  });

  describe("edge cases", () => {
    const table = [
      ["member_id", "joined_at", "城市"],
      ["u1", "2024-12-02", "深圳"],
      ["u2", "2024-12-02", ""],
    ];

    it("names the blank segment, and leaves the active and order columns blank without those tables", () => {
      const spilled = sheet.fn.COMMUNITY_BREAKDOWN(table, "城市") as unknown[][];
      expectSheetValues(spilled);
      expect(spilled.map((row) => row[0])).toEqual(["Segment", "深圳", "(blank)"]);
      expect(spilled[1].slice(6, 11)).toEqual(["", "", "", "", ""]);
    });

    it("is an #ERROR! naming the headers found for a field the members table has no column for", () => {
      expect(() => sheet.fn.COMMUNITY_BREAKDOWN(table, "省份")).toThrow(
        'COMMUNITY_BREAKDOWN: members: no column "省份" to compare by (headers found: member_id, joined_at, 城市)',
      );
      expect(() => sheet.fn.COMMUNITY_BREAKDOWN(table, "group")).toThrow(
        /^COMMUNITY_BREAKDOWN: members: no group column to compare by/,
      );
      // In the spreadsheet's language.
      expect(() => openSheet({ locale: "zh_CN" }).fn.COMMUNITY_BREAKDOWN(table, "省份")).toThrow(
        "COMMUNITY_BREAKDOWN：成员表：没有可用于分群对比的列「省份」（找到的表头：member_id、joined_at、城市）",
      );
    });

    it("wants a field: one cell of text", () => {
      for (const field of [undefined, "", " "]) {
        expect(() => sheet.fn.COMMUNITY_BREAKDOWN(table, field)).toThrow(
          'COMMUNITY_BREAKDOWN: field is missing; give "group", "channel" or a header of the members table',
        );
      }
      expect(() => sheet.fn.COMMUNITY_BREAKDOWN(table, [["城市"], ["x"]])).toThrow(
        /^COMMUNITY_BREAKDOWN: field is a 2×1 range; give one cell or value/,
      );
    });
  });
});
