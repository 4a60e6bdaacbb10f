/** Files as Chinese tools export them: UTF-8 (BOM or not), UTF-16 with a BOM, else GB18030. */
import { isUtf8 } from "node:buffer";

export type Encoding = "auto" | "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** The encoding of a file's bytes: as given, or by its BOM, else UTF-8 when valid, else GB18030. */
export function encodingOf(bytes: Uint8Array, encoding: Encoding = "auto"): Exclude<Encoding, "auto"> {
  if (encoding !== "auto") return encoding;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return isUtf8(bytes) ? "utf-8" : "gb18030";
}

export function decode(bytes: Uint8Array, encoding: Encoding = "auto"): string {
  return new TextDecoder(encodingOf(bytes, encoding)).decode(bytes);
}
