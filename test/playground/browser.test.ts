/**
 * The playground end to end, as a newcomer uses it: the production build started with
 * `node build/playground.js`, opened in Chromium, the real sidebar's button clicked.
 */
import { type ChildProcess, spawn } from "node:child_process";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { JsonCell, SheetsResponse } from "../../src/playground/api-types";
import { findProjectRoot } from "../../src/playground/paths";
import { buildBundle } from "../server/harness";
import { launchChromium } from "../support/browser";
import {
  CHART_SHEETS,
  EXPECTED,
  keysOf,
  REPORT_SHEETS,
  rowDifferences,
  SAMPLE_SHEETS,
  tableRows,
} from "./report-tables";

const ROOT = findProjectRoot(import.meta.dirname);
// The sample's members sheet has nine columns, A:I: the formula goes to its right, in K.
const WEEKLY_FORMULA = "=COMMUNITY_WEEKLY(成员!A:I, 互动!A:C, 订单!A:E)";

let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let base: string;
const pageErrors: string[] = [];

/** Starts the built playground on a free port and resolves to the address it prints. */
function startServer(): Promise<string> {
  const child = spawn(process.execPath, ["build/playground.js"], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", CI: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server = child;
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`the playground printed no address:\n${output}`)),
      30_000,
    );
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /Community Funnel playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`the playground exited (${code}):\n${output}`)));
  });
}

async function sheets(): Promise<SheetsResponse["sheets"]> {
  const response = await fetch(new URL("/api/sheets", base));
  return ((await response.json()) as SheetsResponse).sheets;
}

async function valuesOf(name: string): Promise<JsonCell[][]> {
  const sheet = (await sheets()).find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet named ${name}`);
  return sheet.values;
}

async function openTab(name: string): Promise<void> {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator(`table.grid[aria-label="${name}"]`).waitFor();
}

// The sample spreadsheet's locale is zh_CN: the page's own words are Chinese.
const CELL = "单元格";
const FORMULA_BAR = "公式栏";

async function enter(cell: string, text: string): Promise<void> {
  await page.getByLabel(CELL, { exact: true }).fill(cell);
  await page.getByLabel(CELL, { exact: true }).press("Enter");
  await page.getByLabel(FORMULA_BAR, { exact: true }).fill(text);
  await page.getByLabel(FORMULA_BAR, { exact: true }).press("Enter");
}

beforeAll(async () => {
  // Only when stale: rebuilding rewrites build/cli.js while the CLI tests run it on the other worker.
  buildBundle();
  base = await startServer();
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  await page.goto(base);
  await page.locator('table.grid[aria-label="成员"]').waitFor();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    server.kill();
    await exited;
  }
});

describe("the playground in a browser", () => {
  it("opens on the sample's 成员 sheet with the sidebar beside it", async () => {
    expect(await page.getByRole("tab").allTextContents()).toEqual(SAMPLE_SHEETS);
    await expect.poll(() => page.locator("td[data-row='1'][data-column='1']").textContent()).toBe("成员ID");
    await page
      .frameLocator("#sidebar")
      .getByRole("button", { name: /^(Build weekly report|生成周报)$/ })
      .waitFor();
  });

  it("speaks Chinese for the zh_CN spreadsheet: its title, buttons and labels", async () => {
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await page.getByRole("button", { name: "重置", exact: true }).waitFor();
    expect(await page.getByLabel(FORMULA_BAR, { exact: true }).getAttribute("placeholder")).toMatch(
      /^试试 =COMMUNITY_WEEKLY/,
    );
    expect(await page.locator("#subtitle").textContent()).toContain("本地演练场");
    expect(await page.title()).toMatch(/演练场/);
  });

  it("builds the report from the real sidebar's button, with the numbers of expected.json", async () => {
    await page
      .frameLocator("#sidebar")
      .getByRole("button", { name: /^(Build weekly report|生成周报)$/ })
      .click();
    for (const name of REPORT_SHEETS) await page.getByRole("tab", { name, exact: true }).waitFor();

    const weekly = tableRows(await valuesOf("周报"), keysOf(EXPECTED.weekly), EXPECTED.timeZone);
    expect(rowDifferences(EXPECTED.weekly, weekly)).toEqual([]);
    const daily = tableRows(await valuesOf("每日数据"), keysOf(EXPECTED.daily), EXPECTED.timeZone);
    expect(rowDifferences(EXPECTED.daily, daily)).toEqual([]);
    const funnel = tableRows(await valuesOf("漏斗"), keysOf(EXPECTED.funnel), EXPECTED.timeZone);
    expect(rowDifferences(EXPECTED.funnel, funnel)).toEqual([]);
    const bought = EXPECTED.purchases as Record<string, unknown>[];
    const purchases = tableRows(await valuesOf("购买复购"), keysOf(bought), EXPECTED.timeZone);
    expect(rowDifferences(bought, purchases)).toEqual([]);

    // The grid shows the report as Sheets would: the latest complete week's GMV, formatted.
    await openTab("周报");
    const latest = EXPECTED.weekly.filter((week) => week.complete).at(-1);
    const gmv = (latest!.gmv as number).toLocaleString("en-US", { minimumFractionDigits: 2 });
    await expect.poll(() => page.locator("table.grid td", { hasText: gmv }).count()).toBeGreaterThan(0);
  });

  it("opens a report sheet from the link the sidebar shows after the build", async () => {
    await page.frameLocator("#sidebar").getByRole("link", { name: "漏斗" }).click();
    await expect
      .poll(() => page.getByRole("tab", { name: "漏斗", exact: true }).getAttribute("aria-selected"))
      .toBe("true");
    await page.locator('table.grid[aria-label="漏斗"]').waitFor();
  });

  it("opens a follow-up list at its block when its count is clicked in the sidebar", async () => {
    const wentQuiet = page.frameLocator("#sidebar").locator('[data-key="follow-up-wentQuiet"] a');
    // The sample is insights-cn: its expected.json lists who went quiet in the focus week.
    const quiet = (EXPECTED.followUp as { wentQuiet: unknown[] }).wentQuiet.length;
    expect(await wentQuiet.textContent()).toBe(`沉默预警${quiet}`);
    await wentQuiet.click();
    await expect
      .poll(() => page.getByRole("tab", { name: "跟进名单", exact: true }).getAttribute("aria-selected"))
      .toBe("true");
    const selected = page.locator('table.grid[aria-label="跟进名单"] td.selected');
    await expect.poll(() => selected.textContent()).toBe(`沉默预警（${quiet}人）`);
    expect(await selected.isVisible()).toBe(true);
  });

  it("draws every chart of the report sheets, each labelled with its title", async () => {
    let drawn = 0;
    for (const name of CHART_SHEETS) {
      await openTab(name);
      const figures = page.locator("figure.chart");
      const count = await figures.count();
      expect(count, `charts on ${name}`).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const figure = figures.nth(i);
        const title = await figure.getAttribute("aria-label");
        expect(title).toBeTruthy();
        expect(await figure.locator("figcaption").textContent()).toBe(title);
        expect(Number(await figure.getAttribute("data-points"))).toBeGreaterThan(0);
        const painted = await figure.locator("canvas").evaluate((canvas: HTMLCanvasElement) => {
          const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
          let opaque = 0;
          for (let p = 3; p < data.length; p += 4) if (data[p] > 0) opaque += 1;
          return opaque;
        });
        expect(painted, `pixels drawn in "${title}"`).toBeGreaterThan(1000);
        drawn += 1;
      }
    }
    expect(drawn).toBeGreaterThanOrEqual(8);
  });

  it("draws the retention grid's shades, and plain cells past a cohort's last week", async () => {
    await openTab("留存");
    const style = (row: number, column: number) =>
      page
        .locator(`td[data-row='${row}'][data-column='${column}']`)
        .evaluate((td) => [td.textContent, getComputedStyle(td).backgroundColor, getComputedStyle(td).color]);
    // The first cohort's week 0 (68.6%) and week 6 (5.7%) on the blue scale: every week of the sample is complete.
    expect(await style(4, 3)).toEqual(["68.6%", "rgb(131, 172, 239)", "rgb(32, 33, 36)"]);
    expect(await style(4, 9)).toEqual(["5.7%", "rgb(245, 248, 254)", "rgb(32, 33, 36)"]);
    // Past the second cohort's last week: a plain empty cell.
    expect(await style(5, 9)).toEqual(["", "rgb(255, 255, 255)", "rgb(32, 33, 36)"]);
  });

  it("shows ROI as a multiple on the 渠道投放 sheet, beside net ROI as a percentage", async () => {
    await openTab("渠道投放");
    // Row 4 is 公众号's totals: 6,868.00 of GMV for 4,426.18 spent; columns S and T.
    const cell = (column: number) => page.locator(`td[data-row='4'][data-column='${column}']`).textContent();
    expect([await cell(1), await cell(19), await cell(20)]).toEqual(["公众号", "1.55倍", "55.2%"]);
  });

  it("spills the weekly table from a COMMUNITY_WEEKLY formula typed in the formula bar", async () => {
    await openTab("成员");
    await enter("K2", WEEKLY_FORMULA);
    await expect.poll(() => page.locator("td[data-row='2'][data-column='11']").textContent()).toBe("周开始");
    const rows = tableRows(await valuesOf("成员"), keysOf(EXPECTED.weekly), EXPECTED.timeZone, 10);
    expect(rowDifferences(EXPECTED.weekly, rows)).toEqual([]);
    await page.locator("td[data-row='2'][data-column='11']").click();
    await expect.poll(() => page.getByLabel(FORMULA_BAR, { exact: true }).inputValue()).toBe(WEEKLY_FORMULA);
  });

  it("shows #REF! in the formula's cell when a value is typed into its spilled result", async () => {
    await enter("M5", "42");
    await expect.poll(() => page.locator("td[data-row='2'][data-column='11']").textContent()).toBe("#REF!");
    expect(await page.locator("td[data-row='5'][data-column='13']").textContent()).toBe("42");
    const note = page.getByRole("status").filter({ hasText: "would overwrite data in M5" });
    await expect.poll(() => note.isVisible()).toBe(true);
    await enter("M5", "");
    await expect.poll(() => page.locator("td[data-row='2'][data-column='11']").textContent()).toBe("周开始");
  });

  it("shows a note instead of a value for a formula that is not a custom function", async () => {
    await enter("A20", "=SUM(A1:A2)");
    const note = page.getByRole("status").filter({ hasText: "not supported in the playground" });
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain("only the add-on's custom functions (ACTIVE_RATE");
  });

  it("GET /api/sheets returns every sheet with numbers as numbers", async () => {
    const all = await sheets();
    expect(all.map((sheet) => sheet.name)).toEqual([...SAMPLE_SHEETS, ...REPORT_SHEETS]);
    const orders = all.find((sheet) => sheet.name === "订单")!.values;
    expect(typeof orders[1][3]).toBe("number");
    const weekly = tableRows(
      all.find((sheet) => sheet.name === "周报")!.values,
      keysOf(EXPECTED.weekly),
      EXPECTED.timeZone,
    );
    for (const row of weekly) {
      expect(typeof row.totalMembers).toBe("number");
      expect(typeof row.gmv).toBe("number");
    }
  });

  it("speaks English when the spreadsheet's locale is English", async () => {
    const english = await browser!.newPage({ viewport: { width: 1600, height: 1000 } });
    await english.route("**/api/snapshot", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), locale: "en_US" } });
    });
    await english.goto(base);
    await english.getByRole("button", { name: "Reset", exact: true }).waitFor();
    expect(await english.locator("html").getAttribute("lang")).toBe("en");
    await english.getByLabel("Formula bar", { exact: true }).waitFor();
    // The sidebar's first calls redraw the page (and its name box): type once they are done, and
    // again if a late redraw took the text away.
    await english.waitForLoadState("networkidle");
    await vi.waitFor(
      async () => {
        await english.getByLabel("Cell", { exact: true }).fill("ZZZ");
        await english.getByLabel("Cell", { exact: true }).press("Enter");
        await english.getByRole("status").filter({ hasText: "ZZZ is not a cell" }).waitFor({ timeout: 3000 });
      },
      { timeout: 20_000, interval: 200 },
    );
    await english.getByRole("button", { name: "Reset", exact: true }).click();
    const dialog = english.getByRole("dialog", { name: "Reset the playground?" });
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await english.close();
  });

  it("Reset asks first; Cancel keeps everything, confirming brings back the sample alone", async () => {
    const dialog = page.getByRole("dialog", { name: "重置演练场？" });
    await page.getByRole("button", { name: "重置", exact: true }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain("所有更改都会丢失");
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await sheets()).map((sheet) => sheet.name)).toContain("周报");

    await page.getByRole("button", { name: "重置", exact: true }).click();
    await dialog.getByRole("button", { name: "重置示例" }).click();
    await expect.poll(() => page.getByRole("tab").allTextContents()).toEqual(SAMPLE_SHEETS);
    expect((await sheets()).map((sheet) => sheet.name)).toEqual(SAMPLE_SHEETS);
    expect(pageErrors).toEqual([]);
  });
});
