/**
 * In-memory stand-in for the Apps Script services a Sheets add-on uses. Tests run the built bundle
 * in `node:vm` with `createStandIn().globals`; the playground renders `snapshot()`.
 */

export type { A1Range } from "../shared/a1";
export { columnToLetters, formatA1, lettersToColumn, parseA1 } from "../shared/a1";
export { ChartTypeEnum as ChartType } from "./chart-types";
export { isDate } from "./dates";
export {
  type CellEntry,
  type CellValue,
  DEFAULT_NUMBER_FORMAT,
  interpretEntry,
  MAX_CELL_CHARACTERS,
  TEXT_FORMAT,
} from "./entry";
export { formatCellForDisplay } from "./format";
export { LOCK_TIMEOUT_MESSAGE } from "./lock";
export { formatSimpleDate } from "./simple-date-format";
export type { ChartSnapshot, SheetSnapshot } from "./snapshot";
export { type AppsScriptStandIn, createStandIn, type StandInOptions } from "./standin";
export type { CallLog } from "./strict";
export type { MenuItemRecord, MenuRecord, UiLog } from "./ui";
