import { describe, expect, it } from "vitest";
import { isStaffRole } from "../../src/core/staff";
import { dayRow, reportOf } from "../support/report";

// u1 and u2 are members; a1 an admin (管理员), b1 a bot whose role sits on a repeated row only.
const members = `member_id,joined_at,left_at,group,role
u1,2024-12-02,,A,成员
u2,2024-12-02,2024-12-05,A,
a1,2024-12-01,,A,管理员
b1,2024-12-03,,A,
b1,2024-12-03,,A,Robot
a1,2024-12-01,,A,Group Member`;
const activity = `member_id,at,count
u1,2024-12-02,1
a1,2024-12-02,9
a1,2024-12-03,0
b1,2024-11-20,4
x9,2024-12-02,1`;
const orders = `order_id,member_id,paid_at,amount,status
o1,u1,2024-12-03,100,
o2,a1,2024-12-03,50,已退款
o2,a1,2024-12-04,50,
o3,a1,2024-12-04,20,已取消
o4,b1,2024-12-20,10,`;

describe("staff and bots (insights.md §16)", () => {
  const report = reportOf({ members, activity, orders });

  it("counts staff ids, and every valid row of theirs, count-0, repeated and cancelled ones included", () => {
    expect(report.excluded).toMatchObject({
      staffMembers: 2,
      staffActivityRows: 3,
      staffOrderRows: 4,
      duplicatePosts: 0,
    });
  });

  it("still counts a staff member's repeated rows and cancelled orders where metrics.md counts them", () => {
    // a1's second row and b1's two rows are one membership each; o2's second row repeats an id.
    expect(report.excluded).toMatchObject({ duplicateMembers: 2, duplicateOrders: 1, cancelledOrders: 1 });
  });

  it("counts them nowhere else: not as refunds, not as unknown members", () => {
    expect(report.excluded).toMatchObject({
      refundedAmount: 0,
      activityRowsFromUnknownMembers: 1,
      unknownActivityMembers: 1,
      orderRowsFromUnknownMembers: 0,
    });
  });

  it("leaves their memberships, activity and orders out of every number", () => {
    expect(dayRow(report, "2024-12-02")).toMatchObject({ totalMembers: 2, newMembers: 2, activeMembers: 1 });
    expect(dayRow(report, "2024-12-03")).toMatchObject({ totalMembers: 2, newMembers: 0 });
    expect(report.weekly[0]).toMatchObject({ convertedMembers: 1, gmv: 100 });
    expect(report.funnel[0]).toMatchObject({ joined: 2, activated: 1, converted: 1 });
  });

  it("does not let their days make the report's range", () => {
    // a1 joined on 12-01, b1 spoke on 11-20 and bought on 12-20: none of it counts.
    expect(report.range).toEqual({ from: "2024-12-02", to: "2024-12-05" });
  });

  it("gives zeros without a role column", () => {
    const plain = reportOf({
      members: "member_id,joined_at\nu1,2024-12-02",
      activity: "member_id,at\nu1,2024-12-02",
    });
    expect(plain.excluded).toMatchObject({ staffMembers: 0, staffActivityRows: 0, staffOrderRows: 0 });
  });

  describe("edge cases", () => {
    it("reads roles like headers: case, spaces, _ - . and full-width letters are ignored", () => {
      for (const role of ["Admin", " ADMINISTRATOR ", "群 主", "Ｂｏｔ", "客服", "owner."]) {
        expect(isStaffRole(role), role).toBe(true);
      }
      for (const role of ["", "-", "成员", "member", "VIP", "bots", null])
        expect(isStaffRole(role), String(role)).toBe(false);
    });
  });
});
