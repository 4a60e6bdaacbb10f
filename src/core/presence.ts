/** Memberships → presence periods (metrics.md §3.2–§3.3). */
import { bucketBy } from "./buckets";
import type { IdTable } from "./id-table";
import type { Day, MemberColumns } from "./types";

/** The end of a period whose member has not left. */
export const STILL_PRESENT: Day = 0x7fffffff;

/** In Presence.membershipLeft: the row repeats an earlier membership (no valid day is this low). */
export const REPEATED_ROW = -0x80000000;

/**
 * Days each member is present: period p covers start[p] ≤ d < end[p]. Member m's periods are
 * p = first[m] … first[m + 1] − 1, disjoint, non-touching and in date order. Kept as flat
 * columns: a large community has one period for most of its 100,000 members, and an object
 * per period was most of the time spent building and walking them.
 */
export interface Presence {
  /** Known member ids, numbered in order of first valid row. */
  members: IdTable;
  first: Int32Array;
  start: Int32Array;
  /** STILL_PRESENT when the member has not left. */
  end: Int32Array;
  /** Per member, 1 for staff (insights.md §16), who have no periods; null when nobody is. */
  staff: Uint8Array | null;
  duplicateMembers: number;
  /**
   * Per valid member row, the left day of the membership it begins (§3.2: the later row's where
   * repeats give one; STILL_PRESENT for none), or REPEATED_ROW: the memberships the periods were
   * merged from, for the cleaned tables (cleaned.ts).
   */
  membershipLeft: Int32Array;
}

interface Span {
  start: Day;
  end: Day;
  group: number;
  /** The membership's first row. */
  row: number;
}

/**
 * Merges memberships into presence periods. Rows with the same member, joined day and group
 * are one membership (the later row's left day wins where both give one); memberships that
 * overlap or touch form one period, so moving between groups is neither a leave nor a join.
 * Staff are never present: their repeated rows still count as duplicates (insights.md §16).
 */
export function presenceOf(memberships: MemberColumns): Presence {
  const { ids: members, member, joined, left, group, staff } = memberships;
  // Each member's rows, in row order.
  const { offsets: rowsFrom, values: rowsOf } = bucketBy(member, members.size);

  const first = new Int32Array(members.size + 1);
  const start = new Int32Array(memberships.length);
  const end = new Int32Array(memberships.length);
  const membershipLeft = left.slice();
  let periods = 0;
  let duplicateMembers = 0;
  for (let m = 0; m < members.size; m++) {
    first[m] = periods;
    const present = staff === null || staff[m] === 0;
    if (rowsFrom[m + 1] - rowsFrom[m] === 1) {
      if (!present) continue;
      const only = rowsOf[rowsFrom[m]];
      start[periods] = joined[only];
      end[periods++] = left[only];
      continue;
    }
    // A member has a handful of rows: a linear search for the same day and group is cheapest.
    const spans: Span[] = [];
    for (let j = rowsFrom[m]; j < rowsFrom[m + 1]; j++) {
      const r = rowsOf[j];
      const same = spans.find((s) => s.start === joined[r] && s.group === group[r]);
      if (same === undefined) {
        spans.push({ start: joined[r], end: left[r], group: group[r], row: r });
      } else {
        duplicateMembers++;
        membershipLeft[r] = REPEATED_ROW;
        if (left[r] !== STILL_PRESENT) same.end = membershipLeft[same.row] = left[r];
      }
    }
    if (!present) continue;
    for (const period of mergePeriods(spans)) {
      start[periods] = period.start;
      end[periods++] = period.end;
    }
  }
  first[members.size] = periods;
  return {
    members,
    first,
    start: start.slice(0, periods),
    end: end.slice(0, periods),
    staff,
    duplicateMembers,
    membershipLeft,
  };
}

function mergePeriods(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      if (span.end > last.end) last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}
