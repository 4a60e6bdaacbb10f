/** Memberships → presence periods (metrics.md §3.2–§3.3). */
import type { Day, Membership } from "./types";

/** Days a member is present: start ≤ d < end; a null end is still present. */
export interface Period {
  start: Day;
  end: Day | null;
}

export interface Presence {
  /** Known member ids, in order of first valid row. */
  memberIds: string[];
  indexOf: Map<string, number>;
  /** Per member index: disjoint, non-touching periods in date order. */
  periods: Period[][];
  duplicateMembers: number;
}

/**
 * Merges memberships into presence periods. Rows with the same member, joined day and group
 * are one membership (the later row's left day wins where both give one); memberships that
 * overlap or touch form one period, so moving between groups is neither a leave nor a join.
 */
export function presenceOf(memberships: readonly Membership[]): Presence {
  const indexOf = new Map<string, number>();
  const memberIds: string[] = [];
  // Most members have one row: keep it flat, and give lists only to members with more.
  const firstRow: Membership[] = [];
  const moreRows = new Map<number, Membership[]>();
  for (const m of memberships) {
    const i = indexOf.get(m.memberId);
    if (i === undefined) {
      indexOf.set(m.memberId, memberIds.length);
      memberIds.push(m.memberId);
      firstRow.push(m);
    } else {
      const more = moreRows.get(i);
      if (more) more.push(m);
      else moreRows.set(i, [m]);
    }
  }
  let duplicateMembers = 0;
  const periods = firstRow.map((first, i): Period[] => {
    const more = moreRows.get(i);
    if (!more) return [{ start: first.joined, end: first.left }];
    // A member has a handful of rows: a linear search for the same day and group is cheapest.
    const spans: (Period & { group: string })[] = [];
    for (const m of [first, ...more]) {
      const same = spans.find((s) => s.start === m.joined && s.group === m.group);
      if (same === undefined) {
        spans.push({ start: m.joined, end: m.left, group: m.group });
      } else {
        duplicateMembers++;
        if (m.left !== null) same.end = m.left;
      }
    }
    return mergePeriods(spans);
  });
  return { memberIds, indexOf, periods, duplicateMembers };
}

function mergePeriods(spans: Period[]): Period[] {
  if (spans.length > 1) spans.sort((a, b) => a.start - b.start);
  const merged: Period[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && (last.end === null || span.start <= last.end)) {
      if (last.end !== null && (span.end === null || span.end > last.end)) last.end = span.end;
    } else {
      merged.push({ start: span.start, end: span.end });
    }
  }
  return merged;
}
