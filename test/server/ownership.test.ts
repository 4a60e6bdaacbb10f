/**
 * Report sheets a teammate duplicated ("Copy of Weekly report", "周报 的副本") carry the add-on's
 * mark, as copies carry developer metadata: only the sheets a build made are replaced.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "../support/fixtures";
import { buildBundle, cellsOf, fixtureSheets, openSpreadsheet, settingsFor, sheetNamed } from "./harness";

beforeAll(buildBundle);

const tiny = fixtures().find((f) => f.name === "tiny")!;
const REPORT = ["Weekly report", "Daily", "Funnel", "Purchases", "Retention", "Follow-up", "Data problems"];

function spreadsheetOf(opened: ReturnType<typeof openSpreadsheet>): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return (opened.standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
}

const names = (opened: ReturnType<typeof openSpreadsheet>): string[] =>
  opened.standIn.snapshot().map((sheet) => sheet.name);

describe("a duplicated report sheet", () => {
  it("survives the next builds, while the report itself is replaced and never doubled", () => {
    const opened = openSpreadsheet(fixtureSheets(tiny));
    opened.server.buildWeeklyReport(settingsFor(tiny));
    const ss = spreadsheetOf(opened);
    ss.getSheetByName("Weekly report")!.copyTo(ss);
    ss.getSheetByName("Daily")!.activate();
    ss.duplicateActiveSheet();
    const copies = ["Copy of Weekly report", "Copy of Daily"].map((name) =>
      cellsOf(sheetNamed(opened.standIn, name)),
    );

    opened.server.buildWeeklyReport(settingsFor(tiny));
    opened.server.buildWeeklyReport(settingsFor(tiny));
    expect([...names(opened)].sort()).toEqual(
      ["Members", "Activity", "Orders", ...REPORT, "Copy of Weekly report", "Copy of Daily"].sort(),
    );
    expect(
      ["Copy of Weekly report", "Copy of Daily"].map((name) => cellsOf(sheetNamed(opened.standIn, name))),
    ).toEqual(copies);
  });

  it("a teammate's 周报 的副本 in a Chinese spreadsheet is kept too", () => {
    const opened = openSpreadsheet(fixtureSheets(tiny), "zh_CN");
    opened.server.buildWeeklyReport(settingsFor(tiny, "zh"));
    const ss = spreadsheetOf(opened);
    ss.getSheetByName("周报")!.activate();
    ss.duplicateActiveSheet();
    opened.server.buildWeeklyReport(settingsFor(tiny, "zh"));
    expect(names(opened).filter((name) => name.startsWith("周报"))).toEqual(["周报 的副本", "周报"]);
  });

  it("a report built before the add-on recorded its sheets is still replaced", () => {
    const opened = openSpreadsheet(fixtureSheets(tiny));
    opened.server.buildWeeklyReport(settingsFor(tiny));
    const properties = opened.standIn.globals
      .PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    for (const key of properties.getDocumentProperties().getKeys()) {
      if (key !== "community-funnel:settings") properties.getDocumentProperties().deleteProperty(key);
    }
    opened.server.buildWeeklyReport(settingsFor(tiny));
    expect(names(opened)).toEqual(["Members", "Activity", "Orders", ...REPORT]);
  });
});

describe("the call budget of a rebuild", () => {
  /** Spreadsheet calls of a rebuild in a spreadsheet with `extra` more tabs of the user's own. */
  function rebuildCalls(extra: number): Record<string, number> {
    const own = Array.from({ length: extra }, (_, i) => ({ name: `Notes ${i}`, values: [["mine"]] }));
    const opened = openSpreadsheet([...fixtureSheets(tiny), ...own]);
    opened.server.buildWeeklyReport(settingsFor(tiny));
    opened.standIn.resetCalls();
    opened.server.buildWeeklyReport(settingsFor(tiny));
    return { ...opened.standIn.calls.byMethod };
  }

  it("does not grow with the number of tabs, not even by reading each tab's name", () => {
    expect(rebuildCalls(12)).toEqual(rebuildCalls(0));
  });
});
