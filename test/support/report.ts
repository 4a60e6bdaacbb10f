/** Runs the engine on small CSV snippets, for tests that read like the spec's examples. */
import { parseDelimited } from "../../src/core/delimited";
import { INPUT_TABLES, type OptionalTableName, type TableGrids } from "../../src/core/inputs";
import { type ReportJson, reportToJson } from "../../src/core/json";
import { buildReport } from "../../src/core/report";
import type { ReportOptions } from "../../src/core/types";

/** Each table as CSV text: the members always, any other table of the catalogue when given. */
export type Csv = { members: string } & Partial<Record<OptionalTableName, string>>;

export function reportOf(csv: Csv, options: Partial<ReportOptions> = {}): ReportJson {
  const grids: TableGrids = { members: parseDelimited(csv.members) };
  for (const { name } of INPUT_TABLES) {
    const text = csv[name];
    if (name !== "members" && text !== undefined) grids[name] = parseDelimited(text);
  }
  return reportToJson(buildReport(grids, { timeZone: "Asia/Shanghai", ...options }));
}

/** A day's row of the daily table. */
export function dayRow(report: ReportJson, date: string): Record<string, unknown> {
  const row = report.daily.find((d) => d.date === date);
  if (!row) throw new Error(`no daily row for ${date}`);
  return row;
}
