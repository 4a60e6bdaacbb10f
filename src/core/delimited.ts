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
 * Calls `onRow` with each row of cells. Quoted fields may hold delimiters and line breaks;
 * a quote still open at the end is an error naming the row where it opened.
 */
export function forEachDelimitedRow(text: string, fileName: string, onRow: (cells: string[]) => void): void {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // \n, \r\n and \r all end a row, even mixed in one file; papaparse would guess one of them
  // from the first line and glue the other rows together.
  const body = text.includes("\r") ? text.slice(bom).replace(/\r\n?/g, "\n") : text.slice(bom);
  let row = 0;
  let pending: string[] | null = null;
  let open: number | null = null;
  Papa.parse<string[]>(body, {
    delimiter: detectDelimiter(body, fileName),
    newline: "\n",
    skipEmptyLines: false,
    quoteChar: '"',
    escapeChar: '"',
    step(result) {
      if (
        open === null &&
        result.errors.length > 0 &&
        result.errors.some((e) => e.code === "MissingQuotes")
      ) {
        open = row + 1;
      }
      // Hold each row back one step: a final line break leaves one empty row behind.
      if (pending) onRow(pending);
      pending = result.data;
      row++;
    },
  });
  if (open !== null) throw new DelimitedTextError(`a quoted field opened on row ${open} is never closed`);
  if (pending && !((pending as string[]).length === 1 && (pending as string[])[0] === "")) onRow(pending);
}

/** Splits text into rows of cells (see forEachDelimitedRow). */
export function parseDelimited(text: string, fileName = ""): string[][] {
  const rows: string[][] = [];
  forEachDelimitedRow(text, fileName, (cells) => rows.push(cells));
  return rows;
}

/** A text cut in two at a row boundary; see splitAtRow. */
export interface TextHalves {
  /** The header row and the rows up to the cut, ending with a line break. */
  first: string;
  /** The header row again, then the rest. */
  second: string;
  /** Data rows in `first`: add it to the row numbers read from `second`. */
  rowOffset: number;
}

function isLineBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10);
}

/**
 * Cuts delimited text at the first row boundary after `fraction` of it, into two parts that
 * can be read apart (on two threads) and give the same rows. Null when a quote appears
 * anywhere: a quoted field may hold a line break, and only reading from the start tells which
 * line breaks end rows.
 */
export function splitAtRow(text: string, fraction = 0.5): TextHalves | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes('"')) return null;
  let headerEnd = 0;
  while (headerEnd < body.length && !isLineBreak(body, headerEnd)) headerEnd++;
  let cut = Math.max(headerEnd, Math.floor(body.length * fraction));
  while (cut < body.length && !isLineBreak(body, cut)) cut++;
  if (headerEnd >= body.length || cut >= body.length - 1) return null;
  let rows = 0;
  if (body.includes("\r")) {
    for (let i = 0; i <= cut; i++) if (isLineBreak(body, i)) rows++;
  } else {
    // Only \n ends rows: indexOf jumps between them far faster than a loop over every character.
    for (let i = body.indexOf("\n"); i >= 0 && i <= cut; i = body.indexOf("\n", i + 1)) rows++;
  }
  return {
    first: body.slice(0, cut + 1),
    second: body.slice(0, headerEnd + 1) + body.slice(cut + 1),
    rowOffset: rows - 1,
  };
}
