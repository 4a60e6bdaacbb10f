/**
 * The formula bar's grammar: `=NAME(arg, arg, …)` where NAME is one of the add-on's custom functions
 * and each argument is a range, a number, a string in double quotes, TRUE/FALSE or empty. Anything
 * richer (operators, nested calls, Sheets' own functions) is refused with a note rather than
 * evaluated wrongly: the playground runs the add-on, not a spreadsheet engine.
 */

/** One argument as written. A range keeps its A1 text; the sheet is null when the formula names none. */
export type FormulaArg =
  | { kind: "range"; sheet: string | null; ref: string }
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "empty" };

export interface FormulaCall {
  /** Upper-cased, as Sheets shows a function name once entered. */
  name: string;
  args: FormulaArg[];
}

export type ParsedFormula = { ok: true; call: FormulaCall } | { ok: false; message: string };

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?%?$/i;
const NAME_AND_ARGS = /^=\s*([A-Za-z_][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/;
// A cell, a cell range, whole columns (A:F), whole rows (2:5) or a range open at the bottom (A2:C).
const A1_REF =
  /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d*)?$|^\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}$|^\$?\d+:\$?\d+$/;
// Unquoted sheet names: no spaces or punctuation that would end the reference (CJK letters are fine).
const BARE_SHEET = /^[^\s'!,()"+\-*/&=<>^;:]+$/;

/** True when the text is a formula rather than a value to store (Sheets' rule: it starts with "="). */
export function isFormula(text: string): boolean {
  return text.trimStart().startsWith("=");
}

/**
 * Parses a formula for the functions in `customFunctions` (upper case). Returns a note naming
 * what the playground can evaluate when the formula is anything else.
 */
export function parseFormula(text: string, customFunctions: readonly string[]): ParsedFormula {
  const unsupported = {
    ok: false,
    message: `${text.trim()} is not supported in the playground: only the add-on's custom functions (${customFunctions.join(", ")}) are evaluated here`,
  } as const;
  const match = NAME_AND_ARGS.exec(text.trim());
  if (!match) return unsupported;
  const name = match[1].toUpperCase();
  if (!customFunctions.includes(name)) return unsupported;
  const pieces = splitArguments(match[2]);
  if (pieces === null) return { ok: false, message: `${name}: an argument has an unclosed quote` };
  const args: FormulaArg[] = [];
  for (const piece of pieces) {
    const arg = parseArgument(piece);
    if (!arg) {
      return {
        ok: false,
        message: `${name}: the argument ${piece.trim()} is not supported in the playground: use a range (A2:C10, 成员!A:F), a number, "text" or leave it empty`,
      };
    }
    args.push(arg);
  }
  // "=F()" has no arguments at all, not one empty one.
  if (args.length === 1 && args[0].kind === "empty") args.pop();
  return { ok: true, call: { name, args } };
}

/** Splits on top-level commas, keeping commas inside "strings" and 'sheet names'; null for an open quote. */
export function splitArguments(text: string): string[] | null {
  const pieces: string[] = [];
  let current = "";
  let quote: '"' | "'" | null = null;
  for (const ch of text) {
    if (quote) {
      // A doubled quote ("" or '') toggles out and straight back in, so it needs no special case.
      if (ch === quote) quote = null;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
    } else if (ch === ",") {
      pieces.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (quote) return null;
  pieces.push(current);
  return pieces;
}

function parseArgument(piece: string): FormulaArg | null {
  const text = piece.trim();
  if (text === "") return { kind: "empty" };
  if (NUMBER.test(text)) {
    const percent = text.endsWith("%");
    const value = Number(percent ? text.slice(0, -1) : text);
    return { kind: "number", value: percent ? value / 100 : value };
  }
  if (/^"(?:[^"]|"")*"$/.test(text))
    return { kind: "string", value: text.slice(1, -1).replaceAll('""', '"') };
  if (/^(?:true|false)$/i.test(text)) return { kind: "boolean", value: text.toLowerCase() === "true" };
  return parseRange(text);
}

function parseRange(text: string): FormulaArg | null {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) {
    const ref = quoted[2].trim();
    return A1_REF.test(ref)
      ? { kind: "range", sheet: quoted[1].replaceAll("''", "'"), ref: ref.toUpperCase() }
      : null;
  }
  const bang = text.lastIndexOf("!");
  const sheet = bang === -1 ? null : text.slice(0, bang).trim();
  const ref = text.slice(bang + 1).trim();
  if (sheet !== null && !BARE_SHEET.test(sheet)) return null;
  return A1_REF.test(ref) ? { kind: "range", sheet, ref: ref.toUpperCase() } : null;
}
