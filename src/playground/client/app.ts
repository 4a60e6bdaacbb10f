/**
 * The playground page: keeps the latest snapshot, the open sheet and the selected cell, and redraws
 * the grid, tabs and charts whenever the spreadsheet changes (a sidebar call, a formula, a reset).
 */
import type { Chart } from "chart.js";
import { parseA1 } from "../../shared/a1";
import type { PlaygroundSnapshot, SheetView } from "../api-types";
import { enterFormula, fetchSnapshot, resetSample, runServerFunction } from "./api";
import { renderCharts } from "./charts";
import { createFormulaBar } from "./formula-bar";
import { COLUMN_HEADER_HEIGHT, gridSize, rowTop } from "./geometry";
import { type CellPosition, cellAt, cellName, renderGrid, showSelection } from "./grid";
import { closeMenusOnOutsideClick, renderMenus } from "./menus";
import { PAGE_TEXT, type PageText, pageLang, showPageText } from "./page-text";
import { renderTabs } from "./tabs";

/** What the sidebar shim posts to this page after every google.script.run call. */
const SIDEBAR_MESSAGE_SOURCE = "community-funnel-sidebar";

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found as T;
}

/** The entries of a log added since `seen` were read; a shorter log was started again. */
function unseen(log: string[], seen: number): string[] {
  return log.length < seen ? log : log.slice(seen);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function startApp(): void {
  const scroller = element<HTMLDivElement>("grid-scroll");
  const canvas = element<HTMLDivElement>("grid-canvas");
  const chartLayer = element<HTMLDivElement>("chart-layer");
  const tabs = element<HTMLElement>("tabs");
  const menuBar = element<HTMLElement>("menus");
  const sidebar = element<HTMLIFrameElement>("sidebar");
  const sidebarTitle = element<HTMLElement>("sidebar-title");
  const toast = element<HTMLElement>("toast");
  const resetDialog = element<HTMLDialogElement>("reset-dialog");

  let snapshot: PlaygroundSnapshot | null = null;
  let current = "";
  let selection: CellPosition = { row: 1, column: 1 };
  let table: HTMLTableElement | null = null;
  let charts: Chart[] = [];
  // The server's active sheet when last seen: the page follows it only when the add-on changes it.
  let serverActive: string | null = null;
  // Likewise its selection (the sidebar opens a follow-up list at its block).
  let serverRange: string | null = null;
  const seen = { alerts: 0, toasts: 0 };
  let sidebarsSeen = 0;
  let first = true;
  let toastTimer = 0;
  // The page's words follow the spreadsheet's locale, known from the first snapshot on.
  let text: PageText = PAGE_TEXT.en;

  const showToast = (text: string): void => {
    toast.textContent = text;
    toast.hidden = false;
    window.clearTimeout(toastTimer);
    toastTimer = window.setTimeout(() => {
      toast.hidden = true;
    }, 6000);
  };

  const currentSheet = (): SheetView | undefined => snapshot?.sheets.find((sheet) => sheet.name === current);

  /** The text the formula bar shows for a cell: its formula, or its value in an editable form. */
  const cellText = (sheet: SheetView, position: CellPosition): string => {
    const formula = sheet.formulas[cellName(position)];
    if (formula) return formula;
    const value = sheet.values[position.row - 1]?.[position.column - 1];
    if (typeof value === "number" && sheet.kinds[position.row - 1]?.[position.column - 1] === "n")
      return String(value);
    return sheet.displayValues[position.row - 1]?.[position.column - 1] ?? "";
  };

  const select = (position: CellPosition, scroll = true): void => {
    selection = position;
    const sheet = currentSheet();
    if (!sheet || !table) return;
    showSelection(table, position, scroll);
    bar.show(cellName(position), cellText(sheet, position));
  };

  const render = (keepScroll: boolean): void => {
    const sheet = currentSheet();
    if (!snapshot || !sheet) return;
    const { scrollTop, scrollLeft } = scroller;
    for (const chart of charts) chart.destroy();
    const hadFocus = table !== null && document.activeElement === table;
    table = renderGrid(sheet, gridSize(sheet, scroller.clientWidth));
    canvas.replaceChildren(table, chartLayer);
    if (hadFocus) table.focus({ preventScroll: true });
    charts = renderCharts(chartLayer, sheet, snapshot.sheets);
    renderTabs(tabs, snapshot.sheets, current, openSheet);
    if (keepScroll) scroller.scrollTo(scrollLeft, scrollTop);
    else scroller.scrollTo(0, 0);
    select(selection, false);
  };

  const openSheet = (name: string): void => {
    current = name;
    selection = { row: 1, column: 1 };
    render(false);
  };

  const refresh = async (): Promise<void> => {
    const next = await fetchSnapshot();
    const visible = next.sheets.filter((sheet) => !sheet.hidden);
    const followServer =
      next.activeSheet !== serverActive && visible.some((sheet) => sheet.name === next.activeSheet);
    serverActive = next.activeSheet;
    const range = next.activeRange && `${next.activeSheet}!${next.activeRange}`;
    const followRange = range !== null && range !== serverRange;
    serverRange = range;
    const previous = current;
    if ((followServer || followRange) && next.activeSheet) current = next.activeSheet;
    if (!visible.some((sheet) => sheet.name === current)) current = visible[0]?.name ?? "";
    if (current !== previous) selection = { row: 1, column: 1 };
    if (followRange && next.activeRange) {
      const { startRow, startColumn } = parseA1(next.activeRange);
      selection = { row: startRow ?? 1, column: startColumn ?? 1 };
    }
    snapshot = next;
    text = PAGE_TEXT[pageLang(next.locale)];
    showPageText(text);
    renderMenus(menuBar, next.menus, (name) => void runMenuItem(name));
    sidebarTitle.textContent = next.sidebarTitle ?? text.sidebarTitle;
    // Show what the add-on said since the last look (a reset starts its logs again); on the first
    // look the sidebar is already open and old messages are old news.
    const fresh = [...unseen(next.alerts, seen.alerts), ...unseen(next.toasts, seen.toasts)];
    if (fresh.length > 0 && !first) showToast(fresh.join("\n"));
    seen.alerts = next.alerts.length;
    seen.toasts = next.toasts.length;
    if (next.sidebarsShown > sidebarsSeen && !first) sidebar.src = "/sidebar";
    sidebarsSeen = next.sidebarsShown;
    first = false;
    render(current === previous);
    if (followRange) {
      // As Sheets shows an opened block: its first row at the top, under the column letters.
      scroller.scrollTo(0, rowTop(selection.row) - COLUMN_HEADER_HEIGHT);
      select(selection, false);
    }
  };

  const refreshOrReport = (): void => {
    refresh().catch((error: unknown) => showToast(messageOf(error)));
  };

  const runMenuItem = async (name: string): Promise<void> => {
    try {
      await runServerFunction(name);
    } catch (error) {
      showToast(messageOf(error));
    }
    refreshOrReport();
  };

  const bar = createFormulaBar(
    {
      nameBox: element<HTMLInputElement>("name-box"),
      input: element<HTMLInputElement>("formula-input"),
      note: element<HTMLElement>("formula-note"),
    },
    {
      submit: (cell, text) => {
        enterFormula({ sheet: current, cell, formula: text })
          .then(async (response) => {
            bar.note(response.message, response.status === "error" ? "error" : "info");
            await refresh();
          })
          .catch((error: unknown) => bar.note(messageOf(error), "error"));
      },
      goTo: (cell) => {
        try {
          const range = parseA1(cell);
          if (range.startRow !== null && range.startColumn !== null) {
            select({ row: range.startRow, column: range.startColumn });
          }
        } catch {
          bar.note(text.notACell(cell), "error");
        }
      },
    },
  );

  scroller.addEventListener("click", (event) => {
    const sheet = currentSheet();
    const position = sheet ? cellAt(sheet, event) : null;
    if (position) select(position);
  });
  scroller.addEventListener("dblclick", (event) => {
    if ((event.target as HTMLElement).closest("td")) bar.edit();
  });
  scroller.addEventListener("keydown", (event) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      select({ row: Math.max(1, selection.row + move[0]), column: Math.max(1, selection.column + move[1]) });
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      bar.edit();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Typing on a selected cell starts a new entry, as in Sheets.
      event.preventDefault();
      bar.edit(event.key);
    }
  });

  window.addEventListener("message", (event) => {
    const data = event.data as { source?: unknown } | null;
    if (event.source !== sidebar.contentWindow || data?.source !== SIDEBAR_MESSAGE_SOURCE) return;
    refreshOrReport();
  });

  closeMenusOnOutsideClick(menuBar);
  // Reset drops every change, so it asks first, in a dialog of the page (Escape or Cancel keep them).
  element<HTMLButtonElement>("reset").addEventListener("click", () => {
    resetDialog.returnValue = "";
    resetDialog.showModal();
  });
  resetDialog.addEventListener("close", () => {
    if (resetDialog.returnValue !== "confirm") return;
    bar.note(null);
    resetSample()
      .then(() => {
        sidebar.src = "/sidebar";
        serverActive = null;
        first = true;
        return refresh();
      })
      .catch((error: unknown) => showToast(messageOf(error)));
  });

  refreshOrReport();
}
