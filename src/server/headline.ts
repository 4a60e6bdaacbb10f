/**
 * The latest complete week, as the Weekly sheet, the sidebar and the menu's toast show it: the
 * values each section declares for its headline (core/sections), from that week's rows.
 */
import { formatDay, type ZoneClock } from "../core/calendar";
import { sheetValue } from "../core/layout";
import { latestComplete } from "../core/range";
import type { Report } from "../core/report";
import { type AnySection, SECTIONS, type SectionId } from "../core/sections";
import type { TableSection } from "../core/sections/section";
import type { Day } from "../core/types";
import type { Headline, HeadlineMetric } from "../shared/bridge";
import { displayValue } from "../shared/display";
import type { Lang } from "../shared/lang";
import { messages } from "./messages";
import { GROWTH_FORMAT, kindFormat } from "./report-blocks";
import { type Block, TEXT_FORMAT } from "./writing";

/** The headline's values for the week starting `weekStart` (null: no week, every value empty). */
function metricsOf(report: Report, weekStart: Day | null): HeadlineMetric[] {
  const values = report as unknown as Record<SectionId, unknown>;
  const metrics: HeadlineMetric[] = [];
  for (const section of SECTIONS as readonly AnySection[]) {
    if (!section.headline) continue;
    const { columns } = section as unknown as TableSection<string, unknown>;
    const start = columns.find((c) => c.key === "weekStart")!;
    const rows = (values[section.id] as unknown[] | null) ?? [];
    const row = weekStart === null ? undefined : rows.find((r) => start.get(r) === weekStart);
    const cell = (key: string) => {
      const column = columns.find((c) => c.key === key)!;
      return { column, value: (row === undefined ? null : column.get(row)) as number | null };
    };
    for (const item of section.headline) {
      const { column, value } = cell(item.key);
      const metric: HeadlineMetric = {
        key: item.key,
        label: { en: column.en, zh: column.zh },
        kind: column.kind,
        value,
      };
      if (item.growth) {
        const growth = cell(item.growth);
        metric.growth = { value: growth.value, label: { en: growth.column.en, zh: growth.column.zh } };
      }
      metrics.push(metric);
    }
  }
  return metrics;
}

/** The headline of the report's latest complete week, or null when no week is complete. */
export function headlineOf(report: Report): Headline | null {
  const week = latestComplete(report.weekly ?? []);
  if (!week) return null;
  return {
    weekStart: formatDay(week.weekStart),
    weekEnd: formatDay(week.weekEnd),
    metrics: metricsOf(report, week.weekStart),
    earlierWeek: report.weekly!.indexOf(week) > 0,
  };
}

/**
 * Title, labels and values of the latest complete week (three rows), above the weekly table: each
 * metric, then each week-on-week change (shown with its arrow).
 */
export function headlineBlock(
  report: Report,
  at: { row: number; column: number },
  lang: Lang,
  clock: ZoneClock,
): Block {
  const t = messages(lang);
  const headline = headlineOf(report);
  const metrics = headline?.metrics ?? metricsOf(report, null);
  const growths = metrics.flatMap((m) => (m.growth ? [m.growth] : []));
  const labels = [...metrics.map((m) => m.label[lang]), ...growths.map((g) => g.label[lang])];
  const values = [
    ...metrics.map((m) => sheetValue(m.value, m.kind, clock)),
    ...growths.map((g) => sheetValue(g.value, "rate", clock)),
  ];
  const width = labels.length;
  const title = headline ? t.latestWeek(headline.weekStart, headline.weekEnd) : noWeek(report, lang);
  return {
    ...at,
    values: [[title, ...Array<string>(width - 1).fill("")], labels, values],
    formats: [
      Array<string>(width).fill(TEXT_FORMAT),
      Array<string>(width).fill(TEXT_FORMAT),
      [...metrics.map((m) => kindFormat(m.kind, lang)), ...growths.map(() => GROWTH_FORMAT)],
    ],
    boldRows: 2,
  };
}

/** One sentence when no week is complete: the days the data covers, if any. */
function noWeek(report: Report, lang: Lang): string {
  const t = messages(lang);
  const { range } = report;
  return range
    ? t.noCompleteWeekIn(formatDay(range.from), formatDay(range.to), range.to - range.from + 1)
    : t.noCompleteWeek;
}

function arrow(growth: number | null, lang: Lang): string {
  if (growth === null) return "";
  const sign = growth > 0 ? "▲ " : growth < 0 ? "▼ " : "";
  return ` (${sign}${displayValue(Math.abs(growth), "rate", lang)})`;
}

/** One line for a toast: the week, then each metric with its change. */
export function headlineText(headline: Headline | null, lang: Lang): string {
  const t = messages(lang);
  if (!headline) return t.noCompleteWeek;
  return [
    t.latestWeek(headline.weekStart, headline.weekEnd),
    ...headline.metrics.map(
      (m) =>
        `${m.label[lang]} ${displayValue(m.value, m.kind, lang)}${m.growth ? arrow(m.growth.value, lang) : ""}`,
    ),
  ].join(" · ");
}
