import { describe, expect, it } from "vitest";
import { daysFromCivil, formatDay } from "../../src/core/calendar";
import { reportOf } from "../support/report";

const MEMBERS = "member_id,joined_at,left_at";
const ACTIVITY = "member_id,at,count";
const MONDAY = daysFromCivil(2024, 12, 2);
/** The day `n` days after Monday 2024-12-02, as text. */
const on = (n: number): string => formatDay(MONDAY + n);

interface Row {
  weekStart: string;
  joined: number;
  active: number[];
  rates: (number | null)[];
  complete: boolean[];
}

function retention(
  members: string[],
  activity: string[],
  options: Parameters<typeof reportOf>[1] = {},
): Row[] {
  return reportOf(
    { members: [MEMBERS, ...members].join("\n"), activity: [ACTIVITY, ...activity].join("\n") },
    options,
  ).retention as Row[];
}

describe("cohort retention (insights.md §11)", () => {
  it("counts each cohort member once per week they were active, whatever their count", () => {
    const rows = retention(
      [`a,${on(0)},`, `b,${on(1)},`, `c,${on(2)},`, `d,${on(20)},`],
      [`a,${on(0)},3`, `a,${on(1)},1`, `b,${on(8)},2`, `a,${on(9)},1`, `c,${on(15)},1`, `c,${on(3)},0`],
    );
    expect(rows.map((r) => r.weekStart)).toEqual([on(0), on(7), on(14)]);
    expect(rows[0]).toEqual({
      weekStart: on(0),
      joined: 3,
      active: [1, 2, 1],
      rates: [1 / 3, 2 / 3, 1 / 3],
      complete: [true, true, true],
    });
    expect(rows[1]).toEqual({
      weekStart: on(7),
      joined: 0,
      active: [0, 0],
      rates: [null, null],
      complete: [true, true],
    });
    expect(rows[2]).toMatchObject({ joined: 1, active: [0], rates: [0] });
  });

  it("counts week 0 from the entry day: activity earlier in the join week does not count", () => {
    const rows = retention([`a,${on(3)},`, `z,${on(13)},`], [`a,${on(1)},1`, `a,${on(8)},1`]);
    expect(rows[0]).toMatchObject({ joined: 1, active: [0, 1] });
  });

  it("keeps counting a member who left, as every metric counts their activity", () => {
    const rows = retention([`a,${on(0)},${on(2)}`, `z,${on(13)},`], [`a,${on(9)},1`]);
    expect(rows[0]).toMatchObject({ joined: 1, active: [0, 1] });
  });

  it("puts a member who rejoins in a later week in both cohorts, each from its own entry day", () => {
    const rows = retention([`a,${on(0)},${on(2)}`, `a,${on(10)},`], [`a,${on(8)},1`, `a,${on(11)},1`]);
    expect(rows[0]).toMatchObject({ joined: 1, active: [0, 1] });
    expect(rows[1]).toMatchObject({ joined: 1, active: [1] });
  });

  it("follows a cohort to the last week of the range, at most weeks 0 to 12", () => {
    // a's activity in week 14 is past its week 12; b's is its week 4.
    const rows = retention(
      [`a,${on(0)},`, `b,${on(70)},`],
      [`a,${on(7 * 14)},1`, `a,${on(7 * 12 + 6)},1`, `b,${on(7 * 14)},1`],
    );
    expect(rows).toHaveLength(15);
    expect(rows.map((r) => r.rates.length)).toEqual([13, 13, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
    expect(rows[0].active[12]).toBe(1);
    expect(rows[10]).toMatchObject({ joined: 1, active: [0, 0, 0, 0, 1] });
  });

  it("marks the weeks a range cuts as not complete, week 0 of a week cut at its start too", () => {
    const rows = retention([`a,${on(2)},`], [`a,${on(2)},1`, `a,${on(15)},1`], {
      from: MONDAY + 2,
      to: MONDAY + 17,
    });
    expect(rows[0]).toMatchObject({ active: [1, 0, 1], complete: [false, true, false] });
    expect(rows.map((r) => r.complete)).toEqual([[false, true, false], [true, false], [false]]);
  });

  describe("edge cases", () => {
    it("is null without an activity table", () => {
      expect(reportOf({ members: `${MEMBERS}\na,${on(0)},` }).retention).toBeNull();
    });

    it("is an empty list when nothing counted and no day was given", () => {
      expect(retention([], [])).toEqual([]);
    });

    it("leaves out activity of unknown members and outside the range", () => {
      const rows = retention([`a,${on(0)},`], [`x,${on(1)},1`, `a,${on(9)},1`], { to: MONDAY + 6 });
      expect(rows).toEqual([{ weekStart: on(0), joined: 1, active: [0], rates: [0], complete: [true] }]);
    });
  });
});
