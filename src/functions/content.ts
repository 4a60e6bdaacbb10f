/** COMMUNITY_CONTENT (insights.md §15): content.weekly of the content table alone, spilled under a header row. */
import { contentAlone } from "../core/content";
import { readTable } from "../core/inputs";
import { rangeOf } from "../core/range";
import { CONTENT_WEEKLY_COLUMNS } from "../core/sections/content";
import { dayArg, requiredTableArg, weekStartArg } from "./args";
import type { SheetCell } from "./ranges";
import { sheetContext } from "./sheet-context";
import { spillTable } from "./spill";

export interface ContentArgs {
  content: unknown;
  weekStartsOn?: unknown;
  startDate?: unknown;
  endDate?: unknown;
}

/**
 * One row per week from the first post's week to the last's (or start_date … end_date): the
 * table's own range, since the formula is given no members, activity or orders.
 */
export function communityContent(args: ContentArgs): SheetCell[][] {
  const context = sheetContext();
  const { clock } = context;
  const weekStartsOn = weekStartArg(args.weekStartsOn);
  const from = dayArg("start_date", args.startDate, clock);
  const to = dayArg("end_date", args.endDate, clock);
  const table = readTable("content", requiredTableArg("content", args.content), clock);
  const content = contentAlone(table.rows, rangeOf(table.span, from, to), weekStartsOn);
  return spillTable(CONTENT_WEEKLY_COLUMNS, content.weekly, context);
}
