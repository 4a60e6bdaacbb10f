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
  const rows: Membership[][] = [];
  for (const m of memberships) {
    let i = indexOf.get(m.memberId);
    if (i === undefined) {
      i = memberIds.length;
      indexOf.set(m.memberId, i);
      memberIds.push(m.memberId);
      rows.push([]);
    }
    rows[i].push(m);
  }
  let duplicateMembers = 0;
  const periods = rows.map((own) => {
    // A member has a handful of rows: a linear search for the same day and group is cheapest.
    const spans: (Period & { group: string })[] = [];
    for (const m of own) {
      const first = spans.find((s) => s.start === m.joined && s.group === m.group);
      if (first === undefined) {
        spans.push({ start: m.joined, end: m.left, group: m.group });
      } else {
        duplicateMembers++;
        if (m.left !== null) first.end = m.left;
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
