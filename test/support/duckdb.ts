/**
 * The cleaned tables loaded into an in-process DuckDB (@duckdb/node-api), the way a team loads them
 * into its warehouse, and the SQL script's result tables read back as the JSON report's rows.
 */
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";

export const DATASET = "community_funnel";

export async function duckdb(): Promise<DuckDBConnection> {
  // One thread: the suite runs a test file per core, and DuckDB would take every core for itself.
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  return instance.connect();
}

/** The tables a clean wrote into `dir`, as tables of DATASET (made anew). */
export async function loadCleaned(
  db: DuckDBConnection,
  dir: string,
  format: "csv" | "parquet",
  tables: readonly string[] = ["memberships", "activity", "orders"],
): Promise<void> {
  await db.run(`DROP SCHEMA IF EXISTS ${DATASET} CASCADE; CREATE SCHEMA ${DATASET}`);
  // CSV columns as text first (as bq load with a schema would), then the typed ones cast.
  const typed: Record<string, string> = {
    memberships: "CAST(joined_day AS DATE) AS joined_day, CAST(left_day AS DATE) AS left_day",
    activity: "CAST(day AS DATE) AS day, CAST(count AS INT64) AS count",
    orders: "CAST(day AS DATE) AS day, CAST(amount_cents AS INT64) AS amount_cents",
  };
  for (const table of tables) {
    const path = `${dir}/${table}.${format}`;
    const from =
      format === "parquet"
        ? `SELECT * FROM read_parquet('${path}')`
        : `SELECT * REPLACE (${typed[table]}) FROM read_csv('${path}', header = true, all_varchar = true)`;
    await db.run(`CREATE TABLE ${DATASET}.${table} AS ${from}`);
  }
}

const NUMERIC = /^(BIGINT|HUGEINT|INTEGER|DECIMAL)/;

/** A result table's rows as the JSON report has them: numbers as numbers, days as YYYY-MM-DD. */
export async function resultRows(db: DuckDBConnection, table: string): Promise<Record<string, unknown>[]> {
  const reader = await db.runAndReadAll(`SELECT * FROM ${DATASET}.${table}`);
  const numeric = reader.columnTypes().map((t) => NUMERIC.test(String(t)));
  const names = reader.columnNames();
  return reader
    .getRowsJson()
    .map((row) =>
      Object.fromEntries(row.map((v, i) => [names[i], numeric[i] && v !== null ? Number(v) : v])),
    );
}

/** Retention rows (one per cohort week and week after it) as the JSON's lists (insights.md §11). */
export function retentionLists(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const cohorts = new Map<
    string,
    { weekStart: unknown; joined: unknown; active: unknown[]; rates: unknown[]; complete: unknown[] }
  >();
  for (const row of rows) {
    const key = String(row.weekStart);
    if (!cohorts.has(key))
      cohorts.set(key, { weekStart: row.weekStart, joined: row.joined, active: [], rates: [], complete: [] });
    const cohort = cohorts.get(key)!;
    cohort.active.push(row.active);
    cohort.rates.push(row.rate);
    cohort.complete.push(row.complete);
  }
  return [...cohorts.values()];
}

/** Runs a script of community-funnel sql and reads back its tables, shaped as the JSON report's sections. */
export async function scriptTables(db: DuckDBConnection, script: string): Promise<Record<string, unknown[]>> {
  await db.run(script);
  const tables = (
    await db.runAndReadAll(`SELECT table_name FROM duckdb_tables() WHERE schema_name = '${DATASET}'`)
  )
    .getRowsJson()
    .map(([name]) => String(name));
  const sections: Record<string, unknown[]> = {};
  for (const name of ["daily", "weekly", "funnel", "purchases", "retention"]) {
    if (!tables.includes(name)) continue;
    const rows = await resultRows(db, name);
    sections[name] = name === "retention" ? retentionLists(rows) : rows;
  }
  return sections;
}
