import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readBundleNames } from "../../src/playground/bundle-names";
import { type Settings, SIDEBAR_FUNCTIONS } from "../../src/shared/bridge";
import type { ServerFunctions } from "../../src/sidebar/bridge";
import { fixtures } from "../support/fixtures";
import { buildBundle, fixtureSheets, openSpreadsheet, settingsFor, sourcesOf, untyped } from "./harness";

const ROOT = join(import.meta.dirname, "..", "..");

beforeAll(buildBundle);

describe("the bridge", () => {
  it("Code.js has a top-level function for every name the sidebar calls", () => {
    const { serverFunctions } = readBundleNames(readFileSync(join(ROOT, "dist", "Code.js"), "utf8"));
    for (const name of SIDEBAR_FUNCTIONS) expect(serverFunctions, name).toContain(name);
    // And the server module has each with the signature the sidebar's typed bridge calls it with.
    const { server } = openSpreadsheet();
    const contract: ServerFunctions = server;
    for (const name of SIDEBAR_FUNCTIONS) expect(typeof contract[name], name).toBe("function");
  });
});

const tiny = fixtures().find((f) => f.name === "tiny")!;

describe("the sidebar's state", () => {
  it("detects each table's sheet by its headers and lists every sheet", () => {
    const { server } = openSpreadsheet([
      { name: "Notes", values: [["anything"]] },
      ...fixtureSheets(tiny).reverse(),
    ]);
    const state = server.getSidebarState();
    expect(state.lang).toBe("en");
    expect(state.timeZone).toBe("Asia/Shanghai");
    expect(state.settings).toEqual({
      sources: sourcesOf({ members: "Members", activity: "Activity", orders: "Orders" }),
      weekStartsOn: "monday",
      from: null,
      to: null,
      windowDays: 7,
      lang: "en",
      by: null,
      focusWeek: null,
    });
    expect(state.sheets.map((s) => [s.name, s.rows, s.looksLike, s.isReport])).toEqual([
      ["Notes", 0, null, false],
      ["Orders", 7, "orders", false],
      ["Activity", 7, "activity", false],
      ["Members", 6, "members", false],
    ]);
    expect(state.sheets[3].headers).toEqual(["member_id", "name", "joined_at", "left_at", "channel"]);
  });

  it("speaks Chinese in a zh locale and marks the report sheets after a build", () => {
    const { server } = openSpreadsheet(fixtureSheets(tiny), "zh_CN");
    server.buildWeeklyReport(settingsFor(tiny, "zh"));
    const state = server.getSidebarState();
    expect(state.lang).toBe("zh");
    expect(state.sheets.filter((s) => s.isReport).map((s) => [s.name, s.looksLike])).toEqual([
      ["周报", null],
      ["每日数据", null],
      ["漏斗", null],
      ["购买复购", null],
      ["留存", null],
      ["跟进名单", null],
      ["数据问题", null],
    ]);
  });

  it("detects a content export by its headers and lists the Content table among the tables", () => {
    const { server } = openSpreadsheet([
      { name: "Sheet1", values: [["内容ID", "发布时间", "标题", "阅读量"]] },
      ...fixtureSheets(tiny),
    ]);
    const state = server.getSidebarState();
    expect(state.sheets[0].looksLike).toBe("content");
    expect(state.settings.sources.content).toBe("Sheet1");
    expect(state.tables.map((t) => [t.name, t.required, t.dataSheet.zh])).toContainEqual([
      "content",
      false,
      "内容",
    ]);
  });

  it("falls back to the data sheet of a table when no sheet has its headers", () => {
    const { server } = openSpreadsheet([{ name: "成员", values: [["id", "昵称"]] }]);
    expect(server.getSidebarState().settings.sources).toEqual(sourcesOf({ members: "成员" }));
  });
});

describe("settings", () => {
  const valid: Settings = {
    ...settingsFor(tiny),
    from: "2024-12-01",
    to: "2024-12-31",
    weekStartsOn: "sunday",
  };

  it("are saved with the document and come back in the sidebar's state", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    expect(server.saveSettings(valid)).toEqual(valid);
    expect(server.getSidebarState().settings).toEqual(valid);
    const stored = (standIn.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getDocumentProperties()
      .getProperty("community-funnel:settings");
    expect(JSON.parse(stored!)).toEqual(valid);
  });

  it("are checked with readable errors", () => {
    const { server } = openSpreadsheet();
    expect(() => server.saveSettings({ ...valid, windowDays: 0 })).toThrow(
      "The funnel window must be a whole number of days from 1 to 90.",
    );
    expect(() => server.saveSettings({ ...valid, windowDays: 7.5 })).toThrow(/whole number of days/);
    expect(() => server.saveSettings({ ...valid, from: "2024-02-30" })).toThrow(
      'The from date "2024-02-30" is not a date of the form YYYY-MM-DD.',
    );
    expect(() => server.saveSettings({ ...valid, to: "12/31/2024" })).toThrow(/to date "12\/31\/2024"/);
    expect(() => server.saveSettings({ ...valid, from: "2025-01-01" })).toThrow(
      "The from date 2025-01-01 is after the to date 2024-12-31.",
    );
    expect(() => untyped(server).saveSettings({ ...valid, weekStartsOn: "friday" })).toThrow(
      /Monday or Sunday/,
    );
    expect(() => untyped(server).saveSettings({ ...valid, lang: "fr" })).toThrow(/"en" or "zh"/);
    expect(() => untyped(server).saveSettings({ ...valid, windowDays: "7" })).toThrow(/whole number of days/);
    expect(() => untyped(server).saveSettings({ ...valid, sources: { members: 3 } })).toThrow(
      "The source of the members table must be a sheet name or empty.",
    );
    expect(() => untyped(server).saveSettings(null)).toThrow("The settings are not readable.");
    expect(() => server.saveSettings({ ...valid, windowDays: 0, lang: "zh" })).toThrow(
      "漏斗观察期必须是 1 到 90 之间的整数天。",
    );
  });

  it("a build with settings saves them, so the menu rebuilds the same report", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    server.buildWeeklyReport({ ...settingsFor(tiny), windowDays: 3 });
    server.buildReportFromMenu();
    const text = standIn
      .snapshot()
      .find((s) => s.name === "Funnel")!
      .displayValues.flat();
    expect(text).toContain("3 days");
  });

  it("the week start and the range are applied to the report", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    const result = server.buildWeeklyReport({
      ...settingsFor(tiny),
      weekStartsOn: "sunday",
      from: "2024-12-03",
      to: "2024-12-10",
    });
    expect(result.range).toEqual({ from: "2024-12-03", to: "2024-12-10" });
    const weekly = standIn.snapshot().find((s) => s.name === "Weekly report")!;
    const header = weekly.values.findIndex((row) => row[0] === "Week start");
    expect(weekly.displayValues[header + 1][0]).toBe("2024-12-01");
  });
});
