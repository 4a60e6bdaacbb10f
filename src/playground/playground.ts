/**
 * The playground's one spreadsheet: the stand-in preloaded with the sample community, the real
 * Code.js loaded into it, and the operations the HTTP API exposes (run a server function, enter a
 * formula, read the sheets, reset).
 */
import { existsSync, readFileSync } from "node:fs";
import { type AppsScriptStandIn, createStandIn, isDate, type SheetSnapshot } from "../standin/index";
import { type BundleGlobals, loadBundle } from "../standin/load-bundle";
import type {
  CellKind,
  FormulaRequest,
  FormulaResponse,
  JsonCell,
  PlaygroundSnapshot,
  SheetsResponse,
  SheetView,
} from "./api-types";
import { type BundleNames, readBundleNames } from "./bundle-names";
import {
  callCustomFunction,
  checkSpillArea,
  type Evaluation,
  FormulaError,
  readArguments,
  spill,
} from "./evaluate";
import { type FormulaCall, isFormula, parseFormula } from "./formula";
import { HttpError } from "./http-error";
import type { PlaygroundPaths } from "./paths";
import { realmConverter } from "./realm";
import { loadSample } from "./sample";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** The spreadsheet's settings: a Chinese community, with a script zone that differs on purpose. */
const SPREADSHEET = {
  spreadsheetTimeZone: "Asia/Shanghai",
  // Apps Script projects default to the creator's zone; a different one keeps zone mistakes visible.
  scriptTimeZone: "America/New_York",
  locale: "zh_CN",
  userLocale: "zh_CN",
} as const;

/** A formula typed in the formula bar, and the cells its result covers (so re-entering clears them). */
interface EnteredFormula {
  formula: string;
  spillA1: string | null;
  /** The cells its result needs, also while data in the way keeps it at #REF!. */
  wantedA1: string;
}

/** True when the block `a1` of `sheet` holds the single cell `cell`. */
function covers(sheet: Sheet, a1: string, cell: Range): boolean {
  const area = sheet.getRange(a1);
  const [row, column] = [cell.getRow(), cell.getColumn()];
  return (
    row >= area.getRow() &&
    row <= area.getLastRow() &&
    column >= area.getColumn() &&
    column <= area.getLastColumn()
  );
}

/** Clears a spilled result but its anchor, which still holds the formula. */
function clearBesideAnchor(sheet: Sheet, spillA1: string | null): void {
  if (spillA1 === null) return;
  const area = sheet.getRange(spillA1);
  const [row, column, height, width] = [
    area.getRow(),
    area.getColumn(),
    area.getNumRows(),
    area.getNumColumns(),
  ];
  if (width > 1) sheet.getRange(row, column + 1, 1, width - 1).clearContent();
  if (height > 1) sheet.getRange(row + 1, column, height - 1, width).clearContent();
}

interface Session {
  standIn: AppsScriptStandIn;
  bundle: BundleGlobals;
  names: BundleNames;
  toRealm: (values: unknown[]) => unknown[];
  /** By sheet id, then cell: a rebuilt sheet with the same name starts without them. */
  formulas: Map<number, Map<string, EnteredFormula>>;
}

/**
 * The sample's settings, as the teammate who set it up saved them: compared by channel, so that one
 * Build shows every sheet the product makes (the By channel sheet beside Channels / 渠道投放).
 */
function saveSampleSettings({ bundle, names, toRealm }: Session): void {
  if (!names.serverFunctions.includes("saveSettings")) return;
  const { settings } = bundle.getSidebarState() as { settings: Record<string, unknown> };
  bundle.saveSettings(...toRealm([{ ...settings, by: "channel" }]));
}

export class Playground {
  private session: Session;
  private changes = 0;

  constructor(private readonly paths: PlaygroundPaths) {
    this.session = this.open();
  }

  get version(): number {
    return this.changes;
  }

  /** Back to the sample, with Code.js read again (so a rebuild shows up after Reset). */
  reset(): void {
    this.session = this.open();
    this.changes += 1;
  }

  private open(): Session {
    // Without a built sidebar the sheets and formulas still work; GET /sidebar says what to run.
    const htmlFiles: Record<string, string> = existsSync(this.paths.sidebar)
      ? { Sidebar: readFileSync(this.paths.sidebar, "utf8") }
      : {};
    const standIn = createStandIn({
      ...SPREADSHEET,
      htmlFiles,
      sheets: loadSample(this.paths.sample),
    });
    if (!existsSync(this.paths.code))
      throw new Error(`${this.paths.code} is missing: run npm run build first`);
    const code = readFileSync(this.paths.code, "utf8");
    const bundle = loadBundle(standIn.globals, this.paths.code, code);
    const session: Session = {
      standIn,
      bundle,
      names: readBundleNames(code),
      toRealm: realmConverter(bundle),
      formulas: new Map(),
    };
    // As when the spreadsheet opens in Sheets: the add-on's menu appears, and the operator opens the
    // sidebar the page shows (which gives it the title the add-on sets).
    bundle.onOpen?.({ source: spreadsheetOf(standIn) });
    if (session.names.serverFunctions.includes("openSidebar")) bundle.openSidebar();
    saveSampleSettings(session);
    return session;
  }

  private get spreadsheet(): Spreadsheet {
    return spreadsheetOf(this.session.standIn);
  }

  /** google.script.run: a top-level function of Code.js, not one marked private with a trailing "_". */
  run(name: string, args: unknown[]): unknown {
    const { bundle, names, toRealm } = this.session;
    const fn = bundle[name];
    if (!names.serverFunctions.includes(name) || typeof fn !== "function") {
      throw new HttpError(404, `Code.js has no server function named ${name}`);
    }
    try {
      return fn(...toRealm(args));
    } finally {
      this.changes += 1;
    }
  }

  /** A formula or a value typed into `cell` of `sheet`, as the formula bar sends it. */
  enter(request: FormulaRequest): FormulaResponse {
    const sheet = this.spreadsheet.getSheetByName(request.sheet);
    if (!sheet) throw new HttpError(404, `There is no sheet named ${request.sheet}`);
    let anchor: Range;
    try {
      anchor = sheet.getRange(request.cell);
    } catch {
      throw new HttpError(400, `${request.cell} is not a cell`);
    }
    if (anchor.getNumRows() !== 1 || anchor.getNumColumns() !== 1) {
      throw new HttpError(400, `${request.cell} is not a single cell`);
    }
    let call: FormulaCall | null = null;
    if (isFormula(request.formula)) {
      const parsed = parseFormula(request.formula, this.session.names.customFunctions);
      // A formula the playground cannot evaluate changes nothing: a wrong value would be worse than none.
      if (!parsed.ok)
        return { status: "unsupported", message: parsed.message, range: null, version: this.version };
      call = parsed.call;
    }
    const formulas = this.formulasOf(sheet);
    const cell = anchor.getA1Notation();
    const previous = formulas.get(cell);
    if (previous?.spillA1) sheet.getRange(previous.spillA1).clearContent();
    formulas.delete(cell);
    // Formulas whose result covers this cell, or would: in Sheets an entry there stops their spill
    // (#REF!), and clearing it lets them spill again. Their spilled values are not data: cleared first.
    const crossed = [...formulas].filter(([, entered]) => covers(sheet, entered.wantedA1, anchor));
    for (const [, entered] of crossed) clearBesideAnchor(sheet, entered.spillA1);
    this.changes += 1;
    let outcome: Omit<FormulaResponse, "version">;
    if (call) {
      outcome = this.enterFormula(sheet, anchor, call, request.formula);
    } else {
      // setValue reads the text as Sheets reads typing: numbers, dates, TRUE/FALSE, an apostrophe for text.
      anchor.setValue(request.formula);
      outcome = { status: "done", message: null, range: cell };
    }
    const stopped = crossed.map(([at, entered]) => this.recalculate(sheet, at, entered)).find(Boolean);
    return { ...outcome, message: outcome.message ?? stopped ?? null, version: this.version };
  }

  /** Evaluates `call` at `anchor` and records it as the cell's formula (`text` as typed). */
  private enterFormula(
    sheet: Sheet,
    anchor: Range,
    call: FormulaCall,
    text: string,
  ): Omit<FormulaResponse, "version"> {
    const { wanted, ...outcome } = this.evaluate(sheet, anchor, call);
    this.formulasOf(sheet).set(anchor.getA1Notation(), {
      formula: `=${call.name}(${text.slice(text.indexOf("(") + 1).trim()}`,
      spillA1: outcome.range,
      wantedA1: wanted,
    });
    return outcome;
  }

  /** Evaluates an entered formula again; a note "H2: #REF! …" when its result now cannot spill. */
  private recalculate(sheet: Sheet, cell: string, entered: EnteredFormula): string | null {
    const parsed = parseFormula(entered.formula, this.session.names.customFunctions);
    if (!parsed.ok) return null;
    const outcome = this.enterFormula(sheet, sheet.getRange(cell), parsed.call, entered.formula);
    return outcome.status === "error" ? `${cell}: ${outcome.message}` : null;
  }

  private formulasOf(sheet: Sheet): Map<string, EnteredFormula> {
    let formulas = this.session.formulas.get(sheet.getSheetId());
    if (!formulas) {
      formulas = new Map();
      this.session.formulas.set(sheet.getSheetId(), formulas);
    }
    return formulas;
  }

  /** Calls the custom function and spills its result, or Sheets' error value, from the anchor. */
  private evaluate(
    sheet: Sheet,
    anchor: Range,
    call: FormulaCall,
  ): Omit<FormulaResponse, "version"> & { range: string; wanted: string } {
    const { bundle, toRealm } = this.session;
    const [row, column] = [anchor.getRow(), anchor.getColumn()];
    let wanted = anchor.getA1Notation();
    let evaluation: Evaluation;
    try {
      const args = toRealm(readArguments(this.spreadsheet, sheet, anchor, call.args));
      evaluation = callCustomFunction(bundle[call.name], call, args);
      if (evaluation.ok) {
        const { block } = evaluation;
        if (
          row + block.length - 1 <= sheet.getMaxRows() &&
          column + block[0].length - 1 <= sheet.getMaxColumns()
        ) {
          wanted = sheet.getRange(row, column, block.length, block[0].length).getA1Notation();
        }
        checkSpillArea(sheet, row, column, block);
      }
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      evaluation = { ok: false, code: error.code, message: error.message };
    }
    if (!evaluation.ok) {
      const range = spill(sheet, row, column, [[evaluation.code]]);
      return { status: "error", message: `${evaluation.code} ${evaluation.message}`, range, wanted };
    }
    return { status: "done", message: null, range: spill(sheet, row, column, evaluation.block), wanted };
  }

  /** GET /api/sheets: every sheet's values, Dates as ISO strings. */
  sheets(): SheetsResponse {
    return {
      sheets: this.session.standIn
        .snapshot()
        .map((sheet) => ({ name: sheet.name, values: jsonValues(sheet) })),
    };
  }

  /** GET /api/snapshot: everything the page draws. */
  snapshot(): PlaygroundSnapshot {
    const spreadsheet = this.spreadsheet;
    const views = this.session.standIn.snapshot().map((snapshot): SheetView => {
      const sheet = spreadsheet.getSheetByName(snapshot.name);
      const formulas = sheet ? this.session.formulas.get(sheet.getSheetId()) : undefined;
      return {
        name: snapshot.name,
        sheetId: sheet?.getSheetId() ?? -1,
        hidden: snapshot.hidden,
        values: jsonValues(snapshot),
        displayValues: snapshot.displayValues,
        kinds: sheet ? cellKinds(sheet, snapshot) : [],
        fontWeights: snapshot.fontWeights,
        backgrounds: snapshot.backgrounds,
        fontColors: snapshot.fontColors,
        frozenRows: snapshot.frozenRows,
        columnWidths: snapshot.columnWidths,
        charts: snapshot.charts.map(({ type, ranges, options, position }) => ({
          type,
          ranges,
          options,
          position,
        })),
        formulas: Object.fromEntries([...(formulas ?? [])].map(([cell, entered]) => [cell, entered.formula])),
      };
    });
    const { ui } = this.session.standIn;
    return {
      version: this.version,
      locale: spreadsheet.getSpreadsheetLocale(),
      activeSheet: spreadsheet.getActiveSheet().getName(),
      activeRange: spreadsheet.getActiveSheet().getActiveRange()?.getA1Notation() ?? null,
      sheets: views,
      menus: ui.menus.map((menu) => ({
        name: menu.name,
        items: menu.items.map((item) => ({ caption: item.caption, functionName: item.functionName })),
      })),
      sidebarTitle: ui.sidebars.at(-1)?.title ?? null,
      sidebarsShown: ui.sidebars.length,
      alerts: [...ui.alerts],
      toasts: ui.toasts.map((toast) => [toast.title, toast.message].filter(Boolean).join(": ")),
    };
  }
}

/** The stand-in's spreadsheet through its own SpreadsheetApp, as a script sees it. */
function spreadsheetOf(standIn: AppsScriptStandIn): Spreadsheet {
  return (standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
}

function jsonValues(snapshot: SheetSnapshot): JsonCell[][] {
  return snapshot.values.map((row) => row.map((value) => value ?? ""));
}

/** Which cells hold numbers or dates, read from the sheet itself (the snapshot has Dates as strings). */
function cellKinds(sheet: Sheet, snapshot: SheetSnapshot): CellKind[][] {
  const rows = snapshot.values.length;
  const columns = snapshot.values[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return [];
  return sheet
    .getRange(1, 1, rows, columns)
    .getValues()
    .map((row) =>
      row.map((value: unknown): CellKind => {
        if (value === "") return "";
        if (typeof value === "number") return "n";
        if (typeof value === "boolean") return "b";
        return isDate(value) ? "d" : "s";
      }),
    );
}
