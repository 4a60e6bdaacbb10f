/** Reads the three tables from 2-D arrays into valid rows and problems (metrics.md §1–§3.1). */
import type { ZoneClock } from "./calendar";
import { type ColumnMatch, matchColumns, TableError } from "./headers";
import { grown, IdTable } from "./id-table";
import { STILL_PRESENT } from "./presence";
import { cellText, describeCell } from "./text";
import type { ActivityColumns, Cell, Day, Grid, MemberColumns, Order, Problem, TableName } from "./types";
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
  /** Data rows read, blank ones too: rows of a table read after this one are numbered on from here. */
  rowsRead: number;
  /** Null when no row is valid. */
  span: DaySpan | null;
}

/** Reads one data row: keeps it and returns null, or returns why it is skipped. */
type RowReader = (cells: readonly Cell[], row: number) => RowProblem | null;

/** The first and last days of the rows kept so far. */
export class DaysSeen {
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;
  see(day: Day): void {
    if (day < this.first) this.first = day;
    if (day > this.last) this.last = day;
  }
  seeSpan(span: DaySpan | null): void {
    if (span === null) return;
    this.see(span.first);
    this.see(span.last);
  }
  /** Null when no day was seen. */
  get span(): DaySpan | null {
    return this.first <= this.last ? { first: this.first, last: this.last } : null;
  }
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

/**
 * A table reader from its row reader, which keeps valid rows itself (a list, or columns that
 * keep no object per row) and tells `days` the days each covers; `rows` gives what it kept.
 */
function tableReader<Rows>(
  name: TableName,
  makeReader: (col: (field: string) => number, days: DaysSeen) => RowReader,
  rows: () => Rows,
): TableReader<Rows> {
  let columns: ColumnMatch[] | null = null;
  let read: RowReader | null = null;
  let row = 0;
  const days = new DaysSeen();
  const problems: Problem[] = [];
  let rowCount = 0;
  return {
    add(cells) {
      row++;
      if (read === null) {
        if (isBlankRow(cells)) throw new TableError(name, "the table has no header row");
        const matched = matchColumns(name, cells);
        columns = matched;
        read = makeReader((field) => matched.find((c) => c.field === field)?.index ?? -1, days);
        return;
      }
      const problem = read(cells, row);
      // A blank row fails on its blank member_id, so only failing rows need the blank test.
      if (problem !== null && isBlankRow(cells)) return;
      rowCount++;
      if (problem !== null) {
        problem.header = columns?.find((c) => c.field === problem.column)?.header ?? "";
        problems.push(problem);
      }
    },
    finish() {
      if (columns === null) throw new TableError(name, "the table has no header row");
      return { name, columns, rows: rows(), problems, rowCount, rowsRead: row - 1, span: days.span };
    },
  };
}

/** An Int32Array column that grows as rows are kept (doubling, so in linear time). */
class IntColumn {
  private values = new Int32Array(1024);
  private length = 0;
  push(value: number): void {
    if (this.length === this.values.length) this.values = grown(this.values, this.length + 1);
    this.values[this.length++] = value;
  }
  finish(): Int32Array {
    return this.values.slice(0, this.length);
  }
}

/**
 * Activity as columns: each distinct member id once, and per row its number, day and count in
 * typed arrays. A large export then keeps no string or object per row (less to collect), and
 * the columns cross to another thread without copying.
 */
function activityColumns() {
  const ids = new IdTable();
  const [id, day, count] = [new IntColumn(), new IntColumn(), new IntColumn()];
  let length = 0;
  return {
    push(memberId: string, d: Day, n: number): void {
      id.push(ids.add(memberId));
      day.push(d);
      count.push(n);
      length++;
    },
    finish: (): ActivityColumns[] => [
      { ids: ids.keys(), id: id.finish(), day: day.finish(), count: count.finish(), length },
    ],
  };
}

/** Members as columns (see MemberColumns). */
function memberColumns() {
  const ids = new IdTable();
  const groups = new Map<string, number>();
  const [member, joined, left, group] = [new IntColumn(), new IntColumn(), new IntColumn(), new IntColumn()];
  let length = 0;
  return {
    push(memberId: string, joinedDay: Day, leftDay: Day | null, groupText: string): void {
      let g = groups.get(groupText);
      if (g === undefined) {
        g = groups.size;
        groups.set(groupText, g);
      }
      member.push(ids.add(memberId));
      joined.push(joinedDay);
      left.push(leftDay ?? STILL_PRESENT);
      group.push(g);
      length++;
    },
    finish: (): MemberColumns => ({
      ids,
      member: member.finish(),
      joined: joined.finish(),
      left: left.finish(),
      group: group.finish(),
      length,
    }),
  };
}

function readAll<Rows>(reader: TableReader<Rows>, grid: Grid): Table<Rows> {
  for (const cells of grid) reader.add(cells);
  return reader.finish();
}

/** A skipped row, with the header of its column once the table reader knows it. */
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

export function membersReader(clock: ZoneClock): TableReader<MemberColumns> {
  const kept = memberColumns();
  return tableReader(
    "members",
    (col, days) => {
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
          days.see(leftDay);
        }
        days.see(joinedDay);
        kept.push(memberId, joinedDay, leftDay, cellText(at(cells, group)));
        return null;
      };
    },
    kept.finish,
  );
}

export function activityReader(clock: ZoneClock): TableReader<ActivityColumns[]> {
  const kept = activityColumns();
  return tableReader(
    "activity",
    (col, days) => {
      const [id, when, count] = [col("member_id"), col("at"), col("count")];
      return (cells, row) => {
        const memberId = readId(cells[id]);
        if (memberId === "") return problem("activity", row, "member_id", cells[id], "member_id is blank");
        const day = readDay(cells[when], clock);
        if (day === null) return problem("activity", row, "at", cells[when], "not a date");
        const n = readCount(at(cells, count));
        if (n === null) return problem("activity", row, "count", cells[count], "not a whole number");
        days.see(day);
        kept.push(memberId, day, n);
        return null;
      };
    },
    kept.finish,
  );
}

export function ordersReader(clock: ZoneClock): TableReader<Order[]> {
  const kept: Order[] = [];
  return tableReader(
    "orders",
    (col, days) => {
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
        days.see(day);
        kept.push({
          orderId: readId(at(cells, orderId)),
          memberId,
          day,
          cents,
          status: readStatus(at(cells, status)),
        });
        return null;
      };
    },
    () => kept,
  );
}

export const readMembers = (grid: Grid, clock: ZoneClock): Table<MemberColumns> =>
  readAll(membersReader(clock), grid);
export const readActivity = (grid: Grid, clock: ZoneClock): Table<ActivityColumns[]> =>
  readAll(activityReader(clock), grid);
export const readOrders = (grid: Grid, clock: ZoneClock): Table<Order[]> =>
  readAll(ordersReader(clock), grid);

/**
 * One activity table from two parts of an export read apart (on two threads), each with the
 * header row: `second`'s rows come after `first`'s and are numbered on. The blocks stay as
 * they are, each with its own ids.
 */
export function joinActivity(
  first: Table<ActivityColumns[]>,
  second: Table<ActivityColumns[]>,
): Table<ActivityColumns[]> {
  const days = new DaysSeen();
  days.seeSpan(first.span);
  days.seeSpan(second.span);
  return {
    name: first.name,
    columns: first.columns,
    rows: [...first.rows, ...second.rows],
    problems: [...first.problems, ...second.problems.map((p) => ({ ...p, row: p.row + first.rowsRead }))],
    rowCount: first.rowCount + second.rowCount,
    rowsRead: first.rowsRead + second.rowsRead,
    span: days.span,
  };
}
