/** Delimited text (CSV/TSV, pasted or from a file) → a grid of strings (metrics.md §1 "Files"). */
import Papa from "papaparse";

export class DelimitedTextError extends Error {
  override name = "DelimitedTextError";
}

/** Tab when the name ends in .tsv or the header line holds a tab, else comma. */
export function detectDelimiter(text: string, fileName = ""): "\t" | "," {
  if (/\.tsv$/i.test(fileName)) return "\t";
  const end = text.search(/[\r\n]/);
  return (end < 0 ? text : text.slice(0, end)).includes("\t") ? "\t" : ",";
}

/**
 * Splits text into rows of cells. Quoted fields may hold delimiters and line breaks; a quote
 * still open at the end is an error naming the row where it opened.
 */
export function parseDelimited(text: string, fileName = ""): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, {
    delimiter: detectDelimiter(body, fileName),
    skipEmptyLines: false,
    quoteChar: '"',
    escapeChar: '"',
  });
  const open = result.errors.find((e) => e.code === "MissingQuotes");
  if (open) {
    throw new DelimitedTextError(`a quoted field opened on row ${(open.row ?? 0) + 1} is never closed`);
  }
  const rows = result.data;
  // A final line break leaves one empty row behind.
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === "") rows.pop();
  return rows;
}
