import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, inputs, oneLineError, tmp } from "../support/cli";
import { DATASET, duckdb, loadCleaned } from "../support/duckdb";
import { fixtures } from "../support/fixtures";

const tiny = fixtures().find((f) => f.name === "tiny")!;
const rules = fixtures().find((f) => f.name === "rules")!;
const TABLES = ["activity", "excluded", "memberships", "orders", "problems"];

describe("community-funnel clean", () => {
  it("writes the cleaned tables as CSV, one file per table, days in the report's zone", () => {
    const out = tmp();
    const { code, stderr } = cli([
      "clean",
      ...inputs(tiny),
      "--tz",
      "Asia/Shanghai",
      "--format",
      "csv",
      "--out",
      out,
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain(`wrote ${join(out, "memberships.csv")}`);
    expect(readdirSync(out).sort()).toEqual(TABLES.map((t) => `${t}.csv`));
    expect(readFileSync(join(out, "memberships.csv"), "utf8").split("\n").slice(0, 3)).toEqual([
      "member_id,joined_day,left_day,group,channel,name",
      "u1,2024-12-02,,,poster,Alice",
      "u2,2024-12-02,2024-12-04,,friend,Bob",
    ]);
    expect(readFileSync(join(out, "orders.csv"), "utf8").split("\n").slice(0, 2)).toEqual([
      "order_id,member_id,day,amount_cents,status_kind",
      "o1,u1,2024-12-03,9900,paid",
    ]);
    expect(readFileSync(join(out, "excluded.csv"), "utf8")).toMatch(
      /^activityRowsFromUnknownMembers,.*\n1,1,1,1,10,1,99,0,1,/,
    );
  });

  it("writes Parquet (the default) that DuckDB loads with its types", async () => {
    const out = tmp();
    expect(cli(["clean", ...inputs(tiny), "--tz", "Asia/Shanghai", "--out", out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(TABLES.map((t) => `${t}.parquet`));
    const db = await duckdb();
    await loadCleaned(db, out, "parquet");
    const types = async (table: string) =>
      (await db.runAndReadAll(`DESCRIBE ${DATASET}.${table}`))
        .getRowObjectsJson()
        .map((c) => `${c.column_name} ${c.column_type}`);
    expect(await types("memberships")).toEqual([
      "member_id VARCHAR",
      "joined_day DATE",
      "left_day DATE",
      "group VARCHAR",
      "channel VARCHAR",
      "name VARCHAR",
    ]);
    expect(await types("activity")).toEqual(["member_id VARCHAR", "day DATE", "count INTEGER"]);
    expect(await types("orders")).toEqual([
      "order_id VARCHAR",
      "member_id VARCHAR",
      "day DATE",
      "amount_cents BIGINT",
      "status_kind VARCHAR",
    ]);
    // The weekly GMV of tiny, 298.50 + 1,398.00, in cents.
    const orders = await db.runAndReadAll(`SELECT SUM(amount_cents) AS cents FROM ${DATASET}.orders`);
    expect(orders.getRowObjectsJson()).toEqual([{ cents: "169650" }]);
  });

  it("says on stderr which rows it skipped, as report does", () => {
    const args = ["--tz", "Asia/Shanghai", ...inputs(rules)];
    const clean = cli(["clean", ...args, "--out", tmp()]);
    const report = cli(["report", ...args, "--format", "json"]);
    expect(clean.code).toBe(0);
    expect(clean.stderr).toContain("Skipped");
    expect(clean.stderr.slice(clean.stderr.indexOf("Skipped"))).toBe(report.stderr);
  });

  it("writes the same files when the activity export is cut across two threads", () => {
    const [one, two] = [tmp(), tmp()];
    cli(["clean", ...inputs(tiny), "--tz", "Asia/Shanghai", "--format", "csv", "--out", one]);
    cli(["clean", ...inputs(tiny), "--tz", "Asia/Shanghai", "--format", "csv", "--out", two], {
      COMMUNITY_FUNNEL_SPLIT_FROM: "1",
    });
    for (const table of TABLES) {
      expect(readFileSync(join(two, `${table}.csv`), "utf8")).toBe(
        readFileSync(join(one, `${table}.csv`), "utf8"),
      );
    }
  });

  it("lists its flags with --help, and clean and sql in the command's help", () => {
    expect(cli(["clean", "--help"]).stdout).toContain("Usage: community-funnel clean --members FILE");
    const help = cli(["--help"]).stdout;
    expect(help).toContain("Usage: community-funnel report");
    expect(help).toContain("Usage: community-funnel clean");
    expect(help).toContain("Usage: community-funnel sql");
  });
});

describe("edge cases", () => {
  it("says what to fix in one line: no --out, a bad format, a misspelt flag, a missing file", () => {
    expect(oneLineError(cli(["clean", ...inputs(tiny)]))).toBe(
      "community-funnel: --out DIR is required: clean writes a file per table into it",
    );
    expect(oneLineError(cli(["clean", ...inputs(tiny), "--out", tmp(), "--format", "xlsx"]))).toBe(
      'community-funnel: --format must be one of csv, parquet, not "xlsx"',
    );
    expect(oneLineError(cli(["clean", "--membres", "m.csv"]))).toContain("did you mean --members?");
    expect(oneLineError(cli(["clean", "--members", "nowhere.csv", "--out", tmp()]))).toBe(
      'community-funnel: --members: no file "nowhere.csv"',
    );
    expect(oneLineError(cli(["clean", ...inputs(tiny), "--out", tiny.files.members!]))).toContain(
      "is a file",
    );
  });
  it("speaks Chinese under a Chinese locale: its errors, what it wrote and the skipped rows", () => {
    const zh = { LANG: "zh_CN.UTF-8" };
    expect(oneLineError(cli(["clean", ...inputs(tiny)], zh))).toBe(
      "community-funnel: 必须给出 --out 文件夹：clean 在其中为每张表写一个文件",
    );
    expect(oneLineError(cli(["clean", ...inputs(tiny), "--out", tiny.files.members!], zh))).toContain(
      "是文件：clean 写出的是一个文件夹",
    );
    const r = cli(["clean", ...inputs(tiny), "--tz", "Asia/Shanghai", "--format", "csv", "--out", tmp()], zh);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^已写入 .*memberships\.csv$/m);
    expect(r.stderr).not.toContain("wrote ");
    const flag = cli(["clean", ...inputs(tiny), "--format", "csv", "--out", tmp(), "--lang", "zh"]);
    expect(flag.stderr).toMatch(/^已写入 .*memberships\.csv$/m);
  });
  it("names the commands for one it does not know", () => {
    expect(oneLineError(cli(["cleanup"]))).toBe(
      'community-funnel: unknown command "cleanup": the commands are report, clean and sql',
    );
  });
});
