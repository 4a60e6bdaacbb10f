/**
 * Evaluating a parsed custom-function call as Sheets does: ranges are read from the spreadsheet (one
 * cell → its value, a block → a 2-D array), the bundle's function is called, and its result spills
 * from the formula's cell. Everything goes through the stand-in's own SpreadsheetApp, so what the
 * page shows is what a script would read back.
 */
import type { FormulaArg, FormulaCall } from "./formula";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** What Sheets shows in a cell whose formula failed, and the message it shows beside it. */
export class FormulaError extends Error {
  constructor(
    readonly code: "#ERROR!" | "#REF!" | "#N/A",
    message: string,
  ) {
    super(message);
  }
}

/** The arguments exactly as Sheets hands them to a custom function (before any realm conversion). */
export function readArguments(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  anchor: Range,
  args: FormulaArg[],
): unknown[] {
  return args.map((arg) => {
    switch (arg.kind) {
      case "empty":
        // An empty argument takes its default (functions.md treats undefined, null and "" alike).
        return undefined;
      case "range":
        return readRange(spreadsheet, sheet, anchor, arg.sheet, arg.ref);
      default:
        return arg.value;
    }
  });
}

function readRange(
  spreadsheet: Spreadsheet,
  sheet: Sheet,
  anchor: Range,
  sheetName: string | null,
  ref: string,
): unknown {
  const source = sheetName === null ? sheet : spreadsheet.getSheetByName(sheetName);
  if (!source) throw new FormulaError("#REF!", `Unresolved sheet name '${sheetName}'.`);
  let range: Range;
  try {
    range = source.getRange(ref);
  } catch {
    throw new FormulaError("#REF!", `${ref} is not a range on the sheet ${source.getName()}.`);
  }
  if (source.getSheetId() === sheet.getSheetId() && contains(range, anchor)) {
    throw new FormulaError("#REF!", `Circular dependency detected: ${ref} contains the formula's own cell.`);
  }
  return range.getNumRows() === 1 && range.getNumColumns() === 1 ? range.getValue() : range.getValues();
}

function contains(range: Range, cell: Range): boolean {
  return (
    cell.getRow() >= range.getRow() &&
    cell.getRow() <= range.getLastRow() &&
    cell.getColumn() >= range.getColumn() &&
    cell.getColumn() <= range.getLastColumn()
  );
}

function isBlank(value: unknown): boolean {
  return value === "" || value === null || value === undefined;
}

/** A result as a block of cells: a scalar is a 1×1 block; ragged rows are padded as Sheets pads them. */
export function resultBlock(result: unknown, name: string): unknown[][] {
  if (!Array.isArray(result)) return [[result]];
  const rows = result.map((row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (rows.length === 0 || width === 0) throw new FormulaError("#N/A", `${name} returned an empty result.`);
  return rows.map((row) => [...row, ...new Array(width - row.length).fill("")]);
}

/**
 * A result value as Range.setValue must receive it to store what a formula result holds: text stays
 * text (an apostrophe stops Sheets from reading "2024-01-05" or "007" as typed input), and values
 * Sheets cannot hold in a cell become its errors.
 */
export function cellEntry(value: unknown): unknown {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value === "" ? "" : `'${value}`;
  if (typeof value === "number" && !Number.isFinite(value)) return "'#NUM!";
  if (typeof value === "object" && !(Object.prototype.toString.call(value) === "[object Date]"))
    return "'#VALUE!";
  return value;
}

/**
 * Throws Sheets' #REF! when the spill would cover anything but blank cells (the anchor itself
 * aside), naming the first such cell as Sheets does.
 */
export function checkSpillArea(sheet: Sheet, row: number, column: number, block: unknown[][]): void {
  const height = block.length;
  const width = block[0].length;
  if (row + height - 1 > sheet.getMaxRows() || column + width - 1 > sheet.getMaxColumns()) {
    throw new FormulaError(
      "#REF!",
      "Array result was not expanded because it would run past the edge of the sheet.",
    );
  }
  const existing = sheet.getRange(row, column, height, width).getValues();
  for (let r = 0; r < height; r++) {
    const c = existing[r].findIndex((value, i) => (r > 0 || i > 0) && !isBlank(value));
    if (c === -1) continue;
    const cell = sheet.getRange(row + r, column + c).getA1Notation();
    throw new FormulaError(
      "#REF!",
      `Array result was not expanded because it would overwrite data in ${cell}.`,
    );
  }
}

/** Writes the block from (row, column); returns the A1 of the cells written. */
export function spill(sheet: Sheet, row: number, column: number, block: unknown[][]): string {
  const range = sheet.getRange(row, column, block.length, block[0].length);
  range.setValues(block.map((cells) => cells.map(cellEntry)));
  return range.getA1Notation();
}

/** The call's outcome, for the cell and the formula bar. */
export type Evaluation =
  | { ok: true; block: unknown[][] }
  | { ok: false; code: FormulaError["code"]; message: string };

/** Runs `call` with arguments already read; a thrown Error becomes Sheets' #ERROR! with its message. */
export function callCustomFunction(
  fn: (...args: unknown[]) => unknown,
  call: FormulaCall,
  args: unknown[],
): Evaluation {
  try {
    return { ok: true, block: resultBlock(fn(...args), call.name) };
  } catch (error) {
    if (error instanceof FormulaError) return { ok: false, code: error.code, message: error.message };
    // Errors thrown inside the bundle come from another realm: read the message, not the class.
    const message = (error as { message?: unknown } | null)?.message;
    return { ok: false, code: "#ERROR!", message: typeof message === "string" ? message : String(error) };
  }
}
