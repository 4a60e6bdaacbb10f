import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/cli/read-file";
import { cutAtRow } from "../../src/cli/row-cut";
import { ZoneClock } from "../../src/core/calendar";
import { forEachDelimitedRow } from "../../src/core/delimited";
import { idOf } from "../../src/core/id-table";
import { activityReader, joinActivity } from "../../src/core/inputs/activity";
import type { Table } from "../../src/core/tables";
import type { ActivityColumns } from "../../src/core/types";
import { fixtures } from "../support/fixtures";

const clock = new ZoneClock("Asia/Shanghai");
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

function read(bytes: Uint8Array): Table<ActivityColumns[]> {
  const reader = activityReader(clock);
  forEachDelimitedRow(decode(bytes), "", (cells) => reader.add(cells));
  return reader.finish();
}

/** The table with its blocks as one list of rows, as the report sees them. */
function flat(table: Table<ActivityColumns[]>) {
  const rows = table.rows.flatMap((b) =>
    Array.from(b.id, (id, i) => ({ memberId: idOf(b.ids, id), day: b.day[i], count: b.count[i] })),
  );
  return { ...table, rows };
}

function readCut(bytes: Uint8Array, fraction: number): Table<ActivityColumns[]> | null {
  const cut = cutAtRow(bytes, fraction);
  return cut && joinActivity(read(cut.first), read(cut.second));
}

describe("reading activity in two parts of its bytes (the CLI's two threads)", () => {
  const sample = bytesOf(
    "\ufeffmember_id,at,count\r\nu1,2024-12-02,1\r\n\r\nu2,2024-12-03,x\r\n成员1,2024-12-04,2\r\nu3,soon,1\r\nu2,2024-12-05,0\r\n",
  );

  it("gives the same table as reading it whole, wherever the cut falls", () => {
    const whole = read(sample);
    for (let f = 0.05; f < 1; f += 0.05) {
      const cut = readCut(sample, f);
      if (cut) expect(flat(cut)).toEqual(flat(whole));
    }
  });

  it("reads the same wherever the cut falls, for every mix of line ends", () => {
    for (const header of ["\n", "\r\n", "\r"]) {
      for (const body of ["\n", "\r\n", "\r"]) {
        const rows = ["u1,2024-12-02,1", "", "u2,x,1", "", "", "u1,2024-12-04,2", "u3,soon,1", ""];
        const text = `member_id,at,count${header}${rows.join(body)}`;
        const whole = flat(read(bytesOf(text)));
        for (let f = 0.02; f < 1; f += 0.02) {
          const cut = readCut(bytesOf(text), f);
          if (cut) expect(flat(cut), JSON.stringify([header, body, f])).toEqual(whole);
        }
      }
    }
  });

  it("keeps the spreadsheet's row numbers of problems after the cut", () => {
    const cut = readCut(sample, 0.7)!;
    expect(cut.problems.map((p) => [p.row, p.column])).toEqual([
      [4, "count"],
      [6, "at"],
    ]);
  });

  it("gives the same tables for every example's activity export", () => {
    for (const fixture of fixtures()) {
      const bytes = readFileSync(fixture.files.activity!);
      expect(flat(readCut(bytes, 0.62) ?? read(bytes)), fixture.name).toEqual(flat(read(bytes)));
    }
  });

  it("cuts GB18030 text between characters", () => {
    const gb = Uint8Array.from(
      Buffer.from("6d656d6265725f69642c61740a" + "b3c9d4b131312c323032342d31322d30320a".repeat(4), "hex"),
    );
    expect(decode(gb)).toContain("成员11,2024-12-02");
    const cut = cutAtRow(gb, 0.5)!;
    expect(decode(cut.second)).toMatch(/^member_id,at\n成员11,/);
    expect(flat(joinActivity(read(cut.first), read(cut.second)))).toEqual(flat(read(gb)));
  });

  it("refuses to cut text with quotes, whose line breaks may sit inside a field", () => {
    expect(cutAtRow(bytesOf('member_id,at\nu1,"2024-12-02\n"\nu2,2024-12-03\n'), 0.5)).toBeNull();
  });

  it("cuts lone \\r and \\n line ends alike", () => {
    const cut = cutAtRow(bytesOf("h\rA\rB\rC\rD\r"), 0.5)!;
    expect(decode(cut.first) + decode(cut.second).slice(2)).toBe("h\rA\rB\rC\rD\r");
    expect(decode(cut.second).startsWith("h\n")).toBe(true);
  });
});
