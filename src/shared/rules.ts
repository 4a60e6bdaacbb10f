/** Rules every door checks the same way: the engine, the settings, the CLI, the sidebar's form. */

/** The funnel window (metrics.md §4): a whole number of days from 1 to 90, 7 by default. */
export const WINDOW_DAYS = { min: 1, max: 90, default: 7 } as const;

/** @example isWindowDays(7) //=> true */
export function isWindowDays(days: unknown): days is number {
  return (
    typeof days === "number" && Number.isInteger(days) && days >= WINDOW_DAYS.min && days <= WINDOW_DAYS.max
  );
}
