/**
 * The cells each of a report sheet's charts reads.
 *
 * Order: a chart reads one range whose columns are its domain and then its series, in order.
 * Apps Script's EmbeddedChartBuilder.addRange only "adds a range", and MERGE_COLUMNS (the default)
 * "merges the columns of multiple ranges": nothing promises the series keep the order the ranges
 * were added in, so the series options (bars, line, axis by index) could land on the wrong column.
 * Columns of a table that are adjacent and in order are read as one range; any others are copied
 * into a small data block of the chart's own in the side column (docs/decisions.md).
 */
import type { ZoneClock } from "../core/calendar";
import type { LayoutTable } from "../core/layout";
import type { Labels, Lang } from "../shared/lang";
import type { RangeBox } from "./charts";
import { tableBlock } from "./report-blocks";
import { type Block, TEXT_FORMAT } from "./writing";

const DATA_TITLE: Labels = { en: "Chart data", zh: "图表数据" };

/** Whether a table's columns (0-based) are adjacent and in order: one range reads them as they are. */
export function adjacentInOrder(columns: readonly number[]): boolean {
  return columns.every((c, i) => i === 0 || c === columns[i - 1] + 1);
}

/**
 * A chart's own copy of the columns it plots, for columns of its table that are not adjacent and
 * in order: a title row, then the columns' headers and their first `rows` rows.
 */
export function chartDataBlock(
  at: { row: number; column: number },
  chartTitle: string,
  table: LayoutTable,
  columns: readonly number[],
  rows: number,
  clock: ZoneClock,
  lang: Lang,
): Block {
  const data = tableBlock(
    { row: at.row + 1, column: at.column },
    {
      headers: columns.map((c) => table.headers[c]),
      kinds: columns.map((c) => table.kinds[c]),
      rows: table.rows.slice(0, rows).map((r) => columns.map((c) => r[c] ?? null)),
    },
    clock,
    lang,
  );
  const blanks = columns.slice(1).map(() => "");
  return {
    ...data,
    row: at.row,
    values: [[`${DATA_TITLE[lang]} · ${chartTitle}`, ...blanks], ...data.values],
    formats: [columns.map(() => TEXT_FORMAT), ...data.formats],
    boldRows: 2,
  };
}

/** The range of a data block's columns, header included, without its title row. */
export function dataRange(block: Block): RangeBox {
  return {
    row: block.row + 1,
    column: block.column,
    numRows: block.values.length - 1,
    numColumns: block.values[0].length,
  };
}
