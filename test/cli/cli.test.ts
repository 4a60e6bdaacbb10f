import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { ReportJson } from "../../src/core/json";
import { cli, cliReadBriefly, inputs, tmp } from "../support/cli";
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
      "followUp-activeNotConverted.csv",
      "followUp-churned.csv",
      "followUp-silentNewMembers.csv",
      "followUp-topBuyers.csv",
      "followUp-wentQuiet.csv",
      "funnel.csv",
      "problems.csv",
      "purchases.csv",
      "retention.csv",
      "weekly.csv",
    ]);
    const weekly = readFileSync(join(dir, "weekly.csv"), "utf8").split("\r\n");
    expect(weekly[1]).toBe("2024-12-02,2024-12-08,true,2,4,3,1.5,2,1,298.5,2,,");
    // The second cohort's week 1 lies past the range: an empty field, every row as wide as the header.
    expect(readFileSync(join(dir, "retention.csv"), "utf8").split("\r\n")).toEqual([
      "\uFEFFCohort week,Joined,Week 0,Week 1",
      "2024-12-02,4,0.75,0.25",
      "2024-12-09,2,0.5,",
      "",
    ]);
  });
  it("prints the purchases table and the retention grid, rates as percentages and blank past the range", () => {
    const { stdout } = cli(["report", ...inputs(tiny), "--tz", "Asia/Shanghai"]);
    expect(stdout).toMatch(/\nPurchases\nWeek start .* Orders {2}Buyers {2}New buyers .* GMV per order\n/);
    expect(stdout).toMatch(
      /2024-12-09\s+2024-12-12\s+no\s+2\s+2\s+1\s+1\s+0\s+0\.0%\s+1\.00\s+699\.00\s+699\.00\n/,
    );
    const grid = stdout
      .slice(stdout.indexOf("\nRetention\n") + 1)
      .split("\n")
      .slice(0, 5);
    expect(grid).toEqual([
      "Retention",
      "Cohort week  Joined  Week 0  Week 1",
      "-----------  ------  ------  ------",
      "2024-12-02        4   75.0%   25.0%",
      "2024-12-09        2   50.0%",
    ]);
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
      "Purchases",
      "Retention",
      "Follow-up",
      "Data problems",
      "Excluded",
    ]);
    const weekly = book.getWorksheet("Weekly report")!;
    expect(weekly.getCell("J2").value).toBe(298.5);
    expect(weekly.getCell("J2").numFmt).toBe("#,##0.00");
    expect(weekly.getCell("G2").numFmt).toBe("0.0%");
    expect(weekly.getRow(1).font?.bold).toBe(true);
    // The retention grid keeps its shades: week 0 of the first cohort, 75%, on the blue scale.
    const retention = book.getWorksheet("Retention")!;
    expect(retention.getCell("C2").value).toBe(0.75);
    expect(retention.getCell("C2").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FF77A4EE" } });
    expect(retention.getCell("D2").font?.color).toEqual({ argb: "FF5F6368" });
    // Beside each coloured table, one column apart, what its colours mean, as the report sheet has it.
    const noteOf = (sheet: ExcelJS.Worksheet) => {
      const row = sheet.getRow(1).values as unknown[]; // row[1] is column A
      const gap = row.findIndex((v, i) => i > 0 && v === undefined);
      const note = sheet.getCell(1, gap + 1);
      return { text: note.value, italic: note.font?.italic };
    };
    expect(noteOf(retention)).toEqual({
      text: "Each cell: the share of the week's new members active that many weeks after joining (Week 0: the join week, from the join day). Grey: a week not wholly inside the range. Blank: after the range.",
      italic: true,
    });
    expect(String(noteOf(book.getWorksheet("Funnel")!).text)).toMatch(
      /^Grey rows: cohorts whose window runs past the data/,
    );
  });
});

describe("community-funnel report input files", () => {
  it("says why the headers do not read when a forced encoding garbles them or semicolons separate them", () => {
    const gbk = fixtures().find((f) => f.name === "gbk-export")!;
    const forced = cli(["report", "--members", gbk.files.members!, "--encoding", "utf-8", "--tz", "UTC"]);
    expect(forced.stderr).toMatch(
      /^community-funnel: members: no member_id column .*the file is in another encoding \(on the command line, --encoding gb18030 or --encoding utf-8\)\n$/,
    );
    const semicolons = join(tmp(), "members.csv");
    writeFileSync(semicolons, "member_id;name;joined_at\nu1;A;2024-12-02\n");
    expect(cli(["report", "--members", semicolons, "--tz", "UTC", "--lang", "zh"]).stderr).toBe(
      "community-funnel: 成员表：缺少 member_id 列（找到的表头：member_id;name;joined_at）；请将一列命名为 member_id 或 member 或 成员ID。" +
        "表头只有一格且含有“;”：请将文件另存为逗号分隔（CSV）或制表符分隔（TSV）\n",
    );
  });
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
  it("stops quietly when the reader of its output stops first (| head)", async () => {
    // Five years of daily rows: far more than a pipe holds, so writing goes on after head has gone.
    const members = join(tmp(), "members.csv");
    const rows = Array.from(
      { length: 1800 },
      (_, i) => `m${i},${new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10)}`,
    );
    writeFileSync(members, `member_id,joined_at\n${rows.join("\n")}\n`);
    for (const format of ["table", "json"]) {
      const args = ["report", "--members", members, "--tz", "UTC", "--format", format];
      expect(await cliReadBriefly(args)).toEqual({ code: 0, stderr: "" });
    }
  });
  it("says what is wrong with the flags in Chinese under a Chinese locale", () => {
    const zh = { LANG: "zh_CN.UTF-8" };
    expect(cli(["report", "--fromat", "json"], zh).stderr).toBe(
      "community-funnel: 未知的选项 '--fromat'：是不是 --from 或 --format？\n",
    );
    expect(cli(["report", "--members"], zh).stderr).toBe("community-funnel: 选项 --members 后面缺少值\n");
    expect(cli(["report", "--help=yes"], zh).stderr).toBe("community-funnel: 选项 -h, --help 不带值\n");
    expect(cli(["report", "members.csv"], zh).stderr).toBe(
      "community-funnel: 多余的参数 'members.csv'：每个文件都要跟在它的选项后面，如 --members FILE\n",
    );
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
  it("speaks Chinese on stderr with --lang zh or a Chinese locale: errors and the skipped rows alike", () => {
    const r = cli(["report", ...inputs(rules), ...rules.args, "--lang", "zh"]);
    expect(r.stderr).toContain("跳过了 6 行无效数据：");
    expect(r.stderr).toContain('订单 第 11 行，amount "1e3"：不是金额');
    const missing = cli(["report", "--members", join(tmp(), "none.csv"), "--tz", "Asia/Shanghai"], {
      LANG: "zh_CN.UTF-8",
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^community-funnel: --members：没有文件 ".*none\.csv"\n$/);
    const badFlag = cli(["report", "--members", tiny.files.members!, "--window", "0", "--lang", "zh"]);
    expect(badFlag.stderr).toBe('community-funnel: --window 必须是 1 到 90 之间的整数天，而不是 "0"\n');
    const noColumn = cli([
      "report",
      "--members",
      tiny.files.orders!,
      "--tz",
      "Asia/Shanghai",
      "--lang",
      "zh",
    ]);
    expect(noColumn.stderr).toContain("community-funnel: 成员表：缺少 joined_at 列");
  });
  it("names the row of a quote that is never closed", () => {
    const dir = tmp();
    writeFileSync(join(dir, "m.csv"), 'member_id,joined_at\nm1,"2024-12-02\n');
    const r = cli(["report", "--members", join(dir, "m.csv")]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain("row 2");
  });
});

describe("community-funnel report's follow-up lists", () => {
  const community = fixtures().find((f) => f.name === "community-cn")!;

  it("prints every member of every list under its title and count, for operators to pipe on", () => {
    const { code, stdout } = cli(["report", ...inputs(community), ...community.args]);
    expect(code).toBe(0);
    const lines = stdout.split("\n");
    const title = lines.findIndex((line) =>
      line.startsWith("Follow-up 2024-12-09 – 2024-12-15 · Active, not converted (120)"),
    );
    expect(title).toBeGreaterThan(0);
    // Title, header, rule, then one line per member up to the blank line before the next table.
    expect(lines.indexOf("", title) - title - 3).toBe(120);
    expect(lines[title + 3]).toMatch(/^\S+\s/);
  });

  it("--week picks the week holding that day, in the JSON and the tables", () => {
    const json = JSON.parse(
      cli(["report", ...inputs(tiny), ...tiny.args, "--week", "2024-12-10", "--format", "json"]).stdout,
    ) as ReportJson;
    expect(json.followUp).toMatchObject({ weekStart: "2024-12-09", weekEnd: "2024-12-12" });
    const table = cli([
      "report",
      ...inputs(tiny),
      ...tiny.args,
      "--week",
      "2024-12-10",
      "--lang",
      "zh",
    ]).stdout;
    expect(table).toContain("跟进名单 2024-12-09 – 2024-12-12 · 本周高价值（2人）");
  });

  it("stops with one line naming the report's range when --week's week is outside it", () => {
    const { code, stderr } = cli(["report", ...inputs(tiny), ...tiny.args, "--week", "2025-01-01"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "community-funnel: --week 2025-01-01: the focus week 2024-12-30 – 2025-01-05 is outside the report range 2024-12-02 – 2024-12-12\n",
    );
    const bad = cli(["report", ...inputs(tiny), ...tiny.args, "--week", "next monday"]);
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'community-funnel: --week must be a day written YYYY-MM-DD, not "next monday"\n',
    ]);
  });

  it("writes the lists into one Follow-up sheet of the workbook, ids and names as text", async () => {
    const path = join(tmp(), "report.xlsx");
    expect(cli(["report", ...inputs(rules), ...rules.args, "--format", "xlsx", "--out", path]).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const sheet = book.getWorksheet("Follow-up")!;
    const column = sheet.getColumn(1).values.slice(1);
    expect(column.filter((v) => String(v).startsWith("Follow-up 2024-12-09 – 2024-12-15 · "))).toEqual([
      "Follow-up 2024-12-09 – 2024-12-15 · Silent newcomers (1)",
      "Follow-up 2024-12-09 – 2024-12-15 · Active, not converted (2)",
      "Follow-up 2024-12-09 – 2024-12-15 · Went quiet (3)",
      "Follow-up 2024-12-09 – 2024-12-15 · Left this week (2)",
      "Follow-up 2024-12-09 – 2024-12-15 · Top buyers (2)",
    ]);
    // 007 keeps its zeros; the nickname that looks like a formula is a plain string.
    expect(column).toContain("007");
    const m11 = sheet.getRows(1, sheet.rowCount)!.find((row) => row.getCell(1).value === "m11")!;
    expect(m11.getCell(2).value).toBe('=HYPERLINK("http://x")');
  });
});
