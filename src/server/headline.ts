/** The latest complete week, as the Weekly sheet, the sidebar and the menu's toast show it. */
import { formatDay, type ZoneClock } from "../core/calendar";
import { displayValue } from "../core/display";
import { type Column, type Lang, sheetValue, WEEKLY_COLUMNS } from "../core/layout";
import type { Report, WeekRow } from "../core/types";
import type { Headline } from "./bridge-types";
import { messages } from "./messages";
import { GROWTH_FORMAT, KIND_FORMATS } from "./report-blocks";
import { type Block, TEXT_FORMAT } from "./writing";

/** The last row of a list that is complete (a week or a cohort), or null. */
export function latestComplete<T extends { complete: boolean }>(rows: readonly T[]): T | null {
  for (let i = rows.length - 1; i >= 0; i--) if (rows[i].complete) return rows[i];
  return null;
}

const HEADLINE_KEYS = [
  "totalMembers",
  "activeRate",
  "convertedMembers",
  "gmv",
  "convertedWowGrowth",
  "gmvWowGrowth",
] as const;
const columnOf = (key: string): Column<WeekRow> => WEEKLY_COLUMNS.find((c) => c.key === key)!;
const HEADLINE_COLUMNS = HEADLINE_KEYS.map(columnOf);
const GROWTH_KEYS: ReadonlySet<string> = new Set(["convertedWowGrowth", "gmvWowGrowth"]);

export function headlineOf(report: Report): Headline | null {
  const week = latestComplete(report.weekly);
  if (!week) return null;
  return {
    weekStart: formatDay(week.weekStart),
    weekEnd: formatDay(week.weekEnd),
    totalMembers: week.totalMembers,
    activeRate: week.activeRate,
    convertedMembers: week.convertedMembers,
    gmv: columnOf("gmv").get(week) as number | null,
    gmvWowGrowth: week.gmvWowGrowth,
    convertedWowGrowth: week.convertedWowGrowth,
  };
}

/** Title, labels and values of the latest complete week (three rows), above the weekly table. */
export function headlineBlock(
  report: Report,
  at: { row: number; column: number },
  lang: Lang,
  clock: ZoneClock,
): Block {
  const t = messages(lang);
  const week = latestComplete(report.weekly);
  const width = HEADLINE_COLUMNS.length;
  const title = week ? t.latestWeek(formatDay(week.weekStart), formatDay(week.weekEnd)) : t.noCompleteWeek;
  const format = (key: string, kind: keyof typeof KIND_FORMATS): string =>
    GROWTH_KEYS.has(key) ? GROWTH_FORMAT : KIND_FORMATS[kind];
  return {
    ...at,
    values: [
      [title, ...Array<string>(width - 1).fill("")],
      HEADLINE_COLUMNS.map((c) => c[lang]),
      HEADLINE_COLUMNS.map((c) => (week ? sheetValue(c.get(week), c.kind, clock) : "")),
    ],
    formats: [
      Array<string>(width).fill(TEXT_FORMAT),
      Array<string>(width).fill(TEXT_FORMAT),
      HEADLINE_COLUMNS.map((c) => format(c.key, c.kind)),
    ],
    boldRows: 2,
  };
}

function arrow(growth: number | null, lang: Lang): string {
  if (growth === null) return "";
  const sign = growth > 0 ? "▲ " : growth < 0 ? "▼ " : "";
  return ` (${sign}${displayValue(Math.abs(growth), "rate", lang)})`;
}

/** One line for a toast: the week, members, active rate, converted and GMV with their changes. */
export function headlineText(headline: Headline | null, lang: Lang): string {
  const t = messages(lang);
  if (!headline) return t.noCompleteWeek;
  const show = (key: (typeof HEADLINE_KEYS)[number], value: number | null): string => {
    const column = columnOf(key);
    return `${column[lang]} ${displayValue(value, column.kind, lang)}`;
  };
  return [
    t.latestWeek(headline.weekStart, headline.weekEnd),
    show("totalMembers", headline.totalMembers),
    show("activeRate", headline.activeRate),
    show("convertedMembers", headline.convertedMembers) + arrow(headline.convertedWowGrowth, lang),
    show("gmv", headline.gmv) + arrow(headline.gmvWowGrowth, lang),
  ].join(" · ");
}
