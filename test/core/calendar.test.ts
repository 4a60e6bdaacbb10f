import { describe, expect, it } from "vitest";
import {
  assertTimeZone,
  civilFromDays,
  daysFromCivil,
  fixedOffsetOf,
  formatDay,
  parseDay,
  weekStartOf,
  ZoneClock,
} from "../../src/core/calendar";
import { reportOf } from "../support/report";

const M = "member_id,joined_at,left_at";

describe("day numbers", () => {
  it("round-trips every day from 1900 to 2999", () => {
    for (let d = daysFromCivil(1900, 1, 1); d <= daysFromCivil(2999, 12, 31); d += 97) {
      const c = civilFromDays(d);
      expect(daysFromCivil(c.year, c.month, c.day)).toBe(d);
    }
    expect(formatDay(0)).toBe("1970-01-01");
    expect(parseDay("2024-02-29")).toBe(daysFromCivil(2024, 2, 29));
    expect(parseDay("2023-02-29")).toBeNull();
  });
  it("starts weeks on Monday or Sunday", () => {
    const thu = daysFromCivil(2024, 12, 5);
    expect(formatDay(weekStartOf(thu, "monday"))).toBe("2024-12-02");
    expect(formatDay(weekStartOf(thu, "sunday"))).toBe("2024-12-01");
  });
});

describe("time zones", () => {
  it("knows IANA names, their aliases and other spellings Intl accepts, and names unknown ones", () => {
    for (const zone of ["Asia/Shanghai", "UTC", "asia/shanghai", "Asia/Calcutta", "Etc/GMT-8"]) {
      expect(() => assertTimeZone(zone)).not.toThrow();
    }
    expect(() => assertTimeZone("Mars/Olympus")).toThrow('unknown time zone "Mars/Olympus"');
  });

  it("knows the fixed offsets Sheets reports for a custom zone, which Intl rejects", () => {
    for (const zone of ["GMT+08:00", "GMT+8", "GMT-05:30", "UTC+08:00", "GMT+0530", "utc-3", "GMT+23:59"]) {
      expect(() => assertTimeZone(zone), zone).not.toThrow();
    }
    expect(fixedOffsetOf("GMT+08:00")).toBe(8 * 3_600_000);
    expect(fixedOffsetOf("GMT+8")).toBe(8 * 3_600_000);
    expect(fixedOffsetOf("GMT-05:30")).toBe(-5.5 * 3_600_000);
    expect(fixedOffsetOf("GMT+0530")).toBe(5.5 * 3_600_000);
    expect(fixedOffsetOf("Asia/Shanghai")).toBeNull();
  });

  it("counts days in GMT+08:00 exactly as in Asia/Shanghai, and Etc/GMT-8 (sign inverted) too", () => {
    const shanghai = new ZoneClock("Asia/Shanghai");
    const zones = [new ZoneClock("GMT+08:00"), new ZoneClock("UTC+8"), new ZoneClock("Etc/GMT-8")];
    // Every 7 hours and 13 minutes across 2024, and the instants just around midnight in Shanghai.
    for (let ms = Date.UTC(2024, 0, 1); ms < Date.UTC(2025, 0, 1); ms += 26_000_000) {
      for (const clock of zones) expect(clock.dayOf(ms), `${clock.timeZone} ${ms}`).toBe(shanghai.dayOf(ms));
    }
    const day = daysFromCivil(2024, 12, 2);
    for (const clock of zones) {
      expect(clock.startOfDay(day)).toBe(Date.UTC(2024, 11, 1, 16));
      expect(clock.dayOf(Date.UTC(2024, 11, 1, 15, 59, 59))).toBe(day - 1);
    }
  });

  it("puts a half-hour offset west of UTC on the right day", () => {
    const clock = new ZoneClock("GMT-05:30");
    expect(formatDay(clock.dayOf(Date.UTC(2024, 11, 2, 5, 29)))).toBe("2024-12-01");
    expect(formatDay(clock.dayOf(Date.UTC(2024, 11, 2, 5, 30)))).toBe("2024-12-02");
    expect(clock.startOfDay(daysFromCivil(2024, 12, 2))).toBe(Date.UTC(2024, 11, 2, 5, 30));
  });

  describe("edge cases", () => {
    it("an offset that is no offset is still an unknown time zone", () => {
      for (const zone of ["GMT+25", "GMT+8:7", "GMT+08:60", "GMT8", "GMT+", "+08:00x", "GMT +8"]) {
        expect(() => assertTimeZone(zone), zone).toThrow(`unknown time zone "${zone}"`);
      }
      expect(() => new ZoneClock("GMT+25").dayOf(0)).toThrow('unknown time zone "GMT+25"');
    });
  });
});

describe("the report range (metrics.md §4)", () => {
  it("runs from the earliest to the latest day on which something counted", () => {
    const r = reportOf({
      members: `${M}\nm1,2024-12-03,2024-12-05`,
      activity: "member_id,at\nm1,2024-12-07\nx9,2024-12-20",
      orders: "member_id,paid_at,amount,status\nm1,2024-12-01,5,cancelled\nm1,2024-12-08,5,",
    });
    expect(r.range).toEqual({ from: "2024-12-03", to: "2024-12-08" });
  });
  it("lets the user's days replace either end", () => {
    const r = reportOf({ members: `${M}\nm1,2024-12-03,` }, { from: daysFromCivil(2024, 12, 1) });
    expect(r.range).toEqual({ from: "2024-12-01", to: "2024-12-03" });
    expect(r.daily).toHaveLength(3);
  });
  it("names a week by its first calendar day even when the range cuts it", () => {
    const r = reportOf({ members: `${M}\nm1,2024-12-04,` });
    expect(r.weekly[0]).toMatchObject({ weekStart: "2024-12-02", weekEnd: "2024-12-04", complete: false });
  });
  it("starts weeks on Sunday when asked", () => {
    const r = reportOf({ members: `${M}\nm1,2024-12-02,\nm2,2024-12-08,` }, { weekStartsOn: "sunday" });
    expect(r.weekStartsOn).toBe("sunday");
    expect(r.weekly.map((w) => w.weekStart)).toEqual(["2024-12-01", "2024-12-08"]);
  });
  it("counts nothing outside the range", () => {
    const r = reportOf(
      {
        members: `${M}\nm1,2024-12-02,\nm2,2024-12-09,`,
        orders: "member_id,paid_at,amount\nm1,2024-12-02,5",
      },
      { from: daysFromCivil(2024, 12, 9) },
    );
    expect(r.weekly).toHaveLength(1);
    expect(r.weekly[0]).toMatchObject({ newMembers: 1, gmv: 0, totalMembers: 2 });
  });
  it("is an error when it starts after it ends", () => {
    expect(() => reportOf({ members: `${M}\nm1,2024-12-02,` }, { to: daysFromCivil(2024, 11, 1) })).toThrow(
      /starts on 2024-12-02, after its end 2024-11-01/,
    );
  });
  it("is null to null with empty lists when nothing counted", () => {
    const r = reportOf({ members: `${M}\n` });
    expect(r.range).toEqual({ from: null, to: null });
    expect([r.daily, r.weekly, r.funnel]).toEqual([[], [], []]);
  });
});

describe("rates and growth (metrics.md §6)", () => {
  it("leaves a rate over 0 members empty, never 0", () => {
    const r = reportOf({
      members: `${M}\nm1,2024-12-02,2024-12-02`,
      activity: "member_id,at\nm1,2024-12-02",
    });
    expect(r.daily[0]).toMatchObject({ totalMembers: 0, activeMembers: 1, activeRate: null });
  });
  it("leaves the metrics of an absent table empty, not 0", () => {
    const r = reportOf({ members: `${M}\nm1,2024-12-02,` });
    expect(r.daily[0].activeMembers).toBeNull();
    expect(r.weekly[0]).toMatchObject({
      convertedMembers: null,
      gmv: null,
      conversionRate: null,
      gmvWowGrowth: null,
    });
    expect(r.funnel[0]).toMatchObject({ activated: null, converted: null, activationRate: null, churned: 0 });
  });
  it("leaves growth empty for the first week and after a week of 0", () => {
    const r = reportOf({
      members: `${M}\nm1,2024-12-02,`,
      orders: "member_id,paid_at,amount\nm1,2024-12-10,5\nm1,2024-12-17,15",
    });
    expect(r.weekly.map((w) => w.gmvWowGrowth)).toEqual([null, null, 2]);
    expect(r.weekly.map((w) => w.convertedWowGrowth)).toEqual([null, null, 0]);
  });
  it("counts distinct members per week, not rows", () => {
    const r = reportOf({
      members: `${M}\nm1,2024-12-02,`,
      activity: "member_id,at\nm1,2024-12-02\nm1,2024-12-03\nm1,2024-12-03",
      orders: "member_id,paid_at,amount\nm1,2024-12-02,1\nm1,2024-12-04,2",
    });
    expect(r.weekly[0]).toMatchObject({ activeMembers: 1, convertedMembers: 1, gmv: 3 });
  });
});

describe("the new-member funnel (metrics.md §7)", () => {
  const members = `${M}\nm1,2024-12-02,\nm2,2024-12-04,2024-12-06\nm3,2024-12-08,`;
  it("follows each joiner for the window from their entry day", () => {
    const r = reportOf(
      {
        members,
        activity: "member_id,at\nm1,2024-12-04\nm2,2024-12-07\nm3,2024-12-20",
        orders: "member_id,paid_at,amount\nm1,2024-12-04,1\nm2,2024-12-07,1\nm3,2024-12-10,1",
      },
      { windowDays: 3 },
    );
    expect(r.funnel[0]).toMatchObject({ joined: 3, activated: 1, converted: 2, churned: 1, windowDays: 3 });
  });
  it("does not count days after the range's end, and marks such cohorts incomplete", () => {
    const r = reportOf({ members, activity: "member_id,at\nm3,2024-12-09" });
    expect(r.range?.to).toBe("2024-12-09");
    expect(r.funnel[0]).toMatchObject({ complete: false, activated: 1 });
  });
  it("takes a member's first join of the week as the entry day", () => {
    const r = reportOf(
      {
        members: `${M}\nm1,2024-12-02,2024-12-03\nm1,2024-12-06,`,
        activity: "member_id,at\nm1,2024-12-07",
      },
      { windowDays: 2 },
    );
    expect(r.funnel[0]).toMatchObject({ joined: 1, activated: 0, churned: 1 });
  });
});
