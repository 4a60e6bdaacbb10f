import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDelimited } from "../../src/core/delimited";
import { pasteChunks, pasteSheet } from "../../src/shared/paste";

const MEMBERS = { en: "Members", zh: "成员" };

describe("where pasted rows go", () => {
  it("goes to the table's data sheet that is its source, in either language", () => {
    expect(pasteSheet(MEMBERS, "Members", "zh")).toBe("Members");
    expect(pasteSheet(MEMBERS, "成员", "en")).toBe("成员");
  });
  it("goes to the data sheet of the settings' language when the source is another sheet or none", () => {
    expect(pasteSheet(MEMBERS, "Export", "zh")).toBe("成员");
    expect(pasteSheet(MEMBERS, null, "en")).toBe("Members");
  });
});

describe("a large paste in parts", () => {
  it("cuts at row ends, each part starting with the header", () => {
    expect(pasteChunks("h\na\nb\n", 3)).toEqual(["h\na\n", "h\nb\n"]);
  });
  it("never cuts inside a quoted field that holds a line break", () => {
    expect(pasteChunks('h\n"a\nb"\nc\n', 3)).toEqual(['h\n"a\nb"\n', "h\nc\n"]);
  });
  it("keeps a small paste whole", () => {
    expect(pasteChunks("h\r\na\r\n")).toEqual(["h\r\na\r\n"]);
  });

  describe("edge cases", () => {
    it("gives the header alone for a header alone", () => {
      expect(pasteChunks("h")).toEqual(["h"]);
    });
    it("reads as the same rows, in order, whatever the size of the parts", () => {
      const cell = fc
        .stringMatching(/^[a-z"\n,]{0,4}$/)
        .map((s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s));
      const row = fc.array(cell, { minLength: 1, maxLength: 3 }).map((cells) => cells.join(","));
      fc.assert(
        fc.property(
          fc.array(row, { minLength: 1, maxLength: 30 }),
          fc.integer({ min: 1, max: 40 }),
          (rows, size) => {
            const text = `h1,h2\n${rows.join("\n")}\n`;
            const parts = pasteChunks(text, size);
            const read = parts.flatMap((part) => parseDelimited(part).slice(1));
            expect(parts.every((part) => part.startsWith("h1,h2\n"))).toBe(true);
            expect(read).toEqual(parseDelimited(text).slice(1));
          },
        ),
      );
    });
  });
});
