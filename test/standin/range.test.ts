import { describe, expect, it } from "vitest";
import { open } from "./helpers";

describe("Range values", () => {
  it("setValues rejects a block whose size differs from the range", () => {
    const { sheet } = open();
    const range = sheet.getRange(1, 1, 2, 3);
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.",
    );
    expect(() => range.setValues("abc" as unknown as unknown[][])).toThrow(
      "don't match the method signature",
    );
  });

  it("setValues writes nothing when any value is rejected", () => {
    const { sheet } = open();
    const range = sheet.getRange("A1:B1");
    expect(() => range.setValues([["kept?", undefined]])).toThrow(/Cannot write undefined/);
    expect(() => range.setValues([[1, { a: 1 }]])).toThrow(/Cannot write/);
    expect(() => range.setValues([[1, Number.NaN]])).toThrow(/Cannot write NaN/);
    expect(sheet.getLastRow()).toBe(0);
  });

  it("getValues returns copies: blanks as empty strings and fresh Date objects", () => {
    const { sheet } = open();
    const when = new Date("2024-02-03T04:05:06Z");
    sheet.getRange("A1:C1").setValues([[when, 3, true]]);
    const [[date, number, flag, blank]] = sheet.getRange("A1:D1").getValues();
    expect(date).toEqual(when);
    expect(date).not.toBe(when);
    (date as Date).setFullYear(1999);
    expect((sheet.getRange("A1").getValue() as Date).getTime()).toBe(when.getTime());
    expect([number, flag, blank]).toEqual([3, true, ""]);
  });

  it("a string starting with = becomes a formula, an apostrophe keeps it text", () => {
    const { sheet } = open();
    sheet.getRange("A1:C1").setValues([["=SUM(B1:B9)", "'=literally", "-not a number"]]);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["#NAME?", "=literally", "#ERROR!"]]);
    expect(sheet.getRange("A1:C1").getFormulas()).toEqual([["=SUM(B1:B9)", "", "=-not a number"]]);
    expect(sheet.getRange("A1").getFormula()).toBe("=SUM(B1:B9)");
  });

  it("007 becomes 7 unless the cell is formatted as plain text", () => {
    const { sheet } = open();
    sheet.getRange("A1").setValue("007");
    sheet.getRange("B1").setNumberFormat("@").setValue("007");
    expect(sheet.getRange("A1:B1").getValues()).toEqual([[7, "007"]]);
  });

  it("setValue fills every cell of the range", () => {
    const { sheet } = open();
    sheet.getRange("A1:B2").setValue("x");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  it("display values use the number format and the spreadsheet's time zone", () => {
    const { sheet } = open({ spreadsheetTimeZone: "Asia/Shanghai" });
    sheet.getRange("A1:C1").setValues([[new Date("2024-01-31T20:00:00Z"), 0.256, 1234.5]]);
    sheet.getRange("A1:C1").setNumberFormats([["yyyy-mm-dd", "0.0%", "#,##0.00"]]);
    expect(sheet.getRange("A1:C1").getDisplayValues()).toEqual([["2024-02-01", "25.6%", "1,234.50"]]);
    expect(sheet.getRange("B1").getDisplayValue()).toBe("25.6%");
  });

  it("a date typed as text becomes a date with a matching format", () => {
    const { sheet } = open({ spreadsheetTimeZone: "UTC" });
    sheet.getRange("A1").setValue("2024-06-01");
    expect(sheet.getRange("A1").getValue()).toEqual(new Date("2024-06-01T00:00:00Z"));
    expect(sheet.getRange("A1").getNumberFormat()).toBe("yyyy-mm-dd");
  });
});

describe("Range formats", () => {
  it("number formats, font weights and their setters must match the range size", () => {
    const { sheet } = open();
    const range = sheet.getRange("A1:B1");
    expect(range.getNumberFormats()).toEqual([["General", "General"]]);
    range.setFontWeights([["bold", null]]);
    expect(range.getFontWeights()).toEqual([["bold", "normal"]]);
    expect(() => range.setNumberFormats([["0"]])).toThrow("The data has 1 but the range has 2.");
    expect(() => range.setFontWeight("heavy" as "bold")).toThrow("Invalid argument");
    expect(range.setFontWeight("bold").getFontWeight()).toBe("bold");
  });

  it("styling setters validate their arguments and chain", () => {
    const { sheet } = open();
    const range = sheet.getRange("A1");
    expect(
      range
        .setBackground("#eeeeee")
        .setFontColor(null)
        .setHorizontalAlignment("center")
        .setVerticalAlignment("middle")
        .setWrap(true)
        .getBackground(),
    ).toBe("#eeeeee");
    expect(() => range.setHorizontalAlignment("sideways" as "left")).toThrow("Invalid argument");
    expect(() => range.setWrap("yes" as unknown as boolean)).toThrow("Invalid argument");
  });

  it("setBackgrounds and setFontColors take a grid of CSS colours the size of the range, null resetting a cell", () => {
    const { sheet } = open();
    const range = sheet.getRange("A1:B2");
    range.setBackgrounds([
      ["#a5c3f4", null],
      ["#ffffff", "#4a86e8"],
    ]);
    expect(range.getBackgrounds()).toEqual([
      ["#a5c3f4", "#ffffff"],
      ["#ffffff", "#4a86e8"],
    ]);
    expect(sheet.getRange("B2").getBackground()).toBe("#4a86e8");
    range.setFontColors([
      [null, "#5f6368"],
      [null, null],
    ]);
    expect(range.getFontColors()).toEqual([
      ["#000000", "#5f6368"],
      ["#000000", "#000000"],
    ]);
    expect(() => range.setBackgrounds([["#ffffff", "#ffffff"]])).toThrow(
      "The data has 1 but the range has 2.",
    );
    expect(() => range.setFontColors([["#000000"], ["#000000"]])).toThrow(
      "The data has 1 but the range has 2.",
    );
    expect(() => range.setBackgrounds("#ffffff" as unknown as string[][])).toThrow(
      "don't match the method signature for SpreadsheetApp.Range.setBackgrounds",
    );
    expect(() =>
      range.setFontColors([
        [1, null],
        [null, null],
      ] as unknown as string[][]),
    ).toThrow("Invalid argument");
    range.clear();
    expect(range.getBackgrounds()).toEqual([
      ["#ffffff", "#ffffff"],
      ["#ffffff", "#ffffff"],
    ]);
  });

  it("clearContent keeps formats, clear removes both", () => {
    const { sheet } = open();
    const range = sheet.getRange("A1");
    range.setValue(5).setNumberFormat("0.00").setFontWeight("bold");
    range.clearContent();
    expect([range.getValue(), range.getNumberFormat(), range.getFontWeight()]).toEqual(["", "0.00", "bold"]);
    range.setValue(5).clear();
    expect([range.getValue(), range.getNumberFormat(), range.getFontWeight()]).toEqual([
      "",
      "General",
      "normal",
    ]);
  });
});

describe("Range geometry", () => {
  it("reports its position and A1 notation", () => {
    const { sheet } = open();
    const range = sheet.getRange(2, 3, 4, 5);
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([
      2, 3, 4, 5,
    ]);
    expect([range.getLastRow(), range.getLastColumn(), range.getA1Notation()]).toEqual([5, 7, "C2:G5"]);
    expect(sheet.getRange("B2").getA1Notation()).toBe("B2");
    expect(range.getSheet().getName()).toBe("Sheet1");
  });

  it("offset and getCell stay inside the sheet", () => {
    const { sheet } = open();
    const range = sheet.getRange("B2:C3");
    expect(range.offset(1, 1).getA1Notation()).toBe("C3:D4");
    expect(range.offset(0, 0, 1).getA1Notation()).toBe("B2:C2");
    expect(range.getCell(2, 2).getA1Notation()).toBe("C3");
    expect(() => range.offset(-5, 0)).toThrow("The starting row of the range is too small.");
    expect(() => range.getCell(3, 1)).toThrow("Cell reference out of range");
  });
});
