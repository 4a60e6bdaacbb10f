import { describe, expect, it } from "vitest";
import { interpretEntry } from "../../src/standin";

const ZONE = "Asia/Shanghai";
const enter = (value: unknown, format = "General"): ReturnType<typeof interpretEntry> =>
  interpretEntry(value, format, ZONE);

describe("interpretEntry (what Sheets stores for a written value)", () => {
  it("007 becomes 7 unless the cell is formatted as plain text", () => {
    expect(enter("007").value).toBe(7);
    expect(enter("12.5").value).toBe(12.5);
    expect(enter("-3").value).toBe(-3);
    expect(enter("+4").value).toBe(4);
    expect(enter("1e3").value).toBe(1000);
    expect(enter("007", "@").value).toBe("007");
  });

  it("a string starting with = becomes a formula, an apostrophe keeps it text", () => {
    expect(enter("=SUM(A1:A3)")).toEqual({ value: "#NAME?", formula: "=SUM(A1:A3)", impliedFormat: null });
    expect(enter("'=SUM(A1:A3)")).toEqual({ value: "=SUM(A1:A3)", formula: "", impliedFormat: null });
    expect(enter("'007").value).toBe("007");
  });

  it("text starting with +, - or @ that is not a number becomes a broken formula", () => {
    expect(enter("-abc")).toEqual({ value: "#ERROR!", formula: "=-abc", impliedFormat: null });
    expect(enter("+ new member").value).toBe("#ERROR!");
    expect(enter("@handle").value).toBe("#ERROR!");
    expect(enter("-").value).toBe("-");
  });

  it("the plain-text format keeps numbers, dates and signs as text, but = is a formula and ' is dropped", () => {
    expect(enter("=1+1", "@")).toEqual({ value: "#NAME?", formula: "=1+1", impliedFormat: null });
    expect(enter("'=1+1", "@")).toEqual({ value: "=1+1", formula: "", impliedFormat: null });
    expect(enter("''x", "@").value).toBe("'x");
    expect(enter("-abc", "@").value).toBe("-abc");
    expect(enter("+1", "@").value).toBe("+1");
    expect(enter("@x", "@").value).toBe("@x");
    expect(enter("TRUE", "@").value).toBe("TRUE");
    expect(enter("2024-01-05", "@").value).toBe("2024-01-05");
    expect(enter("=", "@").value).toBe("=");
  });

  it('the stand-in\'s older "literal" rule keeps every string in a plain-text cell as written', () => {
    expect(interpretEntry("=1+1", "@", ZONE, "literal")).toEqual({
      value: "=1+1",
      formula: "",
      impliedFormat: null,
    });
    expect(interpretEntry("'x", "@", ZONE, "literal").value).toBe("'x");
    expect(interpretEntry("=1+1", "General", ZONE, "literal").formula).toBe("=1+1");
  });

  it("TRUE, percentages and ISO dates typed as text are converted like Sheets does", () => {
    expect(enter("true").value).toBe(true);
    expect(enter("FALSE").value).toBe(false);
    expect(enter("12.5%")).toEqual({ value: 0.125, formula: "", impliedFormat: "0.00%" });
    const date = enter("2024-01-05");
    expect((date.value as Date).toISOString()).toBe("2024-01-04T16:00:00.000Z"); // midnight in Shanghai
    expect(date.impliedFormat).toBe("yyyy-mm-dd");
    expect(enter("2024-02-30").value).toBe("2024-02-30"); // not a date: stays text
  });

  it("numbers, booleans, dates, null and empty strings are stored as given", () => {
    expect(enter(42).value).toBe(42);
    expect(enter(-0).value).toBe(0);
    expect(enter(false).value).toBe(false);
    expect(enter("").value).toBe("");
    expect(enter(null).value).toBe("");
    const when = new Date("2024-03-01T10:00:00Z");
    const stored = enter(when).value as Date;
    expect(stored).not.toBe(when);
    expect(stored.getTime()).toBe(when.getTime());
  });

  it("rejects undefined, NaN, infinities, functions, objects and arrays", () => {
    for (const bad of [
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      () => 1,
      {},
      [1],
    ]) {
      expect(() => enter(bad)).toThrow(/Cannot write/);
    }
    expect(() => enter(new Date(Number.NaN))).toThrow(/invalid Date/);
  });

  it("rejects text longer than Sheets' 50,000 characters per cell", () => {
    expect(enter("x".repeat(50_000)).value).toHaveLength(50_000);
    expect(() => enter("x".repeat(50_001))).toThrow("maximum of 50000 characters");
  });
});
