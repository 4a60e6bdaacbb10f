/** Utilities (formatDate, sleep, getUuid), Session and Logger. */

import { requireString } from "./args";
import { assertTimeZone, isDate } from "./dates";
import { formatSimpleDate } from "./simple-date-format";
import { type ApiOf, strictObject } from "./strict";

export function utilitiesFacade(): object {
  const methods = {
    formatDate: (date: unknown, timeZone: unknown, pattern: unknown): string => {
      if (!isDate(date)) throw new Error(`Invalid argument: date (got ${String(date)})`);
      assertTimeZone(timeZone);
      return formatSimpleDate(date.getTime(), timeZone, requireString(pattern, "format"));
    },
    // A script run is synchronous here; waiting would only slow the tests down.
    sleep: (): void => {},
    getUuid: (): string => globalThis.crypto.randomUUID(),
  } satisfies ApiOf<GoogleAppsScript.Utilities.Utilities>;
  return strictObject("Utilities", methods);
}

export interface SessionSettings {
  scriptTimeZone: string;
  userLocale: string;
}

export function sessionFacade(settings: SessionSettings): object {
  // The stand-in has no signed-in user; Apps Script also answers "" when it may not reveal the email.
  const user = (): object => strictObject("User", { getEmail: (): string => "" });
  const methods = {
    getScriptTimeZone: (): string => settings.scriptTimeZone,
    getActiveUserLocale: (): string => settings.userLocale,
    getActiveUser: user,
    getEffectiveUser: user,
  } satisfies ApiOf<GoogleAppsScript.Base.Session>;
  return strictObject("Session", methods);
}

/** Logger, collecting into `lines`. `Logger.log("a %s", x)` substitutes like Apps Script. */
export function loggerFacade(lines: string[]): object {
  let facade: object;
  const methods = {
    log: (data: unknown, ...values: unknown[]): object => {
      let line = String(data);
      for (const value of values) line = line.replace(/%[sd]/, String(value));
      lines.push(line);
      return facade;
    },
    getLog: (): string => lines.join("\n"),
    clear: (): void => {
      lines.length = 0;
    },
  } satisfies ApiOf<GoogleAppsScript.Base.Logger>;
  facade = strictObject("Logger", methods);
  return facade;
}
