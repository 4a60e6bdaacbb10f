import { describe, expect, it } from "vitest";
import { createStandIn, LOCK_TIMEOUT_MESSAGE } from "../../src/standin";
import { open, service } from "./helpers";

describe("PropertiesService", () => {
  it("document, user and script properties are separate stores of strings", () => {
    const props = service<GoogleAppsScript.Properties.PropertiesService>(
      createStandIn(),
      "PropertiesService",
    );
    const doc = props.getDocumentProperties();
    doc.setProperty("weeks", 12 as unknown as string).setProperties({ start: "monday", tz: "UTC" });
    expect(doc.getProperty("weeks")).toBe("12");
    expect(doc.getProperty("missing")).toBeNull();
    expect(props.getDocumentProperties().getKeys().sort()).toEqual(["start", "tz", "weeks"]);
    expect(props.getUserProperties().getProperties()).toEqual({});
    doc.setProperties({ only: "this" }, true);
    expect(doc.getProperties()).toEqual({ only: "this" });
    doc.deleteProperty("only");
    props.getScriptProperties().setProperty("a", "b").deleteAllProperties();
    expect([doc.getKeys(), props.getScriptProperties().getKeys()]).toEqual([[], []]);
  });

  it("a property value over 9 KB is rejected and nothing is written", () => {
    const doc = service<GoogleAppsScript.Properties.PropertiesService>(
      createStandIn(),
      "PropertiesService",
    ).getDocumentProperties();
    expect(() => doc.setProperties({ ok: "1", huge: "x".repeat(9 * 1024 + 1) })).toThrow(
      "Argument too large",
    );
    expect(doc.getKeys()).toEqual([]);
    expect(() => doc.setProperty("k", undefined as unknown as string)).toThrow("Invalid argument");
  });
});

describe("LockService", () => {
  it("a lock held and not released makes the next tryLock false", () => {
    const locks = service<GoogleAppsScript.Lock.LockService>(createStandIn(), "LockService");
    const first = locks.getDocumentLock();
    expect(first.tryLock(1000)).toBe(true);
    expect(first.hasLock()).toBe(true);
    const second = locks.getDocumentLock();
    expect(second.tryLock(1000)).toBe(false);
    expect(() => second.waitLock(1000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(locks.getScriptLock().tryLock(0)).toBe(true); // another scope
    first.releaseLock();
    expect(second.tryLock(1000)).toBe(true);
    expect(first.hasLock()).toBe(false);
  });
});

describe("HtmlService and the Ui", () => {
  it("a sidebar built from a project file is recorded with its title and HTML", () => {
    const standIn = createStandIn({ htmlFiles: { Sidebar: "<h1>Funnel</h1>" } });
    const html = service<GoogleAppsScript.HTML.HtmlService>(standIn, "HtmlService");
    const ui = service<GoogleAppsScript.Spreadsheet.SpreadsheetApp>(standIn, "SpreadsheetApp").getUi();
    const output = html.createHtmlOutputFromFile("Sidebar").setTitle("Community funnel").setWidth(320);
    output.setSandboxMode(html.SandboxMode.IFRAME).append("<p>hi</p>");
    ui.showSidebar(output);
    expect(standIn.ui.sidebars).toEqual([{ title: "Community funnel", html: "<h1>Funnel</h1><p>hi</p>" }]);
    expect(html.createHtmlOutputFromFile("Sidebar.html").getContent()).toBe("<h1>Funnel</h1>");
    expect(() => html.createHtmlOutputFromFile("Missing")).toThrow("No HTML file named Missing was found.");
    expect(() => ui.showSidebar("<b>raw</b>" as unknown as GoogleAppsScript.HTML.HtmlOutput)).toThrow(
      "Invalid argument",
    );
  });

  it("menus added to the Ui are recorded with their items", () => {
    const { standIn, app } = open();
    const ui = app.getUi();
    const sub = ui.createMenu("Advanced").addItem("Reset", "resetSettings");
    ui.createAddonMenu().addItem("Open report", "showSidebar").addSeparator().addSubMenu(sub).addToUi();
    ui.createMenu("Funnel").addItem("Build", "buildReport").addToUi();
    expect(standIn.ui.menus).toEqual([
      {
        name: "Add-on",
        addon: true,
        items: [{ caption: "Open report", functionName: "showSidebar" }],
        subMenus: [
          {
            name: "Advanced",
            addon: false,
            items: [{ caption: "Reset", functionName: "resetSettings" }],
            subMenus: [],
          },
        ],
      },
      {
        name: "Funnel",
        addon: false,
        items: [{ caption: "Build", functionName: "buildReport" }],
        subMenus: [],
      },
    ]);
    expect(() => ui.createMenu("x").addItem("Bad", "not a function name")).toThrow("Invalid argument");
  });

  it("alerts and dialogs are recorded and alerts answer the affirmative button", () => {
    const { standIn, app } = open();
    const ui = app.getUi();
    expect(ui.alert("Done")).toBe(ui.Button.OK);
    expect(ui.alert("Title", "Rebuild?", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    const html = service<GoogleAppsScript.HTML.HtmlService>(standIn, "HtmlService");
    ui.showModalDialog(html.createHtmlOutput("<p>x</p>"), "Help");
    expect(standIn.ui.alerts).toEqual(["Done", "Rebuild?"]);
    expect(standIn.ui.dialogs).toEqual([{ title: "Help", html: "<p>x</p>", modal: true }]);
  });
});

describe("Session and Logger", () => {
  it("the script zone defaults to one different from the spreadsheet's", () => {
    const { standIn, ss } = open();
    const session = service<GoogleAppsScript.Base.Session>(standIn, "Session");
    expect(session.getScriptTimeZone()).toBe("America/New_York");
    expect(ss.getSpreadsheetTimeZone()).toBe("Asia/Shanghai");
    expect(session.getActiveUserLocale()).toBe("en");
    expect(session.getActiveUser().getEmail()).toBe("");
    const custom = createStandIn({ scriptTimeZone: "UTC", userLocale: "zh_CN" });
    expect(service<GoogleAppsScript.Base.Session>(custom, "Session").getScriptTimeZone()).toBe("UTC");
  });

  it("Logger.log collects lines with %s substitution", () => {
    const standIn = createStandIn();
    const logger = service<GoogleAppsScript.Base.Logger>(standIn, "Logger");
    logger.log("built %s rows", 12).log({ toString: () => "obj" });
    expect(standIn.logs).toEqual(["built 12 rows", "obj"]);
  });

  it("Utilities.getUuid returns distinct UUIDs and sleep returns at once", () => {
    const utilities = service<GoogleAppsScript.Utilities.Utilities>(createStandIn(), "Utilities");
    expect(utilities.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(utilities.getUuid()).not.toBe(utilities.getUuid());
    utilities.sleep(10_000);
  });
});
