import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { openSidebar, pasteTable } from "./harness";

const CONTENT = readFileSync(
  join(import.meta.dirname, "..", "fixtures", "insights-cn", "content.csv"),
  "utf8",
);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("the Content table in the sidebar", () => {
  it("pastes a content export into 内容, previews its columns and skipped rows, and builds 内容表现", async () => {
    const { page, standIn, dialogs, errors } = await openSidebar(browser, { locale: "zh_CN" });
    const card = page.locator('[data-key="data-content"]');
    expect(await card.locator(".card-title").textContent()).toBe("内容");
    expect(await card.locator(".chip").textContent()).toBe("可选");

    await pasteTable(page, "members", "成员ID,入群时间\nu1,2025-03-03\n");
    await page.locator("#paste-notice-members:not(:empty)").waitFor();
    await pasteTable(page, "content", CONTENT);
    await expect.poll(() => page.locator("#paste-notice-content").textContent()).toContain("98");
    expect(standIn.snapshot().map((s) => s.name)).toContain("内容");

    const preview = page.locator('[data-key="preview-content"]');
    await expect.poll(() => preview.locator(".stat dd").nth(1).textContent()).toBe("3");
    expect(await preview.locator(".mapping tbody tr").allTextContents()).toEqual([
      "内容ID内容ID",
      "发布时间发布时间",
      "类型类型",
      "标题标题",
      "阅读量阅读量",
      "点赞数点赞数",
      "评论数评论数",
      "转发数转发数",
    ]);
    expect(await preview.locator(".stat dd").nth(2).textContent()).toBe("2025-03-03 至 2025-04-20");
    expect(await preview.locator(".problems li").allTextContents()).toEqual([
      "第 8 行 · 发布时间昨天不是日期",
      "第 13 行 · 点赞数-1不是整数",
      "第 99 行 · 阅读量1.2万不是整数",
    ]);

    await page.locator("#build-button").click();
    await page.locator("#headline, #build-result").first().waitFor();
    await expect
      .poll(() => page.locator(".sheet-links a").allTextContents())
      .toEqual(["周报", "每日数据", "漏斗", "跟进名单", "内容表现", "数据问题"]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
