/**
 * The cleaned, typed tables of a run (community-funnel clean): the memberships, activity and
 * orders exactly as the engine counts them, for a warehouse to load and count again (core/sql).
 * They are read out of the run, not cleaned anew: one membership per row after metrics.md §3.2,
 * only the activity and orders that count (§3.4–§3.6: known members, count > 0, first of their
 * order id, not cancelled), staff left out (insights.md §16), days in the report's zone. The
 * problems and excluded totals are the report's own.
 */
import { STILL_PRESENT } from "./presence";
import type { ReportRun } from "./report";
import { EXCLUDED_LABELS, PROBLEMS } from "./sections/problems";
import { cellText } from "./text";
import type { Cell, Problem } from "./types";

/**
 * How a column is typed: text, a day (Day number), a whole number, integer cents (which can
 * pass 2³¹), or a number with decimals (the excluded amounts, in yuan as the report gives them).
 */
export type CleanedKind = "text" | "day" | "int" | "cents" | "number";

export interface CleanedColumn {
  name: string;
  kind: CleanedKind;
  /** Row i's value; null for an empty one. With a dictionary, the value's number in it. */
  values: ArrayLike<string | number | null>;
  /**
   * The texts of a column of member ids: row i is dictionary[values[i]]. The run numbers its
   * members already, so millions of activity rows name their member without a string each.
   */
  dictionary?: readonly string[];
}

export interface CleanedTable {
  name: "memberships" | "activity" | "orders" | "problems" | "excluded";
  length: number;
  columns: CleanedColumn[];
}

/** The columns of the memberships that every warehouse query can count on, first. */
const MEMBERSHIP_COLUMNS = ["member_id", "joined_day", "left_day", "group", "channel"];

/**
 * A column name a warehouse takes for an operator's header: letters (any script), digits and
 * `_`, the rest as `_`; not starting with a digit; unique, case ignored (BigQuery ignores it).
 * @example columnName("会员 等级", new Set()) //=> "会员_等级"
 */
export function columnName(header: string, taken: Set<string>): string {
  let name = header
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}_]+/gu, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 250);
  if (name === "") name = "column";
  if (/^\p{N}/u.test(name)) name = `_${name}`;
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name}_${n}`;
  taken.add(unique.toLowerCase());
  return unique;
}

/** A kept cell as §2 text; null when blank. */
const textOf = (cell: Cell): string | null => cellText(cell) || null;

function membershipsTable({ tables, presence }: ReportRun, ids: readonly string[]): CleanedTable {
  const rows = tables.members.rows;
  // The memberships of §3.2 without staff's, in the export's row order.
  const { row, end } = presence.memberships;
  const order = Array.from(row.keys()).sort((a, b) => row[a] - row[b]);
  const kept = order.map((k) => row[k]);
  // A repeated row (§3.2) merged into its membership: the membership keeps its first row's text.
  const cells = (column: Cell[] | undefined): (string | null)[] =>
    kept.map((i) => (column ? textOf(column[i]) : null));
  const field = (name: string) => rows.kept.find((c) => c.field === name)?.cells;
  const taken = new Set(MEMBERSHIP_COLUMNS);
  const others = rows.kept
    .filter((c) => c.field !== "group" && c.field !== "channel")
    .map((c) => ({
      name: columnName(c.field ?? c.header, taken),
      kind: "text" as const,
      values: cells(c.cells),
    }));
  return {
    name: "memberships",
    length: kept.length,
    columns: [
      { name: "member_id", kind: "text", values: kept.map((i) => rows.member[i]), dictionary: ids },
      { name: "joined_day", kind: "day", values: Int32Array.from(kept, (i) => rows.joined[i]) },
      {
        name: "left_day",
        kind: "day",
        values: order.map((k) => (end[k] === STILL_PRESENT ? null : end[k])),
      },
      { name: "group", kind: "text", values: cells(field("group")) },
      { name: "channel", kind: "text", values: cells(field("channel")) },
      ...others,
    ],
  };
}

function activityTable({ events }: ReportRun, ids: readonly string[]): CleanedTable | null {
  const activity = events.activity;
  if (!activity) return null;
  const { member, length } = activity;
  return {
    name: "activity",
    length,
    columns: [
      { name: "member_id", kind: "text", values: member.subarray(0, length), dictionary: ids },
      { name: "day", kind: "day", values: activity.day.subarray(0, length) },
      { name: "count", kind: "int", values: activity.count.subarray(0, length) },
    ],
  };
}

function ordersTable({ events, tables }: ReportRun, ids: readonly string[]): CleanedTable | null {
  const orders = events.orders;
  const rows = tables.orders?.rows;
  if (!orders || !rows) return null;
  const counted = Array.from(orders.row.subarray(0, orders.length), (r) => rows[r]);
  return {
    name: "orders",
    length: orders.length,
    columns: [
      { name: "order_id", kind: "text", values: counted.map((o) => o.orderId || null) },
      {
        name: "member_id",
        kind: "text",
        values: Array.from(orders.member.subarray(0, orders.length), (m) => ids[m]),
      },
      { name: "day", kind: "day", values: orders.day.subarray(0, orders.length) },
      { name: "amount_cents", kind: "cents", values: orders.cents.subarray(0, orders.length) },
      { name: "status_kind", kind: "text", values: counted.map((o) => o.status) },
    ],
  };
}

/** The problems and the excluded totals as the JSON report gives them (metrics.md §8). */
function reportedTables(run: ReportRun): CleanedTable[] {
  const json = PROBLEMS.json(run.base.problems, run.base) as {
    excluded: Record<string, number>;
    problems: Omit<Problem, "header">[];
  };
  const problems = json.problems;
  const text = (key: "table" | "column" | "value" | "message") => problems.map((p) => p[key]);
  return [
    {
      name: "problems",
      length: problems.length,
      columns: [
        { name: "table", kind: "text", values: text("table") },
        { name: "row", kind: "int", values: problems.map((p) => p.row) },
        { name: "column", kind: "text", values: text("column") },
        { name: "value", kind: "text", values: text("value") },
        { name: "message", kind: "text", values: text("message") },
      ],
    },
    {
      name: "excluded",
      length: 1,
      columns: EXCLUDED_LABELS.map((x) => ({
        name: x.json,
        kind: x.kind === "money" ? "number" : "int",
        values: [json.excluded[x.json]],
      })),
    },
  ];
}

/** Every cleaned table of a run: memberships, activity and orders (those given), problems, excluded. */
export function cleanedTables(run: ReportRun): CleanedTable[] {
  const members = run.presence.members;
  const ids = Array.from({ length: members.size }, (_, m) => members.idAt(m));
  return [
    membershipsTable(run, ids),
    activityTable(run, ids),
    ordersTable(run, ids),
    ...reportedTables(run),
  ].filter((t): t is CleanedTable => t !== null);
}
