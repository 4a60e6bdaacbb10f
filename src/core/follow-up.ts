/**
 * The people behind the numbers (跟进名单, insights.md §13): for the focus week, the newcomers who
 * never said a word, the engaged who have not bought, the regulars who went quiet, the members who
 * left and the week's top buyers. One pass over the activity, one over the orders, one over the
 * presence periods and one over the member rows; only the members on a list get an entry.
 */
import { formatDay, weekStartOf } from "./calendar";
import type { CountedOrders, Events } from "./clean";
import { codePointOrderOf } from "./code-points";
import { type DayRange, latestComplete, ReportRangeError, type Week } from "./range";
import type { ReportRun } from "./report";
import { cellText, distinctCellText } from "./text";
import type { Day, MemberColumns } from "./types";

/** The lists, in the JSON's order. */
export const FOLLOW_UP_LISTS = [
  "silentNewMembers",
  "activeNotConverted",
  "wentQuiet",
  "churned",
  "topBuyers",
] as const;

export type FollowUpList = (typeof FOLLOW_UP_LISTS)[number];

/** A member on a list, with what the operator needs to write to them. */
export interface FollowUpEntry {
  memberId: string;
  /** From the member's row with the latest joined day (the later row on a tie); "" when blank. */
  name: string;
  group: string;
  channel: string;
  /** The member's earliest join, on any day. */
  firstJoined: Day;
  /** The last day with activity on or before the focus week's end, on any day; null if none. */
  lastActive: Day | null;
  /** Counted orders from the range's start to the focus week's end; null without orders. */
  orders: number | null;
  gmvCents: number | null;
  /** GMV in the focus week (what topBuyers are ranked by); null without orders. */
  weekGmvCents: number | null;
}

/** The focus week's calendar start, its end (as `weekly` has it) and the five lists. */
export type FollowUp = { weekStart: Day; weekEnd: Day } & Record<FollowUpList, FollowUpEntry[] | null>;

/** Thrown when the week of the day chosen as focus week does not meet the report range. */
export class FocusWeekError extends ReportRangeError {
  override name = "FocusWeekError";
  constructor(
    readonly day: Day,
    readonly weekStart: Day,
    readonly range: DayRange,
  ) {
    const [week, from, to] = [formatDay(weekStart), formatDay(range.from), formatDay(range.to)];
    super({
      en: `the focus week ${week} – ${formatDay(weekStart + 6)} is outside the report range ${from} – ${to}`,
      zh: `关注周 ${week} – ${formatDay(weekStart + 6)} 不在报告的日期范围 ${from} – ${to} 之内`,
    });
  }
}

/** Below every day: "no activity yet". */
const NO_DAY = -0x80000000;

/** The focus week's index in run.weeks: the chosen day's week, else the latest complete, else the last. */
function focusWeekIndex(run: ReportRun, range: DayRange): number {
  const { weeks } = run;
  const day = run.options.focusWeek;
  if (day === null) {
    const latest = latestComplete(weeks);
    return latest ? weeks.indexOf(latest) : weeks.length - 1;
  }
  // The weeks are every calendar week that meets the range, so the chosen one is among them or outside it.
  const start = weekStartOf(day, run.options.weekStartsOn);
  const w = weeks.findIndex((week) => week.start === start);
  if (w < 0) throw new FocusWeekError(day, start, range);
  return w;
}

/** Each member's last activity day on or before `last` (NO_DAY when none). */
function lastActiveDays(activity: Events, last: Day, members: number): Int32Array {
  const days = new Int32Array(members).fill(NO_DAY);
  const { member, day, length } = activity;
  for (let i = 0; i < length; i++) {
    const d = day[i];
    if (d <= last && d > days[member[i]]) days[member[i]] = d;
  }
  return days;
}

/** Per member: counted orders and their cents from the range's start to the week's end, and in the week. */
interface Purchases {
  orders: Int32Array;
  cents: Float64Array;
  weekOrders: Int32Array;
  weekCents: Float64Array;
}

function purchasesOf(orders: CountedOrders, from: Day, week: Week, members: number): Purchases {
  // Locals, not properties, in the loop: it runs once per report, mostly before V8 optimises it.
  const counts = new Int32Array(members);
  const sums = new Float64Array(members);
  const weekCounts = new Int32Array(members);
  const weekSums = new Float64Array(members);
  const { member, day, cents, length } = orders;
  const { first, last } = week;
  for (let i = 0; i < length; i++) {
    const d = day[i];
    if (d < from || d > last) continue;
    const m = member[i];
    counts[m]++;
    sums[m] += cents[i];
    if (d >= first) {
      weekCounts[m]++;
      weekSums[m] += cents[i];
    }
  }
  return { orders: counts, cents: sums, weekOrders: weekCounts, weekCents: weekSums };
}

/** Each member's valid row with the latest joined day, the later row on a tie (duplicates included). */
function latestRows(rows: MemberColumns): Int32Array {
  const latest = new Int32Array(rows.ids.size).fill(-1);
  const { member, joined, length } = rows;
  for (let r = 0; r < length; r++) {
    const m = member[r];
    if (latest[m] < 0 || joined[r] >= joined[latest[m]]) latest[m] = r;
  }
  return latest;
}

/** The five lists' members by number, unsorted: who is on which list (insights.md §13). */
function listMembers(
  run: ReportRun,
  week: Week,
  previous: Week | null,
  lastActive: Int32Array | null,
  bought: Purchases | null,
): Record<FollowUpList, number[] | null> {
  const { first: periodsFrom, start, end } = run.presence;
  // F's days inside the range: every judgement is on those (and on the week before F's).
  const { first: from, last: to } = week;
  // No week before F: nobody was active in it.
  const before = previous ? previous.first : from;
  const [silent, active, quiet, churned, buyers] = [[], [], [], [], []] as number[][];
  const members = run.presence.members.size;
  const last = lastActive ?? new Int32Array(0);
  const orders = bought ? bought.orders : new Int32Array(members);
  const weekOrders = bought ? bought.weekOrders : new Int32Array(0);
  for (let m = 0; m < members; m++) {
    let joinedIn = NO_DAY;
    let leftIn = false;
    let present = false;
    // Periods are in date order and never touch: the first start in F is the member's first join in F.
    for (let p = periodsFrom[m]; p < periodsFrom[m + 1]; p++) {
      if (joinedIn === NO_DAY && start[p] >= from && start[p] <= to) joinedIn = start[p];
      if (end[p] >= from && end[p] <= to) leftIn = true;
      if (start[p] <= to && end[p] > to) present = true;
    }
    if (leftIn) churned.push(m);
    if (bought && weekOrders[m] > 0) buyers.push(m);
    if (!lastActive) continue;
    // The last activity up to F's end tells all three: since the join, in F, and in the week before.
    const day = last[m];
    if (joinedIn !== NO_DAY && day < joinedIn) silent.push(m);
    if (!present) continue;
    if (day >= from) {
      if (orders[m] === 0) active.push(m);
    } else if (day >= before) {
      quiet.push(m);
    }
  }
  return {
    silentNewMembers: lastActive && silent,
    activeNotConverted: lastActive && active,
    wentQuiet: lastActive && quiet,
    churned,
    topBuyers: bought && buyers,
  };
}

/** The text of a kept member column at a row, "" without that column; names seldom repeat, groups do. */
function keptText(
  rows: MemberColumns,
  field: string,
  text: (cell: unknown) => string,
): (row: number) => string {
  const column = rows.kept.find((c) => c.field === field);
  return column ? (row) => text(column.cells[row]) : () => "";
}

type Order = (a: FollowUpEntry, b: FollowUpEntry) => number;

/**
 * Each list's order (insights.md §13), memberId (by `byId`) breaking every tie. Days and cents are
 * read straight from the entries: these compare tens of thousands of entries.
 */
function orderOf(list: FollowUpList, byId: (a: string, b: string) => number): Order {
  switch (list) {
    case "silentNewMembers":
      return (a, b) => a.firstJoined - b.firstJoined || byId(a.memberId, b.memberId);
    case "activeNotConverted":
    case "wentQuiet":
      // Everyone on these two was active: lastActive is a day.
      return (a, b) => (b.lastActive as Day) - (a.lastActive as Day) || byId(a.memberId, b.memberId);
    case "churned":
      // Without orders every gmv is null: memberId alone.
      return (a, b) => (b.gmvCents ?? 0) - (a.gmvCents ?? 0) || byId(a.memberId, b.memberId);
    case "topBuyers":
      return (a, b) =>
        (b.weekGmvCents as number) - (a.weekGmvCents as number) || byId(a.memberId, b.memberId);
  }
}

/** The follow-up lists of a run's focus week; null when the range is empty. */
export function followUpOf(run: ReportRun): FollowUp | null {
  const { range, weeks, presence, events } = run;
  if (!range) return null;
  const w = focusWeekIndex(run, range);
  const week = weeks[w];
  const members = presence.members.size;
  const lastActive = events.activity && lastActiveDays(events.activity, week.last, members);
  const bought = events.orders && purchasesOf(events.orders, range.from, week, members);
  const lists = listMembers(run, week, w > 0 ? weeks[w - 1] : null, lastActive, bought);

  const rows = run.tables.members.rows;
  const latest = latestRows(rows);
  const name = keptText(rows, "name", distinctCellText);
  const group = keptText(rows, "group", cellText);
  const channel = keptText(rows, "channel", cellText);
  const { members: ids, start, first } = presence;
  // A member on two lists (a silent newcomer who also left) has one entry.
  const entries: (FollowUpEntry | undefined)[] = new Array(members);
  const entryOf = (m: number): FollowUpEntry => {
    let entry = entries[m];
    if (entry === undefined) {
      const row = latest[m];
      const last = lastActive ? lastActive[m] : NO_DAY;
      entry = {
        memberId: ids.idAt(m),
        name: name(row),
        group: group(row),
        channel: channel(row),
        firstJoined: start[first[m]],
        lastActive: last === NO_DAY ? null : last,
        orders: bought ? bought.orders[m] : null,
        gmvCents: bought ? bought.cents[m] : null,
        weekGmvCents: bought ? bought.weekCents[m] : null,
      };
      entries[m] = entry;
    }
    return entry;
  };
  const followUp: FollowUp = {
    weekStart: week.start,
    weekEnd: week.last,
    silentNewMembers: null,
    activeNotConverted: null,
    wentQuiet: null,
    churned: null,
    topBuyers: null,
  };
  for (const list of FOLLOW_UP_LISTS) {
    const listed = lists[list]?.map(entryOf) ?? null;
    followUp[list] = listed
      ? listed.sort(orderOf(list, codePointOrderOf(listed.map((e) => e.memberId))))
      : null;
  }
  return followUp;
}
