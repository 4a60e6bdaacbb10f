/**
 * Content performance (社群互动 · 内容表现, insights.md §15): each week's posts and their totals,
 * the same per post type, and the posts of the range with the most interactions. One pass over
 * the posts, with the top ten kept as it goes: linear in posts.
 */

import { compareCodePoints } from "./code-points";
import { type ContentRows, type Posts, postAt, postTitle } from "./inputs/content";
import { type DayRange, type Week, weekOfDays, weeksOf } from "./range";
import { ratio } from "./rates";
import type { ReportRun } from "./report";
import type { Day, WeekStart } from "./types";

/** The totals of posts, or of one post, with their interactions and interaction rate. */
export interface PostCounts {
  /** Sums; null where the table has no such column. */
  views: number | null;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  /** likes + comments + shares of the columns present; null when none of the three is. */
  interactions: number | null;
  /** 互动率: interactions / views. */
  interactionRate: number | null;
}

/** What a week's or a type's posts add up to. */
export interface ContentTotals extends PostCounts {
  posts: number;
  viewsPerPost: number | null;
  interactionsPerPost: number | null;
}

export interface ContentWeekRow extends ContentTotals {
  weekStart: Day;
  weekEnd: Day;
  complete: boolean;
}

export interface ContentTypeRow extends ContentTotals {
  /** "" for posts without a type. */
  type: string;
}

/** A post of the range as content.top lists it. */
export interface TopPost extends PostCounts {
  postId: string;
  postedAt: Day;
  type: string;
  title: string;
  row: number;
}

export interface Content {
  weekly: ContentWeekRow[];
  byType: ContentTypeRow[];
  top: TopPost[];
}

/** How many posts content.top lists. */
export const TOP_POSTS = 10;

/** What a group of posts adds up to. */
interface Sums {
  posts: number;
  views: number;
  likes: number;
  comments: number;
  shares: number;
}

/**
 * Running sums of groups of posts (weeks, types), group g's at SUMS·g: posts, then the totals in
 * POST_TOTALS order. Numbers in one array, not an object per group, and no object per post: the
 * loop over 50,000 posts runs once, mostly before V8 has optimised it, and each operation counts.
 */
const SUMS = 5;

function sumsAt(sums: Float64Array, g: number): Sums {
  const at = SUMS * g;
  return {
    posts: sums[at],
    views: sums[at + 1],
    likes: sums[at + 2],
    comments: sums[at + 3],
    shares: sums[at + 4],
  };
}

function add(
  sums: Float64Array,
  at: number,
  views: number,
  likes: number,
  comments: number,
  shares: number,
): void {
  sums[at]++;
  sums[at + 1] += views;
  sums[at + 2] += likes;
  sums[at + 3] += comments;
  sums[at + 4] += shares;
}

/** Likes + comments + shares of the columns present; null when none of the three is. */
function interactionsOf(
  { likes, comments, shares }: Omit<Sums, "posts">,
  present: ContentRows["present"],
): number | null {
  if (!present.likes && !present.comments && !present.shares) return null;
  return (present.likes ? likes : 0) + (present.comments ? comments : 0) + (present.shares ? shares : 0);
}

/** The totals of posts or of one post as shown: an absent column's is null. */
function shown(sums: Omit<Sums, "posts">, present: ContentRows["present"]): PostCounts {
  const interactions = interactionsOf(sums, present);
  const views = present.views ? sums.views : null;
  return {
    views,
    likes: present.likes ? sums.likes : null,
    comments: present.comments ? sums.comments : null,
    shares: present.shares ? sums.shares : null,
    interactions,
    interactionRate: ratio(interactions, views),
  };
}

function totalsOf(sums: Sums, present: ContentRows["present"]): ContentTotals {
  const totals = shown(sums, present);
  return {
    posts: sums.posts,
    ...totals,
    viewsPerPost: ratio(totals.views, sums.posts),
    interactionsPerPost: ratio(totals.interactions, sums.posts),
  };
}

/**
 * The posts of content.top as they are being found, best first: post indices and what they are
 * ranked by (more interactions, then more views, the earlier day, the earlier row; absent columns'
 * totals are 0, so null interactions or views rank as 0).
 */
class TopList {
  private readonly post = new Int32Array(TOP_POSTS);
  private readonly interactions = new Float64Array(TOP_POSTS);
  private readonly views = new Float64Array(TOP_POSTS);
  private readonly day = new Int32Array(TOP_POSTS);
  private readonly row = new Int32Array(TOP_POSTS);
  private length = 0;

  /** The posts found, best first. */
  posts(): Int32Array {
    return this.post.subarray(0, this.length);
  }

  /** True when a post with these keys ranks above the one at `k`. */
  private above(k: number, interactions: number, views: number, day: Day, row: number): boolean {
    if (interactions !== this.interactions[k]) return interactions > this.interactions[k];
    if (views !== this.views[k]) return views > this.views[k];
    if (day !== this.day[k]) return day < this.day[k];
    return row < this.row[k];
  }

  /** Adds post `post` where it belongs, if it belongs: most posts fail the first comparison. */
  offer(post: number, interactions: number, views: number, day: Day, row: number): void {
    let k = this.length;
    if (k === TOP_POSTS) {
      if (!this.above(TOP_POSTS - 1, interactions, views, day, row)) return;
      k--;
    } else this.length++;
    for (; k > 0 && this.above(k - 1, interactions, views, day, row); k--) {
      this.post[k] = this.post[k - 1];
      this.interactions[k] = this.interactions[k - 1];
      this.views[k] = this.views[k - 1];
      this.day[k] = this.day[k - 1];
      this.row[k] = this.row[k - 1];
    }
    this.post[k] = post;
    this.interactions[k] = interactions;
    this.views[k] = views;
    this.day[k] = day;
    this.row[k] = row;
  }
}

function topPost(posts: Posts, i: number, present: ContentRows["present"]): TopPost {
  const post = postAt(posts, i);
  return {
    postId: post.postId,
    postedAt: post.day,
    type: post.type,
    title: postTitle(post),
    ...shown(post, present),
    row: post.row,
  };
}

/** The content section of the posts over a range's weeks (`weekOfDay` is weekOfDays(range, …)). */
export function computeContent(
  { posts, present }: ContentRows,
  range: DayRange | null,
  weeks: readonly Week[],
  weekOfDay: Int32Array,
): Content {
  if (range === null) return { weekly: [], byType: [], top: [] };
  const perWeek = new Float64Array(SUMS * weeks.length);
  const perType = new Float64Array(SUMS * posts.types.length);
  const top = new TopList();
  const { from, to } = range;
  const { day, typeOf, totals, row } = posts;
  for (let i = 0; i < posts.count; i++) {
    const posted = day[i];
    if (posted < from || posted > to) continue;
    const views = totals[4 * i];
    const likes = totals[4 * i + 1];
    const comments = totals[4 * i + 2];
    const shares = totals[4 * i + 3];
    add(perWeek, SUMS * weekOfDay[posted - from], views, likes, comments, shares);
    add(perType, SUMS * typeOf[i], views, likes, comments, shares);
    top.offer(i, likes + comments + shares, views, posted, row[i]);
  }
  const byType = posts.types.flatMap((type, t) => {
    const sums = sumsAt(perType, t);
    return sums.posts === 0 ? [] : [{ type, ...totalsOf(sums, present) }];
  });
  byType.sort((a, b) => (b.interactions ?? 0) - (a.interactions ?? 0) || compareCodePoints(a.type, b.type));
  return {
    weekly: weeks.map((week, w) => ({
      weekStart: week.start,
      weekEnd: week.last,
      complete: week.complete,
      ...totalsOf(sumsAt(perWeek, w), present),
    })),
    byType,
    top: Array.from(top.posts(), (i) => topPost(posts, i, present)),
  };
}

/** The content section of a run: null without a content table. */
export function contentOf(run: ReportRun): Content | null {
  const table = run.tables.content;
  return table && computeContent(table.rows, run.range, run.weeks, run.weekOfDay);
}

/** The content section of the content table alone, over the range of its own posts (COMMUNITY_CONTENT). */
export function contentAlone(rows: ContentRows, range: DayRange | null, weekStartsOn: WeekStart): Content {
  if (range === null) return computeContent(rows, null, [], new Int32Array(0));
  return computeContent(rows, range, weeksOf(range, weekStartsOn), weekOfDays(range, weekStartsOn));
}
