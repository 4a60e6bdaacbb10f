import { describe, expect, it } from "vitest";
import { parseDay } from "../../src/core/calendar";
import { reportToJson } from "../../src/core/json";
import { buildReport } from "../../src/core/report";
import { cli, inputs, oneLineError, tmp } from "../support/cli";
import { duckdb, loadCleaned, scriptTables } from "../support/duckdb";
import { type Fixture, fixtureGrid, fixtures, rowDifferences } from "../support/fixtures";

const SECTIONS = [
  ["daily", "date"],
  ["weekly", "weekStart"],
  ["funnel", "weekStart"],
  ["purchases", "weekStart"],
  ["retention", "weekStart"],
] as const;

/** clean → DuckDB → the duckdb script of `sql` with `flags`: the script's tables as JSON sections. */
async function throughDuckDb(
  fixture: Fixture,
  format: "csv" | "parquet",
  flags: string[],
  files = inputs(fixture),
): Promise<Record<string, unknown[]>> {
  const out = tmp();
  const zone = ["--tz", fixture.timeZone];
  expect(cli(["clean", ...files, ...zone, "--format", format, "--out", out]).code).toBe(0);
  const sql = cli(["sql", "--dialect", "duckdb", ...flags]);
  expect(sql.stderr).toBe("");
  const db = await duckdb();
  await loadCleaned(db, out, format, [
    "memberships",
    ...files.filter((f) => f === "--activity" || f === "--orders").map((f) => f.slice(2)),
  ]);
  return scriptTables(db, sql.stdout);
}

/**
 * The sections a JSON report has, against the script's tables: rows equal, and no table where the
 * report's value is null (its input table absent). The engine's own JSON has no purchases or
 * retention yet; the examples' expected.json has them.
 */
function differences(expected: Record<string, unknown>, actual: Record<string, unknown[]>): string[] {
  return SECTIONS.flatMap(([section, id]) => {
    const rows = expected[section] as Record<string, unknown>[] | null | undefined;
    if (rows === undefined) return [];
    if (rows === null) return actual[section] === undefined ? [] : [`${section}: expected no table, got one`];
    return rowDifferences(section, id, rows, (actual[section] ?? []) as Record<string, unknown>[]);
  });
}

describe("the DuckDB script of community-funnel sql, on the tables of community-funnel clean", () => {
  for (const fixture of fixtures()) {
    it(`${fixture.name}: gives the JSON report's daily, weekly, funnel, purchases and retention, row by row`, async () => {
      const actual = await throughDuckDb(fixture, "parquet", ["--window", String(fixture.windowDays)]);
      expect(differences(fixture.expected, actual)).toEqual([]);
    });
  }

  it("gives the report's tables for Sunday weeks, a given range and another window, from the CSV files", async () => {
    const fixture = fixtures().find((f) => f.name === "community-cn")!;
    const options = { weekStartsOn: "sunday", from: "2024-12-04", to: "2024-12-25", windowDays: 3 } as const;
    const flags = ["--week-start", "sunday", "--from", options.from, "--to", options.to, "--window", "3"];
    const actual = await throughDuckDb(fixture, "csv", flags);
    const report = reportToJson(
      buildReport(
        {
          members: fixtureGrid(fixture, "members")!,
          activity: fixtureGrid(fixture, "activity"),
          orders: fixtureGrid(fixture, "orders"),
        },
        { ...options, timeZone: fixture.timeZone, from: parseDay(options.from), to: parseDay(options.to) },
      ),
    );
    expect(report.range).toEqual({ from: options.from, to: options.to });
    expect(differences(report, actual)).toEqual([]);
  });

  it("leaves the metrics of a table that was not loaded empty, as the report without that file", async () => {
    const fixture = fixtures().find((f) => f.name === "tiny")!;
    const files = ["--members", fixture.files.members!, "--activity", fixture.files.activity!];
    const actual = await throughDuckDb(fixture, "parquet", ["--no-orders"], files);
    const report = reportToJson(
      buildReport(
        { members: fixtureGrid(fixture, "members")!, activity: fixtureGrid(fixture, "activity") },
        { timeZone: fixture.timeZone },
      ),
    );
    expect(report.weekly[0].gmv).toBeNull();
    expect(differences(report, actual)).toEqual([]);
    expect(actual.purchases).toBeUndefined();
  });
});

describe("edge cases", () => {
  it("says in one line that a dialect is unknown or missing, or a dataset name is not one BigQuery takes", () => {
    expect(oneLineError(cli(["sql", "--dialect", "mysql"]))).toBe(
      'community-funnel: --dialect must be one of bigquery, duckdb, not "mysql"',
    );
    expect(oneLineError(cli(["sql"]))).toBe("community-funnel: --dialect is required: bigquery or duckdb");
    expect(oneLineError(cli(["sql", "--dialect", "bigquery", "--dataset", "my-data; DROP"]))).toBe(
      'community-funnel: --dataset "my-data; DROP": a dataset name holds only letters, digits and underscores (at most 1024)',
    );
    expect(oneLineError(cli(["sql"], { LANG: "zh_CN.UTF-8" }))).toBe(
      "community-funnel: 必须给出 --dialect：bigquery 或 duckdb",
    );
    expect(oneLineError(cli(["sql", "--dialect", "bigquery", "--windw", "3"]))).toContain(
      "did you mean --window?",
    );
    expect(
      oneLineError(cli(["sql", "--dialect", "bigquery", "--from", "2024-12-09", "--to", "2024-12-01"])),
    ).toBe("community-funnel: --from must not be after --to");
  });
  it("writes the script to --out, and names the dataset it reads and writes", () => {
    const path = `${tmp()}/report.sql`;
    const r = cli(["sql", "--dialect", "bigquery", "--dataset", "shop_2024", "--out", path]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`wrote ${path}\n`);
    const script = cli(["sql", "--dialect", "bigquery", "--dataset", "shop_2024"]).stdout;
    expect(script).toContain("CREATE OR REPLACE TABLE shop_2024.weekly AS");
    expect(script).toContain("FROM shop_2024.memberships");
  });
});
