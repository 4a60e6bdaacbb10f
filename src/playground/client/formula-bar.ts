/**
 * The formula bar: a name box with the selected cell and the text of that cell (its formula, or its
 * value). Enter sends the text to the server, which evaluates the add-on's custom functions only.
 */

export interface FormulaBarElements {
  nameBox: HTMLInputElement;
  input: HTMLInputElement;
  note: HTMLElement;
}

export interface FormulaBarHandlers {
  /** Enter in the formula input: store or evaluate `text` in `cell`. */
  submit: (cell: string, text: string) => void;
  /** Enter in the name box: go to that cell. */
  goTo: (cell: string) => void;
}

export interface FormulaBar {
  /** Shows the selected cell and its content (Escape goes back to it). */
  show: (cell: string, text: string) => void;
  /** A message under the bar: a refused formula or an error; null hides it. */
  note: (text: string | null, kind?: "info" | "error") => void;
  /** Puts the caret in the input, optionally replacing its text (typing on a selected cell). */
  edit: (text?: string) => void;
}

export function createFormulaBar(elements: FormulaBarElements, handlers: FormulaBarHandlers): FormulaBar {
  const { nameBox, input, note } = elements;
  let shown = "";

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.isComposing) {
      event.preventDefault();
      handlers.submit(nameBox.value.trim().toUpperCase(), input.value);
    } else if (event.key === "Escape") {
      input.value = shown;
      input.blur();
    }
  });
  nameBox.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();
      handlers.goTo(nameBox.value.trim().toUpperCase());
    }
  });

  return {
    show(cell, text) {
      nameBox.value = cell;
      shown = text;
      input.value = text;
    },
    note(text, kind = "info") {
      note.hidden = text === null;
      note.textContent = text ?? "";
      note.dataset.kind = kind;
    },
    edit(text) {
      if (text !== undefined) input.value = text;
      input.focus();
    },
  };
}
