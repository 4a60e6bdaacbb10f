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
  const unique = new Map<string, Membership>();
  let duplicateMembers = 0;
  for (const m of memberships) {
    const key = `${m.memberId}\u0000${m.joined}\u0000${m.group}`;
    const first = unique.get(key);
    if (first === undefined) {
      unique.set(key, { ...m });
    } else {
      duplicateMembers++;
      if (m.left !== null) first.left = m.left;
    }
  }
  const indexOf = new Map<string, number>();
  const memberIds: string[] = [];
  const spans: Period[][] = [];
  for (const m of unique.values()) {
    let i = indexOf.get(m.memberId);
    if (i === undefined) {
      i = memberIds.length;
      indexOf.set(m.memberId, i);
      memberIds.push(m.memberId);
      spans.push([]);
    }
    spans[i].push({ start: m.joined, end: m.left });
  }
  return { memberIds, indexOf, periods: spans.map(mergePeriods), duplicateMembers };
}

function mergePeriods(spans: Period[]): Period[] {
  if (spans.length > 1) spans.sort((a, b) => a.start - b.start);
  const merged: Period[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && (last.end === null || span.start <= last.end)) {
      if (last.end !== null && (span.end === null || span.end > last.end)) last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}
