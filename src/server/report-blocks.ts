/** Core's typed layout values as sheet cells with number formats (report.md "Formats"). */
import type { ZoneClock } from "../core/calendar";
import { type ColumnKind, fullRow, type LayoutTable, type LayoutValue, sheetValue } from "../core/layout";
import { MULTIPLE_SUFFIX } from "../shared/display";
import type { Labels, Lang } from "../shared/lang";
import { type Block, TEXT_FORMAT } from "./writing";

const KIND_FORMATS: Record<ColumnKind, string | Labels> = {
  day: "yyyy-mm-dd",
  int: "#,##0",
  number: "#,##0.00",
  rate: "0.0%",
  money: "#,##0.00",
  // Sheets shows a boolean as TRUE/FALSE whatever its format; a Chinese sheet gets text (reportCell).
  bool: { en: "0", zh: TEXT_FORMAT },
  text: TEXT_FORMAT,
  multiple: { en: `0.00"${MULTIPLE_SUFFIX.en}"`, zh: `0.00"${MULTIPLE_SUFFIX.zh}"` },
};

/** The number format of a kind of cell; a multiple's unit is the report's language's (1.55x, 1.55倍). */
export function kindFormat(kind: ColumnKind, lang: Lang): string {
  const format = KIND_FORMATS[kind];
  return typeof format === "string" ? format : format[lang];
}

/** Yes and no on a sheet in a language whose words are not TRUE/FALSE: no number format maps a boolean. */
const BOOL_WORDS: Partial<Record<Lang, { yes: string; no: string }>> = { zh: { yes: "是", no: "否" } };

/**
 * A layout value as a report cell: sheetValue, with a boolean as 是/否 on a Chinese sheet.
 * @example reportCell(true, "bool", clock, "zh") //=> "是"
 */
export function reportCell(
  value: LayoutValue,
  kind: ColumnKind,
  clock: ZoneClock,
  lang: Lang,
): string | number | boolean | Date {
  const words = BOOL_WORDS[lang];
  if (kind === "bool" && typeof value === "boolean" && words) return value ? words.yes : words.no;
  return sheetValue(value, kind, clock);
}

/** A week-on-week change: a number, shown with its arrow. */
export const GROWTH_FORMAT = '"▲ "0.0%;"▼ "0.0%;0.0%';

/** A table's cell colours as a block's: none on the header row, the default past a row's end. */
function blockColors(
  colors: (string | null)[][] | undefined,
  rows: number,
  width: number,
): (string | null)[][] | undefined {
  if (!colors) return undefined;
  const none = (): (string | null)[] => new Array<string | null>(width).fill(null);
  return [none(), ...Array.from({ length: rows }, (_, r) => fullRow(colors[r] ?? [], width, (c) => c, null))];
}

/** A table with a bold header row; every header is plain text; cells past a short row's end blank. */
export function tableBlock(
  at: { row: number; column: number },
  {
    headers,
    kinds,
    rows,
    backgrounds,
    fontColors,
  }: Pick<LayoutTable, "headers" | "kinds" | "rows" | "backgrounds" | "fontColors">,
  clock: ZoneClock,
  lang: Lang,
): Block {
  const width = headers.length;
  const block: Block = {
    ...at,
    values: [
      [...headers],
      ...rows.map((r) => fullRow(r, width, (v, i) => reportCell(v, kinds[i], clock, lang), "")),
    ],
    formats: [headers.map(() => TEXT_FORMAT), ...rows.map(() => kinds.map((k) => kindFormat(k, lang)))],
    boldRows: 1,
  };
  const shades = blockColors(backgrounds, rows.length, width);
  const marks = blockColors(fontColors, rows.length, width);
  if (shades) block.backgrounds = shades;
  if (marks) block.fontColors = marks;
  return block;
}

/** One line of plain text, not bold: a legend above a table. */
export function noteBlock(at: { row: number; column: number }, text: string): Block {
  return { ...at, values: [[text]], formats: [[TEXT_FORMAT]], boldRows: 0 };
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
