/** PropertiesService: document, user and script key/value stores, with Apps Script's size quotas. */

import { type Authorization, requireAuthorization } from "./auth";
import { type ApiOf, strictObject } from "./strict";

/** Apps Script quotas: 9 KB per value, 500 KB per store. */
export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;

const encoder = new TextEncoder();

function bytes(text: string): number {
  return encoder.encode(text).length;
}

/** Apps Script coerces keys and values to strings but rejects a missing one. */
function toText(value: unknown, what: "key" | "value"): string {
  if (value === undefined || value === null) throw new Error(`Invalid argument: ${what}`);
  return String(value);
}

function storeBytes(entries: ReadonlyMap<string, string>): number {
  let total = 0;
  for (const [key, value] of entries) total += bytes(key) + bytes(value);
  return total;
}

/** Applies `changes` to a copy of `store`, checks the quotas, then commits (all or nothing). */
function commit(store: Map<string, string>, changes: Iterable<[string, string]>, clearFirst: boolean): void {
  const next = new Map(clearFirst ? [] : store);
  for (const [key, value] of changes) {
    if (bytes(value) > MAX_PROPERTY_VALUE_BYTES)
      throw new Error(`Argument too large: value (property "${key}")`);
    next.set(key, value);
  }
  if (storeBytes(next) > MAX_PROPERTY_STORE_BYTES) {
    throw new Error(
      "You have exceeded the property storage quota. Please remove some properties and try again.",
    );
  }
  store.clear();
  for (const [key, value] of next) store.set(key, value);
}

export function propertiesFacade(store: Map<string, string>): object {
  let facade: object;
  const methods = {
    getProperty: (key: unknown): string | null => store.get(toText(key, "key")) ?? null,
    setProperty: (key: unknown, value: unknown): object => {
      commit(store, [[toText(key, "key"), toText(value, "value")]], false);
      return facade;
    },
    setProperties: (properties: unknown, deleteAllOthers?: unknown): object => {
      if (typeof properties !== "object" || properties === null)
        throw new Error("Invalid argument: properties");
      const changes = Object.entries(properties).map(([key, value]): [string, string] => [
        key,
        toText(value, "value"),
      ]);
      commit(store, changes, deleteAllOthers === true);
      return facade;
    },
    getProperties: (): Record<string, string> => Object.fromEntries(store),
    getKeys: (): string[] => [...store.keys()],
    deleteProperty: (key: unknown): object => {
      store.delete(toText(key, "key"));
      return facade;
    },
    deleteAllProperties: (): object => {
      store.clear();
      return facade;
    },
  } satisfies ApiOf<GoogleAppsScript.Properties.Properties>;
  facade = strictObject("Properties", methods);
  return facade;
}

export function propertiesServiceFacade(auth: Authorization): object {
  const document = new Map<string, string>();
  const user = new Map<string, string>();
  const script = new Map<string, string>();
  const store = (name: string, entries: Map<string, string>): object => {
    requireAuthorization(auth, `PropertiesService.${name}`);
    return propertiesFacade(entries);
  };
  const methods = {
    getDocumentProperties: (): object => store("getDocumentProperties", document),
    getUserProperties: (): object => store("getUserProperties", user),
    getScriptProperties: (): object => store("getScriptProperties", script),
  } satisfies ApiOf<GoogleAppsScript.Properties.PropertiesService>;
  return strictObject("PropertiesService", methods);
}
