/**
 * The built dist/Code.js in node:vm with the Apps Script stand-in, and fixture tables turned into
 * cells as Sheets passes them to a custom function. Run `npm run build` first.
 */
import { runInContext } from "node:vm";
import { expect } from "vitest";
import { daysFromCivil, formatDay, isValidCivil, ZoneClock } from "../../src/core/calendar";
import { createStandIn, type StandInOptions } from "../../src/standin";
import { loadBundle } from "../../src/standin/load-bundle";
import { MONEY } from "../support/fixtures";

/** A custom function as the bundle exposes it at top level. */
export type Formula = (...args: unknown[]) => unknown;

export interface Sheet {
  /** ACTIVE_RATE, COMMUNITY_WEEKLY, … as Sheets calls them. */
  fn: Record<string, Formula>;
  /** The vm context's own Date: its instances fail `instanceof Date` out here. */
  VmDate: DateConstructor;
  timeZone: string;
}

/** A spreadsheet in Asia/Shanghai whose script runs in America/New_York (unless told otherwise). */
export function openSheet(options: StandInOptions = {}): Sheet {
  // A formula runs in AuthMode.CUSTOM_FUNCTION: a write to the spreadsheet would fail in Sheets, so here.
  const settings = {
    spreadsheetTimeZone: "Asia/Shanghai",
    scriptTimeZone: "America/New_York",
    authMode: "CUSTOM_FUNCTION",
    ...options,
  } as const;
  const fn = loadBundle(createStandIn(settings).globals) as Record<string, Formula>;
  return { fn, VmDate: runInContext("Date", fn) as DateConstructor, timeZone: settings.spreadsheetTimeZone };
}

// What Sheets turns into a date when it is typed or imported: ISO-like days with an optional time.
const TYPED_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// Plain numbers without leading zeros: "007" stays text, as a careful import keeps it.
const TYPED_NUMBER = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** The instant of a wall-clock time in a zone, as a Date of the given realm. */
export function wallClock(text: string, timeZone: string, DateCtor: DateConstructor = Date): Date | null {
  const m = TYPED_DATE.exec(text);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[3], m[4], m[5], m[6], m[7]].map((p) =>
    Number(p ?? 0),
  );
  if (!isValidCivil(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const clock = new ZoneClock(timeZone);
  return new DateCtor(
    clock.startOfDay(daysFromCivil(year, month, day)) + ((hour * 60 + minute) * 60 + second) * 1000,
  );
}

/** True when Sheets would have turned this CSV text into a Date. */
export function looksTypedDate(text: string): boolean {
  return TYPED_DATE.test(text.trim());
}

/**
 * CSV text cells as Sheets holds them: date-looking text becomes a Date (that wall-clock time in
 * the spreadsheet's zone), plain numbers numbers, blanks ""; then `blankRows` empty rows, as a
 * whole-column range such as Members!A:F passes them.
 */
export function asSheetCells(
  grid: readonly (readonly string[])[],
  timeZone: string,
  DateCtor: DateConstructor = Date,
  blankRows = 5000,
): unknown[][] {
  const width = Math.max(...grid.map((row) => row.length));
  const cells = grid.map((row, r) =>
    Array.from({ length: width }, (_, c) => {
      const text = row[c] ?? "";
      if (r === 0) return text;
      const date = wallClock(text.trim(), timeZone, DateCtor);
      if (date) return date;
      return TYPED_NUMBER.test(text) ? Number(text) : text;
    }),
  );
  for (let i = 0; i < blankRows; i++) cells.push(new Array(width).fill(""));
  return cells;
}

/** The calendar date (YYYY-MM-DD) a returned Date shows in a zone; asserts it is that day's midnight. */
export function shownDay(value: unknown, timeZone: string): string {
  expect(Object.prototype.toString.call(value)).toBe("[object Date]");
  const clock = new ZoneClock(timeZone);
  const ms = (value as Date).getTime();
  const day = clock.dayOf(ms);
  expect(ms, "a day is returned as midnight in the spreadsheet's zone").toBe(clock.startOfDay(day));
  return formatDay(day);
}

/** Every cell a custom function returns is a string, a finite number, a boolean or a Date. */
export function expectSheetValues(result: unknown): void {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  if (Array.isArray(result)) {
    const width = (result as unknown[][])[0]?.length;
    for (const row of result as unknown[][]) expect(row).toHaveLength(width);
  }
  for (const cell of cells) {
    const ok =
      typeof cell === "string" ||
      typeof cell === "boolean" ||
      (typeof cell === "number" && Number.isFinite(cell)) ||
      (Object.prototype.toString.call(cell) === "[object Date]" && !Number.isNaN((cell as Date).getTime()));
    expect(ok, `not a cell value: ${String(cell)}`).toBe(true);
  }
}

/** Days since 1970-01-01 → spreadsheet serial (1899-12-30 is 0). */
export function serialOf(day: number): number {
  return day - daysFromCivil(1899, 12, 30);
}

type Row = Record<string, unknown>;

/** Compares a spilled table with the CLI's JSON rows: days as shown dates, money to the cent, rates to 1e-9. */
export function expectRows(
  spilled: unknown,
  headers: string[],
  expected: readonly Row[],
  dayKeys: readonly string[],
  timeZone: string,
): void {
  expectSheetValues(spilled);
  const [header, ...rows] = spilled as unknown[][];
  expect(header).toEqual(headers);
  expect(rows).toHaveLength(expected.length);
  rows.forEach((row, i) => {
    Object.entries(expected[i]).forEach(([key, want], c) => {
      const got = row[c];
      const at = `row ${i + 2} ${key}`;
      if (dayKeys.includes(key)) expect(shownDay(got, timeZone), at).toBe(want);
      else if (want === null) expect(got, at).toBe("");
      else if (typeof want === "number") expect(got as number, at).toBeCloseTo(want, MONEY.has(key) ? 2 : 9);
      else expect(got, at).toBe(want);
    });
  });
}
