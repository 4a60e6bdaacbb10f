/**
 * What every Spreadsheet-side facade shares: the model, the call log, the facade registries, and
 * the factory through which one facade hands out another (a Sheet's getRange, a Range's getSheet).
 * The facade modules never import each other: facades.ts wires them together, so the imports run
 * one way, models at the bottom.
 */

import type { Authorization } from "./auth";
import type { Registry } from "./registry";
import type { ChartState, RangeRef, SheetModel } from "./sheet-model";
import type { SpreadsheetModel } from "./spreadsheet-model";
import type { CallLog } from "./strict";

export type { RangeRef } from "./sheet-model";

/** The facades of one spreadsheet, by what they stand for. */
export interface FacadeFactory {
  spreadsheet(): object;
  sheet(sheet: SheetModel): object;
  range(ref: RangeRef): object;
  rangeList(refs: readonly RangeRef[]): object;
  chartBuilder(draft: ChartState): object;
  chart(state: ChartState): object;
}

export interface SpreadsheetContext {
  readonly spreadsheet: SpreadsheetModel;
  readonly calls: CallLog;
  /** The run's authorization mode: in NONE the spreadsheet cannot be reached at all. */
  readonly auth: Authorization;
  readonly ranges: Registry<RangeRef>;
  readonly sheets: Registry<SheetModel>;
  readonly charts: Registry<ChartState>;
  /** One facade per sheet, so `getSheets()[0] === getActiveSheet()` as scripts may assume. */
  readonly sheetFacades: WeakMap<SheetModel, object>;
  readonly facades: FacadeFactory;
}
