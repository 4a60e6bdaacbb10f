import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDelimited } from "../../src/core/delimited";
import { headersOf } from "../../src/core/layout";
import { CONTENT_WEEKLY_COLUMNS } from "../../src/core/sections/content";
import { asSheetCells, expectSheetValues, openSheet, shownDay } from "./sheets";

const INSIGHTS = join(import.meta.dirname, "..", "fixtures", "insights-cn");
const expected = JSON.parse(readFileSync(join(INSIGHTS, "expected.json"), "utf8"));
const DAYS = ["weekStart", "weekEnd"];

/** insights-cn's content table as Sheets passes it: posting times as Dates of the vm's realm. */
function insightsContent(VmDate: DateConstructor): unknown[][] {
  const grid = parseDelimited(readFileSync(join(INSIGHTS, "content.csv"), "utf8"));
  return asSheetCells(grid, "Asia/Shanghai", VmDate);
}

describe("COMMUNITY_CONTENT", () => {
  it("insights-cn: spills the report's content.weekly rows under English headers", () => {
    const sheet = openSheet();
    const spilled = sheet.fn.COMMUNITY_CONTENT(insightsContent(sheet.VmDate)) as unknown[][];
    expectSheetValues(spilled);
    expect(spilled[0]).toEqual(headersOf(CONTENT_WEEKLY_COLUMNS, "en"));
    const rows = spilled.slice(1);
    expect(rows).toHaveLength(expected.content.weekly.length);
    rows.forEach((row, i) => {
      Object.entries(expected.content.weekly[i] as Record<string, unknown>).forEach(([key, want], c) => {
        const at = `row ${i + 2} ${key}`;
        if (DAYS.includes(key)) expect(shownDay(row[c], sheet.timeZone), at).toBe(want);
        else if (want === null) expect(row[c], at).toBe("");
        else if (typeof want === "number") expect(row[c] as number, at).toBeCloseTo(want, 9);
        else expect(row[c], at).toBe(want);
      });
    });
  });

  it("labels the columns in Chinese when the spreadsheet's locale is Chinese", () => {
    const sheet = openSheet({ locale: "zh_CN" });
    const spilled = sheet.fn.COMMUNITY_CONTENT(insightsContent(sheet.VmDate)) as unknown[][];
    expect(spilled[0]).toEqual(headersOf(CONTENT_WEEKLY_COLUMNS, "zh"));
  });

  it("counts only the weeks from start_date to end_date, starting weeks on Sunday when asked", () => {
    const sheet = openSheet();
    const spilled = sheet.fn.COMMUNITY_CONTENT(
      insightsContent(sheet.VmDate),
      "周日",
      new sheet.VmDate("2025-03-10T00:00:00+08:00"),
      "2025-03-16",
    ) as unknown[][];
    expect(spilled.slice(1).map((row) => [shownDay(row[0], sheet.timeZone), row[2], row[3]])).toEqual([
      ["2025-03-09", false, 10],
      ["2025-03-16", false, 1],
    ]);
  });

  it("reads a post at 00:30 Shanghai time on the Shanghai day, though New York is still on the day before", () => {
    const sheet = openSheet();
    const posted = new sheet.VmDate("2025-03-02T16:30:00Z"); // 2025-03-03 00:30 in Shanghai
    const spilled = sheet.fn.COMMUNITY_CONTENT([
      ["posted_at", "likes"],
      [posted, 3],
    ]) as unknown[][];
    expect(shownDay(spilled[1][0], "Asia/Shanghai")).toBe("2025-03-03");
    expect(spilled[1][3]).toBe(1);
  });

  describe("edge cases", () => {
    const sheet = openSheet();

    it("returns the header row alone for a table of no valid post", () => {
      expect(
        sheet.fn.COMMUNITY_CONTENT([
          ["posted_at", "views"],
          ["soon", 3],
          ["", ""],
        ]),
      ).toEqual([headersOf(CONTENT_WEEKLY_COLUMNS, "en")]);
    });

    it("leaves views and the rates over them blank for a table with likes only", () => {
      const spilled = sheet.fn.COMMUNITY_CONTENT([
        ["发布时间", "点赞数"],
        ["2025-03-03", 4],
      ]) as unknown[][];
      expect(spilled[1].slice(3)).toEqual([1, "", 4, "", "", 4, "", "", 4]);
    });

    it("names the function and the columns it needs when the table has none of them", () => {
      expect(() => sheet.fn.COMMUNITY_CONTENT([["posted_at", "title"]])).toThrow(
        /^COMMUNITY_CONTENT: content: no views, likes, comments or shares column \(headers found: posted_at, title\)/,
      );
    });

    it("rejects a missing table, a bad week start and a range that ends before it starts", () => {
      const table = [
        ["posted_at", "views"],
        ["2025-03-03", 1],
      ];
      expect(() => sheet.fn.COMMUNITY_CONTENT()).toThrow(/^COMMUNITY_CONTENT: content is missing/);
      expect(() => sheet.fn.COMMUNITY_CONTENT(table, "friday")).toThrow(
        /^COMMUNITY_CONTENT: week_starts_on is "friday"/,
      );
      expect(() => sheet.fn.COMMUNITY_CONTENT(table, "", "2025-03-05", "2025-03-01")).toThrow(
        /^COMMUNITY_CONTENT: the range starts on 2025-03-05, after its end 2025-03-01/,
      );
    });
  });
});
