/** Files as Chinese tools export them: UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030. */

export type Encoding = "auto" | "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export function decode(bytes: Uint8Array, encoding: Encoding = "auto"): string {
  if (encoding !== "auto") return new TextDecoder(encoding).decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}
