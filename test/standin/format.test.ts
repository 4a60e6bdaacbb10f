import { describe, expect, it } from "vitest";
import { formatCellForDisplay } from "../../src/standin";

const ZONE = "Asia/Shanghai";
const show = (value: unknown, format: string): string => formatCellForDisplay(value, format, ZONE);

describe("formatCellForDisplay", () => {
  it("General shows integers plainly and other numbers to about ten significant digits", () => {
    expect(show(1234567, "General")).toBe("1234567");
    expect(show(0.1 + 0.2, "")).toBe("0.3");
    expect(show(2 / 3, "General")).toBe("0.6666666667");
    expect(show(-12.5, "General")).toBe("-12.5");
    expect(show(1e21, "General")).toBe("1E+21");
    expect(show(1e-7, "General")).toBe("1E-07");
  });

  it("treats a set 0.############### as a pattern, not General: a whole number keeps its point, as in Sheets", () => {
    expect(show(0.5, "0.###############")).toBe("0.5");
    expect(show(7, "0.###############")).toBe("7.");
    expect(show(7, "0.##")).toBe("7.");
    expect(show(7, "0")).toBe("7");
  });

  it("renders the report's number formats", () => {
    expect(show(12.6, "0")).toBe("13");
    expect(show(-0.4, "0")).toBe("0");
    expect(show(0.1234, "0.0%")).toBe("12.3%");
    expect(show(0.5, "0.00%")).toBe("50.00%");
    expect(show(1234567.891, "#,##0")).toBe("1,234,568");
    expect(show(-1234.5, "#,##0.00")).toBe("-1,234.50");
    expect(show(1.005, "0.00")).toBe("1.01");
    expect(show(12345, "0.00E+00")).toBe("1.23E+04");
  });

  it("renders literal text, currency and a negative section", () => {
    expect(show(5, '"¥"#,##0.00')).toBe("¥5.00");
    expect(show(5, "[$$]#,##0")).toBe("$5");
    expect(show(-5, "#,##0;(#,##0)")).toBe("(5)");
    expect(show(0, '0;-0;"zero"')).toBe("zero");
  });

  it("shows dates in the time zone it is given, with their format", () => {
    const instant = new Date("2024-01-31T18:30:05Z"); // 2024-02-01 02:30:05 in Shanghai
    expect(show(instant, "yyyy-mm-dd")).toBe("2024-02-01");
    expect(show(instant, "yyyy-mm-dd hh:mm")).toBe("2024-02-01 02:30");
    expect(show(instant, "General")).toBe("2024-02-01 02:30:05");
    expect(show(new Date("2024-01-31T16:00:00Z"), "General")).toBe("2024-02-01");
    expect(formatCellForDisplay(instant, "yyyy-mm-dd hh:mm", "UTC")).toBe("2024-01-31 18:30");
    expect(show(instant, "mmm d, yyyy h:mm AM/PM")).toBe("Feb 1, 2024 2:30 AM");
    expect(show(instant, "dddd")).toBe("Thursday");
  });

  it("treats m after an hour or before seconds as minutes", () => {
    const instant = new Date("2024-05-06T01:07:09Z");
    expect(show(instant, "m/d hh:mm")).toBe("5/6 09:07");
    expect(show(instant, "mm:ss")).toBe("07:09");
  });

  it("renders numbers with a date format as serial numbers and dates with a number format as serials", () => {
    expect(show(45292, "yyyy-mm-dd")).toBe("2024-01-01");
    expect(show(45292.5, "yyyy-mm-dd hh:mm")).toBe("2024-01-01 12:00");
    expect(show(new Date("2023-12-31T16:00:00Z"), "0")).toBe("45292");
  });

  it("shows booleans as TRUE/FALSE, blanks as empty and text as is", () => {
    expect(show(true, "General")).toBe("TRUE");
    expect(show(false, "0.00")).toBe("FALSE");
    expect(show("", "0.00")).toBe("");
    expect(show(null, "General")).toBe("");
    expect(show("007", "@")).toBe("007");
    expect(show("abc", "0.00")).toBe("abc");
    expect(show(7, "@")).toBe("7");
  });

  it("falls back to General for formats it does not understand instead of throwing", () => {
    expect(show(3.5, "[Red]")).toBe("3.5");
    expect(show(3.5, "weird format ~~")).toBe("3.5");
  });
});
