/**
 * The lexical layer of Sheets number formats, shared by the number and date renderers: sections
 * separated by ";", and literal text ("quoted", \escaped, _ spacing, * fill, [$currency], [Red]).
 */

/** A run of a format section: either text shown as is, or format codes to interpret. */
export interface FormatPiece {
  literal: boolean;
  text: string;
}

/** Splits a format at top-level ";" (not inside quotes or after a backslash). */
export function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === "\\" && !quoted && i + 1 < format.length) {
      current += ch + format[i + 1];
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
      current += ch;
    } else if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  sections.push(current);
  return sections;
}

/** Breaks one section into literal text and code runs (adjacent runs of the same kind merged). */
export function splitPieces(section: string): FormatPiece[] {
  const pieces: FormatPiece[] = [];
  const push = (literal: boolean, text: string): void => {
    if (text === "") return;
    const last = pieces[pieces.length - 1];
    if (last && last.literal === literal) last.text += text;
    else pieces.push({ literal, text });
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end === -1 ? section.length : end;
      push(true, section.slice(i + 1, stop));
      i = stop;
    } else if (ch === "\\") {
      push(true, section[i + 1] ?? "");
      i++;
    } else if (ch === "_") {
      // "_)" reserves the width of ")": render it as a space.
      push(true, " ");
      i++;
    } else if (ch === "*") {
      // "*x" fills the column with x; a text rendering has no column width, so drop it.
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const stop = end === -1 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      if (inner.startsWith("$")) push(true, inner.slice(1).split("-")[0]);
      else if (/^(?:h+|m+|s+)$/i.test(inner)) push(false, inner); // elapsed time, shown as plain h/m/s
      // Colours ([Red]) and conditions ([>100]) do not change the text.
      i = stop;
    } else {
      push(false, ch);
    }
  }
  return pieces;
}

/** The code characters of a section, with literals removed: what decides the section's kind. */
export function codeOf(pieces: readonly FormatPiece[]): string {
  return pieces
    .filter((piece) => !piece.literal)
    .map((piece) => piece.text)
    .join("");
}
