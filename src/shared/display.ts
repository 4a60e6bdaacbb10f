/** Values as people read them on screen: the CLI's tables, the sidebar's headline and preview. */
import { formatDay } from "./days";
import type { Lang } from "./lang";

/** What a column holds, which decides how a value is shown, formatted and charted. */
export type ColumnKind = "day" | "int" | "number" | "rate" | "money" | "bool" | "text";

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
    case "number":
      // A ratio such as views per post: two decimals at most, as the sheets show it.
      return grouped(value, 2).replace(/\.00$|(\.\d)0$/, "$1");
    default:
      return String(value);
  }
}
