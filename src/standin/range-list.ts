/**
 * RangeList (Sheet.getRangeList): several ranges of one sheet formatted with one call, as the
 * report writer bolds every block's header at once.
 */

import { requireWritable } from "./auth";
import type { SpreadsheetContext } from "./context";
import type { FontWeight } from "./grid";
import type { RangeRef } from "./sheet-model";
import { type ApiOf, strictObject } from "./strict";

const FONT_WEIGHTS: readonly FontWeight[] = ["normal", "bold"];

export function rangeListFacade(ctx: SpreadsheetContext, refs: readonly RangeRef[]): object {
  const forEachCell = (write: (cell: ReturnType<RangeRef["sheet"]["grid"]["write"]>) => void): void => {
    for (const ref of refs) {
      for (let r = 0; r < ref.numRows; r++) {
        for (let c = 0; c < ref.numColumns; c++) write(ref.sheet.grid.write(ref.row + r, ref.column + c));
      }
    }
  };
  let facade: object;
  const methods = {
    getRanges: (): object[] => refs.map((ref) => ctx.facades.range(ref)),
    setFontWeight: (weight: unknown): object => {
      // As Range.setFontWeight: null resets to normal, anything else but "bold"/"normal" is refused.
      if (weight !== null && !FONT_WEIGHTS.includes(weight as FontWeight)) {
        throw new Error(`Invalid argument: fontWeight (${String(weight)})`);
      }
      forEachCell((cell) => {
        cell.fontWeight = (weight as FontWeight | null) ?? "normal";
      });
      return facade;
    },
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.RangeList>;
  facade = strictObject("RangeList", methods, {
    calls: ctx.calls,
    guard: (method) => {
      refs[0]?.sheet.assertAlive();
      requireWritable(ctx.auth, method);
    },
  });
  return facade;
}
