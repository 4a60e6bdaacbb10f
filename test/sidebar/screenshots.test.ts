/**
 * docs/screenshots/sidebar-{en,zh}.png: the sidebar after a build of the sample Chinese community
 * (test/fixtures/community-cn: several weeks, so the headline has week-on-week arrows). Every run
 * takes them into test-results/screenshots; UPDATE_SCREENSHOTS=1 writes the README's copies, which
 * are not rewritten on every run since the "built at" time makes each run's pictures differ.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { fixtureText, openSidebar, pasteTable } from "./harness";

const ROOT = join(import.meta.dirname, "..", "..");
const OUT =
  process.env.UPDATE_SCREENSHOTS === "1"
    ? join(ROOT, "docs", "screenshots")
    : join(ROOT, "test-results", "screenshots");

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("screenshots", () => {
  it.each(["en", "zh"] as const)("shows the sidebar after a build (%s)", async (lang) => {
    const { page } = await openSidebar(browser, { locale: lang === "zh" ? "zh_CN" : "en_US" });
    for (const table of ["members", "activity", "orders"] as const) {
      await pasteTable(page, table, fixtureText("community-cn", table));
      await page.locator(`#paste-notice-${table}:not(:empty)`).waitFor();
    }
    await page.locator("#build-button").click();
    await page.locator("#headline").waitFor();
    // The latest complete week of the sample: 2024-12-09 … 2024-12-15.
    expect(await page.locator("#headline").textContent()).toContain("14,403.70");
    // No hover or focus ring on the button in the picture.
    await page.mouse.move(0, 0);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: join(OUT, `sidebar-${lang}.png`), fullPage: true });
    await page.close();
  });
});
