/**
 * The menu of the add-on installed from the Marketplace and opened in a document where it has not
 * been used: onOpen then runs in ScriptApp.AuthMode.NONE, where every authorized call throws.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createStandIn, type StandInOptions } from "../../src/standin";
import { loadBundle } from "../../src/standin/load-bundle";
import { buildBundle, type Server } from "./harness";

beforeAll(buildBundle);

function open(authMode: StandInOptions["authMode"], locale = "zh_CN") {
  const standIn = createStandIn({
    authMode,
    locale,
    htmlFiles: { Sidebar: "<!doctype html><title>Sidebar</title>" },
  });
  const server = loadBundle(standIn.globals, join(import.meta.dirname, "..", "..", "dist", "Code.js"));
  return { standIn, server: server as unknown as Server };
}

describe("the menu before the add-on is authorized in this document (AuthMode.NONE)", () => {
  it("appears under Extensions with bilingual items, without reading the spreadsheet", () => {
    const { standIn, server } = open("NONE");
    server.onOpen(standIn.openEvent());
    expect(standIn.ui.menus).toEqual([
      {
        name: "Add-on",
        addon: true,
        items: [
          { caption: "Open sidebar / 打开侧边栏", functionName: "openSidebar" },
          { caption: "Build weekly report / 生成周报", functionName: "buildReportFromMenu" },
          { caption: "Help / 帮助", functionName: "showHelp" },
        ],
        subMenus: [],
      },
    ]);
    expect(standIn.calls.total).toBe(0);
  });

  it("its items work once clicked, which runs them with full authorization", () => {
    const { standIn, server } = open("NONE");
    server.onOpen(standIn.openEvent());
    standIn.setAuthMode("FULL");
    server.openSidebar();
    expect(standIn.ui.sidebars.map((sidebar) => sidebar.title)).toEqual(["社群漏斗"]);
  });

  it("follows the spreadsheet's locale once the add-on may read it (LIMITED, FULL, onInstall)", () => {
    const limited = open("LIMITED");
    limited.server.onOpen(limited.standIn.openEvent());
    expect(limited.standIn.ui.menus[0]).toMatchObject({ name: "Community Funnel / 社群漏斗", addon: false });
    expect(limited.standIn.ui.menus[0].items[0].caption).toBe("打开侧边栏");
    const installed = open("FULL", "en_GB");
    installed.server.onInstall(installed.standIn.openEvent());
    expect(installed.standIn.ui.menus[0].items[0].caption).toBe("Open sidebar");
  });
});
