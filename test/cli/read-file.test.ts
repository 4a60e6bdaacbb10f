import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decode } from "../../src/cli/read-file";

const utf8 = (text: string) => new TextEncoder().encode(text);
/** What TextDecoder makes of the bytes: the reference decode's faster path must agree with. */
const reference = (bytes: Uint8Array, encoding = "utf-8") => new TextDecoder(encoding).decode(bytes);

describe("decoding a file's bytes", () => {
  it("reads any UTF-8 text as TextDecoder does, with or without a BOM", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), fc.boolean(), (text, bom) => {
        const bytes = utf8(bom ? `\ufeff${text}` : text);
        expect(decode(bytes)).toBe(reference(bytes));
      }),
    );
  });

  it("reads Chinese UTF-8 without its BOM, and ASCII as it is", () => {
    expect(decode(utf8("\ufeff成员ID,入群时间\nu1,2025-03-03\n"))).toBe("成员ID,入群时间\nu1,2025-03-03\n");
    expect(decode(utf8("\ufeffmember_id\nu1\n"))).toBe("member_id\nu1\n");
  });

  it("shows bytes said to be UTF-8 that are not as U+FFFD, as TextDecoder does", () => {
    const bytes = Uint8Array.from([0xb3, 0xc9, 0xd4, 0xb1, 0x2c, 0xe6, 0x88]);
    expect(decode(bytes, "utf-8")).toBe(reference(bytes));
    expect(decode(bytes, "utf-8")).toContain("\ufffd");
    // Not valid UTF-8, so GB18030 when no encoding is given: 成员,
    expect(decode(bytes.subarray(0, 5))).toBe("成员,");
  });
});
