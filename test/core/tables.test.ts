import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ZoneClock } from "../../src/core/calendar";
import { parseDelimited } from "../../src/core/delimited";
import { headerKey, matchColumns as matchFields, TableError } from "../../src/core/headers";
import { inputTable, readTable, type TableName } from "../../src/core/inputs";
import { STILL_PRESENT } from "../../src/core/presence";
import type { Grid } from "../../src/core/types";

const clock = new ZoneClock("Asia/Shanghai");
const matchColumns = (table: TableName, header: string[]) =>
  matchFields(table, inputTable(table).fields, header);
const readMembers = (grid: Grid, c: ZoneClock) => readTable("members", grid, c);
const readActivity = (grid: Grid, c: ZoneClock) => readTable("activity", grid, c);
const readOrders = (grid: Grid, c: ZoneClock) => readTable("orders", grid, c);
const fields = (table: TableName, header: string[]): Record<string, string> =>
  Object.fromEntries(matchColumns(table, header).map((c) => [c.field, c.header]));

describe("header matching (metrics.md §1)", () => {
  it("treats Member ID, member_id and MemberId as the same header", () => {
    expect(headerKey("Member ID")).toBe(headerKey("member_id"));
    expect(headerKey("MemberId")).toBe(headerKey("member-id"));
    expect(headerKey("ＩＤ")).toBe("id");
  });
  it("prefers the column matching the earlier alias: 日期 over 时间", () => {
    expect(fields("activity", ["User_id", "时间", "日期"]).at).toBe("日期");
  });
  it("takes user_id as the member and id as the order in orders", () => {
    expect(fields("orders", ["id", "user_id", "amount", "pay_time"])).toMatchObject({
      order_id: "id",
      member_id: "user_id",
    });
  });
  it("prefers pay_time over created_at for paid_at", () => {
    expect(fields("orders", ["user_id", "created_at", "pay_time", "amount"]).paid_at).toBe("pay_time");
  });
  it("takes the leftmost of two columns matching the same alias", () => {
    expect(matchColumns("members", ["id", "joined", "id"]).find((c) => c.field === "member_id")?.index).toBe(
      0,
    );
  });
  it("ignores columns that match nothing", () => {
    expect(Object.keys(fields("members", ["成员ID", "入群时间", "备注"]))).toEqual([
      "member_id",
      "joined_at",
    ]);
  });
  it("names a missing required column and the headers found", () => {
    expect(() => matchColumns("members", ["姓名", "手机"])).toThrow(TableError);
    expect(() => matchColumns("members", ["姓名", "手机"])).toThrow(
      /no member_id column \(headers found: 姓名, 手机\)/,
    );
  });
});

describe("delimited text (metrics.md §1 Files)", () => {
  it("reads tabs when the header line holds one, commas otherwise", () => {
    expect(parseDelimited("a\tb\n1\t2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseDelimited("a,b\n1,2")[1]).toEqual(["1", "2"]);
  });
  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    expect(parseDelimited('a,b\n"Kim, ""the boss""","x\ny"')[1]).toEqual(['Kim, "the boss"', "x\ny"]);
  });
  it("ends rows at \\n, \\r\\n and \\r", () => {
    expect(parseDelimited("a\r\n1\r\n2").length).toBe(3);
    expect(parseDelimited("a\r1\r2").length).toBe(3);
  });
  it("names the row where an unclosed quote opened", () => {
    expect(() => parseDelimited('a,b\n1,2\n3,"open\n4,5')).toThrow(/row 3/);
  });
  it("drops a byte-order mark", () => {
    expect(parseDelimited("\uFEFFmember_id,joined\nm1,2024-12-02")[0][0]).toBe("member_id");
  });
  it("splits text without a quote into the rows papaparse makes of it, a final line break adding none", () => {
    const text = fc
      .array(fc.constantFrom("a", "成", " ", ",", "\t", "\n", "\r", "1"), { maxLength: 40 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const body = t.replace(/\r\n?/g, "\n");
        const rows = Papa.parse<string[]>(body, {
          delimiter: body.split("\n")[0].includes("\t") ? "\t" : ",",
          newline: "\n",
        }).data;
        const last = rows.at(-1);
        if (last && last.length === 1 && last[0] === "") rows.pop();
        expect(parseDelimited(t)).toEqual(rows);
      }),
    );
    expect(parseDelimited("a,b\n1,2\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseDelimited("a,b\n\n1,2")[1]).toEqual([""]);
  });
});

describe("row checks (metrics.md §3.1)", () => {
  it("counts rows as the spreadsheet shows them, blank lines included, header as row 1", () => {
    const grid = parseDelimited("member_id,joined_at\nm1,2024-12-02\n\nm2,soon\n");
    const table = readMembers(grid, clock);
    expect(table.problems).toEqual([
      {
        table: "members",
        row: 4,
        column: "joined_at",
        value: "soon",
        message: "not a date",
        header: "joined_at",
      },
    ]);
    expect(table.rowCount).toBe(2);
  });
  it("skips all-blank rows without a problem", () => {
    expect(readMembers(parseDelimited("member_id,joined_at\n,\n - , 无 \n"), clock).problems).toEqual([]);
  });
  it("reads a short row's missing cells as blank", () => {
    const table = readMembers(parseDelimited("member_id,joined_at,left_at\nm1,2024-12-02"), clock);
    expect(table.rows.left[0]).toBe(STILL_PRESENT);
  });
  it("reports member_id before the date, and the date before the amount", () => {
    const orders = readOrders(
      parseDelimited("member_id,paid_at,amount\n,x,y\nm1,x,y\nm1,2024-12-02,y"),
      clock,
    );
    expect(orders.problems.map((p) => p.column)).toEqual(["member_id", "paid_at", "amount"]);
  });
  it("reports a left_at before joined_at on left_at", () => {
    const members = readMembers(
      parseDelimited("member_id,joined_at,left_at\nm7,2024-12-09,2024-12-08"),
      clock,
    );
    expect(members.problems[0]).toMatchObject({ row: 2, column: "left_at", value: "2024-12-08" });
  });
  it("reports a bad count and keeps a zero count", () => {
    const activity = readActivity(
      parseDelimited("member_id,at,count\nm1,2024-12-02,1.5\nm1,2024-12-02,0"),
      clock,
    );
    expect(activity.problems[0]).toMatchObject({
      column: "count",
      value: "1.5",
      message: "not a whole number",
    });
    expect(activity.rows[0].length).toBe(1);
  });
  it("throws for a table with no header row", () => {
    expect(() => readMembers([], clock)).toThrow(/no header row/);
    expect(() => readMembers([["\uFEFF"]], clock)).toThrow(/no header row/);
  });
});

describe("line endings (metrics.md §1 Files)", () => {
  it("ends rows at \\n, \\r\\n and \\r mixed in one file, losing no row", () => {
    const clock = new ZoneClock("Asia/Shanghai");
    for (const text of [
      "member_id,joined_at\r\na,2024-12-02\nb,2024-12-03\r\nc,2024-12-04",
      "member_id,joined_at\na,2024-12-02\r\nb,2024-12-03\rc,2024-12-04\n",
    ]) {
      const members = readMembers(parseDelimited(text), clock);
      expect(members.problems).toEqual([]);
      expect(Array.from(members.rows.member, (m) => members.rows.ids.idAt(m))).toEqual(["a", "b", "c"]);
    }
  });
});
