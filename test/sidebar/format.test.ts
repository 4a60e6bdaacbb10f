import { describe, expect, it } from "vitest";
import { formatGrowth, formatMoney, formatRate, formatTime } from "../../src/sidebar/format";
import { translate } from "../../src/sidebar/i18n";

describe("the sidebar's numbers", () => {
  it("shows rates and money as the report does", () => {
    expect(formatRate(1.5, "en")).toBe("150.0%");
    expect(formatRate(null, "zh")).toBe("—");
    expect(formatMoney(1299.5, "en")).toBe("1,299.50");
  });

  it("shows a week-on-week change as an arrow and its size", () => {
    expect(formatGrowth(3.6834170854271355, "en")).toEqual({ trend: "up", arrow: "▲", text: "368.3%" });
    expect(formatGrowth(-0.9, "en")).toEqual({ trend: "down", arrow: "▼", text: "90.0%" });
  });

  it("shows the time of a build in the spreadsheet's zone", () => {
    expect(formatTime("2024-12-13T06:05:00Z", "Asia/Shanghai", "en")).toBe("14:05");
    expect(formatTime("2024-12-13T06:05:00Z", "America/New_York", "zh")).toBe("01:05");
  });

  describe("edge cases", () => {
    it("calls a change that rounds to 0.0% flat, with no arrow", () => {
      expect(formatGrowth(0, "en")).toEqual({ trend: "flat", arrow: "", text: "0.0%" });
      expect(formatGrowth(-0.0001, "en")).toEqual({ trend: "flat", arrow: "", text: "0.0%" });
    });

    it("shows no change when there is no previous week", () => {
      expect(formatGrowth(null, "en")).toEqual({ trend: "none", arrow: "", text: "—" });
    });

    it("falls back to the browser's zone for an unknown zone name", () => {
      expect(formatTime("2024-12-13T06:05:00Z", "Mars/Olympus", "en")).toMatch(/^\d\d:\d\d$/);
    });

    it("keeps braces in a filled-in value as they are", () => {
      expect(translate("en")("previewSheet", { sheet: "{sheet} $& x" })).toBe("Sheet “{sheet} $& x”");
    });
  });
});
