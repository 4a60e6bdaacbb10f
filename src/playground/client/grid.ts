/**
 * The spreadsheet grid: column letters, row numbers and cells shown as Sheets shows them (display
 * values, bold headers, frozen rows that stay in view, column widths, numbers and dates on the right).
 * Cell text is only ever set with textContent: sheet data is untrusted.
 */
import { columnToLetters } from "../../shared/a1";
import type { SheetView } from "../api-types";
import { COLUMN_HEADER_HEIGHT, columnWidth, type GridSize, ROW_HEADER_WIDTH, ROW_HEIGHT } from "./geometry";

export interface CellPosition {
  row: number;
  column: number;
}

/** Sheets' error values, shown in red like a cell with an error marker. */
const ERROR_VALUE = /^#(?:ERROR!|REF!|N\/A|VALUE!|NUM!|NAME\?|DIV\/0!)$/;

function cellClass(sheet: SheetView, row: number, column: number): string {
  const classes = ["cell"];
  const kind = sheet.kinds[row - 1]?.[column - 1];
  if (kind === "n" || kind === "d") classes.push("number");
  if (kind === "b") classes.push("boolean");
  if (sheet.fontWeights[row - 1]?.[column - 1] === "bold") classes.push("bold");
  if (ERROR_VALUE.test(sheet.displayValues[row - 1]?.[column - 1] ?? "")) classes.push("error");
  return classes.join(" ");
}

function headerCell(tag: "th", className: string, text: string): HTMLTableCellElement {
  const cell = document.createElement(tag);
  cell.className = className;
  cell.textContent = text;
  return cell;
}

/** Horizontal padding inside a cell (CSS .grid td). */
const CELL_PADDING = 8;

let measure: CanvasRenderingContext2D | null = null;

/** The drawn width of `text` in the grid's cell font (a canvas measures without a layout pass). */
function textWidth(text: string, bold: boolean): number {
  measure ??= document.createElement("canvas").getContext("2d");
  if (!measure) return 0;
  measure.font = `${bold ? "700 " : ""}13px Arial, "Noto Sans CJK SC", sans-serif`;
  return measure.measureText(text).width;
}

/**
 * How many columns a cell's text covers: like Sheets, left-aligned text wider than its column runs on
 * over the empty cells to its right (a colspan here, so frozen rows stay opaque).
 */
function spanOf(sheet: SheetView, row: number, column: number, lastColumn: number): number {
  const values = sheet.displayValues[row - 1] ?? [];
  const kind = sheet.kinds[row - 1]?.[column - 1];
  if (kind !== "s") return 1;
  let needed =
    textWidth(values[column - 1], sheet.fontWeights[row - 1]?.[column - 1] === "bold") + CELL_PADDING;
  let span = 1;
  needed -= columnWidth(sheet, column);
  while (needed > 0 && column + span <= lastColumn && (values[column + span - 1] ?? "") === "") {
    needed -= columnWidth(sheet, column + span);
    span += 1;
  }
  return span;
}

/** Builds the table for `sheet`; cells carry data-row / data-column for selection. */
export function renderGrid(sheet: SheetView, size: GridSize): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "grid";
  // Focusable, so arrow keys move the selection as in Sheets.
  table.tabIndex = 0;
  table.setAttribute("role", "grid");
  table.setAttribute("aria-label", sheet.name);

  const columns = document.createElement("colgroup");
  const rowHeaderColumn = document.createElement("col");
  rowHeaderColumn.style.width = `${ROW_HEADER_WIDTH}px`;
  columns.append(rowHeaderColumn);
  let width = ROW_HEADER_WIDTH;
  for (let c = 1; c <= size.columns; c++) {
    const col = document.createElement("col");
    col.style.width = `${columnWidth(sheet, c)}px`;
    width += columnWidth(sheet, c);
    columns.append(col);
  }
  table.style.width = `${width}px`;
  table.append(columns);

  const head = document.createElement("thead");
  const letters = document.createElement("tr");
  letters.append(headerCell("th", "corner", ""));
  for (let c = 1; c <= size.columns; c++)
    letters.append(headerCell("th", "column-header", columnToLetters(c)));
  head.append(letters);
  table.append(head);

  const body = document.createElement("tbody");
  const frozen = Math.min(sheet.frozenRows, size.rows);
  for (let r = 1; r <= size.rows; r++) {
    const tr = document.createElement("tr");
    const values = sheet.displayValues[r - 1];
    tr.append(headerCell("th", "row-header", String(r)));
    for (let c = 1; c <= size.columns; c++) {
      const td = document.createElement("td");
      td.dataset.row = String(r);
      td.dataset.column = String(c);
      const text = values?.[c - 1] ?? "";
      // Colours go through the CSSOM, which drops anything that is not a colour.
      const background = sheet.backgrounds[r - 1]?.[c - 1];
      if (background) td.style.backgroundColor = background;
      const color = sheet.fontColors[r - 1]?.[c - 1];
      if (color) td.style.color = color;
      if (text !== "") {
        td.className = cellClass(sheet, r, c);
        td.textContent = text;
        td.colSpan = spanOf(sheet, r, c, size.columns);
        c += td.colSpan - 1;
      }
      tr.append(td);
    }
    if (r <= frozen) {
      // Sticky per cell: a sticky <tr> is not supported everywhere, sticky cells are.
      tr.classList.add("frozen");
      if (r === frozen) tr.classList.add("frozen-last");
      for (const cell of tr.children)
        (cell as HTMLElement).style.top = `${COLUMN_HEADER_HEIGHT + (r - 1) * ROW_HEIGHT}px`;
    }
    body.append(tr);
  }
  table.append(body);
  return table;
}

/** The cell under a click, or null for a click elsewhere; text running over empty cells does not hide them. */
export function cellAt(sheet: SheetView, event: MouseEvent): CellPosition | null {
  const cell = (event.target as HTMLElement | null)?.closest?.("td[data-row]") as HTMLTableCellElement | null;
  if (!cell) return null;
  const row = Number(cell.dataset.row);
  let column = Number(cell.dataset.column);
  let offset = event.clientX - cell.getBoundingClientRect().left;
  for (let covered = 1; covered < cell.colSpan && offset >= columnWidth(sheet, column); covered++) {
    offset -= columnWidth(sheet, column);
    column += 1;
  }
  return { row, column };
}

/** The drawn cell that shows `position`: the cell itself, or the one whose text runs over it. */
function drawnCell(table: HTMLTableElement, position: CellPosition): HTMLTableCellElement | null {
  for (let column = position.column; column >= 1; column--) {
    const cell = table.querySelector<HTMLTableCellElement>(
      `td[data-row="${position.row}"][data-column="${column}"]`,
    );
    if (cell) return column + cell.colSpan > position.column ? cell : null;
  }
  return null;
}

/** A column's width as laid out in the table's colgroup (the first col is the row header). */
function columnWidthOf(table: HTMLTableElement, column: number): number {
  return Number.parseFloat(table.querySelectorAll("col")[column]?.style.width ?? "") || 0;
}

/** Marks `position` as the selected cell, scrolling it into view when the user moved there. */
export function showSelection(table: HTMLTableElement, position: CellPosition, scroll: boolean): void {
  table.querySelector("td.selected")?.classList.remove("selected");
  const cell = drawnCell(table, position);
  if (cell) {
    // The outline covers the selected column only, even when the drawn cell's text runs wider.
    const sheetColumn = Number(cell.dataset.column);
    let left = 0;
    for (let column = sheetColumn; column < position.column; column++) left += columnWidthOf(table, column);
    cell.style.setProperty("--selection-left", `${left}px`);
    cell.style.setProperty("--selection-width", `${columnWidthOf(table, position.column)}px`);
    cell.classList.add("selected");
  }
  if (scroll) cell?.scrollIntoView({ block: "nearest", inline: "nearest" });
}

/** "H2" for row 2, column 8. */
export function cellName(position: CellPosition): string {
  return `${columnToLetters(position.column)}${position.row}`;
}
