/**
 * Content (内容表现, insights.md §15): each week's posts and interactions, the same per post type,
 * and the top posts of the range, with interactions per week and the interaction rate charted.
 */
import {
  type Content,
  type ContentTotals,
  type ContentTypeRow,
  type ContentWeekRow,
  contentOf,
  type TopPost,
} from "../content";
import { BLANK_TEXT, type Column, column } from "../layout";
import { multiTableSection } from "./multi-table";
import { PARTIAL_WEEKS } from "./weekly";

/** The columns every weekly and by-type row has, from `posts` on. */
function totalColumns<R extends ContentTotals>(): Column<R>[] {
  return [
    column<R>("posts", "Posts", "发布数", "int"),
    column<R>("views", "Views", "阅读量", "int"),
    column<R>("likes", "Likes", "点赞数", "int"),
    column<R>("comments", "Comments", "评论数", "int"),
    column<R>("shares", "Shares", "转发数", "int"),
    column<R>("interactions", "Interactions", "互动量", "int"),
    column<R>("interactionRate", "Interaction rate", "互动率", "rate"),
    column<R>("viewsPerPost", "Views per post", "篇均阅读", "number"),
    column<R>("interactionsPerPost", "Interactions per post", "篇均互动", "number"),
  ];
}

export const CONTENT_WEEKLY_COLUMNS: readonly Column<ContentWeekRow>[] = [
  column("weekStart", "Week start", "周开始", "day"),
  column("weekEnd", "Week end", "周结束", "day"),
  column("complete", "Complete week", "完整周", "bool"),
  ...totalColumns<ContentWeekRow>(),
];

const TOP_COLUMNS: readonly Column<TopPost>[] = [
  column("postId", "Post ID", "内容ID", "text"),
  column("postedAt", "Posted", "发布日期", "day"),
  { ...column<TopPost>("type", "Type", "类型", "text"), blank: BLANK_TEXT },
  column("title", "Title", "标题", "text"),
  column("views", "Views", "阅读量", "int"),
  column("likes", "Likes", "点赞数", "int"),
  column("comments", "Comments", "评论数", "int"),
  column("shares", "Shares", "转发数", "int"),
  column("interactions", "Interactions", "互动量", "int"),
  column("interactionRate", "Interaction rate", "互动率", "rate"),
  column("row", "Row", "行", "int"),
];

export const CONTENT = multiTableSection<"content", Content>({
  id: "content",
  title: { en: "Content performance", zh: "内容表现" },
  parts: {
    weekly: {
      id: "contentWeekly",
      title: { en: "Content per week", zh: "每周内容表现" },
      columns: CONTENT_WEEKLY_COLUMNS,
    },
    byType: {
      id: "contentByType",
      title: { en: "Content by type", zh: "各类型内容表现" },
      columns: [
        { ...column<ContentTypeRow>("type", "Type", "类型", "text"), blank: BLANK_TEXT },
        ...totalColumns<ContentTypeRow>(),
      ],
    },
    top: {
      id: "contentTop",
      title: { en: "Top posts", zh: "互动最多的内容" },
      columns: TOP_COLUMNS,
    },
  },
  compute: contentOf,
  sheet: {
    main: ["contentWeekly", "contentByType", "contentTop"],
    titled: true,
    sideFrom: "top",
    side: [
      { kind: "provenance" },
      { kind: "note", note: PARTIAL_WEEKS },
      {
        kind: "chart",
        chart: {
          type: "combo",
          title: { en: "Interactions per week and interaction rate", zh: "每周互动量与互动率" },
          source: {
            table: "contentWeekly",
            keys: ["weekStart", "interactions", "interactionRate"],
            finalOnly: true,
          },
          series: [
            { as: "bars", axis: 0 },
            { as: "line", axis: 1 },
          ],
          axes: ["count", "rate"],
        },
      },
    ],
  },
});
