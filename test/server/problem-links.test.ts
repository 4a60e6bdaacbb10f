import { beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "../support/fixtures";
import { buildBundle, fixtureSheets, INPUT_NAMES, openSpreadsheet, settingsFor } from "./harness";

beforeAll(buildBundle);

const fixture = (name: string) => fixtures().find((f) => f.name === name)!;

/** The problems sheet's Table cells after a build: their text and link, and the sheets' ids. */
function builtLinks(name: string, lang: "en" | "zh" = "en") {
  const f = fixture(name);
  const { standIn, server } = openSpreadsheet(fixtureSheets(f), lang === "zh" ? "zh_CN" : "en_US");
  const result = server.buildWeeklyReport(settingsFor(f, lang));
  const ss = (standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
  const problems = ss.getSheetById(result.sheets.find((s) => s.kind === "problems")!.sheetId)!;
  const rows = result.problems;
  const cells = problems.getRange(2, 1, rows, 2).getRichTextValues();
  const values = problems.getRange(2, 1, rows, 4).getValues();
  return { ss, cells, values, standIn };
}

describe("problem rows link to their source rows", () => {
  it("each problem's Table cell opens its source sheet at the row it is about", () => {
    const { ss, cells, values } = builtLinks("community-cn");
    expect(cells.length).toBe(5);
    cells.forEach(([table], i) => {
      const [name, row, , value] = values[i];
      expect(table!.getText()).toBe(name);
      const source = ss.getSheetByName(INPUT_NAMES[name as keyof typeof INPUT_NAMES])!;
      expect(table!.getLinkUrl()).toBe(`#gid=${source.getSheetId()}&range=A${row}`);
      // The row linked to holds the value the problem names.
      expect(source.getRange(Number(row), 1, 1, source.getLastColumn()).getDisplayValues()[0]).toContain(
        value,
      );
    });
  });

  it("links a Chinese report's rows the same way, keeping the table's Chinese name as the text", () => {
    const { cells } = builtLinks("insights-cn", "zh");
    expect(cells.length).toBe(13);
    for (const [table] of cells) {
      expect(table!.getText()).toMatch(/^(成员|互动|订单|内容|投放)$/);
      expect(table!.getLinkUrl()).toMatch(/^#gid=\d+&range=A\d+$/);
    }
  });

  it("writes every link in one call, however many problems there are", () => {
    const { standIn } = builtLinks("insights-cn");
    expect(standIn.calls.byMethod["Range.setRichTextValues"]).toBe(1);
  });
});

describe("the problems sheet's widths", () => {
  it("gives the Column, Value and Problem columns room for what they hold, not only for their headers", () => {
    const f = fixture("insights-cn");
    const { standIn, server } = openSpreadsheet(fixtureSheets(f));
    const result = server.buildWeeklyReport(settingsFor(f));
    const ss = (standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
    const sheet = ss.getSheetById(result.sheets.find((s) => s.kind === "problems")!.sheetId)!;
    expect([3, 4, 5].map((column) => sheet.getColumnWidth(column))).toEqual([200, 160, 240]);
    // "成员ID (member_id)": about 13 px a CJK character and 7 px the others, with padding.
    expect(sheet.getColumnWidth(3)).toBeGreaterThan(4 * 13 + 13 * 7 + 16);
  });
});
