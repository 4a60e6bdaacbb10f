/** WEEKLY_GMV (functions.md): the GMV of chosen weeks, or a Week | GMV table, from the orders table. */
import { gmvOfWeek, weeklyGmv, weeklyGmvRows } from "../core/gmv";
import { readTable } from "../core/inputs";
import { centsToYuan, WEEKLY_GMV_COLUMNS } from "../core/layout";
import { isBlankCell, isOmitted, readDayCell, requiredTableArg, tableArg, weekStartArg } from "./args";
import { matrixOf, readCells, resultOfShape, type SheetResult } from "./ranges";
import { sheetContext } from "./sheet-context";
import { spillTable } from "./spill";

export interface WeeklyGmvArgs {
  orders: unknown;
  week?: unknown;
  members?: unknown;
  weekStartsOn?: unknown;
}

/**
 * With `week`: the GMV (yuan, at most two decimals) of the week holding each day, "" for a
 * blank cell. Without: one row per week from the first order's week to the last's.
 */
export function weeklyGmvFormula(args: WeeklyGmvArgs): SheetResult {
  const context = sheetContext();
  const { clock } = context;
  const weekStartsOn = weekStartArg(args.weekStartsOn);
  const orders = readTable("orders", requiredTableArg("orders", args.orders), clock).rows;
  const members = tableArg("members", args.members);
  const gmv = weeklyGmv(orders, members && readTable("members", members, clock).rows, weekStartsOn);
  if (isOmitted(args.week)) return spillTable(WEEKLY_GMV_COLUMNS, weeklyGmvRows(gmv), context);
  const weeks = matrixOf("week", args.week);
  const days = readCells(weeks, (cell, where) =>
    isBlankCell(cell) ? null : readDayCell(cell, where, clock),
  );
  // Integer cents over 100: at most two decimals, as the report's gmv.
  return resultOfShape(weeks, (r, c) =>
    days[r][c] === null ? "" : centsToYuan(gmvOfWeek(gmv, days[r][c]!))!,
  );
}
