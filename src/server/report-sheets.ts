/**
 * The report sheets as plans: blocks of cells, frozen rows, column widths and charts. One planner
 * for every section of the catalogue, from its declarative layout (core/sections/section.ts).
 * Pure: the writer turns a plan into a fixed number of Spreadsheet calls.
 *
 * Each sheet has its blocks down column A, the first table's header row frozen and bold; to their
 * right, one empty column away, the side column: the provenance block, small blocks and charts.
 */
import type { ZoneClock } from "../core/calendar";
import type { ColumnKind, LayoutTable } from "../core/layout";
import type { Report } from "../core/report";
import { type AnySection, READING_ORDER, type SectionId } from "../core/sections";
import type { ChartLayout, LabelBlock, SheetLayout, SideItem } from "../core/sections/section";
import type { Labels, Lang } from "../shared/lang";
import { adjacentInOrder, chartDataBlock, dataRange } from "./chart-placement";
import { CHART_ROWS, CHART_WIDTH, type ChartSpec, chartSpec, type RangeBox } from "./charts";
import { headlineBlock } from "./headline";
import type { ReportKind } from "./ownership";
import { type Provenance, provenanceRows } from "./provenance";
import { kindFormat, noteBlock, reportCell, tableBlock, textBlock } from "./report-blocks";
import { type Block, blockBottom, blockWidth, TEXT_FORMAT } from "./writing";

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
  /** Its width in columns: those it fills, and room for its charts to the right of the side column. */
  columns: number;
  /** The row of each main table and caption by id, in column A: where a link opens it. */
  anchors: Record<string, number>;
}

const GAP_WIDTH = 24;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 320;
/** Sheets' width of a column nobody sized. */
const DEFAULT_WIDTH = 100;
/**
 * The sheet's width an operator sees at 1440×900 with the sidebar open: 1440 px less the sidebar
 * (300), the row numbers (46), the scroll bar and a margin.
 */
export const VIEW_WIDTH = 1060;
/** Between two charts side by side. */
const CHART_GAP = 12;
/** The columns past the side column's value column that a chart anchored in it spans. */
const CHART_SPILL = Math.ceil((CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH) / DEFAULT_WIDTH);
const MIN_WIDTH: Record<ColumnKind, number> = {
  day: 96,
  int: 72,
  number: 72,
  rate: 80,
  money: 100,
  bool: 72,
  text: 120,
  multiple: 80,
};

/**
 * A column wide enough for its header (CJK characters are about twice as wide), within bounds,
 * rounded up to 40 px: columns of about the same width then share one setColumnWidths call.
 */
function columnWidth(header: string, kind: ColumnKind): number {
  let px = 16;
  for (const ch of header) px += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 13 : 7;
  return Math.min(240, Math.ceil(Math.max(MIN_WIDTH[kind], px) / 40) * 40);
}

/** A table as written on its sheet, for the charts that read it. */
interface Placed {
  table: LayoutTable;
  block: Block;
}

/** A label/value block: labels as text, each value formatted by its kind, the title row bold. */
function labelBlock(
  at: { row: number; column: number },
  block: LabelBlock,
  clock: ZoneClock,
  lang: Lang,
): Block {
  return {
    ...at,
    values: [[...block.title], ...block.rows.map((r) => [r.label, reportCell(r.value, r.kind, clock, lang)])],
    formats: [[TEXT_FORMAT, TEXT_FORMAT], ...block.rows.map((r) => [TEXT_FORMAT, kindFormat(r.kind, lang)])],
    boldRows: 1,
  };
}

/**
 * Each column's width: wide enough for every table's header and the labels standing above it, and
 * at least what the layout gives its key (the problems' free text).
 */
function columnWidths(
  tables: readonly LayoutTable[],
  labels: readonly string[],
  fixed: SheetLayout<unknown>["widths"],
): number[] {
  const widths: number[] = [];
  for (const table of tables) {
    table.headers.forEach((h, i) => {
      widths[i] = Math.max(widths[i] ?? 0, columnWidth(h, table.kinds[i]), fixed?.[table.keys[i]] ?? 0);
    });
  }
  labels.forEach((label, i) => {
    if (label) widths[i] = Math.max(widths[i] ?? 0, columnWidth(label, "text"));
  });
  return widths;
}

function planSheet(
  section: AnySection,
  value: unknown,
  report: Report,
  provenance: Provenance,
  lang: Lang,
  clock: ZoneClock,
): SheetPlan {
  const layout = section.sheet!;
  const tables = new Map(section.tables(value, lang, report).map((t) => [t.id, t]));
  const shown = layout.main.flatMap((item) =>
    typeof item === "string" && item !== "headline" ? (tables.get(item) ?? []) : [],
  );
  const headline = layout.main.includes("headline")
    ? headlineBlock(report, { row: 1, column: 1 }, lang, clock)
    : null;
  // Labels that stand above the tables' columns (the headline's) widen those columns too.
  const widths = columnWidths(shown, (headline?.values[1] ?? []) as string[], layout.widths);
  const column = Math.max(1, headline ? blockWidth(headline) : 0, ...shown.map((t) => t.headers.length)) + 2;
  const chartItems = layout.side.flatMap((item) => (item.kind === "chart" ? [item.chart] : []));
  // On the sheet a build opens, charts that would not stand wholly in the first screen beside the
  // tables stand side by side in a band above the first table instead: where the eye lands after a
  // build (no frozen header then, as it would freeze the band with it).
  const sideLeft = widths.slice(0, column - 2).reduce((sum, w) => sum + w, 0) + GAP_WIDTH;
  const band = layout.first === true && chartItems.length > 0 && sideLeft + CHART_WIDTH > VIEW_WIDTH;
  const bandWidth = Math.min(
    CHART_WIDTH,
    Math.floor((VIEW_WIDTH - CHART_GAP * (chartItems.length - 1)) / Math.max(1, chartItems.length)),
  );
  let bandRow = 0;

  const placed = new Map<string, Placed>();
  const main: Block[] = [];
  const anchors: Record<string, number> = {};
  // The row the last block ended on, and whether it captions the table that follows.
  let lastRow = -1;
  let captioning = false;
  let frozenRows = 0;
  for (const item of layout.main) {
    // Null for the headline and captions; undefined for a table the section's value did not make.
    const table = typeof item === "string" && item !== "headline" ? tables.get(item) : null;
    if (table === undefined) continue;
    if (band && bandRow === 0 && item !== "headline") {
      bandRow = lastRow + 2;
      lastRow = bandRow + CHART_ROWS - 1;
    }
    const row = captioning && table ? lastRow + 1 : lastRow + 2;
    const at = { row, column: 1 };
    let block: Block;
    if (typeof item === "object" && "lines" in item) {
      block = textBlock(
        at,
        item.lines(value, report, lang).map((line) => [line]),
      );
      anchors[item.id] = row;
    } else if (typeof item === "object") {
      block = noteBlock(at, item.note[lang]);
    } else if (table === null) {
      block = { ...headline!, row };
    } else {
      if (layout.titled) {
        main.push(textBlock(at, [[table.title]]));
        at.row++;
      }
      block = tableBlock(at, table, clock, lang);
      placed.set(table.id, { table, block });
      anchors[table.id] = at.row;
      if (frozenRows === 0 && layout.freeze !== "none" && !band) frozenRows = at.row;
    }
    main.push(block);
    lastRow = blockBottom(block);
    captioning = typeof item === "object" && "lines" in item;
  }

  const side: Block[] = [];
  const blocks = new Map<string, Block>();
  // Under a band the side column starts below it: the band may reach over the side column.
  let next = band ? bandRow + CHART_ROWS : layout.sideFrom === "top" ? 1 : frozenRows + 1;
  const addBlock = (block: Block): void => {
    side.push(block);
    next = blockBottom(block) + 2;
  };
  const anchorsOfCharts: ChartSpec["anchor"][] = [];
  for (const item of layout.side as readonly SideItem<unknown>[]) {
    const at = { row: next, column };
    if (item.kind === "provenance") {
      addBlock(textBlock(at, provenanceRows(provenance, lang, clock)));
    } else if (item.kind === "note") {
      addBlock(noteBlock(at, item.note[lang]));
    } else if (item.kind === "block") {
      const made = item.make(value, report, lang);
      const block = labelBlock(at, made, clock, lang);
      blocks.set(made.id, block);
      addBlock(block);
    } else if (band) {
      const slot = anchorsOfCharts.length;
      anchorsOfCharts.push({ row: bandRow, column: 1, offsetX: slot * (bandWidth + CHART_GAP) });
    } else {
      anchorsOfCharts.push(at);
      next += CHART_ROWS;
    }
  }
  // The ranges each chart reads; a chart's own data block, when it needs one, below the side items.
  const charts = chartItems.map((chart, i) => {
    const spec = chartSpec(chart, chartRanges(chart), anchorsOfCharts[i], lang);
    return band ? { ...spec, options: { ...spec.options, width: bandWidth } } : spec;
  });
  function chartRanges(chart: ChartLayout): RangeBox[] {
    const { source } = chart;
    if ("block" in source) {
      const block = blocks.get(source.block)!;
      return [
        { row: block.row, column: block.column, numRows: block.values.length, numColumns: blockWidth(block) },
      ];
    }
    const { table, block } = placed.get(source.table)!;
    const rows = source.finalOnly ? (table.finalRows ?? table.rows.length) : table.rows.length;
    const columns = source.keys.map((key) => table.keys.indexOf(key));
    if (adjacentInOrder(columns)) {
      return [
        { row: block.row, column: block.column + columns[0], numRows: rows + 1, numColumns: columns.length },
      ];
    }
    const data = chartDataBlock({ row: next, column }, chart.title[lang], table, columns, rows, clock, lang);
    addBlock(data);
    return [dataRange(data)];
  }

  widths.push(GAP_WIDTH, LABEL_WIDTH, VALUE_WIDTH);
  const blocksAll = [...main, ...side];
  const bottom = Math.max(next, ...blocksAll.map(blockBottom));
  const right = Math.max(...side.map((b) => b.column + blockWidth(b) - 1));
  const spill = chartItems.length > 0 && !band ? CHART_SPILL : 0;
  return {
    kind: section.id,
    title: (layout.name?.(value) ?? section.title)[lang],
    blocks: blocksAll,
    frozenRows,
    widths,
    charts,
    // One spare row: Sheets will not freeze every row of a sheet.
    rows: bottom + 1,
    columns: Math.max(widths.length + spill, right),
    anchors,
  };
}

/** The plans of the report sheets, in tab order: every section with a sheet and a value. */
export function planReport(
  report: Report,
  provenance: Provenance,
  lang: Lang,
  clock: ZoneClock,
): SheetPlan[] {
  const values = report as unknown as Record<SectionId, unknown>;
  return READING_ORDER.flatMap((section) =>
    section.sheet && values[section.id] !== null
      ? [planSheet(section, values[section.id], report, provenance, lang, clock)]
      : [],
  );
}

/** The sections that have a sheet but no value in this report, and why, in tab order. */
export function absentSheets(report: Report): { kind: SectionId; title: Labels; reason: Labels }[] {
  const values = report as unknown as Record<SectionId, unknown>;
  // Only sections that are null for a missing table: a breakdown nobody asked for is not absent.
  // In both languages: the sidebar says them in whichever it speaks, also after a switch.
  return READING_ORDER.filter((s) => s.sheet && s.absent && values[s.id] === null).map((section) => ({
    kind: section.id,
    title: section.title,
    reason: section.absent!,
  }));
}
