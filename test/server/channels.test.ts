import { beforeAll, describe, expect, it } from "vitest";
import { INSIGHTS_EXPECTED, INSIGHTS_FIXTURE } from "../support/breakdown";
import { reportDifferences } from "../support/fixtures";
import {
  buildBundle,
  chartColumns,
  fixtureSheets,
  openSpreadsheet,
  reportFromSheets,
  reportSheets,
  type SheetInput,
  settingsFor,
  sourcesOf,
} from "./harness";

beforeAll(buildBundle);

function built(lang: "en" | "zh" = "en", sheets: SheetInput[] = fixtureSheets(INSIGHTS_FIXTURE)) {
  const opened = openSpreadsheet(sheets, lang === "zh" ? "zh_CN" : "en_US");
  const result = opened.server.buildWeeklyReport(settingsFor(INSIGHTS_FIXTURE, lang));
  return { ...opened, result, sheet: reportSheets(opened.standIn).get("channels")! };
}

describe("the Channels sheet", () => {
  const { standIn, result, sheet } = built();
  const totals = INSIGHTS_EXPECTED.channels.totals;

  it("comes after the breakdown and the follow-up lists, before content and the data problems, named Channels", () => {
    expect(result.sheets.map((s) => s.kind)).toEqual([
      "weekly",
      "daily",
      "funnel",
      "purchases",
      "retention",
      "breakdown",
      "followUp",
      "channels",
      "content",
      "problems",
    ]);
    expect(sheet.name).toBe("Channels");
  });

  it("holds the totals per channel and then every week, equal to the report's JSON", () => {
    expect(reportDifferences(INSIGHTS_EXPECTED, reportFromSheets(standIn))).toEqual([]);
  });

  it("shows the totals first under a bold title, their header frozen, then the weekly rows under theirs", () => {
    expect(sheet.values[0][0]).toBe("Totals per channel 2025-03-03 – 2025-04-20");
    expect(sheet.fontWeights[0][0]).toBe("bold");
    expect(sheet.values[1].slice(0, 5)).toEqual(["Channel", "From", "To", "Complete", "Window (days)"]);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.values.slice(2, 2 + totals.length).map((row) => row[0])).toEqual(
      totals.map((t) => t.channel),
    );
    const title = 2 + totals.length + 1;
    expect(sheet.values[title][0]).toBe("Every week per channel");
    expect(sheet.values[title + 1].slice(0, 3)).toEqual(["Channel", "Week start", "Week end"]);
    expect(sheet.displayValues[title + 2].slice(0, 3)).toEqual(["信息流", "2025-03-03", "2025-03-09"]);
  });

  it("shows ROI as a multiple and net ROI as a percentage beside it, each saying what it divides", () => {
    const [roi, netRoi] = [18, 19];
    expect(sheet.values[1].slice(roi, netRoi + 1)).toEqual([
      "ROI (GMV ÷ spend)",
      "Net ROI ((GMV − spend) ÷ spend)",
    ]);
    // 公众号: 6,868.00 of GMV for 4,426.18 spent.
    expect(sheet.displayValues[3].slice(roi, netRoi + 1)).toEqual(["1.55x", "55.2%"]);
    expect(sheet.numberFormats[3].slice(roi, netRoi + 1)).toEqual(['0.00"x"', "0.0%"]);
    // 老带新 spent nothing: no ROI at all, not 0.
    expect(sheet.values[6].slice(roi, netRoi + 1)).toEqual(["", ""]);
    expect(sheet.displayValues[3].slice(7, 11)).toEqual(["4,426.18", "2.1%", "1.80", "37.74"]);
  });

  it("charts spend against new members per channel, and ROI per channel, from the totals", () => {
    const [spend, roi] = sheet.charts;
    expect(spend.type).toBe("COMBO");
    // The header and the six channels: spend, then new members, as the series' options say.
    const columns = chartColumns(sheet, spend);
    expect(columns.map((c) => c[0])).toEqual(["Channel", "Spend", "New members"]);
    expect(columns.map((c) => c.slice(1, 3))).toEqual([
      ["信息流", "公众号"],
      ["4,840.87", "4,426.18"],
      ["0", "95"],
    ]);
    expect(columns[0]).toHaveLength(7);
    expect(spend.options.series).toEqual({
      0: { type: "bars", targetAxisIndex: 0 },
      1: { type: "line", targetAxisIndex: 1 },
    });
    expect(roi.type).toBe("COLUMN");
    expect(chartColumns(sheet, roi).map((c) => c.slice(0, 3))).toEqual([
      ["Channel", "信息流", "公众号"],
      ["ROI (GMV ÷ spend)", "0.00x", "1.55x"],
    ]);
    expect(roi.options.vAxis).toEqual({ format: '0.0"x"', minValue: 0 });
  });

  it("records what it was built from beside its tables, the spend sheet included", () => {
    const flat = sheet.values.flat();
    expect(flat).toContain("About this report");
    expect(flat).toContain("Spend from");
    expect(flat).toContain("Spend (233 rows)");
  });
});

describe("building with a spend table", () => {
  it("is 渠道投放 in Chinese, ROI shown as 倍", () => {
    const { result, sheet } = built("zh");
    expect(result.sheets.find((s) => s.kind === "channels")!.name).toBe("渠道投放");
    expect(sheet.values[0][0]).toBe("各渠道合计 2025-03-03 – 2025-04-20");
    expect(sheet.values[1][18]).toBe("投产比 ROI（GMV÷花费）");
    expect(sheet.displayValues[3][18]).toBe("1.55倍");
    expect(sheet.charts[1].options.vAxis).toEqual({ format: '0.0"倍"', minValue: 0 });
  });

  describe("edge cases", () => {
    it("keeps channel names literal: one that looks like a formula stays text", () => {
      const { standIn, server } = openSpreadsheet([
        {
          name: "Members",
          values: [
            ["member_id", "joined_at", "channel"],
            ["u1", "2024-12-02", "=1+1"],
          ],
        },
        {
          name: "Spend",
          values: [
            ["date", "channel", "spend"],
            ["2024-12-02", "=1+1", 10],
            ["2024-12-02", "@ads", 5],
          ],
        },
      ]);
      server.buildWeeklyReport({
        ...settingsFor(INSIGHTS_FIXTURE),
        sources: sourcesOf({ members: "Members", spend: "Spend" }),
      });
      const sheet = reportSheets(standIn).get("channels")!;
      expect(sheet.values.slice(2, 4).map((row) => row[0])).toEqual(["=1+1", "@ads"]);
      expect(sheet.displayValues[2][0]).toBe("=1+1");
      expect(sheet.numberFormats[2][0]).toBe("@");
      expect(sheet.values[2][11]).toBe(1);
    });

    it("is not written without a spend table, and the build says which table it needs", () => {
      const settings = settingsFor(INSIGHTS_FIXTURE);
      const { standIn, server } = openSpreadsheet(fixtureSheets(INSIGHTS_FIXTURE));
      const result = server.buildWeeklyReport({ ...settings, sources: { ...settings.sources, spend: null } });
      expect(reportSheets(standIn).has("channels")).toBe(false);
      expect(result.absent).toEqual([
        {
          kind: "channels",
          title: { en: "Channels", zh: "渠道投放" },
          reason: { en: "needs the Spend table", zh: "需要投放表" },
        },
      ]);
    });

    it("makes the same Spreadsheet calls for ten times the rows", () => {
      const calls = (scale: number) => {
        const { standIn, server } = openSpreadsheet(fixtureSheets(INSIGHTS_FIXTURE, scale));
        standIn.resetCalls();
        server.buildWeeklyReport(settingsFor(INSIGHTS_FIXTURE));
        return { ...standIn.calls.byMethod };
      };
      expect(calls(10)).toEqual(calls(1));
    });
  });
});
