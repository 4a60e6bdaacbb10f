/** What every Spreadsheet-side facade shares: the model, the call log and the facade registries. */

import type { ChartState } from "./charts";
import { Registry } from "./registry";
import type { SheetModel } from "./sheet-model";
import type { SpreadsheetModel } from "./spreadsheet-model";
import type { CallLog } from "./strict";

/** A block of cells: 1-based top-left corner and a size of at least 1×1. */
export interface RangeRef {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

export interface SpreadsheetContext {
  readonly spreadsheet: SpreadsheetModel;
  readonly calls: CallLog;
  readonly ranges: Registry<RangeRef>;
  readonly sheets: Registry<SheetModel>;
  readonly charts: Registry<ChartState>;
  /** One facade per sheet, so `getSheets()[0] === getActiveSheet()` as scripts may assume. */
  readonly sheetFacades: WeakMap<SheetModel, object>;
}

export function createSpreadsheetContext(spreadsheet: SpreadsheetModel, calls: CallLog): SpreadsheetContext {
  return {
    spreadsheet,
    calls,
    ranges: new Registry<RangeRef>("Range"),
    sheets: new Registry<SheetModel>("Sheet"),
    charts: new Registry<ChartState>("EmbeddedChart"),
    sheetFacades: new WeakMap(),
  };
}
