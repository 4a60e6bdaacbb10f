/** A1 notation: column letters, cell references and ranges, as Sheets writes and reads them. */

/** A parsed A1 range; open ends (`A:A`, `1:3`, `A2:C`) are null until resolved against a sheet. */
export interface A1Range {
  sheetName: string | null;
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

/** 1 → "A", 27 → "AA". */
export function columnToLetters(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new Error(`Invalid column number: ${column}`);
  let letters = "";
  let rest = column;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** "A" → 1, "aa" → 27. */
export function lettersToColumn(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new Error(`Invalid column letters: ${letters}`);
  let column = 0;
  for (const ch of letters.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return column;
}

/** Quotes a sheet name for use in A1 notation when Sheets would ("My Sheet" → "'My Sheet'"). */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replaceAll("'", "''")}'`;
}

/** "A1", or "A1:B2" for more than one cell. */
export function formatA1(row: number, column: number, numRows = 1, numColumns = 1): string {
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

interface Endpoint {
  row: number | null;
  column: number | null;
}

const ENDPOINT = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parseEndpoint(text: string): Endpoint | null {
  const match = ENDPOINT.exec(text);
  if (!match || (!match[1] && !match[2])) return null;
  const row = match[2] === undefined ? null : Number(match[2]);
  if (row === 0) return null;
  return { row, column: match[1] === undefined ? null : lettersToColumn(match[1]) };
}

function splitSheetName(text: string): { sheetName: string | null; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheetName: quoted[1].replaceAll("''", "'"), ref: quoted[2] };
  const bang = text.lastIndexOf("!");
  if (bang > 0) return { sheetName: text.slice(0, bang), ref: text.slice(bang + 1) };
  return { sheetName: null, ref: text };
}

/**
 * Parses "A1", "A1:B2", "A:C", "2:5", "A2:C" and "Sheet!A1:B2" ('quoted names' too).
 * Throws Sheets' "Range not found" for anything else.
 */
export function parseA1(text: string): A1Range {
  const notFound = new Error("Range not found");
  if (typeof text !== "string") throw notFound;
  const { sheetName, ref } = splitSheetName(text.trim());
  const parts = ref.split(":");
  if (parts.length > 2) throw notFound;
  const start = parseEndpoint(parts[0]);
  const end = parts.length === 2 ? parseEndpoint(parts[1]) : start;
  if (!start || !end) throw notFound;
  // A single endpoint must be a whole cell ("A" or "3" alone are not ranges).
  if (parts.length === 1 && (start.row === null || start.column === null)) throw notFound;
  // "A:3" and "A1:3" mix column-only and row-only ends; "A2:C" (open to the last row) is fine.
  if ((start.column === null) !== (end.column === null)) throw notFound;
  if (start.row === null && end.row !== null) throw notFound;
  return {
    sheetName,
    startRow: start.row,
    startColumn: start.column,
    endRow: end.row,
    endColumn: end.column,
  };
}

/**
 * Where a link opens a sheet of the spreadsheet, at a row of column A when given: the fragment of
 * the spreadsheet's own URL.
 * @example sheetFragment(7, 17) //=> "#gid=7&range=A17"
 */
export function sheetFragment(sheetId: number, row?: number): string {
  return row === undefined ? `#gid=${sheetId}` : `#gid=${sheetId}&range=${formatA1(row, 1)}`;
}
