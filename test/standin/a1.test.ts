import { describe, expect, it } from "vitest";
import { columnToLetters, formatA1, lettersToColumn, parseA1 } from "../../src/standin";

describe("A1 notation", () => {
  it("converts column numbers and letters both ways", () => {
    expect([1, 26, 27, 52, 702, 703].map(columnToLetters)).toEqual(["A", "Z", "AA", "AZ", "ZZ", "AAA"]);
    expect(["A", "z", "AA", "AAA"].map(lettersToColumn)).toEqual([1, 26, 27, 703]);
  });

  it("formats single cells and blocks", () => {
    expect(formatA1(1, 1)).toBe("A1");
    expect(formatA1(2, 3, 10, 2)).toBe("C2:D11");
  });

  it("parses cells, blocks, open ranges and sheet-qualified ranges", () => {
    expect(parseA1("B3")).toEqual({ sheetName: null, startRow: 3, startColumn: 2, endRow: 3, endColumn: 2 });
    expect(parseA1("$A$1:C10")).toMatchObject({ startRow: 1, startColumn: 1, endRow: 10, endColumn: 3 });
    expect(parseA1("A:B")).toMatchObject({ startRow: null, startColumn: 1, endRow: null, endColumn: 2 });
    expect(parseA1("2:4")).toMatchObject({ startRow: 2, startColumn: null, endRow: 4, endColumn: null });
    expect(parseA1("A2:C")).toMatchObject({ startRow: 2, startColumn: 1, endRow: null, endColumn: 3 });
    expect(parseA1("'My ''Data'''!A1").sheetName).toBe("My 'Data'");
    expect(parseA1("Funnel!A1:B2").sheetName).toBe("Funnel");
  });

  it("rejects what Sheets cannot parse with Range not found", () => {
    for (const bad of ["", "A", "A0", "1A", "A1:B2:C3", "A:3", "A1:3", "!!"]) {
      expect(() => parseA1(bad), bad).toThrow("Range not found");
    }
  });
});
