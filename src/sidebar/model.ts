/** What the sidebar knows at a moment; the views are functions of it. */
import type {
  BuildResult,
  Lang,
  SaveMode,
  Settings,
  SheetInfo,
  TableName,
  TablePreview,
} from "../server/bridge-types";

/** What the views may ask for; the app (app.ts) carries it out and renders again. */
export interface Actions {
  setLang(lang: Lang): void;
  chooseSource(table: TableName, sheet: string | null): void;
  togglePaste(table: TableName): void;
  editPaste(table: TableName, text: string): void;
  choosePasteMode(table: TableName, mode: SaveMode): void;
  savePaste(table: TableName): void;
  refreshPreviews(): void;
  editSettings(patch: Partial<Settings>): void;
  editWindow(text: string): void;
  saveSettings(): void;
  build(): void;
  openSheet(sheetId: number): void;
  reload(): void;
}

export const TABLES: readonly TableName[] = ["members", "activity", "orders"];

export interface PasteDraft {
  open: boolean;
  text: string;
  /** Null until the operator picks one: nothing is overwritten without that choice. */
  mode: SaveMode | null;
  saving: boolean;
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
  paste: Record<TableName, PasteDraft>;
  build: BuildState;
}

function emptyDraft(): PasteDraft {
  return { open: false, text: "", mode: null, saving: false, error: null, notice: null };
}

/** Before the server answers: the browser's language decides the loading text. */
export function initialModel(lang: Lang): Model {
  const settings: Settings = {
    sources: { members: null, activity: null, orders: null },
    weekStartsOn: "monday",
    from: null,
    to: null,
    windowDays: 7,
    lang,
  };
  return {
    status: "loading",
    loadError: null,
    lang,
    timeZone: "",
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
    paste: { members: emptyDraft(), activity: emptyDraft(), orders: emptyDraft() },
    build: { running: false, result: null, error: null },
  };
}

/** Field by field: the server may send the same settings with its keys in another order. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return (
    TABLES.every((table) => (a.sources[table] ?? null) === (b.sources[table] ?? null)) &&
    a.weekStartsOn === b.weekStartsOn &&
    (a.from ?? null) === (b.from ?? null) &&
    (a.to ?? null) === (b.to ?? null) &&
    a.windowDays === b.windowDays &&
    a.lang === b.lang
  );
}
