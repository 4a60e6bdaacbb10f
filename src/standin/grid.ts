/**
 * The cells of one sheet: values, formulas and formats, stored sparsely by row so that a fresh
 * 1000×26 sheet costs nothing and inserting rows or columns is a splice.
 */

import { type CellEntry, type CellValue, DEFAULT_NUMBER_FORMAT } from "./entry";
import type { LinkRun } from "./rich-text";
import { notImplemented } from "./strict";

export type FontWeight = "normal" | "bold";

export interface CellState {
  value: CellValue;
  formula: string;
  numberFormat: string;
  fontWeight: FontWeight;
  background: string | null;
  fontColor: string | null;
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  wrap: boolean;
  /** Links on spans of a text value, set with setRichTextValues; any other write drops them. */
  links: readonly LinkRun[];
}

export function blankCell(): CellState {
  return {
    value: "",
    formula: "",
    numberFormat: DEFAULT_NUMBER_FORMAT,
    fontWeight: "normal",
    background: null,
    fontColor: null,
    horizontalAlignment: null,
    verticalAlignment: null,
    wrap: false,
    links: [],
  };
}

const BLANK: Readonly<CellState> = Object.freeze(blankCell());

export function hasContent(cell: Readonly<CellState>): boolean {
  return cell.value !== "" || cell.formula !== "";
}

/** What clear() removes: contents (values and formulas), formats, or both. */
export interface ClearScope {
  contents: boolean;
  formats: boolean;
}

/** Sparse cell storage; rows and columns are 1-based at this interface, like Sheets. */
export class Grid {
  private rows: (CellState | undefined)[][] = [];

  /** The cell at (row, column), or a frozen blank one. Never mutate the result. */
  read(row: number, column: number): Readonly<CellState> {
    return this.rows[row - 1]?.[column - 1] ?? BLANK;
  }

  /** The cell at (row, column), created if needed, for writing. */
  write(row: number, column: number): CellState {
    let cells = this.rows[row - 1];
    if (!cells) {
      cells = [];
      this.rows[row - 1] = cells;
    }
    let cell = cells[column - 1];
    if (!cell) {
      cell = blankCell();
      cells[column - 1] = cell;
    }
    return cell;
  }

  /** Last row with a value or formula, 0 when there is none. */
  lastRow(): number {
    for (let r = this.rows.length - 1; r >= 0; r--) {
      if (this.rows[r]?.some((cell) => cell !== undefined && hasContent(cell))) return r + 1;
    }
    return 0;
  }

  /** Last column with a value or formula in any row, 0 when there is none. */
  lastColumn(): number {
    let last = 0;
    for (const cells of this.rows) {
      if (!cells) continue;
      for (let c = cells.length - 1; c >= last; c--) {
        const cell = cells[c];
        if (cell && hasContent(cell)) {
          last = c + 1;
          break;
        }
      }
    }
    return last;
  }

  clear(row: number, column: number, numRows: number, numColumns: number, scope: ClearScope): void {
    for (let r = row; r < row + numRows; r++) {
      const cells = this.rows[r - 1];
      if (!cells) continue;
      for (let c = column; c < column + numColumns; c++) {
        const cell = cells[c - 1];
        if (!cell) continue;
        const fresh = blankCell();
        cells[c - 1] = scope.contents
          ? scope.formats
            ? undefined
            : { ...cell, value: "", formula: "", links: [] }
          : { ...fresh, value: cell.value, formula: cell.formula };
      }
    }
  }

  /** A copy of every cell, for a duplicated sheet. */
  copy(): Grid {
    const copy = new Grid();
    copy.rows = this.rows.map((cells) => cells?.map((cell) => (cell ? { ...cell } : cell)));
    return copy;
  }

  insertRows(before: number, count: number): void {
    if (before - 1 >= this.rows.length) return;
    this.rows = spliceIn(this.rows, before - 1, count);
  }

  deleteRows(start: number, count: number): void {
    this.rows.splice(start - 1, count);
  }

  insertColumns(before: number, count: number): void {
    this.rows = this.rows.map((cells) =>
      cells && before - 1 < cells.length ? spliceIn(cells, before - 1, count) : cells,
    );
  }

  deleteColumns(start: number, count: number): void {
    for (const cells of this.rows) cells?.splice(start - 1, count);
  }
}

/** `items` with `count` empty slots inserted at `index` (no argument spreading: counts can be large). */
function spliceIn<T>(items: T[], index: number, count: number): T[] {
  return [...items.slice(0, index), ...new Array<T>(count), ...items.slice(index)];
}

/** Stores an interpreted entry, adopting the format Sheets infers for typed dates and percentages. */
export function storeEntry(cell: CellState, entry: CellEntry): void {
  cell.value = entry.value;
  cell.formula = entry.formula;
  cell.links = [];
  if (entry.impliedFormat !== null && cell.numberFormat === DEFAULT_NUMBER_FORMAT) {
    cell.numberFormat = entry.impliedFormat;
  }
}

/** Range/Sheet.clear(options): only contentsOnly and formatOnly are supported. */
export function clearScopeOf(options: unknown): ClearScope {
  if (options === undefined) return { contents: true, formats: true };
  if (typeof options !== "object" || options === null) throw new Error("Invalid argument: options");
  const { contentsOnly, formatOnly, ...rest } = options as Record<string, unknown>;
  for (const [key, value] of Object.entries(rest)) {
    if (value) throw notImplemented("Range.clear", `options.${key}`);
  }
  if (contentsOnly && !formatOnly) return { contents: true, formats: false };
  if (formatOnly && !contentsOnly) return { contents: false, formats: true };
  return { contents: true, formats: true };
}
