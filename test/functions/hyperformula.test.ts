/**
 * A second opinion from a spreadsheet engine: HyperFormula's COUNTIFS / SUMIFS over the example
 * tables must give the numbers our functions give. The test only lays the cells out; every
 * filter (valid row, first of its order id, not cancelled, known member) and every sum is a formula.
 */
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { parseDay, ZoneClock } from "../../src/core/calendar";
import { readCents, readDay } from "../../src/core/values";
import { type Fixture, fixtureGrid, fixtures } from "../support/fixtures";
import { asSheetCells, openSheet, serialOf, shownDay } from "./sheets";

type Cells = (string | number)[][];

/** Days and amounts as the workbook holds them: the CSV text (HyperFormula parses it) or core's reading. */
type Reading = "text" | "core";

const CANCELLED = ["cancelled", "canceled", "closed", "已取消", "取消", "已关闭", "关闭", "交易关闭"];
const WEEK_ROWS = 60;

function column(
  fixture: Fixture,
  table: "members" | "orders",
  index: number,
  reading: Reading,
): (string | number)[] {
  const clock = new ZoneClock(fixture.timeZone);
  return fixtureGrid(fixture, table)!
    .slice(1)
    .map((row) => {
      const text = row[index] ?? "";
      if (reading === "text") return text;
      if (table === "orders" && index === 3) {
        const cents = readCents(text);
        return cents === null ? "" : cents / 100;
      }
      const day = readDay(text, clock);
      return day === null ? "" : serialOf(day);
    });
}

/**
 * Members: A id, B joined, C valid, D join week. Orders: A id, B member, C paid, D amount, E status,
 * F valid, G week, H first of its id, I cancelled, J known member, K counted.
 * Weeks: A week (first order's week onwards), B GMV; Joins: A week (given), B new members.
 */
function workbook(fixture: Fixture, reading: Reading, joinWeeks: number[]): HyperFormula {
  const ids = column(fixture, "members", 0, "text");
  const joined = column(fixture, "members", 2, reading);
  const members: Cells = [["member_id", "joined", "valid", "week"]];
  ids.forEach((id, i) => {
    const r = i + 2;
    members.push([
      id,
      joined[i],
      `=IF(AND(A${r}<>"",ISNUMBER(B${r})),1,0)`,
      `=IF(C${r}=1,INT(B${r})-WEEKDAY(INT(B${r}),3),"")`,
    ]);
  });
  const cols = [0, 1, 2, 3, 4].map((c) =>
    column(fixture, "orders", c, c === 2 || c === 3 ? reading : "text"),
  );
  const orders: Cells = [
    [
      "order_id",
      "member_id",
      "paid",
      "amount",
      "status",
      "valid",
      "week",
      "first",
      "cancelled",
      "known",
      "counted",
    ],
  ];
  const cancelled = CANCELLED.map((s) => `E{r}="${s}"`).join(",");
  cols[0].forEach((_, i) => {
    const r = i + 2;
    orders.push([
      ...cols.map((c) => c[i]),
      `=IF(AND(B${r}<>"",ISNUMBER(C${r}),ISNUMBER(D${r})),1,0)`,
      `=IF(F${r}=1,INT(C${r})-WEEKDAY(INT(C${r}),3),"")`,
      `=IF(F${r}=0,0,IF(A${r}="",1,IF(COUNTIFS(A$1:A${r - 1},A${r},F$1:F${r - 1},1)=0,1,0)))`,
      `=IF(OR(${cancelled.replaceAll("{r}", String(r))}),1,0)`,
      `=IF(COUNTIFS(Members!A:A,B${r},Members!C:C,1)>0,1,0)`,
      `=F${r}*H${r}*(1-I${r})*J${r}`,
    ]);
  });
  const weeks: Cells = [
    ["week", "gmv"],
    ["=MINIFS(Orders!G:G,Orders!K:K,1)", "=SUMIFS(Orders!D:D,Orders!G:G,A2,Orders!K:K,1)"],
  ];
  for (let r = 3; r < WEEK_ROWS; r++) {
    weeks.push([
      `=IF(A${r - 1}="","",IF(A${r - 1}+7<=MAXIFS(Orders!G:G,Orders!K:K,1),A${r - 1}+7,""))`,
      `=IF(A${r}="","",SUMIFS(Orders!D:D,Orders!G:G,A${r},Orders!K:K,1))`,
    ]);
  }
  const joins: Cells = [
    ["week", "new"],
    ...joinWeeks.map((w, i) => [w, `=COUNTIFS(Members!D:D,A${i + 2},Members!C:C,1)`]),
  ];
  return HyperFormula.buildFromSheets(
    { Members: members, Orders: orders, Weeks: weeks, Joins: joins },
    {
      licenseKey: "gpl-v3",
      dateFormats: ["YYYY-MM-DD", "YYYY/MM/DD"],
      timeFormats: ["hh:mm", "hh:mm:ss"],
    },
  );
}

function values(hf: HyperFormula, sheet: string): unknown[][] {
  return hf.getSheetValues(hf.getSheetId(sheet)!).slice(1);
}

/** A shown YYYY-MM-DD as a spreadsheet serial. */
const serial = (day: string): number => serialOf(parseDay(day)!);

describe.each([
  ["tiny", "text"],
  ["community-cn", "core"],
] as const)("the %s example in HyperFormula (days read as %s)", (name, reading) => {
  const fixture = fixtures().find((f) => f.name === name)!;
  const sheet = openSheet({ spreadsheetTimeZone: fixture.timeZone });
  const [members, activity, orders] = (["members", "activity", "orders"] as const).map((t) =>
    asSheetCells(fixtureGrid(fixture, t)!, fixture.timeZone, sheet.VmDate),
  );
  const weekly = (sheet.fn.COMMUNITY_WEEKLY(members, activity, orders) as unknown[][]).slice(1);
  const hf = workbook(
    fixture,
    reading,
    weekly.map((row) => serial(shownDay(row[0], fixture.timeZone))),
  );

  it("WEEKLY_GMV with members equals SUMIFS over counted orders, week by week", () => {
    const spilled = (sheet.fn.WEEKLY_GMV(orders, null, members) as unknown[][]).slice(1);
    const expected = values(hf, "Weeks").filter(([week]) => week !== "");
    expect(spilled.length).toBeGreaterThan(0);
    expect(spilled.map(([week]) => serial(shownDay(week, fixture.timeZone)))).toEqual(
      expected.map(([w]) => w),
    );
    spilled.forEach(([, gmv], i) => {
      expect(gmv as number).toBeCloseTo(expected[i][1] as number, 2);
    });
  });

  it("WEEKLY_GMV for single weeks equals the same SUMIFS", () => {
    for (const [week, amount] of values(hf, "Weeks").filter(([w]) => w !== "")) {
      const day = new sheet.VmDate(
        new ZoneClock(fixture.timeZone).startOfDay((week as number) - serial("1970-01-01")),
      );
      expect(sheet.fn.WEEKLY_GMV(orders, day, members) as number).toBeCloseTo(amount as number, 2);
    }
  });

  if (name === "tiny") {
    // Each tiny member joins at most once a week, so distinct joins per week is a COUNTIFS.
    it("COMMUNITY_WEEKLY's new members equal COUNTIFS of join weeks", () => {
      const newMembers = values(hf, "Joins").map(([, n]) => n);
      expect(weekly.map((row) => row[4])).toEqual(newMembers);
      expect(newMembers).toEqual([4, 2]);
    });
  }
});
