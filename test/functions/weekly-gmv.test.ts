import { describe, expect, it } from "vitest";
import { fixtureGrid, fixtures } from "../support/fixtures";
import { asSheetCells, expectSheetValues, openSheet, shownDay, wallClock } from "./sheets";

const tiny = fixtures().find((f) => f.name === "tiny")!;
const sheet = openSheet({ spreadsheetTimeZone: tiny.timeZone });
const members = asSheetCells(fixtureGrid(tiny, "members")!, tiny.timeZone, sheet.VmDate);
const orders = asSheetCells(fixtureGrid(tiny, "orders")!, tiny.timeZone);
const day = (text: string): Date => wallClock(text, tiny.timeZone, sheet.VmDate)!;

function gmv(...args: unknown[]): unknown {
  const result = sheet.fn.WEEKLY_GMV(...args);
  expectSheetValues(result);
  return result;
}

/** A spilled Week | GMV table with its weeks as YYYY-MM-DD. */
function table(result: unknown): unknown[][] {
  const [header, ...rows] = result as unknown[][];
  return [header, ...rows.map(([week, amount]) => [shownDay(week, sheet.timeZone), amount])];
}

describe("WEEKLY_GMV", () => {
  it("gives the GMV of the week holding a day, any day of it", () => {
    expect(gmv(orders, day("2024-12-02"))).toBe(298.5);
    expect(gmv(orders, day("2024-12-08 23:59"))).toBe(298.5);
  });

  it("gives one GMV per cell of a range of days, blank for a blank cell", () => {
    expect(gmv(orders, [[day("2024-12-04")], [""], [day("2024-12-15")], ["2024-12-20"]])).toEqual([
      [298.5],
      [""],
      [1408],
      [0],
    ]);
  });

  it("leaves out orders of ids not in the members table, as the report does", () => {
    expect(gmv(orders, day("2024-12-10"), members)).toBe(1398);
    const weekly = sheet.fn.COMMUNITY_WEEKLY(members, null, orders) as unknown[][];
    expect(weekly.slice(1).map((row) => row[9])).toEqual([298.5, 1398]);
  });

  it("spills Week | GMV from the first order's week to the last's when no week is given", () => {
    expect(table(gmv(orders))).toEqual([
      ["Week", "GMV"],
      ["2024-12-02", 298.5],
      ["2024-12-09", 1408],
    ]);
    expect(table(gmv(orders, "", members))).toEqual([
      ["Week", "GMV"],
      ["2024-12-02", 298.5],
      ["2024-12-09", 1398],
    ]);
  });

  it("includes weeks without orders as 0", () => {
    const sparse = [
      ["order_id", "member_id", "paid_at", "amount"],
      ["a", "u1", day("2024-12-02"), 10],
      ["b", "u1", day("2024-12-20"), 5],
    ];
    expect(table(gmv(sparse))).toEqual([
      ["Week", "GMV"],
      ["2024-12-02", 10],
      ["2024-12-09", 0],
      ["2024-12-16", 5],
    ]);
  });

  it("starts weeks on Sunday when asked", () => {
    expect(table(gmv(orders, null, null, "Sunday"))[1]).toEqual(["2024-12-01", 298.5]);
    expect(gmv(orders, day("2024-12-08"), null, "周日")).toBe(1408);
  });

  it("labels the table in Chinese for a Chinese spreadsheet", () => {
    const zh = openSheet({ locale: "zh_TW" });
    expect((zh.fn.WEEKLY_GMV(orders) as unknown[][])[0]).toEqual(["周", "GMV"]);
  });

  it("counts an order paid at 00:30 Shanghai time in the Shanghai week, though New York is still in the week before", () => {
    // Monday 2024-12-09 00:30 in Shanghai is Sunday 2024-12-08 11:30 in New York.
    const paid = new sheet.VmDate("2024-12-08T16:30:00Z");
    const one = [
      ["order_id", "member_id", "paid_at", "amount"],
      ["a", "u1", paid, 10],
    ];
    expect(table(gmv(one))).toEqual([
      ["Week", "GMV"],
      ["2024-12-09", 10],
    ]);
    expect(gmv(one, day("2024-12-08"))).toBe(0);
  });

  describe("edge cases", () => {
    it("sums money exactly in cents", () => {
      const cents = [["order_id", "member_id", "paid_at", "amount"]];
      for (let i = 0; i < 10; i++) cents.push([`o${i}`, "u1", "2024-12-02", i % 2 ? "0.1" : 0.2] as never);
      expect(gmv(cents, "2024-12-02")).toBe(1.5);
      expect(
        gmv([cents[0], ["a", "u1", "2024-12-02", 0.1], ["b", "u1", "2024-12-02", 0.2]], "2024-12-02"),
      ).toBe(0.3);
    });

    it("counts a repeated order id once, the first valid row, whatever its status", () => {
      const repeated = [
        ["order_id", "member_id", "paid_at", "amount", "status"],
        ["a", "u1", "2024-12-02", "abc", ""],
        ["a", "u1", "2024-12-02", 5, "cancelled"],
        ["a", "u1", "2024-12-02", 7, ""],
        ["", "u1", "2024-12-02", 1, "已退款"],
        ["", "u1", "2024-12-02", 1, ""],
      ];
      expect(gmv(repeated, "2024-12-02")).toBe(2);
    });

    it("returns the header row alone when no order counts", () => {
      expect(gmv([["order_id", "member_id", "paid_at", "amount"]])).toEqual([["Week", "GMV"]]);
      expect(gmv([["order_id", "member_id", "paid_at", "amount"]], "2024-12-02")).toBe(0);
    });

    it("reads whole-column ranges with thousands of blank rows", () => {
      expect(
        gmv(asSheetCells(fixtureGrid(tiny, "orders")!, tiny.timeZone, Date, 50_000), day("2024-12-03")),
      ).toBe(298.5);
    });

    it("rejects a week that is not a date, naming the cell", () => {
      expect(() => sheet.fn.WEEKLY_GMV(orders, [[day("2024-12-02")], ["next week"]])).toThrow(
        'WEEKLY_GMV: week row 2 is "next week", not a date',
      );
    });

    it("rejects missing orders, a bad week start and a table without a required column", () => {
      expect(() => sheet.fn.WEEKLY_GMV()).toThrow(/^WEEKLY_GMV: orders is missing/);
      expect(() => sheet.fn.WEEKLY_GMV(orders, null, null, "mon")).toThrow(
        /^WEEKLY_GMV: week_starts_on is "mon"/,
      );
      expect(() => sheet.fn.WEEKLY_GMV([["order_id", "member_id", "amount"]])).toThrow(
        /^WEEKLY_GMV: orders: no paid_at column \(headers found: order_id, member_id, amount\)/,
      );
      expect(() => sheet.fn.WEEKLY_GMV(orders, null, [["member_id"]])).toThrow(
        /^WEEKLY_GMV: members: no joined_at column/,
      );
    });
  });
});
