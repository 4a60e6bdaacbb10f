import { describe, expect, it } from "vitest";
import { columnName } from "../../src/core/cleaned";
import { cleanedOf, rowsOf } from "../support/cleaned";
import { reportOf } from "../support/report";

const MEMBERS = "member_id,joined_at,left_at,group,channel";

describe("the cleaned memberships (metrics.md §3.2)", () => {
  it("writes one row per membership, a repeated row merged into the first with the later left day", () => {
    const tables = cleanedOf({
      members: `${MEMBERS}\nm1,2024-12-02,2024-12-04,A,海报\nm2,2024-12-03,,B,\nm1,2024-12-02 10:00,2024-12-06,A,公众号\nm1,2024-12-02,,B,`,
    });
    expect(rowsOf(tables, "memberships")).toEqual([
      { member_id: "m1", joined_day: "2024-12-02", left_day: "2024-12-06", group: "A", channel: "海报" },
      { member_id: "m2", joined_day: "2024-12-03", left_day: null, group: "B", channel: null },
      { member_id: "m1", joined_day: "2024-12-02", left_day: null, group: "B", channel: null },
    ]);
  });
  it("keeps the other columns by their field or their header, blanks and placeholders as empty", () => {
    const tables = cleanedOf({
      members: "成员ID,入群时间,昵称,会员 等级,城市\nm1,2024-12-02,小明,—,上海\nm2,2024-12-03, , 金卡 ,",
    });
    expect(rowsOf(tables, "memberships")).toEqual([
      {
        member_id: "m1",
        joined_day: "2024-12-02",
        left_day: null,
        group: null,
        channel: null,
        name: "小明",
        会员_等级: null,
        城市: "上海",
      },
      {
        member_id: "m2",
        joined_day: "2024-12-03",
        left_day: null,
        group: null,
        channel: null,
        name: null,
        会员_等级: "金卡",
        城市: null,
      },
    ]);
  });
  it("leaves staff out, as they are of every number (insights.md §16)", () => {
    const tables = cleanedOf({
      members: "member_id,joined_at,role\nm1,2024-12-02,\nboss,2024-12-02,群主\nboss,2024-12-03,",
      activity: "member_id,at\nm1,2024-12-02\nboss,2024-12-02",
      orders: "order_id,member_id,paid_at,amount\no1,boss,2024-12-02,10\no2,m1,2024-12-03,20",
    });
    expect(rowsOf(tables, "memberships").map((m) => m.member_id)).toEqual(["m1"]);
    expect(rowsOf(tables, "activity").map((a) => a.member_id)).toEqual(["m1"]);
    expect(rowsOf(tables, "orders").map((o) => o.order_id)).toEqual(["o2"]);
  });
});

describe("the cleaned activity and orders (metrics.md §3.4–§3.6)", () => {
  it("writes only the activity that counts, with its count: known members, count above 0", () => {
    const tables = cleanedOf({
      members: `${MEMBERS}\nm1,2024-12-02,,,`,
      activity: "member_id,at,count\nm1,2024-12-02 09:00,3\nx9,2024-12-02,1\nm1,2024-12-03,0\nm1,2024-12-04,",
    });
    expect(rowsOf(tables, "activity")).toEqual([
      { member_id: "m1", day: "2024-12-02", count: 3 },
      { member_id: "m1", day: "2024-12-04", count: 1 },
    ]);
  });
  it("writes only the orders that count: the first of an id, not cancelled, of a known member", () => {
    const tables = cleanedOf({
      members: `${MEMBERS}\nm1,2024-12-02,,,`,
      orders: [
        "order_id,member_id,paid_at,amount,status",
        'o1,m1,2024-12-02,"¥1,299.50",已退款',
        "o1,m1,2024-12-03,5,",
        "o2,m1,2024-12-03,7,已取消",
        "o3,x9,2024-12-03,9,",
        ",m1,2024-12-04,0.1,",
      ].join("\n"),
    });
    expect(rowsOf(tables, "orders")).toEqual([
      { order_id: "o1", member_id: "m1", day: "2024-12-02", amount_cents: 129950, status_kind: "refunded" },
      { order_id: null, member_id: "m1", day: "2024-12-04", amount_cents: 10, status_kind: "paid" },
    ]);
  });
  it("writes each day in the report's time zone", () => {
    const csv = {
      members: `${MEMBERS}\nm1,2024-12-01T23:30:00Z,,,`,
      activity: "member_id,at\nm1,1733097600",
    };
    expect(rowsOf(cleanedOf(csv, { timeZone: "Asia/Shanghai" }), "memberships")[0].joined_day).toBe(
      "2024-12-02",
    );
    expect(rowsOf(cleanedOf(csv, { timeZone: "UTC" }), "memberships")[0].joined_day).toBe("2024-12-01");
    expect(rowsOf(cleanedOf(csv, { timeZone: "America/New_York" }), "activity")[0].day).toBe("2024-12-01");
  });
  it("gives the problems and excluded totals exactly as the JSON report does", () => {
    const csv = {
      members: `${MEMBERS}\nm1,2024-12-02,,,\n,2024-12-02,,,\nm2,yesterday,,,`,
      activity: "member_id,at,count\nm1,2024-12-02,x\nx1,2024-12-02,1",
      orders:
        "order_id,member_id,paid_at,amount,status\no1,m1,2024-12-02,abc,\no2,x1,2024-12-02,10.5,\no3,m1,2024-12-02,3,退款",
    };
    const report = reportOf(csv);
    const tables = cleanedOf(csv);
    expect(rowsOf(tables, "problems")).toEqual(report.problems);
    expect(rowsOf(tables, "excluded")).toEqual([report.excluded]);
  });
});

describe("edge cases", () => {
  it("writes no activity or orders table when that table was not given", () => {
    expect(cleanedOf({ members: `${MEMBERS}\nm1,2024-12-02,,,` }).map((t) => t.name)).toEqual([
      "memberships",
      "problems",
      "excluded",
    ]);
  });
  it("writes an empty memberships table when no member row is valid", () => {
    const tables = cleanedOf({ members: `${MEMBERS}\n,2024-12-02,,,` });
    expect(rowsOf(tables, "memberships")).toEqual([]);
    expect(rowsOf(tables, "problems")).toHaveLength(1);
  });
  it("names a header as a warehouse column: letters, digits and _, not starting with a digit, unique", () => {
    const taken = new Set(["member_id", "group"]);
    expect(
      ["会员 等级", "Group", "2024 积分", "!!", "!!", "ＶＩＰ"].map((h) => columnName(h, taken)),
    ).toEqual(["会员_等级", "Group_2", "_2024_积分", "column", "column_2", "VIP"]);
  });
});
