import { describe, expect, it } from "vitest";
import { isFormula, parseFormula, splitArguments } from "../../src/playground/formula";

const CUSTOM = ["ACTIVE_RATE", "WOW_GROWTH", "WEEKLY_GMV", "COMMUNITY_WEEKLY"];

function call(text: string): unknown {
  const parsed = parseFormula(text, CUSTOM);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.call;
}

describe("parseFormula", () => {
  it("reads whole-column ranges on named sheets, as the weekly formula is typed", () => {
    expect(call("=COMMUNITY_WEEKLY(成员!A:F, 互动!A:C, 订单!A:E)")).toEqual({
      name: "COMMUNITY_WEEKLY",
      args: [
        { kind: "range", sheet: "成员", ref: "A:F" },
        { kind: "range", sheet: "互动", ref: "A:C" },
        { kind: "range", sheet: "订单", ref: "A:E" },
      ],
    });
  });

  it("reads cells, blocks and ranges open at the bottom on the formula's own sheet", () => {
    expect(call("=ACTIVE_RATE(D2, A2:C10)")).toMatchObject({
      args: [
        { kind: "range", sheet: null, ref: "D2" },
        { kind: "range", sheet: null, ref: "A2:C10" },
      ],
    });
    expect(call("=WOW_GROWTH($B$2:B)")).toMatchObject({
      args: [{ kind: "range", sheet: null, ref: "$B$2:B" }],
    });
  });

  it("reads quoted sheet names with spaces, commas and doubled quotes", () => {
    expect(call("=WOW_GROWTH('My sheet'!A:A)")).toMatchObject({
      args: [{ kind: "range", sheet: "My sheet", ref: "A:A" }],
    });
    expect(call("=ACTIVE_RATE('Bob''s, data'!B2:B9, 'Sheet name'!A1:B3)")).toMatchObject({
      args: [
        { kind: "range", sheet: "Bob's, data", ref: "B2:B9" },
        { kind: "range", sheet: "Sheet name", ref: "A1:B3" },
      ],
    });
  });

  it("reads numbers, percentages, strings with doubled quotes and TRUE/FALSE", () => {
    expect(call('=WEEKLY_GMV(订单!A:E, "2024-12-09", , "周一")')).toMatchObject({
      args: [
        { kind: "range" },
        { kind: "string", value: "2024-12-09" },
        { kind: "empty" },
        { kind: "string", value: "周一" },
      ],
    });
    expect(call('=ACTIVE_RATE(3, -1.5e2, 25%, "say ""hi"", ok", true)')).toMatchObject({
      args: [
        { kind: "number", value: 3 },
        { kind: "number", value: -150 },
        { kind: "number", value: 0.25 },
        { kind: "string", value: 'say "hi", ok' },
        { kind: "boolean", value: true },
      ],
    });
  });

  it("accepts a lower-case name and spaces, as Sheets does, and upper-cases them", () => {
    expect(call("  = active_rate ( a1 , b1 ) ")).toEqual({
      name: "ACTIVE_RATE",
      args: [
        { kind: "range", sheet: null, ref: "A1" },
        { kind: "range", sheet: null, ref: "B1" },
      ],
    });
  });

  it("refuses Sheets' own functions and operators with a note naming the custom functions", () => {
    for (const text of ["=SUM(A1:A2)", "=1+1", "=A1", "=ACTIVE_RATE(A1, B1) * 2"]) {
      const parsed = parseFormula(text, CUSTOM);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) {
        expect(parsed.message).toContain("not supported in the playground");
        expect(parsed.message).toContain("ACTIVE_RATE, WOW_GROWTH, WEEKLY_GMV, COMMUNITY_WEEKLY");
      }
    }
  });

  describe("edge cases", () => {
    it("gives a call without arguments no arguments, and keeps empty ones in between", () => {
      expect(call("=COMMUNITY_WEEKLY()")).toEqual({ name: "COMMUNITY_WEEKLY", args: [] });
      expect(call("=ACTIVE_RATE(A1,,B1)")).toMatchObject({
        args: [{ kind: "range" }, { kind: "empty" }, { kind: "range" }],
      });
    });

    it("refuses nested calls, arithmetic inside arguments and unclosed quotes", () => {
      expect(parseFormula("=ACTIVE_RATE(SUM(A1:A3), 2)", CUSTOM)).toMatchObject({ ok: false });
      expect(parseFormula("=ACTIVE_RATE(A1+1, 2)", CUSTOM)).toMatchObject({ ok: false });
      expect(parseFormula('=ACTIVE_RATE("abc, 2)', CUSTOM)).toMatchObject({ ok: false });
      expect(parseFormula("=ACTIVE_RATE(my sheet!A1, 2)", CUSTOM)).toMatchObject({ ok: false });
    });

    it("tells formulas from values by the leading =", () => {
      expect(isFormula("=SUM(A1)")).toBe(true);
      expect(isFormula("  =x")).toBe(true);
      expect(isFormula("12")).toBe(false);
      expect(isFormula("")).toBe(false);
    });

    it("splits on top-level commas only", () => {
      expect(splitArguments(`A1, "a,b", 'x,y'!A1`)).toEqual(["A1", ` "a,b"`, ` 'x,y'!A1`]);
      expect(splitArguments(`"open`)).toBeNull();
    });
  });
});
