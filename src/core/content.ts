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

/** Running sums of a group of posts. */
interface Sums {
  posts: number;
  views: number;
  likes: number;
  comments: number;
  shares: number;
}

const noSums = (): Sums => ({ posts: 0, views: 0, likes: 0, comments: 0, shares: 0 });

function add(sums: Sums, totals: Float64Array, i: number): void {
  sums.posts++;
  sums.views += totals[4 * i];
  sums.likes += totals[4 * i + 1];
  sums.comments += totals[4 * i + 2];
  sums.shares += totals[4 * i + 3];
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

/** A post ranked for content.top, with what it is ranked by (null interactions or views as 0). */
interface Ranked {
  /** The post's index in Posts. */
  post: number;
  interactions: number;
  views: number;
  day: Day;
  row: number;
}

/** True when `a` ranks above `b`: more interactions, then more views, the earlier day, the earlier row. */
function ranksAbove(a: Ranked, b: Ranked): boolean {
  if (a.interactions !== b.interactions) return a.interactions > b.interactions;
  if (a.views !== b.views) return a.views > b.views;
  if (a.day !== b.day) return a.day < b.day;
  return a.row < b.row;
}

/** Adds a post to the top list (best first, at most TOP_POSTS long) where it belongs. */
function rank(top: Ranked[], candidate: Ranked): void {
  if (top.length === TOP_POSTS && !ranksAbove(candidate, top[TOP_POSTS - 1])) return;
  let i = top.length < TOP_POSTS ? top.length : TOP_POSTS - 1;
  while (i > 0 && ranksAbove(candidate, top[i - 1])) {
    top[i] = top[i - 1];
    i--;
  }
  top[i] = candidate;
}

function topPost(posts: Posts, { post: i }: Ranked, present: ContentRows["present"]): TopPost {
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
  const perWeek = weeks.map(noSums);
  const perType = new Map<string, Sums>();
  const top: Ranked[] = [];
  const { from, to } = range;
  const { day, type, totals, row } = posts;
  for (let i = 0; i < posts.count; i++) {
    const posted = day[i];
    if (posted < from || posted > to) continue;
    add(perWeek[weekOfDay[posted - from]], totals, i);
    let sums = perType.get(type[i]);
    if (sums === undefined) {
      sums = noSums();
      perType.set(type[i], sums);
    }
    add(sums, totals, i);
    // An absent column's totals are 0: ranked as null interactions or views are, as 0.
    const interactions = totals[4 * i + 1] + totals[4 * i + 2] + totals[4 * i + 3];
    rank(top, { post: i, interactions, views: totals[4 * i], day: posted, row: row[i] });
  }
  const byType = [...perType].map(([type, sums]) => ({ type, ...totalsOf(sums, present) }));
  byType.sort((a, b) => (b.interactions ?? 0) - (a.interactions ?? 0) || compareCodePoints(a.type, b.type));
  return {
    weekly: weeks.map((week, w) => ({
      weekStart: week.start,
      weekEnd: week.last,
      complete: week.complete,
      ...totalsOf(perWeek[w], present),
    })),
    byType,
    top: top.map((r) => topPost(posts, r, present)),
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
