/**
 * The built sidebar (dist/Sidebar.html) in Chromium, its google.script.run backed by the built
 * server (dist/Code.js) running on the Apps Script stand-in: the same two files Apps Script gets.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { TableName } from "../../src/core/inputs";
import { type AppsScriptStandIn, createStandIn, type StandInOptions } from "../../src/standin";
import { type BundleGlobals, loadBundle } from "../../src/standin/load-bundle";
import { installScriptRun } from "../support/gas-run-shim";

const ROOT = join(import.meta.dirname, "..", "..");
const SIDEBAR_URL = "http://sidebar.test/";
export const TINY = join(ROOT, "test", "fixtures", "tiny");

export interface SidebarPage {
  page: Page;
  standIn: AppsScriptStandIn;
  server: BundleGlobals;
  /** Server functions in the order the sidebar called them. */
  calls: string[];
  /** Messages of alert/confirm/prompt dialogs: a script injected through data would open one. */
  dialogs: string[];
  /** Uncaught errors in the page. */
  errors: string[];
}

export interface OpenOptions extends Pick<StandInOptions, "sheets" | "locale"> {
  /** Awaited before each server call: a test holds a call (the build) open with it. */
  beforeCall?: (name: string) => Promise<void> | void;
}

/** A table of one of test/fixtures' communities, as the text an operator would paste. */
export function fixtureText(fixture: string, table: TableName): string {
  return readFileSync(join(ROOT, "test", "fixtures", fixture, `${table}.csv`), "utf8");
}

export function tinyText(table: TableName): string {
  return fixtureText("tiny", table);
}

/** A "Members" sheet holding the tiny community's member list, cell by cell. */
export function tinyMembersSheet(): { name: string; values: string[][] } {
  return {
    name: "Members",
    values: tinyText("members")
      .trim()
      .split("\n")
      .map((line) => line.split(",")),
  };
}

/** A promise that a test resolves when it is ready. */
export function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

export async function openSidebar(browser: Browser, options: OpenOptions = {}): Promise<SidebarPage> {
  const html = readFileSync(join(ROOT, "dist", "Sidebar.html"), "utf8");
  const standIn = createStandIn({
    spreadsheetTimeZone: "Asia/Shanghai",
    locale: options.locale ?? "en_US",
    sheets: options.sheets,
    htmlFiles: { Sidebar: html },
  });
  const server = loadBundle(standIn.globals, join(ROOT, "dist", "Code.js"));
  const calls: string[] = [];
  const dialogs: string[] = [];
  const errors: string[] = [];
  // An Apps Script sidebar is 300 px wide; the browser speaks the spreadsheet's language (date fields follow it).
  const page = await browser.newPage({
    viewport: { width: 300, height: 800 },
    deviceScaleFactor: 2,
    locale: (options.locale ?? "en_US").replace("_", "-"),
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await installScriptRun(page, async (name, args) => {
    calls.push(name);
    await options.beforeCall?.(name);
    const fn = server[name];
    if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
    return fn(...args);
  });
  // A real navigation (not setContent, which reuses about:blank) runs the google.script.run init script.
  await page.route(SIDEBAR_URL, (route) =>
    route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }),
  );
  await page.goto(SIDEBAR_URL);
  await page.locator("#data").waitFor();
  return { page, standIn, server, calls, dialogs, errors };
}

/** Pastes a table's text and saves it, choosing `mode` when the sidebar asks for one. */
export async function pasteTable(
  page: Page,
  table: TableName,
  text: string,
  mode?: "append" | "replace",
): Promise<void> {
  const toggle = page.locator(`#paste-toggle-${table}`);
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  // As a paste does: the whole text at once, then one input event. (Playwright's fill() inserts
  // a long text so slowly that the sample community's activity export times out.)
  await page.locator(`#paste-text-${table}`).evaluate((textarea: HTMLTextAreaElement, value) => {
    textarea.value = value;
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  if (mode) await page.locator(`#mode-${table}-${mode}`).check();
  await page.locator(`#paste-save-${table}`).click();
}
