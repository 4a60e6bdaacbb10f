/**
 * Values handed to the bundle are rebuilt inside its node:vm realm, as Apps Script hands a script its
 * own Arrays and Dates: code in Code.js may use `instanceof Date` or `Array.isArray` and must see
 * what it would see in Apps Script.
 */
import { runInContext } from "node:vm";
import type { BundleGlobals } from "../standin/load-bundle";

const DATE_TAG = "$date";

// Runs inside the bundle's realm: JSON.parse there creates that realm's Arrays, Objects and Dates.
const REVIVER = `(function (json) {
  return JSON.parse(json, function (key, value) {
    return value !== null && typeof value === "object" && typeof value["${DATE_TAG}"] === "number"
      ? new Date(value["${DATE_TAG}"])
      : value;
  });
})`;

/** Returns a converter for `bundle`'s realm; cell values only (strings, numbers, booleans, Dates, arrays). */
export function realmConverter(bundle: BundleGlobals): (values: unknown[]) => unknown[] {
  const revive = runInContext(REVIVER, bundle) as (json: string) => unknown[];
  return (values) =>
    revive(
      JSON.stringify(values, function (this: Record<string, unknown>, key, value: unknown) {
        // `this[key]` is the value before Date.prototype.toJSON turned it into a string.
        const raw = this[key];
        if (Object.prototype.toString.call(raw) === "[object Date]")
          return { [DATE_TAG]: (raw as Date).getTime() };
        return value === undefined ? null : value;
      }),
    ).map((value) => (value === null ? undefined : value));
}
