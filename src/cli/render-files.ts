/** `--format csv` (one file per report table) and `--format xlsx` (one sheet per table). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Worksheet } from "exceljs";
import Papa from "papaparse";
import { daysFromCivil, formatDay } from "../core/calendar";
import { MUTED_TEXT } from "../core/heatmap";
import { type ColumnKind, fullRow, kindAt, type LayoutValue } from "../core/layout";
import type { Report } from "../core/report";
import { reportTables } from "../core/sections";
import { MULTIPLE_SUFFIX } from "../shared/display";
import type { Lang } from "../shared/lang";

/** Spreadsheet programs run a cell starting with = + - @ as a formula; a quote keeps user text text. */
export function literalText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvValue(value: LayoutValue, kind: ColumnKind): string | number | boolean {
  if (value === null) return "";
  if (kind === "day" && typeof value === "number") return formatDay(value);
  if (typeof value === "string") return literalText(value);
  return value;
}

/** Writes daily.csv, weekly.csv, funnel.csv, problems.csv and excluded.csv; returns their paths. */
export function writeCsvFiles(report: Report, dir: string, lang: Lang): string[] {
  mkdirSync(dir, { recursive: true });
  return reportTables(report, lang).map((table) => {
    const path = join(dir, `${table.id}.csv`);
    const rows = table.rows.map((row) =>
      fullRow(row, table.headers.length, (v, i) => csvValue(v, table.kinds[i]), ""),
    );
    // A BOM so that Excel opens the Chinese headers as UTF-8.
    writeFileSync(path, `\uFEFF${Papa.unparse({ fields: table.headers, data: rows })}\r\n`);
    return path;
  });
}

/** Excel's number format of each kind of cell; a multiple's unit is the report's language's. */
const excelFormats = (lang: Lang): Partial<Record<ColumnKind, string>> => ({
  day: "yyyy-mm-dd",
  rate: "0.0%",
  money: "#,##0.00",
  number: "#,##0.00",
  int: "#,##0",
  multiple: `0.00"${MULTIPLE_SUFFIX[lang]}"`,
});
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);

/** A #rrggbb colour as Excel's opaque ARGB. */
const argb = (color: string): string => `FF${color.slice(1).toUpperCase()}`;

/**
 * A workbook sheet's name from a table's title: Excel allows 31 characters, none of * ? : \ / [ ],
 * no quote at either end, and no two names alike in any case. Titles can hold the operator's text
 * (a breakdown's column header).
 * @example worksheetName("By 城市/区 · every week", []) //=> "By 城市_区 · every week"
 */
export function worksheetName(title: string, taken: readonly string[]): string {
  const clean = title.replace(/[*?:\\/[\]]/g, "_").replace(/^'+|'+$/g, "") || "Sheet";
  const used = new Set(taken.map((name) => name.toLowerCase()));
  let name = fitted(clean, 31);
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${fitted(clean, 31 - ` (${n})`.length)} (${n})`;
  return name;
}

/** A trailing date, or the separators a cut leaves at the end: " 2025-04-14 –", " · ". */
const DANGLING = /(\s*\d{4}-\d{2}-\d{2})?[\s·–-]*$/;

/**
 * Text cut to `max` characters at a word's end, without half a date range ("Totals per channel
 * 2025-03-03 –" is "Totals per channel"); a hard cut when that would leave less than a third.
 * @example fitted("分群对比 · 最近完整周 2025-04-14 – 2025-04-20", 31) //=> "分群对比 · 最近完整周"
 */
function fitted(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(" ", max);
  let cut = space > 0 ? text.slice(0, space) : "";
  for (let shorter = cut.replace(DANGLING, ""); shorter !== cut; shorter = cut.replace(DANGLING, ""))
    cut = shorter;
  return cut.length >= max / 3 ? cut : text.slice(0, max);
}

/** Writes the report as an .xlsx workbook, one sheet per table (or per group of tables that share one). */
export async function writeXlsx(report: Report, path: string, lang: Lang): Promise<void> {
  // exceljs takes a quarter of a second to load: only --format xlsx pays for it.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  const formats = excelFormats(lang);
  const names: string[] = [];
  // Worksheets that several tables share, by the name the tables give (LayoutTable.sheet).
  const groups = new Map<string, Worksheet>();
  for (const table of reportTables(report, lang)) {
    // Tables that share a sheet (the follow-up lists) stack, each under its title: nothing is frozen.
    const shared = table.sheet === undefined ? undefined : groups.get(table.sheet);
    let sheet = shared;
    if (!sheet) {
      const name = worksheetName(table.sheet ?? table.title, names);
      names.push(name);
      sheet = workbook.addWorksheet(
        name,
        table.sheet === undefined ? { views: [{ state: "frozen", ySplit: 1 }] } : {},
      );
      if (table.sheet !== undefined) groups.set(table.sheet, sheet);
    }
    if (table.sheet !== undefined) {
      if (shared) sheet.addRow([]);
      sheet.addRow([table.title]).font = { bold: true };
    }
    sheet.addRow(table.headers).font = { bold: true };
    table.rows.forEach((row, r) => {
      const added = sheet.addRow(
        // Days go in as serial numbers: exceljs would shift a Date by the machine's zone.
        row.map((v, i) => (v !== null && table.kinds[i] === "day" ? (v as number) - EXCEL_EPOCH : v)),
      );
      row.forEach((_, i) => {
        const cell = added.getCell(i + 1);
        const format = formats[kindAt(table, r, i)];
        if (format) cell.numFmt = format;
        const background = table.backgrounds?.[r]?.[i];
        if (background)
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(background) } };
        const fontColor = table.fontColors?.[r]?.[i];
        if (fontColor) cell.font = { color: { argb: argb(fontColor) } };
      });
    });
    // Beside the table from its header row, as the report sheet's side column has them.
    if (!shared)
      table.notes?.forEach((note, i) => {
        const cell = sheet.getCell(1 + i, table.headers.length + 2);
        cell.value = note;
        cell.font = { italic: true, color: { argb: argb(MUTED_TEXT) } };
      });
    table.headers.forEach((header, i) => {
      const width = Math.max(10, Math.min(40, header.length * 2 + 2));
      sheet.getColumn(i + 1).width = Math.max(shared?.getColumn(i + 1).width ?? 0, width);
    });
  }
  await workbook.xlsx.writeFile(path);
}
