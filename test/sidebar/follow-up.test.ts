import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { openSidebar, tinyMembersSheet, tinyText } from "./harness";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** A table of the tiny community as a sheet, cell by cell. */
const tinySheet = (name: string, table: "activity" | "orders") => ({
  name,
  values: tinyText(table)
    .trim()
    .split("\n")
    .map((line) => line.split(",")),
});

describe("the follow-up lists in the sidebar", () => {
  it("offers the weeks of the data as focus week, saves the choice, and opens each list from its count", async () => {
    const { page, standIn, server, calls, errors } = await openSidebar(browser, {
      sheets: [tinyMembersSheet(), tinySheet("Activity", "activity"), tinySheet("Orders", "orders")],
    });
    const choice = page.locator("#focus-week");
    // The previews' days run from 2024-12-02 to 2024-12-13: two weeks, the newest first.
    await expect
      .poll(() => choice.locator("option").allTextContents())
      .toEqual(["Latest complete week", "Week of 2024-12-09", "Week of 2024-12-02"]);
    expect(await choice.inputValue()).toBe("");
    await choice.selectOption("2024-12-09");
    // With Sunday weeks the chosen Monday is in the week of 2024-12-08: one choice, not a second.
    await page.locator("#week-sunday").check();
    await expect
      .poll(() => choice.locator("option").allTextContents())
      .toEqual(["Latest complete week", "Week of 2024-12-08", "Week of 2024-12-01"]);
    expect(await choice.inputValue()).toBe("2024-12-09");
    await page.locator("#week-monday").check();
    await page.locator("#build-button").click();

    const card = page.locator("#follow-up");
    await card.waitFor();
    expect(await card.locator(".follow-up-week").textContent()).toBe("2024-12-09 – 2024-12-12");
    expect(await card.locator("li").allTextContents()).toEqual([
      "Silent newcomers1",
      "Active, not converted0",
      "Went quiet2",
      "Left this week0",
      "Top buyers2",
    ]);
    const settings = (server.getSidebarState() as { settings: { focusWeek: string | null } }).settings;
    expect(settings.focusWeek).toBe("2024-12-09");

    await card.locator('[data-key="follow-up-topBuyers"] a').click();
    await expect.poll(() => calls.includes("openReportSheet")).toBe(true);
    const followUp = standIn.snapshot().find((sheet) => sheet.name === "Follow-up")!;
    const row = Number(followUp.activeRange?.slice(1));
    expect(followUp.values[row - 1][0]).toBe("Top buyers (2)");
    const spreadsheet = (
      standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp
    ).getActive();
    expect(spreadsheet.getActiveSheet().getName()).toBe("Follow-up");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a dash, not a link, for a list whose table is missing", async () => {
    const { page } = await openSidebar(browser, {
      locale: "zh_CN",
      sheets: [tinyMembersSheet(), tinySheet("Orders", "orders")],
    });
    await page.locator("#preview-members-title").waitFor();
    await page.locator("#build-button").click();
    const card = page.locator("#follow-up");
    await card.waitFor();
    expect(await card.locator("#follow-up-title").textContent()).toBe("跟进名单");
    expect(await card.locator("#follow-up-silentNewMembers").textContent()).toBe("—");
    expect(await card.locator('[data-key="follow-up-silentNewMembers"] a').count()).toBe(0);
    expect(await card.locator('[data-key="follow-up-churned"] a').textContent()).toBe("本周流失2");
    await page.close();
  });
});
