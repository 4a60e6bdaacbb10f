/** The new-member funnel (metrics.md §7): each week's joiners followed for a window of days. */
import { type Buckets, bucketBy } from "./buckets";
import type { CleanEvents, Events } from "./clean";
import type { Presence } from "./presence";
import type { DayRange, Week } from "./range";
import { ratio } from "./rates";
import type { Day, FunnelRow } from "./types";

/** Whether a member has an event on a day in [from, to]; events grouped by member. */
function hasEventIn(events: Events, byMember: Buckets, member: number, from: Day, to: Day): boolean {
  for (let j = byMember.offsets[member]; j < byMember.offsets[member + 1]; j++) {
    const day = events.day[byMember.items[j]];
    if (day >= from && day <= to) return true;
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
  const memberCount = presence.memberIds.length;
  const byMember = (e: Events | null): Buckets | null =>
    e && bucketBy(e.length, memberCount, (i) => e.member[i]);
  const activityByMember = byMember(events.activity);
  const ordersByMember = byMember(events.orders);
  const joined = new Array<number>(weeks.length).fill(0);
  const activated = new Array<number>(weeks.length).fill(0);
  const converted = new Array<number>(weeks.length).fill(0);
  const churned = new Array<number>(weeks.length).fill(0);

  presence.periods.forEach((periods, member) => {
    let lastWeek = -1;
    for (const { start } of periods) {
      if (start < range.from || start > range.to) continue;
      const w = weekOf(start);
      if (w === lastWeek) continue; // the entry day is the member's first join of the week
      lastWeek = w;
      const windowEnd = Math.min(start + windowDays - 1, range.to);
      joined[w]++;
      if (activityByMember && hasEventIn(events.activity!, activityByMember, member, start, windowEnd)) {
        activated[w]++;
      }
      if (ordersByMember && hasEventIn(events.orders!, ordersByMember, member, start, windowEnd)) {
        converted[w]++;
      }
      if (periods.some((p) => p.end !== null && p.end >= start && p.end <= windowEnd)) churned[w]++;
    }
  });

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
