/** 3. Settings: week start, date range, funnel window, what to compare by, the follow-up lists' week. Saved with the document. */
import type { Settings, WeekStart } from "../shared/bridge";
import { isWindowDays, WINDOW_DAYS } from "../shared/rules";
import { h } from "./dom";
import { focusWeekField } from "./focus-week";
import { type MessageKey, translate } from "./i18n";
import { type Actions, type Model, sameSettings, tableInfo } from "./model";
import { alertRegion, choiceField, section, spinner, statusRegion } from "./parts";

export interface SettingsCheck {
  /** The settings to save or build with; null while a field is invalid. */
  settings: Settings | null;
  windowError: MessageKey | null;
  rangeError: MessageKey | null;
}

/** Reads the form as the server would accept it (metrics.md §4: a window of 1–90 days, from ≤ to). */
export function checkSettings(model: Model): SettingsCheck {
  const text = model.windowText.trim();
  const days = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  const windowError = isWindowDays(days) ? null : "windowInvalid";
  const { from, to } = model.settings;
  // YYYY-MM-DD strings compare as the days they name.
  const rangeError = from && to && from > to ? "rangeInvalid" : null;
  return {
    settings: windowError || rangeError ? null : { ...model.settings, windowDays: days },
    windowError,
    rangeError,
  };
}

function weekStartChoice(model: Model, actions: Actions): HTMLElement {
  const t = translate(model.lang);
  const radio = (value: WeekStart): HTMLElement =>
    h(
      "label",
      { class: "radio" },
      h("input", {
        type: "radio",
        id: `week-${value}`,
        name: "week-start",
        value,
        checked: model.settings.weekStartsOn === value,
        on: { change: () => actions.editSettings({ weekStartsOn: value }) },
      }),
      h("span", null, t(value)),
    );
  return h(
    "fieldset",
    { class: "choice choice-inline" },
    h("legend", null, t("weekStartLegend")),
    radio("monday"),
    radio("sunday"),
  );
}

function dateField(model: Model, actions: Actions, which: "from" | "to", invalid: boolean): HTMLElement {
  const t = translate(model.lang);
  return h(
    "div",
    { class: "field" },
    h("label", { for: `range-${which}`, class: "label" }, t(which === "from" ? "rangeFrom" : "rangeTo")),
    h("input", {
      type: "date",
      id: `range-${which}`,
      class: "input",
      min: "1900-01-01",
      max: "2999-12-31",
      value: model.settings[which] ?? "",
      "aria-describedby": "range-hint range-error",
      "aria-invalid": invalid ? "true" : null,
      on: {
        change: (event) => {
          const day = (event.currentTarget as HTMLInputElement).value || null;
          actions.editSettings(which === "from" ? { from: day } : { to: day });
        },
      },
    }),
  );
}

function rangeFields(model: Model, actions: Actions, error: MessageKey | null): HTMLElement {
  const t = translate(model.lang);
  return h(
    "fieldset",
    { class: "range" },
    h("legend", null, t("rangeLegend")),
    h(
      "div",
      { class: "row" },
      dateField(model, actions, "from", !!error),
      dateField(model, actions, "to", !!error),
    ),
    h("p", { id: "range-hint", class: "hint" }, t("rangeHint")),
    h("p", { id: "range-error", class: "field-error" }, error ? t(error) : null),
  );
}

function windowField(model: Model, actions: Actions, error: MessageKey | null): HTMLElement {
  const t = translate(model.lang);
  return h(
    "div",
    { class: "field" },
    h("label", { for: "window-days", class: "label" }, t("windowLabel")),
    h(
      "div",
      { class: "with-unit" },
      h("input", {
        type: "number",
        id: "window-days",
        class: "input input-number",
        min: WINDOW_DAYS.min,
        max: WINDOW_DAYS.max,
        step: 1,
        inputmode: "numeric",
        value: model.windowText,
        "aria-describedby": "window-hint window-error",
        "aria-invalid": error ? "true" : null,
        on: { input: (event) => actions.editWindow((event.currentTarget as HTMLInputElement).value) },
      }),
      h("span", { class: "unit", "aria-hidden": "true" }, t("windowUnit")),
    ),
    h("p", { id: "window-hint", class: "hint" }, t("windowHint", WINDOW_DAYS)),
    h("p", { id: "window-error", class: "field-error" }, error ? t(error, WINDOW_DAYS) : null),
  );
}

/** The fields a comparison names by the engine's name; every other column by its header. */
const NAMED_FIELDS = ["group", "channel"] as const;

/**
 * What the report can compare by (insights.md §12), from the members preview: group and channel
 * when a column serves them, then the columns that serve no field (the operator's own tags).
 */
function compareChoices(model: Model): { value: string; label: string }[] {
  const t = translate(model.lang);
  const preview = model.previews.members;
  if (!preview) return [];
  const { fields } = tableInfo(model, "members");
  const named = NAMED_FIELDS.flatMap((field) => {
    const header = preview.columns.find((c) => c.field === field)?.header;
    const label = fields.find((f) => f.name === field)?.label[model.lang] ?? field;
    return header ? [{ value: field, label: t("compareField", { field: label, header }) }] : [];
  });
  return [...named, ...preview.otherColumns.map((header) => ({ value: header, label: header }))];
}

/** A saved choice by its name: group and channel by their labels (Channel, 渠道), a column by its header. */
function choiceName(model: Model, by: string): string {
  const field = tableInfo(model, "members").fields.find((f) => f.name === by);
  return (NAMED_FIELDS as readonly string[]).includes(by) && field ? field.label[model.lang] : by;
}

function compareField(model: Model, actions: Actions): HTMLElement {
  const t = translate(model.lang);
  const choices = compareChoices(model);
  const current = model.settings.by;
  const unknown = current !== null && !choices.some((c) => c.value === current);
  // "Not found" only once the members sheet has been read: not before, nor when it cannot be.
  const members = model.previews.members;
  const missing = unknown && members !== undefined && !members.error;
  return choiceField(
    {
      id: "compare-by",
      hintId: "compare-hint",
      label: t("compareLabel"),
      hint: t("compareHint"),
      value: current,
    },
    (by) => actions.editSettings({ by }),
    h("option", { value: "" }, t("compareNone")),
    unknown
      ? h(
          "option",
          { value: current },
          missing ? t("compareMissing", { name: choiceName(model, current) }) : choiceName(model, current),
        )
      : null,
    choices.map((c) => h("option", { value: c.value }, c.label)),
  );
}

export function renderSettingsSection(model: Model, actions: Actions): HTMLElement {
  const t = translate(model.lang);
  const check = checkSettings(model);
  const unsaved = !check.settings || !sameSettings(check.settings, model.saved);
  // While saving, the button itself says so.
  const note = model.settingsSaving
    ? null
    : (model.settingsNotice ?? (unsaved ? t("settingsUnsaved") : null));
  return section(
    "settings",
    3,
    t("settingsTitle"),
    null,
    h(
      "form",
      {
        id: "settings-form",
        novalidate: true,
        on: {
          submit: (event) => {
            event.preventDefault();
            actions.saveSettings();
          },
        },
      },
      weekStartChoice(model, actions),
      rangeFields(model, actions, check.rangeError),
      windowField(model, actions, check.windowError),
      compareField(model, actions),
      focusWeekField(model, actions),
      model.timeZone ? h("p", { class: "hint" }, t("timeZone", { zone: model.timeZone })) : null,
      h(
        "div",
        { class: "actions" },
        h(
          "button",
          {
            type: "submit",
            id: "settings-save",
            class: "button button-outlined",
            disabled: model.settingsSaving,
            "aria-busy": model.settingsSaving ? "true" : null,
          },
          model.settingsSaving ? [spinner(), t("settingsSaving")] : t("settingsSave"),
        ),
      ),
      statusRegion("settings-status", note, model.settingsNotice ? "done" : "info"),
      alertRegion("settings-error", model.settingsError),
    ),
  );
}
