/** What a report was built from, recorded on each report sheet as text in the report's language. */
import { formatDay, type ZoneClock } from "../core/calendar";
import type { ReportBase, TableName } from "../core/types";
import type { Lang } from "../shared/lang";
import { messages } from "./messages";

export interface Provenance {
  sources: { table: TableName; sheet: string | null; rows: number }[];
  report: Pick<ReportBase, "timeZone" | "weekStartsOn" | "windowDays" | "range">;
  /** When the build ran (ms since the epoch). */
  builtAt: number;
}

const MS_PER_MINUTE = 60_000;

/**
 * An instant as the spreadsheet's wall clock, `YYYY-MM-DD HH:MM`.
 * @example formatInstant(Date.UTC(2025, 0, 13, 2, 5), shanghai) //=> "2025-01-13 10:05"
 */
export function formatInstant(ms: number, clock: ZoneClock): string {
  const minutes = Math.floor((ms + clock.offsetAt(ms)) / MS_PER_MINUTE);
  const ofDay = ((minutes % 1440) + 1440) % 1440;
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${formatDay(clock.dayOf(ms))} ${pad(Math.floor(ofDay / 60))}:${pad(ofDay % 60)}`;
}

/** Label/value rows under a title row. */
export function provenanceRows(provenance: Provenance, lang: Lang, clock: ZoneClock): string[][] {
  const t = messages(lang);
  const { report } = provenance;
  const range = report.range ? `${formatDay(report.range.from)} – ${formatDay(report.range.to)}` : t.noData;
  return [
    [t.about, ""],
    ...provenance.sources.map(({ table, sheet, rows }) => [
      t.sourceLabel(table),
      sheet === null ? t.notUsed : `${sheet} (${t.rows(rows)})`,
    ]),
    [t.timeZone, report.timeZone],
    [t.weekStartsOn, t.weekStart[report.weekStartsOn]],
    [t.window, t.days(report.windowDays)],
    [t.range, range],
    [t.builtAt, `${formatInstant(provenance.builtAt, clock)} (${report.timeZone})`],
  ];
}
