/** Numbers as the sidebar shows them; rates and money read exactly as in the CLI and the report. */
import type { Lang } from "../shared/bridge";
import { displayValue, EMPTY } from "../shared/display";

/** @example formatRate(1.5, "en") //=> "150.0%" */
export function formatRate(value: number | null, lang: Lang): string {
  return displayValue(value, "rate", lang);
}

/** @example formatMoney(298.5, "en") //=> "298.50" */
export function formatMoney(value: number | null, lang: Lang): string {
  return displayValue(value, "money", lang);
}

/** @example formatCount(12345, "en") //=> "12,345" */
export function formatCount(value: number | null, lang: Lang): string {
  return displayValue(value, "int", lang);
}

export type Trend = "up" | "down" | "flat" | "none";

export interface Growth {
  trend: Trend;
  /** ▲ or ▼; empty when flat or not comparable. */
  arrow: string;
  /** The size of the change without its sign: the arrow carries the direction. */
  text: string;
}

/**
 * A week-on-week change. A change that rounds to 0.0% is flat, so no arrow points at nothing.
 * @example formatGrowth(3.6834, "en") //=> { trend: "up", arrow: "▲", text: "368.3%" }
 * @example formatGrowth(null, "en") //=> { trend: "none", arrow: "", text: "—" }
 */
export function formatGrowth(value: number | null, lang: Lang): Growth {
  if (value === null) return { trend: "none", arrow: "", text: EMPTY };
  const text = formatRate(Math.abs(value), lang);
  if (text === formatRate(0, lang)) return { trend: "flat", arrow: "", text };
  return value > 0 ? { trend: "up", arrow: "▲", text } : { trend: "down", arrow: "▼", text };
}

/**
 * The wall-clock time of an instant in the spreadsheet's time zone (the browser's zone may differ).
 * @example formatTime("2024-12-13T06:05:00Z", "Asia/Shanghai", "en") //=> "14:05"
 */
export function formatTime(iso: string, timeZone: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };
  const locale = lang === "zh" ? "zh-CN" : "en-GB";
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(date);
  } catch {
    // An unknown zone name throws a RangeError; the browser's own zone is the next best.
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
}
