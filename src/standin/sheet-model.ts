/** The state of one sheet (tab). Facades in sheet.ts and range.ts validate and then mutate it. */

import type { ChartState } from "./charts";
import { Grid } from "./grid";
import type { MetadataOwner } from "./metadata";

/** A new sheet in Google Sheets has 1000 rows and 26 columns (A-Z). */
export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
/** Sheets' default column width in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;

export class SheetModel implements MetadataOwner {
  readonly grid = new Grid();
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
