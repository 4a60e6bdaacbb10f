/**
 * Where BigQuery and DuckDB spell the same step differently: week truncation, date arithmetic,
 * division that is empty over 0, money from cents, and the series of days. The query plan
 * (plan.ts) is written once against this interface; everything else in it is SQL both read alike.
 */
import type { WeekStart } from "../types";

export interface Dialect {
  name: "bigquery" | "duckdb";
  /** The first day of the calendar week holding `day` (metrics.md §4). */
  weekStart(day: string, weekStartsOn: WeekStart): string;
  /** `day` + `days` days. */
  addDays(day: string, days: string): string;
  /** The days from `from` to `to` (to − from). */
  daysBetween(from: string, to: string): string;
  /** part / whole as a fraction; NULL when whole is 0 or NULL (metrics.md §6). */
  ratio(part: string, whole: string): string;
  /** The integer quotient of two non-negative integers, rounded down. */
  quotient(a: string, b: string): string;
  /** Integer cents as an exact decimal amount of yuan. */
  money(cents: string): string;
  /** A FROM item: one row per day from `from` to `to`, in a column `day`. */
  daySeries(from: string, to: string): string;
}

export const BIGQUERY: Dialect = {
  name: "bigquery",
  weekStart: (day, weekStartsOn) => `DATE_TRUNC(${day}, WEEK(${weekStartsOn.toUpperCase()}))`,
  addDays: (day, days) => `DATE_ADD(${day}, INTERVAL ${/^\w+$/.test(days) ? days : `(${days})`} DAY)`,
  daysBetween: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)`,
  ratio: (part, whole) => `SAFE_DIVIDE(${part}, ${whole})`,
  quotient: (a, b) => `DIV(${a}, ${b})`,
  money: (cents) => `CAST(${cents} AS NUMERIC) / 100`,
  daySeries: (from, to) => `UNNEST(GENERATE_DATE_ARRAY(${from}, ${to})) AS day`,
};

export const DUCKDB: Dialect = {
  name: "duckdb",
  // DuckDB's weeks start on Monday; a Sunday week is the Monday week of the day after, less a day.
  weekStart: (day, weekStartsOn) =>
    weekStartsOn === "monday"
      ? `CAST(date_trunc('week', ${day}) AS DATE)`
      : `(CAST(date_trunc('week', ${day} + 1) AS DATE) - 1)`,
  addDays: (day, days) => `(${day} + ${days})`,
  daysBetween: (from, to) => `(${to} - (${from}))`,
  // DuckDB's / divides integers as doubles.
  ratio: (part, whole) => `((${part}) / NULLIF(${whole}, 0))`,
  quotient: (a, b) => `((${a}) // (${b}))`,
  // A decimal times a decimal stays a decimal; divided, DuckDB makes it a double.
  money: (cents) => `(CAST(${cents} AS DECIMAL(38, 0)) * 0.01)`,
  daySeries: (from, to) =>
    `unnest(CAST(generate_series(${from}, ${to}, INTERVAL 1 DAY) AS DATE[])) AS series(day)`,
};

export const DIALECTS = { bigquery: BIGQUERY, duckdb: DUCKDB } as const;

export type DialectName = keyof typeof DIALECTS;
