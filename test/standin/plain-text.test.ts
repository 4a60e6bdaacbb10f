import { describe, expect, it } from "vitest";
import { open } from "./helpers";

const WRITTEN = [["=SUM(1)", "'=SUM(1)", "''quoted", "007", "-x", "2024-12-02"]];

describe("strings written into plain-text (@) cells", () => {
  it("as Sheets stores them: = is still a formula, a leading apostrophe keeps the rest as text", () => {
    const { sheet } = open({ plainTextCells: "sheets" });
    const range = sheet.getRange("A1:F1").setNumberFormat("@").setValues(WRITTEN);
    expect(range.getValues()).toEqual([["#NAME?", "=SUM(1)", "'quoted", "007", "-x", "2024-12-02"]]);
    expect(range.getFormulas()).toEqual([["=SUM(1)", "", "", "", "", ""]]);
    expect(range.getDisplayValues()[0][1]).toBe("=SUM(1)");
    sheet.getRange("A2").setNumberFormat("@");
    sheet.appendRow(["=A1"]);
    expect(sheet.getRange("A2").getFormula()).toBe("=A1");
  });

  it("by default as Sheets stores them", () => {
    const { sheet } = open();
    const range = sheet.getRange("A1:F1").setNumberFormat("@").setValues(WRITTEN);
    expect(range.getFormulas()[0][0]).toBe("=SUM(1)");
  });

  it('under the older "literal" rule, when asked: every string as written', () => {
    const { sheet } = open({ plainTextCells: "literal" });
    const range = sheet.getRange("A1:F1").setNumberFormat("@").setValues(WRITTEN);
    expect(range.getValues()).toEqual(WRITTEN);
    expect(range.getFormulas()).toEqual([["", "", "", "", "", ""]]);
  });

  it("either way, an apostrophe in a General cell keeps what follows as text and is not part of the value", () => {
    for (const plainTextCells of ["sheets", "literal"] as const) {
      const { sheet } = open({ plainTextCells });
      const range = sheet.getRange("A1:C1").setValues([["'=SUM(1)", "'007", "'+1"]]);
      expect(range.getValues(), plainTextCells).toEqual([["=SUM(1)", "007", "+1"]]);
      expect(range.getFormulas(), plainTextCells).toEqual([["", "", ""]]);
    }
  });
});
