/**
 * The four report sheets of report.md as plans: blocks of cells, frozen rows, column widths and
 * charts. Pure: the writer turns a plan into a fixed number of Spreadsheet calls.
 *
 * Each sheet has its table at the left with a frozen, bold header row; to its right, one empty
 * column away, the provenance block and then the charts (with the small blocks they read).
 */
import { formatDay, type ZoneClock } from "../core/calendar";
import {
  type Column,
  type ColumnKind,
  DAILY_COLUMNS,
  EXCLUDED_LABELS,
  excludedRows,
  FUNNEL_COLUMNS,
  type Lang,
  type LayoutTable,
  reportTables,
  TABLE_TITLES,
  WEEKLY_COLUMNS,
} from "../core/layout";
import type { Report } from "../core/types";
import {
  CHART_ROWS,
  type ChartSpec,
  countAndRateChart,
  funnelChart,
  gmvChart,
  type RangeBox,
  rateChart,
} from "./charts";
import { headlineBlock, latestComplete } from "./headline";
import { messages } from "./messages";
import type { ReportKind } from "./ownership";
import { type Provenance, provenanceRows } from "./provenance";
import { KIND_FORMATS, tableBlock, textBlock } from "./report-blocks";
import { type Block, blockBottom, TEXT_FORMAT } from "./writing";

export interface SheetPlan {
  kind: ReportKind;
  /** The sheet's name when no other sheet holds it. */
  title: string;
  blocks: Block[];
  frozenRows: number;
  /** Pixel widths of columns 1…n. */
  widths: number[];
  charts: ChartSpec[];
  /** The sheet's height in rows. */
  rows: number;
}

/** Rows of the headline above the weekly table, and the empty row under it. */
const HEADLINE_ROWS = 3;
const GAP_WIDTH = 24;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 320;
const MIN_WIDTH: Record<ColumnKind, number> = {
  day: 96,
  int: 72,
  number: 72,
  rate: 80,
  money: 100,
  bool: 72,
  text: 120,
};

/** A column wide enough for its header (CJK characters are about twice as wide), within bounds. */
function columnWidth(header: string, kind: ColumnKind): number {
  let px = 16;
  for (const ch of header) px += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 13 : 7;
  return Math.min(220, Math.max(MIN_WIDTH[kind], px));
}

function tableOf(tables: LayoutTable[], id: LayoutTable["id"]): LayoutTable {
  return tables.find((t) => t.id === id)!;
}

/** The range of one column of a table block, header included, over its first `rows` data rows. */
function columnRange<R>(
  block: Block,
  columns: readonly Column<R>[],
  key: string,
  rows = block.values.length - 1,
): RangeBox {
  const index = columns.findIndex((c) => c.key === key);
  return { row: block.row, column: block.column + index, numRows: rows + 1, numColumns: 1 };
}

/**
 * The weeks the weekly charts plot: up to the last complete week. A week cut short by the end
 * of the data (often the current one) would show as a collapse of every rate; the table still
 * lists it.
 */
function chartedWeeks(report: Report): number {
  for (let i = report.weekly.length - 1; i >= 0; i--) if (report.weekly[i].complete) return i + 1;
  return report.weekly.length;
}

interface Side {
  column: number;
  blocks: Block[];
  charts: ChartSpec[];
  /** The next free row of the side column. */
  next: number;
}

/** Starts the side area right of a table: the provenance block on top. */
function sideOf(
  table: LayoutTable,
  provenance: Provenance,
  lang: Lang,
  clock: ZoneClock,
  row = 1,
  blocks: Block[] = [],
): Side {
  const column = table.headers.length + 2;
  const about = textBlock({ row, column }, provenanceRows(provenance, lang, clock));
  return { column, blocks: [...blocks, about], charts: [], next: blockBottom(about) + 2 };
}

function addChart(side: Side, make: (anchor: ChartSpec["anchor"]) => ChartSpec): void {
  side.charts.push(make({ row: side.next, column: side.column }));
  side.next += CHART_ROWS;
}

function addBlock(side: Side, make: (at: { row: number; column: number }) => Block): Block {
  const block = make({ row: side.next, column: side.column });
  side.blocks.push(block);
  side.next = blockBottom(block) + 2;
  return block;
}

function plan(
  kind: ReportKind,
  lang: Lang,
  table: LayoutTable,
  main: Block[],
  frozenRows: number,
  side: Side,
  labels: readonly string[] = [],
): SheetPlan {
  const blocks = [...main, ...side.blocks];
  // Wide enough for the table's header and for any label above it (the weekly headline's).
  const widths = table.headers.map((h, i) =>
    Math.max(columnWidth(h, table.kinds[i]), labels[i] ? columnWidth(labels[i], "text") : 0),
  );
  widths.push(GAP_WIDTH, LABEL_WIDTH, VALUE_WIDTH);
  const bottom = Math.max(side.next, ...blocks.map(blockBottom));
  // One spare row: Sheets will not freeze every row of a sheet.
  return {
    kind,
    title: TABLE_TITLES[kind][lang],
    blocks,
    frozenRows,
    widths,
    charts: side.charts,
    rows: bottom + 1,
  };
}

function weeklySheet(
  report: Report,
  tables: LayoutTable[],
  provenance: Provenance,
  lang: Lang,
  clock: ZoneClock,
): SheetPlan {
  const t = messages(lang);
  const weekly = tableOf(tables, "weekly");
  const headline = headlineBlock(report, { row: 1, column: 1 }, lang, clock);
  const headerRow = HEADLINE_ROWS + 2;
  const block = tableBlock({ row: headerRow, column: 1 }, weekly, clock);
  // Below the frozen rows, so that scrolling does not cut the block in two.
  const side = sideOf(weekly, provenance, lang, clock, headerRow + 1);
  const col = (key: string): RangeBox => columnRange(block, WEEKLY_COLUMNS, key, chartedWeeks(report));
  addChart(side, (at) => gmvChart(t.chartGmv, [col("weekStart"), col("gmv"), col("conversionRate")], at));
  addChart(side, (at) => rateChart(t.chartActiveRate, [col("weekStart"), col("activeRate")], at));
  return plan("weekly", lang, weekly, [headline, block], headerRow, side, headline.values[1] as string[]);
}

function dailySheet(tables: LayoutTable[], provenance: Provenance, lang: Lang, clock: ZoneClock): SheetPlan {
  const t = messages(lang);
  const daily = tableOf(tables, "daily");
  const block = tableBlock({ row: 1, column: 1 }, daily, clock);
  const side = sideOf(daily, provenance, lang, clock);
  const col = (key: string): RangeBox => columnRange(block, DAILY_COLUMNS, key);
  addChart(side, (at) =>
    countAndRateChart(t.chartDaily, [col("date"), col("totalMembers"), col("activeRate")], at),
  );
  return plan("daily", lang, daily, [block], 1, side);
}

/** Joined, activated and converted of the latest complete cohort: the cells the funnel chart reads. */
function cohortBlock(report: Report, at: { row: number; column: number }, lang: Lang): Block {
  const t = messages(lang);
  const cohort = latestComplete(report.funnel);
  const stages = ["joined", "activated", "converted"].map(
    (key) => FUNNEL_COLUMNS.find((c) => c.key === key)!,
  );
  return {
    ...at,
    values: [
      [t.stage, cohort ? t.latestCohort(formatDay(cohort.weekStart)) : t.noCompleteCohort],
      ...stages.map((c) => [c[lang], cohort ? (c.get(cohort) ?? "") : ""]),
    ],
    formats: [[TEXT_FORMAT, TEXT_FORMAT], ...stages.map(() => [TEXT_FORMAT, KIND_FORMATS.int])],
    boldRows: 1,
  };
}

function funnelSheet(
  report: Report,
  tables: LayoutTable[],
  provenance: Provenance,
  lang: Lang,
  clock: ZoneClock,
): SheetPlan {
  const t = messages(lang);
  const funnel = tableOf(tables, "funnel");
  const block = tableBlock({ row: 1, column: 1 }, funnel, clock);
  const side = sideOf(funnel, provenance, lang, clock);
  const cohort = addBlock(side, (at) => cohortBlock(report, at, lang));
  const source: RangeBox = {
    row: cohort.row,
    column: cohort.column,
    numRows: cohort.values.length,
    numColumns: 2,
  };
  addChart(side, (at) => funnelChart(t.chartFunnel, source, at));
  return plan("funnel", lang, funnel, [block], 1, side);
}

function problemsSheet(
  report: Report,
  tables: LayoutTable[],
  provenance: Provenance,
  lang: Lang,
  clock: ZoneClock,
): SheetPlan {
  const t = messages(lang);
  const problems = tableOf(tables, "problems");
  const block = tableBlock({ row: 1, column: 1 }, problems, clock);
  const column = problems.headers.length + 2;
  const excludedBlock: Block = {
    row: 1,
    column,
    values: [
      [TABLE_TITLES.excluded[lang], t.excludedValue],
      ...excludedRows(report.excluded, lang).map(([l, v]) => [l as string, v as number]),
    ],
    formats: [[TEXT_FORMAT, TEXT_FORMAT], ...EXCLUDED_LABELS.map((x) => [TEXT_FORMAT, KIND_FORMATS[x.kind]])],
    boldRows: 1,
  };
  const side = sideOf(problems, provenance, lang, clock, blockBottom(excludedBlock) + 2, [excludedBlock]);
  return plan("problems", lang, problems, [block], 1, side);
}

/** The plans of the four report sheets, in tab order. */
export function planReport(
  report: Report,
  provenance: Provenance,
  lang: Lang,
  clock: ZoneClock,
): SheetPlan[] {
  const tables = reportTables(report, lang);
  return [
    weeklySheet(report, tables, provenance, lang, clock),
    dailySheet(tables, provenance, lang, clock),
    funnelSheet(report, tables, provenance, lang, clock),
    problemsSheet(report, tables, provenance, lang, clock),
  ];
}
