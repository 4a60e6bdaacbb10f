/**
 * Heatmap shades for report cells: a fraction from 0 to 1 as a background colour along a scale, so a
 * grid of rates reads at a glance (the retention triangle).
 */

type Rgb = readonly [number, number, number];

/** From one colour at 0 to another at 1. */
export interface Scale {
  from: Rgb;
  to: Rgb;
}

/** White to Sheets' cornflower blue: black text stays legible on the full shade. */
export const BLUE: Scale = { from: [0xff, 0xff, 0xff], to: [0x4a, 0x86, 0xe8] };
/** Light to mid grey, for values still moving (a week that is not complete): never white, so 0% shows too. */
export const GREY: Scale = { from: [0xf1, 0xf3, 0xf4], to: [0xbd, 0xc1, 0xc6] };
/** The font colour that marks such values. */
export const MUTED_TEXT = "#5f6368";

const hex = (n: number): string => Math.round(n).toString(16).padStart(2, "0");

/**
 * The shade of `fraction` (clamped to 0…1) on a scale; null for an empty value.
 * @example shadeOf(0.5, BLUE) //=> "#a5c3f4"
 */
export function shadeOf(fraction: number | null, { from, to }: Scale): string | null {
  if (fraction === null) return null;
  const t = Math.min(1, Math.max(0, fraction));
  return `#${from.map((c, i) => hex(c + (to[i] - c) * t)).join("")}`;
}
