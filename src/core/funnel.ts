/** The new-member funnel (metrics.md §7): each week's joiners followed for a window of days. */
import { type Buckets, bucketBy } from "./buckets";
import type { CleanEvents, Events } from "./clean";
import type { Presence } from "./presence";
import type { DayRange, Week } from "./range";
import { ratio } from "./rates";
import type { Day, FunnelRow } from "./types";

/** Whether a member has an event on a day in [from, to]; `daysByMember` holds event days. */
function hasEventIn(daysByMember: Buckets, member: number, from: Day, to: Day): boolean {
  const { offsets, values } = daysByMember;
  for (let j = offsets[member]; j < offsets[member + 1]; j++) {
    if (values[j] >= from && values[j] <= to) return true;
  }
  return false;
}

export function computeFunnel(
  presence: Presence,
  events: CleanEvents,
  range: DayRange,
  weeks: readonly Week[],
  weekOf: (day: Day) => number,
  windowDays: number,
): FunnelRow[] {
  const memberCount = presence.members.size;
  const byMember = (e: Events | null): Buckets | null =>
    e && bucketBy(e.length, memberCount, (i) => e.member[i], e.day);
  const activityByMember = byMember(events.activity);
  const ordersByMember = byMember(events.orders);
  const joined = new Array<number>(weeks.length).fill(0);
  const activated = new Array<number>(weeks.length).fill(0);
  const converted = new Array<number>(weeks.length).fill(0);
  const churned = new Array<number>(weeks.length).fill(0);

  const { first, start: starts, end: ends } = presence;
  for (let member = 0; member < memberCount; member++) {
    let lastWeek = -1;
    for (let p = first[member]; p < first[member + 1]; p++) {
      const start = starts[p];
      if (start < range.from || start > range.to) continue;
      const w = weekOf(start);
      if (w === lastWeek) continue; // the entry day is the member's first join of the week
      lastWeek = w;
      const windowEnd = Math.min(start + windowDays - 1, range.to);
      joined[w]++;
      if (activityByMember && hasEventIn(activityByMember, member, start, windowEnd)) {
        activated[w]++;
      }
      if (ordersByMember && hasEventIn(ordersByMember, member, start, windowEnd)) {
        converted[w]++;
      }
      // Earlier periods ended before `start` and later ones end after this one: a leave in
      // the window can only be this period's end.
      if (ends[p] <= windowEnd) churned[w]++;
    }
  }

  return weeks.map((week, w) => {
    const act = activityByMember ? activated[w] : null;
    const conv = ordersByMember ? converted[w] : null;
    return {
      weekStart: week.start,
      complete: week.last + windowDays - 1 <= range.to,
      windowDays,
      joined: joined[w],
      activated: act,
      converted: conv,
      churned: churned[w],
      activationRate: ratio(act, joined[w]),
      conversionRate: ratio(conv, joined[w]),
      churnRate: ratio(churned[w], joined[w]),
    };
  });
}
