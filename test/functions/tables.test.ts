import { describe, expect, it } from "vitest";
import { headersOf } from "../../src/core/layout";
import { DAILY } from "../../src/core/sections/daily";
import { FUNNEL } from "../../src/core/sections/funnel";
import { PROBLEM_COLUMNS } from "../../src/core/sections/problems";
import { WEEKLY } from "../../src/core/sections/weekly";
import { type Fixture, fixtureGrid, fixtures } from "../support/fixtures";
import { asSheetCells, expectRows, expectSheetValues, looksTypedDate, openSheet, shownDay } from "./sheets";

const [DAILY_COLUMNS, WEEKLY_COLUMNS, FUNNEL_COLUMNS] = [DAILY.columns, WEEKLY.columns, FUNNEL.columns];

/** The fixture's three tables as Sheets passes them; members' Dates from the vm realm, the rest from ours. */
function sheetTables(fixture: Fixture, VmDate: DateConstructor): unknown[][][] {
  return (["members", "activity", "orders"] as const).map((table) => {
    const grid = fixtureGrid(fixture, table);
    return grid ? asSheetCells(grid, fixture.timeZone, table === "members" ? VmDate : Date) : [];
  });
}

describe.each(fixtures())("the $name example", (fixture) => {
  const sheet = openSheet({ spreadsheetTimeZone: fixture.timeZone });
  const [members, activity, orders] = sheetTables(fixture, sheet.VmDate);
  const { expected } = fixture;

  it("COMMUNITY_DAILY agrees with the report's daily rows", () => {
    const spilled = sheet.fn.COMMUNITY_DAILY(members, activity, orders);
    expectRows(spilled, headersOf(DAILY_COLUMNS, "en"), expected.daily, ["date"], fixture.timeZone);
  });

  it("COMMUNITY_WEEKLY agrees with the report's weekly rows", () => {
    const spilled = sheet.fn.COMMUNITY_WEEKLY(members, activity, orders);
    const days = ["weekStart", "weekEnd"];
    expectRows(spilled, headersOf(WEEKLY_COLUMNS, "en"), expected.weekly, days, fixture.timeZone);
  });

  it("COMMUNITY_FUNNEL agrees with the report's funnel rows", () => {
    const spilled = sheet.fn.COMMUNITY_FUNNEL(members, activity, orders, fixture.windowDays);
    expectRows(spilled, headersOf(FUNNEL_COLUMNS, "en"), expected.funnel, ["weekStart"], fixture.timeZone);
  });

  it("COMMUNITY_PROBLEMS lists the report's skipped rows in order", () => {
    const spilled = sheet.fn.COMMUNITY_PROBLEMS(members, activity, orders) as unknown[][];
    expectSheetValues(spilled);
    expect(spilled[0]).toEqual(headersOf(PROBLEM_COLUMNS, "en"));
    const rows = spilled.slice(1);
    expect(rows.map(([table, row, column]) => ({ table, row, column }))).toEqual(
      expected.problems.map(({ table, row, column }) => ({ table, row, column })),
    );
    rows.forEach((row, i) => {
      const { value, message } = expected.problems[i];
      if (message !== undefined) expect(row[4]).toBe(message);
      // A cell Sheets holds as a Date is quoted as its instant; text as it was read.
      if (value !== undefined && !looksTypedDate(value)) expect(row[3]).toBe(value);
    });
  });
});

describe("COMMUNITY_* tables", () => {
  const tiny = fixtures().find((f) => f.name === "tiny")!;
  const tables = (VmDate: DateConstructor = Date): unknown[][][] => sheetTables(tiny, VmDate);

  it("labels the columns in Chinese when the spreadsheet's locale is Chinese", () => {
    const sheet = openSheet({ locale: "zh_CN" });
    const [members, activity, orders] = tables();
    expect((sheet.fn.COMMUNITY_WEEKLY(members, activity, orders) as unknown[][])[0]).toEqual(
      headersOf(WEEKLY_COLUMNS, "zh"),
    );
    expect((sheet.fn.COMMUNITY_DAILY(members) as unknown[][])[0][0]).toBe("日期");
    expect((sheet.fn.COMMUNITY_PROBLEMS(members) as unknown[][])[0]).toEqual(
      headersOf(PROBLEM_COLUMNS, "zh"),
    );
  });

  it("keeps English headers for any other locale", () => {
    const sheet = openSheet({ locale: "fr_FR" });
    expect((sheet.fn.COMMUNITY_DAILY(tables()[0]) as unknown[][])[0]).toEqual(headersOf(DAILY_COLUMNS, "en"));
  });

  it("limits the days to start_date and end_date, given as Dates or text", () => {
    const sheet = openSheet();
    const [members, activity, orders] = tables();
    const start = new sheet.VmDate("2024-12-03T00:00:00+08:00");
    const daily = sheet.fn.COMMUNITY_DAILY(members, activity, orders, start, "2024-12-05") as unknown[][];
    expect(daily.slice(1).map((row) => shownDay(row[0], sheet.timeZone))).toEqual([
      "2024-12-03",
      "2024-12-04",
      "2024-12-05",
    ]);
  });

  it("starts weeks on Sunday when asked in any case or in Chinese", () => {
    const sheet = openSheet();
    const [members, activity, orders] = tables();
    for (const sunday of ["SUNDAY", "Sunday", "周日"]) {
      const weekly = sheet.fn.COMMUNITY_WEEKLY(members, activity, orders, sunday) as unknown[][];
      expect(shownDay(weekly[1][0], sheet.timeZone)).toBe("2024-12-01");
    }
    const funnel = sheet.fn.COMMUNITY_FUNNEL(members, activity, orders, 3, "周一") as unknown[][];
    expect(shownDay(funnel[1][0], sheet.timeZone)).toBe("2024-12-02");
    expect(funnel[1][2]).toBe(3);
  });

  it("leaves the active and order columns blank when those tables are omitted", () => {
    const sheet = openSheet();
    const [members] = tables();
    const weekly = sheet.fn.COMMUNITY_WEEKLY(members, "", null) as unknown[][];
    expectSheetValues(weekly);
    const row = weekly[1];
    for (const key of ["activeMembers", "activeRate", "convertedMembers", "conversionRate", "gmv"]) {
      expect(row[WEEKLY_COLUMNS.findIndex((c) => c.key === key)], key).toBe("");
    }
  });

  it("reads a join at 00:30 Shanghai time on the Shanghai day, though New York is still on the day before", () => {
    const sheet = openSheet();
    const joined = new sheet.VmDate("2024-12-02T16:30:00Z"); // 2024-12-03 00:30 in Shanghai, 11:30 on 12-02 in New York
    const daily = sheet.fn.COMMUNITY_DAILY([
      ["member_id", "joined_at"],
      ["u1", joined],
    ]) as unknown[][];
    expect(daily).toHaveLength(2);
    expect(shownDay(daily[1][0], "Asia/Shanghai")).toBe("2024-12-03");
    expect(daily[1][2]).toBe(1);
  });

  describe("edge cases", () => {
    const sheet = openSheet();

    it("returns the header row alone when nothing counted", () => {
      const header = [["member_id", "joined_at"]];
      expect(sheet.fn.COMMUNITY_WEEKLY(header)).toEqual([headersOf(WEEKLY_COLUMNS, "en")]);
      expect(sheet.fn.COMMUNITY_PROBLEMS(header)).toEqual([headersOf(PROBLEM_COLUMNS, "en")]);
    });

    it("lists invalid rows in COMMUNITY_PROBLEMS with sheet row numbers, the header as row 1", () => {
      const members = [
        ["member_id", "joined_at"],
        ["u1", "2024-12-02"],
        ["", ""],
        ["u2", "yesterday"],
      ];
      expect(sheet.fn.COMMUNITY_PROBLEMS(members)).toEqual([
        headersOf(PROBLEM_COLUMNS, "en"),
        ["members", 4, "joined_at", "yesterday", "not a date"],
      ]);
    });

    it("names the function, table, column and headers found when a required column is missing", () => {
      const members = [
        ["id", "name"],
        ["u1", "Ann"],
      ];
      expect(() => sheet.fn.COMMUNITY_WEEKLY(members)).toThrow(
        /^COMMUNITY_WEEKLY: members: no joined_at column \(headers found: id, name\)/,
      );
      const orders = [["order_id", "buyer_id", "paid_at"]];
      expect(() => sheet.fn.COMMUNITY_DAILY([["member_id", "joined_at"]], null, orders)).toThrow(
        /^COMMUNITY_DAILY: orders: no amount column \(headers found: order_id, buyer_id, paid_at\)/,
      );
    });

    it("rejects a missing members table, a single value for a table and an empty range", () => {
      expect(() => sheet.fn.COMMUNITY_DAILY()).toThrow(/^COMMUNITY_DAILY: members is missing/);
      expect(() => sheet.fn.COMMUNITY_DAILY("Members!A:F")).toThrow(
        /^COMMUNITY_DAILY: members is "Members!A:F"; give the members table's range/,
      );
      expect(() => sheet.fn.COMMUNITY_DAILY([[""], [""]])).toThrow(
        /^COMMUNITY_DAILY: members: the table has no header row/,
      );
    });

    it("rejects a week start, window or date it cannot read, naming the argument", () => {
      const members = [
        ["member_id", "joined_at"],
        ["u1", "2024-12-02"],
      ];
      expect(() => sheet.fn.COMMUNITY_WEEKLY(members, null, null, "tuesday")).toThrow(
        /^COMMUNITY_WEEKLY: week_starts_on is "tuesday"; give "monday" or "sunday"/,
      );
      expect(() => sheet.fn.COMMUNITY_FUNNEL(members, null, null, 0)).toThrow(
        /^COMMUNITY_FUNNEL: window_days is 0: the funnel window must be a whole number of days from 1 to 90/,
      );
      expect(() => sheet.fn.COMMUNITY_FUNNEL(members, null, null, 91)).toThrow(/window_days is 91/);
      expect(() => sheet.fn.COMMUNITY_FUNNEL(members, null, null, "abc")).toThrow(
        /^COMMUNITY_FUNNEL: window_days is "abc", not a number/,
      );
      expect(() => sheet.fn.COMMUNITY_DAILY(members, null, null, "soon")).toThrow(
        /^COMMUNITY_DAILY: start_date is "soon", not a date/,
      );
      expect(() => sheet.fn.COMMUNITY_DAILY(members, null, null, [["2024-12-01", "2024-12-02"]])).toThrow(
        /^COMMUNITY_DAILY: start_date is a 1×2 range; give one cell/,
      );
      expect(() => sheet.fn.COMMUNITY_DAILY(members, null, null, "2024-12-05", "2024-12-01")).toThrow(
        /^COMMUNITY_DAILY: the range starts on 2024-12-05, after its end 2024-12-01/,
      );
    });

    it("treats omitted, null and empty optional arguments alike", () => {
      const [members, activity, orders] = tables();
      const plain = sheet.fn.COMMUNITY_FUNNEL(members, activity, orders);
      expect(sheet.fn.COMMUNITY_FUNNEL(members, activity, orders, "", null, undefined, "")).toEqual(plain);
      expect(sheet.fn.COMMUNITY_FUNNEL(members, activity, orders, "7", "monday")).toEqual(plain);
    });

    it("reads a whole-column range with 100,000 blank rows quickly", () => {
      const grid = asSheetCells(
        [
          ["member_id", "joined_at"],
          ["u1", "2024-12-02"],
        ],
        "Asia/Shanghai",
        Date,
        100_000,
      );
      const started = performance.now();
      expect(sheet.fn.COMMUNITY_DAILY(grid)).toHaveLength(2);
      expect(performance.now() - started).toBeLessThan(500);
    });
  });
});
