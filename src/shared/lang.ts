/** The two languages of the product, and how a locale picks one. */

export type Lang = "en" | "zh";

/** A text in both languages. */
export interface Labels {
  en: string;
  zh: string;
}

/**
 * The language of a locale (a spreadsheet's, the machine's, the browser's): Chinese for zh*,
 * English otherwise.
 * @example langOfLocale("zh_CN") //=> "zh"
 */
export function langOfLocale(locale: string): Lang {
  return /^zh/i.test(locale) ? "zh" : "en";
}
