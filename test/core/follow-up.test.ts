import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil } from "../../src/core/calendar";
import { codePointOrderOf, compareCodePoints } from "../../src/core/code-points";
import { FOLLOW_UP_LISTS, FocusWeekError } from "../../src/core/follow-up";
import { reportToJson } from "../../src/core/json";
import { buildReport } from "../../src/core/report";
import { columnsOf, entryJson } from "../../src/core/sections/follow-up";
import { rowJson } from "../../src/core/sections/section";
import type { ReportOptions } from "../../src/core/types";
import { fixtureGrid, fixtureOptions, fixtures } from "../support/fixtures";
import { type Csv, reportOf } from "../support/report";

type Entry = Record<string, unknown>;
type FollowUpJson = Record<string, string | Entry[] | null>;

const day = (text: string): number => {
  const [y, m, d] = text.split("-").map(Number);
  return daysFromCivil(y, m, d);
};

function followUpOf(csv: Csv, options: Partial<ReportOptions> = {}): FollowUpJson {
  return reportOf(csv, options).followUp as FollowUpJson;
}

const ids = (list: unknown): string[] => (list as Entry[]).map((e) => e.memberId as string);
const entry = (list: unknown, id: string): Entry => (list as Entry[]).find((e) => e.memberId === id)!;

// Weeks from Monday 2024-12-02: W1 12-02…12-08, W2 12-09…12-15 (the latest complete one), W3 12-16.
const members = `member_id,name,joined_at,left_at,group,channel
n1,Newbie,2024-12-10,,A,poster
n2,Chatty,2024-12-11,,A,ad
q1,Quiet,2024-12-02,,A,poster
q1,Quiet B,2024-12-02,,B,poster
q2,Busy,2024-12-02,,A,poster
p1,Past,2024-12-02,,A,poster
b1,Buyer,2024-12-02,,B,ad
b2,Big,2024-12-02,,B,ad
b3,Small,2024-12-03,,B,ad
b3,Small!,2024-12-03,,B,ad
l1,Leaver,2024-12-02,2024-12-11,A,poster
l2,Flash,2024-12-10,2024-12-12,A,ad
r1,Again,2024-12-02,2024-12-05,A,poster
r1,Again2,2024-12-12,,B,friend`;
const activity = `member_id,at,count
n2,2024-12-12 10:00,1
q1,2024-12-08 23:59,2
q2,2024-12-09 00:01,1
q2,2024-12-16,1
p1,2024-12-03,1
b1,2024-12-10,1
l1,2024-12-05,1`;
const orders = `order_id,member_id,paid_at,amount,status
o1,b1,2024-12-03,50,
o2,b2,2024-12-12,300,
o3,b2,2024-12-13,200,
o4,b3,2024-12-14,500,
o5,l1,2024-12-04,80,
o6,q1,2024-12-10,70,已取消
o7,b2,2024-12-16,100,`;
const community: Csv = { members, activity, orders };

describe("the follow-up lists (insights.md §13)", () => {
  for (const fixture of fixtures()) {
    it(`${fixture.name}: lists the members of expected.json, in its order`, () => {
      const report = buildReport(
        {
          members: fixtureGrid(fixture, "members")!,
          activity: fixtureGrid(fixture, "activity"),
          orders: fixtureGrid(fixture, "orders"),
        },
        fixtureOptions(fixture),
      );
      expect(reportToJson(report).followUp).toEqual(fixture.expected.followUp);
    });

    it(`${fixture.name}: writes each entry's JSON as its columns would (entryJson is rowJson written out)`, () => {
      const report = buildReport(
        {
          members: fixtureGrid(fixture, "members")!,
          activity: fixtureGrid(fixture, "activity"),
          orders: fixtureGrid(fixture, "orders"),
        },
        fixtureOptions(fixture),
      );
      const lists = FOLLOW_UP_LISTS.filter((list) => report.followUp?.[list]?.length);
      expect(lists.length).toBeGreaterThan(0);
      for (const list of lists) {
        for (const entry of report.followUp![list]!) {
          // Stringified: key order counts, and so would a key one side lacks.
          expect(JSON.stringify(entryJson(entry, list))).toBe(
            JSON.stringify(rowJson(columnsOf(list), entry)),
          );
        }
      }
    });
  }

  const followUp = followUpOf(community);

  it("is about the latest complete week, named by its first day and its end", () => {
    expect([followUp.weekStart, followUp.weekEnd]).toEqual(["2024-12-09", "2024-12-15"]);
  });

  it("lists newcomers who said nothing since they joined this week, by first join: a re-joined member first", () => {
    // n2 spoke after joining; r1 left on 12-05 and came back on 12-12; l2 joined and left within the week.
    expect(ids(followUp.silentNewMembers)).toEqual(["r1", "l2", "n1"]);
    expect(entry(followUp.silentNewMembers, "r1")).toEqual({
      memberId: "r1",
      name: "Again2",
      group: "B",
      channel: "friend",
      firstJoined: "2024-12-02",
      lastActive: null,
      orders: 0,
      gmv: 0,
    });
  });

  it("puts a newcomer who joined and left this week on both the silent list and the churned list", () => {
    expect(entry(followUp.churned, "l2")).toEqual(entry(followUp.silentNewMembers, "l2"));
  });

  it("lists members active this week and still in who never bought, the most recently active first", () => {
    // b1 is active too, but bought on 12-03; q2's activity on 12-16 is after the week and does not show.
    expect(ids(followUp.activeNotConverted)).toEqual(["n2", "q2"]);
    expect(entry(followUp.activeNotConverted, "q2").lastActive).toBe("2024-12-09");
  });

  it("lists members who spoke the week before, even on its last minute, and not this week", () => {
    expect(ids(followUp.wentQuiet)).toEqual(["q1", "p1"]);
    // Two memberships joined the same day: the later row gives the name and the group.
    expect(entry(followUp.wentQuiet, "q1")).toMatchObject({
      name: "Quiet B",
      group: "B",
      lastActive: "2024-12-08",
    });
  });

  it("lists the week's leavers by what they had spent, with their activity before they left", () => {
    expect(followUp.churned).toEqual([
      {
        memberId: "l1",
        name: "Leaver",
        group: "A",
        channel: "poster",
        firstJoined: "2024-12-02",
        lastActive: "2024-12-05",
        orders: 1,
        gmv: 80,
      },
      expect.objectContaining({ memberId: "l2", gmv: 0 }),
    ]);
  });

  it("lists the week's buyers by the week's GMV, ties by member id, orders counted up to the week's end", () => {
    // b2's order of 12-16 comes after the week; q1's order was cancelled.
    expect(followUp.topBuyers).toEqual([
      expect.objectContaining({ memberId: "b2", orders: 2, gmv: 500, weekGmv: 500 }),
      // A repeated membership row counts too: its name is the later row's.
      expect.objectContaining({ memberId: "b3", name: "Small!", orders: 1, gmv: 500, weekGmv: 500 }),
    ]);
    expect(Object.keys((followUp.topBuyers as Entry[])[0]).at(-1)).toBe("weekGmv");
  });

  describe("a chosen focus week", () => {
    it("takes the week holding the chosen day", () => {
      const week1 = followUpOf(community, { focusWeek: day("2024-12-04") });
      expect([week1.weekStart, week1.weekEnd]).toEqual(["2024-12-02", "2024-12-08"]);
      expect(ids(week1.silentNewMembers)).toEqual(["b1", "b2", "q2", "r1", "b3"]);
      expect(ids(week1.churned)).toEqual(["r1"]);
      expect(ids(week1.topBuyers)).toEqual(["l1", "b1"]);
      expect(week1.wentQuiet).toEqual([]);
    });

    it("accepts a day before the range whose week still meets it, and judges only the week's days in the range", () => {
      const cut = followUpOf(community, { from: day("2024-12-05"), focusWeek: day("2024-12-02") });
      expect([cut.weekStart, cut.weekEnd]).toEqual(["2024-12-02", "2024-12-08"]);
      expect(cut.silentNewMembers).toEqual([]);
      expect(ids(cut.churned)).toEqual(["r1"]);
    });

    it("refuses a day whose week does not meet the range, naming the range", () => {
      const build = () => followUpOf(community, { focusWeek: day("2024-11-27") });
      expect(build).toThrow(FocusWeekError);
      expect(build).toThrow(
        "the focus week 2024-11-25 – 2024-12-01 is outside the report range 2024-12-02 – 2024-12-16",
      );
    });
  });

  describe("edge cases", () => {
    it("judges a week cut by --from and --to on its days in the range, and counts orders from the range's start", () => {
      const cut = followUpOf(community, { from: day("2024-12-11"), to: day("2024-12-13") });
      // The only week, not complete: its calendar start, and the range's last day as its end.
      expect([cut.weekStart, cut.weekEnd]).toEqual(["2024-12-09", "2024-12-13"]);
      // n1 and l2 joined on 12-10, before the range; q2's activity of 12-09 is before it too.
      expect(ids(cut.silentNewMembers)).toEqual(["r1"]);
      expect(ids(cut.activeNotConverted)).toEqual(["n2"]);
      expect(cut.wentQuiet).toEqual([]);
      // l1's order of 12-04 is before the range; its activity of 12-05 still is its last.
      expect(cut.churned).toEqual([
        expect.objectContaining({ memberId: "l1", lastActive: "2024-12-05", orders: 0, gmv: 0 }),
        expect.objectContaining({ memberId: "l2" }),
      ]);
      expect(cut.topBuyers).toEqual([expect.objectContaining({ memberId: "b2", orders: 2, weekGmv: 500 })]);
    });

    it("looks at the week before only on its days in the range", () => {
      // From 12-05: p1's activity of 12-03 is before the range, q1's of 12-08 inside it.
      expect(ids(followUpOf(community, { from: day("2024-12-05") }).wentQuiet)).toEqual(["q1"]);
    });

    it("takes the last week when none is complete, and has no week before the first", () => {
      const only = followUpOf(community, { to: day("2024-12-06") });
      expect([only.weekStart, only.weekEnd]).toEqual(["2024-12-02", "2024-12-06"]);
      expect(only.wentQuiet).toEqual([]);
    });

    it("without activity, leaves the lists that need it null and every lastActive null", () => {
      const noActivity = followUpOf({ members, orders });
      expect([noActivity.silentNewMembers, noActivity.activeNotConverted, noActivity.wentQuiet]).toEqual([
        null,
        null,
        null,
      ]);
      expect(ids(noActivity.churned)).toEqual(["l1", "l2"]);
      expect(entry(noActivity.churned, "l1").lastActive).toBeNull();
      expect(ids(noActivity.topBuyers)).toEqual(["b2", "b3"]);
    });

    it("without orders, leaves topBuyers and every entry's orders and gmv null, and sorts the leavers by id", () => {
      const noOrders = followUpOf({ members, activity });
      expect(noOrders.topBuyers).toBeNull();
      expect(noOrders.churned).toEqual([
        expect.objectContaining({ memberId: "l1", orders: null, gmv: null }),
        expect.objectContaining({ memberId: "l2", orders: null, gmv: null }),
      ]);
      // Everyone active this week and still in: nobody can be known to have bought.
      expect(ids(noOrders.activeNotConverted)).toEqual(["n2", "b1", "q2"]);
    });

    it("is null when nothing counted, a focus week given or not", () => {
      const empty = { members: "member_id,joined_at\n" };
      expect(followUpOf(empty)).toBeNull();
      expect(followUpOf(empty, { focusWeek: day("2024-12-02") })).toBeNull();
    });

    it("puts staff and bots on no list", () => {
      const withStaff = followUpOf({
        members: "member_id,joined_at,left_at,role\nu1,2024-12-10,,\na1,2024-12-10,2024-12-11,群主\n",
        orders: "member_id,paid_at,amount\na1,2024-12-10,100\nu1,2024-12-11,5\n",
        activity: "member_id,at\na1,2024-12-10\n",
      });
      for (const list of ["silentNewMembers", "activeNotConverted", "wentQuiet", "churned", "topBuyers"]) {
        expect(ids(withStaff[list]), list).not.toContain("a1");
      }
      expect(ids(withStaff.silentNewMembers)).toEqual(["u1"]);
      expect(ids(withStaff.topBuyers)).toEqual(["u1"]);
    });

    it("orders member ids by code point, an emoji after a private-use character", () => {
      const leavers = followUpOf({
        members:
          "member_id,joined_at,left_at\n😀,2024-12-02,2024-12-04\n\uE000,2024-12-02,2024-12-04\nb,2024-12-02,2024-12-04\n",
      });
      expect(ids(leavers.churned)).toEqual(["b", "\uE000", "😀"]);
    });

    it("keeps names as written, a formula-like one included, and reads placeholders as blank", () => {
      const named = followUpOf({
        members: 'member_id,name,joined_at,group\n0012345678901234567,"=HYPERLINK(""x"")",2024-12-02,无\n',
      });
      expect(named.silentNewMembers).toBeNull();
      expect(named.churned).toEqual([]);
      const listed = followUpOf({
        members: 'member_id,name,joined_at,group\n0012345678901234567,"=HYPERLINK(""x"")",2024-12-02,无\n',
        activity: "member_id,at\nnobody,2024-12-02\n",
      });
      expect(listed.silentNewMembers).toEqual([
        expect.objectContaining({ memberId: "0012345678901234567", name: '=HYPERLINK("x")', group: "" }),
      ]);
    });
  });
});

describe("codePointOrderOf", () => {
  it("sorts as compareCodePoints does, whether or not the texts hold characters from U+D800 on", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "b", "7", "\uD7FF", "\uE000", "😀") });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        expect([...texts].sort(codePointOrderOf(texts))).toEqual([...texts].sort(compareCodePoints));
      }),
    );
  });
});

describe("compareCodePoints", () => {
  it("orders strings as their code points do", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "z", "\uD7FF", "\uE000", "\uFFFF", "😀", "𝒳") });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const points = (s: string) => Array.from(s, (c) => c.codePointAt(0)!);
        const [x, y] = [points(a), points(b)];
        let expected = x.length - y.length;
        for (let i = 0; i < Math.min(x.length, y.length); i++) {
          if (x[i] !== y[i]) {
            expected = x[i] - y[i];
            break;
          }
        }
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(expected));
      }),
    );
  });
});

describe("properties of the follow-up lists", () => {
  const START = daysFromCivil(2024, 12, 2);
  const text = (offset: number): string => {
    const d = new Date((START + offset) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const memberRow = fc
    .tuple(
      fc.integer({ min: 0, max: 9 }),
      fc.integer({ min: 0, max: 27 }),
      fc.option(fc.integer({ min: 0, max: 10 })),
    )
    .map(([m, join, stay]) => `m${m},${text(join)},${stay === null ? "" : text(join + stay)}`);
  const eventRow = fc
    .tuple(
      fc.integer({ min: 0, max: 11 }),
      fc.integer({ min: 0, max: 30 }),
      fc.integer({ min: 0, max: 9999 }),
    )
    .map(([m, d, cents]) => `m${m},${text(d)},${(cents / 100).toFixed(2)}`);
  const community = fc.record({
    members: fc.array(memberRow, { minLength: 1, maxLength: 20 }),
    activity: fc.array(eventRow, { maxLength: 40 }),
    orders: fc.array(eventRow, { maxLength: 25 }),
    focus: fc.option(fc.integer({ min: 0, max: 30 })),
  });

  it("agree with the weekly table of the focus week, and each list is in its order", () => {
    fc.assert(
      fc.property(community, ({ members, activity, orders, focus }) => {
        const csv = {
          members: `member_id,joined_at,left_at\n${members.join("\n")}`,
          activity: `member_id,at,count\n${activity.map((r) => r.replace(/,[^,]*$/, ",1")).join("\n")}`,
          orders: `member_id,paid_at,amount\n${orders.join("\n")}`,
        };
        const { range } = reportOf(csv);
        if (range.from === null) return;
        // A chosen day inside the range, whose week therefore meets it.
        const [from, to] = [day(range.from), day(range.to!)];
        const report = reportOf(csv, { focusWeek: focus === null ? null : from + (focus % (to - from + 1)) });
        const followUp = report.followUp as FollowUpJson;
        const week = report.weekly.find((w) => w.weekStart === followUp.weekStart)!;
        const lists = followUp as Record<string, Entry[]>;
        expect(lists.topBuyers.length).toBe(week.convertedMembers);
        const weekCents = lists.topBuyers.reduce(
          (sum, e) => sum + Math.round((e.weekGmv as number) * 100),
          0,
        );
        expect(weekCents).toBe(Math.round((week.gmv as number) * 100));
        expect(lists.churned.length).toBe(week.churnedMembers);
        expect(lists.silentNewMembers.length).toBeLessThanOrEqual(week.newMembers as number);
        expect(lists.activeNotConverted.length).toBeLessThanOrEqual(week.activeMembers as number);
        const quiet = new Set(ids(lists.wentQuiet));
        expect(ids(lists.activeNotConverted).some((id) => quiet.has(id))).toBe(false);
        const desc = (key: string) => (a: Entry, b: Entry) =>
          (b[key] as number) - (a[key] as number) ||
          compareCodePoints(a.memberId as string, b.memberId as string);
        const sortedBy = (list: Entry[], order: (a: Entry, b: Entry) => number) =>
          expect(list).toEqual([...list].sort(order));
        sortedBy(lists.topBuyers, desc("weekGmv"));
        sortedBy(lists.churned, desc("gmv"));
        sortedBy(
          lists.activeNotConverted,
          (a, b) =>
            (b.lastActive as string).localeCompare(a.lastActive as string) ||
            compareCodePoints(a.memberId as string, b.memberId as string),
        );
        sortedBy(
          lists.silentNewMembers,
          (a, b) =>
            (a.firstJoined as string).localeCompare(b.firstJoined as string) ||
            compareCodePoints(a.memberId as string, b.memberId as string),
        );
      }),
      { numRuns: 200 },
    );
  });
});
