import { createContext, runInContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { realmConverter } from "../../src/playground/realm";
import type { BundleGlobals } from "../../src/standin/load-bundle";

describe("realmConverter", () => {
  it("hands the bundle Dates and Arrays of its own realm, as Apps Script hands a script its own", () => {
    const context = createContext({}) as BundleGlobals;
    const [cell, range, blank] = realmConverter(context)([
      new Date(86_400_000),
      [[new Date(0), "x", 3, true, ""]],
      undefined,
    ]);
    context.cell = cell as never;
    context.range = range as never;
    expect(runInContext("cell instanceof Date && cell.getTime()", context)).toBe(86_400_000);
    expect(
      runInContext(
        "range instanceof Array && range[0] instanceof Array && range[0][0] instanceof Date",
        context,
      ),
    ).toBe(true);
    expect((range as unknown[][])[0].slice(1)).toEqual(["x", 3, true, ""]);
    expect(blank).toBeUndefined();
  });

  describe("edge cases", () => {
    it("leaves objects that merely look like the date marker's text alone", () => {
      const [text] = realmConverter(createContext({}) as BundleGlobals)(['{"$date":0}']);
      expect(text).toBe('{"$date":0}');
    });
  });
});
