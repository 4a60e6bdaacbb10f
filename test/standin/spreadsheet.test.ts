import { describe, expect, it } from "vitest";
import { open } from "./helpers";

describe("Spreadsheet", () => {
  it("SpreadsheetApp.getActive returns the single spreadsheet with its settings", () => {
    const { app, ss } = open({ spreadsheetTimeZone: "Europe/Berlin", locale: "de_DE" });
    expect(app.getActiveSpreadsheet().getId()).toBe(ss.getId());
    expect(ss.getUrl()).toContain(ss.getId());
    expect([ss.getSpreadsheetTimeZone(), ss.getSpreadsheetLocale()]).toEqual(["Europe/Berlin", "de_DE"]);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1"]);
    app.flush();
  });

  it("insertSheet names, places and activates the new sheet", () => {
    const { ss } = open();
    const second = ss.insertSheet();
    expect(second.getName()).toBe("Sheet2");
    expect(ss.getActiveSheet().getName()).toBe("Sheet2");
    ss.insertSheet("First", 0);
    ss.setActiveSheet(ss.getSheetByName("First")!);
    ss.insertSheet("AfterFirst");
    expect(ss.getSheets().map((s) => `${s.getIndex()}:${s.getName()}`)).toEqual([
      "1:First",
      "2:AfterFirst",
      "3:Sheet1",
      "4:Sheet2",
    ]);
    expect(() => ss.insertSheet("Late", 9)).toThrow("Invalid argument");
  });

  it("insertSheet rejects a duplicate name with Sheets' message", () => {
    const { ss } = open();
    ss.insertSheet("Funnel");
    expect(() => ss.insertSheet("Funnel")).toThrow(
      'A sheet with the name "Funnel" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet("FUNNEL")).toThrow("already exists");
  });

  it("getSheetByName matches exactly and answers null when absent; getSheetById finds by id", () => {
    const { ss, sheet } = open();
    const funnel = ss.insertSheet("Funnel");
    expect(ss.getSheetByName("Funnel")?.getSheetId()).toBe(funnel.getSheetId());
    expect(ss.getSheetByName("nope")).toBeNull();
    expect(sheet.getSheetId()).toBe(0);
    expect(funnel.getSheetId()).not.toBe(1);
    expect(ss.getSheetById(funnel.getSheetId())?.getName()).toBe("Funnel");
    expect(ss.getSheetById(12345)).toBeNull();
  });

  it("deleting the last remaining sheet throws", () => {
    const { ss, sheet } = open();
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the visible sheets in a document.");
    const other = ss.insertSheet("Other");
    ss.deleteSheet(sheet);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Other"]);
    expect(ss.getActiveSheet().getName()).toBe(other.getName());
    expect(() => ss.deleteSheet({} as GoogleAppsScript.Spreadsheet.Sheet)).toThrow("Invalid argument");
  });

  it("getRange accepts a sheet-qualified A1 range", () => {
    const { ss } = open();
    ss.insertSheet("My Data").getRange("B2").setValue("here");
    expect(ss.getRange("'My Data'!B2").getValue()).toBe("here");
    expect(() => ss.getRange("Missing!A1")).toThrow("Range not found");
  });

  it("toasts are recorded", () => {
    const { ss, standIn } = open();
    ss.toast("Report built", "Funnel");
    expect(standIn.ui.toasts).toEqual([{ message: "Report built", title: "Funnel" }]);
  });
});

describe("Developer metadata", () => {
  it("metadata can be added, read, changed and removed on the spreadsheet and on sheets", () => {
    const { ss, sheet, app } = open();
    ss.addDeveloperMetadata("funnel.version", "3");
    sheet.addDeveloperMetadata("funnel.report");
    sheet.addDeveloperMetadata("private", app.DeveloperMetadataVisibility.PROJECT);
    const [version] = ss.getDeveloperMetadata();
    expect([version.getKey(), version.getValue()]).toEqual(["funnel.version", "3"]);
    version.setValue("4");
    expect(ss.getDeveloperMetadata()[0].getValue()).toBe("4");
    const onSheet = sheet.getDeveloperMetadata();
    expect(onSheet.map((m) => [m.getKey(), m.getValue(), String(m.getVisibility())])).toEqual([
      ["funnel.report", null, "DOCUMENT"],
      ["private", null, "PROJECT"],
    ]);
    expect(onSheet[0].getId()).not.toBe(onSheet[1].getId());
    onSheet[0].remove();
    expect(sheet.getDeveloperMetadata()).toHaveLength(1);
    expect(() => onSheet[0].getKey()).toThrow("no longer exists");
  });

  it("metadata at one location is limited to 30,000 characters", () => {
    const { ss } = open();
    ss.addDeveloperMetadata("big", "x".repeat(29_000));
    expect(() => ss.addDeveloperMetadata("more", "y".repeat(1_000))).toThrow("30000 characters");
  });
});
