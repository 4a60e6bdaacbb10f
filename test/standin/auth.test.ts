import { describe, expect, it } from "vitest";
import { createStandIn } from "../../src/standin";
import { service } from "./helpers";

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

describe("authorization modes (ScriptApp.AuthMode)", () => {
  it("in NONE the spreadsheet, its event source and the properties throw Apps Script's permission error", () => {
    const standIn = createStandIn({ authMode: "NONE" });
    const app = service<SpreadsheetApp>(standIn, "SpreadsheetApp");
    expect(() => app.getActiveSpreadsheet()).toThrow(
      "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly",
    );
    expect(() => app.getActive()).toThrow("You do not have permission");
    expect(() => app.getActiveSheet()).toThrow("You do not have permission");
    const event = standIn.openEvent() as unknown as GoogleAppsScript.Events.SheetsOnOpen;
    expect(() => event.source.getSpreadsheetLocale()).toThrow(
      "You do not have permission to call Spreadsheet.getSpreadsheetLocale.",
    );
    const properties = service<GoogleAppsScript.Properties.PropertiesService>(standIn, "PropertiesService");
    expect(() => properties.getDocumentProperties()).toThrow(
      "You do not have permission to call PropertiesService.getDocumentProperties.",
    );
  });

  it("in CUSTOM_FUNCTION the spreadsheet reads but does not write, and there is no Ui", () => {
    const standIn = createStandIn({
      authMode: "CUSTOM_FUNCTION",
      sheets: [{ name: "Members", values: [["member_id"], ["u1"]] }],
    });
    const app = service<SpreadsheetApp>(standIn, "SpreadsheetApp");
    const sheet = app.getActive().getSheetByName("Members")!;
    expect(sheet.getRange("A1:A2").getValues()).toEqual([["member_id"], ["u1"]]);
    expect(app.getActive().getSpreadsheetTimeZone()).toBeTypeOf("string");
    expect(() => sheet.getRange("A1").setValue("x")).toThrow("You do not have permission to call setValue");
    expect(() => sheet.setFrozenRows(1)).toThrow("You do not have permission to call setFrozenRows");
    expect(() => app.getActive().insertSheet("New")).toThrow(
      "You do not have permission to call insertSheet",
    );
    expect(() => app.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
  });

  it("in NONE a menu can still be added, and the event names the mode as ScriptApp does", () => {
    const standIn = createStandIn({ authMode: "NONE" });
    const scriptApp = service<GoogleAppsScript.Script.ScriptApp>(standIn, "ScriptApp");
    expect(standIn.openEvent().authMode).toBe(scriptApp.AuthMode.NONE);
    service<SpreadsheetApp>(standIn, "SpreadsheetApp")
      .getUi()
      .createAddonMenu()
      .addItem("Go", "go")
      .addToUi();
    expect(standIn.ui.menus.map((menu) => [menu.addon, menu.items.length])).toEqual([[true, 1]]);
  });

  it("runs in FULL by default, and a later run can be authorized", () => {
    expect(createStandIn().openEvent().authMode).toBe("FULL");
    const standIn = createStandIn({ authMode: "NONE" });
    standIn.setAuthMode("LIMITED");
    const ss = service<SpreadsheetApp>(standIn, "SpreadsheetApp").getActiveSpreadsheet();
    expect(ss.getSpreadsheetLocale()).toBe("en_US");
    expect(standIn.openEvent()).toMatchObject({ authMode: "LIMITED", source: ss });
  });
});
