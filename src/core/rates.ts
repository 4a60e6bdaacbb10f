/** Rates and growth (metrics.md §6): empty, never 0 or an error, when the denominator is 0. */

/** @example ratio(3, 12) //=> 0.25 */
export function ratio(part: number | null, whole: number | null): number | null {
  return part === null || whole === null || whole === 0 ? null : part / whole;
}

/** @example growth(15, 10) //=> 0.5 */
export function growth(current: number | null, previous: number | null): number | null {
  return current === null || previous === null || previous === 0 ? null : (current - previous) / previous;
}

/**
 * A money ratio in integer cents (insights.md, notation): exact cents over a count, rounded to the
 * cent half away from zero; null over 0.
 * @example centsRatio(1000, 3) //=> 333
 */
export function centsRatio(cents: number | null, whole: number | null): number | null {
  const value = ratio(cents, whole);
  return value === null ? null : Math.sign(value) * Math.round(Math.abs(value));
}
