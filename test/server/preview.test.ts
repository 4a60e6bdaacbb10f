import { beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "../support/fixtures";
import { buildBundle, fixtureSheets, openSpreadsheet, settingsFor, sourcesOf } from "./harness";

beforeAll(buildBundle);

const cn = fixtures().find((f) => f.name === "community-cn")!;

describe("previewing the tables", () => {
  it("shows each table's columns, row count, skipped rows with the first five reasons, and date span", () => {
    const { server } = openSpreadsheet(fixtureSheets(cn));
    const [members, activity, orders] = server.previewTables(settingsFor(cn));
    expect(members).toMatchObject({
      table: "members",
      sheet: "Members",
      error: null,
      rowCount: 413,
      skipped: 2,
      firstDay: "2024-11-04",
    });
    expect(members.columns).toEqual([
      { field: "member_id", header: "成员ID" },
      { field: "name", header: "群昵称" },
      { field: "joined_at", header: "入群时间" },
      { field: "left_at", header: "退群时间" },
      { field: "group", header: "所在群" },
      { field: "channel", header: "入群渠道" },
    ]);
    expect(members.firstProblems.map((p) => [p.row, p.column, p.value])).toEqual([
      [413, "member_id", ""],
      [414, "joined_at", "11/12/2024"],
    ]);
    expect(activity).toMatchObject({ table: "activity", rowCount: 1829, skipped: 1 });
    expect(orders).toMatchObject({ table: "orders", rowCount: 159, skipped: 2 });
    expect(orders.firstProblems[0]).toEqual({
      table: "orders",
      row: 61,
      column: "amount",
      value: "abc",
      message: "not an amount",
    });
  });

  it("maps the role column, counts the staff it marks, and names the other columns it keeps or ignores", () => {
    const { server } = openSpreadsheet([
      {
        name: "Members",
        values: [
          ["成员ID", "入群时间", "角色", "城市"],
          ["u1", "2024-12-02", "成员", "深圳"],
          ["a1", "2024-12-02", "群主", "深圳"],
          ["b1", "2024-11-20", "机器人", ""],
        ],
      },
      {
        name: "Activity",
        values: [
          ["member_id", "at", "备注"],
          ["u1", "2024-12-02", "x"],
        ],
      },
    ]);
    const [members, activity] = server.previewTables({
      ...settingsFor(cn),
      sources: sourcesOf({ members: "Members", activity: "Activity" }),
    });
    expect(members.columns).toContainEqual({ field: "role", header: "角色" });
    expect(members).toMatchObject({ staff: 2, otherColumns: ["城市"], othersKept: true });
    // The bot added weeks before launch is no day of the report: the focus weeks start at u1's.
    expect(members).toMatchObject({ firstDay: "2024-12-02", lastDay: "2024-12-02" });
    expect(activity).toMatchObject({ staff: 0, otherColumns: ["备注"], othersKept: false });
  });

  it("gives skipped rows' reasons and a missing column's message in Chinese for Chinese settings", () => {
    const { server } = openSpreadsheet([
      {
        name: "成员",
        values: [
          ["成员ID", "入群时间"],
          ["u1", "昨天"],
        ],
      },
      {
        name: "订单",
        values: [
          ["订单号", "实付金额"],
          ["o1", "12"],
        ],
      },
    ]);
    const [members, , orders] = server.previewTables({
      ...settingsFor(cn),
      lang: "zh",
      sources: sourcesOf({ members: "成员", activity: null, orders: "订单" }),
    });
    expect(members.firstProblems[0]).toMatchObject({ row: 2, column: "joined_at", message: "不是日期" });
    expect(orders.error).toBe(
      "工作表「订单」无法使用：订单表：缺少 member_id 列（找到的表头：订单号、实付金额）；请将一列命名为 buyer_id 或 member_id 或 买家ID",
    );
  });

  it("lists at most five problems", () => {
    const rows = Array.from({ length: 8 }, (_, i) => [`u${i}`, "someday"]);
    const { server } = openSpreadsheet([{ name: "Members", values: [["member_id", "joined_at"], ...rows] }]);
    const [members] = server.previewTables({
      ...settingsFor(cn),
      sources: sourcesOf({ members: "Members" }),
    });
    expect(members.skipped).toBe(8);
    expect(members.firstProblems.map((p) => p.row)).toEqual([2, 3, 4, 5, 6]);
    expect(members.firstDay).toBeNull();
  });

  it("names a missing required column and the headers found, and the other tables still preview", () => {
    const { server } = openSpreadsheet([
      {
        name: "Members",
        values: [
          ["member_id", "nickname"],
          ["u1", "Ann"],
        ],
      },
      {
        name: "Activity",
        values: [
          ["member_id", "at"],
          ["u1", "2024-12-02"],
        ],
      },
    ]);
    const [members, activity, orders] = server.previewTables({
      ...settingsFor(cn),
      sources: sourcesOf({ members: "Members", activity: "Activity" }),
    });
    expect(members.error).toBe(
      'The sheet "Members" cannot be used: members: no joined_at column (headers found: member_id, nickname); ' +
        "name one joined_at or join_date or 入群时间",
    );
    expect(activity).toMatchObject({
      error: null,
      rowCount: 1,
      firstDay: "2024-12-02",
      lastDay: "2024-12-02",
    });
    expect(orders).toMatchObject({ sheet: null, error: null, rowCount: 0 });
  });

  it("the build stops with the same message", () => {
    const { server } = openSpreadsheet([
      {
        name: "Members",
        values: [
          ["member_id", "nickname"],
          ["u1", "Ann"],
        ],
      },
    ]);
    expect(() =>
      server.buildWeeklyReport({
        ...settingsFor(cn),
        sources: sourcesOf({ members: "Members" }),
      }),
    ).toThrow(
      /^The sheet "Members" cannot be used: members: no joined_at column \(headers found: member_id, nickname\)/,
    );
  });

  describe("edge cases", () => {
    it("a table without a sheet: Members is required, the others are optional", () => {
      const { server } = openSpreadsheet();
      const previews = server.previewTables({
        ...settingsFor(cn),
        sources: sourcesOf({}),
      });
      expect(previews.map((p) => [p.table, p.error])).toEqual([
        ["members", "Choose a sheet for the Members table, or paste it."],
        ["activity", null],
        ["orders", null],
        ["spend", null],
        ["content", null],
      ]);
    });

    it("a chosen sheet that no longer exists is named", () => {
      const { server } = openSpreadsheet();
      const [members] = server.previewTables({
        ...settingsFor(cn),
        sources: sourcesOf({ members: "Old members" }),
      });
      expect(members.error).toBe('The sheet "Old members" chosen for the Members table no longer exists.');
    });

    it("an empty sheet has no header row", () => {
      const { server } = openSpreadsheet([{ name: "Members", values: [] }]);
      const [members] = server.previewTables({
        ...settingsFor(cn),
        sources: sourcesOf({ members: "Members" }),
      });
      expect(members.error).toMatch(/has no header row/);
    });
  });
});
