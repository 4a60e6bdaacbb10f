import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdLimitError, IdTable, limitIdsForTests } from "../../src/core/id-table";

/** The table's ids as text, each at its number. */
const idsOf = (table: IdTable): string[] => Array.from({ length: table.size }, (_, i) => table.idAt(i));

/** What IdTable must agree with: a Map numbering ids in order of first sight. */
function numberedByMap(ids: readonly string[]): { numbers: number[]; distinct: string[] } {
  const map = new Map<string, number>();
  const numbers = ids.map((id) => {
    let n = map.get(id);
    if (n === undefined) {
      n = map.size;
      map.set(id, n);
    }
    return n;
  });
  return { numbers, distinct: [...map.keys()] };
}

describe("IdTable", () => {
  it("numbers ids in order of first sight and finds them again", () => {
    const table = new IdTable();
    expect(["wx1", "wx2", "wx1", "", "wx2", "wx10"].map((id) => table.add(id))).toEqual([0, 1, 0, 2, 1, 3]);
    expect(idsOf(table)).toEqual(["wx1", "wx2", "", "wx10"]);
    expect(table.size).toBe(4);
    expect(table.find("wx10")).toBe(3);
    expect(table.find("wx3")).toBe(-1);
    expect(table.find("wx")).toBe(-1);
  });

  it("tells apart ids that differ only in length or in characters beyond ASCII", () => {
    const table = new IdTable();
    // Around the packing limits: 12 characters, each below 256.
    const ids = ["a", "a\u0000", "成员1", "成员１", "😀", "\ud83d", "o6_bmjrPTlm6_2sgVt7hMZOPfL2M"];
    ids.push(
      "a".repeat(12),
      "a".repeat(13),
      "\u00ff".repeat(12),
      "\u0100".repeat(12),
      "\u00ff".repeat(11) + "\u0100",
    );
    const numbers = ids.map((_, i) => i);
    expect(ids.map((id) => table.add(id))).toEqual(numbers);
    expect(ids.map((id) => table.find(id))).toEqual(numbers);
    expect(table.find("\u00ff".repeat(11))).toBe(-1);
  });

  it("keeps every id through many doublings of the table", () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `wx${100_000 + i}`);
    const table = new IdTable();
    for (const id of ids) table.add(id);
    expect(ids.every((id, i) => table.find(id) === i && table.add(id) === i)).toBe(true);
    expect(table.find("wx200000")).toBe(-1);
  });

  it("agrees with a Map on any sequence of ids", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 4 }),
            fc.string({ unit: "binary", maxLength: 30 }),
            // near the 12-character packing limit, bytes and a wider character
            fc.string({ unit: fc.constantFrom("a", "b", "\u00ff", "\u0100"), minLength: 10, maxLength: 14 }),
          ),
        ),
        (ids) => {
          const table = new IdTable();
          const expected = numberedByMap(ids);
          expect(ids.map((id) => table.add(id))).toEqual(expected.numbers);
          expect(idsOf(table)).toEqual(expected.distinct);
          expect(expected.distinct.map((id) => table.find(id))).toEqual(expected.distinct.map((_, i) => i));
        },
      ),
    );
  });

  it("finds another table's ids by their keys, as find does by their text", () => {
    const id = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.string({ unit: "binary", maxLength: 30 }),
      fc.string({ unit: fc.constantFrom("a", "b", "\u00ff", "\u0100"), minLength: 10, maxLength: 14 }),
    );
    fc.assert(
      fc.property(fc.array(id), fc.array(id), (mine, extra) => {
        // Some ids in both tables, some only in the other.
        const theirs = [...extra, ...mine.filter((_, i) => i % 2 === 0)];
        const table = new IdTable();
        for (const i of mine) table.add(i);
        const other = new IdTable();
        for (const i of theirs) other.add(i);
        const keys = other.keys();
        const byKey = Array.from({ length: keys.size }, (_, e) => table.findKey(keys, e));
        expect(byKey).toEqual(idsOf(other).map((text) => table.find(text)));
        expect(Array.from(table.findKeys(keys))).toEqual(byKey);
      }),
    );
  });

  it("is rebuilt on another thread from a copy of its parts", () => {
    const ids = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `成员${i}` : `wx${i}`));
    const table = new IdTable();
    for (const id of ids) table.add(id);
    const copy = IdTable.fromParts(structuredClone(table.parts()));
    expect(copy.size).toBe(3000);
    expect(ids.every((id, i) => copy.find(id) === i && copy.idAt(i) === id)).toBe(true);
    expect(copy.add("new id")).toBe(3000);
  });

  it("gives back a long id's text whole", () => {
    const table = new IdTable();
    const long = "成".repeat(10_000);
    table.add(long);
    expect(table.idAt(0)).toBe(long);
  });
});

describe("IdTable's limit", () => {
  it("numbers ids up to its limit, still finds them, then throws an error naming the limit", () => {
    limitIdsForTests(3);
    try {
      const table = new IdTable();
      expect(["a", "b", "c"].map((id) => table.add(id))).toEqual([0, 1, 2]);
      expect(table.add("b")).toBe(1);
      expect(() => table.add("d")).toThrow(IdLimitError);
      expect(() => table.add("d")).toThrow(/^more than 3 distinct member ids: /);
      expect([table.size, table.find("d"), table.find("c")]).toEqual([3, -1, 2]);
    } finally {
      limitIdsForTests(Number.POSITIVE_INFINITY);
    }
    expect(new IdTable().add("d")).toBe(0);
  });

  it("says what the real limit is and what to do, as a RangeError", () => {
    const error = new IdLimitError(16_777_214);
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toMatch(/^more than 16,777,214 distinct member ids: .*split the export/);
  });
});
