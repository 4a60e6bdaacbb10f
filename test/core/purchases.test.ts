import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../src/core/calendar";
import { reportOf } from "../support/report";

const MEMBERS = "member_id,joined_at\nu1,2024-12-02\nu2,2024-12-02\nu3,2024-12-02";
const ORDERS = "order_id,member_id,paid_at,amount,status";
const day = (text: string) => {
  const [y, m, d] = text.split("-").map(Number);
  return daysFromCivil(y, m, d);
};

/** The purchases rows of a report on MEMBERS and these order lines. */
function purchases(orders: string[], options: Parameters<typeof reportOf>[1] = {}) {
  return reportOf({ members: MEMBERS, orders: [ORDERS, ...orders].join("\n") }, options).purchases as Record<
    string,
    unknown
  >[];
}

describe("purchases (insights.md §10)", () => {
  it("lists one row per week of the report with the weekly table's week keys", () => {
    const rows = purchases(["o1,u1,2024-12-03,10", "o2,u1,2024-12-18,10"]);
    expect(rows.map((r) => [r.weekStart, r.weekEnd, r.complete])).toEqual([
      ["2024-12-02", "2024-12-08", true],
      ["2024-12-09", "2024-12-15", true],
      ["2024-12-16", "2024-12-18", false],
    ]);
    expect(rows[1]).toMatchObject({ orders: 0, buyers: 0, repeatRate: null, gmvPerBuyer: null });
  });

  it("counts a buyer new in the week of their first order and returning in every later week", () => {
    const rows = purchases(["o1,u1,2024-12-03,10", "o2,u1,2024-12-10,10", "o3,u2,2024-12-11,10"]);
    expect(rows.map((r) => [r.buyers, r.newBuyers, r.returningBuyers])).toEqual([
      [1, 1, 0],
      [2, 1, 1],
    ]);
  });

  it("counts an order before the range, also earlier in a week the range cuts, as making a buyer returning", () => {
    const rows = purchases(["o1,u1,2024-12-09,10", "o2,u1,2024-12-12,10", "o3,u2,2024-12-12,10"], {
      from: day("2024-12-11"),
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ weekStart: "2024-12-09", complete: false, orders: 2, buyers: 2 });
    expect(rows[0]).toMatchObject({ newBuyers: 1, returningBuyers: 1, repeatBuyers: 0 });
  });

  it("counts a buyer with two orders in the week as a repeat buyer, also two orders on one day", () => {
    const rows = purchases([
      "o1,u1,2024-12-03,10",
      "o2,u1,2024-12-03,20",
      "o3,u2,2024-12-04,30",
      "o4,u2,2024-12-08,40",
      "o5,u2,2024-12-08,50",
      "o6,u3,2024-12-05,60",
    ]);
    expect(rows[0]).toMatchObject({ orders: 6, buyers: 3, repeatBuyers: 2, ordersPerBuyer: 2 });
    expect(rows[0].repeatRate).toBeCloseTo(2 / 3, 12);
    expect(rows[0]).toMatchObject({ gmvPerBuyer: 70, gmvPerOrder: 35 });
  });

  it("rounds GMV per buyer and per order to the cent from exact cents, halves away from zero", () => {
    const thirds = purchases(["o1,u1,2024-12-03,3.33", "o2,u2,2024-12-03,3.33", "o3,u3,2024-12-03,3.34"]);
    expect(thirds[0]).toMatchObject({ gmvPerBuyer: 3.33, gmvPerOrder: 3.33 });
    const halves = purchases(["o1,u1,2024-12-03,0.01", "o2,u2,2024-12-03,0.02"]);
    expect(halves[0]).toMatchObject({ gmvPerBuyer: 0.02, gmvPerOrder: 0.02 });
    const sums = purchases(["o1,u1,2024-12-03,0.1", "o2,u1,2024-12-03,0.2"]);
    expect(sums[0]).toMatchObject({ gmvPerBuyer: 0.3, gmvPerOrder: 0.15 });
  });

  it("counts orders as the weekly GMV does: refunded ones in, cancelled and repeated order ids out", () => {
    const report = reportOf({
      members: MEMBERS,
      orders: [
        ORDERS,
        "o1,u1,2024-12-03,100,已退款",
        "o2,u2,2024-12-03,50,已取消",
        "o1,u1,2024-12-04,100,",
        "o3,x9,2024-12-04,70,",
      ].join("\n"),
    });
    const [week] = report.purchases as Record<string, unknown>[];
    expect(week).toMatchObject({ orders: 1, buyers: 1, gmvPerOrder: 100 });
    expect(week.buyers).toBe(report.weekly[0].convertedMembers);
  });

  describe("edge cases", () => {
    it("is null without an orders table", () => {
      expect(reportOf({ members: MEMBERS }).purchases).toBeNull();
    });

    it("is an empty list when nothing counted and no day was given", () => {
      expect(reportOf({ members: "member_id,joined_at", orders: ORDERS }).purchases).toEqual([]);
    });

    it("counts no order after the range's end", () => {
      const rows = purchases(["o1,u1,2024-12-03,10", "o2,u1,2024-12-20,10"], { to: day("2024-12-08") });
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ orders: 1, buyers: 1, newBuyers: 1 });
    });
  });
});
