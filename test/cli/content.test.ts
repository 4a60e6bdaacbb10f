import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { workerShare } from "../../src/cli/activity-worker";
import type { ReportJson } from "../../src/core/json";
import { cli as run, tmp } from "../support/cli";
import { contentPart, differences, fixtures } from "../support/fixtures";

const INSIGHTS = join(import.meta.dirname, "..", "fixtures", "insights-cn");
const CONTENT = join(INSIGHTS, "content.csv");
const tiny = fixtures().find((f) => f.name === "tiny")!;
const cli = (args: string[], env: Record<string, string> = {}) => run(["report", ...args], env);

/** The posts of insights-cn with a members table of one member who joined on its first day. */
function members(): string {
  const path = join(tmp(), "members.csv");
  writeFileSync(path, "member_id,joined_at\nu1,2025-03-03\n");
  return path;
}

describe("community-funnel report --content FILE", () => {
  it("insights-cn: prints the example's content section, its re-exports and its problems in the JSON", () => {
    const { code, stdout } = cli([
      "--members",
      members(),
      "--content",
      CONTENT,
      "--tz",
      "Asia/Shanghai",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as ReportJson;
    const expected = JSON.parse(readFileSync(join(INSIGHTS, "expected.json"), "utf8")) as ReportJson;
    const bad: string[] = [];
    differences("report", "report", contentPart(expected), contentPart(json), bad);
    expect(bad).toEqual([]);
    expect(Object.keys(json).slice(-3)).toEqual(["content", "excluded", "problems"]);
  });

  it("prints the weekly table, the types and the top posts, and says which rows it skipped", () => {
    const { stdout, stderr } = cli(["--members", members(), "--content", CONTENT, "--tz", "Asia/Shanghai"]);
    expect(stdout).toContain("Content per week");
    expect(stdout).toMatch(
      /2025-03-03\s+2025-03-09\s+yes\s+12\s+4,894\s+143\s+54\s+32\s+229\s+4\.7%\s+407\.83\s+19\.08/,
    );
    // The posts without a type are named, as the breakdown names its blank segment (the JSON has "").
    expect(stdout).toMatch(/Content by type\n.*\n.*\n\(blank\)\s+20\s+9,649\s/);
    expect(stdout).toMatch(/Top posts\n.*\n.*\nP0020\s+2025-03-14\s+\(blank\)\s+<b>限时秒杀<\/b>\s+1,528/);
    expect(stdout).toMatch(/Re-exported post rows \(the last one counts\)\s+10/);
    expect(stderr).toContain('content row 99, 阅读量 (views) "1.2万": not a whole number');
  });

  it("writes the content tables as CSV files and xlsx sheets, titles kept from running as formulas", async () => {
    const dir = tmp();
    expect(
      cli(["--members", members(), "--content", CONTENT, "--tz", "UTC", "--format", "csv", "--out", dir])
        .code,
    ).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith("content"))).toEqual([
      "contentByType.csv",
      "contentTop.csv",
      "contentWeekly.csv",
    ]);
    expect(readFileSync(join(dir, "contentTop.csv"), "utf8")).toContain(
      `,"'=HYPERLINK(""http://x"",""点我"")",`,
    );
    const path = join(tmp(), "report.xlsx");
    expect(
      cli(["--members", members(), "--content", CONTENT, "--tz", "UTC", "--format", "xlsx", "--out", path])
        .code,
    ).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Weekly report",
      "Daily",
      "Funnel",
      "Follow-up",
      "Content per week",
      "Content by type",
      "Top posts",
      "Data problems",
      "Excluded",
    ]);
    const weekly = book.getWorksheet("Content per week")!;
    expect(weekly.getCell("J2").numFmt).toBe("0.0%");
    expect(weekly.getCell("K2").numFmt).toBe("#,##0.00");
  });

  it("prints the same content with the activity export cut across two threads, cut further in", () => {
    const args = [
      "--members",
      members(),
      "--content",
      CONTENT,
      "--activity",
      tiny.files.activity!,
      "--tz",
      "UTC",
    ];
    const json = (env: Record<string, string>) => JSON.parse(cli([...args, "--format", "json"], env).stdout);
    expect(json({ COMMUNITY_FUNNEL_SPLIT_FROM: "1" })).toEqual(json({}));
    // This thread reads the content too: the worker takes half of its bytes' worth more activity.
    expect(workerShare(18_600_000, 0)).toBe(0.75);
    expect(workerShare(18_600_000, 4_100_000)).toBeCloseTo(0.86, 2);
    expect(workerShare(1000, 1_000_000)).toBe(0.9);
  });

  it("lists --content in --help", () => {
    expect(run(["--help"]).stdout).toContain("[--content FILE]");
  });

  describe("edge cases", () => {
    it("stops, naming the columns it needs, for a content file with none of views, likes, comments and shares", () => {
      const path = join(tmp(), "content.csv");
      writeFileSync(path, "post_id,posted_at,title\np1,2025-03-03,Hi\n");
      const r = cli(["--members", tiny.files.members!, "--content", path, "--tz", "UTC"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^community-funnel: content: no views, likes, comments or shares column/);
    });
  });
});
