/** `--format csv` (one file per report table) and `--format xlsx` (one sheet per table). */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { daysFromCivil, formatDay } from "../core/calendar";
import { type ColumnKind, kindAt, type LayoutValue } from "../core/layout";
import type { Report } from "../core/report";
import { reportTables } from "../core/sections";
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
    const rows = table.rows.map((row) => row.map((v, i) => csvValue(v, table.kinds[i])));
    // A BOM so that Excel opens the Chinese headers as UTF-8.
    writeFileSync(path, `\uFEFF${Papa.unparse({ fields: table.headers, data: rows })}\r\n`);
    return path;
  });
}

const EXCEL_FORMATS: Partial<Record<ColumnKind, string>> = {
  day: "yyyy-mm-dd",
  rate: "0.0%",
  money: "#,##0.00",
  number: "#,##0.00",
  int: "#,##0",
};
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);

/** Writes the report as an .xlsx workbook, one sheet per table. */
export async function writeXlsx(report: Report, path: string, lang: Lang): Promise<void> {
  // exceljs takes a quarter of a second to load: only --format xlsx pays for it.
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  for (const table of reportTables(report, lang)) {
    const sheet = workbook.addWorksheet(table.title, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.addRow(table.headers).font = { bold: true };
    table.rows.forEach((row, r) => {
      const added = sheet.addRow(
        // Days go in as serial numbers: exceljs would shift a Date by the machine's zone.
        row.map((v, i) => (v !== null && table.kinds[i] === "day" ? (v as number) - EXCEL_EPOCH : v)),
      );
      row.forEach((_, i) => {
        const format = EXCEL_FORMATS[kindAt(table, r, i)];
        if (format) added.getCell(i + 1).numFmt = format;
      });
    });
    table.headers.forEach((header, i) => {
      sheet.getColumn(i + 1).width = Math.max(10, Math.min(40, header.length * 2 + 2));
    });
  }
  await workbook.xlsx.writeFile(path);
}
