import { describe, expect, it } from "vitest";
import { createStandIn } from "../../src/standin";

const utilities = createStandIn().globals.Utilities as GoogleAppsScript.Utilities.Utilities;
const instant = new Date("2024-03-10T06:30:15.045Z");

describe("Utilities.formatDate", () => {
  it("Utilities.formatDate uses the zone it is given", () => {
    expect(utilities.formatDate(instant, "Asia/Shanghai", "yyyy-MM-dd HH:mm")).toBe("2024-03-10 14:30");
    expect(utilities.formatDate(instant, "America/New_York", "yyyy-MM-dd HH:mm")).toBe("2024-03-10 01:30");
    expect(utilities.formatDate(instant, "UTC", "yyyy-MM-dd HH:mm")).toBe("2024-03-10 06:30");
  });

  it("supports the SimpleDateFormat letters the add-on uses", () => {
    expect(utilities.formatDate(instant, "Asia/Shanghai", "yy/M/d H:m:s.SSS")).toBe("24/3/10 14:30:15.045");
    expect(utilities.formatDate(instant, "Asia/Shanghai", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe(
      "2024-03-10T14:30:15+08:00",
    );
    expect(utilities.formatDate(instant, "America/New_York", "Z")).toBe("-0500");
    expect(utilities.formatDate(new Date("2024-07-01T12:00:00Z"), "America/New_York", "XXX")).toBe("-04:00");
    expect(utilities.formatDate(instant, "UTC", "X")).toBe("Z");
    expect(utilities.formatDate(instant, "UTC", "EEE, MMM d ''yy h a")).toBe("Sun, Mar 10 '24 6 AM");
    expect(utilities.formatDate(instant, "UTC", "'week of' EEEE")).toBe("week of Sunday");
  });

  it("throws for pattern letters it does not implement, invalid zones and non-dates", () => {
    expect(() => utilities.formatDate(instant, "UTC", "yyyy-ww")).toThrow(
      'pattern letter "w" is not implemented',
    );
    expect(() => utilities.formatDate(instant, "Mars/Olympus", "yyyy")).toThrow("Invalid time zone");
    expect(() => utilities.formatDate("2024-01-01" as unknown as Date, "UTC", "yyyy")).toThrow(
      "Invalid argument",
    );
  });
});
