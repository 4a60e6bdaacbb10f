/** What a formula needs from its spreadsheet: the time zone its days are read in, and its language. */
import { ZoneClock } from "../core/calendar";
import { type Lang, langOfLocale } from "../shared/lang";

export interface SheetContext {
  /** Reads and writes days in the spreadsheet's zone, which may differ from the script's. */
  clock: ZoneClock;
  lang: Lang;
}

// A clock caches zone offsets per hour; keeping it lets formulas of one execution share that work.
let cachedClock: ZoneClock | null = null;

function clockFor(timeZone: string): ZoneClock {
  if (cachedClock?.timeZone !== timeZone) cachedClock = new ZoneClock(timeZone);
  return cachedClock;
}

/** The active spreadsheet's zone and language. */
export function sheetContext(): SheetContext {
  const spreadsheet = SpreadsheetApp.getActive();
  return {
    clock: clockFor(spreadsheet.getSpreadsheetTimeZone()),
    lang: langOfLocale(spreadsheet.getSpreadsheetLocale()),
  };
}
