/**
 * The insights-cn example (insights.md's public example with `--by channel`, all five tables) in
 * test/fixtures, and how a breakdown is compared: money to the cent, rates to 1e-9, as the shared
 * compare-report does.
 */
import { join } from "node:path";
import type { TableGrids, TableName } from "../../src/core/inputs";
import type { ReportJson } from "../../src/core/json";
import { closeEnough, type Fixture, fixtureAt, fixtureGrid } from "./fixtures";

const INSIGHTS_CN = join(import.meta.dirname, "..", "fixtures", "insights-cn");

export interface BreakdownJson {
  by: string;
  segments: string[];
  weekly: Record<string, unknown>[];
  funnel: Record<string, unknown>[];
}

/** insights-cn as a fixture of test/fixtures, for the harnesses that load one into sheets. */
export const INSIGHTS_FIXTURE: Fixture = fixtureAt(INSIGHTS_CN);

export const INSIGHTS_EXPECTED = INSIGHTS_FIXTURE.expected as ReportJson & {
  breakdown: BreakdownJson;
  channels: { weekly: Record<string, unknown>[]; totals: Record<string, unknown>[] };
};

/** A table of insights-cn as a CSV reader gives it. */
export function insightsGrid(table: TableName): string[][] {
  return fixtureGrid(INSIGHTS_FIXTURE, table)!;
}

/** Every table of insights-cn as grids, as the engine reads them. */
export function insightsGrids(): TableGrids {
  const grids: Partial<Record<TableName, string[][]>> = {};
  for (const table of Object.keys(INSIGHTS_FIXTURE.files) as TableName[]) grids[table] = insightsGrid(table);
  return { ...grids, members: insightsGrid("members") };
}

function same(key: string, expected: unknown, actual: unknown): boolean {
  if (typeof expected === "number" && typeof actual === "number") return closeEnough(key, expected, actual);
  return JSON.stringify(expected) === JSON.stringify(actual);
}

/** Each difference between two breakdowns, as "weekly[3].gmv: expected 12 got 13" (empty when they agree). */
export function breakdownDifferences(expected: BreakdownJson, actual: BreakdownJson | null): string[] {
  if (actual === null) return ["breakdown: expected one, got null"];
  const bad: string[] = [];
  if (expected.by !== actual.by) bad.push(`by: expected ${expected.by} got ${actual.by}`);
  if (!same("segments", expected.segments, actual.segments))
    bad.push(`segments: expected ${expected.segments} got ${actual.segments}`);
  for (const list of ["weekly", "funnel"] as const) {
    if (expected[list].length !== actual[list].length)
      bad.push(`${list}: expected ${expected[list].length} rows got ${actual[list].length}`);
    expected[list].forEach((row, i) => {
      if (JSON.stringify(Object.keys(row)) !== JSON.stringify(Object.keys(actual[list][i] ?? {})))
        bad.push(`${list}[${i}]: keys ${Object.keys(actual[list][i] ?? {})}`);
      for (const [key, value] of Object.entries(row)) {
        if (!same(key, value, actual[list][i]?.[key]))
          bad.push(`${list}[${i}].${key}: expected ${value} got ${actual[list][i]?.[key]}`);
      }
    });
  }
  return bad;
}
