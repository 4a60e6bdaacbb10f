import { beforeAll, describe, expect, it } from "vitest";
import { BREAKDOWN_COLUMNS } from "../../src/core/sections/breakdown";
import type { SheetSnapshot } from "../../src/standin";
import { breakdownDifferences, INSIGHTS_EXPECTED, INSIGHTS_FIXTURE } from "../support/breakdown";
import { fixtures } from "../support/fixtures";
import {
  buildBundle,
  chartColumns,
  fixtureSheets,
  openSpreadsheet,
  reportSheets,
  type SheetInput,
  settingsFor,
  sourcesOf,
  untyped,
} from "./harness";

beforeAll(buildBundle);

type Row = Record<string, unknown>;

/** The rows of the table whose header is `header`th "Segment" row of the sheet, as JSON rows. */
function tableAt(sheet: SheetSnapshot, nth: number): Row[] {
  const headers = sheet.values.flatMap((row, r) => (row[0] === "Segment" ? [r] : []));
  const at = headers[nth];
  expect(sheet.values[at].slice(0, BREAKDOWN_COLUMNS.length)).toEqual(BREAKDOWN_COLUMNS.map((c) => c.en));
  const rows: Row[] = [];
  for (let r = at + 1; r < sheet.values.length && sheet.values[r][0] !== ""; r++) {
    rows.push(
      Object.fromEntries(
        BREAKDOWN_COLUMNS.map((c, i) => {
          const value = sheet.values[r][i];
          const cell = c.kind === "day" ? sheet.displayValues[r][i] : value === "" ? null : value;
          // The blank segment reads "(blank)" on the sheet; the JSON has "".
          return [c.key, c.key === "segment" && value === "(blank)" ? "" : cell];
        }),
      ),
    );
  }
  return rows;
}

function builtWith(sheets: SheetInput[], by: string | null, lang: "en" | "zh" = "en") {
  const opened = openSpreadsheet(sheets, lang === "zh" ? "zh_CN" : "en_US");
  const result = opened.server.buildWeeklyReport({ ...settingsFor(INSIGHTS_FIXTURE, lang), by });
  return { ...opened, result };
}

describe("the breakdown sheet", () => {
  const { standIn, result } = builtWith(fixtureSheets(INSIGHTS_FIXTURE), "channel");
  const sheet = reportSheets(standIn).get("breakdown")!;
  const expected = INSIGHTS_EXPECTED.breakdown;

  it("is named for its field and comes after retention", () => {
    expect(result.sheets.map((s) => [s.kind, s.title, s.name])).toEqual([
      ["weekly", "Weekly report", "Weekly report"],
      ["daily", "Daily", "Daily"],
      ["funnel", "Funnel", "Funnel"],
      ["purchases", "Purchases", "Purchases"],
      ["retention", "Retention", "Retention"],
      ["breakdown", "By channel", "By channel"],
      ["followUp", "Follow-up", "Follow-up"],
      ["channels", "Channels", "Channels"],
      ["content", "Content performance", "Content performance"],
      ["problems", "Data problems", "Data problems"],
    ]);
  });

  it("shows the latest complete week side by side, a row per segment, under its title", () => {
    expect(sheet.values[0][0]).toBe("By channel · latest complete week 2025-04-14 – 2025-04-20");
    expect(sheet.fontWeights[0][0]).toBe("bold");
    const latest = expected.weekly.filter((r) => r.weekStart === "2025-04-14");
    expect(tableAt(sheet, 0).map((r) => r.segment)).toEqual(expected.segments);
    expect(
      breakdownDifferences(
        { ...expected, weekly: latest, funnel: [] },
        {
          ...expected,
          weekly: tableAt(sheet, 0),
          funnel: [],
        },
      ),
    ).toEqual([]);
    expect(sheet.frozenRows).toBe(2);
  });

  it("then every week of every segment, as the JSON has them", () => {
    const title = sheet.values.findIndex((row) => row[0] === "By channel · every week");
    expect(sheet.values[title + 1][0]).toBe("Segment");
    const weekly = tableAt(sheet, 1);
    expect(breakdownDifferences({ ...expected, funnel: [] }, { ...expected, weekly, funnel: [] })).toEqual(
      [],
    );
  });

  it("charts the active and conversion rates of each segment in the latest complete week as columns", () => {
    const [chart] = sheet.charts;
    expect(chart.type).toBe("COLUMN");
    // The header and the four channels, the rates in the chart's order from its own copy.
    expect(chart.ranges).toHaveLength(1);
    const columns = chartColumns(sheet, chart);
    expect(columns.map((c) => c[0])).toEqual(["Segment", "Active rate", "Conversion rate"]);
    expect(columns.map((c) => c.slice(1, 3))).toEqual([
      ["公众号", "海报"],
      ["60.3%", "53.0%"],
      ["17.8%", "13.6%"],
    ]);
    expect(columns[0]).toHaveLength(5);
    expect(chart.options.vAxis).toEqual({ format: "0%", minValue: 0 });
  });

  it("records what it was built from beside its tables", () => {
    expect(sheet.values.flat()).toContain("About this report");
  });
});

describe("building with a breakdown", () => {
  const members = (values: string[][]): SheetInput => ({
    name: "Members",
    values: [["member_id", "joined_at", "group", "城市"], ...values],
  });

  it("keeps segment values literal: a value that looks like a formula stays text", () => {
    const { standIn, server } = openSpreadsheet([
      members([
        ["u1", "2024-12-02", "=1+1", ""],
        ["u2", "2024-12-02", "@here", ""],
        ["u3", "2024-12-02", "", ""],
      ]),
    ]);
    server.buildWeeklyReport({
      ...settingsFor(INSIGHTS_FIXTURE),
      sources: sourcesOf({ members: "Members", activity: null, orders: null }),
      by: "group",
    });
    const sheet = reportSheets(standIn).get("breakdown")!;
    const weekly = sheet.values.findIndex((row) => row[0] === "By group · every week") + 2;
    expect(sheet.values.slice(weekly, weekly + 3).map((row) => row[0])).toEqual(["=1+1", "@here", "(blank)"]);
    expect(sheet.displayValues[weekly][0]).toBe("=1+1");
    expect(sheet.numberFormats[weekly][0]).toBe("@");
  });

  it("replaces the breakdown of a build with another field, and drops it when none is asked", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(INSIGHTS_FIXTURE), "zh_CN");
    const settings = { ...settingsFor(INSIGHTS_FIXTURE, "zh") };
    const names = () => [...reportSheets(standIn).entries()].map(([kind, s]) => `${kind}:${s.name}`);
    server.buildWeeklyReport({ ...settings, by: "channel" });
    expect(names()).toContain("breakdown:按渠道");
    server.buildWeeklyReport({ ...settings, by: "城市" });
    expect(standIn.snapshot().map((s) => s.name)).not.toContain("按渠道");
    expect(names()).toContain("breakdown:按城市");
    server.buildWeeklyReport({ ...settings, by: "group" });
    expect(names()).toContain("breakdown:分群对比");
    server.buildWeeklyReport({ ...settings, by: null });
    expect(names().filter((n) => n.startsWith("breakdown"))).toEqual([]);
  });

  it("says which headers the members sheet has when it has no column to compare by, and keeps the old report", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(INSIGHTS_FIXTURE));
    server.buildWeeklyReport(settingsFor(INSIGHTS_FIXTURE));
    const before = standIn.snapshot().map((s) => s.name);
    expect(() => server.buildWeeklyReport({ ...settingsFor(INSIGHTS_FIXTURE), by: "省份" })).toThrow(
      'The members sheet "Members" has no column "省份" to compare by. Choose group, channel or one of its ' +
        "columns: 成员ID, 群昵称, 入群时间, 退群时间, 所在群, 入群渠道, 城市, 会员等级, 角色.",
    );
    expect(() => server.buildWeeklyReport({ ...settingsFor(INSIGHTS_FIXTURE, "zh"), by: "省份" })).toThrow(
      /^成员表「Members」中没有可用于分群对比的列「省份」/,
    );
    expect(standIn.snapshot().map((s) => s.name)).toEqual(before);
  });

  it("saves the field with the settings, and reads settings saved before there was one", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(INSIGHTS_FIXTURE));
    const settings = { ...settingsFor(INSIGHTS_FIXTURE), by: " 城市 " };
    expect(server.saveSettings(settings).by).toBe("城市");
    expect(server.getSidebarState().settings.by).toBe("城市");
    const { by: _, ...older } = settings;
    (standIn.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getDocumentProperties()
      .setProperty("community-funnel:settings", JSON.stringify(older));
    expect(server.getSidebarState().settings.by).toBeNull();
    expect(() => untyped(server).saveSettings({ ...settings, by: 3 })).toThrow(
      "The field to compare by must be a column name or empty.",
    );
  });

  it("makes the same Spreadsheet calls for ten times the rows", () => {
    const f = fixtures().find((x) => x.name === "community-cn")!;
    const calls = (scale: number) => {
      const { standIn, server } = openSpreadsheet(fixtureSheets(f, scale));
      standIn.resetCalls();
      server.buildWeeklyReport({ ...settingsFor(f), by: "channel" });
      return { ...standIn.calls.byMethod };
    };
    expect(calls(10)).toEqual(calls(1));
  });
});
