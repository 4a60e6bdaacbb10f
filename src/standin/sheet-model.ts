/**
 * The state of one sheet (tab), with the blocks of cells and the charts that refer to it: the three
 * types refer to each other, so they live together at the bottom of the stand-in's layers. Facades
 * in sheet.ts, range.ts and charts.ts validate and then mutate them.
 */

import type { ChartType } from "./chart-types";
import { Grid } from "./grid";
import type { MetadataOwner } from "./metadata-model";

/** A new sheet in Google Sheets has 1000 rows and 26 columns (A-Z). */
export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
/** Sheets' default column width in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;

export class SheetModel implements MetadataOwner {
  grid = new Grid();
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  /** Set when the sheet is deleted: facades still held by scripts must then fail. */
  deleted = false;
  columnWidths: number[];
  charts: ChartState[] = [];
  /** The selection Range.activate set, in A1 ("A12"); null until one is set. */
  activeRange: string | null = null;
  readonly metadata: MetadataOwner["metadata"] = [];

  constructor(
    public name: string,
    readonly id: number,
    public maxRows: number = DEFAULT_MAX_ROWS,
    public maxColumns: number = DEFAULT_MAX_COLUMNS,
  ) {
    this.columnWidths = new Array<number>(maxColumns).fill(DEFAULT_COLUMN_WIDTH);
  }

  assertAlive(): void {
    if (this.deleted) throw new Error(`The sheet "${this.name}" has been deleted.`);
  }
}

/** A block of cells: 1-based top-left corner and a size of at least 1×1. */
export interface RangeRef {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface ChartPosition {
  row: number;
  column: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartState {
  /** Assigned when first inserted into a sheet; null for a chart that was only built. */
  id: number | null;
  sheet: SheetModel;
  type: ChartType | null;
  ranges: RangeRef[];
  options: Record<string, unknown>;
  position: ChartPosition;
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenDimensionStrategy: string;
}
