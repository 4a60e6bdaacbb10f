/** The cleaned tables (core/cleaned.ts) of small CSV snippets, as rows people can read in a test. */
import { formatDay, ZoneClock } from "../../src/core/calendar";
import { type CleanedTable, cleanedTables } from "../../src/core/cleaned";
import { parseDelimited } from "../../src/core/delimited";
import { readTables, runOf } from "../../src/core/report";
import type { ReportOptions } from "../../src/core/types";
import type { Csv } from "./report";

const grid = (text: string | undefined): string[][] | null =>
  text === undefined ? null : parseDelimited(text);

export function cleanedOf(csv: Csv, options: Partial<ReportOptions> = {}): CleanedTable[] {
  const timeZone = options.timeZone ?? "Asia/Shanghai";
  const tables = readTables(
    { members: grid(csv.members)!, activity: grid(csv.activity), orders: grid(csv.orders) },
    new ZoneClock(timeZone),
  );
  return cleanedTables(runOf(tables, { timeZone, ...options }));
}

/** A table's rows as objects: member ids as text, days as YYYY-MM-DD. */
export function rowsOf(
  tables: readonly CleanedTable[],
  name: CleanedTable["name"],
): Record<string, unknown>[] {
  const table = tables.find((t) => t.name === name);
  if (!table) throw new Error(`no ${name} table`);
  return Array.from({ length: table.length }, (_, i) =>
    Object.fromEntries(
      table.columns.map((c) => {
        const v = c.values[i];
        if (v === null) return [c.name, null];
        if (c.dictionary) return [c.name, c.dictionary[v as number]];
        return [c.name, c.kind === "day" ? formatDay(v as number) : v];
      }),
    ),
  );
}
