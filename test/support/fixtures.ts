/** The public examples copied into test/fixtures: inputs, CLI args and the reference's expected JSON. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { decode } from "../../src/cli/read-file";
import { parseDelimited } from "../../src/core/delimited";
import { INPUT_TABLES, type TableGrids, type TableName } from "../../src/core/inputs";
import type { ReportJson } from "../../src/core/json";
import type { ReportOptions } from "../../src/core/types";

export const FIXTURES = join(import.meta.dirname, "..", "fixtures");

export interface Fixture {
  name: string;
  dir: string;
  /** The CLI flags of the case, e.g. ["--tz", "Asia/Shanghai", "--window", "3"]. */
  args: string[];
  timeZone: string;
  windowDays: number;
  /** The members field it compares by (--by), or null. */
  by: string | null;
  files: Partial<Record<TableName, string>>;
  expected: ReportJson;
}

/** The engine's options of an example, as its CLI flags give them. */
export function fixtureOptions(fixture: Fixture): ReportOptions {
  return { timeZone: fixture.timeZone, windowDays: fixture.windowDays, by: fixture.by };
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
    by: flag("--by") ?? null,
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

/** Every table of a fixture as grids, for the engine: null for a table it does not have. */
export function fixtureGrids(fixture: Fixture): TableGrids {
  return {
    ...Object.fromEntries(INPUT_TABLES.map(({ name }) => [name, fixtureGrid(fixture, name)])),
    members: fixtureGrid(fixture, "members")!,
  };
}

/** The keys compare-report compares as money: to the cent, where every other number is to 1e-9. */
export const MONEY: ReadonlySet<string> = new Set([
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
  if (typeof expected === "number" && typeof actual === "number") return closeEnough(key, expected, actual);
  return expected === actual;
}

/** Two numbers of `key` equal with compare-report's tolerances: money to the cent, the rest to 1e-9. */
export function closeEnough(key: string, expected: number, actual: number): boolean {
  const tolerance = MONEY.has(key) ? 0.005 : 1e-9 * Math.max(1, Math.abs(expected));
  return Math.abs(expected - actual) <= tolerance;
}

const COMPARED = new Set([
  "timeZone",
  "weekStartsOn",
  "range",
  "daily",
  "weekly",
  "funnel",
  "purchases",
  "retention",
  "channels",
  "excluded",
  "problems",
]);

/**
 * Every key of `expected`, at every depth, equal in `actual` (lists in order and of the same
 * length), with the tolerances of the shared compare-report; `key` is the key of `expected`.
 */
export function differences(
  path: string,
  key: string,
  expected: unknown,
  actual: unknown,
  bad: string[],
): void {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      bad.push(`${path}: expected ${expected.length} items got ${JSON.stringify(actual)?.slice(0, 80)}`);
      return;
    }
    expected.forEach((e, i) => {
      differences(`${path}[${i}]`, key, e, actual[i], bad);
    });
  } else if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") {
      bad.push(`${path}: expected an object got ${JSON.stringify(actual)}`);
      return;
    }
    for (const [k, e] of Object.entries(expected)) {
      differences(`${path}.${k}`, k, e, (actual as Record<string, unknown>)[k], bad);
    }
  } else if (!same(key, expected, actual)) {
    bad.push(`${path}: expected ${JSON.stringify(expected)} got ${JSON.stringify(actual)}`);
  }
}

/** Differences between two lists of rows, row by row, with the tolerances of compare-report. */
export function rowDifferences(
  section: string,
  id: string,
  expected: readonly Record<string, unknown>[] | null,
  actual: readonly Record<string, unknown>[] | null,
): string[] {
  if (expected === null || actual === null)
    return expected === actual
      ? []
      : [`${section}: expected ${JSON.stringify(expected)} got ${JSON.stringify(actual)}`];
  const bad: string[] = [];
  if (expected.length !== actual.length)
    bad.push(`${section}: expected ${expected.length} rows got ${actual.length}`);
  expected.forEach((row, i) => {
    for (const [k, v] of Object.entries(row)) {
      if (!same(k, v, actual[i]?.[k]))
        bad.push(
          `${section}[${row[id]}].${k}: expected ${JSON.stringify(v)} got ${JSON.stringify(actual[i]?.[k])}`,
        );
    }
  });
  return bad;
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
    bad.push(...rowDifferences(section, id, e, a));
  }
  for (const [k, v] of Object.entries(expected.excluded)) {
    if (!same(k, v, actual.excluded[k])) bad.push(`excluded.${k}: expected ${v} got ${actual.excluded[k]}`);
  }
  for (const [section, want] of Object.entries(expected)) {
    // The sections above are compared row by row; any other the report makes (content…) as a whole.
    if (!COMPARED.has(section) && section in actual)
      differences(section, section, want, actual[section], bad);
  }
  const key = (p: { table: string; row: number }): string => `${p.table}:${p.row}`;
  const e = new Set(expected.problems.map(key));
  const a = new Set(actual.problems.map(key));
  if (e.size !== a.size || [...e].some((k) => !a.has(k))) {
    bad.push(`problems: expected ${[...e].join(" ")} got ${[...a].join(" ")}`);
  }
  return bad;
}

/**
 * What the content table alone decides in a report (insights.md §15): the content section, the
 * re-exported posts and the content table's problems; the example's other tables decide the rest.
 */
export function contentPart(report: ReportJson): Record<string, unknown> {
  return {
    content: report.content,
    duplicatePosts: report.excluded.duplicatePosts,
    problems: report.problems.filter((p) => p.table === "content"),
  };
}
