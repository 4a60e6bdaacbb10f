import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/cli/read-file";
import { ZoneClock } from "../../src/core/calendar";
import { forEachDelimitedRow, splitAtRow } from "../../src/core/delimited";
import { idOf } from "../../src/core/id-table";
import { activityReader, joinActivity, type Table } from "../../src/core/tables";
import type { ActivityColumns } from "../../src/core/types";
import { fixtures } from "../support/fixtures";

const clock = new ZoneClock("Asia/Shanghai");

function read(text: string): Table<ActivityColumns[]> {
  const reader = activityReader(clock);
  forEachDelimitedRow(text, "", (cells) => reader.add(cells));
  return reader.finish();
}

/** The table with its blocks as one list of rows, as the report sees them. */
function flat(table: Table<ActivityColumns[]>) {
  const rows = table.rows.flatMap((b) =>
    Array.from(b.id, (id, i) => ({ memberId: idOf(b.ids, id), day: b.day[i], count: b.count[i] })),
  );
  return { ...table, rows };
}

function readSplit(text: string, fraction: number): Table<ActivityColumns[]> | null {
  const parts = splitAtRow(text, fraction);
  return parts && joinActivity(read(parts.first), read(parts.second), parts.rowOffset);
}

describe("reading activity in two parts (the CLI's two threads)", () => {
  const sample =
    "member_id,at,count\r\nu1,2024-12-02,1\r\n\r\nu2,2024-12-03,x\r\nu1,2024-12-04,2\r\nu3,soon,1\r\nu2,2024-12-05,0\r\n";

  it("gives the same table as reading it whole, wherever the cut falls", () => {
    const whole = read(sample);
    for (let f = 0.05; f < 1; f += 0.05) {
      const split = readSplit(sample, f);
      if (split) expect(flat(split)).toEqual(flat(whole));
    }
  });

  it("keeps the spreadsheet's row numbers of problems after the cut", () => {
    const split = readSplit(sample, 0.7)!;
    expect(split.problems.map((p) => [p.row, p.column])).toEqual([
      [4, "count"],
      [6, "at"],
    ]);
  });

  it("gives the same tables for every example's activity export", () => {
    for (const fixture of fixtures()) {
      const text = decode(readFileSync(fixture.files.activity!));
      expect(flat(readSplit(text, 0.62) ?? read(text)), fixture.name).toEqual(flat(read(text)));
    }
  });

  it("refuses to cut text with quotes, whose line breaks may sit inside a field", () => {
    expect(splitAtRow('member_id,at\nu1,"2024-12-02\n"\nu2,2024-12-03\n')).toBeNull();
  });

  it("cuts lone \\r and \\n line ends alike", () => {
    const parts = splitAtRow("h\rA\rB\rC\rD\r", 0.5)!;
    expect(parts.first + parts.second.slice(2)).toBe("h\rA\rB\rC\rD\r");
    expect(parts.second.startsWith("h\r")).toBe(true);
  });
});
