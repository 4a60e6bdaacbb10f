import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, formatDay } from "../../src/core/calendar";
import { type ReportJson, reportToJson } from "../../src/core/json";
import { buildReport } from "../../src/core/report";

type Row = string[];
const START = daysFromCivil(2024, 12, 2);
const dayText = fc.integer({ min: 0, max: 40 }).map((d) => formatDay(START + d));
const memberId = fc.integer({ min: 0, max: 11 }).map((i) => `m${i}`);
const unknownId = fc.integer({ min: 0, max: 5 }).map((i) => `x${i}`);

const memberRow = fc
  .tuple(
    memberId,
    fc.integer({ min: 0, max: 30 }),
    fc.option(fc.integer({ min: 0, max: 12 })),
    fc.constantFrom("A", "B", ""),
  )
  .map(
    ([id, join, stay, group]): Row => [
      id,
      formatDay(START + join),
      stay === null ? "" : formatDay(START + join + stay),
      group,
    ],
  );
const activityRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Row> =>
  fc.tuple(id, dayText, fc.integer({ min: 0, max: 4 })).map(([m, d, n]) => [m, d, String(n)]);
const orderRow = (id: fc.Arbitrary<string>): fc.Arbitrary<Omit<Row, 0>> =>
  fc
    .tuple(id, dayText, fc.integer({ min: 0, max: 99_999 }), fc.constantFrom("paid", "", "已取消", "已退款"))
    .map(([m, d, cents, status]) => [m, d, (cents / 100).toFixed(2), status]);

interface Community {
  members: Row[];
  activity: Row[];
  /** Without their order ids: ids are given by position, so shuffles keep them unique. */
  orders: Row[];
}

const community: fc.Arbitrary<Community> = fc.record({
  members: fc.array(memberRow, { minLength: 1, maxLength: 25 }),
  activity: fc.array(activityRow(fc.oneof(memberId, unknownId)), { maxLength: 40 }),
  orders: fc.array(orderRow(fc.oneof(memberId, unknownId)), { maxLength: 25 }),
});

/** Member rows whose (id, joined day, group) repeat get the same left day, so order cannot matter. */
function consistent(c: Community): Community {
  const left = new Map<string, string>();
  const members = c.members.map(([id, joined, l, group]) => {
    const key = `${id}|${joined}|${group}`;
    if (!left.has(key)) left.set(key, l);
    return [id, joined, left.get(key)!, group];
  });
  return { ...c, members };
}

function run(c: Community): ReportJson {
  return reportToJson(
    buildReport(
      {
        members: [["member_id", "joined_at", "left_at", "group"], ...c.members],
        activity: [["member_id", "at", "count"], ...c.activity],
        orders: [
          ["order_id", "member_id", "paid_at", "amount", "status"],
          ...c.orders.map((r, i) => [`o${i}`, ...r]),
        ],
      },
      { timeZone: "Asia/Shanghai", windowDays: 5 },
    ),
  );
}

/**
 * The report without its follow-up entries' groups: insights.md §13 takes them from the member's
 * row with the latest joined day and, on a tie, the later row in file order, so row order may choose.
 */
function withoutRowChoice(report: ReportJson): ReportJson {
  const followUp = report.followUp as Record<string, unknown> | null;
  if (followUp === null) return report;
  const lists = Object.entries(followUp).map(([key, value]) => [
    key,
    Array.isArray(value) ? value.map((entry) => ({ ...entry, group: null })) : value,
  ]);
  return { ...report, followUp: Object.fromEntries(lists) };
}

const shuffled = <T>(rows: T[]): fc.Arbitrary<T[]> =>
  fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length });

describe("properties of the report", () => {
  it("shuffling rows never changes the report", () => {
    fc.assert(
      fc.property(
        community.map(consistent).chain((c) =>
          fc.tuple(
            fc.constant(c),
            fc.record({
              members: shuffled(c.members),
              activity: shuffled(c.activity),
              orders: shuffled(c.orders),
            }),
          ),
        ),
        ([c, s]) => {
          expect(withoutRowChoice(run(s))).toEqual(withoutRowChoice(run(c)));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("appending orders or activity of unknown members changes only excluded", () => {
    fc.assert(
      fc.property(
        community.map(consistent),
        fc.array(activityRow(unknownId), { maxLength: 10 }),
        fc.array(orderRow(unknownId), { maxLength: 10 }),
        (c, activity, orders) => {
          const before = run(c);
          const after = run({
            ...c,
            activity: [...c.activity, ...activity],
            orders: [...c.orders, ...orders],
          });
          expect({ ...after, excluded: null }).toEqual({ ...before, excluded: null });
        },
      ),
      { numRuns: 150 },
    );
  });

  it("repeating a member row changes only duplicateMembers", () => {
    fc.assert(
      fc.property(community.map(consistent), fc.nat(), (c, pick) => {
        const row = c.members[pick % c.members.length];
        const before = run(c);
        const after = run({ ...c, members: [...c.members, row] });
        expect(after.excluded.duplicateMembers).toBe(before.excluded.duplicateMembers + 1);
        expect(withoutRowChoice({ ...after, excluded: { ...after.excluded, duplicateMembers: 0 } })).toEqual(
          withoutRowChoice({ ...before, excluded: { ...before.excluded, duplicateMembers: 0 } }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("total GMV equals the sum of non-cancelled orders of known members in range", () => {
    fc.assert(
      fc.property(community, (c) => {
        const report = run(c);
        const known = new Set(c.members.map((m) => m[0]));
        const { from, to } = report.range;
        const cents = c.orders
          .filter(
            ([m, d, , status]) =>
              known.has(m) && status !== "已取消" && from !== null && d >= from && d <= to!,
          )
          .reduce((sum, [, , amount]) => sum + Math.round(Number(amount) * 100), 0);
        const gmv = report.weekly.reduce((sum, w) => sum + Math.round((w.gmv as number) * 100), 0);
        expect(gmv).toBe(cents);
      }),
      { numRuns: 200 },
    );
  });
});

// Shuffled rows leave purchases and retention alone too: "shuffling rows never changes the report" compares them.
describe("properties of purchases and retention (insights.md §10, §11)", () => {
  type Purchase = Record<
    "orders" | "buyers" | "newBuyers" | "returningBuyers" | "repeatBuyers" | "gmvPerOrder",
    number
  >;
  interface Cohort {
    joined: number;
    active: number[];
    rates: (number | null)[];
    complete: boolean[];
  }

  it("splits each week's buyers into new and returning, with the repeat buyers among them", () => {
    fc.assert(
      fc.property(community, (c) => {
        const report = run(c);
        const purchases = report.purchases as Purchase[];
        expect(purchases).toHaveLength(report.weekly.length);
        purchases.forEach((p, w) => {
          expect(p.newBuyers + p.returningBuyers).toBe(p.buyers);
          expect(p.repeatBuyers).toBeLessThanOrEqual(p.buyers);
          expect(p.orders).toBeGreaterThanOrEqual(p.buyers + p.repeatBuyers);
          expect(p.buyers).toBe(report.weekly[w].convertedMembers);
          if (p.orders > 0) {
            expect(Math.abs(p.gmvPerOrder * p.orders - (report.weekly[w].gmv as number))).toBeLessThanOrEqual(
              0.005 * p.orders + 1e-9,
            );
          }
        });
        // The inferred range holds every counted order, so every buyer is new exactly once.
        const known = new Set(c.members.map(([id]) => id));
        const buyers = new Set(
          c.orders.filter(([m, , , s]) => known.has(m) && s !== "已取消").map(([m]) => m),
        );
        expect(purchases.reduce((sum, p) => sum + p.newBuyers, 0)).toBe(buyers.size);
      }),
      { numRuns: 200 },
    );
  });

  it("counts at most the cohort in any week, each cohort followed to the range's last week or week 12", () => {
    fc.assert(
      fc.property(community, (c) => {
        const report = run(c);
        const cohorts = report.retention as Cohort[];
        const weeks = report.weekly.length;
        expect(cohorts).toHaveLength(weeks);
        cohorts.forEach((row, w) => {
          expect(row.joined).toBe(report.funnel[w].joined);
          expect(row.active).toHaveLength(Math.min(13, weeks - w));
          row.active.forEach((n, k) => {
            expect(n).toBeLessThanOrEqual(row.joined);
            expect(row.rates[k]).toBe(row.joined === 0 ? null : n / row.joined);
            expect(row.complete[k]).toBe(report.weekly[w + k].complete);
          });
        });
      }),
      { numRuns: 200 },
    );
  });
});
