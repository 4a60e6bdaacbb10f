import { describe, expect, it } from "vitest";
import { expectSheetValues, openSheet } from "./sheets";

const { fn } = openSheet();

function call(name: string, ...args: unknown[]): unknown {
  const result = fn[name](...args);
  expectSheetValues(result);
  return result;
}

// insights.md §14: each ad metric and its two arguments, as the formula names them.
const RATES = [
  ["CTR", "clicks", "impressions"],
  ["CVR", "conversions", "clicks"],
  ["ROI", "gmv", "spend"],
] as const;
const MONEY = [
  ["CPC", "spend", "clicks", 1],
  ["CPA", "spend", "conversions", 1],
  ["CPM", "spend", "impressions", 1000],
] as const;

describe.each(RATES)("%s(%s, %s)", (name, part, whole) => {
  it("divides one value by another, unrounded", () => {
    expect(call(name, 77, 3482)).toBe(77 / 3482);
    expect(call(name, [[1], [3]], 4)).toEqual([[0.25], [0.75]]);
  });

  describe("edge cases", () => {
    it("leaves a blank cell where the second argument is 0 or blank, or the first is blank", () => {
      expect(call(name, [[1], [1], [""]], [[0], [""], [4]])).toEqual([[""], [""], [""]]);
      expect(call(name, 3)).toBe("");
    });

    it("is an error, never Infinity in a cell, for a result too large for one", () => {
      expect(() => fn[name](5, 1e-320)).toThrow(
        `${name}: ${part} and ${whole} give a number too large for a cell`,
      );
    });

    it("rejects text, naming the argument in the spreadsheet's language", () => {
      expect(() => fn[name]([[1], ["abc"]], 4)).toThrow(`${name}: ${part} row 2 is "abc", not a number`);
      const zh = openSheet({ locale: "zh_CN" });
      expect(() => zh.fn[name](1, [["x"]])).toThrow(`${name}：${whole} 是 "x"，不是数字`);
    });
  });
});

describe.each(MONEY)("%s(%s, %s)", (name, money, count, per) => {
  it("is a money ratio: from the money's cents, rounded to the cent half away from zero", () => {
    expect(call(name, 10, 3 * per)).toBe(3.33);
    expect(call(name, 20, 3 * per)).toBe(6.67);
    // 0.125 yuan a unit is 12.5 cents: the half goes up.
    expect(call(name, 1, 8 * per)).toBe(0.13);
    expect(call(name, "1,200", 1 * per)).toBe(1200);
  });

  it("keeps the shape of the larger argument", () => {
    expect(call(name, [[10, 20]], 4 * per)).toEqual([[2.5, 5]]);
  });

  describe("edge cases", () => {
    it("is an error, never Infinity in a cell, for a result too large for one", () => {
      expect(() => fn[name](1e306, 1e-10)).toThrow(
        `${name}: ${money} and ${count} give a number too large for a cell`,
      );
    });

    it("leaves a blank cell where the count is 0 or blank, or the money is blank", () => {
      expect(call(name, [[10], [10], [""]], [[0], [""], [per]])).toEqual([[""], [""], [""]]);
      expect(call(name, 0, per)).toBe(0);
    });

    it("rejects a negative amount and ranges of different sizes, naming the argument", () => {
      expect(() => fn[name](-1, 4)).toThrow(`${name}: ${money} is -1, a negative number`);
      expect(() => fn[name]([[1], [2]], [[1], [2], [3]])).toThrow(
        `${name}: ${money} is 2×1 but ${count} is 3×1; give ranges of the same size, or a single value`,
      );
    });
  });
});
