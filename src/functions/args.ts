/**
 * Single arguments as Sheets passes them (functions.md, Common rules): counts, days, the week
 * start, the funnel window and tables. Omitted, `null` and `""` are alike: the default.
 */
import type { ZoneClock } from "../core/calendar";
import { checkOptions } from "../core/report";
import { cellText, isDate } from "../core/text";
import type { Cell, Day, Grid, WeekStart } from "../core/types";
import { readDay } from "../core/values";
import { LocalizedError } from "../shared/errors";
import type { Labels } from "../shared/lang";
import { WINDOW_DAYS } from "../shared/rules";
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
function describeValue(value: unknown): Labels {
  if (isDate(value)) {
    const instant = Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
    return { en: `the date ${instant}`, zh: `日期 ${instant}` };
  }
  const text =
    typeof value === "boolean"
      ? value
        ? "TRUE"
        : "FALSE"
      : typeof value === "string"
        ? JSON.stringify(value)
        : String(value);
  return { en: text, zh: text };
}

/** "`where` is `value`, `why`": the shape of most argument errors, in both languages. */
function badValue(where: Labels, value: unknown, why: Labels): LocalizedError {
  const shown = describeValue(value);
  return new LocalizedError({
    en: `${where.en} is ${shown.en}, ${why.en}`,
    zh: `${where.zh} 是 ${shown.zh}，${why.zh}`,
  });
}

/** An argument named the same in both languages: its parameter name in the formula. */
export const named = (name: string): Labels => ({ en: name, zh: name });

const NUMERIC_TEXT = /^(-)?(\d+|\d{1,3}(?:,\d{3})+)(\.\d+)?$/;

/**
 * A number ≥ 0 from a cell: a number or numeric text ("1,200"); null for a blank cell. Throws
 * for other text, negative numbers, booleans and dates, naming the cell.
 * @example readNonNegative("1,200", () => named("total_members")) //=> 1200
 */
export function readNonNegative(cell: Cell, where: () => Labels): number | null {
  if (isBlankCell(cell)) return null;
  let value = Number.NaN;
  if (typeof cell === "number") {
    value = cell;
  } else if (typeof cell === "string") {
    const m = NUMERIC_TEXT.exec(cellText(cell));
    if (m) value = Number(`${m[1] ?? ""}${m[2].replace(/,/g, "")}${m[3] ?? ""}`);
  }
  if (!Number.isFinite(value)) throw badValue(where(), cell, { en: "not a number", zh: "不是数字" });
  if (value < 0) throw badValue(where(), cell, { en: "a negative number", zh: "是负数" });
  // -0 would show as 0 anyway; keep results free of it.
  return value === 0 ? 0 : value;
}

/** The one cell of an argument that must be a single value (a 1×1 range is one). */
function singleArg(name: string, value: unknown): Cell {
  const m = matrixOf(name, value);
  if (!m.single) {
    throw new LocalizedError({
      en: `${name} is a ${sizeOf(m)} range; give one cell or value`,
      zh: `${name} 是 ${sizeOf(m)} 的区域；请给一个单元格或一个值`,
    });
  }
  return m.at(0, 0);
}

/** A day argument (a Date, a serial number or date text) in the spreadsheet's zone; null when omitted. */
export function dayArg(name: string, value: unknown, clock: ZoneClock): Day | null {
  const cell = singleArg(name, value);
  return isBlankCell(cell) ? null : readDayCell(cell, () => named(name), clock);
}

/** The day of a date cell; throws naming the cell when it is not a date. */
export function readDayCell(cell: Cell, where: () => Labels, clock: ZoneClock): Day {
  const day = readDay(cell, clock);
  if (day === null) throw badValue(where(), cell, { en: "not a date", zh: "不是日期" });
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
    const shown = describeValue(cell);
    throw new LocalizedError({
      en: `week_starts_on is ${shown.en}; give "monday" or "sunday" (or "周一" / "周日")`,
      zh: `week_starts_on 是 ${shown.zh}；请给 "周一" 或 "周日"（或 "monday" / "sunday"）`,
    });
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
  const days = readNonNegative(singleArg("window_days", value), () => named("window_days"));
  if (days === null) return undefined;
  try {
    checkOptions({ timeZone: "UTC", windowDays: days });
  } catch (error) {
    throw new LocalizedError({
      en: `window_days is ${days}: ${(error as Error).message}`,
      zh: `window_days 是 ${days}：观察期必须是 ${WINDOW_DAYS.min} 到 ${WINDOW_DAYS.max} 之间的整数天`,
    });
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
    const shown = describeValue(value);
    throw new LocalizedError({
      en: `${name} is ${shown.en}; give the ${name} table's range, header row first`,
      zh: `${name} 是 ${shown.zh}；请给 ${name} 表的区域，第一行是表头`,
    });
  }
  const grid = value as Grid;
  let end = grid.length;
  while (end > 1 && isEmptyRow(grid[end - 1])) end--;
  return end === grid.length ? grid : grid.slice(0, end);
}

/** A table argument that must be given. */
export function requiredTableArg(name: string, value: unknown): Grid {
  const grid = tableArg(name, value);
  if (!grid) {
    throw new LocalizedError({
      en: `${name} is missing; give the ${name} table's range, header row first`,
      zh: `缺少 ${name}；请给 ${name} 表的区域，第一行是表头`,
    });
  }
  return grid;
}
