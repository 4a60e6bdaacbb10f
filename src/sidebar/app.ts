/** The sidebar's behaviour: each action changes the model, calls the server, and renders again. */
import type { Lang, SaveResult, Settings, SidebarState, TableName } from "../shared/bridge";
import { pasteChunks } from "../shared/paste";
import { WINDOW_DAYS } from "../shared/rules";
import { errorMessage, type Server } from "./bridge";
import { pasteMode } from "./data-section";
import { morph } from "./dom";
import { rowCount, type Translate, translate } from "./i18n";
import { type Actions, emptyDraft, initialModel, type Model } from "./model";
import { checkSettings } from "./settings-section";
import { renderApp } from "./view";

function htmlLang(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en";
}

/**
 * Renders the sidebar into `root` (index.html's <main id="app">) and loads its state from the server.
 * `lang` is used until the server says which language the spreadsheet speaks.
 */
export function startSidebar(root: HTMLElement, server: Server, lang: Lang): void {
  const model: Model = initialModel(lang);
  let previewRequest = 0;

  const t = (): Translate => translate(model.lang);
  const failure = (error: unknown): string => errorMessage(error) || t()("unknownError");

  function render(): void {
    document.documentElement.lang = htmlLang(model.lang);
    morph(root, renderApp(model, actions));
  }

  /**
   * A button disabled while its work runs loses the keyboard focus; this puts the focus back on
   * `targetId` afterwards, but only if the operator had it there and has not moved on.
   */
  function keepFocus(id: string, targetId = id): () => void {
    const had = document.activeElement?.id === id;
    return () => {
      const active = document.activeElement;
      if (had && (!active || active === document.body)) document.getElementById(targetId)?.focus();
    };
  }

  function applyState(state: SidebarState, first: boolean): void {
    model.sheets = state.sheets;
    model.timeZone = state.timeZone;
    model.saved = state.settings;
    if (first) {
      model.tables = state.tables;
      model.reportSheets = state.reportSheets;
      model.paste = Object.fromEntries(state.tables.map((t) => [t.name, emptyDraft()])) as Model["paste"];
      model.lang = state.lang;
      model.settings = { ...state.settings, lang: state.lang };
      model.windowText = String(state.settings.windowDays);
      // On a spreadsheet with no member sheet yet, pasting is the way in: show its box at once.
      const members = state.sheets.some((sheet) => !sheet.isReport && sheet.looksLike === "members");
      model.paste.members.open = !state.settings.sources.members && !members;
    } else {
      // The form's unsaved edits stay; the sheet choices are always saved, so they follow the server.
      model.settings = { ...model.settings, sources: state.settings.sources };
    }
  }

  /** A newer sheet list after a save or a build; failing to get one is not worth an error. */
  async function refreshSheets(): Promise<void> {
    try {
      applyState(await server.getSidebarState(), false);
    } catch {
      // The list on screen is merely older.
    }
  }

  async function load(): Promise<void> {
    model.status = "loading";
    render();
    try {
      applyState(await server.getSidebarState(), true);
      model.status = "ready";
    } catch (error) {
      model.status = "failed";
      model.loadError = failure(error);
    }
    render();
    if (model.status === "ready") await refreshPreviews();
  }

  async function refreshPreviews(): Promise<void> {
    const request = ++previewRequest;
    const sources = model.settings.sources;
    if (model.tables.every((table) => sources[table.name] === null)) {
      model.previews = {};
      model.previewLoading = false;
      render();
      return;
    }
    // Preview what a build would use now: the form if it is valid, else what is saved.
    const settings = checkSettings(model).settings ?? { ...model.saved, sources };
    model.previewLoading = true;
    model.previewError = null;
    render();
    try {
      const previews = await server.previewTables(settings);
      if (request !== previewRequest) return;
      model.previews = Object.fromEntries(previews.map((preview) => [preview.table, preview]));
    } catch (error) {
      if (request !== previewRequest) return;
      model.previewError = failure(error);
    }
    model.previewLoading = false;
    render();
  }

  /** Saves a change of sheet choices on its own: the rest of the form may be mid-edit. */
  async function saveSources(sources: Settings["sources"]): Promise<void> {
    model.sourceError = null;
    try {
      const saved = await server.saveSettings({ ...model.saved, sources });
      model.saved = saved;
      model.settings = { ...model.settings, sources: saved.sources };
    } catch (error) {
      model.sourceError = failure(error);
    }
  }

  async function chooseSource(table: TableName, sheet: string | null): Promise<void> {
    const sources = { ...model.settings.sources, [table]: sheet };
    model.settings = { ...model.settings, sources };
    render();
    await saveSources(sources);
    render();
    await refreshPreviews();
  }

  function savedNotice(result: SaveResult): string {
    const rows = rowCount(t(), result.rowsWritten);
    const key =
      result.mode === "append" ? "savedAppend" : result.mode === "replace" ? "savedReplace" : "savedNew";
    return t()(key, { rows, sheet: result.sheet });
  }

  async function savePaste(table: TableName, confirmed = false): Promise<void> {
    const draft = model.paste[table];
    if (draft.saving) return;
    const mode = pasteMode(model, table);
    draft.notice = null;
    draft.error = draft.text.trim() ? null : t()("pasteEmpty");
    if (draft.error) {
      render();
      return;
    }
    if (mode === "replace" && !confirmed) {
      draft.confirmingReplace = true;
      render();
      document.getElementById(`replace-confirm-${table}`)?.focus();
      return;
    }
    const restoreFocus = keepFocus(`paste-save-${table}`, `paste-toggle-${table}`);
    Object.assign(draft, { confirmingReplace: false, saving: true });
    // A large export goes in parts, each appended after the one before (shared/paste.ts).
    const parts = pasteChunks(draft.text);
    render();
    try {
      const results: SaveResult[] = [];
      for (let i = 0; i < parts.length; i++) {
        draft.part = parts.length > 1 ? { at: i + 1, of: parts.length } : null;
        render();
        const last = i === parts.length - 1;
        results.push(await server.savePastedTable(table, parts[i], i === 0 ? mode : "append", last));
      }
      const [first, last] = [results[0], results[results.length - 1]];
      const rowsWritten = results.reduce((sum, r) => sum + r.rowsWritten, 0);
      // The whole paste was saved as its first part was: new, appended or replacing.
      model.paste[table] = { ...emptyDraft(), notice: savedNotice({ ...first, rowsWritten }) };
      if (last.preview) model.previews = { ...model.previews, [table]: last.preview };
      await refreshSheets();
      if (model.saved.sources[table] !== last.sheet) {
        await saveSources({ ...model.saved.sources, [table]: last.sheet });
      }
    } catch (error) {
      Object.assign(draft, { saving: false, part: null, error: failure(error) });
      // A teammate may have filled the data sheet meanwhile: the fresh list brings up Append/Replace.
      await refreshSheets();
    }
    render();
    restoreFocus();
    if (model.paste[table].notice) await refreshPreviews();
  }

  async function saveSettings(): Promise<void> {
    const { settings } = checkSettings(model);
    model.settingsNotice = null;
    model.settingsError = null;
    if (!settings) {
      render();
      document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
      return;
    }
    const restoreFocus = keepFocus("settings-save");
    model.settingsSaving = true;
    render();
    try {
      const saved = await server.saveSettings(settings);
      model.saved = saved;
      model.settings = { ...saved, lang: model.lang };
      model.windowText = String(saved.windowDays);
      model.settingsNotice = t()("settingsSaved");
    } catch (error) {
      model.settingsError = failure(error);
    }
    model.settingsSaving = false;
    render();
    restoreFocus();
    await refreshPreviews();
  }

  async function setLang(lang: Lang): Promise<void> {
    if (lang === model.lang) return;
    model.lang = lang;
    model.settings = { ...model.settings, lang };
    // Messages made on this side were worded in the old language; the data-driven ones re-render.
    for (const draft of Object.values(model.paste)) Object.assign(draft, { error: null, notice: null });
    model.settingsNotice = null;
    // A build's error came worded by the server (or here) in the old language: the next build says it again.
    model.build.error = null;
    render();
    try {
      model.saved = await server.saveSettings({ ...model.saved, lang });
    } catch (error) {
      model.settingsError = failure(error);
    }
    render();
    // The server words its own messages (a missing column) in the saved language.
    await refreshPreviews();
  }

  async function build(): Promise<void> {
    if (model.build.running) return;
    const { settings, windowError, rangeError } = checkSettings(model);
    const problem = windowError ?? rangeError;
    const refusal = problem
      ? t()("buildFixSettings", { problem: t()(problem, WINDOW_DAYS) })
      : settings?.sources.members
        ? null
        : t()("buildNeedsMembers");
    if (!settings || refusal) {
      model.build = { ...model.build, error: refusal };
      render();
      return;
    }
    const restoreFocus = keepFocus("build-button");
    model.build = { running: true, result: null, error: null };
    render();
    try {
      // The server saves the settings it builds with, so that a teammate's rebuild matches.
      const result = await server.buildWeeklyReport(settings);
      model.saved = settings;
      model.build = { running: false, result, error: null };
      await refreshSheets();
    } catch (error) {
      model.build = { running: false, result: null, error: failure(error) };
    }
    render();
    restoreFocus();
    // The headline and the report links sit below the button: bring them into view with it.
    document.getElementById("build-button")?.scrollIntoView({ block: "start" });
  }

  const actions: Actions = {
    setLang: (lang) => void setLang(lang),
    chooseSource: (table, sheet) => void chooseSource(table, sheet),
    togglePaste(table) {
      const draft = model.paste[table];
      draft.open = !draft.open;
      render();
      if (draft.open) document.getElementById(`paste-text-${table}`)?.focus();
    },
    editPaste(table, text) {
      Object.assign(model.paste[table], { text, error: null, confirmingReplace: false });
      render();
    },
    choosePasteMode(table, mode) {
      Object.assign(model.paste[table], { mode, error: null, confirmingReplace: false });
      render();
    },
    savePaste: (table, confirmed) => void savePaste(table, confirmed),
    cancelReplace(table) {
      model.paste[table].confirmingReplace = false;
      render();
      document.getElementById(`paste-save-${table}`)?.focus();
    },
    refreshPreviews: () => void refreshPreviews(),
    editSettings(patch) {
      model.settings = { ...model.settings, ...patch };
      model.settingsNotice = null;
      render();
    },
    editWindow(text) {
      model.windowText = text;
      model.settingsNotice = null;
      render();
    },
    saveSettings: () => void saveSettings(),
    build: () => void build(),
    openSheet(sheetId, row) {
      server.openReportSheet(sheetId, row ?? null).catch((error: unknown) => {
        model.build = { ...model.build, error: failure(error) };
        render();
      });
    },
    reload: () => void load(),
  };

  void load();
}
