import { beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "../support/fixtures";
import { buildBundle, fixtureSheets, openSpreadsheet, settingsFor } from "./harness";

beforeAll(buildBundle);

const community = fixtures().find((f) => f.name === "community-cn")!;

/** The community-cn example's sheets and `extra` sheets of the operator's own notes. */
function withTabs(extra: number) {
  const notes = Array.from({ length: extra }, (_, i) => ({
    name: `Notes ${i + 1}`,
    values: [
      ["topic", "owner"],
      ["launch", "Li"],
    ],
  }));
  return openSpreadsheet([...fixtureSheets(community), ...notes]);
}

function total(byMethod: Record<string, number>): number {
  return Object.values(byMethod).reduce((a, b) => a + b, 0);
}

/** Spreadsheet calls of a first build and of a rebuild in a spreadsheet with `extra` more tabs. */
function buildCalls(extra: number): { first: Record<string, number>; again: Record<string, number> } {
  const { standIn, server } = withTabs(extra);
  standIn.resetCalls();
  server.buildWeeklyReport(settingsFor(community));
  const first = { ...standIn.calls.byMethod };
  standIn.resetCalls();
  server.buildWeeklyReport(settingsFor(community));
  return { first, again: { ...standIn.calls.byMethod } };
}

/** Spreadsheet calls of opening the sidebar after a build, with `extra` more tabs. */
function sidebarCalls(extra: number): Record<string, number> {
  const { standIn, server } = withTabs(extra);
  server.buildWeeklyReport(settingsFor(community));
  standIn.resetCalls();
  server.getSidebarState();
  return { ...standIn.calls.byMethod };
}

describe("calls that do not grow with the tabs", () => {
  it("a build and a rebuild make the same Spreadsheet calls with 3 tabs of notes and with 30", () => {
    expect(buildCalls(30)).toEqual(buildCalls(3));
  });

  it("opening the sidebar reads each tab in four calls: its name, its last row and its header row", () => {
    const few = sidebarCalls(3);
    const many = sidebarCalls(30);
    expect(total(many) - total(few)).toBe(27 * 4);
    // No per-tab metadata reads: one search finds every report sheet's mark.
    expect(many["Sheet.getDeveloperMetadata"]).toBeUndefined();
    expect(many["Spreadsheet.createDeveloperMetadataFinder"]).toBe(1);
  });

  it("opening the sidebar of a document without saved settings describes the sheets once", () => {
    const { standIn, server } = withTabs(3);
    standIn.resetCalls();
    server.getSidebarState();
    expect(standIn.calls.byMethod["Spreadsheet.getSheets"]).toBe(1);
  });

  it("showing the sidebar reads no tab, even without saved settings: its title needs only the language", () => {
    const calls = [3, 30].map((extra) => {
      const { standIn, server } = withTabs(extra);
      standIn.resetCalls();
      server.openSidebar();
      return standIn.calls.byMethod;
    });
    expect(calls[1]).toEqual(calls[0]);
    expect(calls[0]["Spreadsheet.getSheets"]).toBeUndefined();
  });

  it("a paste into a document without saved settings describes the sheets once, for its sources", () => {
    const [few, many] = [3, 30].map((extra) => {
      const { standIn, server } = withTabs(extra);
      standIn.resetCalls();
      server.savePastedTable("members", "member_id,joined_at\nu1,2024-12-02\n", "replace");
      return total(standIn.calls.byMethod);
    });
    expect(many - few).toBe(27 * 4);
  });

  it("opening a report sheet from the sidebar finds it by its id, whatever the number of tabs", () => {
    const counts = [3, 30].map((extra) => {
      const { standIn, server } = withTabs(extra);
      const { sheets } = server.buildWeeklyReport(settingsFor(community));
      standIn.resetCalls();
      server.openReportSheet(sheets[1].sheetId);
      const calls = total(standIn.calls.byMethod);
      const app = standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      expect(app.getActive().getActiveSheet().getName()).toBe(sheets[1].name);
      return calls;
    });
    expect(counts[1]).toBe(counts[0]);
  });
});
