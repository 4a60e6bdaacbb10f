/**
 * Arguments that are "a value or a range" (functions.md, Arguments): Sheets passes one cell as a
 * value and a range as rows of cells. Shapes, cell positions for messages, results of a shape.
 */
import type { Cell } from "../core/types";
import type { Labels } from "../shared/lang";

/** A cell as Sheets passes it, or a range as rows of cells. */
export type CellArg = Cell | readonly (readonly Cell[])[];

/** What a custom function may put in a cell: never NaN, Infinity, null or undefined. */
export type SheetCell = string | number | boolean | Date;

/** One cell, or rows of cells that spill. */
export type SheetResult = SheetCell | SheetCell[][];

/** A value or a range as rows × columns; `single` for one value, a 1×1 range included. */
export interface Matrix {
  name: string;
  rows: number;
  cols: number;
  single: boolean;
  at(row: number, col: number): Cell;
}

/** Reads an argument's shape. An empty range reads as one blank value. */
export function matrixOf(name: string, value: unknown): Matrix {
  if (!Array.isArray(value) || value.length === 0 || (Array.isArray(value[0]) && value[0].length === 0)) {
    const cell = (Array.isArray(value) ? "" : value) as Cell;
    return { name, rows: 1, cols: 1, single: true, at: () => cell };
  }
  // A script may pass one row as a flat array; Sheets itself always passes rows.
  const rows = (Array.isArray(value[0]) ? value : [value]) as readonly (readonly Cell[])[];
  const cols = rows[0].length;
  return {
    name,
    rows: rows.length,
    cols,
    single: rows.length === 1 && cols === 1,
    at: (r, c) => rows[r][c] ?? "",
  };
}

/**
 * Where a cell is, for a message: the argument's name, then its row and/or column within the
 * range (1-based), whichever the range has more than one of.
 * @example whereIs(matrixOf("total_members", [[1], [2], ["x"]]), 2, 0).en //=> "total_members row 3"
 */
export function whereIs(m: Matrix, row: number, col: number): Labels {
  if (m.single) return { en: m.name, zh: m.name };
  if (m.cols === 1) return { en: `${m.name} row ${row + 1}`, zh: `${m.name} 第 ${row + 1} 行` };
  if (m.rows === 1) return { en: `${m.name} column ${col + 1}`, zh: `${m.name} 第 ${col + 1} 列` };
  return {
    en: `${m.name} row ${row + 1}, column ${col + 1}`,
    zh: `${m.name} 第 ${row + 1} 行第 ${col + 1} 列`,
  };
}

/** @example sizeOf(matrixOf("x", [[1], [2]])) //=> "2×1" */
export function sizeOf(m: Matrix): string {
  return `${m.rows}×${m.cols}`;
}

/**
 * Reads every cell of `m` in row order, so the first bad cell is the one reported. `where` names
 * the cell for a message; it is a function so that whole-column ranges build no strings.
 */
export function readCells<T>(m: Matrix, read: (cell: Cell, where: () => Labels) => T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < m.rows; r++) {
    const row: T[] = [];
    for (let c = 0; c < m.cols; c++) row.push(read(m.at(r, c), () => whereIs(m, r, c)));
    out.push(row);
  }
  return out;
}

/** `value(r, c)` at every position of `shape`: one value for a single value, else rows that spill. */
export function resultOfShape(shape: Matrix, value: (row: number, col: number) => SheetCell): SheetResult {
  if (shape.single) return value(0, 0);
  return Array.from({ length: shape.rows }, (_, r) =>
    Array.from({ length: shape.cols }, (_, c) => value(r, c)),
  );
}
