/**
 * Segments of a breakdown (insights.md §12): each membership's value of the chosen column, the
 * presence periods of each segment, and which segments an event on a day counts for.
 */
import type { Events } from "./clean";
import { compareCodePoints } from "./code-points";
import { grown } from "./id-table";
import { mergePeriods, type Periods, type Presence, type Span } from "./presence";
import type { DayRange } from "./range";
import { cellText } from "./text";
import type { KeptColumn } from "./types";

/**
 * Presence per segment. Member m's periods are p = first[m] … first[m + 1] − 1, segment by segment
 * and in date order within one; period p is in segment `segment[p]`, an index into `values`.
 */
export interface Segments extends Periods {
  /** The segment values in code-point order, the blank one ("") last. */
  values: string[];
  segment: Int32Array;
}

/**
 * The segments of `column` (a column of the members table): every value of a membership that is
 * not staff's, duplicates keeping their first row's. One text per membership is read, and each
 * distinct text is looked up once, so a column of thousands of values costs what one of five does.
 */
export function segmentsOf(presence: Presence, column: KeptColumn): Segments {
  const { first: membershipsFrom, start: joined, end: left, row } = presence.memberships;
  const count = row.length;
  const codes = new Map<string, number>();
  const code = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const text = cellText(column.cells[row[k]]);
    let c = codes.get(text);
    if (c === undefined) {
      c = codes.size;
      codes.set(text, c);
    }
    code[k] = c;
  }
  const values = [...codes.keys()].sort((a, b) =>
    a === "" || b === "" ? Number(a === "") - Number(b === "") : compareCodePoints(a, b),
  );
  const rank = new Int32Array(values.length);
  values.forEach((value, i) => {
    rank[codes.get(value)!] = i;
  });

  const memberCount = membershipsFrom.length - 1;
  const first = new Int32Array(memberCount + 1);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const segment = new Int32Array(count);
  let n = 0;
  for (let m = 0; m < memberCount; m++) {
    first[m] = n;
    const from = membershipsFrom[m];
    const until = membershipsFrom[m + 1];
    if (until - from === 1) {
      start[n] = joined[from];
      end[n] = left[from];
      segment[n++] = rank[code[from]];
      continue;
    }
    const spans: Span[] = [];
    for (let k = from; k < until; k++)
      spans.push({ start: joined[k], end: left[k], group: rank[code[k]], row: k });
    for (const period of mergePeriods(spans, true)) {
      start[n] = period.start;
      end[n] = period.end;
      segment[n++] = period.group;
    }
  }
  first[memberCount] = n;
  return {
    values,
    first,
    start: start.subarray(0, n),
    end: end.subarray(0, n),
    segment: segment.subarray(0, n),
  };
}

/** Events with the segments they count for: pair j is event `event[j]` counted for `segment[j]`. */
export interface Attributed {
  event: Int32Array;
  segment: Int32Array;
  length: number;
}

/**
 * Each event inside the range, with every segment it counts for: those its member is present in on
 * its day; when none, those of the member's periods that ended last on or before that day; when the
 * day is before every period, those of the periods that start first.
 */
export function attribute(segments: Segments, events: Events, range: DayRange): Attributed {
  const { first, start: starts, end: ends, segment: segmentOf } = segments;
  const { member, day: days, length } = events;
  const { from, to } = range;
  let event = new Int32Array(length);
  let segment = new Int32Array(length);
  let n = 0;
  const add = (i: number, s: number): void => {
    if (n === event.length) {
      event = grown(event, n + 1);
      segment = grown(segment, n + 1);
    }
    event[n] = i;
    segment[n++] = s;
  };
  for (let i = 0; i < length; i++) {
    const day = days[i];
    if (day < from || day > to) continue;
    const m = member[i];
    const p0 = first[m];
    const p1 = first[m + 1];
    if (p0 === p1) continue;
    // Most members have one segment (often one period): whatever the day, it is theirs.
    if (segmentOf[p0] === segmentOf[p1 - 1]) {
      add(i, segmentOf[p0]);
      continue;
    }
    let present = false;
    // Days before 1970 are negative: the sentinels are infinities, not −1.
    let lastEnd = Number.NEGATIVE_INFINITY;
    let firstStart = Number.POSITIVE_INFINITY;
    for (let p = p0; p < p1; p++) {
      if (starts[p] <= day && day < ends[p]) {
        add(i, segmentOf[p]);
        present = true;
      } else if (ends[p] <= day && ends[p] > lastEnd) {
        lastEnd = ends[p];
      }
      if (starts[p] < firstStart) firstStart = starts[p];
    }
    if (present) continue;
    const ended = lastEnd !== Number.NEGATIVE_INFINITY;
    for (let p = p0; p < p1; p++) {
      if (ended ? ends[p] === lastEnd : starts[p] === firstStart) add(i, segmentOf[p]);
    }
  }
  return { event, segment, length: n };
}
