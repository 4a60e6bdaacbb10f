/** Runs the engine on small CSV snippets, for tests that read like the spec's examples. */
import { parseDelimited } from "../../src/core/delimited";
import { type ReportJson, reportToJson } from "../../src/core/json";
import { buildReport } from "../../src/core/report";
import type { ReportOptions } from "../../src/core/types";

export interface Csv {
  members: string;
  activity?: string;
  orders?: string;
}

const grid = (text: string | undefined): string[][] | null =>
  text === undefined ? null : parseDelimited(text);

export function reportOf(csv: Csv, options: Partial<ReportOptions> = {}): ReportJson {
  return reportToJson(
    buildReport(
      { members: grid(csv.members)!, activity: grid(csv.activity), orders: grid(csv.orders) },
      { timeZone: "Asia/Shanghai", ...options },
    ),
  );
}

/** A day's row of the daily table. */
export function dayRow(report: ReportJson, date: string): Record<string, unknown> {
  const row = report.daily.find((d) => d.date === date);
  if (!row) throw new Error(`no daily row for ${date}`);
  return row;
}
