/**
 * A spreadsheet set to a custom time zone: Sheets then reports a fixed offset such as "GMT+08:00",
 * which Intl does not know. The tiny example must give the same numbers as in Asia/Shanghai.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createStandIn } from "../../src/standin";
import { loadBundle } from "../../src/standin/load-bundle";
import { fixtures, reportDifferences } from "../support/fixtures";
import {
  buildBundle,
  fixtureSheets,
  reportFromSheets,
  type Server,
  settingsFor,
  sheetNamed,
} from "./harness";

beforeAll(buildBundle);

const tiny = fixtures().find((f) => f.name === "tiny")!;

function open(spreadsheetTimeZone: string) {
  const standIn = createStandIn({
    spreadsheetTimeZone,
    scriptTimeZone: "America/New_York",
    sheets: fixtureSheets(tiny),
  });
  const server = loadBundle(standIn.globals, join(import.meta.dirname, "..", "..", "dist", "Code.js"));
  return {
    standIn,
    server: server as unknown as Server,
    fn: server as Record<string, (...a: unknown[]) => unknown>,
  };
}

/** A sheet's cells as a custom function receives a whole-sheet range. */
function cellsOf(standIn: ReturnType<typeof createStandIn>, name: string): unknown[][] {
  const app = standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActive().getSheetByName(name)!.getDataRange().getValues();
}

/** Dates as instants, so that results from two spreadsheets compare cell for cell. */
function comparable(result: unknown): unknown {
  return (result as unknown[][]).map((row) =>
    row.map((cell) =>
      Object.prototype.toString.call(cell) === "[object Date]" ? (cell as Date).toISOString() : cell,
    ),
  );
}

describe("a spreadsheet whose time zone is GMT+08:00", () => {
  it("COMMUNITY_WEEKLY gives the weeks it gives in Asia/Shanghai", () => {
    const weekly = (zone: string): unknown => {
      const { standIn, fn } = open(zone);
      const [members, activity, orders] = ["Members", "Activity", "Orders"].map((n) => cellsOf(standIn, n));
      return comparable(fn.COMMUNITY_WEEKLY(members, activity, orders));
    };
    const offset = weekly("GMT+08:00");
    expect(offset).toEqual(weekly("Asia/Shanghai"));
    expect((offset as unknown[][]).slice(1).map((row) => row.slice(0, 6))).toEqual([
      ["2024-12-01T16:00:00.000Z", "2024-12-07T16:00:00.000Z", true, 2, 4, 3],
      ["2024-12-08T16:00:00.000Z", "2024-12-11T16:00:00.000Z", false, 4, 2, 2],
    ]);
  });

  it("builds the report with the numbers of expected.json, and names the zone as set", () => {
    const { standIn, server } = open("GMT+08:00");
    const result = server.buildWeeklyReport(settingsFor(tiny));
    const expected = { ...tiny.expected, timeZone: "GMT+08:00" };
    expect(reportDifferences(expected, reportFromSheets(standIn))).toEqual([]);
    expect(result.headline?.weekStart).toBe("2024-12-02");
    expect(sheetNamed(standIn, "Weekly report").displayValues.flat()).toContain("GMT+08:00");
  });
});
