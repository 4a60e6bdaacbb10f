import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { type OpenOptions, openSidebar } from "./harness";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

const MEMBERS = {
  name: "Members",
  values: [
    ["成员ID", "入群时间", "所在群", "入群渠道", "城市", "会员等级"],
    ["u1", "2024-12-02", "VIP群", "海报", "深圳", "金卡"],
    ["u2", "2024-12-03", "福利群", "公众号", "", "银卡"],
    ["u3", "2024-12-10", "VIP群", "海报", "上海", "金卡"],
  ],
};

/** The sidebar on `sheets`, opened again after "Compare by" was saved as `by`. */
async function reopenedWith(sheets: OpenOptions["sheets"], by: string, locale?: OpenOptions["locale"]) {
  const opened = await openSidebar(browser, { sheets, locale });
  (opened.server.saveSettings as (s: unknown) => unknown)({
    ...(opened.server.getSidebarState() as { settings: object }).settings,
    by,
  });
  await opened.page.reload();
  return opened;
}

/** The choices of the Compare by field, once the members preview has named the columns. */
async function choices(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator("#compare-by option").count()).toBeGreaterThan(1);
  return page.locator("#compare-by option").allTextContents();
}

describe("the sidebar's Compare by setting", () => {
  it("offers group, channel and the members sheet's other columns, and builds the sheet of the one chosen", async () => {
    const { page, server } = await openSidebar(browser, { sheets: [MEMBERS] });
    expect(await page.locator("label[for=compare-by]").textContent()).toBe("Compare by");
    expect(await choices(page)).toEqual([
      "No comparison",
      "Group (所在群)",
      "Channel (入群渠道)",
      "城市",
      "会员等级",
    ]);
    await page.locator("#compare-by").selectOption("城市");
    await page.locator("#settings-save").click();
    await expect.poll(() => page.locator("#settings-status").textContent()).toBe("Settings saved.");
    expect((server.getSidebarState() as { settings: { by: string } }).settings.by).toBe("城市");
    await page.locator("#build-button").click();
    await expect.poll(() => page.locator(".sheet-link").allTextContents()).toContain("By 城市");
    await page.locator("#compare-by").selectOption("channel");
    await page.locator("#build-button").click();
    await expect.poll(() => page.locator(".sheet-link").allTextContents()).toContain("By channel");
    expect(await page.locator(".sheet-link").allTextContents()).not.toContain("By 城市");
    await page.close();
  });

  it("names the breakdown sheet in the build hint as the build will write it, and only when one is asked for", async () => {
    const { page } = await openSidebar(browser, { sheets: [MEMBERS] });
    const hint = page.locator(".build-hint");
    await choices(page);
    expect(await hint.textContent()).not.toMatch(/Breakdown|By /);
    await page.locator("#compare-by").selectOption("城市");
    expect(await hint.textContent()).toContain(", By 城市, ");
    await page.close();
  });

  it("shows the saved choice when the sidebar opens again, once the preview has named the columns", async () => {
    const { page } = await reopenedWith([MEMBERS], "城市");
    expect(await choices(page)).toContain("城市");
    expect(await page.locator("#compare-by").inputValue()).toBe("城市");
    await page.close();
  });

  it("names a saved group or channel the members sheet lacks by its label, not the engine's key", async () => {
    const noChannel = { name: "Members", values: MEMBERS.values.map((row) => row.filter((_, i) => i !== 3)) };
    const { page } = await reopenedWith([noChannel], "channel");
    expect(await choices(page)).toContain("Channel (not found)");
    await page.close();
  });

  it("speaks Chinese, and marks a saved column the members sheet no longer has", async () => {
    const { page } = await reopenedWith([MEMBERS], "省份", "zh_CN");
    expect(await page.locator("label[for=compare-by]").textContent()).toBe("分群对比");
    expect(await choices(page)).toEqual([
      "不对比",
      "省份（未找到）",
      "群（所在群）",
      "渠道（入群渠道）",
      "城市",
      "会员等级",
    ]);
    await page.locator("#build-button").click();
    await expect
      .poll(() => page.locator("#build-error").textContent())
      .toContain("成员表「Members」中没有可用于分群对比的列「省份」");
    await page.close();
  });
});
