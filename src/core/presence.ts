/** Memberships → presence periods (metrics.md §3.2–§3.3). */
import { bucketBy } from "./buckets";
import type { IdTable } from "./id-table";
import type { Day, MemberColumns } from "./types";

/** The end of a period whose member has not left. */
export const STILL_PRESENT: Day = 0x7fffffff;

/**
 * Periods of presence, per member: period p covers start[p] ≤ d < end[p] (end STILL_PRESENT when
 * the member has not left). Member m's periods are p = first[m] … first[m + 1] − 1, disjoint and
 * non-touching. Kept as flat columns: a large community has one period for most of its 100,000
 * members, and an object per period was most of the time spent building and walking them.
 */
export interface Periods {
  first: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/**
 * The memberships of metrics.md §3.2 (rows with the same member, joined day and group are one) of
 * the members who are not staff: member m's are k = first[m] … first[m + 1] − 1, in the order of
 * their first rows. Breakdowns (insights.md §12) make their own periods from them; the cleaned
 * tables (cleaned.ts) write them out.
 */
export interface Memberships {
  first: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Each one's first valid row: a duplicate row's other cells give way to the first row's. */
  row: Int32Array;
}

/** Days each member is present: periods in date order. */
export interface Presence extends Periods {
  /** Known member ids, numbered in order of first valid row. */
  members: IdTable;
  /** Per member, 1 for staff (insights.md §16), who have no periods; null when nobody is. */
  staff: Uint8Array | null;
  duplicateMembers: number;
  memberships: Memberships;
}

/** A membership, or a period made of memberships. */
export interface Span {
  start: Day;
  end: Day;
  /** The group's number, or the segment's when periods are made per segment. */
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
  const kept: Memberships = {
    first: new Int32Array(members.size + 1),
    start: new Int32Array(memberships.length),
    end: new Int32Array(memberships.length),
    row: new Int32Array(memberships.length),
  };
  let periods = 0;
  let n = 0;
  let duplicateMembers = 0;
  for (let m = 0; m < members.size; m++) {
    first[m] = periods;
    kept.first[m] = n;
    const present = staff === null || staff[m] === 0;
    if (rowsFrom[m + 1] - rowsFrom[m] === 1) {
      if (!present) continue;
      const only = rowsOf[rowsFrom[m]];
      start[periods] = kept.start[n] = joined[only];
      end[periods++] = kept.end[n] = left[only];
      kept.row[n++] = only;
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
        if (left[r] !== STILL_PRESENT) same.end = left[r];
      }
    }
    if (!present) continue;
    for (const span of spans) {
      kept.start[n] = span.start;
      kept.end[n] = span.end;
      kept.row[n++] = span.row;
    }
    for (const period of mergePeriods(spans, false)) {
      start[periods] = period.start;
      end[periods++] = period.end;
    }
  }
  first[members.size] = periods;
  kept.first[members.size] = n;
  return {
    members,
    first,
    start: start.slice(0, periods),
    end: end.slice(0, periods),
    staff,
    duplicateMembers,
    memberships: {
      first: kept.first,
      start: kept.start.subarray(0, n),
      end: kept.end.subarray(0, n),
      row: kept.row.subarray(0, n),
    },
  };
}

/**
 * Spans merged where they overlap or touch (§3.3), in date order; `perGroup`: only spans of the same
 * group merge, and the periods come group by group. Sorts `spans` in place.
 */
export function mergePeriods(spans: Span[], perGroup: boolean): Span[] {
  spans.sort(perGroup ? (a, b) => a.group - b.group || a.start - b.start : (a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end && (!perGroup || span.group === last.group)) {
      if (span.end > last.end) last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}
