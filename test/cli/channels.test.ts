import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ReportJson } from "../../src/core/json";
import { INSIGHTS_EXPECTED, INSIGHTS_FIXTURE } from "../support/breakdown";
import { cli } from "../support/cli";
import { reportDifferences, tableFlags } from "../support/fixtures";

const report = (...args: string[]) =>
  cli(["report", ...tableFlags(INSIGHTS_FIXTURE), "--tz", "Asia/Shanghai", ...args]);
const tmp = (): string => mkdtempSync(join(tmpdir(), "cf-channels-"));

describe("community-funnel report --spend", () => {
  it("prints the example's channels and spend problems in the JSON, also with the activity read on two threads", () => {
    const envs: Record<string, string>[] = [{}, { COMMUNITY_FUNNEL_SPLIT_FROM: "1" }];
    for (const env of envs) {
      const { code, stdout } = cli(
        [
          "report",
          ...tableFlags(INSIGHTS_FIXTURE),
          "--tz",
          "Asia/Shanghai",
          "--by",
          "channel",
          "--format",
          "json",
        ],
        env,
      );
      expect(code).toBe(0);
      expect(reportDifferences(INSIGHTS_EXPECTED, JSON.parse(stdout) as ReportJson)).toEqual([]);
    }
  });

  it("prints the totals per channel, then every week per channel, ROI as a multiple beside net ROI as a percentage", () => {
    const { code, stdout } = report();
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const totals = lines.indexOf("Totals per channel 2025-03-03 – 2025-04-20");
    const weekly = lines.indexOf("Every week per channel");
    expect(totals).toBeGreaterThan(0);
    expect(weekly).toBe(totals + 3 + INSIGHTS_EXPECTED.channels.totals.length + 1);
    expect(lines[totals + 1]).toMatch(
      /^Channel\s+From\s+To\s+Complete\s+Window \(days\)\s+Impressions\s+Clicks\s+Spend\s+CTR\s+CPC\s+CPM/,
    );
    expect(lines[totals + 1]).toMatch(/ROI \(GMV ÷ spend\)\s+Net ROI \(\(GMV − spend\) ÷ spend\)$/);
    const wechat = lines[totals + 4];
    expect(wechat).toMatch(
      /^公众号\s+2025-03-03\s+2025-04-20\s+no\s+7\s+117,294\s+2,457\s+4,426\.18\s+2\.1%\s+1\.80\s+37\.74\s+95\s/,
    );
    expect(wechat).toMatch(/\s46\.59\s+16\s+16\.8%\s+276\.64\s+6,868\.00\s+1\.55x\s+55\.2%$/);
    expect(lines[weekly + 3]).toMatch(
      /^信息流\s+2025-03-03\s+2025-03-09\s+yes\s+7\s+18,441\s+347\s+721\.20\s/,
    );
  });

  it("writes the Channels tables as CSV files and workbook sheets, ROI in the workbook as a multiple", async () => {
    const dir = tmp();
    expect(report("--format", "csv", "--out", dir).code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.startsWith("channel"))).toEqual([
      "channelTotals.csv",
      "channelWeekly.csv",
    ]);
    const totals = readFileSync(join(dir, "channelTotals.csv"), "utf8").split("\r\n");
    expect(totals[0]).toMatch(/^\uFEFFChannel,From,To,Complete,Window \(days\),Impressions,/);
    expect(totals[2]).toMatch(/^公众号,2025-03-03,2025-04-20,false,7,117294,2457,4426\.18,/);
    const path = join(dir, "report.xlsx");
    expect(report("--format", "xlsx", "--out", path, "--lang", "zh").code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    const sheet = workbook.getWorksheet("各渠道合计 2025-03-03 – 2025-04-20")!;
    expect(workbook.worksheets.map((s) => s.name)).toContain("各渠道每周数据");
    const roi = sheet.getRow(3).getCell(19);
    expect([sheet.getRow(1).getCell(19).value, roi.value, roi.numFmt]).toEqual([
      "投产比 ROI（GMV÷花费）",
      6868 / 4426.18,
      '0.00"倍"',
    ]);
    expect(sheet.getRow(3).getCell(20).numFmt).toBe("0.0%");
  });

  it("summarises the bad spend rows on stderr with the rest, by the operator's headers", () => {
    const { stderr } = report();
    expect(stderr).toContain('spend row 6, 渠道 (channel) "": channel is blank');
    expect(stderr).toContain('spend row 26, 点击量 (clicks) "2.5": not a whole number');
    expect(report("--lang", "zh").stderr).toContain('投放 第 15 行，花费 (spend) "-12"：不是金额');
  });

  describe("edge cases", () => {
    it("--help lists --spend, and a spend file without a spend column stops with one line", () => {
      expect(cli(["--help"]).stdout).toContain("[--spend FILE]");
      const dir = tmp();
      writeFileSync(join(dir, "m.csv"), "member_id,joined_at\nu1,2024-12-02\n");
      writeFileSync(join(dir, "s.csv"), "日期,渠道,点击量\n2024-12-02,海报,3\n");
      const { code, stderr } = cli([
        "report",
        "--members",
        join(dir, "m.csv"),
        "--spend",
        join(dir, "s.csv"),
        "--tz",
        "UTC",
      ]);
      expect([code, stderr]).toEqual([
        2,
        "community-funnel: spend: no spend column (headers found: 日期, 渠道, 点击量); name one spend or cost or 花费\n",
      ]);
    });

    it("without --spend the JSON's channels is null", () => {
      const dir = tmp();
      writeFileSync(join(dir, "m.csv"), "member_id,joined_at\nu1,2024-12-02\n");
      const { stdout } = cli(["report", "--members", join(dir, "m.csv"), "--tz", "UTC", "--format", "json"]);
      expect((JSON.parse(stdout) as ReportJson).channels).toBeNull();
    });
  });
});
