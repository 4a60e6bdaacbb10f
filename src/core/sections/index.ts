/**
 * The section catalogue: every part of the report, in the JSON's order (metrics.md §8,
 * insights.md §17). A new section is one entry here plus its own files; every door follows.
 */
import type { Lang } from "../../shared/lang";
import type { LayoutTable } from "../layout";
import type { ReportBase } from "../types";
import { BREAKDOWN } from "./breakdown";
import { CHANNELS } from "./channels";
import { CONTENT } from "./content";
import { DAILY } from "./daily";
import { FOLLOW_UP } from "./follow-up";
import { FUNNEL } from "./funnel";
import { PROBLEMS } from "./problems";
import { PURCHASES } from "./purchases";
import { RETENTION } from "./retention";
import type { ReportSection } from "./section";
import { WEEKLY } from "./weekly";

export const SECTIONS = [
  DAILY,
  WEEKLY,
  FUNNEL,
  PURCHASES,
  RETENTION,
  BREAKDOWN,
  FOLLOW_UP,
  CHANNELS,
  CONTENT,
  PROBLEMS,
] as const;

type Entry = (typeof SECTIONS)[number];

export type SectionId = Entry["id"];

/** Each section's value under its id, as the Report holds them. */
export type SectionValues = { [S in Entry as S["id"]]: ReturnType<S["compute"]> };

/** Any section, for the code that iterates the catalogue. */
export type AnySection = ReportSection<SectionId, unknown>;

/** The sections in the order people read them (tabs, CLI tables): the one marked first, then the JSON's order. */
export const READING_ORDER: readonly AnySection[] = [
  ...(SECTIONS as readonly AnySection[]).filter((s) => s.sheet?.first),
  ...(SECTIONS as readonly AnySection[]).filter((s) => !s.sheet?.first),
];

export function sectionOf(id: SectionId): AnySection {
  return (SECTIONS as readonly AnySection[]).find((s) => s.id === id)!;
}

/** A section's notes on its sheet, main and side: what the grey rows and shades of its tables mean. */
function notesOf(section: AnySection, lang: Lang): string[] {
  if (!section.sheet) return [];
  const { main, side } = section.sheet;
  return [
    ...main.flatMap((item) => (typeof item === "object" && "note" in item ? [item.note[lang]] : [])),
    ...side.flatMap((item) => (item.kind === "note" ? [item.note[lang]] : [])),
  ];
}

const coloured = (cells: (string | null)[][] | undefined): boolean =>
  cells?.some((row) => row.some((colour) => colour !== null)) ?? false;

/**
 * Every table of a report for people, in reading order: the CLI's table, csv and xlsx outputs.
 * A table of its section's sheet with grey rows or shades carries the notes that sheet shows.
 */
export function reportTables(report: ReportBase & SectionValues, lang: Lang): LayoutTable[] {
  const values = report as unknown as Record<SectionId, unknown>;
  return READING_ORDER.flatMap((s) => {
    const notes = notesOf(s, lang);
    const onSheet = new Set(s.sheet?.main.filter((item) => typeof item === "string"));
    return s
      .tables(values[s.id], lang, report)
      .map((t) =>
        notes.length > 0 && onSheet.has(t.id) && (coloured(t.fontColors) || coloured(t.backgrounds))
          ? { ...t, notes }
          : t,
      );
  });
}

export type { ReportSection };
