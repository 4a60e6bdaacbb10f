import { describe, expect, it } from "vitest";
import { expectSheetValues, openSheet } from "./sheets";

const { fn, VmDate } = openSheet();

/** Calls a formula and checks every cell it returns is one Sheets can show. */
function call(name: string, ...args: unknown[]): unknown {
  const result = fn[name](...args);
  expectSheetValues(result);
  return result;
}

describe.each([
  ["ACTIVE_RATE", "total_members"],
  ["CONVERSION_RATE", "total_members"],
  ["ENGAGEMENT_RATE", "views"],
])("%s", (name, whole) => {
  it("divides one value by another", () => {
    expect(call(name, 3, 12)).toBe(0.25);
  });

  it("divides two ranges cell by cell, keeping their shape", () => {
    expect(call(name, [[1], [2], [3]], [[4], [8], [3]])).toEqual([[0.25], [0.25], [1]]);
    expect(call(name, [[1, 2]], [[2, 8]])).toEqual([[0.5, 0.25]]);
  });

  it("uses a single value against every cell of a range, on either side", () => {
    expect(call(name, [[1], [2]], 4)).toEqual([[0.25], [0.5]]);
    expect(call(name, 2, [[4], [8]])).toEqual([[0.5], [0.25]]);
  });

  it("reads numeric text such as 1,200", () => {
    expect(call(name, "300", "1,200")).toBe(0.25);
    expect(call(name, " 1.5 ", "３")).toBe(0.5);
  });

  describe("edge cases", () => {
    it("leaves a blank cell where the total is 0 or blank, or the count is blank", () => {
      expect(call(name, [[1], [1], [""], [0]], [[0], [""], [4], [4]])).toEqual([[""], [""], [""], [0]]);
      expect(call(name, 3, 0)).toBe("");
      expect(call(name, "", 12)).toBe("");
    });

    it("treats an omitted total like a blank cell", () => {
      expect(call(name, 3)).toBe("");
      expect(call(name, 3, null)).toBe("");
    });

    it("gives a rate above 1 when more are active than present, as the report does", () => {
      expect(call(name, 3, 2)).toBe(1.5);
    });

    it("rejects text that is not a number, naming the argument and row", () => {
      expect(() => fn[name]([[1], [2], [3]], [[4], [5], ["abc"]])).toThrow(
        `${name}: ${whole} row 3 is "abc", not a number`,
      );
      expect(() => fn[name]("1e3", 4)).toThrow(/ is "1e3", not a number$/);
    });

    it("names the column, or row and column, of a bad cell in a wider range", () => {
      expect(() => fn[name]([[1, "x"]], 4)).toThrow(/ column 2 is "x", not a number$/);
      expect(() =>
        fn[name](
          [
            [1, 2],
            [3, "x"],
          ],
          4,
        ),
      ).toThrow(/ row 2, column 2 is "x", not a number$/);
    });

    it("rejects negative numbers, booleans and dates", () => {
      expect(() => fn[name](-1, 4)).toThrow(/ is -1, a negative number$/);
      expect(() => fn[name]("-5", 4)).toThrow(/ is "-5", a negative number$/);
      expect(() => fn[name](1, true)).toThrow(`${name}: ${whole} is TRUE, not a number`);
      expect(() => fn[name](new VmDate(0), 4)).toThrow(
        / is the date 1970-01-01T00:00:00.000Z, not a number$/,
      );
    });

    it("rejects two ranges of different sizes", () => {
      expect(() => fn[name]([[1], [2]], [[1], [2], [3]])).toThrow(`is 2×1 but ${whole} is 3×1`);
    });

    it("reads a 1×1 range as a single value and an empty range as a blank", () => {
      expect(call(name, [[1]], [[4], [2]])).toEqual([[0.25], [0.5]]);
      expect(call(name, [], 4)).toBe("");
    });

    it("is an error, never Infinity in a cell, for a result too large for one", () => {
      expect(() => fn[name](1e308, 0.1)).toThrow(
        new RegExp(`^${name}: \\w+ and ${whole} give a number too large for a cell$`),
      );
      expect(() => fn[name]([[1], [1e308]], 0.1)).toThrow(
        / give a number too large for a cell at \w+ row 2$/,
      );
    });
  });
});

describe("WOW_GROWTH", () => {
  it("is an error, never Infinity in a cell, for a growth too large for one", () => {
    expect(() => fn.WOW_GROWTH(1e308, 1e-10)).toThrow(
      "WOW_GROWTH: current and previous give a number too large for a cell",
    );
    expect(() => fn.WOW_GROWTH([[1e-10], [1e308]])).toThrow(
      "WOW_GROWTH: current and the cell before it give a number too large for a cell at current row 2",
    );
  });

  it("gives the growth of this week over last week", () => {
    expect(call("WOW_GROWTH", 15, 10)).toBe(0.5);
    expect(call("WOW_GROWTH", [[15], [5]], [[10], [10]])).toEqual([[0.5], [-0.5]]);
  });

  it("gives each cell's growth over the one before it in one column, the first cell blank", () => {
    expect(call("WOW_GROWTH", [[10], [15], [0], [4], [""], [2]])).toEqual([
      [""],
      [0.5],
      [-1],
      [""],
      [""],
      [""],
    ]);
  });

  it("does the same along one row", () => {
    expect(call("WOW_GROWTH", [[10, 20, 30]])).toEqual([["", 1, 0.5]]);
  });

  describe("edge cases", () => {
    it("leaves a blank cell where the previous value is 0 or blank, or the current one blank", () => {
      expect(call("WOW_GROWTH", [[5], [5], [""]], [[0], [""], [3]])).toEqual([[""], [""], [""]]);
    });

    it("treats a single value on its own as a one-cell series", () => {
      expect(call("WOW_GROWTH", 10)).toBe("");
      expect(call("WOW_GROWTH", 10, "")).toBe("");
    });

    it("rejects a range of several rows and columns without previous", () => {
      expect(() =>
        fn.WOW_GROWTH([
          [1, 2],
          [3, 4],
        ]),
      ).toThrow(/^WOW_GROWTH: current is a 2×2 range; give one row or one column/);
    });

    it("rejects bad cells and mismatched ranges like the rate functions", () => {
      expect(() => fn.WOW_GROWTH([[1], ["n/a?"]])).toThrow(
        'WOW_GROWTH: current row 2 is "n/a?", not a number',
      );
      expect(() => fn.WOW_GROWTH([[1], [2]], [[1, 2]])).toThrow(/current is 2×1 but previous is 1×2/);
      expect(() => fn.WOW_GROWTH(1, false)).toThrow("WOW_GROWTH: previous is FALSE, not a number");
    });
  });
});
