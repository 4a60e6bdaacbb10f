import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { open, service } from "./helpers";

describe("strict facades", () => {
  it("unknown methods throw naming the class and method", () => {
    const { sheet, app, standIn } = open();
    const range = sheet.getRange("A1") as unknown as Record<string, () => unknown>;
    expect(() => range.getNotes()).toThrow("Apps Script stand-in: Range.getNotes is not implemented");
    expect(() => (sheet as unknown as Record<string, () => unknown>).protect()).toThrow("Sheet.protect");
    expect(() => (app as unknown as Record<string, () => unknown>).openById()).toThrow(
      "SpreadsheetApp.openById",
    );
    const lock = service<Record<string, () => unknown>>(standIn, "LockService");
    expect(() => lock.getLock()).toThrow("LockService.getLock is not implemented");
  });

  it("facades cannot be given new properties", () => {
    const { sheet } = open();
    expect(() => {
      (sheet as unknown as Record<string, unknown>).custom = 1;
    }).toThrow("cannot assign Sheet.custom");
  });

  it("promises, JSON, util.inspect, string conversion and vitest can handle facades", async () => {
    const { sheet } = open();
    const range = sheet.getRange("A1");
    expect(await Promise.resolve(range)).toBe(range);
    expect(JSON.stringify(range)).toBe("{}");
    expect(inspect(range)).toContain("getValues");
    expect(String(range)).toBe("Range");
    expect(`${sheet}`).toBe("Sheet");
    expect((range as unknown as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
    expect(range).toBe(range);
    expect(() => expect(range).toBe(sheet.getRange("A2"))).toThrow(/expected/);
    expect({ sheet }).toEqual({ sheet });
  });

  it("calls are counted by method", () => {
    const { standIn, ss, sheet } = open();
    standIn.resetCalls();
    sheet.getRange("A1:B2").setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange("A1").getValue();
    ss.getSheetByName("Sheet1")?.getLastRow();
    expect(standIn.calls.byMethod).toEqual({
      "Sheet.getRange": 2,
      "Range.setValues": 1,
      "Range.getValue": 1,
      "Spreadsheet.getSheetByName": 1,
      "Sheet.getLastRow": 1,
    });
    expect(standIn.calls.total).toBe(6);
    standIn.resetCalls();
    expect(standIn.calls).toEqual({ total: 0, byMethod: {} });
  });

  it("service calls and string conversion are not counted", () => {
    const { standIn, app, sheet } = open();
    standIn.resetCalls();
    app.getActive();
    app.flush();
    String(sheet);
    service<GoogleAppsScript.Properties.PropertiesService>(
      standIn,
      "PropertiesService",
    ).getDocumentProperties();
    expect(standIn.calls.total).toBe(0);
  });
});
