/** What the sidebar knows at a moment; the views are functions of it. */
import type {
  BuildResult,
  Lang,
  SaveMode,
  Settings,
  SheetInfo,
  SidebarState,
  TableInfo,
  TableName,
  TablePreview,
} from "../shared/bridge";
import { WINDOW_DAYS } from "../shared/rules";

/** What the views may ask for; the app (app.ts) carries it out and renders again. */
export interface Actions {
  setLang(lang: Lang): void;
  chooseSource(table: TableName, sheet: string | null): void;
  togglePaste(table: TableName): void;
  editPaste(table: TableName, text: string): void;
  choosePasteMode(table: TableName, mode: SaveMode): void;
  /** Saves the paste; Replace first asks to confirm, and `confirmed` says it was. */
  savePaste(table: TableName, confirmed?: boolean): void;
  cancelReplace(table: TableName): void;
  refreshPreviews(): void;
  editSettings(patch: Partial<Settings>): void;
  editWindow(text: string): void;
  saveSettings(): void;
  build(): void;
  /** Opens a report sheet, at a row of column A when given (a follow-up list's block). */
  openSheet(sheetId: number, row?: number): void;
  reload(): void;
}

export interface PasteDraft {
  open: boolean;
  text: string;
  /** Append unless the operator picks Replace, which asks to confirm before any row goes. */
  mode: SaveMode | null;
  /** Replace was chosen and waits for the operator to confirm the rows it removes. */
  confirmingReplace: boolean;
  saving: boolean;
  /** While a large paste is sent in parts: which one. */
  part: { at: number; of: number } | null;
  error: string | null;
  notice: string | null;
}

export interface BuildState {
  running: boolean;
  result: BuildResult | null;
  error: string | null;
}

export interface Model {
  status: "loading" | "ready" | "failed";
  loadError: string | null;
  lang: Lang;
  timeZone: string;
  /** The input tables, as the server's catalogue has them; empty until it answers. */
  tables: TableInfo[];
  /** The report sheets a build writes, in tab order. */
  reportSheets: SidebarState["reportSheets"];
  sheets: SheetInfo[];
  /** As the server last saved them. */
  saved: Settings;
  /** As the form shows them; differs from `saved` until saved. */
  settings: Settings;
  /** The window field as typed, so that "" or "9x" can be shown and corrected rather than lost. */
  windowText: string;
  settingsSaving: boolean;
  settingsNotice: string | null;
  settingsError: string | null;
  /** A failure to save a sheet choice. */
  sourceError: string | null;
  previews: Partial<Record<TableName, TablePreview>>;
  previewLoading: boolean;
  previewError: string | null;
  /** Per table: empty until the server has said which tables there are. */
  paste: Record<TableName, PasteDraft>;
  build: BuildState;
}

export function emptyDraft(): PasteDraft {
  return {
    open: false,
    text: "",
    mode: null,
    confirmingReplace: false,
    saving: false,
    part: null,
    error: null,
    notice: null,
  };
}

/** A table as the catalogue describes it. */
export function tableInfo(model: Model, table: TableName): TableInfo {
  return model.tables.find((t) => t.name === table)!;
}

/** Before the server answers: the browser's language decides the loading text. */
export function initialModel(lang: Lang): Model {
  const settings: Settings = {
    sources: {} as Settings["sources"],
    weekStartsOn: "monday",
    from: null,
    to: null,
    windowDays: WINDOW_DAYS.default,
    lang,
    by: null,
    focusWeek: null,
  };
  return {
    status: "loading",
    loadError: null,
    lang,
    timeZone: "",
    tables: [],
    reportSheets: [],
    sheets: [],
    saved: settings,
    settings,
    windowText: String(settings.windowDays),
    settingsSaving: false,
    settingsNotice: null,
    settingsError: null,
    sourceError: null,
    previews: {},
    previewLoading: false,
    previewError: null,
    paste: {} as Model["paste"],
    build: { running: false, result: null, error: null },
  };
}

/** Field by field: the server may send the same settings with its keys in another order. */
export function sameSettings(a: Settings, b: Settings): boolean {
  const tables = new Set([...Object.keys(a.sources), ...Object.keys(b.sources)]) as Set<TableName>;
  return (
    [...tables].every((table) => (a.sources[table] ?? null) === (b.sources[table] ?? null)) &&
    a.weekStartsOn === b.weekStartsOn &&
    (a.from ?? null) === (b.from ?? null) &&
    (a.to ?? null) === (b.to ?? null) &&
    a.windowDays === b.windowDays &&
    a.lang === b.lang &&
    (a.by ?? null) === (b.by ?? null) &&
    (a.focusWeek ?? null) === (b.focusWeek ?? null)
  );
}
