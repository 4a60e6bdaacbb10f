import { describe, expect, it } from "vitest";
import { open } from "./helpers";

const OUTSIDE = "The coordinates of the range are outside the dimensions of the sheet.";

describe("Sheet ranges and dimensions", () => {
  it("a new sheet is 1000×26 and ranges beyond it throw", () => {
    const { ss } = open();
    const sheet = ss.insertSheet("Report");
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe("Z1000");
    expect(() => sheet.getRange(1001, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(1, 27)).toThrow(OUTSIDE);
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow(OUTSIDE);
    expect(() => sheet.getRange("AA1")).toThrow(OUTSIDE);
  });

  it("getRange rejects a start below 1, an empty size and non-integers", () => {
    const { sheet } = open();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      "The number of columns in the range must be at least 1.",
    );
    expect(() => sheet.getRange(1.5, 1)).toThrow("Invalid argument");
    expect(() => sheet.getRange("not a range")).toThrow("Range not found");
  });

  it("A1 ranges may be open-ended or name this sheet, not another one", () => {
    const { sheet } = open();
    expect(sheet.getRange("B:C").getA1Notation()).toBe("B1:C1000");
    expect(sheet.getRange("2:3").getA1Notation()).toBe("A2:Z3");
    expect(sheet.getRange("A5:B").getA1Notation()).toBe("A5:B1000");
    expect(sheet.getRange("Sheet1!A1").getA1Notation()).toBe("A1");
    expect(() => sheet.getRange("Other!A1")).toThrow("Range not found");
  });

  it("last row and column count content only, and are 0 when empty", () => {
    const { sheet } = open();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    sheet.getRange("E10").setNumberFormat("0.00").setFontWeight("bold");
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange("C4").setValue("x");
    sheet.getRange("B7").setValue(0);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C7");
  });

  it("inserting rows and columns grows the sheet and shifts the cells after them", () => {
    const { sheet } = open();
    sheet.getRange("A1:B2").setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.insertRowsAfter(1, 2);
    sheet.insertColumnsAfter(1, 1);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1002, 27]);
    expect(sheet.getRange("A1:C4").getValues()).toEqual([
      [1, "", 2],
      ["", "", ""],
      ["", "", ""],
      [3, "", 4],
    ]);
    expect(() => sheet.insertRowsAfter(2000, 1)).toThrow("Invalid argument");
    expect(() => sheet.insertRowsAfter(1, 0)).toThrow("at least 1");
  });

  it("deleting rows shifts cells up but can never remove every non-frozen row", () => {
    const { sheet } = open();
    sheet.getRange("A3").setValue("moved");
    sheet.deleteRows(1, 2);
    expect(sheet.getRange("A1").getValue()).toBe("moved");
    expect(sheet.getMaxRows()).toBe(998);
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 997)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
    expect(() => sheet.deleteRows(990, 20)).toThrow("Those rows are out of bounds.");
  });

  it("the workbook cannot grow beyond ten million cells", () => {
    const { sheet } = open();
    expect(() => sheet.insertRowsAfter(1, 400_000)).toThrow("above the limit of 10000000 cells");
  });

  it("appendRow writes after the last row with content and applies the entry rules", () => {
    const { sheet } = open();
    sheet.getRange("A2").setValue("header");
    sheet.appendRow(["007", "=A1", true]);
    expect(sheet.getRange("A3:C3").getValues()).toEqual([[7, "#NAME?", true]]);
  });
});

describe("Sheet layout", () => {
  it("frozen rows and columns are stored but cannot cover the whole sheet", () => {
    const { sheet } = open();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect(() => sheet.setFrozenRows(1000)).toThrow("not possible to freeze all the rows");
  });

  it("column widths default to 100 and autoResizeColumns sizes them from content", () => {
    const { sheet } = open();
    expect(sheet.getColumnWidth(1)).toBe(100);
    sheet.setColumnWidth(1, 50).setColumnWidths(2, 2, 80);
    expect([1, 2, 3, 4].map((c) => sheet.getColumnWidth(c))).toEqual([50, 80, 80, 100]);
    sheet.getRange("A1:B2").setValues([
      ["a", "a much longer heading"],
      ["bb", 1],
    ]);
    sheet.autoResizeColumns(1, 3);
    expect(sheet.getColumnWidth(2)).toBeGreaterThan(sheet.getColumnWidth(1));
    expect(sheet.getColumnWidth(3)).toBe(80); // empty: unchanged
    expect(() => sheet.setColumnWidth(27, 10)).toThrow("Invalid argument");
  });

  it("renaming to a taken name throws, case-insensitively", () => {
    const { ss, sheet } = open();
    ss.insertSheet("Funnel");
    expect(() => sheet.setName("funnel")).toThrow('A sheet with the name "funnel" already exists.');
    expect(sheet.setName("Data").getName()).toBe("Data");
  });

  it("hiding the last visible sheet throws; tab colours are stored", () => {
    const { ss, sheet } = open();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = ss.insertSheet("Other");
    ss.setActiveSheet(sheet);
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    expect(ss.getActiveSheet().getName()).toBe("Other");
    sheet.showSheet().setTabColor("#ff0000");
    expect([sheet.isSheetHidden(), sheet.getTabColor(), other.getTabColor()]).toEqual([
      false,
      "#ff0000",
      null,
    ]);
  });

  it("a deleted sheet's objects stop working", () => {
    const { ss } = open();
    const doomed = ss.insertSheet("Doomed");
    const range = doomed.getRange("A1");
    ss.deleteSheet(doomed);
    expect(() => doomed.getName()).toThrow('The sheet "Doomed" has been deleted.');
    expect(() => range.getValue()).toThrow("has been deleted");
  });
});
