/**
 * Rich text (SpreadsheetApp.newRichTextValue, Range.setRichTextValues): a cell's text with links on
 * spans of it. The stand-in keeps what the add-on relies on, the text and its links; text styles
 * are not modelled and fail loudly
 * (developers.google.com/apps-script/reference/spreadsheet/rich-text-value-builder).
 */

import { requireInteger, requireString } from "./args";
import { Registry } from "./registry";
import { type ApiOf, notImplemented, strictObject } from "./strict";

/** A link on the characters [start, end) of a text. */
export interface LinkRun {
  start: number;
  end: number;
  url: string;
}

export interface RichText {
  readonly text: string;
  readonly links: readonly LinkRun[];
}

/** The RichTextValue facades handed out, so setRichTextValues accepts only genuine ones. */
export const richTextValues = new Registry<RichText>("RichTextValue");

function checkSpan(text: string, start: unknown, end: unknown): [number, number] {
  const from = requireInteger(start, "startOffset");
  const to = requireInteger(end, "endOffset");
  if (from < 0 || to > text.length || from >= to) throw new Error(`Invalid argument: offsets ${from}..${to}`);
  return [from, to];
}

/** The one link covering all of [start, end), or null where it has none or several. */
function linkOver(value: RichText, start: number, end: number): string | null {
  const run = value.links.find((link) => link.start <= start && link.end >= end);
  return run?.url ?? null;
}

/** A RichTextValue; immutable, as in Apps Script. */
export function richTextFacade(value: RichText): object {
  const methods = {
    getText: (): string => value.text,
    getStartIndex: (): number => 0,
    getEndIndex: (): number => value.text.length,
    getLinkUrl: (startOffset?: unknown, endOffset?: unknown): string | null => {
      if (startOffset === undefined) return value.text === "" ? null : linkOver(value, 0, value.text.length);
      return linkOver(value, ...checkSpan(value.text, startOffset, endOffset));
    },
    copy: (): object => richTextBuilderFacade(value),
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.RichTextValue>;
  return richTextValues.register(strictObject("RichTextValue", methods), value);
}

/** SpreadsheetApp.newRichTextValue(), or RichTextValue.copy(). */
export function richTextBuilderFacade(start: RichText = { text: "", links: [] }): object {
  let text = start.text;
  let links: LinkRun[] = [...start.links];
  let facade: object;
  const methods = {
    // A new text drops the links, which were on the old text's characters.
    setText: (value: unknown): object => {
      text = requireString(value, "text");
      links = [];
      return facade;
    },
    setLinkUrl: (first: unknown, second?: unknown, third?: unknown): object => {
      const [from, to, url] =
        second === undefined ? [0, text.length, first] : [...checkSpan(text, first, second), third];
      const checked = url === null ? null : requireString(url, "linkUrl");
      // A span set again replaces what was there, link or none.
      links = links.flatMap((link) => {
        if (link.end <= from || link.start >= to) return [link];
        const kept: LinkRun[] = [];
        if (link.start < from) kept.push({ ...link, end: from });
        if (link.end > to) kept.push({ ...link, start: to });
        return kept;
      });
      if (checked !== null && to > from) links.push({ start: from, end: to, url: checked });
      links.sort((a, b) => a.start - b.start);
      return facade;
    },
    setTextStyle: (): object => {
      throw notImplemented("RichTextValueBuilder", "setTextStyle");
    },
    build: (): object => richTextFacade({ text, links: [...links] }),
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.RichTextValueBuilder>;
  facade = strictObject("RichTextValueBuilder", methods);
  return facade;
}
