import { describe, expect, it } from "vitest";
import { type Fixture, fixtureGrid, fixtures } from "../support/fixtures";
import { asSheetCells, expectRows, expectSheetValues, looksTypedDate, openSheet, shownDay } from "./sheets";

/** The weekly row's keys in the spec's order, as the examples' expected.json has them. */
const WEEKLY_KEYS = Object.keys(fixtures()[0].expected.weekly[0]);

// The header rows as functions.md orders them, written out: not read from the code under test.
const HEADERS = {
  daily: ["Date", "Total members", "New members", "Active members", "Active rate", "Churned members"],
  weekly: [
    "Week start",
    "Week end",
    "Complete week",
    "Total members",
    "New members",
    "Active members",
    "Active rate",
    "Converted members",
    "Conversion rate",
    "GMV",
    "Churned members",
    "Converted WoW",
    "GMV WoW",
  ],
  weeklyZh: [
    "周开始",
    "周结束",
    "完整周",
    "社群总人数",
    "周新增入群人数",
    "周活跃用户数",
    "周活跃用户占比",
    "周转化人数",
    "周转化率",
    "周贡献GMV",
    "周流失用户数",
    "周转化人数环比增长率",
    "周转化GMV环比增长率",
  ],
  funnel: [
    "Cohort week",
    "Complete",
    "Window (days)",
    "Joined",
    "Activated",
    "Converted",
    "Churned",
    "Activation rate",
    "Cohort conversion rate",
    "Churn rate",
    "New-member GMV",
  ],
  purchases: [
    "Week start",
    "Week end",
    "Complete week",
    "Orders",
    "Buyers",
    "New buyers",
    "Returning buyers",
    "Repeat buyers",
    "Repeat rate",
    "Orders per buyer",
    "GMV per buyer",
    "GMV per order",
  ],
  purchasesZh: [
    "周开始",
    "周结束",
    "完整周",
    "订单数",
    "下单人数",
    "新客数",
    "老客数",
    "复购人数",
    "复购率",
    "人均订单数",
    "客单价",
    "笔单价",
  ],
  problems: ["Table", "Row", "Column", "Value", "Problem"],
  problemsZh: ["表", "行", "列", "值", "问题"],
};

type Row = Record<string, unknown>;

interface Cohort {
  weekStart: string;
  joined: number;
  rates: (number | null)[];
}

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
    expectRows(spilled, HEADERS.daily, expected.daily, ["date"], fixture.timeZone);
  });

  it("COMMUNITY_WEEKLY agrees with the report's weekly rows", () => {
    const spilled = sheet.fn.COMMUNITY_WEEKLY(members, activity, orders);
    const days = ["weekStart", "weekEnd"];
    expectRows(spilled, HEADERS.weekly, expected.weekly, days, fixture.timeZone);
  });

  it("COMMUNITY_FUNNEL agrees with the report's funnel rows", () => {
    const spilled = sheet.fn.COMMUNITY_FUNNEL(members, activity, orders, fixture.windowDays);
    expectRows(spilled, HEADERS.funnel, expected.funnel, ["weekStart"], fixture.timeZone);
  });

  // Given the report's range: without the third table the formula's own range could be shorter.
  const { from, to } = expected.range;

  it("COMMUNITY_PURCHASES agrees with the report's purchases rows", () => {
    const spilled = sheet.fn.COMMUNITY_PURCHASES(members, orders, null, from, to);
    const days = ["weekStart", "weekEnd"];
    expectRows(spilled, HEADERS.purchases, expected.purchases as Row[], days, fixture.timeZone);
  });

  it("COMMUNITY_RETENTION spills the report's retention rows as a grid, blank past the range", () => {
    const spilled = sheet.fn.COMMUNITY_RETENTION(members, activity, "monday", from, to) as unknown[][];
    expectSheetValues(spilled);
    const cohorts = expected.retention as Cohort[];
    const weeks = Math.max(...cohorts.map((c) => c.rates.length));
    expect(spilled[0]).toEqual([
      "Cohort week",
      "Joined",
      ...Array.from({ length: weeks }, (_, k) => `Week ${k}`),
    ]);
    expect(spilled).toHaveLength(cohorts.length + 1);
    cohorts.forEach((cohort, i) => {
      const [weekStart, joined, ...rates] = spilled[i + 1];
      expect(shownDay(weekStart, fixture.timeZone)).toBe(cohort.weekStart);
      expect(joined).toBe(cohort.joined);
      expect(rates).toHaveLength(weeks);
      rates.forEach((got, k) => {
        const want = cohort.rates[k];
        if (want === undefined || want === null) expect(got, `${cohort.weekStart} week ${k}`).toBe("");
        else expect(got as number, `${cohort.weekStart} week ${k}`).toBeCloseTo(want, 9);
      });
    });
  });

  it("COMMUNITY_PROBLEMS lists the report's skipped rows in order", () => {
    const spilled = sheet.fn.COMMUNITY_PROBLEMS(members, activity, orders) as unknown[][];
    expectSheetValues(spilled);
    expect(spilled[0]).toEqual(HEADERS.problems);
    const rows = spilled.slice(1);
    // The formula is given the members, activity and orders: the problems of those tables.
    const problems = expected.problems.filter((p) => ["members", "activity", "orders"].includes(p.table));
    expect(rows.map(([table, row, column]) => ({ table, row, column }))).toEqual(
      problems.map(({ table, row, column }) => ({ table, row, column })),
    );
    rows.forEach((row, i) => {
      const { value, message } = problems[i];
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
      HEADERS.weeklyZh,
    );
    expect((sheet.fn.COMMUNITY_DAILY(members) as unknown[][])[0][0]).toBe("日期");
    expect((sheet.fn.COMMUNITY_PROBLEMS(members) as unknown[][])[0]).toEqual(HEADERS.problemsZh);
    expect((sheet.fn.COMMUNITY_PURCHASES(members, orders) as unknown[][])[0]).toEqual(HEADERS.purchasesZh);
    expect((sheet.fn.COMMUNITY_RETENTION(members, activity) as unknown[][])[0]).toEqual([
      "入群周",
      "新增入群",
      "第0周",
      "第1周",
    ]);
  });

  it("COMMUNITY_PURCHASES and COMMUNITY_RETENTION give the README's tiny results", () => {
    const sheet = openSheet();
    const [members, activity, orders] = tables(sheet.VmDate);
    const purchases = sheet.fn.COMMUNITY_PURCHASES(members, orders) as unknown[][];
    expect(
      purchases
        .slice(1)
        .map(([start, end, ...rest]) => [
          shownDay(start, sheet.timeZone),
          shownDay(end, sheet.timeZone),
          ...rest,
        ]),
    ).toEqual([
      ["2024-12-02", "2024-12-08", true, 2, 2, 2, 0, 0, 0, 1, 149.25, 149.25],
      ["2024-12-09", "2024-12-12", false, 2, 2, 1, 1, 0, 0, 1, 699, 699],
    ]);
    const retention = sheet.fn.COMMUNITY_RETENTION(members, activity) as unknown[][];
    expect(retention.slice(1).map(([start, ...rest]) => [shownDay(start, sheet.timeZone), ...rest])).toEqual([
      ["2024-12-02", 4, 0.75, 0.25],
      ["2024-12-09", 2, 0.5, ""],
    ]);
  });

  it("reads the week's days in the spreadsheet's zone: an order at 00:30 Monday in Shanghai is in Monday's week", () => {
    const sheet = openSheet();
    const members = [
      ["member_id", "joined_at"],
      ["u1", "2024-12-02"],
    ];
    // 2024-12-09 00:30 in Shanghai is still Sunday 2024-12-08 in New York, the script's zone.
    const orders = [
      ["member_id", "paid_at", "amount"],
      ["u1", new sheet.VmDate("2024-12-08T16:30:00Z"), 10],
    ];
    const rows = sheet.fn.COMMUNITY_PURCHASES(members, orders) as unknown[][];
    expect(rows.map((r) => (typeof r[0] === "string" ? r[0] : shownDay(r[0], sheet.timeZone)))).toEqual([
      "Week start",
      "2024-12-02",
      "2024-12-09",
    ]);
    expect(rows[2][3]).toBe(1);
    const activity = [
      ["member_id", "at"],
      ["u1", new sheet.VmDate("2024-12-08T16:30:00Z")],
    ];
    expect((sheet.fn.COMMUNITY_RETENTION(members, activity) as unknown[][])[1].slice(1)).toEqual([1, 0, 1]);
  });

  it("keeps English headers for any other locale", () => {
    const sheet = openSheet({ locale: "fr_FR" });
    expect((sheet.fn.COMMUNITY_DAILY(tables()[0]) as unknown[][])[0]).toEqual(HEADERS.daily);
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
      expect(row[WEEKLY_KEYS.indexOf(key)], key).toBe("");
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
      expect(sheet.fn.COMMUNITY_WEEKLY(header)).toEqual([HEADERS.weekly]);
      expect(sheet.fn.COMMUNITY_PROBLEMS(header)).toEqual([HEADERS.problems]);
    });

    it("COMMUNITY_PURCHASES and COMMUNITY_RETENTION need their table, and return the header row alone for no data", () => {
      const members = [["member_id", "joined_at"]];
      expect(() => sheet.fn.COMMUNITY_PURCHASES(members)).toThrow(
        /^COMMUNITY_PURCHASES: orders is missing; give the orders table's range/,
      );
      expect(() => sheet.fn.COMMUNITY_RETENTION(members, "")).toThrow(
        /^COMMUNITY_RETENTION: activity is missing; give the activity table's range/,
      );
      expect(sheet.fn.COMMUNITY_PURCHASES(members, [["member_id", "paid_at", "amount"]])).toEqual([
        HEADERS.purchases,
      ]);
      expect(sheet.fn.COMMUNITY_RETENTION(members, [["member_id", "at"]])).toEqual([
        ["Cohort week", "Joined"],
      ]);
    });

    it("lists invalid rows in COMMUNITY_PROBLEMS with sheet row numbers, the header as row 1", () => {
      const members = [
        ["member_id", "joined_at"],
        ["u1", "2024-12-02"],
        ["", ""],
        ["u2", "yesterday"],
      ];
      expect(sheet.fn.COMMUNITY_PROBLEMS(members)).toEqual([
        HEADERS.problems,
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

    // How fast is npm run bench's: its COMMUNITY_WEEKLY reads ranges with 100,000 blank rows each.
    it("reads a whole-column range with 100,000 blank rows", () => {
      const grid = asSheetCells(
        [
          ["member_id", "joined_at"],
          ["u1", "2024-12-02"],
        ],
        "Asia/Shanghai",
        Date,
        100_000,
      );
      expect(sheet.fn.COMMUNITY_DAILY(grid)).toHaveLength(2);
    });
  });
});
