/** Pieces every section uses: its heading, messages, the spinner, links to the report's sheets. */
import { sheetFragment } from "../shared/a1";
import { type Child, h, type Props } from "./dom";
import type { Actions } from "./model";

/** A numbered section of the sidebar; `tools` sit at the right of its heading. */
export function section(
  id: string,
  step: number,
  title: string,
  tools: Child,
  ...body: Child[]
): HTMLElement {
  return h(
    "section",
    { id, class: "section", "aria-labelledby": `${id}-title` },
    h(
      "div",
      { class: "section-head" },
      h("h2", { id: `${id}-title` }, h("span", { class: "step", "aria-hidden": "true" }, step), title),
      tools,
    ),
    ...body,
  );
}

/** A labelled drop-down above its hint, its "" option standing for none: `change` gets null for it. */
export function choiceField(
  field: { id: string; hintId: string; label: string; hint: string; value: string | null },
  change: (value: string | null) => void,
  ...options: Child[]
): HTMLElement {
  return h(
    "div",
    { class: "field" },
    h("label", { for: field.id, class: "label" }, field.label),
    h(
      "select",
      {
        id: field.id,
        class: "select",
        "aria-describedby": field.hintId,
        value: field.value ?? "",
        on: { change: (event) => change((event.currentTarget as HTMLSelectElement).value || null) },
      },
      ...options,
    ),
    h("p", { id: field.hintId, class: "hint" }, field.hint),
  );
}

export function spinner(): HTMLElement {
  return h("span", { class: "spinner", "aria-hidden": "true" });
}

/**
 * An error region. It is always in the page, empty when there is nothing to say: screen readers
 * announce a change of text in an alert that is already there more reliably than a new alert.
 */
export function alertRegion(key: string, message: string | null): HTMLElement {
  return h(
    "div",
    { "data-key": key, id: key, class: "message message-error", role: "alert", "aria-live": "assertive" },
    message
      ? [h("span", { class: "message-icon", "aria-hidden": "true" }, "!"), h("span", null, message)]
      : null,
  );
}

export type Tone = "done" | "busy" | "info";

/**
 * A polite status region (progress, "saved"), always present for the same reason as alerts.
 * `done` shows a check, `busy` a spinner, `info` just the words.
 */
export function statusRegion(key: string, message: string | null, tone: Tone = "done"): HTMLElement {
  const icon =
    tone === "busy"
      ? spinner()
      : tone === "done"
        ? h("span", { class: "status-icon", "aria-hidden": "true" })
        : null;
  return h(
    "div",
    { "data-key": key, id: key, class: `status status-${tone}`, role: "status", "aria-live": "polite" },
    message ? [icon, message] : null,
  );
}

/**
 * A link that asks the server to open a report sheet, at a row of column A when given (the href
 * alone only moves the sidebar's frame).
 */
export function sheetLink(actions: Actions, sheetId: number, className: string, row?: number): Props {
  return {
    href: sheetFragment(sheetId, row),
    class: className,
    on: {
      click: (event) => {
        event.preventDefault();
        actions.openSheet(sheetId, row);
      },
    },
  };
}
