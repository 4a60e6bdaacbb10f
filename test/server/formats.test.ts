import { beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "../support/fixtures";
import {
  buildBundle,
  fixtureSheets,
  openSpreadsheet,
  reportSheets,
  settingsFor,
  sheetNamed,
} from "./harness";

beforeAll(buildBundle);

const fixture = (name: string) => fixtures().find((f) => f.name === name)!;

function built(name: string, lang: "en" | "zh") {
  const opened = openSpreadsheet(fixtureSheets(fixture(name)));
  opened.server.buildWeeklyReport(settingsFor(fixture(name), lang));
  return reportSheets(opened.standIn);
}

/** The weekly table's first data row as shown, below its header "Week start" / "周开始". */
function firstWeek(lang: "en" | "zh"): string[] {
  const weekly = built("community-cn", lang).get("weekly")!;
  const header = weekly.values.findIndex((row) => row[0] === (lang === "en" ? "Week start" : "周开始"));
  return weekly.displayValues[header + 1];
}

describe("how report numbers look in Sheets", () => {
  it("shows counts as whole numbers without a trailing point, rates as percentages and GMV with two decimals", () => {
    const row = firstWeek("en");
    // Week start, week end, complete, total, new, active, active rate, converted, conversion rate, GMV.
    expect(row.slice(3, 10)).toEqual(["74", "93", "69", "93.2%", "2", "2.7%", "308.90"]);
    expect(row.some((shown) => /\d\.$/.test(shown))).toBe(false);
  });

  it("shows whether a week is complete as 是 or 否 on a Chinese report", () => {
    const weekly = built("community-cn", "zh").get("weekly")!;
    const header = weekly.values.findIndex((row) => row[0] === "周开始");
    const column = weekly.values[header].indexOf("完整周");
    const shown = weekly.displayValues.slice(header + 1).map((row) => row[column]);
    expect(shown.filter((s) => s !== "")).toContain("是");
    expect(shown.filter((s) => s !== "").every((s) => s === "是" || s === "否")).toBe(true);
  });

  it("keeps TRUE and FALSE on an English report, where the cell stays a boolean formulas can compare", () => {
    const weekly = built("community-cn", "en").get("weekly")!;
    const header = weekly.values.findIndex((row) => row[0] === "Week start");
    const column = weekly.values[header].indexOf("Complete week");
    expect(weekly.values[header + 1][column]).toBe(true);
    expect(weekly.displayValues[header + 1][column]).toBe("TRUE");
  });
});

describe("how a pasted table's numbers look in its data sheet", () => {
  it("shows integers as integers and decimals with the digits they were pasted with", () => {
    const { standIn, server } = openSpreadsheet();
    server.savePastedTable(
      "orders",
      [
        "order_id,member_id,paid_at,amount",
        "10023,u1,2024-12-02,7",
        "10024,u1,2024-12-03,19.9",
        "10025,u1,2024-12-04,1234.05",
      ].join("\n"),
      null,
    );
    const sheet = sheetNamed(standIn, "Orders");
    expect(sheet.values.slice(1).map((row) => [row[0], row[3]])).toEqual([
      [10023, 7],
      [10024, 19.9],
      [10025, 1234.05],
    ]);
    expect(sheet.displayValues.slice(1).map((row) => [row[0], row[3]])).toEqual([
      ["10023", "7"],
      ["10024", "19.9"],
      ["10025", "1234.05"],
    ]);
  });
});
