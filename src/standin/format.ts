/**
 * What a cell shows: its value rendered with its number format, as Range.getDisplayValues and the
 * playground present it. Dates are shown in the spreadsheet's time zone (not the script's).
 */

import { isDate, pad, serialOfWallClock, type WallClock, wallClockAt, wallClockOfSerial } from "./dates";
import { formatWallClock } from "./format-date";
import { formatGeneralNumber, formatNumberWithPattern } from "./format-number";
import { codeOf, splitPieces, splitSections } from "./format-pattern";

type FormatKind = "general" | "text" | "number" | "date" | "literal";

/**
 * Formats that mean "no particular format". Not "0.###############": Apps Script reports it for an
 * unformatted cell, but set on a cell it is a pattern like any other and shows 7 as "7.".
 */
const GENERAL_FORMATS: ReadonlySet<string> = new Set(["", "general"]);

/** What a section's unquoted codes make it; stray letters mean a format we do not know: General. */
function kindOf(code: string): FormatKind {
  if (code.includes("@")) return "text";
  if (/[0#?]/.test(code)) return /[a-z]/i.test(code.replace(/e[+-]/gi, "")) ? "general" : "number";
  const dateLetters = /am\/pm|a\/p|y+|m+|d+|h+|s+/gi;
  if (/[ymdhs]/i.test(code)) return /[a-z]/i.test(code.replace(dateLetters, "")) ? "general" : "date";
  return code.trim() === "" ? "literal" : "general";
}

/** The General rendering of a date: ISO-like, without the time at midnight. */
function formatGeneralDate(clock: WallClock): string {
  const day = `${clock.year}-${pad(clock.month, 2)}-${pad(clock.day, 2)}`;
  if (clock.hour === 0 && clock.minute === 0 && clock.second === 0 && clock.millisecond === 0) return day;
  return `${day} ${pad(clock.hour, 2)}:${pad(clock.minute, 2)}:${pad(clock.second, 2)}`;
}

function formatGeneral(value: number | Date, timeZone: string): string {
  return typeof value === "number"
    ? formatGeneralNumber(value)
    : formatGeneralDate(wallClockAt(value.getTime(), timeZone));
}

/**
 * Renders a cell value with a Sheets number format. `timeZone` is the spreadsheet's. Unknown or
 * unsupported formats fall back to General rather than throwing: display is best-effort, values are not.
 */
export function formatCellForDisplay(value: unknown, numberFormat: string, timeZone: string): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (typeof value !== "number" && !isDate(value)) return String(value);
  if (typeof value === "number" && !Number.isFinite(value)) return "#NUM!";

  const format = typeof numberFormat === "string" ? numberFormat : "";
  if (GENERAL_FORMATS.has(format.trim().toLowerCase())) return formatGeneral(value, timeZone);

  const sections = splitSections(format);
  const numeric = typeof value === "number" ? value : null;
  // A second section is for negatives, a third for zero; otherwise the first serves all numbers.
  let sectionIndex = 0;
  if (numeric !== null && numeric < 0 && sections.length > 1) sectionIndex = 1;
  if (numeric === 0 && sections.length > 2) sectionIndex = 2;
  const pieces = splitPieces(sections[sectionIndex]);
  const kind = kindOf(codeOf(pieces));

  if (kind === "number") {
    const number =
      typeof value === "number" ? value : serialOfWallClock(wallClockAt(value.getTime(), timeZone));
    return formatNumberWithPattern(number, pieces, sectionIndex === 0);
  }
  if (kind === "date") {
    const clock =
      typeof value === "number" ? wallClockOfSerial(value) : wallClockAt(value.getTime(), timeZone);
    return formatWallClock(clock, pieces);
  }
  // A section of quoted text only (e.g. '0;-0;"none"') shows that text.
  if (kind === "literal" && pieces.length > 0) return pieces.map((piece) => piece.text).join("");
  return formatGeneral(value, timeZone);
}
