import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { TINY_SPEND_GRID } from "../support/spend";
import { openSidebar, pasteTable, tinyMembersSheet } from "./harness";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

// A spend export with one bad row of each kind insights.md §14 names.
const BAD_SPEND = [
  "日期,渠道,广告计划,曝光量,点击量,花费",
  "2024-12-02,海报,计划1,1000,30,100",
  "2024-12-03,,计划1,1000,30,100",
  "12/04/2024,海报,计划1,1000,30,100",
  "2024-12-05,海报,计划1,1000,30,-12",
  "2024-12-06,海报,计划1,1000,abc,100",
].join("\n");

describe("the Spend / 投放 table in the sidebar", () => {
  it("is a fourth card: pasted into the 投放 sheet, previewed with each skipped row, built into 渠道投放", async () => {
    const { page, standIn, errors } = await openSidebar(browser, {
      sheets: [tinyMembersSheet()],
      locale: "zh_CN",
    });
    const card = page.locator('[data-key="data-spend"]');
    await card.waitFor();
    expect(await card.locator("h3, h2").first().textContent()).toContain("投放");
    expect(await card.textContent()).toContain(
      "各渠道每天的投放：日期、渠道和花费，可带广告计划、曝光量和点击量。",
    );

    await pasteTable(page, "spend", BAD_SPEND);
    await expect
      .poll(() => page.locator("#paste-notice-spend").textContent())
      .toBe("已将 5 行 保存到新工作表“投放”。");
    const saved = standIn.snapshot().find((s) => s.name === "投放")!;
    expect(saved.values[4].slice(0, 6)).toEqual(["2024-12-05", "海报", "计划1", 1000, 30, "-12"]);

    const preview = page.locator('[data-key="preview-spend"]');
    await expect
      .poll(() => preview.locator(".stat").allTextContents())
      .toEqual(["行数5", "跳过4", "日期2024-12-02 至 2024-12-02"]);
    expect(await preview.locator(".problems li").allTextContents()).toEqual([
      "第 3 行 · 渠道渠道为空",
      "第 4 行 · 日期12/04/2024不是日期",
      "第 5 行 · 花费-12不是金额",
      "第 6 行 · 点击量abc不是整数",
    ]);

    await page.locator("#build-button").click();
    await expect.poll(() => page.locator(".sheet-links a").allTextContents()).toContain("渠道投放");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds a sheet of the spreadsheet whose headers are a spend table's", async () => {
    const { page } = await openSidebar(browser, {
      sheets: [tinyMembersSheet(), { name: "Ad costs", values: TINY_SPEND_GRID }],
    });
    await expect.poll(() => page.locator("#source-spend").inputValue()).toBe("Ad costs");
    const preview = page.locator('[data-key="preview-spend"]');
    await expect.poll(() => preview.locator(".stat").first().textContent()).toBe("Rows3");
    expect(await preview.locator(".mapping tbody tr").allTextContents()).toEqual([
      "Datedate",
      "Channelchannel",
      "Campaigncampaign",
      "Impressionsimpressions",
      "Clicksclicks",
      "Spendspend",
    ]);
    await page.locator("#build-button").click();
    await expect.poll(() => page.locator(".sheet-links a").allTextContents()).toContain("Channels");
    await page.close();
  });

  it("appends this week's export to the Spend sheet, or replaces it when asked", async () => {
    const { page, standIn } = await openSidebar(browser, {
      sheets: [tinyMembersSheet(), { name: "Spend", values: TINY_SPEND_GRID }],
    });
    const preview = page.locator('[data-key="preview-spend"]');
    await expect.poll(() => preview.locator(".stat").first().textContent()).toBe("Rows3");
    await pasteTable(
      page,
      "spend",
      `${TINY_SPEND_GRID[0].join(",")}\n2024-12-10,poster,poster-A,700,20,20`,
      "append",
    );
    await expect.poll(() => preview.locator(".stat").first().textContent()).toBe("Rows4");
    const spend = () => standIn.snapshot().find((s) => s.name === "Spend")!.values;
    expect(spend()[4].slice(0, 6)).toEqual(["2024-12-10", "poster", "poster-A", 700, 20, 20]);
    await pasteTable(page, "spend", "date,channel,spend\n2024-12-11,poster,5", "replace");
    await page.locator("#replace-confirm-spend").click();
    await expect
      .poll(() => page.locator("#paste-notice-spend").textContent())
      .toBe("Replaced the rows of “Spend”: it now has 1 row.");
    await expect.poll(() => preview.locator(".stat").first().textContent()).toBe("Rows1");
    expect(spend()[1].slice(0, 3)).toEqual(["2024-12-11", "poster", 5]);
    await page.close();
  });
});
