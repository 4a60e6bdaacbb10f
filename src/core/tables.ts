/** Reads the three tables from 2-D arrays into valid rows and problems (metrics.md §1–§3.1). */
import type { ZoneClock } from "./calendar";
import { type ColumnMatch, matchColumns, TableError } from "./headers";
import { cellText, describeCell } from "./text";
import type { Activity, Cell, Grid, Membership, Order, Problem, TableName } from "./types";
import { readCents, readCount, readDay, readId, readStatus } from "./values";

export interface Table<T extends object> {
  name: TableName;
  columns: ColumnMatch[];
  rows: T[];
  problems: Problem[];
  /** Data rows that were not blank: valid ones plus problems. */
  rowCount: number;
}

type RowReader<T extends object> = (cells: readonly Cell[], row: number) => T | Problem;

function isBlankRow(cells: readonly Cell[]): boolean {
  for (const cell of cells) {
    if (cell === "" || cell === null || cell === undefined) continue;
    if (cellText(cell) !== "") return false;
  }
  return true;
}

function readGrid<T extends object>(
  name: TableName,
  grid: Grid,
  makeReader: (col: (field: string) => number) => RowReader<T>,
): Table<T> {
  if (grid.length === 0 || isBlankRow(grid[0])) throw new TableError(name, "the table has no header row");
  const columns = matchColumns(name, grid[0]);
  const col = (field: string): number => columns.find((c) => c.field === field)?.index ?? -1;
  const read = makeReader(col);
  const rows: T[] = [];
  const problems: Problem[] = [];
  for (let i = 1; i < grid.length; i++) {
    const cells = grid[i];
    if (isBlankRow(cells)) continue;
    const result = read(cells, i + 1);
    if (isProblem(result)) problems.push(result);
    else rows.push(result);
  }
  return { name, columns, rows, problems, rowCount: rows.length + problems.length };
}

function isProblem(value: object): value is Problem {
  return "message" in value && "table" in value;
}

function problem(table: TableName, row: number, column: string, value: Cell, message: string): Problem {
  return { table, row, column, value: describeCell(value), message };
}

/** A cell of an optional column: a missing column reads as blank. */
function at(cells: readonly Cell[], index: number): Cell {
  return index < 0 ? "" : cells[index];
}

export function readMembers(grid: Grid, clock: ZoneClock): Table<Membership> {
  return readGrid("members", grid, (col) => {
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
  });
}

export function readActivity(grid: Grid, clock: ZoneClock): Table<Activity> {
  return readGrid("activity", grid, (col) => {
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
  });
}

export function readOrders(grid: Grid, clock: ZoneClock): Table<Order> {
  return readGrid("orders", grid, (col) => {
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
  });
}
