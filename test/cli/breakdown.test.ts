import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { worksheetName } from "../../src/cli/render-files";
import {
  type BreakdownJson,
  breakdownDifferences,
  INSIGHTS_EXPECTED,
  INSIGHTS_FIXTURE,
} from "../support/breakdown";
import { cli, tmp } from "../support/cli";
import { tableFlags } from "../support/fixtures";

const tables = tableFlags(INSIGHTS_FIXTURE);
const report = (...args: string[]) => cli(["report", ...tables, "--tz", "Asia/Shanghai", ...args]);

describe("community-funnel report --by", () => {
  it("--by channel prints the example's breakdown, also with the activity read on two threads", () => {
    const envs: Record<string, string>[] = [{}, { COMMUNITY_FUNNEL_SPLIT_FROM: "1" }];
    for (const env of envs) {
      const { code, stdout } = cli(
        ["report", ...tables, "--tz", "Asia/Shanghai", "--by", "channel", "--format", "json"],
        env,
      );
      expect(code).toBe(0);
      const { breakdown } = JSON.parse(stdout) as { breakdown: BreakdownJson };
      expect(breakdownDifferences(INSIGHTS_EXPECTED.breakdown, breakdown)).toEqual([]);
    }
  });

  it("prints the latest complete week side by side, a row per segment, above the weekly rows", () => {
    const { code, stdout } = report("--by", "channel");
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const title = lines.indexOf("By channel · latest complete week 2025-04-14 – 2025-04-20");
    expect(title).toBeGreaterThan(0);
    expect(lines[title + 1]).toMatch(/^Segment\s+Week start\s+Week end\s+Complete week\s+Total members/);
    const week = INSIGHTS_EXPECTED.breakdown.weekly.filter((r) => r.weekStart === "2025-04-14");
    expect(lines.slice(title + 3, title + 3 + week.length).map((l) => l.split(/\s+/)[0])).toEqual(
      INSIGHTS_EXPECTED.breakdown.segments,
    );
    expect(lines[title + 3 + week.length]).toBe("");
    expect(lines[title + 4 + week.length]).toBe("By channel · every week");
    expect(stdout).toContain("By channel · new-member funnel");
  });

  it("writes the breakdown's tables as CSV files and workbook sheets", async () => {
    const dir = tmp();
    expect(report("--by", "城市", "--format", "csv", "--out", dir).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith("breakdown"))).toEqual([
      "breakdownFunnel.csv",
      "breakdownLatest.csv",
      "breakdownWeekly.csv",
    ]);
    expect(readFileSync(join(dir, "breakdownWeekly.csv"), "utf8").split("\r\n")[1]).toMatch(
      /^上海,2025-03-03,/,
    );
    const path = join(dir, "report.xlsx");
    expect(report("--by", "城市", "--format", "xlsx", "--out", path, "--lang", "zh").code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((s) => s.name)).toContain("按城市 · 每周数据");
  });

  it("names the headers of the members table when no column matches, in one line, exit code 2", () => {
    const { code, stderr } = report("--by", "省份");
    expect(code).toBe(2);
    expect(stderr).toBe(
      'community-funnel: members: no column "省份" to compare by (headers found: 成员ID, 群昵称, 入群时间, ' +
        "退群时间, 所在群, 入群渠道, 城市, 会员等级, 角色)\n",
    );
    expect(report("--by", "省份", "--lang", "zh").stderr).toBe(
      "community-funnel: 成员表：没有可用于分群对比的列「省份」（找到的表头：成员ID、群昵称、入群时间、" +
        "退群时间、所在群、入群渠道、城市、会员等级、角色）\n",
    );
  });

  describe("edge cases", () => {
    it("wants a field after --by, and --help lists the flag", () => {
      const blank = report("--by", " ");
      expect([blank.code, blank.stderr.trim()]).toEqual([
        2,
        "community-funnel: --by needs a field: group, channel or a column of the members table",
      ]);
      expect(cli(["--help"]).stdout).toContain("--by FIELD");
    });

    it("is an error to compare by channel when no column of the members table is one", () => {
      const dir = tmp();
      writeFileSync(join(dir, "m.csv"), "member_id,joined_at,城市\nu1,2024-12-02,深圳\n");
      const { code, stderr } = cli([
        "report",
        "--members",
        join(dir, "m.csv"),
        "--by",
        "channel",
        "--tz",
        "UTC",
      ]);
      expect([code, stderr]).toEqual([
        2,
        "community-funnel: members: no channel column to compare by (headers found: member_id, joined_at, 城市)\n",
      ]);
    });

    it("makes workbook sheet names of any header: no * ? : \\ / [ ], at most 31 characters, none twice", () => {
      expect(worksheetName("By 城市/区 · every week", [])).toBe("By 城市_区 · every week");
      const long = `By ${"x".repeat(40)}`;
      expect(worksheetName(long, [])).toHaveLength(31);
      expect(worksheetName(long, [long.slice(0, 31)])).toBe(`${long.slice(0, 27)} (2)`);
      expect(worksheetName("'quoted'", [])).toBe("quoted");
      // Cut at a word's end, never through a date range.
      expect(worksheetName("分群对比 · 最近完整周 2025-04-14 – 2025-04-20", [])).toBe(
        "分群对比 · 最近完整周",
      );
      expect(worksheetName("Totals per channel 2025-03-03 – 2025-04-20", [])).toBe("Totals per channel");
      expect(worksheetName("By group · latest complete week 2025-04-14 – 2025-04-20", [])).toBe(
        "By group · latest complete week",
      );
      expect(
        worksheetName("By group · latest complete week 2025-04-14", ["By group · latest complete week"]),
      ).toBe("By group · latest complete (2)");
    });
  });
});
