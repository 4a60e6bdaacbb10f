import { beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "../support/fixtures";
import { buildBundle, fixtureSheets, openSpreadsheet, settingsFor } from "./harness";

beforeAll(buildBundle);

const fixture = (name: string) => fixtures().find((f) => f.name === name)!;

/** Spreadsheet calls of a first build and of a rebuild, by method. */
function callsOfBuilds(
  name: string,
  scale = 1,
): { first: Record<string, number>; again: Record<string, number> } {
  const f = fixture(name);
  const { standIn, server } = openSpreadsheet(fixtureSheets(f, scale));
  standIn.resetCalls();
  server.buildWeeklyReport(settingsFor(f));
  const first = { ...standIn.calls.byMethod };
  standIn.resetCalls();
  server.buildWeeklyReport(settingsFor(f));
  return { first, again: { ...standIn.calls.byMethod } };
}

describe("the call budget", () => {
  it("a build makes the same Spreadsheet calls for the tiny example and the community-cn example, but for linking its problems", () => {
    const tiny = callsOfBuilds("tiny");
    // community-cn has problems, tiny none: their links to the source rows take three calls.
    const links = (calls: Record<string, number>) => ({
      ...calls,
      "Spreadsheet.getSheetById": 1,
      "Sheet.getRange": calls["Sheet.getRange"] + 1,
      "Range.setRichTextValues": 1,
    });
    expect(callsOfBuilds("community-cn")).toEqual({ first: links(tiny.first), again: links(tiny.again) });
  });

  it("a build makes the same Spreadsheet calls for ten times the rows", () => {
    expect(callsOfBuilds("community-cn", 10)).toEqual(callsOfBuilds("community-cn"));
  });

  it("reads each source sheet with one getValues and writes each block with one setValues", () => {
    const { first } = callsOfBuilds("community-cn");
    expect(first["Range.getValues"]).toBe(3);
    // Weekly: headline, legend, table, about · Daily: table, about, legend · Funnel: table, about, legend,
    // cohort · Purchases: table, about, legend · Retention: legend, grid, about · Follow-up: five captions and five
    // tables, counts, about · Problems: table, excluded, about · the charts' own data: two on
    // Weekly, one on Daily and one on Purchases.
    expect(first["Range.setValues"]).toBe(36);
    expect(first["Range.setNumberFormats"]).toBe(36);
    // The retention grid's shades in one call; marks in one call per table that has them: the
    // grid's weeks not complete, the greyed cut weeks of Weekly, Funnel and Purchases, and Daily's
    // last day.
    expect(first["Range.setBackgrounds"]).toBe(1);
    expect(first["Range.setFontColors"]).toBe(5);
    // A budget per report sheet (seven here): blocks, bold rows in one call, widths per run, charts.
    // A chart builder's calls are left out: they shape an object in the script, not the sheet.
    const sheetCalls = Object.entries(first).filter(
      ([method]) => !method.startsWith("EmbeddedChartBuilder."),
    );
    expect(sheetCalls.reduce((sum, [, n]) => sum + n, 0)).toBeLessThan(7 * 50);
    expect(first["RangeList.setFontWeight"]).toBe(7);
  });
});
