/** Wires the facade modules into one spreadsheet's context (see context.ts). */

import type { Authorization } from "./auth";
import { chartBuilderFacade, chartFacade } from "./charts";
import type { SpreadsheetContext } from "./context";
import { rangeFacade } from "./range";
import { rangeListFacade } from "./range-list";
import { Registry } from "./registry";
import { sheetFacade } from "./sheet";
import type { ChartState, RangeRef, SheetModel } from "./sheet-model";
import { spreadsheetFacade } from "./spreadsheet";
import type { SpreadsheetModel } from "./spreadsheet-model";
import type { CallLog } from "./strict";

export function createSpreadsheetContext(
  spreadsheet: SpreadsheetModel,
  calls: CallLog,
  auth: Authorization,
): SpreadsheetContext {
  const ctx: SpreadsheetContext = {
    spreadsheet,
    calls,
    auth,
    ranges: new Registry<RangeRef>("Range"),
    sheets: new Registry<SheetModel>("Sheet"),
    charts: new Registry<ChartState>("EmbeddedChart"),
    sheetFacades: new WeakMap(),
    facades: {
      spreadsheet: () => spreadsheetFacade(ctx),
      sheet: (sheet) => sheetFacade(ctx, sheet),
      range: (ref) => rangeFacade(ctx, ref),
      rangeList: (refs) => rangeListFacade(ctx, refs),
      chartBuilder: (draft) => chartBuilderFacade(ctx, draft),
      chart: (state) => chartFacade(ctx, state),
    },
  };
  return ctx;
}
