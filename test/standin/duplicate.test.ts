import { describe, expect, it } from "vitest";
import { open } from "./helpers";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function marked(sheet: Sheet, key = "report"): Sheet {
  sheet.addDeveloperMetadata(key, "weekly");
  return sheet;
}

describe("duplicating a sheet", () => {
  it("Sheet.copyTo makes a copy at the end with the cells, frozen rows, widths, charts and metadata", () => {
    const { ss, sheet } = open();
    marked(sheet)
      .getRange("A1:B2")
      .setValues([
        ["week", "gmv"],
        ["2024-12-02", 10],
      ]);
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 140);
    sheet.insertChart(sheet.newChart().asColumnChart().addRange(sheet.getRange("A1:B2")).build());
    ss.insertSheet("Notes");
    const copy = sheet.copyTo(ss);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1", "Notes", "Copy of Sheet1"]);
    expect(copy.getRange("A1:B2").getDisplayValues()).toEqual([
      ["week", "gmv"],
      ["2024-12-02", "10"],
    ]);
    expect([copy.getFrozenRows(), copy.getColumnWidth(2)]).toEqual([1, 140]);
    expect(copy.getCharts()[0].getRanges()[0].getSheet().getName()).toBe("Copy of Sheet1");
    const [mark] = copy.getDeveloperMetadata();
    expect([mark.getKey(), mark.getValue()]).toEqual(["report", "weekly"]);
    expect(mark.getId()).not.toBe(sheet.getDeveloperMetadata()[0].getId());
    expect(copy.getSheetId()).not.toBe(sheet.getSheetId());
    sheet.getRange("A1").setValue("changed");
    expect(copy.getRange("A1").getValue()).toBe("week");
  });

  it("Spreadsheet.duplicateActiveSheet puts the copy after the active sheet, active, named as the UI names it", () => {
    const { ss } = open({
      locale: "zh_CN",
      sheets: [
        { name: "周报", values: [["x"]] },
        { name: "成员", values: [] },
      ],
    });
    const copy = ss.duplicateActiveSheet();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["周报", "周报 的副本", "成员"]);
    expect(ss.getActiveSheet()).toBe(copy);
    ss.getSheets()[0].activate();
    expect(ss.duplicateActiveSheet().getName()).toBe("周报 的副本 2");
  });
});

describe("the developer metadata finder", () => {
  it("finds metadata on the spreadsheet and on every sheet in one search, and says where each is", () => {
    const { app, ss, sheet } = open();
    const other = marked(ss.insertSheet("Other"));
    marked(sheet);
    sheet.addDeveloperMetadata("note", "kept");
    ss.addDeveloperMetadata("report", "settings");
    const found = ss.createDeveloperMetadataFinder().withKey("report").find();
    expect(found.map((m) => m.getValue())).toEqual(["settings", "weekly", "weekly"]);
    const locations = found.map((m) => m.getLocation());
    expect(locations.map((l) => l.getLocationType())).toEqual(["SPREADSHEET", "SHEET", "SHEET"]);
    expect(locations.map((l) => l.getSheet()?.getName() ?? null)).toEqual([null, "Sheet1", "Other"]);
    expect(locations[2].getSheet()).toBe(other);
    expect(locations[0].getSpreadsheet()).toBe(ss);
    const onSheets = ss
      .createDeveloperMetadataFinder()
      .withLocationType(app.DeveloperMetadataLocationType.SHEET)
      .withValue("weekly")
      .find();
    expect(onSheets).toHaveLength(2);
    expect(ss.createDeveloperMetadataFinder().withId(found[1].getId()).find()[0].getKey()).toBe("report");
  });

  describe("edge cases", () => {
    it("finds nothing once the metadata or its sheet is gone", () => {
      const { ss } = open();
      const other = marked(ss.insertSheet("Other"));
      expect(ss.createDeveloperMetadataFinder().withKey("report").find()).toHaveLength(1);
      ss.deleteSheet(other);
      expect(ss.createDeveloperMetadataFinder().withKey("report").find()).toEqual([]);
    });
  });
});
