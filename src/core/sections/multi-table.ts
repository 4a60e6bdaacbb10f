/**
 * A section of several tables under one JSON key, `{"content": {"weekly": […], "byType": […]}}`
 * (insights.md §17): each part a table of rows, as tableSection's one table is. Its JSON, its
 * tables for people and its sheet's blocks follow from the parts, in their order.
 */
import type { Labels } from "../../shared/lang";
import { type Column, tableOf } from "../layout";
import { type ReportSection, rowJson } from "./section";

/** One table of the section: its key in the section's JSON, and its table for people. */
export interface SectionPart<R> {
  /** Its table's id: file-name-safe and unique in the report (the sheet's layout names it). */
  id: string;
  title: Labels;
  columns: readonly Column<R>[];
}

/** The parts of a value whose every key holds a list of rows. */
export type SectionParts<V> = { [K in keyof V]: SectionPart<V[K] extends readonly (infer R)[] ? R : never> };

export interface MultiTableSection<Id extends string, V> extends ReportSection<Id, V | null> {
  /** By JSON key, in the JSON's order. */
  parts: SectionParts<V>;
}

export function multiTableSection<Id extends string, V extends { [K in keyof V]: readonly unknown[] }>(
  def: Omit<MultiTableSection<Id, V>, "json" | "tables">,
): MultiTableSection<Id, V> {
  const parts = Object.entries(def.parts) as [keyof V & string, SectionPart<unknown>][];
  return {
    ...def,
    json: (value) => ({
      [def.id]:
        value === null
          ? null
          : Object.fromEntries(
              parts.map(([key, part]) => [key, value[key].map((row) => rowJson(part.columns, row))]),
            ),
    }),
    tables: (value, lang) =>
      value === null
        ? []
        : parts.map(([key, part]) => tableOf(part.id, part.title[lang], part.columns, value[key], lang)),
  };
}
