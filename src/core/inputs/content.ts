/**
 * The content table (内容表, insights.md §15): one row per post with its totals, as the WeChat
 * official-account back end, 企业微信 群发 statistics, Telegram or Discord export them. A post
 * exported again later (with higher totals) is one post: its last valid row wins.
 */
import type { ZoneClock } from "../calendar";
import { grown, type IdKeys, IdTable, idOf } from "../id-table";
import { at, type DaysSeen, problem, type TableReader, tableReader } from "../tables";
import { cellText } from "../text";
import type { Cell, Day } from "../types";
import { readDay, readId, readTally } from "../values";
import { COMMON_PROBLEMS, type FieldSpec, type InputTable } from "./input";

/** The totals a post may have, in the order rows are checked. */
export const POST_TOTALS = ["views", "likes", "comments", "shares"] as const;
export type PostTotal = (typeof POST_TOTALS)[number];

const TOTAL_FIELDS: readonly FieldSpec[] = [
  {
    name: "views",
    required: false,
    oneOfRequired: true,
    aliases: ["views", "reads", "浏览量", "浏览", "阅读量", "阅读数", "阅读"],
    label: { en: "Views", zh: "阅读量" },
  },
  {
    name: "likes",
    required: false,
    oneOfRequired: true,
    aliases: ["likes", "reactions", "点赞数", "点赞", "在看"],
    label: { en: "Likes", zh: "点赞数" },
  },
  {
    name: "comments",
    required: false,
    oneOfRequired: true,
    aliases: ["comments", "replies", "评论数", "评论", "回复数"],
    label: { en: "Comments", zh: "评论数" },
  },
  {
    name: "shares",
    required: false,
    oneOfRequired: true,
    aliases: ["shares", "forwards", "reposts", "分享数", "分享", "转发数", "转发"],
    label: { en: "Shares", zh: "转发数" },
  },
];

const FIELDS: readonly FieldSpec[] = [
  {
    name: "post_id",
    required: false,
    aliases: ["post_id", "content_id", "msg_id", "id", "内容ID", "消息ID", "文章ID"],
    label: { en: "Post ID", zh: "内容ID" },
  },
  {
    name: "posted_at",
    required: true,
    aliases: [
      "posted_at",
      "published_at",
      "post_time",
      "date",
      "time",
      "发布时间",
      "发送时间",
      "推送时间",
      "日期",
      "时间",
    ],
    label: { en: "Posted", zh: "发布时间" },
  },
  {
    name: "type",
    required: false,
    aliases: ["type", "content_type", "format", "类型", "内容类型", "形式"],
    label: { en: "Type", zh: "类型" },
  },
  {
    name: "title",
    required: false,
    aliases: ["title", "subject", "name", "标题", "内容标题", "名称"],
    label: { en: "Title", zh: "标题" },
  },
  ...TOTAL_FIELDS,
];

/** A post: the fields of its winning row (its last valid one), its row number included. */
export interface Post {
  /** "" when blank: such a row is a post of its own. */
  postId: string;
  day: Day;
  type: string;
  /** The cell as read: only the top posts' titles are shown, so only theirs are read as text (postTitle). */
  title: Cell;
  /** 0 where the cell is blank or the column absent (ContentRows.present tells which). */
  views: number;
  likes: number;
  comments: number;
  shares: number;
  /** Its row in the table, the header being row 1. */
  row: number;
}

/**
 * The posts column by column, a post being an index below `count`: as 50,000 objects, the
 * bench's posts made the whole report's garbage collection dearer (3% of its CPU time, npm run
 * bench), a few arrays do not.
 */
export interface Posts {
  count: number;
  /** Post i's id is idOf(ids, idEntry[i]), or "" where idEntry[i] is -1: ids kept as numbers, not 50,000 strings. */
  ids: IdKeys;
  idEntry: Int32Array;
  day: Int32Array;
  /** Post i's type is types[typeOf[i]]: a few distinct types, numbered in order of first sight. */
  typeOf: Int32Array;
  types: string[];
  title: Cell[];
  /** Post i's totals in POST_TOTALS order at 4i … 4i + 3. */
  totals: Float64Array;
  row: Int32Array;
}

/** Post `i` as one object (the top posts, and tests). */
export function postAt(posts: Posts, i: number): Post {
  const { totals } = posts;
  return {
    postId: posts.idEntry[i] < 0 ? "" : idOf(posts.ids, posts.idEntry[i]),
    day: posts.day[i],
    type: posts.types[posts.typeOf[i]],
    title: posts.title[i],
    views: totals[4 * i],
    likes: totals[4 * i + 1],
    comments: totals[4 * i + 2],
    shares: totals[4 * i + 3],
    row: posts.row[i],
  };
}

/** A post's title as text (metrics.md §2): NFKC, a placeholder blank. */
export function postTitle(post: Post): string {
  return cellText(post.title);
}

/** The content table's valid rows, re-exports resolved. */
export interface ContentRows {
  /** One per post id (and one per row without an id), in the order each id first appeared. */
  posts: Posts;
  /** Which of the totals have a column: an absent one is empty (null), not 0. */
  present: Record<PostTotal, boolean>;
  /** Valid rows a later valid row of the same post id replaced (excluded.duplicatePosts). */
  duplicatePosts: number;
}

function contentReader(clock: ZoneClock): TableReader<ContentRows> {
  const title: Cell[] = [];
  const types: string[] = [];
  const typeNumber = new Map<string, number>();
  let day = new Int32Array(1024);
  let typeOf = new Int32Array(1024);
  let row = new Int32Array(1024);
  let idEntry = new Int32Array(1024);
  let totals = new Float64Array(4 * 1024);
  let count = 0;
  const ids = new IdTable("post ids");
  // The post of each id, by its number in ids.
  let postOf = new Int32Array(1024);
  let present = { views: false, likes: false, comments: false, shares: false };
  let duplicatePosts = 0;
  let seen: DaysSeen | null = null;
  return tableReader(
    "content",
    FIELDS,
    (header, days) => {
      seen = days;
      const [idAt, postedAt, typeAt, titleAt] = ["post_id", "posted_at", "type", "title"].map(header.col);
      const totalAt = POST_TOTALS.map(header.col);
      present = {
        views: totalAt[0] >= 0,
        likes: totalAt[1] >= 0,
        comments: totalAt[2] >= 0,
        shares: totalAt[3] >= 0,
      };
      // A row's totals, kept once they all read.
      const read = new Float64Array(POST_TOTALS.length);
      return (cells, rowNumber) => {
        const posted = readDay(cells[postedAt], clock);
        if (posted === null) return problem("content", rowNumber, "posted_at", cells[postedAt], "not a date");
        for (let k = 0; k < POST_TOTALS.length; k++) {
          const cell = at(cells, totalAt[k]);
          const n = readTally(cell);
          if (n === null) return problem("content", rowNumber, POST_TOTALS[k], cell, "not a whole number");
          read[k] = n;
        }
        const id = readId(at(cells, idAt));
        const kind = cellText(at(cells, typeAt));
        let typed = typeNumber.get(kind);
        if (typed === undefined) {
          typed = types.push(kind) - 1;
          typeNumber.set(kind, typed);
        }
        const titled = at(cells, titleAt);
        const known = ids.size;
        const entry = id === "" ? -1 : ids.add(id);
        let i = entry >= 0 && entry < known ? postOf[entry] : undefined;
        if (i !== undefined) {
          // A later export of the post holds its later totals.
          duplicatePosts++;
          title[i] = titled;
        } else {
          i = count++;
          if (entry >= 0) {
            if (entry === postOf.length) postOf = grown(postOf, entry + 1);
            postOf[entry] = i;
          }
          if (i === day.length) {
            day = grown(day, i + 1);
            row = grown(row, i + 1);
            idEntry = grown(idEntry, i + 1);
            typeOf = grown(typeOf, i + 1);
            totals = grown(totals, 4 * (i + 1));
          }
          idEntry[i] = entry;
          title.push(titled);
        }
        day[i] = posted;
        typeOf[i] = typed;
        row[i] = rowNumber;
        for (let k = 0; k < POST_TOTALS.length; k++) totals[4 * i + k] = read[k];
        return null;
      };
    },
    () => {
      // Only a post's winning row's day is a day of the table (insights.md §15).
      for (let i = 0; i < count; i++) seen?.see(day[i]);
      const posts = {
        count,
        ids: ids.keys(),
        idEntry: idEntry.slice(0, count),
        day: day.slice(0, count),
        typeOf: typeOf.slice(0, count),
        types,
        title,
        totals: totals.slice(0, 4 * count),
        row: row.slice(0, count),
      };
      return { posts, present, duplicatePosts };
    },
  );
}

export const CONTENT = {
  name: "content",
  required: false,
  label: { en: "Content", zh: "内容" },
  dataSheet: { en: "Content", zh: "内容" },
  about: {
    en: "Posts with their totals: time posted, and views, likes, comments or shares.",
    zh: "发布的内容及其数据：发布时间，以及阅读、点赞、评论或转发数。",
  },
  fields: FIELDS,
  keepsOtherColumns: false,
  problems: COMMON_PROBLEMS,
  detectionOrder: 4,
  spanCountsForRange: true,
  reader: contentReader,
} as const satisfies InputTable<"content", ContentRows>;
