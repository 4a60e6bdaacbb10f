/** The state of the one spreadsheet, and the workbook-wide rules Sheets enforces on it. */

import { cloneChartState } from "./chart-model";
import type { PlainTextRule } from "./entry";
import type { MetadataOwner } from "./metadata-model";
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS, SheetModel } from "./sheet-model";

/** Sheets' cap on cells across all sheets of a spreadsheet. */
export const MAX_CELLS = 10_000_000;

export interface Toast {
  message: string;
  title: string;
}

export class SpreadsheetModel implements MetadataOwner {
  readonly id = "standin-spreadsheet-0001";
  readonly name = "Untitled spreadsheet";
  readonly sheets: SheetModel[] = [];
  readonly metadata: MetadataOwner["metadata"] = [];
  readonly toasts: Toast[] = [];
  active: SheetModel | null = null;
  private sheetsCreated = 0;
  private chartsCreated = 0;
  private metadataCreated = 0;

  constructor(
    readonly timeZone: string,
    readonly locale: string,
    /** How plain-text cells store written strings starting with "=" or "'" (entry.ts). */
    readonly plainText: PlainTextRule = "sheets",
  ) {}

  get activeSheet(): SheetModel {
    // After the active sheet is hidden or deleted, Sheets shows the first visible one.
    const active =
      this.active && !this.active.deleted && !this.active.hidden
        ? this.active
        : (this.sheets.find((sheet) => !sheet.hidden) ?? this.sheets[0]);
    if (!active) throw new Error("The spreadsheet has no sheets.");
    return active;
  }

  /** Sheet ids look like Sheets' (the first is 0, later ones large and unordered), but are repeatable. */
  private nextSheetId(): number {
    const n = this.sheetsCreated++;
    return n === 0 ? 0 : (n * 1_000_003_711) % 2_147_483_647;
  }

  nextChartId(): number {
    this.chartsCreated += 1;
    return this.chartsCreated;
  }

  nextMetadataId(): number {
    this.metadataCreated += 1;
    return this.metadataCreated;
  }

  findSheet(name: string): SheetModel | null {
    return this.sheets.find((sheet) => sheet.name === name) ?? null;
  }

  /** Sheet names are unique ignoring case in Sheets ("Data" blocks "data"). */
  assertNameFree(name: string, except: SheetModel | null = null): void {
    if (typeof name !== "string" || name.trim() === "") throw new Error("Invalid argument: sheet name");
    const clash = this.sheets.find(
      (sheet) => sheet !== except && sheet.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** The name Sheets gives an unnamed new sheet: the first free "SheetN" after the sheet count. */
  defaultSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) return name;
    }
  }

  totalCells(): number {
    return this.sheets.reduce((sum, sheet) => sum + sheet.maxRows * sheet.maxColumns, 0);
  }

  /** Throws Sheets' error if adding `extraCells` would exceed the workbook cell limit. */
  assertCellBudget(extraCells: number): void {
    if (this.totalCells() + extraCells > MAX_CELLS) {
      throw new Error(
        `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
      );
    }
  }

  addSheet(name: string, index: number, rows = DEFAULT_MAX_ROWS, columns = DEFAULT_MAX_COLUMNS): SheetModel {
    this.assertNameFree(name);
    this.assertCellBudget(rows * columns);
    const sheet = new SheetModel(name, this.nextSheetId(), rows, columns);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /** The name Sheets gives a copy: "Copy of Weekly report", "周报 的副本" in Chinese, then "… 2", "… 3". */
  copyName(name: string): string {
    const base = this.locale.startsWith("zh") ? `${name} 的副本` : `Copy of ${name}`;
    const taken = (candidate: string): boolean =>
      this.sheets.some((sheet) => sheet.name.toLowerCase() === candidate.toLowerCase());
    let candidate = base;
    for (let n = 2; taken(candidate); n++) candidate = `${base} ${n}`;
    return candidate;
  }

  /**
   * A copy of `source` at `index`, as Sheet.copyTo and the UI's Duplicate make it: cells, formats,
   * frozen panes, widths and charts (drawing from the copy), and the sheet's developer metadata,
   * under new ids. The reference says nothing of metadata on a copy; the Sheets API says metadata
   * stays with its object "as [it moves] around and the spreadsheet is edited", and copies of a
   * whole file are reported to keep theirs, so a copy is taken to carry it.
   */
  duplicateSheet(source: SheetModel, index: number): SheetModel {
    source.assertAlive();
    const copy = this.addSheet(this.copyName(source.name), index, source.maxRows, source.maxColumns);
    copy.grid = source.grid.copy();
    copy.frozenRows = source.frozenRows;
    copy.frozenColumns = source.frozenColumns;
    copy.tabColor = source.tabColor;
    copy.columnWidths = [...source.columnWidths];
    copy.charts = source.charts.map((chart) => ({
      ...cloneChartState(chart),
      id: this.nextChartId(),
      sheet: copy,
      ranges: chart.ranges.map((range) => (range.sheet === source ? { ...range, sheet: copy } : range)),
    }));
    for (const entry of source.metadata) copy.metadata.push({ ...entry, id: this.nextMetadataId() });
    return copy;
  }

  removeSheet(sheet: SheetModel): void {
    const index = this.sheets.indexOf(sheet);
    if (index === -1) throw new Error("Invalid argument: sheet");
    if (!this.sheets.some((other) => other !== sheet && !other.hidden)) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    if (this.active === sheet) this.active = null;
  }
}
