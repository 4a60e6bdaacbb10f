import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ReportJson } from "../../src/core/json";
import { cli, inputs, tmp } from "../support/cli";
import { fixtures, reportDifferences } from "../support/fixtures";

const tiny = fixtures().find((f) => f.name === "tiny")!;
const rules = fixtures().find((f) => f.name === "rules")!;

describe("community-funnel report --format json", () => {
  for (const fixture of fixtures()) {
    it(`${fixture.name}: prints expected.json`, () => {
      const { code, stdout } = cli(["report", ...inputs(fixture), ...fixture.args, "--format", "json"]);
      expect(code).toBe(0);
      expect(reportDifferences(fixture.expected, JSON.parse(stdout) as ReportJson)).toEqual([]);
    });
    it(`${fixture.name}: prints the same with the activity export cut across two threads`, () => {
      const args = ["report", ...inputs(fixture), ...fixture.args, "--format", "json"];
      const { code, stdout } = cli(args, { COMMUNITY_FUNNEL_SPLIT_FROM: "1" });
      expect(code).toBe(0);
      expect(reportDifferences(fixture.expected, JSON.parse(stdout) as ReportJson)).toEqual([]);
    });
  }
});

describe("community-funnel report output formats", () => {
  it("prints aligned English tables by default for an English locale", () => {
    const { code, stdout } = cli(["report", ...inputs(tiny), "--tz", "Asia/Shanghai"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Weekly report");
    expect(stdout).toMatch(/2024-12-02\s+2024-12-08\s+yes\s+2\s+4\s+3\s+150\.0%\s+2\s+100\.0%\s+298\.50/);
  });
  it("prints Chinese tables for a Chinese locale, or with --lang zh", () => {
    expect(
      cli(["report", ...inputs(tiny), "--tz", "Asia/Shanghai"], { LANG: "zh_CN.UTF-8" }).stdout,
    ).toContain("周报");
    expect(cli(["report", ...inputs(tiny), "--tz", "Asia/Shanghai", "--lang", "zh"]).stdout).toContain(
      "周贡献GMV",
    );
  });
  it("writes one CSV per report table into --out", () => {
    const dir = tmp();
    const { code } = cli([
      "report",
      ...inputs(tiny),
      "--tz",
      "Asia/Shanghai",
      "--format",
      "csv",
      "--out",
      dir,
    ]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      "daily.csv",
      "excluded.csv",
      "funnel.csv",
      "problems.csv",
      "weekly.csv",
    ]);
    const weekly = readFileSync(join(dir, "weekly.csv"), "utf8").split("\r\n");
    expect(weekly[1]).toBe("2024-12-02,2024-12-08,true,2,4,3,1.5,2,1,298.5,2,,");
  });
  it("keeps user text in CSV from running as a formula", () => {
    const dir = tmp();
    cli(["report", ...inputs(rules), ...rules.args, "--format", "csv", "--out", dir]);
    const csv = readFileSync(join(dir, "problems.csv"), "utf8");
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
  });
  it("writes an xlsx workbook with a sheet per table and number formats", async () => {
    const path = join(tmp(), "report.xlsx");
    const { code } = cli([
      "report",
      ...inputs(tiny),
      "--tz",
      "Asia/Shanghai",
      "--format",
      "xlsx",
      "--out",
      path,
    ]);
    expect(code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Weekly report",
      "Daily",
      "Funnel",
      "Data problems",
      "Excluded",
    ]);
    const weekly = book.getWorksheet("Weekly report")!;
    expect(weekly.getCell("J2").value).toBe(298.5);
    expect(weekly.getCell("J2").numFmt).toBe("#,##0.00");
    expect(weekly.getCell("G2").numFmt).toBe("0.0%");
    expect(weekly.getRow(1).font?.bold).toBe(true);
  });
});

describe("community-funnel report input files", () => {
  it("reads GB18030 files as Chinese tools export them", () => {
    const gbk = fixtures().find((f) => f.name === "gbk-export")!;
    const { stdout } = cli(["report", ...inputs(gbk), ...gbk.args, "--format", "json"]);
    expect(reportDifferences(gbk.expected, JSON.parse(stdout))).toEqual([]);
  });
  it("reads UTF-16 with a byte-order mark and TSV", () => {
    const dir = tmp();
    const text = "成员ID\t入群时间\nu1\t2024-12-02\n";
    writeFileSync(
      join(dir, "m.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    );
    const { code, stdout } = cli([
      "report",
      "--members",
      join(dir, "m.txt"),
      "--tz",
      "UTC",
      "--format",
      "json",
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).daily[0]).toMatchObject({ date: "2024-12-02", totalMembers: 1 });
  });
  it("reads a UTF-16 activity export cut across two threads as the UTF-8 one", () => {
    const dir = tmp();
    const utf8 = readFileSync(tiny.files.activity!, "utf8").replace(/^\ufeff/, "");
    const activity = join(dir, "activity.txt");
    writeFileSync(activity, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(utf8, "utf16le")]));
    const args = [
      "report",
      "--members",
      tiny.files.members!,
      "--activity",
      activity,
      ...tiny.args,
      "--format",
      "json",
    ];
    const both = [cli(args, { COMMUNITY_FUNNEL_SPLIT_FROM: "1" }), cli(args)];
    expect(both.map((run) => run.code)).toEqual([0, 0]);
    expect(both[0].stdout).toBe(both[1].stdout);
    expect(JSON.parse(both[0].stdout).weekly[0].activeMembers).toBeGreaterThan(0);
  });
});

describe("community-funnel report errors", () => {
  const oneLine = (stderr: string): string => {
    expect(stderr.trim().split("\n")).toHaveLength(1);
    return stderr;
  };
  it("names a missing file", () => {
    const r = cli(["report", "--members", "nope.csv"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain('no file "nope.csv"');
  });
  it("names a missing required column and the headers found", () => {
    const r = cli(["report", "--members", tiny.files.orders!]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/members: no joined_at column \(headers found: order_id, member_id/);
  });
  it("reports the first broken table in the order members, orders, activity, however activity is read", () => {
    const dir = tmp();
    const file = (name: string, text: string): string => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const good = { members: tiny.files.members!, orders: tiny.files.orders! };
    const broken = {
      members: file("m.csv", "member_id,name\nu1,x\n"),
      orders: file("o.csv", "order_id,member_id\nA1,u1\n"),
      activity: file("a.csv", `member_id,when\n${"u1,2024-12-02\n".repeat(50)}`),
    };
    const run = (members: string, orders: string, split: boolean) =>
      cli(
        ["report", "--members", members, "--orders", orders, "--activity", broken.activity, "--tz", "UTC"],
        split ? { COMMUNITY_FUNNEL_SPLIT_FROM: "1" } : {},
      ).stderr;
    for (const split of [false, true]) {
      expect(oneLine(run(broken.members, broken.orders, split))).toContain("members: no joined_at column");
      expect(oneLine(run(good.members, broken.orders, split))).toContain("orders: no paid_at column");
      expect(oneLine(run(good.members, good.orders, split))).toContain("activity: no at column");
    }
  });
  it("says what to fix for a bad flag", () => {
    expect(oneLine(cli(["report", "--members", "m.csv", "--week-start", "friday"]).stderr)).toContain(
      "--week-start must be one of monday, sunday",
    );
    expect(oneLine(cli(["report", "--members", "m.csv", "--window", "91"]).stderr)).toContain("1 to 90");
    expect(oneLine(cli(["report", "--members", "m.csv", "--tz", "Mars/Base"]).stderr)).toContain(
      "unknown time zone",
    );
    expect(oneLine(cli(["report", "--members", "m.csv", "--from", "2024-13-01"]).stderr)).toContain(
      "YYYY-MM-DD",
    );
    expect(cli(["report", "--bogus"]).code).toBe(2);
    expect(cli(["frobnicate"]).code).toBe(2);
  });
  it("names the flag a misspelt one was meant to be", () => {
    expect(oneLine(cli(["report", "--membres", "m.csv"]).stderr)).toContain(
      "Unknown option '--membres': did you mean --members?",
    );
    expect(oneLine(cli(["report", "--fromat", "json"]).stderr)).toContain("did you mean --from or --format?");
    for (const flag of ["--zzzzzz", "-o"]) {
      expect(oneLine(cli(["report", flag, "x"]).stderr)).toContain(
        "community-funnel --help lists the options",
      );
    }
  });
  it("tells a workbook given for a CSV file to be saved as CSV", () => {
    const path = join(tmp(), "members.xlsx");
    writeFileSync(path, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    const r = cli(["report", "--members", path]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain("is a workbook or zip archive, not CSV/TSV: save the sheet as CSV");
  });
  it("prints its version", () => {
    const r = cli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it("refuses an --out it cannot write before doing any work", () => {
    const dir = tmp();
    const file = join(dir, "f.csv");
    writeFileSync(file, "");
    const run = (...extra: string[]): string =>
      oneLine(cli(["report", ...inputs(tiny), "--tz", "UTC", ...extra]).stderr);
    expect(run("--format", "csv", "--out", file)).toContain("is a file: --format csv writes a folder");
    expect(run("--format", "xlsx", "--out", dir)).toContain("is a folder");
    expect(run("--format", "xlsx", "--out", join(dir, "no", "r.xlsx"))).toContain("does not exist");
    expect(run("--format", "xlsx", "--out", join(dir, "r.csv"))).toContain("should end in .xlsx");
  });
  it("writes json or table output to --out when given", () => {
    const path = join(tmp(), "report.json");
    const r = cli(["report", ...inputs(tiny), "--tz", "Asia/Shanghai", "--format", "json", "--out", path]);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`wrote ${path}`);
    expect(reportDifferences(tiny.expected, JSON.parse(readFileSync(path, "utf8")))).toEqual([]);
  });
  it("says which time zone it used when --tz is left out", () => {
    const r = cli(["report", ...inputs(tiny), "--format", "json"], { TZ: "America/New_York" });
    expect(r.stderr).toContain("using this machine's time zone America/New_York");
    expect(JSON.parse(r.stdout).timeZone).toBe("America/New_York");
  });
  it("summarises skipped rows on stderr and still makes the report", () => {
    const r = cli(["report", ...inputs(rules), ...rules.args]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Skipped 6 invalid rows");
    expect(r.stderr).toContain('orders row 11, amount "1e3": not an amount');
    expect(r.stdout).toContain("Data problems");
  });
  it("names the row of a quote that is never closed", () => {
    const dir = tmp();
    writeFileSync(join(dir, "m.csv"), 'member_id,joined_at\nm1,"2024-12-02\n');
    const r = cli(["report", "--members", join(dir, "m.csv")]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain("row 2");
  });
});
