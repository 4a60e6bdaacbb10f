/** 2. Preview: what each chosen table will contribute, before anything is built. */
import type { ProblemInfo, TableName, TablePreview } from "../shared/bridge";
import { EMPTY } from "../shared/display";
import { h } from "./dom";
import { formatCount } from "./format";
import { type Translate, translate } from "./i18n";
import { type Actions, type Model, tableInfo } from "./model";

/** A field's label; a field the catalogue does not list (a newer server) shows its own name. */
function fieldLabel(model: Model, table: TableName, field: string): string {
  return tableInfo(model, table).fields.find((f) => f.name === field)?.label[model.lang] ?? field;
}

import { alertRegion, section, statusRegion } from "./parts";

function stat(label: string, value: string, className = "stat"): HTMLElement {
  return h("div", { class: className }, h("dt", null, label), h("dd", null, value));
}

function mappingTable(model: Model, preview: TablePreview, t: Translate): HTMLElement {
  return h(
    "table",
    { class: "mapping" },
    h(
      "caption",
      { class: "sr-only" },
      t("mappingCaption", { table: tableInfo(model, preview.table).label[model.lang] }),
    ),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", { scope: "col" }, t("mappingField")),
        h("th", { scope: "col" }, t("mappingColumn")),
      ),
    ),
    h(
      "tbody",
      null,
      preview.columns.map((column) =>
        h(
          "tr",
          null,
          h("th", { scope: "row" }, fieldLabel(model, preview.table, column.field)),
          h("td", null, h("span", { class: "header-name" }, column.header)),
        ),
      ),
    ),
  );
}

function problemItem(problem: ProblemInfo, preview: TablePreview, t: Translate): HTMLElement {
  // The engine names the field ("amount"); the operator knows the column by its header ("实付金额").
  const column = preview.columns.find((c) => c.field === problem.column)?.header ?? problem.column;
  return h(
    "li",
    null,
    h("span", { class: "problem-where" }, t("problemWhere", { row: problem.row, column })),
    problem.value === "" ? null : h("code", { class: "problem-value" }, problem.value),
    h("span", { class: "problem-why" }, problem.message),
  );
}

function problemList(preview: TablePreview, t: Translate): HTMLElement {
  return h(
    "div",
    { class: "problems" },
    h("h4", { class: "subhead" }, t("problemsTitle")),
    h(
      "ul",
      null,
      preview.firstProblems.map((problem) => problemItem(problem, preview, t)),
    ),
    preview.skipped > preview.firstProblems.length ? h("p", { class: "hint" }, t("problemsMore")) : null,
  );
}

function previewCard(model: Model, table: TableName, source: string): HTMLElement {
  const t = translate(model.lang);
  // A preview of the sheet chosen before is stale: show none until the new one arrives.
  const known = model.previews[table];
  const preview = known?.sheet === source ? known : undefined;
  const state = !preview ? "pending" : preview.error ? "error" : "ready";
  const badge = { pending: "", error: t("badgeError"), ready: t("badgeReady") }[state];
  const titleId = `preview-${table}-title`;
  return h(
    "div",
    { class: `card preview preview-${state}`, "data-key": `preview-${table}`, "aria-labelledby": titleId },
    h(
      "div",
      { class: "card-head" },
      h("h3", { id: titleId, class: "card-title" }, tableInfo(model, table).label[model.lang]),
      badge ? h("span", { class: `badge badge-${state}` }, badge) : null,
    ),
    h("p", { class: "hint sheet-name" }, t("previewSheet", { sheet: source })),
    preview?.error
      ? h(
          "div",
          { class: "message message-error message-static", id: `preview-${table}-error` },
          h("span", { class: "message-icon", "aria-hidden": "true" }, "!"),
          h("span", null, preview.error),
        )
      : null,
    preview && !preview.error
      ? h(
          "dl",
          { class: "stats" },
          stat(t("statRows"), formatCount(preview.rowCount, model.lang)),
          stat(
            t("statSkipped"),
            formatCount(preview.skipped, model.lang),
            preview.skipped > 0 ? "stat stat-warn" : "stat",
          ),
          stat(
            t("statDates"),
            preview.firstDay && preview.lastDay
              ? t("daySpan", { from: preview.firstDay, to: preview.lastDay })
              : EMPTY,
          ),
        )
      : null,
    preview && preview.columns.length > 0 ? mappingTable(model, preview, t) : null,
    preview && preview.staff > 0
      ? h("p", { class: "hint staff-note" }, t("staffLeftOut", { n: formatCount(preview.staff, model.lang) }))
      : null,
    preview && preview.otherColumns.length > 0
      ? h(
          "p",
          { class: "hint other-columns" },
          t(preview.othersKept ? "othersKept" : "othersIgnored", {
            headers: preview.otherColumns.join(", "),
          }),
        )
      : null,
    preview && preview.firstProblems.length > 0 ? problemList(preview, t) : null,
  );
}

export function renderPreviewSection(model: Model, actions: Actions): HTMLElement {
  const t = translate(model.lang);
  const chosen = model.tables.flatMap(({ name: table }) => {
    const source = model.settings.sources[table] ?? null;
    return source === null ? [] : [{ table, source }];
  });
  const refresh = h(
    "button",
    {
      type: "button",
      id: "preview-refresh",
      class: "button button-text button-small",
      "aria-label": t("previewRefreshLabel"),
      disabled: model.previewLoading || chosen.length === 0,
      on: { click: () => actions.refreshPreviews() },
    },
    t("previewRefresh"),
  );
  return section(
    "preview",
    2,
    t("previewTitle"),
    refresh,
    statusRegion("preview-status", model.previewLoading ? t("previewLoading") : null, "busy"),
    alertRegion("preview-error", model.previewError),
    chosen.length === 0
      ? h("p", { class: "empty" }, t("previewEmpty"))
      : chosen.map(({ table, source }) => previewCard(model, table, source)),
  );
}
