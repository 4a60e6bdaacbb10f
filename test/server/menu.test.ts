import { beforeAll, describe, expect, it } from "vitest";
import { fixtures } from "../support/fixtures";
import { buildBundle, fixtureSheets, openSpreadsheet } from "./harness";

beforeAll(buildBundle);

const tiny = fixtures().find((f) => f.name === "tiny")!;

describe("the menu", () => {
  it("is added in English for an English spreadsheet", () => {
    const { standIn, server } = openSpreadsheet();
    server.onOpen({});
    expect(standIn.ui.menus).toEqual([
      {
        name: "Community Funnel / 社群漏斗",
        addon: false,
        items: [
          { caption: "Open sidebar", functionName: "openSidebar" },
          { caption: "Build weekly report", functionName: "buildReportFromMenu" },
          { caption: "Help", functionName: "showHelp" },
        ],
        subMenus: [],
      },
    ]);
  });

  it("is added in Chinese for a zh spreadsheet, also on install", () => {
    const { standIn, server } = openSpreadsheet(undefined, "zh_TW");
    server.onInstall({});
    expect(standIn.ui.menus[0].items).toEqual([
      { caption: "打开侧边栏", functionName: "openSidebar" },
      { caption: "生成周报", functionName: "buildReportFromMenu" },
      { caption: "帮助", functionName: "showHelp" },
    ]);
  });

  it("names functions that exist in Code.js", () => {
    const { standIn, server } = openSpreadsheet();
    server.onOpen();
    const ctx = server as unknown as Record<string, unknown>;
    for (const item of standIn.ui.menus[0].items) expect(typeof ctx[item.functionName]).toBe("function");
  });

  it("Open sidebar shows Sidebar.html with a title in the report's language", () => {
    const { standIn, server } = openSpreadsheet(undefined, "zh_CN");
    server.openSidebar();
    expect(standIn.ui.sidebars).toEqual([
      { title: "社群漏斗", html: "<!doctype html><title>Sidebar</title>" },
    ]);
  });

  it("Build weekly report builds with the saved settings and toasts the headline", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    server.buildReportFromMenu();
    expect(standIn.snapshot().map((s) => s.name)).toContain("Weekly report");
    expect(standIn.ui.toasts).toEqual([
      {
        title: "Weekly report built",
        message:
          "Latest complete week: 2024-12-02 – 2024-12-08 · Total members 2 · Active rate 150.0% · " +
          "Converted members 2 · GMV 298.50 · Repeat rate 0.0% · GMV per buyer 149.25",
      },
    ]);
  });

  it("Build weekly report shows a failure as a readable alert", () => {
    const { standIn, server } = openSpreadsheet([{ name: "Notes", values: [["hello"]] }]);
    server.buildReportFromMenu();
    expect(standIn.ui.alerts).toEqual(["Choose a sheet for the Members table, or paste it."]);
    expect(standIn.snapshot().map((s) => s.name)).toEqual(["Notes"]);
  });

  it("Help explains the three steps", () => {
    const { standIn, server } = openSpreadsheet();
    server.showHelp();
    expect(standIn.ui.alerts[0]).toMatch(/^1\. Open the sidebar/);
  });
});
