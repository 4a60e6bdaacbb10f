/** Where pasted rows go: the one rule the server (which writes them) and the sidebar (which says so) share. */
import type { Labels, Lang } from "./lang";

/**
 * The sheet a table's pasted rows are saved into: its current source when that is one of its data
 * sheets (成员 or Members, whichever holds the data, whatever the language now), else its data
 * sheet in the settings' language. So switching the language never starts a second data sheet
 * that would then become the source and leave the first one's rows out of the report.
 * @example pasteSheet({ en: "Members", zh: "成员" }, "Members", "zh") //=> "Members"
 */
export function pasteSheet(dataSheet: Labels, source: string | null, lang: Lang): string {
  return source !== null && (source === dataSheet.en || source === dataSheet.zh) ? source : dataSheet[lang];
}

/** How much pasted text one google.script.run call carries: a large export goes in several, in order. */
export const PASTE_CHUNK_CHARS = 1_000_000;

/**
 * Pasted text cut into parts of at most about `size` characters at row ends, each starting with
 * the header row, so that every part reads as a table. A line break inside a quoted field
 * (an even number of quotes so far in the row ends it) never cuts a row.
 * @example pasteChunks("h\na\nb\n", 3) //=> ["h\na\n", "h\nb\n"]
 */
export function pasteChunks(text: string, size = PASTE_CHUNK_CHARS): string[] {
  const ends: number[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))) ends.push(i + 1);
  }
  if (ends.length === 0 || ends[ends.length - 1] < text.length) ends.push(text.length);
  const header = text.slice(0, ends[0]);
  const chunks: string[] = [];
  let from = ends[0];
  let last = from;
  for (let r = 1; r < ends.length; r++) {
    if (ends[r] - from > size && last > from) {
      chunks.push(header + text.slice(from, last));
      from = last;
    }
    last = ends[r];
  }
  if (last > from || chunks.length === 0) chunks.push(header + text.slice(from, last));
  return chunks;
}
