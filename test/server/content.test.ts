import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDelimited } from "../../src/core/delimited";
import type { Settings } from "../../src/shared/bridge";
import type { Lang } from "../../src/shared/lang";
import { differences } from "../support/fixtures";
import {
  asSheetsHoldsIt,
  buildBundle,
  chartColumns,
  openSpreadsheet,
  reportFromSheets,
  reportSheets,
  type SheetInput,
  sourcesOf,
} from "./harness";

beforeAll(buildBundle);

const INSIGHTS = join(import.meta.dirname, "..", "fixtures", "insights-cn");
const expected = JSON.parse(readFileSync(join(INSIGHTS, "expected.json"), "utf8"));

/** A CSV as an input sheet, cells as Sheets holds an import. */
function sheet(name: string, csv: string, scale = 1): SheetInput {
  const [header, ...rows] = parseDelimited(csv);
  const repeated = Array.from({ length: scale }, () => rows).flat();
  return { name, values: [header, ...repeated].map((r) => r.map(asSheetsHoldsIt)) };
}

const settingsWith = (sources: Settings["sources"], lang: Lang = "en"): Settings => ({
  by: null,
  focusWeek: null,
  sources,
  weekStartsOn: "monday",
  from: null,
  to: null,
  windowDays: 7,
  lang,
});

const MEMBERS = "member_id,joined_at\nu1,2025-03-03";
const insightsContent = (): string => readFileSync(join(INSIGHTS, "content.csv"), "utf8");

function built(contentCsv: string, lang: Lang = "en", scale = 1) {
  const opened = openSpreadsheet(
    [sheet("Members", MEMBERS), sheet("Content", contentCsv, scale)],
    lang === "zh" ? "zh_CN" : "en_US",
  );
  const settings = settingsWith(sourcesOf({ members: "Members", content: "Content" }), lang);
  const result = opened.server.buildWeeklyReport(settings);
  return { ...opened, settings, result, content: reportSheets(opened.standIn).get("content")! };
}

describe("the Content sheet", () => {
  it("insights-cn: holds the example's weekly, by-type and top-post tables, and the re-exports in Data problems", () => {
    const { standIn } = built(insightsContent());
    const json = reportFromSheets(standIn);
    const bad: string[] = [];
    differences("content", "content", expected.content, json.content, bad);
    expect(bad).toEqual([]);
    expect(json.excluded.duplicatePosts).toBe(10);
    expect(json.problems.filter((p) => p.table === "content").map((p) => p.row)).toEqual([8, 13, 99]);
  });

  it("is a tab after the Funnel named Content / 内容表现, with each table titled above it", () => {
    const { result, content } = built(insightsContent(), "zh");
    expect(result.sheets.map((s) => s.name)).toEqual([
      "周报",
      "每日数据",
      "漏斗",
      "跟进名单",
      "内容表现",
      "数据问题",
    ]);
    const titles = content.values.flatMap((row, r) =>
      ["每周内容表现", "各类型内容表现", "互动最多的内容"].includes(row[0] as string) ? [[r, row[0]]] : [],
    );
    expect(titles.map(([, title]) => title)).toEqual(["每周内容表现", "各类型内容表现", "互动最多的内容"]);
    for (const [r] of titles) {
      expect(content.fontWeights[r as number][0]).toBe("bold");
      expect(content.fontWeights[(r as number) + 1][0]).toBe("bold");
    }
    // The first table's header is frozen, with its title above it.
    expect(content.frozenRows).toBe(2);
    expect(content.values[1].slice(0, 4)).toEqual(["周开始", "周结束", "完整周", "发布数"]);
  });

  it("keeps titles literal: formulas and HTML stay the text they were", () => {
    const { content } = built(insightsContent());
    const header = content.values.findIndex((row) => row[0] === "Post ID");
    const titleColumn = content.values[header].indexOf("Title");
    const top = content.values.slice(header + 1, header + 11);
    expect(top.map((row) => row[titleColumn])).toContain('=HYPERLINK("http://x","点我")');
    expect(top.map((row) => row[titleColumn])).toContain("<b>限时秒杀</b>");
    expect(content.numberFormats[header + 1][titleColumn]).toBe("@");
    const shown = content.displayValues.slice(header + 1, header + 11).map((row) => row[titleColumn]);
    expect(shown).toContain('=HYPERLINK("http://x","点我")');
  });

  it("formats the totals as whole numbers, the interaction rate as 0.0% and the per-post averages with two decimals", () => {
    const { content } = built(insightsContent());
    const first = content.displayValues[2];
    expect(first.slice(0, 12)).toEqual([
      "2025-03-03",
      "2025-03-09",
      "TRUE",
      "12",
      "4,894",
      "143",
      "54",
      "32",
      "229",
      "4.7%",
      "407.83",
      "19.08",
    ]);
  });

  it("charts interactions per week as columns with the interaction rate as a line on a second axis", () => {
    const { content } = built(insightsContent());
    const [chart] = content.charts;
    expect(chart.type).toBe("COMBO");
    // Seven complete weeks under the header: interactions, then the rate, as the options say.
    const columns = chartColumns(content, chart);
    expect(columns.map((c) => c[0])).toEqual(["Week start", "Interactions", "Interaction rate"]);
    expect(columns.map((c) => c.slice(1, 3))).toEqual([
      ["2025-03-03", "2025-03-10"],
      ["229", "392"],
      ["4.7%", "6.9%"],
    ]);
    expect(columns[0]).toHaveLength(8);
    expect(chart.options.series).toEqual({
      0: { type: "bars", targetAxisIndex: 0 },
      1: { type: "line", targetAxisIndex: 1 },
    });
    expect(chart.options.title).toBe("Interactions per week and interaction rate");
  });

  it("records the content sheet among the sources on every report sheet", () => {
    const { result, standIn } = built(insightsContent());
    expect(result.sheets).toHaveLength(6);
    for (const s of reportSheets(standIn).values()) {
      expect(s.displayValues.flat()).toContain("Content (98 rows)");
    }
  });

  it("makes the same Spreadsheet calls for ten times the posts", () => {
    const calls = (scale: number) => {
      const { standIn, server, settings } = built(insightsContent(), "en", scale);
      standIn.resetCalls();
      server.buildWeeklyReport(settings);
      return standIn.calls.byMethod;
    };
    expect(calls(10)).toEqual(calls(1));
  });

  describe("edge cases", () => {
    it("a content table of a likes column only leaves the views and rates blank", () => {
      const { content } = built("发布时间,点赞数\n2025-03-03,4");
      expect(content.values[2].slice(3, 12)).toEqual([1, "", 4, "", "", 4, "", "", 4]);
    });

    it("no content sheet is chosen: no Content sheet", () => {
      const { standIn, server } = openSpreadsheet([sheet("Members", MEMBERS)]);
      const result = server.buildWeeklyReport(settingsWith(sourcesOf({ members: "Members" })));
      expect(result.sheets.map((s) => s.kind)).not.toContain("content");
      expect(reportFromSheets(standIn).content).toBeNull();
    });
  });
});
