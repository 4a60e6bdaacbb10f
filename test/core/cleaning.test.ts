import { describe, expect, it } from "vitest";
import { dayRow, reportOf } from "../support/report";

const MEMBERS = "member_id,joined_at,left_at,group";

describe("duplicate memberships (metrics.md §3.2)", () => {
  it("counts rows with the same member, joined day and group once", () => {
    const r = reportOf({ members: `${MEMBERS}\nm6,2024-12-02,,A\nm6,2024-12-02 10:00,2024-12-10,A` });
    expect(r.excluded.duplicateMembers).toBe(1);
    expect(dayRow(r, "2024-12-10").churnedMembers).toBe(1);
  });
  it("treats a blank group as equal to a blank group", () => {
    const r = reportOf({ members: `${MEMBERS}\nm1,2024-12-02,,\nm1,2024-12-02,,` });
    expect(r.excluded.duplicateMembers).toBe(1);
  });
  it("keeps the later row's left day where both rows give one", () => {
    const r = reportOf({ members: `${MEMBERS}\nm1,2024-12-02,2024-12-04,A\nm1,2024-12-02,2024-12-06,A` });
    expect(dayRow(r, "2024-12-06").churnedMembers).toBe(1);
    expect(dayRow(r, "2024-12-04").churnedMembers).toBe(0);
  });
  it("keeps memberships of the same day in different groups apart", () => {
    const r = reportOf({ members: `${MEMBERS}\nm1,2024-12-02,,A\nm1,2024-12-02,,B` });
    expect(r.excluded.duplicateMembers).toBe(0);
    expect(dayRow(r, "2024-12-02").totalMembers).toBe(1);
  });
});

describe("presence (metrics.md §3.3)", () => {
  it("counts a member who moves between groups as neither leaving nor joining", () => {
    const r = reportOf({
      members: `${MEMBERS}\nm1,2024-12-02,2024-12-04,A\nm1,2024-12-04,,B\nm2,2024-12-05,,A`,
    });
    expect(r.daily.map((d) => d.churnedMembers)).toEqual([0, 0, 0, 0]);
    expect(r.daily.map((d) => d.newMembers)).toEqual([1, 0, 0, 1]);
  });
  it("counts a member who leaves and rejoins the same day as present throughout", () => {
    const r = reportOf({ members: `${MEMBERS}\nm2,2024-12-02,2024-12-05,A\nm2,2024-12-05 20:00,,A` });
    expect(r.daily.map((d) => [d.date, d.totalMembers, d.newMembers, d.churnedMembers])).toEqual([
      ["2024-12-02", 1, 1, 0],
    ]);
  });
  it("counts a join and a leave on the same day without presence", () => {
    const r = reportOf({ members: `${MEMBERS}\nm3,2024-12-03,2024-12-03,A\nm1,2024-12-02,,A` });
    expect(dayRow(r, "2024-12-03")).toMatchObject({ totalMembers: 1, newMembers: 1, churnedMembers: 1 });
  });
  it("counts a member who left and came back once per day, with a leave and a join", () => {
    const r = reportOf({ members: `${MEMBERS}\nu2,2024-12-02,2024-12-04,A\nu2,2024-12-10,,A` });
    expect(dayRow(r, "2024-12-04")).toMatchObject({ totalMembers: 0, churnedMembers: 1 });
    expect(dayRow(r, "2024-12-10")).toMatchObject({ totalMembers: 1, newMembers: 1 });
    expect(r.weekly.map((w) => w.newMembers)).toEqual([1, 1]);
  });
  it("counts a member present up to, not including, the left day", () => {
    const r = reportOf({ members: `${MEMBERS}\nm1,2024-12-02,2024-12-04,A` });
    expect(r.daily.map((d) => d.totalMembers)).toEqual([1, 1, 0]);
  });
});

describe("activity and orders of known members (metrics.md §3.4–§3.7)", () => {
  const members = `${MEMBERS}\nm1,2024-12-02,2024-12-03,A\nm2,2024-12-02,,A`;
  it("excludes activity of unknown ids from every metric, whatever the count", () => {
    const r = reportOf({
      members,
      activity: "member_id,at,count\nx9,2024-12-02,5\nx9,2024-12-02,0\ny1,2024-12-02,",
    });
    expect(r.excluded).toMatchObject({ activityRowsFromUnknownMembers: 3, unknownActivityMembers: 2 });
    expect(dayRow(r, "2024-12-02").activeMembers).toBe(0);
  });
  it("keeps activity with count 0 out of the active members", () => {
    const r = reportOf({ members, activity: "member_id,at,count\nm2,2024-12-02,0" });
    expect(dayRow(r, "2024-12-02").activeMembers).toBe(0);
  });
  it("counts the first valid row of a repeated order id, whatever its status", () => {
    const r = reportOf({
      members,
      orders:
        "order_id,member_id,paid_at,amount,status\n1006,m2,2024-12-02,80,交易关闭\n1006,m2,2024-12-02,80,paid\n1002,m2,2024-12-02,10,\n1002.0,m2,2024-12-02,99,",
    });
    expect(r.excluded).toMatchObject({ duplicateOrders: 2, cancelledOrders: 1 });
    expect(r.weekly[0].gmv).toBe(10);
  });
  it("counts orders with a blank order id every time", () => {
    const r = reportOf({
      members,
      orders: "order_id,member_id,paid_at,amount\n,m2,2024-12-02,1\n,m2,2024-12-02,1",
    });
    expect(r.weekly[0].gmv).toBe(2);
    expect(r.excluded.duplicateOrders).toBe(0);
  });
  it("counts a cancelled order of an unknown member only as cancelled", () => {
    const r = reportOf({ members, orders: "member_id,paid_at,amount,status\nx9,2024-12-02,50,cancelled" });
    expect(r.excluded).toMatchObject({
      cancelledOrders: 1,
      orderRowsFromUnknownMembers: 0,
      unknownOrderAmount: 0,
    });
  });
  it("excludes orders of unknown ids, refunded ones too, with their amount", () => {
    const r = reportOf({
      members,
      orders: "member_id,paid_at,amount,status\nx9,2024-12-02,50,\nx9,2024-12-02,60,退款",
    });
    expect(r.excluded).toMatchObject({
      orderRowsFromUnknownMembers: 2,
      unknownOrderMembers: 1,
      unknownOrderAmount: 110,
      refundedAmount: 0,
    });
  });
  it("counts a refunded order of a known member in GMV and conversion, and in refundedAmount", () => {
    const r = reportOf({ members, orders: "member_id,paid_at,amount,status\nm2,2024-12-02,12.345,已退款" });
    expect(r.weekly[0]).toMatchObject({ gmv: 12.35, convertedMembers: 1 });
    expect(r.excluded.refundedAmount).toBe(12.35);
  });
  it("counts activity and orders of a member on days after they left", () => {
    const r = reportOf({
      members,
      activity: "member_id,at\nm1,2024-12-04",
      orders: "member_id,paid_at,amount\nm1,2024-12-04,9",
    });
    expect(dayRow(r, "2024-12-04")).toMatchObject({ totalMembers: 1, activeMembers: 1 });
    expect(r.weekly[0].convertedMembers).toBe(1);
  });
  it("lets the active rate exceed 100%", () => {
    const r = reportOf({ members, activity: "member_id,at\nm1,2024-12-04\nm2,2024-12-04" });
    expect(dayRow(r, "2024-12-04").activeRate).toBe(2);
  });
});

describe("excluded (metrics.md §3.8)", () => {
  it("counts every row whatever its day, also when a range is given", () => {
    const r = reportOf(
      {
        members: `${MEMBERS}\nm1,2024-12-02,,A`,
        activity: "member_id,at\nx9,2024-01-01",
        orders: "member_id,paid_at,amount\nx9,2025-06-01,5",
      },
      { from: 20061, to: 20062 },
    );
    expect(r.excluded).toMatchObject({ activityRowsFromUnknownMembers: 1, orderRowsFromUnknownMembers: 1 });
  });
  it("gives numbers, not nulls, for absent tables", () => {
    const r = reportOf({ members: `${MEMBERS}\nm1,2024-12-02,,A` });
    expect(r.excluded).toEqual({
      activityRowsFromUnknownMembers: 0,
      unknownActivityMembers: 0,
      orderRowsFromUnknownMembers: 0,
      unknownOrderMembers: 0,
      unknownOrderAmount: 0,
      cancelledOrders: 0,
      refundedAmount: 0,
      duplicateMembers: 0,
      duplicateOrders: 0,
      duplicatePosts: 0,
      staffMembers: 0,
      staffActivityRows: 0,
      staffOrderRows: 0,
    });
  });
});
