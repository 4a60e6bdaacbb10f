/** `community-funnel clean --format csv|parquet`: the cleaned tables as files to load into a warehouse. */
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
import { formatDay } from "../core/calendar";
import type { CleanedColumn, CleanedKind, CleanedTable } from "../core/cleaned";

export type CleanFormat = "csv" | "parquet";

/** A CSV field: quoted when it holds a delimiter, a quote, a line break or edge spaces. */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvValue(column: CleanedColumn, i: number): string {
  const value = column.values[i];
  if (value === null) return "";
  if (column.dictionary) return csvField(column.dictionary[value as number]);
  if (column.kind === "day") return formatDay(value as number);
  return column.kind === "text" ? csvField(value as string) : String(value);
}

/** Written in pieces of about this many characters: a table of millions of rows is never one string. */
const PIECE = 1 << 20;

/**
 * One table as CSV: a header of column names, values as a warehouse loads them (days
 * YYYY-MM-DD, empty for null). Text is written as it is, without the report's formula guard:
 * these files are data to load, and a quote before `-x1` would change the member's id.
 */
function writeCsv(table: CleanedTable, path: string): void {
  const file = openSync(path, "w");
  try {
    const { columns } = table;
    let text = `${columns.map((c) => csvField(c.name)).join(",")}\n`;
    for (let i = 0; i < table.length; i++) {
      for (let c = 0; c < columns.length; c++) {
        if (c > 0) text += ",";
        text += csvValue(columns[c], i);
      }
      text += "\n";
      if (text.length >= PIECE) {
        writeSync(file, text);
        text = "";
      }
    }
    writeSync(file, text);
  } finally {
    closeSync(file);
  }
}

/** Parquet types that BigQuery and DuckDB load as STRING, DATE, INT64 and FLOAT64. */
const PARQUET_TYPES: Record<
  CleanedKind,
  { type: "BYTE_ARRAY" | "INT32" | "INT64" | "DOUBLE"; converted_type?: "UTF8" | "DATE" }
> = {
  text: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  day: { type: "INT32", converted_type: "DATE" },
  int: { type: "INT32" },
  cents: { type: "INT64" },
  number: { type: "DOUBLE" },
};

/**
 * A column's values as the Parquet writer takes them: INT64 as bigints; a dictionary's texts
 * encoded once each, every row sharing its text's bytes (the writer then finds them by identity).
 */
function parquetData(column: CleanedColumn): ArrayLike<unknown> {
  const { values, dictionary } = column;
  if (dictionary) {
    const encoder = new TextEncoder();
    const bytes = dictionary.map((text) => encoder.encode(text));
    return Array.from(values as ArrayLike<number>, (v) => bytes[v]);
  }
  if (column.kind === "cents") return Array.from(values, (v) => (v === null ? null : BigInt(v)));
  return values;
}

async function writeParquet(table: CleanedTable, path: string): Promise<void> {
  // Loaded only for --format parquet, as exceljs only for --format xlsx.
  const { parquetWriteFile } = await import("hyparquet-writer");
  parquetWriteFile({
    filename: path,
    // Min/max statistics took half the writing time; loading into a warehouse does not read them.
    statistics: false,
    columnData: table.columns.map((c) => ({ name: c.name, data: parquetData(c) as never })),
    schema: [
      { name: "root", num_children: table.columns.length },
      ...table.columns.map((c) => ({
        name: c.name,
        repetition_type: "OPTIONAL" as const,
        ...PARQUET_TYPES[c.kind],
      })),
    ],
  });
}

/** Writes each table as DIR/NAME.csv or DIR/NAME.parquet; returns the paths. */
export async function writeCleaned(
  tables: readonly CleanedTable[],
  dir: string,
  format: CleanFormat,
): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  for (const table of tables) {
    const path = join(dir, `${table.name}.${format}`);
    if (format === "csv") writeCsv(table, path);
    else await writeParquet(table, path);
    paths.push(path);
  }
  return paths;
}
