/** The Range facade: reading and writing a block of cells under Sheets' rules. */

import { formatA1 } from "../shared/a1";
import { oneOfOrNull, optionalString, requireBoolean, requireInteger, requireString } from "./args";
import { requireWritable } from "./auth";
import type { SpreadsheetContext } from "./context";
import { isDate } from "./dates";
import { type CellEntry, type CellValue, interpretEntry } from "./entry";
import { formatCellForDisplay } from "./format";
import { type CellState, type ClearScope, clearScopeOf, type FontWeight, storeEntry } from "./grid";
import { checkedRangeRef } from "./range-ref";
import { type RichText, richTextFacade, richTextValues } from "./rich-text";
import type { RangeRef } from "./sheet-model";
import { type ApiOf, strictObject } from "./strict";

/** A copy safe to hand out: scripts must not be able to mutate a stored Date. */
function copyValue(value: CellValue): CellValue {
  return isDate(value) ? new Date(value.getTime()) : value;
}

function describeArgument(value: unknown): string {
  if (Array.isArray(value)) return Array.isArray(value[0]) ? "Object[][]" : "Object[]";
  return value === null ? "null" : typeof value;
}

/** Checks that `values` is a 2-D array exactly the size of the range, with Sheets' messages. */
function checkBlock(values: unknown, ref: RangeRef, method: string): unknown[][] {
  if (!Array.isArray(values) || !values.every((row) => Array.isArray(row))) {
    throw new Error(
      `The parameters (${describeArgument(values)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  if (values.length !== ref.numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${ref.numRows}.`,
    );
  }
  for (const row of values as unknown[][]) {
    if (row.length !== ref.numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${ref.numColumns}.`,
      );
    }
  }
  return values as unknown[][];
}

/** A cell's rich text: its text and links, or null for a cell whose value is not text. */
function richTextOf(cell: Readonly<CellState>): object | null {
  if (typeof cell.value !== "string" || cell.formula !== "") return null;
  return richTextFacade({ text: cell.value, links: cell.links });
}

/** Rich text is stored as the text it holds, never read as a number, date or formula. */
function storeRichText(cell: CellState, rich: RichText): void {
  cell.value = rich.text;
  cell.formula = "";
  cell.links = rich.links;
}

const FONT_WEIGHTS: readonly FontWeight[] = ["normal", "bold"];
const HORIZONTAL = ["left", "center", "right", "normal", "general", "general-left", "general-right"] as const;
const VERTICAL = ["top", "middle", "bottom"] as const;

export function rangeFacade(ctx: SpreadsheetContext, ref: RangeRef): object {
  const { sheet } = ref;
  const grid = sheet.grid;
  const timeZone = ctx.spreadsheet.timeZone;

  const map = <T>(read: (cell: Readonly<CellState>) => T): T[][] => {
    const rows: T[][] = [];
    for (let r = 0; r < ref.numRows; r++) {
      const row: T[] = [];
      for (let c = 0; c < ref.numColumns; c++) row.push(read(grid.read(ref.row + r, ref.column + c)));
      rows.push(row);
    }
    return rows;
  };
  const forEachCell = (write: (cell: CellState, r: number, c: number) => void): void => {
    for (let r = 0; r < ref.numRows; r++) {
      for (let c = 0; c < ref.numColumns; c++) write(grid.write(ref.row + r, ref.column + c), r, c);
    }
  };
  const topLeft = (): Readonly<CellState> => grid.read(ref.row, ref.column);
  const display = (cell: Readonly<CellState>): string =>
    formatCellForDisplay(cell.value, cell.numberFormat, timeZone);
  const clear = (scope: ClearScope): object => {
    grid.clear(ref.row, ref.column, ref.numRows, ref.numColumns, scope);
    return facade;
  };
  /** Interprets a whole block before writing any of it: a rejected value leaves the sheet untouched. */
  const writeEntries = (entryAt: (r: number, c: number) => unknown): object => {
    const entries: CellEntry[][] = [];
    for (let r = 0; r < ref.numRows; r++) {
      const row: CellEntry[] = [];
      for (let c = 0; c < ref.numColumns; c++) {
        const format = grid.read(ref.row + r, ref.column + c).numberFormat;
        row.push(interpretEntry(entryAt(r, c), format, timeZone, ctx.spreadsheet.plainText));
      }
      entries.push(row);
    }
    forEachCell((cell, r, c) => storeEntry(cell, entries[r][c]));
    return facade;
  };

  /** Sheets takes a grid of CSS colours the size of the range; null resets a cell to the default. */
  const setColors = (
    colors: unknown,
    method: string,
    write: (cell: CellState, color: string | null) => void,
  ): object => {
    const block = checkBlock(colors, ref, method).map((row) =>
      row.map((color) => optionalString(color, "color")),
    );
    forEachCell((cell, r, c) => write(cell, block[r][c]));
    return facade;
  };

  const methods = {
    getA1Notation: (): string => formatA1(ref.row, ref.column, ref.numRows, ref.numColumns),
    getRow: (): number => ref.row,
    getColumn: (): number => ref.column,
    getNumRows: (): number => ref.numRows,
    getNumColumns: (): number => ref.numColumns,
    getHeight: (): number => ref.numRows,
    getWidth: (): number => ref.numColumns,
    getLastRow: (): number => ref.row + ref.numRows - 1,
    getLastColumn: (): number => ref.column + ref.numColumns - 1,
    getSheet: (): object => ctx.facades.sheet(sheet),
    activate: (): object => {
      // As in Sheets: the range's sheet becomes the active one, the range its selection.
      sheet.hidden = false;
      ctx.spreadsheet.active = sheet;
      sheet.activeRange = formatA1(ref.row, ref.column, ref.numRows, ref.numColumns);
      return facade;
    },

    getValues: (): CellValue[][] => map((cell) => copyValue(cell.value)),
    getValue: (): CellValue => copyValue(topLeft().value),
    getDisplayValues: (): string[][] => map(display),
    getDisplayValue: (): string => display(topLeft()),
    getFormulas: (): string[][] => map((cell) => cell.formula),
    getFormula: (): string => topLeft().formula,
    setValues: (values: unknown): object => {
      const block = checkBlock(values, ref, "setValues");
      return writeEntries((r, c) => block[r][c]);
    },
    setValue: (value: unknown): object => writeEntries(() => value),

    // Rich text is a text cell's: a number, date, boolean or formula has none (null).
    getRichTextValues: (): (object | null)[][] => map(richTextOf),
    getRichTextValue: (): object | null => richTextOf(topLeft()),
    setRichTextValues: (values: unknown): object => {
      const block = checkBlock(values, ref, "setRichTextValues").map((row) =>
        row.map((value) => richTextValues.lookup(value, "values")),
      );
      forEachCell((cell, r, c) => storeRichText(cell, block[r][c]));
      return facade;
    },
    setRichTextValue: (value: unknown): object => {
      const rich = richTextValues.lookup(value, "value");
      forEachCell((cell) => storeRichText(cell, rich));
      return facade;
    },

    getNumberFormats: (): string[][] => map((cell) => cell.numberFormat),
    getNumberFormat: (): string => topLeft().numberFormat,
    setNumberFormat: (format: unknown): object => {
      const checked = requireString(format, "numberFormat");
      forEachCell((cell) => {
        cell.numberFormat = checked;
      });
      return facade;
    },
    setNumberFormats: (formats: unknown): object => {
      const block = checkBlock(formats, ref, "setNumberFormats").map((row) =>
        row.map((format) => requireString(format, "numberFormat")),
      );
      forEachCell((cell, r, c) => {
        cell.numberFormat = block[r][c];
      });
      return facade;
    },

    getFontWeights: (): FontWeight[][] => map((cell) => cell.fontWeight),
    getFontWeight: (): FontWeight => topLeft().fontWeight,
    setFontWeight: (weight: unknown): object => {
      const checked = oneOfOrNull(weight, FONT_WEIGHTS, "fontWeight") ?? "normal";
      forEachCell((cell) => {
        cell.fontWeight = checked;
      });
      return facade;
    },
    setFontWeights: (weights: unknown): object => {
      const block = checkBlock(weights, ref, "setFontWeights").map((row) =>
        row.map((weight) => oneOfOrNull(weight, FONT_WEIGHTS, "fontWeight") ?? "normal"),
      );
      forEachCell((cell, r, c) => {
        cell.fontWeight = block[r][c];
      });
      return facade;
    },

    getBackground: (): string => topLeft().background ?? "#ffffff",
    setBackground: (color: unknown): object => {
      const checked = optionalString(color, "color");
      forEachCell((cell) => {
        cell.background = checked;
      });
      return facade;
    },
    getBackgrounds: (): string[][] => map((cell) => cell.background ?? "#ffffff"),
    setBackgrounds: (colors: unknown): object =>
      setColors(colors, "setBackgrounds", (cell, color) => {
        cell.background = color;
      }),
    setFontColor: (color: unknown): object => {
      const checked = optionalString(color, "color");
      forEachCell((cell) => {
        cell.fontColor = checked;
      });
      return facade;
    },
    getFontColors: (): string[][] => map((cell) => cell.fontColor ?? "#000000"),
    setFontColors: (colors: unknown): object =>
      setColors(colors, "setFontColors", (cell, color) => {
        cell.fontColor = color;
      }),
    setHorizontalAlignment: (alignment: unknown): object => {
      const checked = oneOfOrNull(alignment, HORIZONTAL, "alignment");
      forEachCell((cell) => {
        cell.horizontalAlignment = checked;
      });
      return facade;
    },
    setVerticalAlignment: (alignment: unknown): object => {
      const checked = oneOfOrNull(alignment, VERTICAL, "alignment");
      forEachCell((cell) => {
        cell.verticalAlignment = checked;
      });
      return facade;
    },
    setWrap: (wrap: unknown): object => {
      const checked = requireBoolean(wrap, "isWrapEnabled");
      forEachCell((cell) => {
        cell.wrap = checked;
      });
      return facade;
    },

    clear: (options?: unknown): object => clear(clearScopeOf(options)),
    clearContent: (): object => clear({ contents: true, formats: false }),
    clearFormat: (): object => clear({ contents: false, formats: true }),

    offset: (rowOffset: unknown, columnOffset: unknown, numRows?: unknown, numColumns?: unknown): object =>
      rangeFacade(
        ctx,
        checkedRangeRef(
          sheet,
          ref.row + requireInteger(rowOffset, "rowOffset"),
          ref.column + requireInteger(columnOffset, "columnOffset"),
          numRows ?? ref.numRows,
          numColumns ?? ref.numColumns,
        ),
      ),
    getCell: (row: unknown, column: unknown): object => {
      const r = requireInteger(row, "row");
      const c = requireInteger(column, "column");
      if (r < 1 || c < 1 || r > ref.numRows || c > ref.numColumns)
        throw new Error("Cell reference out of range");
      return rangeFacade(ctx, {
        sheet,
        row: ref.row + r - 1,
        column: ref.column + c - 1,
        numRows: 1,
        numColumns: 1,
      });
    },
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.Range>;

  const facade: object = strictObject("Range", methods, {
    calls: ctx.calls,
    guard: (method) => {
      sheet.assertAlive();
      requireWritable(ctx.auth, method);
    },
  });
  return ctx.ranges.register(facade, ref);
}
