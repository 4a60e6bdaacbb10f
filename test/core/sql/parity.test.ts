/**
 * The property behind `community-funnel sql`: for any community and any options, the DuckDB script
 * run on the cleaned tables gives the JSON report's daily, weekly and funnel rows (and fails where
 * the report's range cannot hold).
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCleaned } from "../../../src/cli/write-cleaned";
import { daysFromCivil, formatDay } from "../../../src/core/calendar";
import { ReportRangeError } from "../../../src/core/range";
import { DUCKDB } from "../../../src/core/sql/dialects";
import { sqlScript } from "../../../src/core/sql/plan";
import type { WeekStart } from "../../../src/core/types";
import { cleanedOf } from "../../support/cleaned";
import { tmp } from "../../support/cli";
import { duckdb, loadCleaned, scriptTables } from "../../support/duckdb";
import { rowDifferences } from "../../support/fixtures";
import { type Csv, reportOf } from "../../support/report";

const START = daysFromCivil(2024, 12, 2);
const day = (d: number): string => formatDay(START + d);
const member = fc.integer({ min: 0, max: 9 }).map((i) => `m${i}`);
const anyone = fc.oneof(member, fc.constantFrom("x1", "x2", "boss"));

const memberRow = fc
  .tuple(
    fc.oneof(member, fc.constant("boss")),
    fc.integer({ min: 0, max: 30 }),
    fc.option(fc.integer({ min: 0, max: 12 })),
    fc.constantFrom("A", "B", ""),
    fc.constantFrom("", "", "", "vip", "群主"),
  )
  .map(([id, join, stay, group, role]) =>
    [id, day(join), stay === null ? "" : day(join + stay), group, role].join(","),
  );
const activityRow = fc
  .tuple(anyone, fc.integer({ min: -3, max: 44 }), fc.integer({ min: 0, max: 3 }))
  .map(([id, d, n]) => `${id},${day(d)},${n}`);
const orderRow = fc
  .tuple(
    fc.option(fc.integer({ min: 0, max: 12 })),
    anyone,
    fc.integer({ min: -3, max: 44 }),
    fc.integer({ min: 0, max: 99_999 }),
    fc.constantFrom("", "paid", "已取消", "已退款"),
  )
  .map(
    ([id, buyer, d, cents, status]) =>
      `${id === null ? "" : `o${id}`},${buyer},${day(d)},${(cents / 100).toFixed(2)},${status}`,
  );

interface Case {
  csv: Csv;
  weekStartsOn: WeekStart;
  windowDays: number;
  from: number | null;
  to: number | null;
}

const cases: fc.Arbitrary<Case> = fc.record({
  csv: fc.record(
    {
      members: fc
        .array(memberRow, { minLength: 1, maxLength: 20 })
        .map((rows) => ["member_id,joined_at,left_at,group,role", ...rows].join("\n")),
      activity: fc
        .array(activityRow, { maxLength: 30 })
        .map((rows) => ["member_id,at,count", ...rows].join("\n")),
      orders: fc
        .array(orderRow, { maxLength: 20 })
        .map((rows) => ["order_id,member_id,paid_at,amount,status", ...rows].join("\n")),
    },
    { requiredKeys: ["members"] },
  ),
  weekStartsOn: fc.constantFrom<WeekStart>("monday", "sunday"),
  windowDays: fc.integer({ min: 1, max: 10 }),
  from: fc.option(fc.integer({ min: -5, max: 40 }), { freq: 3 }),
  to: fc.option(fc.integer({ min: -5, max: 45 }), { freq: 3 }),
});

describe("the DuckDB script against the engine", () => {
  let db: Awaited<ReturnType<typeof duckdb>>;
  beforeAll(async () => {
    db = await duckdb();
  });
  afterAll(() => db.closeSync());

  it("gives the report's daily, weekly and funnel rows for any community and options", async () => {
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        fc.pre(c.from === null || c.to === null || c.from <= c.to);
        const options = {
          weekStartsOn: c.weekStartsOn,
          windowDays: c.windowDays,
          from: c.from === null ? null : START + c.from,
          to: c.to === null ? null : START + c.to,
        };
        const dir = tmp();
        const cleaned = cleanedOf(c.csv);
        await writeCleaned(cleaned, dir, "parquet");
        await loadCleaned(
          db,
          dir,
          "parquet",
          cleaned.map((t) => t.name).filter((n) => n !== "problems" && n !== "excluded"),
        );
        const script = sqlScript(DUCKDB, {
          ...options,
          dataset: "community_funnel",
          activity: c.csv.activity !== undefined,
          orders: c.csv.orders !== undefined,
        });
        let report: ReturnType<typeof reportOf>;
        try {
          report = reportOf(c.csv, options);
        } catch (error) {
          expect(error).toBeInstanceOf(ReportRangeError);
          await expect(scriptTables(db, script)).rejects.toThrow((error as Error).message);
          return;
        }
        const actual = await scriptTables(db, script);
        expect([
          ...rowDifferences("daily", "date", report.daily, actual.daily as Record<string, unknown>[]),
          ...rowDifferences("weekly", "weekStart", report.weekly, actual.weekly as Record<string, unknown>[]),
          ...rowDifferences("funnel", "weekStart", report.funnel, actual.funnel as Record<string, unknown>[]),
        ]).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
