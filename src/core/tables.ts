/**
 * Reading a table from rows of cells into valid rows and problems (metrics.md §1–§3.1): the
 * machinery every input table's reader (core/inputs) is built on.
 */
import { type ColumnMatch, matchColumns, TableError } from "./headers";
import { grown } from "./id-table";
import type { FieldSpec } from "./inputs/input";
import { cellText, describeCell, normalizeText } from "./text";
import type { Cell, Day, Grid, Problem, TableName } from "./types";

/** The days a table covers: joins and leaves for members, the row's day for activity and orders. */
export interface DaySpan {
  first: Day;
  last: Day;
}

/** A read table. `Rows` is how its valid rows are kept (a list, or columns for activity). */
export interface Table<Rows> {
  name: TableName;
  columns: ColumnMatch[];
  /** Headers of the columns that serve no field, as written (kept or ignored, by the table). */
  otherHeaders: string[];
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
export type RowReader = (cells: readonly Cell[], row: number) => RowProblem | null;

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

const NO_HEADER = { en: "the table has no header row", zh: "该表没有表头行" };

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
  /** Reads a row's cells during the call, keeping none of the array: a parser may reuse it. */
  add(cells: readonly Cell[]): void;
  finish(): Table<Rows>;
}

/** The header row as a row reader sees it: which column serves which field, and the others. */
export interface Header {
  /** The column of a field, -1 when the table has none. */
  col(field: string): number;
  /** Each column's header as written (normalised and trimmed). */
  headers: string[];
  /** Columns that serve no field, by index. */
  others: number[];
}

/**
 * A table reader from its row reader, which keeps valid rows itself (a list, or columns that
 * keep no object per row) and tells `days` the days each covers; `rows` gives what it kept. The
 * span is read after `rows`, so a table whose later rows replace earlier ones (content's
 * re-exports) tells `days` there, of the rows that won.
 */
export function tableReader<Rows>(
  name: TableName,
  fields: readonly FieldSpec[],
  makeReader: (header: Header, days: DaysSeen) => RowReader,
  rows: () => Rows,
): TableReader<Rows> {
  let columns: ColumnMatch[] | null = null;
  let otherHeaders: string[] = [];
  let read: RowReader | null = null;
  let row = 0;
  const days = new DaysSeen();
  const problems: Problem[] = [];
  let rowCount = 0;
  return {
    add(cells) {
      row++;
      if (read === null) {
        if (isBlankRow(cells)) throw new TableError(name, NO_HEADER);
        const matched = matchColumns(name, fields, cells);
        const used = new Set(matched.map((c) => c.index));
        const headers = cells.map((cell) => normalizeText(String(cell ?? "")));
        const others = headers.flatMap((h, index) => (used.has(index) || h === "" ? [] : [index]));
        columns = matched;
        otherHeaders = others.map((index) => headers[index]);
        read = makeReader(
          { col: (field) => matched.find((c) => c.field === field)?.index ?? -1, headers, others },
          days,
        );
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
      if (columns === null) throw new TableError(name, NO_HEADER);
      return {
        name,
        columns,
        otherHeaders,
        rows: rows(),
        problems,
        rowCount,
        rowsRead: row - 1,
        span: days.span,
      };
    },
  };
}

/** An Int32Array column that grows as rows are kept (doubling, so in linear time). */
export class IntColumn {
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

export function readAll<Rows>(reader: TableReader<Rows>, grid: Grid): Table<Rows> {
  for (const cells of grid) reader.add(cells);
  return reader.finish();
}

/** A skipped row, with the header of its column once the table reader knows it. */
export class RowProblem implements Problem {
  header = "";
  constructor(
    readonly table: TableName,
    readonly row: number,
    readonly column: string,
    readonly value: string,
    readonly message: string,
  ) {}
}

export function problem(
  table: TableName,
  row: number,
  column: string,
  value: Cell,
  message: string,
): RowProblem {
  return new RowProblem(table, row, column, describeCell(value), message);
}

/** A cell of an optional column: a missing column reads as blank. */
export function at(cells: readonly Cell[], index: number): Cell {
  return index < 0 ? "" : cells[index];
}

/**
 * One table from two parts of an export read apart (on two threads), each with the header row:
 * `second`'s rows come after `first`'s and are numbered on. `join` joins their rows.
 */
export function joinTables<Rows>(
  first: Table<Rows>,
  second: Table<Rows>,
  join: (a: Rows, b: Rows) => Rows,
): Table<Rows> {
  const days = new DaysSeen();
  days.seeSpan(first.span);
  days.seeSpan(second.span);
  return {
    name: first.name,
    columns: first.columns,
    otherHeaders: first.otherHeaders,
    rows: join(first.rows, second.rows),
    problems: [...first.problems, ...second.problems.map((p) => ({ ...p, row: p.row + first.rowsRead }))],
    rowCount: first.rowCount + second.rowCount,
    rowsRead: first.rowsRead + second.rowsRead,
    span: days.span,
  };
}
