import { Parser } from "node-sql-parser";
import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../../src/core/calendar";
import { BIGQUERY, type Dialect, DUCKDB } from "../../../src/core/sql/dialects";
import { type SqlOptions, sqlPlan, sqlScript } from "../../../src/core/sql/plan";

const BASE: SqlOptions = {
  dataset: "community_funnel",
  weekStartsOn: "monday",
  from: null,
  to: null,
  windowDays: 7,
  activity: true,
  orders: true,
};

/** Every kind of script: either week start, a given range or not, with and without each optional table. */
const VARIANTS: SqlOptions[] = [
  BASE,
  {
    ...BASE,
    weekStartsOn: "sunday",
    from: daysFromCivil(2024, 12, 1),
    to: daysFromCivil(2024, 12, 31),
    windowDays: 3,
  },
  { ...BASE, activity: false },
  { ...BASE, orders: false },
  { ...BASE, activity: false, orders: false, to: daysFromCivil(2025, 1, 5) },
];

const statements = (script: string): string[] => script.split(/;\n/).filter((s) => s.trim() !== "");

/**
 * A dialect whose functions write themselves out as ⟨name:arg|arg⟩: the plan with every dialect
 * function left symbolic. It keeps the real dialect's name, so a plan that branched on the name
 * would come out differently for the two.
 */
function symbolic(real: Dialect): Dialect {
  const fns = Object.entries(real).filter(([, v]) => typeof v === "function");
  return {
    ...real,
    ...Object.fromEntries(fns.map(([name]) => [name, (...args: string[]) => `⟨${name}:${args.join("|")}⟩`])),
  } as Dialect;
}

/** Replaces each symbolic call, innermost first, by what the real dialect writes for it. */
function realise(text: string, real: Dialect): string {
  const call = /⟨(\w+):([^⟨⟩]*)⟩/;
  let out = text;
  for (let m = call.exec(out); m !== null; m = call.exec(out)) {
    const fn = real[m[1] as keyof Dialect] as (...args: string[]) => string;
    out = out.slice(0, m.index) + fn(...m[2].split("|")) + out.slice(m.index + m[0].length);
  }
  return out;
}

describe("the SQL script of community-funnel sql", () => {
  it("parses as BigQuery SQL, statement by statement, in every variant", () => {
    const parser = new Parser();
    for (const options of VARIANTS) {
      const script = sqlScript(BIGQUERY, options);
      for (const statement of statements(script)) {
        expect(() => parser.astify(statement, { database: "bigquery" }), statement).not.toThrow();
      }
    }
  });

  it("is checked by a parser that tells DuckDB's SQL from BigQuery's", () => {
    const parser = new Parser();
    const failing = statements(sqlScript(DUCKDB, BASE)).filter((statement) => {
      try {
        parser.astify(statement, { database: "bigquery" });
        return false;
      } catch {
        return true;
      }
    });
    // DuckDB's day series and its integer division are no BigQuery.
    expect(failing.map((s) => /CREATE OR REPLACE (?:TEMP )?TABLE (\S+)/.exec(s)?.[1])).toEqual([
      "report_days",
      "community_funnel.purchases",
      "community_funnel.retention",
    ]);
  });

  it("comes from one query plan for both dialects, differing only in the dialect's functions", () => {
    for (const options of VARIANTS) {
      const [bigquery, duckdb] = [BIGQUERY, DUCKDB].map((d) => sqlPlan(symbolic(d), options));
      expect(duckdb).toEqual(bigquery);
      for (const real of [BIGQUERY, DUCKDB]) {
        expect(bigquery.map((step) => JSON.parse(realise(JSON.stringify(step), real)))).toEqual(
          sqlPlan(real, options),
        );
      }
    }
    // The functions a dialect spells its own way: week truncation, date arithmetic, safe division…
    expect(Object.keys(DUCKDB).sort()).toEqual(
      ["addDays", "daySeries", "daysBetween", "money", "name", "quotient", "ratio", "weekStart"].sort(),
    );
  });

  it("says for every step and every part of it which section of the spec it computes", () => {
    for (const step of sqlPlan(BIGQUERY, BASE)) {
      expect(step.about, step.name).toMatch(/§\d/);
      for (const cte of step.ctes) expect(cte.about, `${step.name}.${cte.name}`).toMatch(/§\d/);
    }
  });

  it("creates the report's tables with the JSON report's column names", () => {
    const script = sqlScript(DUCKDB, BASE);
    expect([...script.matchAll(/CREATE OR REPLACE TABLE community_funnel\.(\w+)/g)].map((m) => m[1])).toEqual(
      ["daily", "weekly", "funnel", "purchases", "retention"],
    );
    expect(script).toContain("day AS date,\n  total_members AS totalMembers,");
  });
});

describe("edge cases", () => {
  it("reads no table that was not loaded, and makes no table that needs it", () => {
    const script = sqlScript(BIGQUERY, { ...BASE, activity: false, orders: false });
    expect(script).not.toMatch(/community_funnel\.(activity|orders)\b/);
    expect(script).not.toMatch(/TABLE community_funnel\.(purchases|retention)/);
    expect(script).toContain("CAST(NULL AS INT64) AS active_members");
  });
  it("writes a given range's ends as dates, and the window as a number, in the options step", () => {
    const [options] = sqlPlan(DUCKDB, { ...BASE, from: daysFromCivil(2024, 12, 1), windowDays: 14 });
    expect(options.select).toBe(
      "SELECT DATE '2024-12-01' AS from_day, CAST(NULL AS DATE) AS to_day, 14 AS window_days",
    );
  });
});
