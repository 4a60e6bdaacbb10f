import { describe, expect, it } from "vitest";
import { createStandIn } from "../../src/standin";

describe("large initial sheets", () => {
  it("loads a sheet of 300,000 rows (as the report bench does)", () => {
    const values = Array.from({ length: 300_000 }, (_, i) => [`u${i}`]);
    const standIn = createStandIn({ sheets: [{ name: "Activity", values }] });
    const ss = (standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
    const sheet = ss.getSheetByName("Activity")!;
    expect(sheet.getMaxRows()).toBe(300_000);
    expect(sheet.getRange(300_000, 1).getValue()).toBe("u299999");
  });
});
