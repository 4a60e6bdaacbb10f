import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser";
import { TINY_SPEND } from "../support/spend";
import { gate, openSidebar, pasteTable, TINY, tinyMembersSheet, tinyText } from "./harness";

interface ExpectedWeek {
  weekStart: string;
  weekEnd: string;
  complete: boolean;
  totalMembers: number;
  activeRate: number | null;
  convertedMembers: number | null;
  gmv: number | null;
  gmvWowGrowth: number | null;
}

const expected = JSON.parse(readFileSync(join(TINY, "expected.json"), "utf8")) as {
  weekly: ExpectedWeek[];
  purchases: { weekStart: string; repeatRate: number | null; gmvPerBuyer: number | null }[];
  problems: unknown[];
};
const latestComplete = expected.weekly.filter((week) => week.complete).at(-1)!;
const latestPurchases = expected.purchases.find((week) => week.weekStart === latestComplete.weekStart)!;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** The sidebar on two members who joined on 2024-12-02 and `orders` (member_id, paid_at, amount). */
function twoBuyers(orders: string[][]) {
  const members = [
    ["member_id", "joined_at"],
    ["a", "2024-12-02"],
    ["b", "2024-12-02"],
  ];
  return openSidebar(browser, {
    sheets: [
      { name: "Members", values: members },
      { name: "Orders", values: [["member_id", "paid_at", "amount"], ...orders] },
    ],
  });
}

describe("the sidebar against the built server", () => {
  it("pastes the tables, previews them and builds the report with the latest complete week's headline", async () => {
    const { page, standIn, calls, dialogs, errors } = await openSidebar(browser);

    await pasteTable(page, "members", tinyText("members"));
    await expect.poll(() => page.locator("#paste-notice-members").textContent()).toContain("6 rows");
    const preview = page.locator('[data-key="preview-members"]');
    await expect.poll(() => preview.locator(".badge").textContent()).toBe("Ready");
    expect(await preview.locator(".stat").first().textContent()).toBe("Rows6");
    expect(await preview.locator(".mapping tbody tr").allTextContents()).toEqual([
      "Member IDmember_id",
      "Nicknamename",
      "Joinedjoined_at",
      "Leftleft_at",
      "Channelchannel",
    ]);
    expect(await preview.locator(".stat dd").nth(2).textContent()).toBe("2024-12-02 – 2024-12-11");

    await pasteTable(page, "activity", tinyText("activity"));
    await expect.poll(() => page.locator("#paste-notice-activity").textContent()).toContain("7 rows");
    await pasteTable(page, "orders", tinyText("orders"));
    await expect.poll(() => page.locator("#paste-notice-orders").textContent()).toContain("7 rows");
    await pasteTable(page, "spend", TINY_SPEND);
    await expect.poll(() => page.locator("#paste-notice-spend").textContent()).toContain("3 rows");

    await page.locator("#build-button").click();
    const headline = page.locator("#headline");
    await headline.waitFor();
    // The tiny example's latest complete week, as expected.json has it and as people read it.
    expect(latestComplete).toMatchObject({
      totalMembers: 2,
      activeRate: 1.5,
      convertedMembers: 2,
      gmv: 298.5,
    });
    expect(await headline.locator(".headline-week").textContent()).toBe("2024-12-02 – 2024-12-08");
    expect(await page.locator("#metric-totalMembers").textContent()).toBe("2");
    expect(await page.locator("#metric-activeRate").textContent()).toBe("150.0%");
    expect(await page.locator("#metric-convertedMembers").textContent()).toBe("2");
    expect(await page.locator("#metric-gmv").textContent()).toBe("298.50");
    expect(latestPurchases).toMatchObject({ repeatRate: 0, gmvPerBuyer: 149.25 });
    expect(await page.locator("#metric-repeatRate").textContent()).toBe("0.0%");
    expect(await page.locator("#metric-gmvPerBuyer").textContent()).toBe("149.25");
    expect(await page.locator("#absent-sheets").count()).toBe(0);
    // Labelled as the report labels them.
    expect(await page.locator("#headline dt").allTextContents()).toEqual([
      "Total members",
      "Active rate",
      "Converted members",
      "GMV",
      "Repeat rate",
      "GMV per buyer",
    ]);
    // The first week of the report has no week before it to compare with.
    expect(await page.locator('[data-key="metric-gmv"] .delta').getAttribute("class")).toContain(
      "delta-none",
    );
    expect(expected.problems).toEqual([]);
    expect(await page.locator("#build-skipped").textContent()).toBe("No rows were skipped.");

    // The headline is scrolled into view after the build, not left below the fold.
    const headlineTop = await page
      .locator("#headline")
      .evaluate((el) => [el.getBoundingClientRect().top, window.innerHeight]);
    expect(headlineTop[0]).toBeGreaterThanOrEqual(0);
    expect(headlineTop[0]).toBeLessThan(headlineTop[1]);

    const links = page.locator(".sheet-links a");
    expect(await links.allTextContents()).toEqual([
      "Weekly report",
      "Daily",
      "Funnel",
      "Purchases",
      "Retention",
      "Follow-up",
      "Channels",
      "Data problems",
    ]);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      expect(href).toMatch(/^#gid=\d+$/);
    }
    // In Sheets the sidebar is a sandboxed frame: the link asks the server to open the sheet.
    await links.filter({ hasText: "Daily" }).click();
    await expect.poll(() => calls.includes("openReportSheet")).toBe(true);
    expect(
      (standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
        .getActive()
        .getActiveSheet()
        .getName(),
    ).toBe("Daily");
    expect(calls.filter((name) => name === "buildWeeklyReport")).toHaveLength(1);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a week-on-week rise as a green ▲ and a fall as a red ▼", async () => {
    const { page } = await twoBuyers([
      ["a", "2024-12-03", "100"],
      ["a", "2024-12-10", "150"],
      ["b", "2024-12-10", "50"],
      ["a", "2024-12-17", "20"],
      ["a", "2024-12-24", "1"],
    ]);
    await page.locator("#range-to").fill("2024-12-15");
    await page.locator("#build-button").click();
    await page.locator("#headline").waitFor();
    // Week of 12-09: GMV 200 after 100 (▲ 100.0%), converted 2 after 1 (▲ 100.0%).
    const gmv = page.locator('[data-key="metric-gmv"] .delta');
    expect(await gmv.getAttribute("class")).toContain("delta-up");
    expect(await gmv.textContent()).toBe("▲100.0% up on the previous week");
    expect(await gmv.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(24, 128, 56)");

    await page.locator("#range-to").fill("2024-12-22");
    await page.locator("#build-button").click();
    await page.locator("#headline").waitFor();
    await expect.poll(() => page.locator(".headline-week").textContent()).toBe("2024-12-16 – 2024-12-22");
    expect(await gmv.textContent()).toBe("▼90.0% down on the previous week");
    expect(await gmv.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(197, 34, 31)");
    await page.close();
  });

  it("says a change from a week of 0 cannot be shown, not that there is no earlier week", async () => {
    // Nothing bought in the week of 12-02, 150 in the week of 12-09.
    const { page } = await twoBuyers([
      ["a", "2024-12-10", "100"],
      ["b", "2024-12-11", "50"],
    ]);
    await page.locator("#range-to").fill("2024-12-15");
    await page.locator("#build-button").click();
    await page.locator("#headline").waitFor();
    expect(await page.locator('[data-key="metric-gmv"] .delta').textContent()).toBe(
      "— no change to show: the week before had 0",
    );
    expect(await page.locator("#headline .hint").textContent()).toBe(
      "Arrows compare with the week before; a dash: it had 0, so there is no change to show.",
    );
    await page.close();
  });

  it("says which report sheets a build left out and which table each needs", async () => {
    const activity = tinyText("activity")
      .trim()
      .split("\n")
      .map((line) => line.split(","));
    const { page } = await openSidebar(browser, {
      sheets: [tinyMembersSheet(), { name: "Activity", values: activity }],
    });
    await page.locator("#build-button").click();
    await page.locator("#headline").waitFor();
    expect(await page.locator(".sheet-links a").allTextContents()).not.toContain("Purchases");
    expect(await page.locator("#absent-sheets").textContent()).toBe(
      "Not in this report:Purchases: needs the Orders tableChannels: needs the Spend table",
    );
    // Without orders the headline's order values are empty, not 0.
    expect(await page.locator("#metric-repeatRate").textContent()).toBe("—");
    expect(await page.locator("#metric-gmvPerBuyer").textContent()).toBe("—");
    // Said again in the language the sidebar switches to.
    await page.locator("#lang").selectOption("zh");
    expect(await page.locator("#absent-sheets").textContent()).toBe(
      "本次未生成：购买复购：需要订单表渠道投放：需要投放表",
    );
    await page.close();
  });

  it("appends to a data sheet that holds rows unless Replace is chosen, and Replace first says what it deletes", async () => {
    const { page, standIn } = await openSidebar(browser);
    await pasteTable(page, "members", tinyText("members"));
    await expect.poll(() => page.locator("#paste-notice-members").textContent()).toContain("6 rows");
    const members = (): unknown[][] => standIn.snapshot().find((sheet) => sheet.name === "Members")!.values;

    // The weekly habit is the default: Append is chosen before anything is saved.
    await page.locator("#paste-toggle-members").click();
    expect(await page.locator("#mode-members-append").isChecked()).toBe(true);
    expect(await page.locator("#mode-members-replace").isChecked()).toBe(false);
    await pasteTable(
      page,
      "members",
      "member_id,name,joined_at,left_at,channel\nu9,Ivy,2024-12-12,,poster\n",
    );
    await expect
      .poll(() => page.locator("#paste-notice-members").textContent())
      .toBe("Added 1 row to “Members”.");
    expect(members()).toHaveLength(8);

    const replacement = "member_id,name,joined_at,left_at,channel\nu1,Ann,2024-12-02,,poster\n";
    await pasteTable(page, "members", replacement, "replace");
    const confirmation = page.locator("#replace-text-members");
    await expect
      .poll(() => confirmation.textContent())
      .toBe("Replace deletes the 7 rows of “Members” before it saves the pasted rows.");
    expect(members()).toHaveLength(8);
    await page.locator("#replace-cancel-members").click();
    expect(await confirmation.count()).toBe(0);
    expect(members()).toHaveLength(8);

    await page.locator("#paste-save-members").click();
    await page.locator("#replace-confirm-members").click();
    await expect
      .poll(() => page.locator("#paste-notice-members").textContent())
      .toBe("Replaced the rows of “Members”: it now has 1 row.");
    expect(members()).toHaveLength(2);
    await page.close();
  });

  it("sends a large paste in parts that land in order", async () => {
    const { page, standIn, calls } = await openSidebar(browser);
    const rows = Array.from({ length: 60_000 }, (_, i) => `member${String(i).padStart(6, "0")},2024-12-02`);
    await pasteTable(page, "members", `member_id,joined_at\n${rows.join("\n")}\n`);
    await expect
      .poll(() => page.locator("#paste-notice-members").textContent(), { timeout: 30_000 })
      .toBe("Saved 60,000 rows to the new sheet “Members”.");
    expect(calls.filter((name) => name === "savePastedTable").length).toBeGreaterThan(1);
    const ids = standIn
      .snapshot()
      .find((sheet) => sheet.name === "Members")!
      .values.map((row) => row[0]);
    expect(ids).toEqual(["member_id", ...rows.map((row) => row.split(",")[0])]);
    await page.close();
  });

  it("names a missing required column and the headers it found", async () => {
    const { page } = await openSidebar(browser, {
      sheets: [
        {
          name: "Export",
          values: [
            ["member_id", "nickname"],
            ["u1", "Alice"],
          ],
        },
      ],
    });
    await page.locator("#source-members").selectOption("Export");
    const error = page.locator("#preview-members-error");
    await error.waitFor();
    const text = await error.textContent();
    expect(text).toContain("joined_at");
    expect(text).toContain("nickname");
    expect(await page.locator('[data-key="preview-members"] .badge').textContent()).toBe("Needs a fix");

    // Pasted rows without the column are refused with the same kind of message, and nothing is saved.
    await pasteTable(page, "members", "member_id,name\nu1,Alice\n");
    await expect.poll(() => page.locator("#paste-error-members").textContent()).toContain("joined_at");

    // Building with that sheet fails readably, and the sidebar stays usable.
    await page.locator("#build-button").click();
    await expect.poll(() => page.locator("#build-error").textContent()).toContain("joined_at");
    expect(await page.locator("#build-button").isEnabled()).toBe(true);
    await page.close();
  });

  it("says how many staff accounts its role column leaves out, and which columns it keeps", async () => {
    const { page } = await openSidebar(browser, {
      locale: "zh_CN",
      sheets: [
        {
          name: "成员",
          values: [
            ["成员ID", "入群时间", "角色", "城市"],
            ["u1", "2024-12-02", "成员", "深圳"],
            ["a1", "2024-12-02", "群主", "深圳"],
            ["b1", "2024-12-02", "机器人", ""],
          ],
        },
      ],
    });
    const preview = page.locator('[data-key="preview-members"]');
    await expect
      .poll(() => preview.locator(".staff-note").textContent())
      .toBe("已按角色排除 2 个工作人员和机器人账号，不计入任何数据。");
    expect(await preview.locator(".mapping tbody tr").last().textContent()).toBe("角色角色");
    expect(await preview.locator(".other-columns").textContent()).toBe(
      "其他列（保留，可用于分群对比）：城市",
    );
    await page.close();
  });

  it("wraps a long header without spaces inside the 300 px panel, which never scrolls sideways", async () => {
    const long = "ThisIsAVeryLongCustomColumnHeaderWithoutAnySpacesAtAll";
    const { page } = await openSidebar(browser, {
      sheets: [
        {
          name: "Members",
          values: [
            ["member_id", "joined_at", long],
            ["u1", "2024-12-02", "x"],
          ],
        },
      ],
    });
    const others = page.locator('[data-key="preview-members"] .other-columns');
    await expect.poll(() => others.textContent()).toContain(long);
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBe(widths[1]);
    await page.close();
  });

  it("shows markup in sheet names, headers and values as text", async () => {
    const nasty = '<img src=x onerror="window.__pwned=1">';
    const script = "<script>window.__pwned=2</script>";
    const { page, dialogs, errors } = await openSidebar(browser, {
      sheets: [
        {
          name: nasty,
          values: [
            ["member_id", "joined_at", "name", script],
            [script, nasty, nasty, "x"],
            ["u2", "2024-12-02", '<img src=y onerror="alert(1)">', "y"],
          ],
        },
      ],
    });
    await page.locator("#source-members").selectOption(nasty);
    const preview = page.locator('[data-key="preview-members"]');
    await expect.poll(() => preview.locator(".problem-value").first().textContent()).toBe(nasty);
    expect(await preview.locator(".sheet-name").textContent()).toBe(`Sheet “${nasty}”`);
    expect(await page.locator("#source-members option:checked").textContent()).toContain(nasty);
    await page.locator("#build-button").click();
    await page.locator("#build-result").waitFor();
    expect(await page.locator("#build-skipped").textContent()).toBe("Skipped rows: 1 · See Data problems");

    expect(await page.evaluate(() => document.querySelectorAll("img").length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll("script").length)).toBe(1);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("disables the build button while the build runs, so it cannot run twice", async () => {
    const hold = gate();
    const { page, calls } = await openSidebar(browser, {
      sheets: [tinyMembersSheet()],
      beforeCall: (name) => (name === "buildWeeklyReport" ? hold.promise : undefined),
    });
    const button = page.locator("#build-button");
    await button.click();
    await expect.poll(() => button.isDisabled()).toBe(true);
    expect(await button.getAttribute("aria-busy")).toBe("true");
    expect(await page.locator("#build-status").textContent()).toContain("Building the weekly report");
    expect(await button.locator(".spinner").count()).toBe(1);
    await button.click({ force: true });
    await button.press("Enter");
    hold.open();
    await page.locator("#headline").waitFor();
    expect(await button.isEnabled()).toBe(true);
    expect(await button.getAttribute("aria-busy")).toBe("false");
    expect(calls.filter((name) => name === "buildWeeklyReport")).toHaveLength(1);
    await page.close();
  });

  it("switches to Chinese labels and saves the language with the document", async () => {
    const { page, server } = await openSidebar(browser);
    expect(await page.locator("#data-title").textContent()).toBe("1Data");
    await page.locator("#lang").selectOption("zh");
    expect(await page.locator("#data-title").textContent()).toBe("1数据");
    expect(await page.locator("#build-button").textContent()).toBe("生成周报");
    expect(await page.locator("#settings-title").textContent()).toBe("3设置");
    expect(await page.locator("label[for=window-days]").textContent()).toBe("漏斗观察期");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await expect
      .poll(() => (server.getSidebarState() as { settings: { lang: string } }).settings.lang)
      .toBe("zh");
    // Pasted rows now go to the Chinese data sheet.
    expect(await page.locator("#paste-save-members").textContent()).toBe("保存到“成员”");
    await page.close();
  });

  it("opens in Chinese for a zh spreadsheet", async () => {
    const { page } = await openSidebar(browser, { locale: "zh_CN" });
    expect(await page.locator("#build-button").textContent()).toBe("生成周报");
    expect(await page.locator("#lang").inputValue()).toBe("zh");
    await page.close();
  });

  it("reaches the build button with Tab and builds with Enter", async () => {
    const { page } = await openSidebar(browser, {
      sheets: [tinyMembersSheet()],
    });
    await page.locator("#preview-members-title").waitFor();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press("Tab");
      reached = await page.evaluate(() => document.activeElement?.id === "build-button");
    }
    expect(reached).toBe(true);
    // The focus ring is visible when reached from the keyboard.
    expect(await page.locator("#build-button").evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe(
      "none",
    );
    await page.keyboard.press("Enter");
    await page.locator("#headline").waitFor();
    // Focus comes back to the button once it is enabled again.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("build-button");
    await page.close();
  });

  it("checks the settings before saving or building", async () => {
    const { page } = await openSidebar(browser, {
      sheets: [tinyMembersSheet()],
    });
    await page.locator("#window-days").fill("120");
    expect(await page.locator("#window-error").textContent()).toContain("1 to 90");
    expect(await page.locator("#window-days").getAttribute("aria-invalid")).toBe("true");
    await page.locator("#build-button").click();
    expect(await page.locator("#build-error").textContent()).toContain("Fix the settings first");

    await page.locator("#window-days").fill("3");
    await page.locator("#week-sunday").check();
    await page.locator("#settings-save").click();
    await expect.poll(() => page.locator("#settings-status").textContent()).toBe("Settings saved.");
    await page.close();
  });
});
