import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, formatDay, ZoneClock } from "../../src/core/calendar";
import { cellText, distinctCellText } from "../../src/core/text";
import { readCents, readCount, readDay, readId, readStatus } from "../../src/core/values";

const shanghai = new ZoneClock("Asia/Shanghai");
const day = (value: unknown, clock = shanghai): string | null => {
  const d = readDay(value, clock);
  return d === null ? null : formatDay(d);
};

describe("text (metrics.md §2)", () => {
  it("normalises full-width characters with NFKC", () => {
    expect(cellText("ＩＤ１２３")).toBe("ID123");
  });
  it("reads ASCII and CJK ideographs, which it leaves out of NFKC, as NFKC would", () => {
    const ideograph = fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c));
    const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
    const text = fc
      .array(fc.oneof(ideograph, ascii), { minLength: 1, maxLength: 12 })
      .map((cs) => cs.join(""));
    fc.assert(
      fc.property(text, (t) => {
        const slow = t.normalize("NFKC").trim();
        expect(distinctCellText(t)).toBe(/^(-|--|\/|无|空|n\/a|na|null|none)$/i.test(slow) ? "" : slow);
      }),
    );
    // Every ideograph of the block is its own NFKC form: the fast path rests on it.
    for (let c = 0x4e00; c <= 0x9fff; c++)
      expect(String.fromCharCode(c).normalize("NFKC")).toBe(String.fromCharCode(c));
  });
  it("removes zero-width characters and trims", () => {
    expect(cellText(" m6\u200B\u2060\uFEFF ")).toBe("m6");
  });
  it("reads every placeholder, in any case, as blank", () => {
    for (const p of ["", " ", "-", "--", "—", "/", "无", "空", "N/A", "na", "NULL", "None"]) {
      expect(cellText(p), p).toBe("");
    }
  });
  it("keeps text that merely contains a placeholder", () => {
    expect(cellText("none of them")).toBe("none of them");
  });
  it("reads text that seldom repeats (distinctCellText) exactly as cellText does", () => {
    const cell = fc.oneof(
      fc.constantFrom("无", " N/A ", "ＩＤ１", "m6\u200B", "成员1", "-", 12, null, true),
      fc.string(),
    );
    fc.assert(
      fc.property(cell, (value) => {
        expect(distinctCellText(value)).toBe(cellText(value));
      }),
    );
  });
});

describe("dates (metrics.md §2)", () => {
  it("reads YYYY-M-D with -, / or . and one- or two-digit parts", () => {
    expect(day("2024-12-2")).toBe("2024-12-02");
    expect(day("2024/12/09")).toBe("2024-12-09");
    expect(day("2024.12.13")).toBe("2024-12-13");
  });
  it("reads 年月日 with an optional time", () => {
    expect(day("2024年12月3日 20:15")).toBe("2024-12-03");
  });
  it("reads the exact YYYY-MM-DD HH:MM[:SS] shapes, and what differs from them by a character", () => {
    expect(day("2024-02-29 23:59:59")).toBe("2024-02-29");
    expect(day("2024-02-29 23:59")).toBe("2024-02-29");
    expect(day("2024-12-02 10:00Z")).toBe("2024-12-02");
    expect(day("2024-12-02T10:00:00")).toBe("2024-12-02");
    expect(day(" 2024-12-02 10:00:00")).toBe("2024-12-02");
    expect(day("2024-12-02 10:00:00Z")).toBe("2024-12-02");
  });
  it("keeps the wall-clock date of text without an offset", () => {
    expect(day("2024-12-02 23:59:59", new ZoneClock("America/New_York"))).toBe("2024-12-02");
  });
  it("converts text with an offset into the report zone", () => {
    expect(day("2024-12-11 23:30 -05:00")).toBe("2024-12-12");
    expect(day("2024-12-12T01:00:00.500Z")).toBe("2024-12-12");
    expect(day("2024-12-05 23:59:59+08:00")).toBe("2024-12-05");
    expect(day("2024-12-05 20:00+0000")).toBe("2024-12-06");
    expect(day("2024-12-05Z")).toBe("2024-12-05");
  });
  it("reads an 8-digit integer as a compact date", () => {
    expect(day("20241206")).toBe("2024-12-06");
    expect(day(20241206)).toBe("2024-12-06");
  });
  it("reads 10 digits as Unix seconds and 13 as milliseconds, in the report zone", () => {
    expect(day("1733356800")).toBe("2024-12-05");
    expect(day(1733356800000)).toBe("2024-12-05");
    expect(day("1733356800", new ZoneClock("America/New_York"))).toBe("2024-12-04");
  });
  it("reads other plain numbers as spreadsheet serials counted from 1899-12-30", () => {
    expect(day("45650")).toBe("2024-12-24");
    expect(day(45650.75)).toBe("2024-12-24");
  });
  it("reads a Date as an instant in the report zone", () => {
    expect(day(new Date("2024-12-01T16:30:00Z"))).toBe("2024-12-02");
    expect(day(new Date("2024-12-01T16:30:00Z"), new ZoneClock("America/New_York"))).toBe("2024-12-01");
  });
  it("follows daylight saving time through Intl", () => {
    const ny = new ZoneClock("America/New_York");
    expect(day("2024-03-10T06:30:00Z", ny)).toBe("2024-03-10");
    expect(day("2024-03-10T04:30:00Z", ny)).toBe("2024-03-09");
    expect(ny.dayOf(ny.startOfDay(daysFromCivil(2024, 3, 10)))).toBe(daysFromCivil(2024, 3, 10));
  });
  it("rejects what is not a date", () => {
    for (const bad of [
      "12/23/2024",
      "yesterday",
      "2024-02-30",
      "2024-12-02 25:00",
      "2024-12-02 10:60",
      // the exact YYYY-MM-DD HH:MM[:SS] shapes have their own reader: the same rules hold there
      "2024-02-30 10:00",
      "2024-12-02 24:00",
      "2024-12-0x 10:00",
      "2024-02-30 10:00:00",
      "2024-12-02 24:00:00",
      "2024-12-02 10:60:00",
      "2024-12-02 10:00:60",
      "2024-13-02 10:00:00",
      "1899-12-31 10:00:00",
      "2024-12-0x 10:00:00",
      "2024-12-02 +15:00",
      "2024-12/02",
      "1899-12-31",
      "3000-01-01",
      "",
      "-",
      true,
      Number.NaN,
      new Date(Number.NaN),
    ]) {
      expect(day(bad), String(bad)).toBeNull();
    }
  });
  it("accepts offsets up to 14 hours", () => {
    expect(day("2024-12-02 00:00+14:00")).toBe("2024-12-01");
    expect(day("2024-12-02 00:00+14:01")).toBeNull();
  });
});

describe("amounts (metrics.md §2)", () => {
  it("reads currency marks, grouping and 元", () => {
    expect(readCents("¥1,299.00")).toBe(129900);
    expect(readCents("RMB 1299")).toBe(129900);
    expect(readCents("cny1299")).toBe(129900);
    expect(readCents("1299元")).toBe(129900);
    expect(readCents("$12.50")).toBe(1250);
    expect(readCents("￥99.00")).toBe(9900);
  });
  it("rounds to the cent, halves away from zero, by the digits as written", () => {
    expect(readCents("12.345")).toBe(1235);
    expect(readCents("12.3449")).toBe(1234);
    expect(readCents(12.345)).toBe(1235);
    expect(readCents(1.005)).toBe(101);
    expect(readCents(0.1)).toBe(10);
  });
  it("sums exactly in cents: 0.1 + 0.2 is 0.30", () => {
    expect((readCents(0.1)! + readCents(0.2)!) / 100).toBe(0.3);
  });
  it("rejects what is not an amount", () => {
    for (const bad of [
      "-5",
      "1e3",
      "1.299,00",
      "1,2,3",
      "12.",
      ".5",
      "€12",
      "12,34",
      "abc",
      "",
      -1,
      Number.NaN,
    ]) {
      expect(readCents(bad), String(bad)).toBeNull();
    }
  });
  it("rejects amounts of 10¹² or more", () => {
    expect(readCents("999999999999.99")).toBe(99999999999999);
    expect(readCents("1000000000000")).toBeNull();
    expect(readCents(1e12)).toBeNull();
  });
  it("reads 0 as an amount", () => {
    expect(readCents("0")).toBe(0);
  });
  it("reads plain digits as the general rule does (a regex and decimal strings here)", () => {
    const byRule = (text: string): number | null => {
      const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
      if (!m) return null;
      const whole = m[1].replace(/^0+(?=\d)/, "");
      if (whole.length > 12) return null;
      const fraction = m[2] ?? "";
      const cents = Number(whole) * 100 + Number((fraction + "00").slice(0, 2));
      return fraction.length > 2 && fraction[2] >= "5" ? cents + 1 : cents;
    };
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("0", "1", "5", "9", "."), maxLength: 18 }), (text) => {
        expect(readCents(text)).toBe(byRule(text));
      }),
    );
  });
});

describe("ids (metrics.md §2)", () => {
  it("keeps case and leading zeros", () => {
    expect(readId("007")).toBe("007");
    expect(readId("Ab")).toBe("Ab");
  });
  it("turns numbers and digits followed by .0 into integer digits", () => {
    expect(readId(10023)).toBe("10023");
    expect(readId("10023.0")).toBe("10023");
    expect(readId("10023.00")).toBe("10023");
  });
  it("reads a full-width digit as its ASCII digit", () => {
    expect(readId("７")).toBe("7");
  });
  it("reads a placeholder as blank", () => {
    expect(readId("N/A")).toBe("");
  });
});

describe("counts (metrics.md §2)", () => {
  it("reads blank as 1 and whole numbers as themselves", () => {
    expect(readCount("")).toBe(1);
    expect(readCount("-")).toBe(1);
    expect(readCount("3")).toBe(3);
    expect(readCount("2.0")).toBe(2);
    expect(readCount(0)).toBe(0);
  });
  it("rejects fractions, negatives and text", () => {
    for (const bad of ["1.5", "-1", "two", 1.5, -2]) expect(readCount(bad), String(bad)).toBeNull();
  });
});

describe("statuses (metrics.md §2)", () => {
  it("reads cancelled and refunded words in any case, anything else as paid", () => {
    for (const s of ["cancelled", "Canceled", "CLOSED", "已取消", "取消", "已关闭", "关闭", "交易关闭"]) {
      expect(readStatus(s), s).toBe("cancelled");
    }
    for (const s of ["refunded", "已退款", "退款", "退款成功"]) expect(readStatus(s), s).toBe("refunded");
    for (const s of ["", "paid", "已支付", "交易成功", "whatever"]) expect(readStatus(s), s).toBe("paid");
  });
});

describe("edge cases", () => {
  it("reads padded or zero-width text that hides a placeholder as blank", () => {
    expect(cellText("-    ")).toBe("");
    expect(cellText("n\u200B\u200B\u200Ba")).toBe("");
    expect(cellText("\u200B\u200B\u200B\u200B\u200B")).toBe("");
  });
  it("reads dates with one-digit parts and fractions of a second without the regex", () => {
    expect(day("2024-1-5 7:05:09.123")).toBe("2024-01-05");
    expect(day("2024-01-05T07:05")).toBe("2024-01-05");
    expect(day("2024-1-5 7:5")).toBeNull();
    expect(day("2024-01-05 07:05:")).toBeNull();
  });
});
