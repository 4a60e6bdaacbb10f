/** The days a read table covers, as the sidebar's preview shows them before a build. */
import type { Activity, Day, Membership, Order } from "./types";

export interface DaySpan {
  first: Day;
  last: Day;
}

/**
 * The earliest and latest day of a table's valid rows (joins and leaves for members, the
 * row's day for activity and orders); null when it has no valid row.
 * @example daySpan([{ memberId: "u1", joined: 10, left: 12, group: "", row: 2 }]) //=> { first: 10, last: 12 }
 */
export function daySpan(rows: readonly (Membership | Activity | Order)[]): DaySpan | null {
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const row of rows) {
    const start = "joined" in row ? row.joined : row.day;
    const end = "joined" in row ? (row.left ?? row.joined) : row.day;
    if (start < first) first = start;
    if (end > last) last = end;
  }
  return rows.length > 0 ? { first, last } : null;
}
