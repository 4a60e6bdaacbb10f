/** The report as metrics.md §8 JSON (with insights.md §17's sections): each section writes its own keys. */
import { formatDay } from "../shared/days";
import type { Report } from "./report";
import { type AnySection, SECTIONS, type SectionId } from "./sections";

export interface ReportJson {
  timeZone: string;
  weekStartsOn: string;
  range: { from: string | null; to: string | null };
  daily: Record<string, unknown>[];
  weekly: Record<string, unknown>[];
  funnel: Record<string, unknown>[];
  excluded: Record<string, number>;
  problems: { table: string; row: number; column: string; value: string; message: string }[];
  [section: string]: unknown;
}

export function reportToJson(report: Report): ReportJson {
  const json: Record<string, unknown> = {
    timeZone: report.timeZone,
    weekStartsOn: report.weekStartsOn,
    range: {
      from: report.range && formatDay(report.range.from),
      to: report.range && formatDay(report.range.to),
    },
  };
  const values = report as unknown as Record<SectionId, unknown>;
  for (const section of SECTIONS as readonly AnySection[])
    Object.assign(json, section.json(values[section.id], report));
  return json as ReportJson;
}
