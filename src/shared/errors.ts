/** Errors people read, in both languages: each door shows them in its own. */
import type { Labels, Lang } from "./lang";

/**
 * An error whose message is for people: the spreadsheet's, the settings' or the command line's
 * language picks which of its two texts they see. Its `message` is the English one.
 */
export class LocalizedError extends Error {
  constructor(readonly text: Labels) {
    super(text.en);
    this.name = "LocalizedError";
  }
}

/** An error's message in a language: a LocalizedError's own words, any other error's message. */
export function localizedMessage(error: unknown, lang: Lang): string {
  if (error instanceof LocalizedError) return error.text[lang];
  return error instanceof Error ? error.message : String(error);
}
