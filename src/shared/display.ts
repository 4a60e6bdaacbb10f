/** Values as people read them on screen: the CLI's tables, the sidebar's headline and preview. */
import { formatDay } from "./days";
import type { Labels, Lang } from "./lang";

/**
 * What a column holds, which decides how a value is shown, formatted and charted. A multiple is a
 * ratio read as "times" (ROI, GMV per unit spent: 1.55x), apart from rates (25.0%).
 */
export type ColumnKind = "day" | "int" | "number" | "rate" | "money" | "bool" | "text" | "multiple";

/** What follows a multiple on screen, in cells and on chart axes: 1.55x, 1.55倍. */
export const MULTIPLE_SUFFIX: Labels = { en: "x", zh: "倍" };

/** A value of a report table: days as Day numbers, money in yuan, rates as fractions, null for empty. */
export type LayoutValue = number | string | boolean | null;

/** An empty value: a rate over 0, a missing table. */
export const EMPTY = "—";

function grouped(value: number, decimals: number): string {
  const [int, frac] = Math.abs(value).toFixed(decimals).split(".");
  const text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
  return value < 0 ? `-${text}` : text;
}

/**
 * @example displayValue(0.25, "rate", "en") //=> "25.0%"
 * @example displayValue(1299.5, "money", "en") //=> "1,299.50"
 * @example displayValue(407.8333, "number", "en") //=> "407.83"
 * @example displayValue(431, "number", "en") //=> "431.00"
 * @example displayValue(1.5517, "multiple", "zh") //=> "1.55倍"
 */
export function displayValue(value: LayoutValue, kind: ColumnKind, lang: Lang): string {
  if (value === null || value === "") return EMPTY;
  if (typeof value === "boolean") return lang === "zh" ? (value ? "是" : "否") : value ? "yes" : "no";
  if (typeof value === "string") return value;
  switch (kind) {
    case "day":
      return formatDay(value);
    case "rate":
      return `${(value * 100).toFixed(1)}%`;
    case "money":
      return grouped(value, 2);
    case "int":
      return grouped(value, 0);
    case "multiple":
      return `${grouped(value, 2)}${MULTIPLE_SUFFIX[lang]}`;
    case "number":
      // A ratio such as views per post: two decimals, as the sheets and the workbook show it
      // (#,##0.00), so that a column's decimals line up.
      return grouped(value, 2);
    default:
      return String(value);
  }
}
