/**
 * Breakdowns (分群对比, insights.md §12): the weekly rows and the new-member funnel of each segment
 * of a members column, in time linear in rows and close to flat in the number of segments — the
 * segments are one more index of the counts (segment · weeks + week), never a pass each.
 */
import { bucketBy, distinctMembers } from "./buckets";
import type { CleanEvents, Events } from "./clean";
import { computeFunnel, entriesOf } from "./funnel";
import { joinsAndLeaves, weekRowsOf } from "./metrics";
import { weekIndexOf } from "./range";
import type { ReportRun } from "./report";
import { type SegmentField, segmentField } from "./segment-field";
import { attribute, type Segments, segmentsOf } from "./segments";
import type { FunnelRow, WeekRow } from "./types";

/** A row of one segment. */
export interface Segmented<R> {
  segment: string;
  row: R;
}

export interface Breakdown {
  field: SegmentField;
  /** Every segment, in code-point order with the blank one ("") last. */
  segments: string[];
  /** Segment by segment, a row for every week of the report. */
  weekly: Segmented<WeekRow>[];
  funnel: Segmented<FunnelRow>[];
}

/** The segments of a column made once per run, whichever sections ask (the channels reuse `channel`'s). */
const SEGMENTS_OF_COLUMN = new Map<number, (run: ReportRun) => Segments>();

function runSegments(run: ReportRun, field: SegmentField): Segments {
  const { index } = field.column;
  let compute = SEGMENTS_OF_COLUMN.get(index);
  if (compute === undefined) {
    compute = (r) => segmentsOf(r.presence, r.tables.members.rows.kept.find((c) => c.index === index)!);
    SEGMENTS_OF_COLUMN.set(index, compute);
  }
  return run.once(compute);
}

/** Per segment and week, members present on the week's last day in the range. */
function presentAtWeekEnds(run: ReportRun, segments: Segments): Int32Array {
  const { range, weeks, weekOfDay } = run;
  const { from, to } = range!;
  const count = segments.values.length;
  const stride = weeks.length + 1;
  // A period counts for the weeks whose last day it covers: from the first week ending on or
  // after its start to the first ending on or after its end.
  const firstEndingFrom = (day: number): number =>
    day < from ? 0 : day > to ? weeks.length : weekOfDay[day - from];
  const delta = new Int32Array(count * stride);
  const { start, end, segment } = segments;
  for (let p = 0; p < start.length; p++) {
    const lo = firstEndingFrom(start[p]);
    const hi = firstEndingFrom(end[p]);
    if (lo < hi) {
      delta[segment[p] * stride + lo]++;
      delta[segment[p] * stride + hi]--;
    }
  }
  const total = new Int32Array(count * weeks.length);
  for (let s = 0; s < count; s++) {
    let running = 0;
    for (let w = 0; w < weeks.length; w++) {
      running += delta[s * stride + w];
      total[s * weeks.length + w] = running;
    }
  }
  return total;
}

/** Events counted for their segments, by segment · weeks + week (of days in the range). */
interface KeyedEvents {
  key: Int32Array;
  member: Int32Array;
  event: Int32Array;
}

function keyedEvents(run: ReportRun, segments: Segments, events: Events): KeyedEvents {
  const { range, weeks, weekOfDay } = run;
  const { event, segment, length } = attribute(segments, events, range!);
  const key = new Int32Array(length);
  const member = new Int32Array(length);
  for (let j = 0; j < length; j++) {
    const i = event[j];
    key[j] = segment[j] * weeks.length + weekOfDay[events.day[i] - range!.from];
    member[j] = events.member[i];
  }
  return { key, member, event: event.subarray(0, length) };
}

/** Per segment and week, the distinct members of the keyed events. */
function distinctPerKey(run: ReportRun, keyed: KeyedEvents, keys: number): number[] {
  return distinctMembers(bucketBy(keyed.key, keys, keyed.member), run.presence.members.size).perBucket;
}

function segmentWeekly(run: ReportRun, segments: Segments): Segmented<WeekRow>[] {
  const { range, weeks, weekOfDay, events } = run;
  const count = segments.values.length;
  const keys = count * weeks.length;
  const activity = events.activity && keyedEvents(run, segments, events.activity);
  const orders = events.orders;
  const bought = orders && keyedEvents(run, segments, orders);
  let gmvCents: Float64Array | null = null;
  if (orders && bought) {
    gmvCents = new Float64Array(keys);
    for (let j = 0; j < bought.key.length; j++) gmvCents[bought.key[j]] += orders.cents[bought.event[j]];
  }
  const counts = {
    total: presentAtWeekEnds(run, segments),
    ...joinsAndLeaves(segments, weeks.length, weekIndexOf(range!, weekOfDay), segments.segment, count),
    active: activity && distinctPerKey(run, activity, keys),
    converted: bought && distinctPerKey(run, bought, keys),
    gmvCents,
  };
  return segments.values.flatMap((segment, s) =>
    weekRowsOf(weeks, counts, s * weeks.length).map((row) => ({ segment, row })),
  );
}

/**
 * The new-member funnel per segment and week (insights.md §12): each week's joiners into the
 * segment, followed through all of their activity and orders in the window. Rows are segment by
 * segment, a row for every week of the report; none without a range. The channels (insights.md
 * §14) read the cohorts of `segmentField(run.tables.members, "channel")` from here, with `events`
 * without the activity: they show no activation, and the activity is the largest table to pass over.
 */
export function segmentFunnelOf(
  run: ReportRun,
  field: SegmentField,
  events: CleanEvents = run.events,
): { segments: string[]; funnel: Segmented<FunnelRow>[] } {
  const segments = runSegments(run, field);
  if (!run.range) return { segments: segments.values, funnel: [] };
  const { range, weeks, weekOfDay, options } = run;
  const entries = entriesOf(segments, segments.segment, weeks.length, range, weekOfDay, options.windowDays);
  const keys = weeks.length * segments.values.length;
  const rows = computeFunnel(entries, keys, events, range, weeks, options.windowDays);
  return {
    segments: segments.values,
    funnel: rows.map((row, k) => ({ segment: segments.values[Math.floor(k / weeks.length)], row })),
  };
}

/** The breakdown the run's options ask for (`by`), or null when they ask for none. */
export function breakdownOf(run: ReportRun): Breakdown | null {
  if (run.options.by === null) return null;
  const field = segmentField(run.tables.members, run.options.by);
  const { segments, funnel } = segmentFunnelOf(run, field);
  const weekly = run.range ? segmentWeekly(run, runSegments(run, field)) : [];
  return { field, segments, weekly, funnel };
}
