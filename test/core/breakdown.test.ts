import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, formatDay } from "../../src/core/calendar";
import { reportToJson } from "../../src/core/json";
import { buildReport, type Report } from "../../src/core/report";
import { reportTables } from "../../src/core/sections";
import { SegmentFieldError } from "../../src/core/segment-field";
import type { ReportOptions } from "../../src/core/types";
import {
  type BreakdownJson,
  breakdownDifferences,
  INSIGHTS_EXPECTED,
  insightsGrid,
  insightsGrids,
} from "../support/breakdown";
import { reportDifferences } from "../support/fixtures";

type Rows = string[][];
type Row = Record<string, unknown>;

const MEMBERS = ["member_id", "joined_at", "left_at", "group", "城市", "role"];

interface Community {
  members: Rows;
  activity?: Rows;
  orders?: Rows;
}

function reportOf(c: Community, options: Partial<ReportOptions> = {}): Report {
  return buildReport(
    {
      members: [MEMBERS, ...c.members],
      activity: c.activity ? [["member_id", "at", "count"], ...c.activity] : null,
      orders: c.orders ? [["member_id", "paid_at", "amount"], ...c.orders] : null,
    },
    { timeZone: "Asia/Shanghai", ...options },
  );
}

function breakdownOf(c: Community, by: string, options: Partial<ReportOptions> = {}): BreakdownJson {
  return reportToJson(reportOf(c, { ...options, by })).breakdown as BreakdownJson;
}

/** The row of a segment and week (weekStart). */
function rowOf(rows: Row[], segment: string, weekStart: string): Row {
  const row = rows.find((r) => r.segment === segment && r.weekStart === weekStart);
  if (!row) throw new Error(`no row ${segment} ${weekStart}`);
  return row;
}

/** Only the keys asked for, to assert a few numbers of a row at once. */
const pick = (row: Row, keys: string[]): Row => Object.fromEntries(keys.map((k) => [k, row[k]]));
const COUNTS = ["totalMembers", "newMembers", "activeMembers", "convertedMembers", "gmv", "churnedMembers"];

describe("the insights-cn example", () => {
  const report = buildReport(insightsGrids(), { timeZone: "Asia/Shanghai", by: "channel" });
  const json = reportToJson(report);

  it("--by channel: the breakdown equals expected.json, segment by segment and week by week", () => {
    expect(breakdownDifferences(INSIGHTS_EXPECTED.breakdown, json.breakdown as BreakdownJson)).toEqual([]);
  });

  it("a breakdown changes none of the community's numbers", () => {
    expect(reportDifferences(INSIGHTS_EXPECTED, json)).toEqual([]);
  });

  it("puts breakdown after retention in the JSON (insights.md §17), and null there without --by", () => {
    const keys = Object.keys(json);
    expect(keys.indexOf("breakdown")).toBe(keys.indexOf("retention") + 1);
    const without = buildReport({ members: insightsGrid("members") }, { timeZone: "Asia/Shanghai" });
    expect(reportToJson(without).breakdown).toBeNull();
  });
});

describe("segments and their presence", () => {
  it("a member moving from group A to group B on one day leaves A and joins B, but not the community", () => {
    const community = {
      members: [
        ["u1", "2024-12-02", "2024-12-04", "A", "", ""],
        ["u1", "2024-12-04", "", "B", "", ""],
        ["u2", "2024-12-02", "", "A", "", ""],
      ],
      activity: [
        ["u1", "2024-12-03", "1"],
        ["u1", "2024-12-04", "1"],
        ["u2", "2024-12-08", "1"],
      ],
    };
    const b = breakdownOf(community, "group");
    expect(b.segments).toEqual(["A", "B"]);
    expect(pick(rowOf(b.weekly, "A", "2024-12-02"), COUNTS)).toEqual({
      totalMembers: 1,
      newMembers: 2,
      activeMembers: 2,
      convertedMembers: null,
      gmv: null,
      churnedMembers: 1,
    });
    // Present in B from the 4th: that day's activity counts for B alone.
    expect(pick(rowOf(b.weekly, "B", "2024-12-02"), COUNTS)).toMatchObject({
      totalMembers: 1,
      newMembers: 1,
      activeMembers: 1,
      churnedMembers: 0,
    });
    const week = reportToJson(reportOf(community)).weekly[0];
    expect([week.newMembers, week.churnedMembers]).toEqual([2, 0]);
  });

  it("counts activity and orders on a day in no segment for the segment left last, or first joined", () => {
    const b = breakdownOf(
      {
        members: [
          ["u1", "2024-12-02", "2024-12-04", "A", "", ""],
          ["u1", "2024-12-06", "2024-12-08", "B", "", ""],
          ["u2", "2024-12-02", "2024-12-05", "A", "", ""],
          ["u2", "2024-12-03", "2024-12-05", "B", "", ""],
        ],
        activity: [
          ["u1", "2024-12-05", "1"], // after A ended, before B began: A
          ["u2", "2024-12-06", "1"], // A and B ended the same day: both
          ["u1", "2024-12-10", "1"], // after B, which ended last: B
        ],
        orders: [
          ["u1", "2024-11-28", "10"], // before every period: A, which starts first
          ["u1", "2024-12-05", "20"],
        ],
      },
      "group",
    );
    expect(pick(rowOf(b.weekly, "A", "2024-11-25"), ["convertedMembers", "gmv"])).toEqual({
      convertedMembers: 1,
      gmv: 10,
    });
    expect(pick(rowOf(b.weekly, "B", "2024-11-25"), ["convertedMembers", "gmv"])).toEqual({
      convertedMembers: 0,
      gmv: 0,
    });
    expect(pick(rowOf(b.weekly, "A", "2024-12-02"), ["activeMembers", "gmv"])).toEqual({
      activeMembers: 2,
      gmv: 20,
    });
    expect(pick(rowOf(b.weekly, "B", "2024-12-02"), ["activeMembers", "gmv"])).toEqual({
      activeMembers: 1,
      gmv: 0,
    });
    expect(rowOf(b.weekly, "B", "2024-12-09").activeMembers).toBe(1);
    expect(rowOf(b.weekly, "A", "2024-12-09").activeMembers).toBe(0);
  });

  it("counts a member in two groups at once in both, so segment sums can exceed the community's", () => {
    const community = {
      members: [
        ["u1", "2024-12-02", "", "A", "", ""],
        ["u1", "2024-12-02", "", "B", "", ""],
      ],
      activity: [["u1", "2024-12-03", "1"]],
      orders: [["u1", "2024-12-03", "99"]],
    };
    const b = breakdownOf(community, "group");
    for (const segment of ["A", "B"]) {
      expect(pick(rowOf(b.weekly, segment, "2024-12-02"), COUNTS)).toEqual({
        totalMembers: 1,
        newMembers: 1,
        activeMembers: 1,
        convertedMembers: 1,
        gmv: 99,
        churnedMembers: 0,
      });
    }
    expect(reportToJson(reportOf(community)).weekly[0].gmv).toBe(99);
  });

  it("follows each segment's joiners through all of their activity and orders in the window", () => {
    const b = breakdownOf(
      {
        members: [
          ["u1", "2024-12-02", "2024-12-03", "A", "", ""],
          ["u1", "2024-12-03", "", "B", "", ""],
        ],
        activity: [["u1", "2024-12-04", "1"]],
        orders: [["u1", "2024-12-05", "50"]],
      },
      "group",
      { windowDays: 7 },
    );
    const keys = ["joined", "activated", "converted", "churned", "gmv"];
    // The activity and the order count for B on their days, but A's joiner was active and bought in its window.
    expect(pick(rowOf(b.funnel, "A", "2024-12-02"), keys)).toEqual({
      joined: 1,
      activated: 1,
      converted: 1,
      churned: 1,
      gmv: 50,
    });
    expect(pick(rowOf(b.funnel, "B", "2024-12-02"), keys)).toEqual({
      joined: 1,
      activated: 1,
      converted: 1,
      churned: 0,
      gmv: 50,
    });
    expect(Object.keys(b.funnel[0])).toEqual([
      "segment",
      "weekStart",
      "complete",
      "windowDays",
      "joined",
      "activated",
      "converted",
      "churned",
      "activationRate",
      "conversionRate",
      "churnRate",
      "gmv",
    ]);
  });

  it("keeps the first row's value for a duplicate membership", () => {
    const b = breakdownOf(
      {
        members: [
          ["u1", "2024-12-02", "", "A", "北京", ""],
          ["u1", "2024-12-02 18:00", "2024-12-09", "A", "上海", ""],
        ],
      },
      "城市",
    );
    expect(b.segments).toEqual(["北京"]);
    expect(rowOf(b.weekly, "北京", "2024-12-09").churnedMembers).toBe(1);
  });

  it("makes no segment of staff: their values, activity and orders count nowhere", () => {
    const b = breakdownOf(
      {
        members: [
          ["u1", "2024-12-02", "", "A", "", ""],
          ["s1", "2024-12-02", "", "客服群", "", "客服"],
          ["s2", "2024-12-02", "", "A", "", "bot"],
        ],
        activity: [
          ["s1", "2024-12-03", "5"],
          ["s2", "2024-12-03", "5"],
        ],
        orders: [
          ["u1", "2024-12-03", "10"],
          ["s1", "2024-12-04", "500"],
          ["s2", "2024-12-04", "700"],
        ],
      },
      "group",
    );
    expect(b.segments).toEqual(["A"]);
    expect(pick(rowOf(b.weekly, "A", "2024-12-02"), COUNTS)).toEqual({
      totalMembers: 1,
      newMembers: 1,
      activeMembers: 0,
      convertedMembers: 1,
      gmv: 10,
      churnedMembers: 0,
    });
  });

  it("orders segments by code point with the blank one last, and gives each a row for every week", () => {
    const values = ["北京", "😀", "\uE000", "a", "B", "", "-"];
    const b = breakdownOf(
      {
        members: [
          ...values.map((v, i) => [`u${i}`, "2024-12-02", "", "A", v, ""]),
          ["u9", "2024-12-16", "", "A", "a", ""],
        ],
      },
      "城市",
    );
    // "-" is a placeholder for blank (metrics.md §2); 😀 (U+1F600) sorts after U+E000.
    expect(b.segments).toEqual(["B", "a", "北京", "\uE000", "😀", ""]);
    expect(b.weekly.map((r) => `${r.segment} ${r.weekStart}`)).toEqual(
      b.segments.flatMap((s) => [`${s} 2024-12-02`, `${s} 2024-12-09`, `${s} 2024-12-16`]),
    );
    expect(rowOf(b.weekly, "", "2024-12-02").totalMembers).toBe(2);
  });
});

describe("naming the field", () => {
  const members = [["u1", "2024-12-02", "", "A", "深圳", ""]];

  it("takes group and channel as the fields, and any other column by its header as written", () => {
    expect(breakdownOf({ members }, "GROUP").by).toBe("group");
    expect(breakdownOf({ members }, " 城 市 ").by).toBe("城市");
    const grid = [
      ["成员ID", "入群时间", "入群渠道", "会员等级", "会员 等级"],
      ["u1", "2024-12-02", "海报", "金卡", "银卡"],
    ];
    const json = reportToJson(buildReport({ members: grid }, { timeZone: "UTC", by: "会员_等级" }));
    // Two columns match: the leftmost wins.
    expect(json.breakdown).toMatchObject({ by: "会员等级", segments: ["金卡"] });
    expect(
      reportToJson(buildReport({ members: grid }, { timeZone: "UTC", by: "Channel" })).breakdown,
    ).toMatchObject({ by: "channel", segments: ["海报"] });
  });

  it("shows the blank segment as (blank) or (未填) in the tables, and keeps it literal otherwise", () => {
    const report = reportOf(
      {
        members: [
          ["u1", "2024-12-02", "", "=1+1", "", ""],
          ["u2", "2024-12-02", "", "", "", ""],
        ],
      },
      { by: "group" },
    );
    const [latest, weekly] = reportTables(report, "en").filter((t) => t.id.startsWith("breakdown"));
    expect(weekly.title).toBe("By group · every week");
    expect(latest.rows.map((r) => r[0])).toEqual([]);
    expect(weekly.rows.map((r) => r[0])).toEqual(["=1+1", "(blank)"]);
    const zh = reportTables(report, "zh").find((t) => t.id === "breakdownWeekly")!;
    expect(zh.rows.map((r) => r[0])).toEqual(["=1+1", "(未填)"]);
    expect(zh.title).toBe("分群对比 · 每周数据");
  });

  describe("edge cases", () => {
    const error = (
      by: string,
      grid = [
        ["member_id", "joined_at", "城市"],
        ["u1", "2024-12-02", "深圳"],
      ],
    ) => {
      try {
        buildReport({ members: grid }, { timeZone: "UTC", by });
      } catch (e) {
        expect(e).toBeInstanceOf(SegmentFieldError);
        return (e as Error).message;
      }
      throw new Error("no error");
    };

    it("names the headers found when no column matches", () => {
      expect(error("city")).toBe(
        'members: no column "city" to compare by (headers found: member_id, joined_at, 城市)',
      );
    });

    it("is an error to compare by group or channel when no column serves it", () => {
      expect(error("group")).toBe(
        "members: no group column to compare by (headers found: member_id, joined_at, 城市)",
      );
      expect(error("channel")).toMatch(/^members: no channel column to compare by/);
    });

    it("cannot compare by the member id, join or leave columns", () => {
      expect(error("joined at")).toBe(
        "members: cannot compare by joined_at, the joined_at column (headers found: member_id, joined_at, 城市)",
      );
    });

    it("gives an empty breakdown when nothing counted, and none when not asked", () => {
      expect(breakdownOf({ members: [] }, "group")).toEqual({
        by: "group",
        segments: [],
        weekly: [],
        funnel: [],
      });
      expect(reportToJson(reportOf({ members })).breakdown).toBeNull();
    });

    it("leaves the active and order columns empty without those tables", () => {
      const row = breakdownOf({ members }, "城市").weekly[0];
      expect(pick(row, ["activeMembers", "activeRate", "convertedMembers", "gmv"])).toEqual({
        activeMembers: null,
        activeRate: null,
        convertedMembers: null,
        gmv: null,
      });
    });
  });
});

// Random communities: members of a dozen ids in three groups with a city each, their activity and orders.
const START = daysFromCivil(2024, 12, 2);
const day = (d: number): string => formatDay(START + d);
const id = fc.integer({ min: 0, max: 9 }).map((i) => `m${i}`);
const membership = fc.record({
  id,
  join: fc.integer({ min: 0, max: 30 }),
  stay: fc.option(fc.integer({ min: 0, max: 12 })),
  group: fc.constantFrom("A", "B", "C"),
  city: fc.constantFrom("北京", "上海", ""),
});
type Membership = { id: string; join: number; stay: number | null; group: string; city: string };
const event = fc.record({ id, day: fc.integer({ min: -3, max: 40 }), n: fc.integer({ min: 0, max: 3 }) });
type Event = { id: string; day: number; n: number };
const random = fc.record({
  members: fc.array(membership, { minLength: 1, maxLength: 20 }),
  activity: fc.array(event, { maxLength: 40 }),
  orders: fc.array(event, { maxLength: 20 }),
});

/** The rows of a random community, repeated memberships (same id, day and group) sharing one left day. */
function rowsOf(c: { members: Membership[]; activity: Event[]; orders: Event[] }): Community {
  const left = new Map<string, number | null>();
  return {
    members: c.members.map((m) => {
      const key = `${m.id}|${m.join}|${m.group}`;
      if (!left.has(key)) left.set(key, m.stay);
      const stay = left.get(key)!;
      return [m.id, day(m.join), stay === null ? "" : day(m.join + stay), m.group, m.city, ""];
    }),
    activity: c.activity.map((e) => [e.id, day(e.day), String(e.n)]),
    // Known ids only, so that every order counts; amounts in whole cents.
    orders: c.orders.map((e) => [e.id, day(e.day), `${e.n + 1}.25`]),
  };
}

interface Period {
  start: number;
  end: number;
}

/** Insights.md §12 read day by day: each member's periods per segment, and who an event counts for. */
function reference(
  c: Community,
  by: "group" | "城市",
  report: ReturnType<typeof reportToJson>,
  windowDays = 7,
) {
  const column = MEMBERS.indexOf(by);
  const parse = (text: string): number =>
    text === "" ? Infinity : daysFromCivil(...(text.split("-").map(Number) as [number, number, number]));
  // Memberships (§3.2): the first row's segment, the later row's left day where both give one.
  const memberships = new Map<string, { id: string; start: number; end: number; segment: string }>();
  for (const row of c.members) {
    const key = `${row[0]}|${row[1]}|${row[3]}`;
    const end = parse(row[2]);
    const seen = memberships.get(key);
    if (!seen) memberships.set(key, { id: row[0], start: parse(row[1]), end, segment: row[column] });
    else if (end !== Infinity) seen.end = end;
  }
  const periods = new Map<string, Period[]>(); // by id|segment
  for (const m of memberships.values()) {
    const key = `${m.id}|${m.segment}`;
    periods.set(key, [...(periods.get(key) ?? []), { start: m.start, end: m.end }]);
  }
  for (const [key, list] of periods) {
    list.sort((a, b) => a.start - b.start);
    const merged: Period[] = [];
    for (const p of list) {
      const last = merged.at(-1);
      if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
      else merged.push({ ...p });
    }
    periods.set(key, merged);
  }
  const segmentsOfMember = (id: string): [string, Period[]][] =>
    [...periods]
      .filter(([key]) => key.startsWith(`${id}|`))
      .map(([key, list]) => [key.slice(id.length + 1), list]);
  const attributed = (id: string, d: number): string[] => {
    const all = segmentsOfMember(id).flatMap(([s, list]) => list.map((p) => ({ s, ...p })));
    const present = all.filter((p) => p.start <= d && d < p.end);
    if (present.length) return present.map((p) => p.s);
    const ended = all.filter((p) => p.end <= d);
    if (ended.length) {
      const last = Math.max(...ended.map((p) => p.end));
      return ended.filter((p) => p.end === last).map((p) => p.s);
    }
    const first = Math.min(...all.map((p) => p.start));
    return all.filter((p) => p.start === first).map((p) => p.s);
  };
  const range = { from: parse(report.range.from!), to: parse(report.range.to!) };
  const activity = c
    .activity!.filter((r) => r[2] !== "0")
    .map((r) => ({ id: r[0], day: parse(r[1]), cents: 0 }));
  const orders = c.orders!.map((r) => ({
    id: r[0],
    day: parse(r[1]),
    cents: Math.round(Number(r[2]) * 100),
  }));
  const segments = [...new Set([...periods.keys()].map((k) => k.split("|")[1]))];
  const weekly: Row[] = [];
  const funnel: Row[] = [];
  for (const segment of segments) {
    const mine = [...periods]
      .filter(([key]) => key.endsWith(`|${segment}`))
      .map(([key, list]) => ({ id: key.split("|")[0], list }));
    for (const w of report.weekly) {
      const [s, e] = [parse(w.weekStart as string), parse(w.weekEnd as string)];
      const inWeek = (d: number) => d >= s && d <= e && d >= range.from && d <= range.to;
      const counted = (events: typeof orders) =>
        events.filter((x) => inWeek(x.day) && attributed(x.id, x.day).includes(segment));
      const bought = counted(orders);
      weekly.push({
        segment,
        weekStart: w.weekStart,
        totalMembers: mine.filter((m) => m.list.some((p) => p.start <= e && e < p.end)).length,
        newMembers: mine.filter((m) => m.list.some((p) => inWeek(p.start))).length,
        activeMembers: new Set(counted(activity).map((x) => x.id)).size,
        convertedMembers: new Set(bought.map((x) => x.id)).size,
        gmv: bought.reduce((sum, x) => sum + x.cents, 0) / 100,
        churnedMembers: mine.filter((m) => m.list.some((p) => inWeek(p.end))).length,
      });
      const cohort = mine.flatMap((m) => {
        const joins = m.list.filter((p) => inWeek(p.start)).map((p) => p.start);
        return joins.length ? [{ id: m.id, entry: Math.min(...joins), list: m.list }] : [];
      });
      const windowOf = (entry: number) => (d: number) =>
        d >= entry && d <= Math.min(entry + windowDays - 1, range.to);
      funnel.push({
        segment,
        weekStart: w.weekStart,
        joined: cohort.length,
        activated: cohort.filter((m) => activity.some((x) => x.id === m.id && windowOf(m.entry)(x.day)))
          .length,
        converted: cohort.filter((m) => orders.some((x) => x.id === m.id && windowOf(m.entry)(x.day))).length,
        churned: cohort.filter((m) => m.list.some((p) => windowOf(m.entry)(p.end))).length,
        gmv:
          cohort.reduce(
            (sum, m) =>
              sum +
              orders
                .filter((x) => x.id === m.id && windowOf(m.entry)(x.day))
                .reduce((t, x) => t + x.cents, 0),
            0,
          ) / 100,
      });
    }
  }
  return { weekly, funnel };
}

describe("properties of breakdowns", () => {
  it("agree with a day-by-day reading of insights.md §12 on random communities", () => {
    fc.assert(
      fc.property(random, fc.constantFrom("group" as const, "城市" as const), (c, by) => {
        const rows = rowsOf(c);
        const json = reportToJson(reportOf(rows, { by }));
        const b = json.breakdown as BreakdownJson;
        const want = reference(rows, by, json);
        const got = (list: Row[], keys: string[]) => list.map((r) => pick(r, keys));
        const byKey = (list: Row[]) =>
          [...list].sort((x, y) => `${x.segment}${x.weekStart}`.localeCompare(`${y.segment}${y.weekStart}`));
        expect(byKey(got(b.weekly, Object.keys(want.weekly[0] ?? {})))).toEqual(byKey(want.weekly));
        expect(byKey(got(b.funnel, Object.keys(want.funnel[0] ?? {})))).toEqual(byKey(want.funnel));
      }),
      { numRuns: 150 },
    );
  });

  it("one value for every member gives the community's own weekly and funnel rows", () => {
    fc.assert(
      fc.property(random, (c) => {
        const rows = rowsOf(c);
        rows.members = rows.members.map((r) => [...r.slice(0, 4), "同城", ""]);
        const json = reportToJson(reportOf(rows, { by: "城市" }));
        const b = json.breakdown as BreakdownJson;
        expect(b.weekly.map(({ segment, ...row }) => row)).toEqual(json.weekly);
        expect(b.funnel.map(({ segment, ...row }) => row)).toEqual(json.funnel);
      }),
    );
  });

  it("a value per member splits the community: the segments' counts add up to its totals", () => {
    fc.assert(
      fc.property(random, (c) => {
        const rows = rowsOf(c);
        rows.members = rows.members.map((r) => [...r.slice(0, 4), `city of ${r[0]}`, ""]);
        const json = reportToJson(reportOf(rows, { by: "城市" }));
        const b = json.breakdown as BreakdownJson;
        json.weekly.forEach((week, w) => {
          const of = b.weekly.filter((r) => r.weekStart === week.weekStart);
          for (const key of COUNTS) {
            const sum = of.reduce((s, r) => s + (r[key] as number), 0);
            expect(sum, `${week.weekStart} ${key}`).toBeCloseTo(week[key] as number, 2);
          }
          const cohorts = b.funnel.filter((r) => r.weekStart === week.weekStart);
          for (const key of ["joined", "activated", "converted", "churned", "gmv"]) {
            const sum = cohorts.reduce((s, r) => s + (r[key] as number), 0);
            expect(sum, `funnel ${week.weekStart} ${key}`).toBeCloseTo(json.funnel[w][key] as number, 2);
          }
        });
      }),
    );
  });
});
