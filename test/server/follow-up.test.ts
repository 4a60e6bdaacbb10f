import { beforeAll, describe, expect, it } from "vitest";
import { FOLLOW_UP_LISTS } from "../../src/core/follow-up";
import { columnsOf, LISTS } from "../../src/core/sections/follow-up";
import type { Lang } from "../../src/shared/lang";
import type { SheetSnapshot } from "../../src/standin";
import { fixtures } from "../support/fixtures";
import {
  buildBundle,
  fixtureSheets,
  openSpreadsheet,
  reportSheets,
  type SheetInput,
  settingsFor,
  sourcesOf,
} from "./harness";

beforeAll(buildBundle);

const fixture = (name: string) => fixtures().find((f) => f.name === name)!;

/**
 * The followUp JSON read back from the Follow-up sheet: each list's block is found by its title
 * (with the count) in column A, then its header row, then rows down to the first blank first cell.
 */
function followUpFromSheet(sheet: SheetSnapshot, lang: Lang): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const spec of LISTS) {
    const title = sheet.values.findIndex((row) => String(row[0]).startsWith(spec.title[lang]));
    const columns = columnsOf(spec.key);
    const header = title + 2;
    if (sheet.values[header]?.[0] !== columns[0][lang]) {
      json[spec.key] = null;
      continue;
    }
    expect(sheet.values[header].slice(0, columns.length)).toEqual(columns.map((c) => c[lang]));
    const rows: Record<string, unknown>[] = [];
    for (let r = header + 1; r < sheet.values.length && sheet.values[r][0] !== ""; r++) {
      rows.push(
        Object.fromEntries(
          columns.map((c, i) => {
            const value = sheet.values[r][i];
            if (c.kind === "text") return [c.key, value];
            if (c.kind === "day") return [c.key, sheet.displayValues[r][i] || null];
            return [c.key, value === "" ? null : value];
          }),
        ),
      );
    }
    json[spec.key] = rows;
  }
  return json;
}

function built(name: string, lang: Lang = "en") {
  const f = fixture(name);
  const opened = openSpreadsheet(fixtureSheets(f));
  const result = opened.server.buildWeeklyReport(settingsFor(f, lang));
  return { ...opened, result, sheet: reportSheets(opened.standIn).get("followUp")! };
}

const listsOf = (json: unknown): Record<string, unknown> =>
  Object.fromEntries(FOLLOW_UP_LISTS.map((list) => [list, (json as Record<string, unknown>)[list]]));

describe("the Follow-up sheet", () => {
  for (const f of fixtures()) {
    it(`${f.name}: holds every list of expected.json, in its order`, () => {
      expect(followUpFromSheet(built(f.name).sheet, "en")).toEqual(listsOf(f.expected.followUp));
    });
  }

  it("in Chinese, holds the same lists under Chinese titles and headers", () => {
    const { sheet } = built("community-cn", "zh");
    expect(sheet.name).toBe("跟进名单");
    expect(followUpFromSheet(sheet, "zh")).toEqual(listsOf(fixture("community-cn").expected.followUp));
  });

  it("titles each list with its count and says who is on it, right above its table", () => {
    const { sheet } = built("rules");
    expect(sheet.values.slice(0, 3).map((row) => row[0])).toEqual([
      "Silent newcomers (1)",
      "Joined this week and have not said a word since: welcome them.",
      "Member ID",
    ]);
    expect(sheet.fontWeights[0][0]).toBe("bold");
    expect(sheet.fontWeights[1][0]).toBe("normal");
    // Five tables stacked: no header row is frozen.
    expect(sheet.frozenRows).toBe(0);
  });

  it("shows the focus week and each count beside the lists", () => {
    const { sheet } = built("rules", "zh");
    const at = sheet.values[0].indexOf("关注周");
    expect(sheet.values.slice(0, 6).map((row) => row.slice(at, at + 2))).toEqual([
      ["关注周", "2024-12-09 – 2024-12-15"],
      ["沉默新人", 1],
      ["活跃未转化", 2],
      ["沉默预警", 3],
      ["本周流失", 2],
      ["本周高价值", 2],
    ]);
  });

  it("keeps nicknames and ids as written: a formula stays text, a long numeric id keeps every digit", () => {
    const members: SheetInput = {
      name: "Members",
      values: [
        ["member_id", "name", "joined_at"],
        ["0012345678901234567", "=1+1", "2024-12-02"],
        ["1234567890123456789", '=HYPERLINK("http://x")', "2024-12-03"],
      ],
    };
    const activity: SheetInput = {
      name: "Activity",
      values: [
        ["member_id", "at"],
        ["nobody", "2024-12-09"],
      ],
    };
    const { standIn, server } = openSpreadsheet([members, activity]);
    server.buildWeeklyReport({
      ...settingsFor(fixture("tiny")),
      sources: sourcesOf({ members: "Members", activity: "Activity", orders: null }),
    });
    const sheet = reportSheets(standIn).get("followUp")!;
    const silent = sheet.values.findIndex((row) => row[0] === "Silent newcomers (2)");
    expect(sheet.values.slice(silent + 3, silent + 5).map((row) => row.slice(0, 2))).toEqual([
      ["0012345678901234567", "=1+1"],
      ["1234567890123456789", '=HYPERLINK("http://x")'],
    ]);
    expect(sheet.numberFormats[silent + 3].slice(0, 4)).toEqual(["@", "@", "@", "@"]);
    expect(sheet.displayValues[silent + 4][1]).toBe('=HYPERLINK("http://x")');
  });

  describe("edge cases", () => {
    it("says which table a list needs when it is absent, and writes no table for it", () => {
      const f = fixture("tiny");
      const { standIn, server } = openSpreadsheet(fixtureSheets(f));
      const settings = settingsFor(f);
      const result = server.buildWeeklyReport({
        ...settings,
        sources: { ...settings.sources, activity: null },
      });
      const sheet = reportSheets(standIn).get("followUp")!;
      expect(sheet.values.slice(0, 3).map((row) => row[0])).toEqual([
        "Silent newcomers",
        "Needs the Activity table.",
        "",
      ]);
      expect(result.followUp!.lists.map((l) => l.count)).toEqual([null, null, null, 2, 2]);
    });

    it("keeps only the columns it fills, so long lists stay within the workbook's cell limit", () => {
      const { sheet, standIn } = built("rules");
      // Nine columns of the top buyers, the gap, and the side column's labels and values.
      expect(sheet.maxColumns).toBe(12);
      expect(sheet.maxRows).toBe(sheet.values.length + 1);
      // A sheet with charts keeps room for them to the right of its side column.
      const daily = reportSheets(standIn).get("daily")!;
      expect(daily.maxColumns).toBeGreaterThan(daily.values[0].length);
    });

    it("writes no Follow-up sheet when nothing counted", () => {
      const { standIn, server } = openSpreadsheet([
        { name: "Members", values: [["member_id", "joined_at"]] },
      ]);
      const result = server.buildWeeklyReport({
        ...settingsFor(fixture("tiny")),
        sources: sourcesOf({ members: "Members", activity: null, orders: null }),
      });
      expect(result.followUp).toBeNull();
      expect(reportSheets(standIn).has("followUp")).toBe(false);
    });
  });
});

describe("the build's follow-up counts", () => {
  it("count each list and name the row of its block, which openReportSheet selects", () => {
    const { result, sheet, server, standIn } = built("community-cn");
    const followUp = result.followUp!;
    expect([followUp.weekStart, followUp.weekEnd]).toEqual(["2024-12-09", "2024-12-15"]);
    expect(followUp.lists.map((l) => [l.key, l.label.en, l.count])).toEqual([
      ["silentNewMembers", "Silent newcomers", 16],
      ["activeNotConverted", "Active, not converted", 120],
      ["wentQuiet", "Went quiet", 59],
      ["churned", "Left this week", 14],
      ["topBuyers", "Top buyers", 37],
    ]);
    for (const list of followUp.lists) {
      expect(sheet.values[list.row - 1][0]).toBe(`${list.label.en} (${list.count})`);
    }
    expect(result.sheets.find((s) => s.kind === "followUp")!.sheetId).toBe(followUp.sheetId);

    const wentQuiet = followUp.lists[2];
    server.openReportSheet(followUp.sheetId, wentQuiet.row);
    const after = reportSheets(standIn).get("followUp")!;
    expect(after.activeRange).toBe(`A${wentQuiet.row}`);
    const active = (standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActive()
      .getActiveSheet();
    expect(active.getName()).toBe("Follow-up");
  });

  it("opening a sheet with a row it does not have opens the sheet alone", () => {
    const { result, server, standIn } = built("tiny");
    const { sheetId } = result.followUp!;
    for (const row of [0, -1, 1e9, 2.5, "A1", null]) {
      server.openReportSheet(sheetId, row as number);
      expect(reportSheets(standIn).get("followUp")!.activeRange).toBeNull();
    }
    const daily = result.sheets.find((s) => s.kind === "daily")!;
    server.openReportSheet(daily.sheetId);
    expect(reportSheets(standIn).get("daily")!.activeRange).toBeNull();
  });
});

describe("the focus week setting", () => {
  it("is saved with the settings and used by the next build, the menu's too", () => {
    const f = fixture("tiny");
    const { standIn, server } = openSpreadsheet(fixtureSheets(f));
    const first = server.buildWeeklyReport({ ...settingsFor(f), focusWeek: "2024-12-10" });
    expect(first.followUp!.weekStart).toBe("2024-12-09");
    expect(server.getSidebarState().settings.focusWeek).toBe("2024-12-10");
    server.buildReportFromMenu();
    const sheet = reportSheets(standIn).get("followUp")!;
    const counts = sheet.values[0].indexOf("Focus week");
    expect(sheet.values[0][counts + 1]).toBe("2024-12-09 – 2024-12-12");
  });

  it("refuses a focus week that is not a day, and one outside the report's days in the settings' language", () => {
    const f = fixture("tiny");
    const { standIn, server } = openSpreadsheet(fixtureSheets(f));
    expect(() => server.saveSettings({ ...settingsFor(f), focusWeek: "12/10/2024" })).toThrow(
      'The focus week "12/10/2024" is not a date of the form YYYY-MM-DD.',
    );
    expect(() => server.buildWeeklyReport({ ...settingsFor(f), focusWeek: "2025-03-03" })).toThrow(
      "The focus week of 2025-03-03 is outside the report's days (2024-12-02 – 2024-12-12): choose another week in the settings.",
    );
    expect(() => server.buildWeeklyReport({ ...settingsFor(f, "zh"), focusWeek: "2025-03-03" })).toThrow(
      "关注周（2025-03-03 当周）不在报告的日期范围内（2024-12-02 – 2024-12-12）：请在设置中另选一周。",
    );
    expect(reportSheets(standIn).size).toBe(0);
  });

  it("reads settings saved before it existed as the latest complete week", () => {
    const f = fixture("tiny");
    const { server } = openSpreadsheet(fixtureSheets(f));
    const { focusWeek, ...older } = settingsFor(f);
    void focusWeek;
    expect(server.saveSettings(older as never).focusWeek).toBeNull();
  });
});
