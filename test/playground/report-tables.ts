/**
 * Reading the report's tables back from GET /api/sheets values (Dates as ISO instants) and comparing
 * them with a fixture's expected.json, with the shared compare-report's tolerances.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ReportJson } from "../../src/core/json";
import type { JsonCell } from "../../src/playground/api-types";
import { findProjectRoot, playgroundPaths } from "../../src/playground/paths";
import { loadSample } from "../../src/playground/sample";

const ROOT = findProjectRoot(import.meta.dirname);

/** The sheets the playground opens with: the Chinese data sheet of each table the sample has a CSV of. */
export const SAMPLE_SHEETS = loadSample(playgroundPaths(ROOT).sample).map((sheet) => sheet.name);

/** The report sheets a build of the sample writes, in tab order, as the playground shows them. */
export const REPORT_SHEETS = [
  "周报",
  "每日数据",
  "漏斗",
  "购买复购",
  "留存",
  "按渠道",
  "跟进名单",
  "渠道投放",
  "内容表现",
  "数据问题",
];

/** The report sheets that carry charts. */
export const CHART_SHEETS = ["周报", "每日数据", "漏斗", "购买复购", "按渠道", "渠道投放", "内容表现"];

/** The sample the playground opens with (samples/insights-cn) is this example's community. */
export const EXPECTED = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "fixtures", "insights-cn", "expected.json"), "utf8"),
) as ReportJson;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MONEY = new Set(["gmv", "gmvPerBuyer", "gmvPerOrder"]);

/** The calendar day an instant falls on in `timeZone` ("2024-11-03T16:00:00.000Z" → "2024-11-04" in Shanghai). */
export function dayIn(iso: string, timeZone: string): string {
  return new Date(iso).toLocaleDateString("sv-SE", { timeZone });
}

function jsonCell(value: JsonCell, timeZone: string): unknown {
  if (value === "") return null;
  return typeof value === "string" && ISO_INSTANT.test(value) ? dayIn(value, timeZone) : value;
}

/**
 * The table in `values` whose rows start with a date in column `column` (the first run of such rows),
 * as records with `keys` in column order.
 */
export function tableRows(
  values: JsonCell[][],
  keys: string[],
  timeZone: string,
  column = 0,
): Record<string, unknown>[] {
  const isDataRow = (row: JsonCell[]): boolean =>
    typeof row[column] === "string" && ISO_INSTANT.test(row[column] as string);
  const start = values.findIndex(isDataRow);
  if (start === -1) return [];
  const rows: Record<string, unknown>[] = [];
  for (let r = start; r < values.length && isDataRow(values[r]); r++) {
    rows.push(Object.fromEntries(keys.map((key, i) => [key, jsonCell(values[r][column + i], timeZone)])));
  }
  return rows;
}

function same(key: string, expected: unknown, actual: unknown): boolean {
  if (typeof expected === "number" && typeof actual === "number") {
    const tolerance = MONEY.has(key) ? 0.005 : 1e-9 * Math.max(1, Math.abs(expected));
    return Math.abs(expected - actual) <= tolerance;
  }
  // A Chinese sheet shows a yes/no as the text 是/否.
  if (typeof expected === "boolean" && (actual === "是" || actual === "否"))
    return expected === (actual === "是");
  return expected === actual;
}

/** Each cell that differs, as "row 3 gmv: expected 1373.5 got 1373" (empty when the tables agree). */
export function rowDifferences(
  expected: Record<string, unknown>[],
  actual: Record<string, unknown>[],
): string[] {
  const bad: string[] = [];
  if (expected.length !== actual.length) bad.push(`rows: expected ${expected.length} got ${actual.length}`);
  expected.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      if (!same(key, value, actual[i]?.[key]))
        bad.push(`row ${i + 1} ${key}: expected ${value} got ${actual[i]?.[key]}`);
    }
  });
  return bad;
}

/** The key order of an expected section (metrics.md §8), which is also the sheets' column order. */
export function keysOf(section: Record<string, unknown>[]): string[] {
  return Object.keys(section[0]);
}
