/**
 * Single arguments as Sheets passes them (functions.md, Common rules): counts, days, the week
 * start, the funnel window and tables. Omitted, `null` and `""` are alike: the default.
 */
import type { ZoneClock } from "../core/calendar";
import { checkOptions } from "../core/report";
import { cellText, isDate } from "../core/text";
import type { Cell, Day, Grid, WeekStart } from "../core/types";
import { readDay } from "../core/values";
import { matrixOf, sizeOf } from "./ranges";

/** An omitted argument, a `null` or an empty cell: Sheets passes "" for a blank cell. */
export function isOmitted(value: unknown): value is undefined | null | "" {
  return value === undefined || value === null || value === "";
}

/** A blank cell, also one holding only spaces or a placeholder such as "-" (metrics.md §2). */
export function isBlankCell(value: unknown): boolean {
  return isOmitted(value) || (typeof value === "string" && cellText(value) === "");
}

/** A cell as a message quotes it: text in quotes, TRUE/FALSE, numbers as they are. */
function describeValue(value: unknown): string {
  if (isDate(value))
    return `the date ${Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString()}`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return JSON.stringify(value);
  return String(value);
}

const NUMERIC_TEXT = /^(-)?(\d+|\d{1,3}(?:,\d{3})+)(\.\d+)?$/;

/**
 * A number ≥ 0 from a cell: a number or numeric text ("1,200"); null for a blank cell. Throws
 * for other text, negative numbers, booleans and dates, naming the cell.
 * @example readNonNegative("1,200", () => "total_members") //=> 1200
 */
export function readNonNegative(cell: Cell, where: () => string): number | null {
  if (isBlankCell(cell)) return null;
  let value = Number.NaN;
  if (typeof cell === "number") {
    value = cell;
  } else if (typeof cell === "string") {
    const m = NUMERIC_TEXT.exec(cellText(cell));
    if (m) value = Number(`${m[1] ?? ""}${m[2].replace(/,/g, "")}${m[3] ?? ""}`);
  }
  if (!Number.isFinite(value)) throw new Error(`${where()} is ${describeValue(cell)}, not a number`);
  if (value < 0) throw new Error(`${where()} is ${describeValue(cell)}, a negative number`);
  // -0 would show as 0 anyway; keep results free of it.
  return value === 0 ? 0 : value;
}

/** The one cell of an argument that must be a single value (a 1×1 range is one). */
function singleArg(name: string, value: unknown): Cell {
  const m = matrixOf(name, value);
  if (!m.single) throw new Error(`${name} is a ${sizeOf(m)} range; give one cell or value`);
  return m.at(0, 0);
}

/** A day argument (a Date, a serial number or date text) in the spreadsheet's zone; null when omitted. */
export function dayArg(name: string, value: unknown, clock: ZoneClock): Day | null {
  const cell = singleArg(name, value);
  return isBlankCell(cell) ? null : readDayCell(cell, () => name, clock);
}

/** The day of a date cell; throws naming the cell when it is not a date. */
export function readDayCell(cell: Cell, where: () => string, clock: ZoneClock): Day {
  const day = readDay(cell, clock);
  if (day === null) throw new Error(`${where()} is ${describeValue(cell)}, not a date`);
  return day;
}

const WEEK_STARTS: Readonly<Record<string, WeekStart>> = {
  monday: "monday",
  sunday: "sunday",
  周一: "monday",
  周日: "sunday",
};

/** `week_starts_on`: "monday" (the default) or "sunday" in any case, or 周一 / 周日. */
export function weekStartArg(value: unknown): WeekStart {
  const cell = singleArg("week_starts_on", value);
  if (isBlankCell(cell)) return "monday";
  const weekStart = typeof cell === "string" ? WEEK_STARTS[cellText(cell).toLowerCase()] : undefined;
  if (!weekStart) {
    throw new Error(
      `week_starts_on is ${describeValue(cell)}; give "monday" or "sunday" (or "周一" / "周日")`,
    );
  }
  return weekStart;
}

/** `field` of COMMUNITY_BREAKDOWN: group, channel or a header of the members table, as text; required. */
export function fieldArg(value: unknown): string {
  const cell = singleArg("field", value);
  const field = isBlankCell(cell) ? "" : cellText(cell);
  if (field === "")
    throw new Error('field is missing; give "group", "channel" or a header of the members table');
  return field;
}

/** `window_days`: undefined (the engine's default of 7) when omitted; the engine's limits apply. */
export function windowDaysArg(value: unknown): number | undefined {
  const days = readNonNegative(singleArg("window_days", value), () => "window_days");
  if (days === null) return undefined;
  try {
    checkOptions({ timeZone: "UTC", windowDays: days });
  } catch (error) {
    throw new Error(`window_days is ${days}: ${(error as Error).message}`);
  }
  return days;
}

function isEmptyRow(row: readonly Cell[]): boolean {
  for (const cell of row) if (cell !== "" && cell !== null && cell !== undefined) return false;
  return true;
}

/**
 * A table argument as a grid, header row first; null when omitted. Whole-column ranges such as
 * Members!A:F arrive with thousands of empty rows after the data: they are cut off here, from the
 * end, before any cell is read.
 */
export function tableArg(name: string, value: unknown): Grid | null {
  if (isOmitted(value)) return null;
  if (!Array.isArray(value) || !Array.isArray(value[0])) {
    throw new Error(`${name} is ${describeValue(value)}; give the ${name} table's range, header row first`);
  }
  const grid = value as Grid;
  let end = grid.length;
  while (end > 1 && isEmptyRow(grid[end - 1])) end--;
  return end === grid.length ? grid : grid.slice(0, end);
}

/** A table argument that must be given. */
export function requiredTableArg(name: string, value: unknown): Grid {
  const grid = tableArg(name, value);
  if (!grid) throw new Error(`${name} is missing; give the ${name} table's range, header row first`);
  return grid;
}
