/**
 * The custom functions Sheets calls (functions.md). Each export becomes a top-level function of
 * dist/Code.js with this JSDoc, which Sheets shows as the formula's help: keep every tag.
 */
import { communityContent } from "./content";
import { asFormula } from "./errors";
import type { CellArg, SheetCell, SheetResult } from "./ranges";
import { moneyRateOf, rateOf, wowGrowthOf } from "./ratios";
import {
  communityBreakdown,
  communityChannels,
  communityDaily,
  communityFunnel,
  communityProblems,
  communityPurchases,
  communityRetention,
  communityWeekly,
} from "./tables";
import { weeklyGmvFormula } from "./weekly-gmv";

/**
 * Active members as a share of all members (活跃占比): active_members ÷ total_members.
 *
 * @param {number|Array<Array<number>>} active_members Members with activity: a value or a range.
 * @param {number|Array<Array<number>>} total_members All members: a value or a range of the same size.
 * @return {number|Array<Array<number>>} The rate as a fraction (format it as %); blank where the total is 0 or blank.
 * @example =ACTIVE_RATE(2, 4) returns 0.5
 * @customfunction
 */
export function ACTIVE_RATE(active_members: CellArg, total_members?: CellArg): SheetResult {
  return asFormula("ACTIVE_RATE", () =>
    rateOf("active_members", active_members, "total_members", total_members),
  );
}

/**
 * Converted members as a share of all members (转化率): converted_members ÷ total_members.
 *
 * @param {number|Array<Array<number>>} converted_members Members with an order: a value or a range.
 * @param {number|Array<Array<number>>} total_members All members: a value or a range of the same size.
 * @return {number|Array<Array<number>>} The rate as a fraction (format it as %); blank where the total is 0 or blank.
 * @example =CONVERSION_RATE(2, 4) returns 0.5
 * @customfunction
 */
export function CONVERSION_RATE(converted_members: CellArg, total_members?: CellArg): SheetResult {
  return asFormula("CONVERSION_RATE", () =>
    rateOf("converted_members", converted_members, "total_members", total_members),
  );
}

/**
 * Interactions as a share of views (互动率): interactions ÷ views.
 *
 * @param {number|Array<Array<number>>} interactions Likes, comments and shares of posts: a value or a range.
 * @param {number|Array<Array<number>>} views Views of the same posts: a value or a range of the same size.
 * @return {number|Array<Array<number>>} The rate as a fraction (format it as %); blank where views are 0 or blank.
 * @example =ENGAGEMENT_RATE(229, 4894) returns 0.046791990192071926
 * @customfunction
 */
export function ENGAGEMENT_RATE(interactions: CellArg, views?: CellArg): SheetResult {
  return asFormula("ENGAGEMENT_RATE", () => rateOf("interactions", interactions, "views", views));
}

/**
 * Week-on-week growth (环比增长率): (current − previous) ÷ previous; with one range, each cell over the one before.
 *
 * @param {number|Array<Array<number>>} current This week's values, or one row or column of values oldest first.
 * @param {number|Array<Array<number>>} previous Optional: last week's values, the same size as current.
 * @return {number|Array<Array<number>>} Growth as a fraction (format it as %); blank where previous is 0 or blank.
 * @example =WOW_GROWTH(1398, 298.5) returns 3.6834170854271355
 * @customfunction
 */
export function WOW_GROWTH(current: CellArg, previous?: CellArg): SheetResult {
  return asFormula("WOW_GROWTH", () => wowGrowthOf(current, previous));
}

/**
 * GMV per week (周GMV) of the valid, non-cancelled orders; duplicate order ids count once.
 *
 * @param {Array<Array<string>>} orders The orders table, header row first, e.g. Orders!A:E.
 * @param {Date|Array<Array<Date>>} week Optional: a day, or a range of days, standing for its week. Omitted: a Week | GMV table.
 * @param {Array<Array<string>>} members Optional: the members table; orders of ids not in it are left out, as in the report.
 * @param {string} week_starts_on Optional: "monday" (default) or "sunday", or "周一" / "周日".
 * @return {number|Array<Array<number>>} The GMV of each week given, or a table from the first order's week to the last's.
 * @example =WEEKLY_GMV(Orders!A:E, DATE(2024,12,10), Members!A:E) returns 1398
 * @customfunction
 */
export function WEEKLY_GMV(
  orders: CellArg,
  week?: CellArg,
  members?: CellArg,
  week_starts_on?: CellArg,
): SheetResult {
  return asFormula("WEEKLY_GMV", () =>
    weeklyGmvFormula({ orders, week, members, weekStartsOn: week_starts_on }),
  );
}

/**
 * Daily community data (每日数据): date, total, new, active, active rate, churned.
 *
 * @param {Array<Array<string>>} members The members table, header row first, e.g. Members!A:F.
 * @param {Array<Array<string>>} activity Optional: the activity table; without it the active columns are blank.
 * @param {Array<Array<string>>} orders Optional: the orders table (not shown daily, but its days extend the range).
 * @param {Date} start_date Optional: the first day to show.
 * @param {Date} end_date Optional: the last day to show.
 * @return {Array<Array<string|number|Date>>} A table with a header row and one row per day.
 * @example =COMMUNITY_DAILY(Members!A:E, Activity!A:C) returns a row 2024-12-02 | 2 | 2 | 1 | 0.5 | 0 first
 * @customfunction
 */
export function COMMUNITY_DAILY(
  members: CellArg,
  activity?: CellArg,
  orders?: CellArg,
  start_date?: CellArg,
  end_date?: CellArg,
): SheetCell[][] {
  return asFormula("COMMUNITY_DAILY", () =>
    communityDaily({ members, activity, orders, startDate: start_date, endDate: end_date }),
  );
}

/**
 * Weekly community data (每周数据): members, new, active, converted, GMV, churned and week-on-week growth.
 *
 * @param {Array<Array<string>>} members The members table, header row first, e.g. Members!A:F.
 * @param {Array<Array<string>>} activity Optional: the activity table; without it the active columns are blank.
 * @param {Array<Array<string>>} orders Optional: the orders table; without it the conversion and GMV columns are blank.
 * @param {string} week_starts_on Optional: "monday" (default) or "sunday", or "周一" / "周日".
 * @param {Date} start_date Optional: the first day to count.
 * @param {Date} end_date Optional: the last day to count.
 * @return {Array<Array<string|number|boolean|Date>>} A table with a header row and one row per week.
 * @example =COMMUNITY_WEEKLY(Members!A:E, Activity!A:C, Orders!A:E) returns a row 2024-12-02 | 2024-12-08 | TRUE | 2 | 4 | 3 | 1.5 | 2 | 1 | 298.5 | 2 | | first
 * @customfunction
 */
export function COMMUNITY_WEEKLY(
  members: CellArg,
  activity?: CellArg,
  orders?: CellArg,
  week_starts_on?: CellArg,
  start_date?: CellArg,
  end_date?: CellArg,
): SheetCell[][] {
  return asFormula("COMMUNITY_WEEKLY", () =>
    communityWeekly({
      members,
      activity,
      orders,
      weekStartsOn: week_starts_on,
      startDate: start_date,
      endDate: end_date,
    }),
  );
}

/**
 * New-member funnel (运营漏斗) per join week: joined, activated, converted and churned within window_days of joining.
 *
 * @param {Array<Array<string>>} members The members table, header row first, e.g. Members!A:F.
 * @param {Array<Array<string>>} activity Optional: the activity table; without it activated is blank.
 * @param {Array<Array<string>>} orders Optional: the orders table; without it converted is blank.
 * @param {number} window_days Optional: days after joining that count, 1 to 90 (default 7).
 * @param {string} week_starts_on Optional: "monday" (default) or "sunday", or "周一" / "周日".
 * @param {Date} start_date Optional: the first day to count.
 * @param {Date} end_date Optional: the last day to count.
 * @return {Array<Array<string|number|boolean|Date>>} A table with a header row and one row per join week.
 * @example =COMMUNITY_FUNNEL(Members!A:E, Activity!A:C, Orders!A:E) returns a row 2024-12-02 | FALSE | 7 | 4 | 3 | 2 | 2 | 0.75 | 0.5 | 0.5 first
 * @customfunction
 */
export function COMMUNITY_FUNNEL(
  members: CellArg,
  activity?: CellArg,
  orders?: CellArg,
  window_days?: CellArg,
  week_starts_on?: CellArg,
  start_date?: CellArg,
  end_date?: CellArg,
): SheetCell[][] {
  return asFormula("COMMUNITY_FUNNEL", () =>
    communityFunnel({
      members,
      activity,
      orders,
      windowDays: window_days,
      weekStartsOn: week_starts_on,
      startDate: start_date,
      endDate: end_date,
    }),
  );
}

/**
 * Rows the report skipped (数据问题) and why: table | row | column | value | problem.
 *
 * @param {Array<Array<string>>} members The members table, header row first, e.g. Members!A:F.
 * @param {Array<Array<string>>} activity Optional: the activity table.
 * @param {Array<Array<string>>} orders Optional: the orders table.
 * @param {Array<Array<string>>} spend Optional: the spend table (date, channel, spend per row).
 * @return {Array<Array<string|number>>} A header row, then one row per skipped row; the header row alone when none.
 * @example =COMMUNITY_PROBLEMS(Members!A:E, Activity!A:C, Orders!A:E) returns the header row alone (no problems)
 * @customfunction
 */
export function COMMUNITY_PROBLEMS(
  members: CellArg,
  activity?: CellArg,
  orders?: CellArg,
  spend?: CellArg,
): SheetCell[][] {
  return asFormula("COMMUNITY_PROBLEMS", () => communityProblems({ members, activity, orders, spend }));
}

/**
 * Purchases and repeat buying per week (购买与复购): orders, buyers, new and returning buyers, repeat rate (复购率), GMV per buyer (客单价) and per order (笔单价).
 *
 * @param {Array<Array<string>>} members The members table, header row first, e.g. Members!A:F.
 * @param {Array<Array<string>>} orders The orders table, header row first, e.g. Orders!A:E.
 * @param {string} week_starts_on Optional: "monday" (default) or "sunday", or "周一" / "周日".
 * @param {Date} start_date Optional: the first day to count.
 * @param {Date} end_date Optional: the last day to count.
 * @return {Array<Array<string|number|boolean|Date>>} A table with a header row and one row per week.
 * @example =COMMUNITY_PURCHASES(Members!A:E, Orders!A:E) returns a row 2024-12-09 | 2024-12-12 | FALSE | 2 | 2 | 1 | 1 | 0 | 0 | 1 | 699 | 699 second
 * @customfunction
 */
export function COMMUNITY_PURCHASES(
  members: CellArg,
  orders?: CellArg,
  week_starts_on?: CellArg,
  start_date?: CellArg,
  end_date?: CellArg,
): SheetCell[][] {
  return asFormula("COMMUNITY_PURCHASES", () =>
    communityPurchases({
      members,
      orders,
      weekStartsOn: week_starts_on,
      startDate: start_date,
      endDate: end_date,
    }),
  );
}

/**
 * Cohort retention (留存): of each join week's new members, the share active in week 0, 1, … 12 after joining.
 *
 * @param {Array<Array<string>>} members The members table, header row first, e.g. Members!A:F.
 * @param {Array<Array<string>>} activity The activity table, header row first, e.g. Activity!A:C.
 * @param {string} week_starts_on Optional: "monday" (default) or "sunday", or "周一" / "周日".
 * @param {Date} start_date Optional: the first day to count.
 * @param {Date} end_date Optional: the last day to count.
 * @return {Array<Array<string|number|Date>>} A header row (cohort week, joined, Week 0 …), then one row per join week; blank past the range.
 * @example =COMMUNITY_RETENTION(Members!A:E, Activity!A:C) returns a row 2024-12-02 | 4 | 0.75 | 0.25 first
 * @customfunction
 */
export function COMMUNITY_RETENTION(
  members: CellArg,
  activity?: CellArg,
  week_starts_on?: CellArg,
  start_date?: CellArg,
  end_date?: CellArg,
): SheetCell[][] {
  return asFormula("COMMUNITY_RETENTION", () =>
    communityRetention({
      members,
      activity,
      weekStartsOn: week_starts_on,
      startDate: start_date,
      endDate: end_date,
    }),
  );
}

/**
 * Weekly data per segment (分群对比) of a members field: the segment, then COMMUNITY_WEEKLY's columns.
 *
 * @param {Array<Array<string>>} members The members table, header row first, e.g. Members!A:F.
 * @param {string} field "group", "channel", or a header of the members table such as "城市", matched like headers.
 * @param {Array<Array<string>>} activity Optional: the activity table; without it the active columns are blank.
 * @param {Array<Array<string>>} orders Optional: the orders table; without it the conversion and GMV columns are blank.
 * @param {string} week_starts_on Optional: "monday" (default) or "sunday", or "周一" / "周日".
 * @param {Date} start_date Optional: the first day to count.
 * @param {Date} end_date Optional: the last day to count.
 * @return {Array<Array<string|number|boolean|Date>>} A table with a header row and a row per segment and week, segment by segment.
 * @example =COMMUNITY_BREAKDOWN(Members!A:E, "channel", Activity!A:C, Orders!A:E) returns a row friend | 2024-12-02 | 2024-12-08 | TRUE | 1 | 2 | 2 | 2 | 1 | 1 | 199.5 | 1 | | first
 * @customfunction
 */
export function COMMUNITY_BREAKDOWN(
  members: CellArg,
  field: CellArg,
  activity?: CellArg,
  orders?: CellArg,
  week_starts_on?: CellArg,
  start_date?: CellArg,
  end_date?: CellArg,
): SheetCell[][] {
  return asFormula("COMMUNITY_BREAKDOWN", () =>
    communityBreakdown({
      members,
      field,
      activity,
      orders,
      weekStartsOn: week_starts_on,
      startDate: start_date,
      endDate: end_date,
    }),
  );
}

/**
 * Click-through rate (点击率): clicks ÷ impressions.
 *
 * @param {number|Array<Array<number>>} clicks Clicks on the ad: a value or a range.
 * @param {number|Array<Array<number>>} impressions Times the ad was shown: a value or a range of the same size.
 * @return {number|Array<Array<number>>} The rate as a fraction (format it as %); blank where impressions are 0 or blank.
 * @example =CTR(2394, 123004) returns 0.019462781698156156
 * @customfunction
 */
export function CTR(clicks: CellArg, impressions?: CellArg): SheetResult {
  return asFormula("CTR", () => rateOf("clicks", clicks, "impressions", impressions));
}

/**
 * Cost per click (点击成本): spend ÷ clicks, rounded to the cent.
 *
 * @param {number|Array<Array<number>>} spend Money spent: a value or a range.
 * @param {number|Array<Array<number>>} clicks Clicks on the ad: a value or a range of the same size.
 * @return {number|Array<Array<number>>} Money per click, to the cent; blank where clicks are 0 or blank.
 * @example =CPC(4840.87, 2394) returns 2.02
 * @customfunction
 */
export function CPC(spend: CellArg, clicks?: CellArg): SheetResult {
  return asFormula("CPC", () => moneyRateOf("spend", spend, "clicks", clicks));
}

/**
 * Cost per thousand impressions (千次曝光成本): spend × 1000 ÷ impressions, rounded to the cent.
 *
 * @param {number|Array<Array<number>>} spend Money spent: a value or a range.
 * @param {number|Array<Array<number>>} impressions Times the ad was shown: a value or a range of the same size.
 * @return {number|Array<Array<number>>} Money per thousand impressions, to the cent; blank where impressions are 0 or blank.
 * @example =CPM(4840.87, 123004) returns 39.36
 * @customfunction
 */
export function CPM(spend: CellArg, impressions?: CellArg): SheetResult {
  return asFormula("CPM", () => moneyRateOf("spend", spend, "impressions", impressions, 1000));
}

/**
 * Cost per acquisition (获客成本): spend ÷ conversions (new members, or buyers), rounded to the cent.
 *
 * @param {number|Array<Array<number>>} spend Money spent: a value or a range.
 * @param {number|Array<Array<number>>} conversions New members (or buyers) it brought: a value or a range of the same size.
 * @return {number|Array<Array<number>>} Money per conversion, to the cent; blank where conversions are 0 or blank.
 * @example =CPA(10, 3) returns 3.33
 * @customfunction
 */
export function CPA(spend: CellArg, conversions?: CellArg): SheetResult {
  return asFormula("CPA", () => moneyRateOf("spend", spend, "conversions", conversions));
}

/**
 * Conversion rate of clicks (转化率): conversions ÷ clicks.
 *
 * @param {number|Array<Array<number>>} conversions New members (or buyers) from the clicks: a value or a range.
 * @param {number|Array<Array<number>>} clicks Clicks on the ad: a value or a range of the same size.
 * @return {number|Array<Array<number>>} The rate as a fraction (format it as %); blank where clicks are 0 or blank.
 * @example =CVR(95, 2457) returns 0.03866503866503866
 * @customfunction
 */
export function CVR(conversions: CellArg, clicks?: CellArg): SheetResult {
  return asFormula("CVR", () => rateOf("conversions", conversions, "clicks", clicks));
}

/**
 * Return on ad spend (投产比 ROI): GMV ÷ spend, GMV per unit spent, as Chinese ad platforms report ROI.
 *
 * @param {number|Array<Array<number>>} gmv GMV the spend brought: a value or a range.
 * @param {number|Array<Array<number>>} spend Money spent: a value or a range of the same size.
 * @return {number|Array<Array<number>>} A multiple (1.5 is 1.5 yuan back per yuan); blank where spend is 0 or blank.
 * @example =ROI(6868, 4426.18) returns 1.551676615049546
 * @customfunction
 */
export function ROI(gmv: CellArg, spend?: CellArg): SheetResult {
  return asFormula("ROI", () => rateOf("gmv", gmv, "spend", spend));
}

/**
 * Channel spend and ad metrics per week (渠道投放): spend, CTR, CPC, CPM beside each channel's new members, CPA, conversions and ROI.
 *
 * @param {Array<Array<string>>} members The members table, header row first, with its channel column, e.g. Members!A:F.
 * @param {Array<Array<string>>} orders The orders table, header row first; left empty, the conversion and GMV columns are blank.
 * @param {Array<Array<string>>} spend The spend table, header row first: date, channel, spend, and impressions, clicks if any.
 * @param {number} window_days Optional: days after joining in which a purchase counts, 1 to 90 (default 7).
 * @param {string} week_starts_on Optional: "monday" (default) or "sunday", or "周一" / "周日".
 * @param {Date} start_date Optional: the first day to count.
 * @param {Date} end_date Optional: the last day to count.
 * @return {Array<Array<string|number|boolean|Date>>} A table with a header row and a row per channel and week, channel by channel.
 * @example =COMMUNITY_CHANNELS(Members!A:E, Orders!A:E, Spend!A:F) returns a row poster | 2024-12-02 | 2024-12-08 | FALSE | 7 | 1000 | 30 | 100 | 0.03 | 3.33 | 100 | 2 | 0.06666666666666667 | 50 | 1 | 0.5 | 100 | 99 | 0.99 | -0.01 third, after friend's two weeks
 * @customfunction
 */
export function COMMUNITY_CHANNELS(
  members: CellArg,
  orders: CellArg,
  spend: CellArg,
  window_days?: CellArg,
  week_starts_on?: CellArg,
  start_date?: CellArg,
  end_date?: CellArg,
): SheetCell[][] {
  return asFormula("COMMUNITY_CHANNELS", () =>
    communityChannels({
      members,
      orders,
      spend,
      windowDays: window_days,
      weekStartsOn: week_starts_on,
      startDate: start_date,
      endDate: end_date,
    }),
  );
}

/**
 * Content performance per week (内容表现): posts, views, likes, comments, shares, interactions and the interaction rate.
 *
 * @param {Array<Array<string>>} content The content table, header row first, e.g. Content!A:H; a post re-exported later counts once, with its last row.
 * @param {string} week_starts_on Optional: "monday" (default) or "sunday", or "周一" / "周日".
 * @param {Date} start_date Optional: the first day to count (default: the first post's day).
 * @param {Date} end_date Optional: the last day to count (default: the last post's day).
 * @return {Array<Array<string|number|boolean|Date>>} A table with a header row and one row per week.
 * @example =COMMUNITY_CONTENT(Content!A:H) returns a row 2025-03-03 | 2025-03-09 | TRUE | 12 | 4894 | 143 | 54 | 32 | 229 | 0.046791990192071926 | 407.8333333333333 | 19.083333333333332 first
 * @customfunction
 */
export function COMMUNITY_CONTENT(
  content: CellArg,
  week_starts_on?: CellArg,
  start_date?: CellArg,
  end_date?: CellArg,
): SheetCell[][] {
  return asFormula("COMMUNITY_CONTENT", () =>
    communityContent({ content, weekStartsOn: week_starts_on, startDate: start_date, endDate: end_date }),
  );
}
