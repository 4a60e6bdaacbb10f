/** 1. Data: for each table, the sheet it is read from, or rows pasted into its data sheet. */
import type { SaveMode, SheetInfo, TableName } from "../shared/bridge";
import { pasteSheet } from "../shared/paste";
import { h } from "./dom";
import { rowCount, type Translate, translate } from "./i18n";
import { type Actions, type Model, tableInfo } from "./model";
import { alertRegion, section, spinner, statusRegion } from "./parts";

export interface PasteTarget {
  sheet: string;
  /** Rows the sheet holds now; null when it does not exist yet. */
  rows: number | null;
  /** Whether the operator chooses Append or Replace before saving. */
  needsMode: boolean;
  /** The table's source now, when saving makes `sheet` the source instead. */
  replacesSource: string | null;
}

/**
 * Where pasted rows of a table go (shared/paste.ts: the rule the server follows), and whether that
 * would touch rows already there.
 */
export function pasteTarget(model: Model, table: TableName): PasteTarget {
  const source = model.settings.sources[table] ?? null;
  const sheet = pasteSheet(tableInfo(model, table).dataSheet, source, model.lang);
  const existing = model.sheets.find((info) => info.name === sheet);
  const rows = existing ? existing.rows : null;
  return {
    sheet,
    rows,
    needsMode: (rows ?? 0) > 0,
    replacesSource: source !== null && source !== sheet ? source : null,
  };
}

/** The mode a paste is saved with: Append unless the operator chose Replace (the weekly habit adds rows). */
export function pasteMode(model: Model, table: TableName): SaveMode | null {
  return pasteTarget(model, table).needsMode ? (model.paste[table].mode ?? "append") : null;
}

function sheetOption(t: Translate, info: SheetInfo): HTMLOptionElement {
  return h(
    "option",
    { value: info.name },
    t("sourceOption", { name: info.name, rows: rowCount(t, info.rows) }),
  );
}

function sourceSelect(model: Model, actions: Actions, table: TableName, t: Translate): HTMLSelectElement {
  const current = model.settings.sources[table];
  // The add-on's own report sheets are never input: a report built from a report is nonsense.
  const usable = model.sheets.filter((info) => !info.isReport);
  const matching = usable.filter((info) => info.looksLike === table);
  const others = usable.filter((info) => info.looksLike !== table);
  const missing = current !== null && !usable.some((info) => info.name === current);
  return h(
    "select",
    {
      id: `source-${table}`,
      class: "select",
      "aria-labelledby": `source-label-${table} data-${table}-title`,
      value: current ?? "",
      on: {
        change: (event) =>
          actions.chooseSource(table, (event.currentTarget as HTMLSelectElement).value || null),
      },
    },
    h("option", { value: "" }, tableInfo(model, table).required ? t("sourceChoose") : t("sourceNone")),
    missing ? h("option", { value: current }, t("sourceMissing", { name: current })) : null,
    matching.length > 0
      ? h("optgroup", { label: t("sourceMatching") }, ...matching.map((info) => sheetOption(t, info)))
      : null,
    others.length > 0
      ? h("optgroup", { label: t("sourceOther") }, ...others.map((info) => sheetOption(t, info)))
      : null,
  );
}

function modeChoice(model: Model, actions: Actions, table: TableName, target: PasteTarget): HTMLElement {
  const t = translate(model.lang);
  const radio = (mode: SaveMode): HTMLElement =>
    h(
      "label",
      { class: "radio" },
      h("input", {
        type: "radio",
        id: `mode-${table}-${mode}`,
        name: `mode-${table}`,
        value: mode,
        checked: pasteMode(model, table) === mode,
        on: { change: () => actions.choosePasteMode(table, mode) },
      }),
      h("span", null, t(mode === "append" ? "modeAppend" : "modeReplace")),
    );
  const legend = t("modeLegend", { sheet: target.sheet, rows: rowCount(t, target.rows ?? 0) });
  return h(
    "fieldset",
    { class: "choice", "data-key": `mode-${table}` },
    h("legend", null, legend),
    radio("append"),
    radio("replace"),
  );
}

function saveButton(model: Model, actions: Actions, table: TableName, target: PasteTarget): HTMLElement {
  const t = translate(model.lang);
  const { saving, part } = model.paste[table];
  const busy = part ? t("pasteSavingPart", part) : t("pasteSaving");
  return h(
    "div",
    { class: "actions" },
    h(
      "button",
      {
        type: "button",
        id: `paste-save-${table}`,
        class: "button button-outlined",
        disabled: saving,
        "aria-busy": saving ? "true" : null,
        on: { click: () => actions.savePaste(table) },
      },
      saving ? [spinner(), busy] : t("pasteSave", { sheet: target.sheet }),
    ),
  );
}

/** Replace removes rows: it says how many, and waits for a second, explicit click. */
function replaceConfirmation(
  model: Model,
  actions: Actions,
  table: TableName,
  target: PasteTarget,
): HTMLElement {
  const t = translate(model.lang);
  const rows = rowCount(t, target.rows ?? 0);
  return h(
    "div",
    { class: "confirm", role: "group", "aria-labelledby": `replace-text-${table}` },
    h(
      "p",
      { id: `replace-text-${table}`, class: "confirm-text" },
      t("replaceConfirm", { rows, sheet: target.sheet }),
    ),
    h(
      "div",
      { class: "actions" },
      h(
        "button",
        {
          type: "button",
          id: `replace-confirm-${table}`,
          class: "button button-danger",
          on: { click: () => actions.savePaste(table, true) },
        },
        t("replaceConfirmButton", { rows }),
      ),
      h(
        "button",
        {
          type: "button",
          id: `replace-cancel-${table}`,
          class: "button button-text",
          on: { click: () => actions.cancelReplace(table) },
        },
        t("replaceCancel"),
      ),
    ),
  );
}

function pastePanel(model: Model, actions: Actions, table: TableName): HTMLElement {
  const t = translate(model.lang);
  const draft = model.paste[table];
  const target = pasteTarget(model, table);
  const errorId = `paste-error-${table}`;
  return h(
    "div",
    { id: `paste-${table}`, class: "paste", hidden: !draft.open },
    h(
      "label",
      { for: `paste-text-${table}`, class: "label" },
      t("pasteLabel", { table: tableInfo(model, table).label[model.lang] }),
    ),
    h("p", { id: `paste-hint-${table}`, class: "hint" }, t("pasteHint")),
    h("textarea", {
      id: `paste-text-${table}`,
      class: "textarea",
      rows: 6,
      wrap: "off",
      spellcheck: "false",
      autocomplete: "off",
      "aria-describedby": `paste-hint-${table} ${errorId}`,
      "aria-invalid": draft.error ? "true" : null,
      value: draft.text,
      on: { input: (event) => actions.editPaste(table, (event.currentTarget as HTMLTextAreaElement).value) },
    }),
    target.needsMode ? modeChoice(model, actions, table, target) : null,
    target.replacesSource
      ? h(
          "p",
          { class: "hint", id: `paste-switch-${table}` },
          t("pasteSourceSwitch", {
            table: tableInfo(model, table).label[model.lang],
            sheet: target.sheet,
            source: target.replacesSource,
          }),
        )
      : null,
    draft.confirmingReplace
      ? replaceConfirmation(model, actions, table, target)
      : saveButton(model, actions, table, target),
    alertRegion(errorId, draft.error),
  );
}

function tableCard(model: Model, actions: Actions, table: TableName): HTMLElement {
  const t = translate(model.lang);
  const draft = model.paste[table];
  const info = tableInfo(model, table);
  const required = info.required;
  return h(
    "div",
    { class: "card", "data-key": `data-${table}` },
    h(
      "div",
      { class: "card-head" },
      h("h3", { id: `data-${table}-title`, class: "card-title" }, info.label[model.lang]),
      h("span", { class: required ? "chip chip-required" : "chip" }, t(required ? "required" : "optional")),
    ),
    h("p", { class: "hint" }, info.about[model.lang]),
    h("label", { id: `source-label-${table}`, for: `source-${table}`, class: "label" }, t("sourceLabel")),
    sourceSelect(model, actions, table, t),
    h(
      "button",
      {
        type: "button",
        id: `paste-toggle-${table}`,
        class: "disclosure",
        "aria-expanded": String(draft.open),
        "aria-controls": `paste-${table}`,
        "aria-labelledby": `paste-toggle-${table} data-${table}-title`,
        on: { click: () => actions.togglePaste(table) },
      },
      h("span", { class: "chevron", "aria-hidden": "true" }),
      t("pasteToggle"),
    ),
    pastePanel(model, actions, table),
    statusRegion(`paste-notice-${table}`, draft.notice),
  );
}

export function renderDataSection(model: Model, actions: Actions): HTMLElement {
  const t = translate(model.lang);
  return section(
    "data",
    1,
    t("dataTitle"),
    null,
    h("p", { class: "intro" }, t("dataIntro")),
    model.tables.map((table) => tableCard(model, actions, table.name)),
    alertRegion("source-error", model.sourceError),
  );
}
