import { describe, expect, it } from "vitest";
import { createStandIn } from "../../src/standin";
import { open } from "./helpers";

describe("snapshot", () => {
  it("snapshot shows dates in the spreadsheet zone", () => {
    const { standIn, sheet } = open({
      spreadsheetTimeZone: "Asia/Shanghai",
      scriptTimeZone: "America/New_York",
    });
    sheet.getRange("A1:B2").setValues([
      ["joined", "members"],
      [new Date("2024-01-31T17:00:00Z"), 0.5],
    ]);
    sheet.getRange("A2:B2").setNumberFormats([["yyyy-mm-dd hh:mm", "0.0%"]]);
    sheet.getRange("A1:B1").setFontWeight("bold");
    const [snap] = standIn.snapshot();
    expect(snap.values).toEqual([
      ["joined", "members"],
      ["2024-01-31T17:00:00.000Z", 0.5],
    ]);
    expect(snap.displayValues).toEqual([
      ["joined", "members"],
      ["2024-02-01 01:00", "50.0%"],
    ]);
    expect(snap.numberFormats[1]).toEqual(["yyyy-mm-dd hh:mm", "0.0%"]);
    expect(snap.fontWeights).toEqual([
      ["bold", "bold"],
      ["normal", "normal"],
    ]);
  });

  it("describes every sheet's layout, metadata and visibility, JSON-safe", () => {
    const { standIn, ss, sheet } = open();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 150);
    sheet.addDeveloperMetadata("funnel.report", "v1");
    ss.insertSheet("Hidden").hideSheet();
    const snaps = standIn.snapshot();
    expect(JSON.parse(JSON.stringify(snaps))).toEqual(snaps);
    expect(snaps.map((s) => [s.name, s.index, s.hidden])).toEqual([
      ["Sheet1", 1, false],
      ["Hidden", 2, true],
    ]);
    expect(snaps[0]).toMatchObject({
      frozenRows: 1,
      frozenColumns: 0,
      maxRows: 1000,
      maxColumns: 26,
      values: [],
      displayValues: [],
      metadata: [{ key: "funnel.report", value: "v1" }],
      tabColor: null,
      charts: [],
    });
    expect(snaps[0].columnWidths).toHaveLength(26);
    expect(snaps[0].columnWidths.slice(0, 3)).toEqual([100, 150, 100]);
  });

  it("initial sheets are loaded as given, without typed-entry conversion", () => {
    const standIn = createStandIn({
      sheets: [
        { name: "members", values: [["id", "joined"], ["007", new Date("2024-01-01T00:00:00Z")], ["=x"]] },
        { name: "wide", values: [new Array(30).fill(1)] },
      ],
    });
    const [members, wide] = standIn.snapshot();
    expect(members.values).toEqual([
      ["id", "joined"],
      ["007", "2024-01-01T00:00:00.000Z"],
      ["=x", ""],
    ]);
    expect(wide.maxColumns).toBe(30);
    expect(() => createStandIn({ sheets: [{ name: "bad", values: [[undefined]] }] })).toThrow("Cannot write");
    expect(() => createStandIn({ sheets: [] })).toThrow("at least one sheet");
  });
});
