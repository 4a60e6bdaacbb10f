/**
 * The input catalogue: every table the product reads, in the order the problems list them
 * (insights.md §17). A new table is one entry here plus its own file; every door follows from it.
 */
import type { Lang } from "../../shared/lang";
import type { ZoneClock } from "../calendar";
import { readAll, type Table } from "../tables";
import type { Grid } from "../types";
import { ACTIVITY } from "./activity";
import { CONTENT } from "./content";
import type { InputTable } from "./input";
import { MEMBERS } from "./members";
import { ORDERS } from "./orders";
import { SPEND } from "./spend";

export const INPUT_TABLES = [MEMBERS, ACTIVITY, ORDERS, SPEND, CONTENT] as const;

type Entry = (typeof INPUT_TABLES)[number];

export type TableName = Entry["name"];

/** The optional tables: everything but the members. */
export type OptionalTableName = Exclude<TableName, "members">;

/** How a table's valid rows are kept, by its name. */
export type RowsOf<N extends TableName> =
  Extract<Entry, { name: N }> extends InputTable<N, infer R> ? R : never;

/** The tables as read: the members always, the others when given. */
export type ReadTables = { members: Table<RowsOf<"members">> } & {
  [N in OptionalTableName]: Table<RowsOf<N>> | null;
};

/** The tables as grids, header row first: the members always, the others when given. */
export type TableGrids = { members: Grid } & { [N in OptionalTableName]?: Grid | null };

export const TABLE_NAMES: readonly TableName[] = INPUT_TABLES.map((t) => t.name);

export function inputTable(name: TableName): InputTable<TableName> {
  return INPUT_TABLES.find((t) => t.name === name)!;
}

/** Reads one table from a grid, header row first; throws a TableError when it cannot be read. */
export function readTable<N extends TableName>(name: N, grid: Grid, clock: ZoneClock): Table<RowsOf<N>> {
  return readAll(inputTable(name).reader(clock), grid) as Table<RowsOf<N>>;
}

/** A table's name for people: Members / 成员. */
export function tableLabel(name: TableName, lang: Lang): string {
  return inputTable(name).label[lang];
}

/** Tables in the order a header row is tried as (see InputTable.detectionOrder). */
export const DETECTION_ORDER: readonly TableName[] = [...INPUT_TABLES]
  .sort((a, b) => a.detectionOrder - b.detectionOrder)
  .map((t) => t.name);

/**
 * A skipped row's reason in a language: the JSON and English keep the reader's words; Chinese
 * sheets and tables show the table's own translation.
 */
export function problemMessage(table: TableName, message: string, lang: Lang): string {
  return lang === "zh" ? (inputTable(table).problems[message] ?? message) : message;
}
