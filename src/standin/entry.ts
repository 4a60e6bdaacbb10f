/**
 * What Sheets stores when a script writes a value into a cell (Range.setValue / setValues).
 *
 * Sheets parses strings as if a user had typed them, which silently changes data: "007" becomes the
 * number 7, "=x" and "-x" become formulas, "2024-01-05" becomes a date. Our code must work around
 * that (an apostrophe prefix or the plain-text format "@"), so the stand-in reproduces it here, in
 * one place.
 *
 * What is known of Sheets here, and from where:
 * - "If it begins with '=' it is interpreted as a formula" (Range.setValue, developers.google.com/
 *   apps-script/reference/spreadsheet/range): the reference makes no exception for a text format.
 * - The plain-text format "@" keeps "007", dates and long ids as the text written: the common,
 *   documented way to keep them (Range.setNumberFormat("@"), used so in many public scripts).
 * - A leading "=" is still a formula in a plain-text cell, and a leading apostrophe makes the rest
 *   literal text, is not part of the value (getValues returns the text without it) and is dropped
 *   even in a plain-text cell, so text that itself starts with "'" needs a second one: observed and
 *   recorded "against a real Sheet" in public Apps Script code (GitHub code search: "setValues
 *   evaluates a leading "=" even in a plain-text cell", "Text Sheets would alter even in a
 *   plain-text cell"). No Google page says so, either way.
 * - Whether "+x", "-x" or "@x" in a plain-text cell stay text: no source found; they are kept as
 *   text, which is what the format promises.
 * PlainTextRule chooses between that ("sheets") and the stand-in's older rule ("literal": a
 * plain-text cell keeps every string as written), see StandInOptions.plainTextCells.
 */

import { instantOfWallClock, isDate } from "./dates";

/** A stored cell value. Blank is "". Dates may come from another realm (node:vm). */
export type CellValue = string | number | boolean | Date;

export interface CellEntry {
  /** What getValues returns. For a formula, the error the stand-in shows instead of evaluating it. */
  value: CellValue;
  /** What getFormulas returns: "" unless the entry became a formula. */
  formula: string;
  /** The number format Sheets applies when it recognises a date or percentage in a default-formatted cell. */
  impliedFormat: string | null;
}

/** The number format a fresh cell reports. */
export const DEFAULT_NUMBER_FORMAT = "General";

/** The plain-text number format: strings are kept as written (but see PlainTextRule). */
export const TEXT_FORMAT = "@";

/**
 * How a plain-text ("@") cell stores a string starting with "=" or "'": "sheets" as Sheets does
 * (a formula; the apostrophe dropped, the rest text), "literal" exactly as written.
 */
export type PlainTextRule = "sheets" | "literal";

/** Sheets' limit on the characters in one cell. */
export const MAX_CELL_CHARACTERS = 50_000;

/** What the stand-in shows for a formula it cannot evaluate. */
export const UNEVALUATED_FORMULA = "#NAME?";
/** What Sheets shows for text it took for a formula and could not parse ("-abc", "+x", "@y"). */
export const FORMULA_PARSE_ERROR = "#ERROR!";

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENTAGE = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const BOOLEAN = /^(?:true|false)$/i;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function blank(): CellEntry {
  return { value: "", formula: "", impliedFormat: null };
}

function literal(value: CellValue): CellEntry {
  return { value, formula: "", impliedFormat: null };
}

function describe(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  return value === undefined ? "undefined" : `a ${typeof value} (${Object.prototype.toString.call(value)})`;
}

/**
 * Interprets one value written by a script into a cell whose number format is `numberFormat`.
 * `timeZone` is the spreadsheet's: a typed date means midnight there. Throws for values Apps Script
 * rejects (undefined, NaN, ±Infinity, functions, objects, arrays, overlong text).
 */
export function interpretEntry(
  input: unknown,
  numberFormat: string,
  timeZone: string,
  plainText: PlainTextRule = "sheets",
): CellEntry {
  if (input === null || input === "") return blank();
  if (typeof input === "boolean") return literal(input);
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error(`Cannot write ${describe(input)} to a cell.`);
    return literal(input === 0 ? 0 : input); // -0 is stored as 0
  }
  if (isDate(input)) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new Error("Cannot write an invalid Date to a cell.");
    return literal(new Date(ms));
  }
  if (typeof input !== "string") throw new Error(`Cannot write ${describe(input)} to a cell.`);
  if (input.length > MAX_CELL_CHARACTERS) {
    throw new Error(
      `Your input contains more than the maximum of ${MAX_CELL_CHARACTERS} characters in a single cell.`,
    );
  }
  if (numberFormat === TEXT_FORMAT)
    return plainText === "sheets" ? interpretPlainText(input) : literal(input);
  return interpretTypedText(input, timeZone);
}

/** A string written into a plain-text cell: only "=" and "'" at the start mean anything there. */
function interpretPlainText(text: string): CellEntry {
  if (text[0] === "'") return literal(text.slice(1));
  if (text.length > 1 && text[0] === "=")
    return { value: UNEVALUATED_FORMULA, formula: text, impliedFormat: null };
  return literal(text);
}

function interpretTypedText(text: string, timeZone: string): CellEntry {
  const first = text[0];
  if (first === "'") return literal(text.slice(1));
  if (PLAIN_NUMBER.test(text)) return literal(Number(text) || 0);
  const percentage = PERCENTAGE.exec(text);
  if (percentage) return { value: Number(percentage[1]) / 100 || 0, formula: "", impliedFormat: "0.00%" };
  if (BOOLEAN.test(text)) return literal(text.toLowerCase() === "true");
  const date = interpretIsoDate(text, timeZone);
  if (date) return date;
  if (text.length > 1 && first === "=")
    return { value: UNEVALUATED_FORMULA, formula: text, impliedFormat: null };
  if (text.length > 1 && (first === "+" || first === "-" || first === "@")) {
    return { value: FORMULA_PARSE_ERROR, formula: `=${text}`, impliedFormat: null };
  }
  return literal(text);
}

function interpretIsoDate(text: string, timeZone: string): CellEntry | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) {
    return null;
  }
  if (second > 59) return null;
  const ms = instantOfWallClock({ year, month, day, hour, minute, second, millisecond: 0 }, timeZone);
  const impliedFormat =
    match[4] === undefined
      ? "yyyy-mm-dd"
      : match[6] === undefined
        ? "yyyy-mm-dd hh:mm"
        : "yyyy-mm-dd hh:mm:ss";
  return { value: new Date(ms), formula: "", impliedFormat };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
