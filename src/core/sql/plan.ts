/**
 * The report's tables as SQL over the tables of `community-funnel clean` (memberships, activity,
 * orders): one query plan, written once against a Dialect, step by step as the specs define
 * them — presence periods (metrics.md §3.3), the range and its weeks (§4), daily (§5), weekly
 * (§6), the funnel with its GMV (§7, insights.md §9), purchases (§10) and retention (§11).
 * Counts and money are integers until the last step (money exact from cents); rates are
 * fractions; a rate over 0 is NULL, and so is every metric of a table that is absent.
 */

import { formatDay } from "../calendar";
import type { Day, WeekStart } from "../types";
import type { Dialect } from "./dialects";

export interface SqlOptions {
  /** The dataset (BigQuery) or schema (DuckDB) holding the cleaned tables and the results. */
  dataset: string;
  weekStartsOn: WeekStart;
  from: Day | null;
  to: Day | null;
  windowDays: number;
  /** The optional tables that were loaded: without one, its metrics are NULL (metrics.md §1). */
  activity: boolean;
  orders: boolean;
}

/** A named part of a step, with its comment. */
export interface Cte {
  name: string;
  about: string;
  sql: string;
}

/** One statement: a table for the later steps (temp) or a result in the dataset (table). */
export interface SqlStep {
  kind: "temp" | "table";
  name: string;
  about: string;
  ctes: Cte[];
  select: string;
}

/** The open end of a period, as a day no data reaches: periods are merged by their furthest end. */
const FOREVER = "DATE '9999-12-31'";
const NO_COUNT = "CAST(NULL AS INT64)";

const dayLiteral = (day: Day | null): string =>
  day === null ? "CAST(NULL AS DATE)" : `DATE '${formatDay(day)}'`;

/** The plan's steps, in the order they run. */
export function sqlPlan(d: Dialect, o: SqlOptions): SqlStep[] {
  const source = (name: string): string => `${o.dataset}.${name}`;
  const week = (day: string): string => d.weekStart(day, o.weekStartsOn);
  // Money ratios (insights.md §8 notation) in whole cents, halves up: exact, from integers.
  const centsPer = (cents: string, n: string): string =>
    `CASE WHEN ${n} = 0 THEN NULL ELSE ${d.quotient(`2 * ${cents} + ${n}`, `2 * ${n}`)} END`;
  const steps: SqlStep[] = [
    {
      kind: "temp",
      name: "report_options",
      about: `The report's options (metrics.md §4): the range's ends as given (NULL: from the data) and the funnel window (§7). Weeks start on ${o.weekStartsOn === "monday" ? "Monday" : "Sunday"}.`,
      ctes: [],
      select: `SELECT ${dayLiteral(o.from)} AS from_day, ${dayLiteral(o.to)} AS to_day, ${o.windowDays} AS window_days`,
    },
    {
      kind: "temp",
      name: "presence_periods",
      about:
        "Presence periods (metrics.md §3.3): each member's memberships that overlap or touch, merged. A member is present from start_day up to, not including, end_day (NULL: still present).",
      ctes: [
        {
          name: "reach",
          about:
            "§3.2: the cleaned table has one row per membership (repeated rows merged, staff left out as insights.md §16 says); how far the member's earlier memberships reach (an open one, for ever)",
          sql: `SELECT
  member_id,
  joined_day,
  left_day,
  MAX(COALESCE(left_day, ${FOREVER})) OVER (
    PARTITION BY member_id ORDER BY joined_day ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
  ) AS reach_before
FROM ${source("memberships")}`,
        },
        {
          name: "numbered",
          about:
            "§3.3: a membership that starts after every earlier one has ended begins the member's next period",
          sql: `SELECT
  member_id,
  joined_day,
  left_day,
  SUM(CASE WHEN reach_before IS NULL OR joined_day > reach_before THEN 1 ELSE 0 END) OVER (
    PARTITION BY member_id ORDER BY joined_day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ) AS period
FROM reach`,
        },
      ],
      select: `SELECT
  member_id,
  MIN(joined_day) AS start_day,
  NULLIF(MAX(COALESCE(left_day, ${FOREVER})), ${FOREVER}) AS end_day
FROM numbered
GROUP BY member_id, period`,
    },
  ];
  if (o.activity) {
    steps.push({
      kind: "temp",
      name: "active_member_days",
      about:
        "The days each member was active (metrics.md §3.4–§3.5, §5): the cleaned activity holds only what counts, rows of known members with a count above 0.",
      ctes: [],
      select: `SELECT DISTINCT member_id, day FROM ${source("activity")}`,
    });
  }
  const countedDays = [
    "SELECT MIN(start_day) AS first_day, MAX(start_day) AS last_day FROM presence_periods",
    "SELECT MIN(end_day), MAX(end_day) FROM presence_periods",
    ...(o.activity ? ["SELECT MIN(day), MAX(day) FROM active_member_days"] : []),
    ...(o.orders ? [`SELECT MIN(day), MAX(day) FROM ${source("orders")}`] : []),
  ];
  steps.push(
    {
      kind: "temp",
      name: "report_range",
      about:
        "The report range (metrics.md §4): the earliest to the latest day on which something counted, the given days replacing either end.",
      ctes: [
        {
          name: "counted_days",
          about:
            "§4: joins and leaves (the periods' starts and ends), activity, and counted orders (the cleaned orders hold only those, §3.6)",
          sql: countedDays.join("\nUNION ALL\n"),
        },
        {
          name: "bounds",
          about: "§4: with one end given and nothing counted, the range is that one day",
          sql: `SELECT
  COALESCE(o.from_day, MIN(c.first_day), o.to_day) AS range_from,
  COALESCE(o.to_day, MAX(c.last_day), o.from_day) AS range_to
FROM counted_days c
CROSS JOIN report_options o
GROUP BY o.from_day, o.to_day`,
        },
      ],
      select: `SELECT
  range_from,
  CASE
    WHEN range_from > range_to THEN CAST(ERROR(CONCAT('the range starts on ', CAST(range_from AS STRING), ', after its end ', CAST(range_to AS STRING))) AS DATE)
    ELSE range_to
  END AS range_to
FROM bounds`,
    },
    {
      kind: "temp",
      name: "report_days",
      about: "The days of the range (metrics.md §5): none when nothing counted and no day was given.",
      ctes: [],
      select: `SELECT day FROM report_range, ${d.daySeries("range_from", "range_to")}`,
    },
    {
      kind: "temp",
      name: "report_weeks",
      about:
        "The weeks of the range (metrics.md §4): every calendar week meeting it, named by its first day, with its days inside the range; a week the range cuts is not complete.",
      ctes: [
        {
          name: "days",
          about: "§4: each day's calendar week",
          sql: `SELECT day, ${week("day")} AS week_start FROM report_days`,
        },
        {
          name: "weeks",
          about: "§4: a week's first and last days inside the range",
          sql: "SELECT week_start, MIN(day) AS first_day, MAX(day) AS last_day FROM days GROUP BY week_start",
        },
      ],
      select: `SELECT
  week_start,
  first_day,
  last_day,
  first_day = week_start AND last_day = ${d.addDays("week_start", "6")} AS complete
FROM weeks`,
    },
    {
      kind: "table",
      name: "daily",
      about: "Daily metrics (metrics.md §5, 每日数据), one row per day of the range.",
      ctes: [
        {
          name: "joins",
          about: "§3.3: a join is a period's start (a member has at most one a day)",
          sql: "SELECT start_day AS day, COUNT(*) AS members FROM presence_periods GROUP BY start_day",
        },
        {
          name: "leaves",
          about: "§3.3: a leave is a period's end",
          sql: "SELECT end_day AS day, COUNT(*) AS members FROM presence_periods WHERE end_day IS NOT NULL GROUP BY end_day",
        },
        {
          name: "present_before",
          about:
            "§5: members present on the day before the range: joined before it, not left by its first day",
          sql: `SELECT COUNT(*) AS members
FROM presence_periods p
CROSS JOIN report_range r
WHERE p.start_day < r.range_from AND (p.end_day IS NULL OR p.end_day >= r.range_from)`,
        },
        ...(o.activity
          ? [
              {
                name: "active",
                about: "§5: distinct known members with activity on the day",
                sql: "SELECT day, COUNT(*) AS members FROM active_member_days GROUP BY day",
              },
            ]
          : []),
        {
          name: "counts",
          about:
            "§5: members present on a day are those present before the range, plus the joins and less the leaves up to it",
          sql: `SELECT
  s.day,
  CAST(b.members + SUM(COALESCE(j.members, 0) - COALESCE(l.members, 0)) OVER (
    ORDER BY s.day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
  ) AS INT64) AS total_members,
  COALESCE(j.members, 0) AS new_members,
  ${o.activity ? "COALESCE(a.members, 0)" : NO_COUNT} AS active_members,
  COALESCE(l.members, 0) AS churned_members
FROM report_days s
CROSS JOIN present_before b
LEFT JOIN joins j ON j.day = s.day
LEFT JOIN leaves l ON l.day = s.day${o.activity ? "\nLEFT JOIN active a ON a.day = s.day" : ""}`,
        },
      ],
      select: `SELECT
  day AS date,
  total_members AS totalMembers,
  new_members AS newMembers,
  active_members AS activeMembers,
  ${d.ratio("active_members", "total_members")} AS activeRate,
  churned_members AS churnedMembers
FROM counts
ORDER BY date`,
    },
  );
  const inRange = (day: string): string => `${day} BETWEEN r.range_from AND r.range_to`;
  /** Distinct members per week of the rows of `from` (a table and its alias) whose `day` is in the range. */
  const weekMembers = (from: string, day: string, more = ""): string => {
    const alias = from.split(" ").pop();
    return `SELECT ${week(day)} AS week_start, COUNT(DISTINCT ${alias}.member_id) AS members${more}
FROM ${from}
CROSS JOIN report_range r
WHERE ${inRange(day)}
GROUP BY week_start`;
  };
  steps.push({
    kind: "table",
    name: "weekly",
    about:
      "Weekly metrics (metrics.md §6, 每周数据), one row per week of the range, over its days inside the range.",
    ctes: [
      {
        name: "joins",
        about: "§6: distinct members with a join in the week",
        sql: weekMembers("presence_periods p", "p.start_day"),
      },
      {
        name: "leaves",
        about: "§6: distinct members with a leave in the week",
        sql: weekMembers("presence_periods p", "p.end_day"),
      },
      ...(o.activity
        ? [
            {
              name: "active",
              about: "§6: distinct known members with activity in the week",
              sql: weekMembers("active_member_days a", "a.day"),
            },
          ]
        : []),
      ...(o.orders
        ? [
            {
              name: "converted",
              about:
                "§6: distinct known members with a counted order in the week, and the orders' amounts in cents (GMV)",
              sql: weekMembers(`${source("orders")} x`, "x.day", ", SUM(x.amount_cents) AS cents"),
            },
          ]
        : []),
      {
        name: "counts",
        about: "§6: the week's total members are those present on its last day in the range",
        sql: `SELECT
  w.week_start,
  w.last_day,
  w.complete,
  y.totalMembers AS total_members,
  COALESCE(j.members, 0) AS new_members,
  ${o.activity ? "COALESCE(a.members, 0)" : NO_COUNT} AS active_members,
  ${o.orders ? "COALESCE(c.members, 0)" : NO_COUNT} AS converted_members,
  ${o.orders ? "CAST(COALESCE(c.cents, 0) AS INT64)" : NO_COUNT} AS gmv_cents,
  COALESCE(l.members, 0) AS churned_members
FROM report_weeks w
JOIN ${source("daily")} y ON y.date = w.last_day
LEFT JOIN joins j ON j.week_start = w.week_start
LEFT JOIN leaves l ON l.week_start = w.week_start${o.activity ? "\nLEFT JOIN active a ON a.week_start = w.week_start" : ""}${o.orders ? "\nLEFT JOIN converted c ON c.week_start = w.week_start" : ""}`,
      },
      {
        name: "previous",
        about: "§6: the previous week's values (none for the first week)",
        sql: `SELECT
  *,
  LAG(converted_members) OVER (ORDER BY week_start) AS converted_before,
  LAG(gmv_cents) OVER (ORDER BY week_start) AS gmv_cents_before
FROM counts`,
      },
    ],
    select: `SELECT
  week_start AS weekStart,
  last_day AS weekEnd,
  complete,
  total_members AS totalMembers,
  new_members AS newMembers,
  active_members AS activeMembers,
  ${d.ratio("active_members", "total_members")} AS activeRate,
  converted_members AS convertedMembers,
  ${d.ratio("converted_members", "total_members")} AS conversionRate,
  ${d.money("gmv_cents")} AS gmv,
  churned_members AS churnedMembers,
  ${d.ratio("converted_members - converted_before", "converted_before")} AS convertedWowGrowth,
  ${d.ratio("gmv_cents - gmv_cents_before", "gmv_cents_before")} AS gmvWowGrowth
FROM previous
ORDER BY weekStart`,
  });
  steps.push({
    kind: "temp",
    name: "cohort_entries",
    about:
      "The new-member cohorts (metrics.md §7): the members with a join in each week of the range, each entering on its first join of the week, followed for the window; days after the range's end do not count.",
    ctes: [
      {
        name: "entries",
        about: "§7: each member's first join of each week",
        sql: `SELECT ${week("p.start_day")} AS week_start, p.member_id, MIN(p.start_day) AS entry_day
FROM presence_periods p
CROSS JOIN report_range r
WHERE ${inRange("p.start_day")}
GROUP BY week_start, p.member_id`,
      },
    ],
    select: `SELECT
  e.week_start,
  e.member_id,
  e.entry_day,
  LEAST(${d.addDays("e.entry_day", "o.window_days - 1")}, r.range_to) AS window_end
FROM entries e
CROSS JOIN report_options o
CROSS JOIN report_range r`,
  });
  /** Cohort members with a row of `from` (a table and its alias) whose `day` is in their window. */
  const cohortMembers = (from: string, day: string): string =>
    `SELECT e.week_start, COUNT(DISTINCT e.member_id) AS members
FROM cohort_entries e
JOIN ${from} ON ${from.split(" ").pop()}.member_id = e.member_id AND ${day} BETWEEN e.entry_day AND e.window_end
GROUP BY e.week_start`;
  steps.push({
    kind: "table",
    name: "funnel",
    about:
      "The new-member funnel (metrics.md §7, 运营漏斗) with its GMV (insights.md §9), one row per cohort week.",
    ctes: [
      {
        name: "joined",
        about: "§7: the cohort's size",
        sql: "SELECT week_start, COUNT(*) AS members FROM cohort_entries GROUP BY week_start",
      },
      ...(o.activity
        ? [
            {
              name: "activated",
              about: "§7: cohort members with activity in their window",
              sql: cohortMembers("active_member_days a", "a.day"),
            },
          ]
        : []),
      ...(o.orders
        ? [
            {
              name: "window_orders",
              about: "§7, insights.md §9: each cohort member's counted orders in the window, in cents",
              sql: `SELECT e.week_start, e.member_id, SUM(x.amount_cents) AS cents
FROM cohort_entries e
JOIN ${source("orders")} x ON x.member_id = e.member_id AND x.day BETWEEN e.entry_day AND e.window_end
GROUP BY e.week_start, e.member_id`,
            },
            {
              name: "converted",
              about: "§7: cohort members with a counted order in their window, and the window GMV (§9)",
              sql: "SELECT week_start, COUNT(*) AS members, SUM(cents) AS cents FROM window_orders GROUP BY week_start",
            },
          ]
        : []),
      {
        name: "churned",
        about: "§7: cohort members with a leave in their window",
        sql: cohortMembers("presence_periods p", "p.end_day"),
      },
      {
        name: "counts",
        about: "§7: a cohort is complete when the windows of its week's last day end inside the range",
        sql: `SELECT
  w.week_start,
  ${d.addDays("w.last_day", "o.window_days - 1")} <= r.range_to AS complete,
  o.window_days,
  COALESCE(j.members, 0) AS joined,
  ${o.activity ? "COALESCE(a.members, 0)" : NO_COUNT} AS activated,
  ${o.orders ? "COALESCE(c.members, 0)" : NO_COUNT} AS converted,
  COALESCE(h.members, 0) AS churned,
  ${o.orders ? "CAST(COALESCE(c.cents, 0) AS INT64)" : NO_COUNT} AS gmv_cents
FROM report_weeks w
CROSS JOIN report_options o
CROSS JOIN report_range r
LEFT JOIN joined j ON j.week_start = w.week_start
LEFT JOIN churned h ON h.week_start = w.week_start${o.activity ? "\nLEFT JOIN activated a ON a.week_start = w.week_start" : ""}${o.orders ? "\nLEFT JOIN converted c ON c.week_start = w.week_start" : ""}`,
      },
    ],
    select: `SELECT
  week_start AS weekStart,
  complete,
  window_days AS windowDays,
  joined,
  activated,
  converted,
  churned,
  ${d.ratio("activated", "joined")} AS activationRate,
  ${d.ratio("converted", "joined")} AS conversionRate,
  ${d.ratio("churned", "joined")} AS churnRate,
  ${d.money("gmv_cents")} AS gmv
FROM counts
ORDER BY weekStart`,
  });
  if (o.orders) {
    steps.push({
      kind: "table",
      name: "purchases",
      about: "Purchases and repeat buying (insights.md §10, 购买与复购), one row per week of the range.",
      ctes: [
        {
          name: "first_orders",
          about: "§10: each buyer's first counted order, on any day (also before the range)",
          sql: `SELECT member_id, MIN(day) AS first_day FROM ${source("orders")} GROUP BY member_id`,
        },
        {
          name: "buyer_weeks",
          about: "§10: each buyer's counted orders in a week, and their cents",
          sql: `SELECT ${week("x.day")} AS week_start, x.member_id, COUNT(*) AS orders, SUM(x.amount_cents) AS cents
FROM ${source("orders")} x
CROSS JOIN report_range r
WHERE ${inRange("x.day")}
GROUP BY week_start, x.member_id`,
        },
        {
          name: "week_buyers",
          about:
            "§10: a new buyer's first order is in the week (a returning one ordered before its first day); a repeat buyer ordered twice or more in it",
          sql: `SELECT
  b.week_start,
  COUNT(*) AS buyers,
  SUM(b.orders) AS orders,
  SUM(b.cents) AS cents,
  SUM(CASE WHEN f.first_day >= w.first_day THEN 1 ELSE 0 END) AS new_buyers,
  SUM(CASE WHEN b.orders >= 2 THEN 1 ELSE 0 END) AS repeat_buyers
FROM buyer_weeks b
JOIN report_weeks w ON w.week_start = b.week_start
JOIN first_orders f ON f.member_id = b.member_id
GROUP BY b.week_start`,
        },
        {
          name: "counts",
          about: "§10: every week of the range, a week without orders as 0",
          sql: `SELECT
  w.week_start,
  w.last_day,
  w.complete,
  CAST(COALESCE(x.orders, 0) AS INT64) AS orders,
  COALESCE(x.buyers, 0) AS buyers,
  CAST(COALESCE(x.new_buyers, 0) AS INT64) AS new_buyers,
  CAST(COALESCE(x.repeat_buyers, 0) AS INT64) AS repeat_buyers,
  CAST(COALESCE(x.cents, 0) AS INT64) AS cents
FROM report_weeks w
LEFT JOIN week_buyers x ON x.week_start = w.week_start`,
        },
      ],
      select: `SELECT
  week_start AS weekStart,
  last_day AS weekEnd,
  complete,
  orders,
  buyers,
  new_buyers AS newBuyers,
  buyers - new_buyers AS returningBuyers,
  repeat_buyers AS repeatBuyers,
  ${d.ratio("repeat_buyers", "buyers")} AS repeatRate,
  ${d.ratio("orders", "buyers")} AS ordersPerBuyer,
  ${d.money(centsPer("cents", "buyers"))} AS gmvPerBuyer,
  ${d.money(centsPer("cents", "orders"))} AS gmvPerOrder
FROM counts
ORDER BY weekStart`,
    });
  }
  if (o.activity) {
    steps.push({
      kind: "table",
      name: "retention",
      about:
        "Cohort retention (insights.md §11, 留存), one row per cohort week and week after it (week 0 to 12, up to the range's last week): the JSON's lists, one element a row.",
      ctes: [
        {
          name: "joined",
          about: "§11: the cohort's size (the cohorts of metrics.md §7)",
          sql: "SELECT week_start, COUNT(*) AS members FROM cohort_entries GROUP BY week_start",
        },
        {
          name: "cohort_weeks",
          about:
            "§11: the cohort's week W and the weeks W+k after it, k up to 12; complete when W+k lies wholly inside the range",
          sql: `SELECT c.week_start, k.week_start AS active_week, ${d.quotient(d.daysBetween("c.week_start", "k.week_start"), "7")} AS week, k.complete
FROM report_weeks c
JOIN report_weeks k ON k.week_start BETWEEN c.week_start AND ${d.addDays("c.week_start", "84")}`,
        },
        {
          name: "active",
          about:
            "§11: cohort members with activity in week W+k, on days inside the range and not before their entry day",
          sql: `SELECT e.week_start, ${week("a.day")} AS active_week, COUNT(DISTINCT e.member_id) AS members
FROM cohort_entries e
JOIN active_member_days a ON a.member_id = e.member_id AND a.day >= e.entry_day
CROSS JOIN report_range r
WHERE a.day <= r.range_to
GROUP BY e.week_start, active_week`,
        },
      ],
      select: `SELECT
  c.week_start AS weekStart,
  COALESCE(j.members, 0) AS joined,
  c.week,
  COALESCE(a.members, 0) AS active,
  ${d.ratio("COALESCE(a.members, 0)", "COALESCE(j.members, 0)")} AS rate,
  c.complete
FROM cohort_weeks c
LEFT JOIN joined j ON j.week_start = c.week_start
LEFT JOIN active a ON a.week_start = c.week_start AND a.active_week = c.active_week
ORDER BY weekStart, week`,
    });
  }
  return steps;
}

const indent = (text: string, by: string): string =>
  text
    .split("\n")
    .map((line) => by + line)
    .join("\n");

/** One step as a statement, its comment first. */
export function renderStep(step: SqlStep, dataset: string): string {
  const target = step.kind === "temp" ? `TEMP TABLE ${step.name}` : `TABLE ${dataset}.${step.name}`;
  const ctes = step.ctes.map((c) => `  -- ${c.about}\n  ${c.name} AS (\n${indent(c.sql, "    ")}\n  )`);
  return [
    `-- ${step.about}`,
    `CREATE OR REPLACE ${target} AS`,
    ...(ctes.length > 0 ? [`WITH\n${ctes.join(",\n")}`] : []),
    `${step.select};`,
  ].join("\n");
}

/** The tables a plan reads and writes, for the script's opening comment. */
export function planTables(o: SqlOptions): { reads: string[]; writes: string[] } {
  return {
    reads: ["memberships", ...(o.activity ? ["activity"] : []), ...(o.orders ? ["orders"] : [])],
    writes: [
      "daily",
      "weekly",
      "funnel",
      ...(o.orders ? ["purchases"] : []),
      ...(o.activity ? ["retention"] : []),
    ],
  };
}

/** The whole script: an opening comment, then every step of the plan. */
export function sqlScript(d: Dialect, o: SqlOptions, heading: readonly string[] = []): string {
  const { reads, writes } = planTables(o);
  const list = (names: string[]): string => names.map((n) => `${o.dataset}.${n}`).join(", ");
  const head = [
    `Community Funnel's report tables in ${d.name === "bigquery" ? "BigQuery" : "DuckDB"} SQL, from the tables of \`community-funnel clean\`.`,
    ...heading,
    `Reads ${list(reads)}; writes ${list(writes)}.`,
    "§ are the sections of metrics.md (v1.1) and insights.md (v1.2). Rates are fractions, NULL over 0; money is exact, from integer cents.",
  ];
  return `${head.map((line) => `-- ${line}`).join("\n")}\n\n${sqlPlan(d, o)
    .map((step) => renderStep(step, o.dataset))
    .join("\n\n")}\n`;
}
