/** The public examples copied into test/fixtures: inputs, CLI args and the reference's expected JSON. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { decode } from "../../src/cli/read-file";
import { parseDelimited } from "../../src/core/delimited";
import { INPUT_TABLES, type TableName } from "../../src/core/inputs";
import type { ReportJson } from "../../src/core/json";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

export interface Fixture {
  name: string;
  dir: string;
  /** The CLI flags of the case, e.g. ["--tz", "Asia/Shanghai", "--window", "3"]. */
  args: string[];
  timeZone: string;
  windowDays: number;
  files: Partial<Record<TableName, string>>;
  expected: ReportJson;
}

/** The example in `dir`: every input table of the catalogue it has a file for, its args and expected.json. */
export function fixtureAt(dir: string): Fixture {
  const args = readFileSync(join(dir, "args"), "utf8").trim().split(/\s+/).filter(Boolean);
  const flag = (f: string): string | undefined => {
    const i = args.indexOf(f);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const files: Fixture["files"] = {};
  for (const { name: table } of INPUT_TABLES) {
    for (const ext of ["csv", "tsv"]) {
      if (existsSync(join(dir, `${table}.${ext}`))) files[table] = join(dir, `${table}.${ext}`);
    }
  }
  return {
    name: basename(dir),
    dir,
    args,
    timeZone: flag("--tz") ?? "UTC",
    windowDays: Number(flag("--window") ?? 7),
    files,
    expected: JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as ReportJson,
  };
}

export function fixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((name) => existsSync(join(FIXTURES, name, "expected.json")))
    .map((name) => fixtureAt(join(FIXTURES, name)));
}

/** The CLI's table flags of a fixture: --members FILE, and each other table it has. */
export function tableFlags(fixture: Fixture): string[] {
  return Object.entries(fixture.files).flatMap(([table, path]) => [`--${table}`, path]);
}

/** A fixture table as a grid of strings, as a CSV reader gives it. */
export function fixtureGrid(fixture: Fixture, table: TableName): string[][] | null {
  const path = fixture.files[table];
  return path ? parseDelimited(decode(readFileSync(path)), path) : null;
}

const MONEY = new Set([
  "gmv",
  "unknownOrderAmount",
  "refundedAmount",
  "gmvPerBuyer",
  "gmvPerOrder",
  "spend",
  "cpc",
  "cpm",
  "cpa",
  "costPerConversion",
]);

function same(key: string, expected: unknown, actual: unknown): boolean {
  if (expected === null || actual === null) return expected === actual;
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((e, i) => same(key, e, actual[i]))
    );
  }
  if (typeof expected === "number" && typeof actual === "number") {
    const tolerance = MONEY.has(key) ? 0.005 : 1e-9 * Math.max(1, Math.abs(expected));
    return Math.abs(expected - actual) <= tolerance;
  }
  return expected === actual;
}

/**
 * Differences between a report and the expected JSON, with the tolerances of the shared
 * compare-report: money to the cent, rates to 1e-9, problems as the set of (table, row).
 */
export function reportDifferences(expected: ReportJson, actual: ReportJson): string[] {
  const bad: string[] = [];
  for (const key of ["timeZone", "weekStartsOn"] as const) {
    if (expected[key] !== actual[key]) bad.push(`${key}: expected ${expected[key]} got ${actual[key]}`);
  }
  if (JSON.stringify(expected.range) !== JSON.stringify(actual.range)) {
    bad.push(`range: expected ${JSON.stringify(expected.range)} got ${JSON.stringify(actual.range)}`);
  }
  type Rows = Record<string, unknown>[] | null;
  // channels (insights.md §14) holds two lists, compared like the sections that are one.
  const channels = (report: ReportJson, list: "weekly" | "totals"): Rows =>
    (report.channels as Record<string, Rows> | null | undefined)?.[list] ?? null;
  for (const [section, id, e, a] of [
    ...(["daily", "weekly", "funnel", "purchases", "retention"] as const).map(
      (s) => [s, s === "daily" ? "date" : "weekStart", expected[s] as Rows, actual[s] as Rows] as const,
    ),
    ["channels.weekly", "channel", channels(expected, "weekly"), channels(actual, "weekly")] as const,
    ["channels.totals", "channel", channels(expected, "totals"), channels(actual, "totals")] as const,
  ]) {
    if (e === null || a === null) {
      if (e !== a) bad.push(`${section}: expected ${JSON.stringify(e)} got ${JSON.stringify(a)}`);
      continue;
    }
    if (e.length !== a.length) bad.push(`${section}: expected ${e.length} rows got ${a.length}`);
    e.forEach((row, i) => {
      for (const [k, v] of Object.entries(row)) {
        if (!same(k, v, a[i]?.[k])) bad.push(`${section}[${row[id]}].${k}: expected ${v} got ${a[i]?.[k]}`);
      }
    });
  }
  for (const [k, v] of Object.entries(expected.excluded)) {
    if (!same(k, v, actual.excluded[k])) bad.push(`excluded.${k}: expected ${v} got ${actual.excluded[k]}`);
  }
  const key = (p: { table: string; row: number }): string => `${p.table}:${p.row}`;
  const e = new Set(expected.problems.map(key));
  const a = new Set(actual.problems.map(key));
  if (e.size !== a.size || [...e].some((k) => !a.has(k))) {
    bad.push(`problems: expected ${[...e].join(" ")} got ${[...a].join(" ")}`);
  }
  return bad;
}
