/**
 * Rendering numbers as Sheets displays them: the General format, and digit-placeholder formats
 * such as "0", "0.0%", "#,##0.00" or "0.00E+00".
 */

import type { FormatPiece } from "./format-pattern";

/** Sheets' General rendering: integers plainly, other numbers to 10 significant digits. */
export function formatGeneralNumber(value: number): string {
  if (value === 0) return "0";
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const rounded = Number(value.toPrecision(10));
  const text = Math.abs(rounded) >= 1e15 ? rounded.toExponential() : String(rounded);
  return sheetsExponent(text);
}

/** "1.5e+21" → "1.5E+21", "1e-7" → "1E-07": Sheets writes the exponent with at least two digits. */
function sheetsExponent(text: string): string {
  const match = /^(-?[\d.]+)e([+-])(\d+)$/.exec(text);
  if (!match) return text;
  return `${match[1]}E${match[2]}${match[3].padStart(2, "0")}`;
}

/** Rounds half away from zero at `decimals` places, in decimal rather than binary (1.005 → 1.01). */
function roundHalfAway(abs: number, decimals: number): number {
  const text = String(abs);
  if (text.includes("e")) return Number(abs.toFixed(decimals));
  return Number(`${Math.round(Number(`${text}e${decimals}`))}e-${decimals}`);
}

interface DigitLayout {
  minIntegerDigits: number;
  /** The format has a decimal point: Sheets shows it even with no digit after it ("0.##" shows 7 as "7."). */
  point: boolean;
  grouping: boolean;
  minFractionDigits: number;
  maxFractionDigits: number;
  /** Digits of the exponent, or null when the format has no "E+"/"E-". */
  exponentDigits: number | null;
  exponentAlwaysSigned: boolean;
}

const PLACEHOLDER = /[0#?]/;

function layoutOf(core: string): DigitLayout {
  const exponent = /[eE]([+-])(0+)$/.exec(core);
  const mantissa = exponent ? core.slice(0, exponent.index) : core;
  const dot = mantissa.indexOf(".");
  const integerPart = dot === -1 ? mantissa : mantissa.slice(0, dot);
  const fractionPart = dot === -1 ? "" : mantissa.slice(dot + 1);
  return {
    minIntegerDigits: (integerPart.match(/0/g) ?? []).length,
    point: dot !== -1,
    grouping: integerPart.includes(","),
    minFractionDigits: (fractionPart.match(/0/g) ?? []).length,
    maxFractionDigits: (fractionPart.match(/[0#?]/g) ?? []).length,
    exponentDigits: exponent ? exponent[2].length : null,
    exponentAlwaysSigned: exponent?.[1] === "+",
  };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function renderFixed(abs: number, layout: DigitLayout): string {
  const rounded = roundHalfAway(abs, layout.maxFractionDigits);
  const [whole, fraction = ""] = rounded.toFixed(layout.maxFractionDigits).split(".");
  const shownFraction = fraction.replace(/0+$/, "").padEnd(layout.minFractionDigits, "0");
  let shownWhole = whole === "0" && layout.minIntegerDigits === 0 ? "" : whole;
  shownWhole = shownWhole.padStart(layout.minIntegerDigits, "0");
  if (layout.grouping) shownWhole = groupThousands(shownWhole);
  return shownFraction || layout.point ? `${shownWhole}.${shownFraction}` : shownWhole;
}

function renderScientific(abs: number, layout: DigitLayout, exponentDigits: number): string {
  const [mantissa, exponentText] = abs.toExponential(layout.maxFractionDigits).split("e");
  const exponent = Number(exponentText);
  const sign = exponent < 0 ? "-" : layout.exponentAlwaysSigned ? "+" : "";
  const fixedMantissa = renderFixed(Number(mantissa), { ...layout, grouping: false });
  return `${fixedMantissa}E${sign}${String(Math.abs(exponent)).padStart(exponentDigits, "0")}`;
}

/**
 * Renders `value` with one section of a placeholder format. `signed` is false when the format has
 * a dedicated negative section (whose own text replaces the minus sign).
 */
export function formatNumberWithPattern(
  value: number,
  pieces: readonly FormatPiece[],
  signed: boolean,
): string {
  // Locate the digit core: the code characters from the first to the last placeholder/point.
  const chars: { ch: string; literal: boolean }[] = [];
  for (const piece of pieces) for (const ch of piece.text) chars.push({ ch, literal: piece.literal });
  const isCore = (i: number): boolean => !chars[i].literal && /[0#?.,]/.test(chars[i].ch);
  let first = chars.findIndex((c, i) => isCore(i) && PLACEHOLDER.test(c.ch));
  if (first === -1) return formatGeneralNumber(value);
  while (first > 0 && isCore(first - 1) && chars[first - 1].ch === ".") first--;
  let last = first;
  for (let i = first; i < chars.length; i++) {
    if (isCore(i)) last = i;
    else if (!chars[i].literal && /[eE]/.test(chars[i].ch) && /^[+-]0/.test(codeFrom(chars, i + 1))) {
      // An exponent: take "E+00" into the core.
      i++;
      while (i + 1 < chars.length && !chars[i + 1].literal && chars[i + 1].ch === "0") i++;
      last = i;
    } else break;
  }
  const core = chars
    .slice(first, last + 1)
    .map((c) => c.ch)
    .join("");
  const text = (from: number, to: number): string =>
    chars
      .slice(from, to)
      .map((c) => c.ch)
      .join("");
  const prefix = text(0, first);
  const suffix = text(last + 1, chars.length);

  const percentages = (prefix + suffix).split("%").length - 1;
  const scaled = value * 100 ** percentages;
  const layout = layoutOf(core);
  const abs = Math.abs(scaled);
  const digits =
    layout.exponentDigits === null
      ? renderFixed(abs, layout)
      : renderScientific(abs, layout, layout.exponentDigits);
  const isZero = !/[1-9]/.test(digits);
  const minus = signed && scaled < 0 && !isZero ? "-" : "";
  return `${minus}${prefix}${digits}${suffix}`;
}

function codeFrom(chars: readonly { ch: string; literal: boolean }[], start: number): string {
  let code = "";
  for (let i = start; i < chars.length && !chars[i].literal; i++) code += chars[i].ch;
  return code;
}
