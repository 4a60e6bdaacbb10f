import { beforeAll, describe, expect, it } from "vitest";
import { buildBundle, openSpreadsheet, sheetNamed, untyped } from "./harness";

beforeAll(buildBundle);

const MEMBERS = [
  "member_id,name,joined_at,left_at",
  '007,"=HYPERLINK(""http://x"",""click"")",2024-12-02,',
  "u2,+1,2024-12-03 10:00,2024-12-05",
  "u3,-x,2024-12-04,",
  "u4,@x,2024-12-05,",
  "10023,'quoted,2024-12-06,",
].join("\n");

describe("saving a pasted table", () => {
  it("stores formula-like text and leading zeros literally, numbers as numbers", () => {
    const { standIn, server } = openSpreadsheet();
    const result = server.savePastedTable("members", MEMBERS, null);
    expect(result).toMatchObject({ sheet: "Members", mode: "new", rowsWritten: 5 });
    const sheet = sheetNamed(standIn, "Members");
    expect(sheet.values).toEqual([
      ["member_id", "name", "joined_at", "left_at"],
      ["007", '=HYPERLINK("http://x","click")', "2024-12-02", ""],
      ["u2", "+1", "2024-12-03 10:00", "2024-12-05"],
      ["u3", "-x", "2024-12-04", ""],
      ["u4", "@x", "2024-12-05", ""],
      [10023, "'quoted", "2024-12-06", ""],
    ]);
    expect(sheet.displayValues[1][1]).toBe('=HYPERLINK("http://x","click")');
    expect(sheet.frozenRows).toBe(1);
  });

  it("leaves the operator's tab named alike but for case alone, and pastes into a sheet of its own", () => {
    const notes = [["todo"], ["call Li"]];
    const { standIn, server } = openSpreadsheet([{ name: "members", values: notes }]);
    const result = server.savePastedTable("members", MEMBERS, null);
    expect(result).toMatchObject({ sheet: "Members (2)", mode: "new", rowsWritten: 5 });
    expect(sheetNamed(standIn, "members").values).toEqual(notes);
    expect(sheetNamed(standIn, "Members (2)").values[1][0]).toBe("007");
    expect(server.getSidebarState().settings.sources.members).toBe("Members (2)");
  });

  it("sizes a new data sheet's columns to what they hold", () => {
    const { standIn, server } = openSpreadsheet();
    server.savePastedTable(
      "members",
      "member_id,joined_at,note\nu1,2024-12-02 09:30:00,a long note about this member",
      null,
    );
    const widths = sheetNamed(standIn, "Members").columnWidths;
    expect(widths[2]).toBeGreaterThan(widths[0]);
    expect(widths[2]).toBeGreaterThan(100);
  });

  it("returns the table's preview and saves the sheet as the table's source", () => {
    const { server } = openSpreadsheet();
    const result = server.savePastedTable("members", MEMBERS, null);
    expect(result.preview).toMatchObject({
      table: "members",
      sheet: "Members",
      error: null,
      rowCount: 5,
      skipped: 0,
      firstDay: "2024-12-02",
      lastDay: "2024-12-06",
    });
    expect(server.getSidebarState().settings.sources.members).toBe("Members");
  });

  it("reads tab-separated text with quoted fields holding tabs, commas and line breaks", () => {
    const { standIn, server } = openSpreadsheet();
    const text = 'member_id\tname\tjoined_at\nu1\t"Ann\tB, ""the"" first\nline two"\t2024-12-02\n';
    server.savePastedTable("members", text, null);
    expect(sheetNamed(standIn, "Members").values[1]).toEqual([
      "u1",
      'Ann\tB, "the" first\nline two',
      "2024-12-02",
    ]);
  });

  it("saves into 成员 / 互动 / 订单 when the language is Chinese", () => {
    const { standIn, server } = openSpreadsheet([{ name: "Sheet1", values: [] }], "zh_CN");
    const result = server.savePastedTable("activity", "成员ID,发言时间\nu1,2024-12-02", null);
    expect(result.sheet).toBe("互动");
    expect(sheetNamed(standIn, "互动").values).toEqual([
      ["成员ID", "发言时间"],
      ["u1", "2024-12-02"],
    ]);
  });

  it("pastes into the table's data sheet that is its source, whichever language named it", () => {
    const { standIn, server } = openSpreadsheet();
    server.savePastedTable("members", MEMBERS, null);
    server.saveSettings({ ...server.getSidebarState().settings, lang: "zh" });
    const result = server.savePastedTable(
      "members",
      "成员ID,昵称,入群时间,退群时间\nu9,小九,2024-12-09,",
      "append",
    );
    expect(result).toMatchObject({ sheet: "Members", mode: "append", rowsWritten: 1 });
    expect(standIn.snapshot().map((s) => s.name)).toEqual(["Sheet1", "Members"]);
    expect(server.getSidebarState().settings.sources.members).toBe("Members");
  });

  it("appends a paste sent in parts in order, and previews the table after the last part", () => {
    const { standIn, server } = openSpreadsheet();
    const first = server.savePastedTable("members", "member_id,joined_at\nu1,2024-12-02", null, false);
    expect(first.preview).toBeNull();
    const second = server.savePastedTable("members", "member_id,joined_at\nu2,2024-12-03", "append", false);
    const last = server.savePastedTable("members", "member_id,joined_at\nu3,2024-12-04", "append");
    expect([first.mode, second.mode, last.mode]).toEqual(["new", "append", "append"]);
    expect(sheetNamed(standIn, "Members").values.map((row) => row[0])).toEqual([
      "member_id",
      "u1",
      "u2",
      "u3",
    ]);
    expect(last.preview).toMatchObject({ rowCount: 3, lastDay: "2024-12-04" });
  });

  it("waits for a teammate holding the document lock, and says so instead of writing", () => {
    const { standIn, server } = openSpreadsheet();
    const teammate = (standIn.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock();
    teammate.waitLock(0);
    expect(() => server.savePastedTable("members", MEMBERS, null)).toThrow(
      "A teammate is saving data or building the report right now. Try again in a minute.",
    );
    expect(standIn.snapshot().map((s) => s.name)).toEqual(["Sheet1"]);
    teammate.releaseLock();
    expect(server.savePastedTable("members", MEMBERS, null).mode).toBe("new");
  });

  it("asks for Append or Replace before touching a sheet that holds data", () => {
    const { standIn, server } = openSpreadsheet();
    server.savePastedTable("members", MEMBERS, null);
    const before = sheetNamed(standIn, "Members");
    expect(() => server.savePastedTable("members", MEMBERS, null)).toThrow(
      'The sheet "Members" already holds 5 rows. Choose Append to add the pasted rows, or Replace to clear the sheet first.',
    );
    expect(sheetNamed(standIn, "Members")).toEqual(before);
  });

  it("Append adds the rows in the sheet's column order when the headers serve the same fields", () => {
    const { standIn, server } = openSpreadsheet();
    server.savePastedTable("members", "member_id,name,joined_at\nu1,Ann,2024-12-02", null);
    const result = server.savePastedTable(
      "members",
      "Joined,Member ID,Nickname\n2024-12-09,007,=Bob",
      "append",
    );
    expect(result).toMatchObject({ mode: "append", rowsWritten: 1 });
    expect(sheetNamed(standIn, "Members").values).toEqual([
      ["member_id", "name", "joined_at"],
      ["u1", "Ann", "2024-12-02"],
      ["007", "=Bob", "2024-12-09"],
    ]);
    expect(result.preview?.rowCount).toBe(2);
  });

  it("Append says which fields differ and writes nothing", () => {
    const { standIn, server } = openSpreadsheet();
    server.savePastedTable("members", "member_id,joined_at,left_at\nu1,2024-12-02,", null);
    const before = sheetNamed(standIn, "Members");
    expect(() =>
      server.savePastedTable("members", "member_id,joined_at,group\nu2,2024-12-03,A", "append"),
    ).toThrow(
      'The pasted columns do not match the sheet "Members"; only the pasted rows have "group"; only the sheet has "left_at".',
    );
    expect(sheetNamed(standIn, "Members")).toEqual(before);
  });

  it("Append names the columns by their headers, and refuses a column the sheet has not (it would be dropped)", () => {
    const { standIn, server } = openSpreadsheet();
    server.savePastedTable("orders", "订单号,买家ID,支付时间,实付金额\nO1,u1,2024-12-02,10", null);
    const before = sheetNamed(standIn, "Orders");
    expect(() =>
      server.savePastedTable(
        "orders",
        "订单号,买家ID,支付时间,实付金额,订单状态,备注\nO2,u2,2024-12-03,5,paid,x",
        "append",
      ),
    ).toThrow(
      'The pasted columns do not match the sheet "Orders"; only the pasted rows have "订单状态", "备注". Paste the same columns, or choose Replace.',
    );
    expect(sheetNamed(standIn, "Orders")).toEqual(before);
  });

  it("Replace clears the sheet and writes the pasted table", () => {
    const { standIn, server } = openSpreadsheet();
    server.savePastedTable("members", MEMBERS, null);
    const result = server.savePastedTable("members", "member_id,joined_at\nz1,2024-12-09", "replace");
    expect(result).toMatchObject({ mode: "replace", rowsWritten: 1 });
    expect(sheetNamed(standIn, "Members").values).toEqual([
      ["member_id", "joined_at"],
      ["z1", "2024-12-09"],
    ]);
  });

  it("grows the sheet for a paste longer than its thousand rows", () => {
    const { standIn, server } = openSpreadsheet();
    const rows = Array.from({ length: 1500 }, (_, i) => `u${i},2024-12-02`);
    server.savePastedTable("members", ["member_id,joined_at", ...rows].join("\n"), null);
    const sheet = sheetNamed(standIn, "Members");
    expect(sheet.values.length).toBe(1501);
    expect(sheet.values[1500]).toEqual(["u1499", "2024-12-02"]);
  });

  describe("edge cases", () => {
    it("refuses a table without a required column, naming it and the headers found", () => {
      const { standIn, server } = openSpreadsheet();
      expect(() => server.savePastedTable("members", "member_id,nickname\nu1,Ann", null)).toThrow(
        /no joined_at column \(headers found: member_id, nickname\)/,
      );
      expect(standIn.snapshot().map((s) => s.name)).toEqual(["Sheet1"]);
    });

    it("refuses empty text, an unclosed quote, an unknown table and an unknown mode", () => {
      const { server } = openSpreadsheet();
      expect(() => server.savePastedTable("members", "\n\n", null)).toThrow(/has no header row/);
      expect(() => server.savePastedTable("members", 'member_id,joined_at\n"u1,2024-12-02', null)).toThrow(
        /never closed/,
      );
      expect(() => untyped(server).savePastedTable("people", "member_id,joined_at", null)).toThrow(
        /Unknown table "people"/,
      );
      expect(() => untyped(server).savePastedTable("members", "member_id,joined_at", "merge")).toThrow(
        /Unknown save mode/,
      );
    });

    it("says what is wrong with a paste in Chinese when the sidebar is Chinese", () => {
      const { server } = openSpreadsheet([{ name: "Sheet1", values: [] }], "zh_CN");
      server.saveSettings({ ...server.getSidebarState().settings, lang: "zh" });
      expect(() => server.savePastedTable("members", "member_id,nickname\nu1,Ann", null)).toThrow(
        "成员表：缺少 joined_at 列（找到的表头：member_id、nickname）；请将一列命名为 joined_at 或 join_date 或 入群时间",
      );
      expect(() => server.savePastedTable("members", "\n\n", null)).toThrow(
        "没有可保存的内容：粘贴的文本没有表头行。",
      );
      server.savePastedTable("members", "member_id,joined_at\nu1,2024-12-02", null);
      expect(() => server.savePastedTable("members", "member_id,joined_at\nu2,2024-12-02", null)).toThrow(
        "工作表「成员」中已有 1 行数据。请选择「追加」添加粘贴的行，或选择「替换」先清空该工作表。",
      );
      const saved = server.savePastedTable("members", "member_id,joined_at\nu2,someday", "replace");
      expect(saved.preview?.firstProblems[0]).toMatchObject({
        row: 2,
        column: "joined_at",
        message: "不是日期",
      });
    });

    it("a sheet holding only a header takes the paste without asking", () => {
      const { standIn, server } = openSpreadsheet([
        { name: "Members", values: [["member_id", "joined_at"]] },
      ]);
      const result = server.savePastedTable("members", "member_id,joined_at\nu1,2024-12-02", null);
      expect(result.mode).toBe("new");
      expect(sheetNamed(standIn, "Members").values).toEqual([
        ["member_id", "joined_at"],
        ["u1", "2024-12-02"],
      ]);
    });

    it("drops blank lines at the end and pads short rows", () => {
      const { standIn, server } = openSpreadsheet();
      server.savePastedTable("members", "member_id,joined_at,name\nu1,2024-12-02\n\n\n", null);
      expect(sheetNamed(standIn, "Members").values).toEqual([
        ["member_id", "joined_at", "name"],
        ["u1", "2024-12-02", ""],
      ]);
    });
  });
});
