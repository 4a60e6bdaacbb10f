/** Reads the three tables from 2-D arrays into valid rows and problems (metrics.md §1–§3.1). */
import type { ZoneClock } from "./calendar";
import { type ColumnMatch, matchColumns, TableError } from "./headers";
import { cellText, describeCell } from "./text";
import type {
  Activity,
  ActivityColumns,
  Cell,
  Day,
  Grid,
  Membership,
  Order,
  Problem,
  TableName,
} from "./types";
import { readCents, readCount, readDay, readId, readStatus } from "./values";

/** The days a table covers: joins and leaves for members, the row's day for activity and orders. */
export interface DaySpan {
  first: Day;
  last: Day;
}

/** A read table. `Rows` is how its valid rows are kept (a list, or columns for activity). */
export interface Table<Rows> {
  name: TableName;
  columns: ColumnMatch[];
  rows: Rows;
  problems: Problem[];
  /** Data rows that were not blank: valid ones plus problems. */
  rowCount: number;
  /** Null when no row is valid. */
  span: DaySpan | null;
}

type RowReader<T extends object> = (cells: readonly Cell[], row: number) => T | RowProblem;

/** Where valid rows go: a list, or columns that keep no object per row. */
interface RowSink<T, Rows> {
  push(row: T): void;
  finish(): Rows;
}

function isBlankRow(cells: readonly Cell[]): boolean {
  for (const cell of cells) {
    if (cell === "" || cell === null || cell === undefined) continue;
    if (cellText(cell) !== "") return false;
  }
  return true;
}

/**
 * Reads a table row by row: the first row given is the header. A reader lets the CLI stream
 * rows straight from the CSV parser, so a large export is never held as a whole grid.
 */
export interface TableReader<Rows> {
  add(cells: readonly Cell[]): void;
  finish(): Table<Rows>;
}

function tableReader<T extends object, Rows>(
  name: TableName,
  makeReader: (col: (field: string) => number) => RowReader<T>,
  sink: RowSink<T, Rows>,
  daysOf: (row: T) => [Day, Day],
): TableReader<Rows> {
  let columns: ColumnMatch[] | null = null;
  let read: RowReader<T> | null = null;
  let row = 0;
  let valid = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const problems: Problem[] = [];
  return {
    add(cells) {
      row++;
      if (read === null) {
        if (isBlankRow(cells)) throw new TableError(name, "the table has no header row");
        const matched = matchColumns(name, cells);
        columns = matched;
        read = makeReader((field) => matched.find((c) => c.field === field)?.index ?? -1);
        return;
      }
      if (isBlankRow(cells)) return;
      const result = read(cells, row);
      if (result instanceof RowProblem) {
        result.header = columns?.find((c) => c.field === result.column)?.header ?? "";
        problems.push(result);
        return;
      }
      const [from, to] = daysOf(result);
      if (from < first) first = from;
      if (to > last) last = to;
      valid++;
      sink.push(result);
    },
    finish() {
      if (columns === null) throw new TableError(name, "the table has no header row");
      const span = valid > 0 ? { first, last } : null;
      return { name, columns, rows: sink.finish(), problems, rowCount: valid + problems.length, span };
    },
  };
}

function listSink<T>(): RowSink<T, T[]> {
  const rows: T[] = [];
  return { push: (row) => rows.push(row), finish: () => rows };
}

/**
 * Activity as columns: each distinct member id once, and per row its index, day and count in
 * typed arrays. A large export then keeps no string or object per row (less to collect), and
 * the columns cross to another thread without copying.
 */
function activitySink(): RowSink<Activity, ActivityColumns> {
  const idIndex = new Map<string, number>();
  const ids: string[] = [];
  let id: Int32Array = new Int32Array(1024);
  let day: Int32Array = new Int32Array(1024);
  let count: Int32Array = new Int32Array(1024);
  let length = 0;
  const grow = (a: Int32Array): Int32Array => {
    const bigger = new Int32Array(a.length * 2);
    bigger.set(a);
    return bigger;
  };
  return {
    push(row) {
      if (length === id.length) [id, day, count] = [grow(id), grow(day), grow(count)];
      let i = idIndex.get(row.memberId);
      if (i === undefined) {
        i = ids.length;
        idIndex.set(row.memberId, i);
        ids.push(row.memberId);
      }
      id[length] = i;
      day[length] = row.day;
      count[length] = row.count;
      length++;
    },
    finish: () => ({
      ids,
      id: id.slice(0, length),
      day: day.slice(0, length),
      count: count.slice(0, length),
      length,
    }),
  };
}

function readAll<Rows>(reader: TableReader<Rows>, grid: Grid): Table<Rows> {
  for (const cells of grid) reader.add(cells);
  return reader.finish();
}

/** A skipped row; a class so that telling it from a valid row is one cheap instanceof per row. */
class RowProblem implements Problem {
  header = "";
  constructor(
    readonly table: TableName,
    readonly row: number,
    readonly column: string,
    readonly value: string,
    readonly message: string,
  ) {}
}

function problem(table: TableName, row: number, column: string, value: Cell, message: string): RowProblem {
  return new RowProblem(table, row, column, describeCell(value), message);
}

/** A cell of an optional column: a missing column reads as blank. */
function at(cells: readonly Cell[], index: number): Cell {
  return index < 0 ? "" : cells[index];
}

export function membersReader(clock: ZoneClock): TableReader<Membership[]> {
  return tableReader<Membership, Membership[]>(
    "members",
    (col) => {
      const [id, joined, left, group] = [col("member_id"), col("joined_at"), col("left_at"), col("group")];
      return (cells, row) => {
        const memberId = readId(cells[id]);
        if (memberId === "") return problem("members", row, "member_id", cells[id], "member_id is blank");
        const joinedDay = readDay(cells[joined], clock);
        if (joinedDay === null) return problem("members", row, "joined_at", cells[joined], "not a date");
        const leftCell = at(cells, left);
        let leftDay: number | null = null;
        if (cellText(leftCell) !== "") {
          leftDay = readDay(leftCell, clock);
          if (leftDay === null || leftDay < joinedDay) {
            return problem("members", row, "left_at", leftCell, "not a date, or before joined_at");
          }
        }
        return { memberId, joined: joinedDay, left: leftDay, group: cellText(at(cells, group)), row };
      };
    },
    listSink(),
    (m) => [m.joined, m.left ?? m.joined],
  );
}

export function activityReader(clock: ZoneClock): TableReader<ActivityColumns> {
  return tableReader<Activity, ActivityColumns>(
    "activity",
    (col) => {
      const [id, when, count] = [col("member_id"), col("at"), col("count")];
      return (cells, row) => {
        const memberId = readId(cells[id]);
        if (memberId === "") return problem("activity", row, "member_id", cells[id], "member_id is blank");
        const day = readDay(cells[when], clock);
        if (day === null) return problem("activity", row, "at", cells[when], "not a date");
        const n = readCount(at(cells, count));
        if (n === null) return problem("activity", row, "count", cells[count], "not a whole number");
        return { memberId, day, count: n };
      };
    },
    activitySink(),
    (a) => [a.day, a.day],
  );
}

export function ordersReader(clock: ZoneClock): TableReader<Order[]> {
  return tableReader<Order, Order[]>(
    "orders",
    (col) => {
      const [orderId, id, paid, amount, status] = [
        col("order_id"),
        col("member_id"),
        col("paid_at"),
        col("amount"),
        col("status"),
      ];
      return (cells, row) => {
        const memberId = readId(cells[id]);
        if (memberId === "") return problem("orders", row, "member_id", cells[id], "member_id is blank");
        const day = readDay(cells[paid], clock);
        if (day === null) return problem("orders", row, "paid_at", cells[paid], "not a date");
        const cents = readCents(cells[amount]);
        if (cents === null) return problem("orders", row, "amount", cells[amount], "not an amount");
        return {
          orderId: readId(at(cells, orderId)),
          memberId,
          day,
          cents,
          status: readStatus(at(cells, status)),
        };
      };
    },
    listSink(),
    (o) => [o.day, o.day],
  );
}

export const readMembers = (grid: Grid, clock: ZoneClock): Table<Membership[]> =>
  readAll(membersReader(clock), grid);
export const readActivity = (grid: Grid, clock: ZoneClock): Table<ActivityColumns> =>
  readAll(activityReader(clock), grid);
export const readOrders = (grid: Grid, clock: ZoneClock): Table<Order[]> =>
  readAll(ordersReader(clock), grid);

/**
 * One activity table from two read apart (splitAtRow): `second`'s rows come after
 * `first`'s, its row numbers shifted by `rowOffset`, its member ids renumbered into `first`'s.
 */
export function joinActivity(
  first: Table<ActivityColumns>,
  second: Table<ActivityColumns>,
  rowOffset: number,
): Table<ActivityColumns> {
  const a = first.rows;
  const b = second.rows;
  const ids = [...a.ids];
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const renumber = b.ids.map((id) => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = ids.length;
      indexOf.set(id, i);
      ids.push(id);
    }
    return i;
  });
  const join = (x: Int32Array, y: Int32Array, map?: (v: number) => number): Int32Array => {
    const out = new Int32Array(x.length + y.length);
    out.set(x);
    if (map) for (let i = 0; i < y.length; i++) out[x.length + i] = map(y[i]);
    else out.set(y, x.length);
    return out;
  };
  const spans = [first.span, second.span].filter((s): s is DaySpan => s !== null);
  return {
    name: first.name,
    columns: first.columns,
    rows: {
      ids,
      id: join(a.id, b.id, (v) => renumber[v]),
      day: join(a.day, b.day),
      count: join(a.count, b.count),
      length: a.length + b.length,
    },
    problems: [...first.problems, ...second.problems.map((p) => ({ ...p, row: p.row + rowOffset }))],
    rowCount: first.rowCount + second.rowCount,
    span: spans.length
      ? { first: Math.min(...spans.map((s) => s.first)), last: Math.max(...spans.map((s) => s.last)) }
      : null,
  };
}
