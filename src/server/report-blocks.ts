/** Core's typed layout values as sheet cells with number formats (report.md "Formats"). */
import type { ZoneClock } from "../core/calendar";
import { type ColumnKind, type LayoutTable, sheetValue } from "../core/layout";
import { type Block, NUMBER_FORMAT, TEXT_FORMAT } from "./writing";

export const KIND_FORMATS: Record<ColumnKind, string> = {
  day: "yyyy-mm-dd",
  int: "#,##0",
  number: "#,##0.00",
  rate: "0.0%",
  money: "#,##0.00",
  bool: NUMBER_FORMAT,
  text: TEXT_FORMAT,
};

/** A week-on-week change: a number, shown with its arrow. */
export const GROWTH_FORMAT = '"▲ "0.0%;"▼ "0.0%;0.0%';

/** A table with a bold header row; every header is plain text. */
export function tableBlock(
  at: { row: number; column: number },
  { headers, kinds, rows }: Pick<LayoutTable, "headers" | "kinds" | "rows">,
  clock: ZoneClock,
): Block {
  return {
    ...at,
    values: [[...headers], ...rows.map((r) => r.map((v, i) => sheetValue(v, kinds[i], clock)))],
    formats: [headers.map(() => TEXT_FORMAT), ...rows.map(() => kinds.map((k) => KIND_FORMATS[k]))],
    boldRows: 1,
  };
}

/** A block of text only (labels and values alike), its first row bold. */
export function textBlock(at: { row: number; column: number }, rows: readonly (readonly string[])[]): Block {
  return {
    ...at,
    values: rows.map((r) => [...r]),
    formats: rows.map((r) => r.map(() => TEXT_FORMAT)),
    boldRows: 1,
  };
}
