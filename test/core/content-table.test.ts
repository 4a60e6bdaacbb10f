import { describe, expect, it } from "vitest";
import { daysFromCivil, formatDay, ZoneClock } from "../../src/core/calendar";
import { parseDelimited } from "../../src/core/delimited";
import { limitIdsForTests } from "../../src/core/id-table";
import { readTable } from "../../src/core/inputs";
import { type ContentRows, postAt, postTitle } from "../../src/core/inputs/content";
import { readTally } from "../../src/core/values";
import { reportOf } from "../support/report";

const clock = new ZoneClock("Asia/Shanghai");
const MEMBERS = "member_id,joined_at\nu1,2024-12-02";
const read = (csv: string) => readTable("content", parseDelimited(csv), clock);
const postsOf = ({ posts }: ContentRows) => Array.from({ length: posts.count }, (_, i) => postAt(posts, i));

describe("the content table (insights.md §15)", () => {
  it("reads the headers of a WeChat export: 内容ID, 发布时间, 类型, 标题, 阅读量, 点赞数, 评论数, 转发数", () => {
    const table = read(
      "内容ID,发布时间,类型,标题,阅读量,点赞数,评论数,转发数\nP1,2024-12-02 09:00,图文,周末问答,120,8,3,1",
    );
    expect(table.columns.map((c) => c.field)).toEqual([
      "post_id",
      "posted_at",
      "type",
      "title",
      "views",
      "likes",
      "comments",
      "shares",
    ]);
    expect(postsOf(table.rows)).toEqual([
      {
        postId: "P1",
        day: daysFromCivil(2024, 12, 2),
        type: "图文",
        title: "周末问答",
        views: 120,
        likes: 8,
        comments: 3,
        shares: 1,
        row: 2,
      },
    ]);
  });

  it("counts a re-exported post once, with its last valid row: its totals, its day and its row", () => {
    const table = read(`post_id,posted_at,views,likes
p1,2024-12-02,100,5
p2,2024-12-03,50,1
p1,2024-12-02,180,9
p1,2024-12-02,1.2万,9`);
    expect(table.rows.duplicatePosts).toBe(1);
    expect(postsOf(table.rows).map((p) => [p.postId, p.views, p.row])).toEqual([
      ["p1", 180, 4],
      ["p2", 50, 3],
    ]);
    expect(table.problems).toMatchObject([
      { row: 5, column: "views", value: "1.2万", message: "not a whole number" },
    ]);
    expect(
      reportOf({ members: MEMBERS, content: "post_id,posted_at,likes\np1,2024-12-02,1\np1,2024-12-02,2" })
        .excluded.duplicatePosts,
    ).toBe(1);
  });

  it("keeps post ids of any length and script as read (NFKC, as every cell), re-exports of a long one resolved", () => {
    const long = "公众号文章-2024年12月-第0001篇";
    const table = read(`post_id,posted_at,views
${long},2024-12-02,10
msg_0123456789abcdef,2024-12-02,20
${long},2024-12-02,30
1234567890123,2024-12-03,40
ｐ１,2024-12-03,50`);
    expect(postsOf(table.rows).map((p) => [p.postId, p.views])).toEqual([
      [long, 30],
      ["msg_0123456789abcdef", 20],
      ["1234567890123", 40],
      ["p1", 50],
    ]);
    expect(table.rows.duplicatePosts).toBe(1);
  });

  it("names post ids, not member ids, when a table holds more than a report can count", () => {
    limitIdsForTests(2);
    try {
      expect(() => read("post_id,posted_at,likes\na,2024-12-02,1\nb,2024-12-02,1\nc,2024-12-02,1")).toThrow(
        /^more than 2 distinct post ids: /,
      );
    } finally {
      limitIdsForTests(Number.POSITIVE_INFINITY);
    }
  });

  it("counts each row without a post id as a post of its own", () => {
    const table = read("post_id,posted_at,likes\n,2024-12-02,1\n,2024-12-02,2\n-,2024-12-02,3");
    expect(postsOf(table.rows).map((p) => p.likes)).toEqual([1, 2, 3]);
    expect(table.rows.duplicatePosts).toBe(0);
  });

  it("takes a post's day from its winning row: a day only a replaced row had is not a day of the table", () => {
    const table = read("post_id,posted_at,views\np1,2024-11-20,10\np1,2024-12-02,30\np2,2024-12-05,1");
    expect(table.span && [formatDay(table.span.first), formatDay(table.span.last)]).toEqual([
      "2024-12-02",
      "2024-12-05",
    ]);
    const report = reportOf({
      members: MEMBERS,
      content: "post_id,posted_at,views\np1,2024-11-20,10\np1,2024-12-02,30",
    });
    expect(report.range).toEqual({ from: "2024-12-02", to: "2024-12-02" });
  });

  it("extends the report range to the posts' days, also for a members table with no valid row", () => {
    const content = "posted_at,views\n2024-11-28,10\n2024-12-10,20";
    expect(reportOf({ members: MEMBERS, content }).range).toEqual({ from: "2024-11-28", to: "2024-12-10" });
    const alone = reportOf({ members: "member_id,joined_at\nu1,soon", content });
    expect(alone.range).toEqual({ from: "2024-11-28", to: "2024-12-10" });
    expect(alone.weekly.map((w) => w.weekStart)).toEqual(["2024-11-25", "2024-12-02", "2024-12-09"]);
  });

  it("lists its problems after the orders', each row's first bad field in the order posted_at, views, likes, comments, shares", () => {
    const report = reportOf({
      members: "member_id,joined_at\nu1,soon",
      orders: "member_id,paid_at,amount\nu1,2024-12-02,abc",
      content: `posted_at,shares,comments,likes,views
yesterday,x,x,x,x
2024-12-02,x,x,-1,10
2024-12-02,2.5,1,1,10`,
    });
    expect(report.problems.map((p) => [p.table, p.row, p.column])).toEqual([
      ["members", 2, "joined_at"],
      ["orders", 2, "amount"],
      ["content", 2, "posted_at"],
      ["content", 3, "likes"],
      ["content", 4, "shares"],
    ]);
  });

  it("reads blank totals as 0, and whole numbers as counts are read", () => {
    expect(readTally("")).toBe(0);
    expect(readTally(" - ")).toBe(0);
    expect(readTally(12)).toBe(12);
    expect(readTally("12.0")).toBe(12);
    expect(readTally("１２")).toBe(12);
    expect(readTally(" 12 ")).toBe(12);
    expect(readTally(1.5)).toBeNull();
    expect(readTally("1,200")).toBeNull();
    expect(readTally("-1")).toBeNull();
  });

  describe("edge cases", () => {
    it("a table with none of views, likes, comments and shares cannot be used, and says which it needs", () => {
      expect(() => read("内容ID,发布时间,标题\np1,2024-12-02,Hi")).toThrow(
        "content: no views, likes, comments or shares column (headers found: 内容ID, 发布时间, 标题); " +
          "name at least one: views or 浏览量, likes or 点赞数, comments or 评论数, shares or 分享数",
      );
    });

    it("a table with any one of them can: likes alone", () => {
      const table = read("发布时间,点赞数\n2024-12-02,4\n2024-12-03,");
      expect(table.rows.present).toEqual({ views: false, likes: true, comments: false, shares: false });
      expect(postsOf(table.rows).map((p) => p.likes)).toEqual([4, 0]);
    });

    it("a table without posted_at names that column first", () => {
      expect(() => read("title,views\nHi,3")).toThrow(
        /^content: no posted_at column \(headers found: title, views\)/,
      );
    });

    it("keeps titles and types as text: NFKC, placeholders blank, formulas and HTML as written", () => {
      const table = read(
        'posted_at,type,title,likes\n2024-12-02,N/A,用户故事｜她,3\n2024-12-02,视频,无,2\n2024-12-02,,"=HYPERLINK(""x"")",1\n2024-12-02,,<b>秒杀</b>,1',
      );
      expect(postsOf(table.rows).map((p) => [p.type, postTitle(p)])).toEqual([
        ["", "用户故事|她"],
        ["视频", ""],
        ["", '=HYPERLINK("x")'],
        ["", "<b>秒杀</b>"],
      ]);
    });
  });
});
