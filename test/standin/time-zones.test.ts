import { describe, expect, it } from "vitest";
import { createStandIn } from "../../src/standin";
import { open, service } from "./helpers";

describe("a spreadsheet set to a custom time zone (a fixed offset such as GMT+08:00)", () => {
  it("reports the zone as set, reads typed dates and shows dates in it", () => {
    const { ss, sheet } = open({ spreadsheetTimeZone: "GMT+08:00" });
    expect(ss.getSpreadsheetTimeZone()).toBe("GMT+08:00");
    sheet.getRange("A1:B1").setValues([["2024-12-02", new Date("2024-12-02T15:59:00Z")]]);
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe("2024-12-01T16:00:00.000Z");
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([["2024-12-02", "2024-12-02 23:59:00"]]);
  });

  it("Utilities.formatDate takes Java's custom ids, with or without a colon, west of UTC too", () => {
    const utilities = service<GoogleAppsScript.Utilities.Utilities>(createStandIn(), "Utilities");
    const instant = new Date("2024-03-10T06:30:15Z");
    expect(utilities.formatDate(instant, "GMT-05:30", "yyyy-MM-dd HH:mm XXX")).toBe(
      "2024-03-10 01:00 -05:30",
    );
    expect(utilities.formatDate(instant, "GMT+8", "yyyy-MM-dd HH:mm Z")).toBe("2024-03-10 14:30 +0800");
    expect(utilities.formatDate(instant, "UTC+0530", "HH:mm")).toBe("12:00");
    expect(utilities.formatDate(instant, "Etc/GMT-8", "HH:mm")).toBe("14:30");
  });

  describe("edge cases", () => {
    it("an offset out of Java's range or half written is not a zone", () => {
      for (const zone of ["GMT+24", "GMT+8:", "GMT+08:60", "GMT 8"]) {
        expect(() => createStandIn({ spreadsheetTimeZone: zone }), zone).toThrow("Invalid time zone");
      }
    });
  });
});
