import { createContext, runInContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { createStandIn } from "../../src/standin";

/** Runs `code` the way the tests run dist/Code.js: in a vm context whose globals are the stand-in's. */
function runBundle(
  code: string,
  standIn = createStandIn(),
): { standIn: ReturnType<typeof createStandIn>; result: unknown } {
  const context = createContext(standIn.globals);
  return { standIn, result: runInContext(code, context) };
}

describe("running script code in node:vm", () => {
  it("a script in a vm context can read and write the stand-in", () => {
    const { standIn, result } = runBundle(`
      function build() {
        var ss = SpreadsheetApp.getActive();
        var sheet = ss.insertSheet("Funnel");
        sheet.getRange(1, 1, 2, 2).setValues([["week", "new"], [new Date(Date.UTC(2024, 0, 1)), 3]]);
        sheet.getRange("A2").setNumberFormat("yyyy-mm-dd");
        SpreadsheetApp.getUi().createMenu("Funnel").addItem("Build", "build").addToUi();
        var values = sheet.getDataRange().getValues();
        var isDate = Object.prototype.toString.call(values[1][0]) === "[object Date]";
        return [values.length, isDate, Utilities.formatDate(values[1][0], Session.getScriptTimeZone(), "yyyy-MM-dd HH:mm")];
      }
      build();
    `);
    expect(result).toEqual([2, true, "2023-12-31 19:00"]);
    const funnel = standIn.snapshot().find((s) => s.name === "Funnel");
    expect(funnel?.displayValues).toEqual([
      ["week", "new"],
      ["2024-01-01", "3"],
    ]);
    expect(standIn.ui.menus[0].items).toEqual([{ caption: "Build", functionName: "build" }]);
    expect(standIn.calls.byMethod["Range.setValues"]).toBe(1);
  });

  it("Dates created inside the vm are accepted and copied, though they are another realm's class", () => {
    const { standIn, result } = runBundle(`
      var d = new Date(Date.UTC(2024, 5, 1, 12));
      var range = SpreadsheetApp.getActive().getActiveSheet().getRange("A1");
      range.setValue(d);
      d.setUTCFullYear(2000);
      [range.getValue() instanceof Date, range.getValue().toISOString()];
    `);
    // The stand-in answers with its own realm's Date: script code must not rely on instanceof.
    expect(result).toEqual([false, "2024-06-01T12:00:00.000Z"]);
    expect(standIn.snapshot()[0].values).toEqual([["2024-06-01T12:00:00.000Z"]]);
  });

  it("errors thrown by the stand-in reach the script as catchable errors", () => {
    const { result } = runBundle(`
      var messages = [];
      var sheet = SpreadsheetApp.getActive().getActiveSheet();
      try { sheet.getRange(1, 1, 1, 2).setValues([[1]]); } catch (e) { messages.push(e.message); }
      try { sheet.getRange("A1").getNote(); } catch (e) { messages.push(e.message); }
      var lock = LockService.getDocumentLock();
      lock.waitLock(30000);
      messages.push(LockService.getDocumentLock().tryLock(100));
      lock.releaseLock();
      messages;
    `);
    expect(result).toEqual([
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
      "Apps Script stand-in: Range.getNote is not implemented",
      false,
    ]);
  });
});
