import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, formatDay } from "../../src/core/calendar";
import { compareCodePoints } from "../../src/core/code-points";
import type { ReportJson } from "../../src/core/json";
import { contentPart, differences } from "../support/fixtures";
import { reportOf } from "../support/report";

type Row = Record<string, unknown>;

const MEMBERS = "member_id,joined_at\nu1,2024-12-02";
const content = (report: ReportJson) => report.content as { weekly: Row[]; byType: Row[]; top: Row[] } | null;

const INSIGHTS = join(import.meta.dirname, "..", "fixtures", "insights-cn");

describe("content performance (insights.md §15)", () => {
  it("insights-cn: the content section, its re-exports and its problems equal the example's", () => {
    const expected = JSON.parse(readFileSync(join(INSIGHTS, "expected.json"), "utf8")) as ReportJson;
    const report = reportOf({
      members: "成员ID,入群时间",
      content: readFileSync(join(INSIGHTS, "content.csv"), "utf8"),
    });
    const bad: string[] = [];
    differences(
      "report",
      "report",
      { range: expected.range, ...contentPart(expected) },
      { range: report.range, ...contentPart(report) },
      bad,
    );
    expect(bad).toEqual([]);
  });

  it("sums each week's posts, views, likes, comments and shares, with the interaction rate and per-post averages", () => {
    const report = reportOf({
      members: MEMBERS,
      content: `post_id,posted_at,views,likes,comments,shares
p1,2024-12-02 09:00,100,5,3,2
p2,2024-12-04,300,10,,5
p3,2024-12-09,0,0,0,0`,
    });
    expect(content(report)!.weekly).toEqual([
      {
        weekStart: "2024-12-02",
        weekEnd: "2024-12-08",
        complete: true,
        posts: 2,
        views: 400,
        likes: 15,
        comments: 3,
        shares: 7,
        interactions: 25,
        interactionRate: 25 / 400,
        viewsPerPost: 200,
        interactionsPerPost: 12.5,
      },
      {
        weekStart: "2024-12-09",
        weekEnd: "2024-12-09",
        complete: false,
        posts: 1,
        views: 0,
        likes: 0,
        comments: 0,
        shares: 0,
        interactions: 0,
        interactionRate: null,
        viewsPerPost: 0,
        interactionsPerPost: 0,
      },
    ]);
  });

  it("counts a re-exported post once, with its last valid row's totals, day and row", () => {
    const report = reportOf({
      members: MEMBERS,
      content: `post_id,posted_at,title,views,likes
p1,2024-12-02,Old title,100,5
p2,2024-12-03,Other,50,1
p1,2024-12-02,New title,180,9
p1,2024-12-02,Broken,1.2万,9`,
    });
    expect(report.excluded.duplicatePosts).toBe(1);
    expect(content(report)!.top[0]).toMatchObject({ postId: "p1", title: "New title", views: 180, row: 4 });
    expect(content(report)!.weekly[0]).toMatchObject({ posts: 2, views: 230, likes: 10 });
    expect(report.problems).toEqual([
      { table: "content", row: 5, column: "views", value: "1.2万", message: "not a whole number" },
    ]);
  });

  it("takes a post's day from its winning row: a day only a replaced row had counts for nothing", () => {
    const report = reportOf({
      members: MEMBERS,
      content: `post_id,posted_at,views
p1,2024-11-20,10
p1,2024-12-02,30`,
    });
    expect(report.range).toEqual({ from: "2024-12-02", to: "2024-12-02" });
    expect(content(report)!.top.map((p) => [p.postedAt, p.views])).toEqual([["2024-12-02", 30]]);
  });

  it("counts each row without a post id as a post of its own", () => {
    const report = reportOf({
      members: MEMBERS,
      content: "post_id,posted_at,likes\n,2024-12-02,1\n,2024-12-02,2\n-,2024-12-02,3",
    });
    expect(report.excluded.duplicatePosts).toBe(0);
    expect(content(report)!.weekly[0]).toMatchObject({ posts: 3, likes: 6 });
    expect(content(report)!.top.map((p) => p.postId)).toEqual(["", "", ""]);
  });

  it("extends the report range to the posts' days, and makes a report of posts alone", () => {
    const withMembers = reportOf({
      members: MEMBERS,
      content: "posted_at,views\n2024-11-28,10\n2024-12-10,20",
    });
    expect(withMembers.range).toEqual({ from: "2024-11-28", to: "2024-12-10" });
    const alone = reportOf({ members: "member_id,joined_at", content: "posted_at,views\n2024-12-03,10" });
    expect(alone.range).toEqual({ from: "2024-12-03", to: "2024-12-03" });
    expect(alone.weekly).toHaveLength(1);
    expect(content(alone)!.weekly[0]).toMatchObject({ weekStart: "2024-12-02", posts: 1, views: 10 });
  });

  it("leaves posts outside a given range out of every list, but counts their re-exports", () => {
    const report = reportOf(
      {
        members: MEMBERS,
        content: `post_id,posted_at,type,views,likes
p1,2024-11-25,图文,1000,100
p1,2024-11-25,图文,1500,150
p2,2024-12-03,视频,10,1
p3,2024-12-20,视频,900,90`,
      },
      { from: daysFromCivil(2024, 12, 1), to: daysFromCivil(2024, 12, 15) },
    );
    const { weekly, byType, top } = content(report)!;
    expect(weekly.map((w) => w.posts)).toEqual([0, 1, 0]);
    expect(byType.map((t) => [t.type, t.posts])).toEqual([["视频", 1]]);
    expect(top.map((p) => p.postId)).toEqual(["p2"]);
    expect(report.excluded.duplicatePosts).toBe(1);
  });

  it('orders the types by interactions, then by type in code-point order, with no type as ""', () => {
    const report = reportOf({
      members: MEMBERS,
      content: `posted_at,type,likes
2024-12-02,视频,5
2024-12-02,,7
2024-12-02,图文,3
2024-12-02,Live,3
2024-12-02,视频,1`,
    });
    expect(content(report)!.byType.map((t) => [t.type, t.posts, t.interactions])).toEqual([
      ["", 1, 7],
      ["视频", 2, 6],
      ["Live", 1, 3],
      ["图文", 1, 3],
    ]);
  });

  it("lists the ten posts with the most interactions; ties go to more views, the earlier day, the earlier row", () => {
    const rows = [
      "a,2024-12-05,100,9",
      "b,2024-12-04,100,9",
      "c,2024-12-04,100,9",
      "d,2024-12-04,200,9",
      ...Array.from({ length: 10 }, (_, i) => `n${i},2024-12-02,5,${i}`),
    ];
    const report = reportOf({
      members: MEMBERS,
      content: `post_id,posted_at,views,likes\n${rows.join("\n")}`,
    });
    const top = content(report)!.top;
    expect(top.map((p) => p.postId)).toEqual(["d", "b", "c", "a", "n9", "n8", "n7", "n6", "n5", "n4"]);
    expect(top[0]).toEqual({
      postId: "d",
      postedAt: "2024-12-04",
      type: "",
      title: "",
      views: 200,
      likes: 9,
      comments: null,
      shares: null,
      interactions: 9,
      interactionRate: 0.045,
      row: 5,
    });
  });

  it("has no content section without a content table", () => {
    expect(reportOf({ members: MEMBERS }).content).toBeNull();
    expect(reportOf({ members: MEMBERS }).excluded.duplicatePosts).toBe(0);
  });

  describe("edge cases", () => {
    it("a table with only a likes column: likes are the interactions; views, comments and shares are empty", () => {
      const report = reportOf({ members: MEMBERS, content: "发布时间,点赞数\n2024-12-02,4\n2024-12-03," });
      expect(content(report)!.weekly[0]).toMatchObject({
        posts: 2,
        views: null,
        likes: 4,
        comments: null,
        shares: null,
        interactions: 4,
        interactionRate: null,
        viewsPerPost: null,
        interactionsPerPost: 2,
      });
      expect(content(report)!.top[0]).toMatchObject({
        views: null,
        likes: 4,
        interactions: 4,
        interactionRate: null,
      });
    });

    it("a table with views only: interactions are empty, and the top posts are those with the most views", () => {
      const report = reportOf({ members: MEMBERS, content: "posted_at,阅读量\n2024-12-02,4\n2024-12-03,9" });
      const { weekly, top } = content(report)!;
      expect(weekly[0]).toMatchObject({
        views: 13,
        interactions: null,
        interactionRate: null,
        viewsPerPost: 6.5,
      });
      expect(top.map((p) => p.views)).toEqual([9, 4]);
    });

    it("a table of only a header, or of only invalid rows, gives empty lists over the report's weeks", () => {
      const report = reportOf({ members: MEMBERS, content: "posted_at,views\nsoon,1" });
      expect(content(report)!.weekly).toEqual([
        expect.objectContaining({ posts: 0, views: 0, viewsPerPost: null }),
      ]);
      expect(content(report)!.byType).toEqual([]);
      expect(content(report)!.top).toEqual([]);
    });

    it("an empty range gives empty lists", () => {
      expect(reportOf({ members: "member_id,joined_at", content: "posted_at,views" }).content).toEqual({
        weekly: [],
        byType: [],
        top: [],
      });
    });
  });
});

describe("code-point order", () => {
  const codePoints = (s: string): number[] => [...s].map((c) => c.codePointAt(0)!);
  const byCodePoints = (a: string, b: string): number => {
    const [x, y] = [codePoints(a), codePoints(b)];
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  };

  it("puts characters above U+FFFF after U+E000–U+FFFF, which UTF-16 order does not", () => {
    expect(["\u{1F600}", "\uFF5E", "a"].sort(compareCodePoints)).toEqual(["a", "\uFF5E", "\u{1F600}"]);
  });

  it("agrees with comparing the strings' code points one by one", () => {
    const text = fc.string({ unit: "binary", maxLength: 6 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(Math.sign(compareCodePoints(a, b))).toBe(Math.sign(byCodePoints(a, b)));
      }),
    );
  });
});

describe("content properties", () => {
  const START = daysFromCivil(2024, 12, 2);
  const total = fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 50 }).map(String));
  const post = fc.tuple(
    fc.option(fc.constantFrom("p1", "p2", "p3", "p4", "p5"), { nil: "" }),
    fc.integer({ min: 0, max: 30 }),
    fc.constantFrom("", "图文", "视频"),
    total,
    total,
    total,
  );
  const csvOf = (rows: [string, number, string, string, string, string][]): string =>
    `post_id,posted_at,type,views,likes,shares\n${rows
      .map(([id, d, type, ...totals]) => [id, formatDay(START + d), type, ...totals].join(","))
      .join("\n")}`;

  it("every post of the range is in one week and one type, its totals too; the top posts come most interactions first", () => {
    fc.assert(
      fc.property(fc.array(post, { maxLength: 30 }), (rows) => {
        const report = reportOf({ members: MEMBERS, content: csvOf(rows) });
        const { weekly, byType, top } = content(report)!;
        const sum = (list: Row[], key: string): number =>
          list.reduce((s, r) => s + ((r[key] as number) ?? 0), 0);
        expect(sum(weekly, "posts") + report.excluded.duplicatePosts).toBe(rows.length);
        for (const key of ["posts", "views", "likes", "shares", "interactions"]) {
          expect(sum(byType, key)).toBe(sum(weekly, key));
        }
        expect(top.length).toBe(Math.min(10, sum(weekly, "posts")));
        const interactions = top.map((p) => p.interactions as number);
        expect(interactions).toEqual([...interactions].sort((a, b) => b - a));
      }),
    );
  });
});
