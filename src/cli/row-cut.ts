/**
 * A large export cut in two by its bytes, so that each of the CLI's threads decodes and reads
 * its own part (activity-worker.ts). For UTF-8 and GB18030 text: in both, the byte of a line
 * break or a quote is never part of another character.
 */
export interface RowCut {
  /** The header row and the rows up to the cut, ending with a line break. */
  first: Uint8Array;
  /** The header row again, then the rest. */
  second: Uint8Array;
}

function isLineBreak(bytes: Uint8Array, i: number): boolean {
  return bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10);
}

/**
 * Cuts at the first line break after `fraction` of the bytes, into two copies that read as
 * the same rows. Null when a quote appears anywhere: a quoted field may hold a line break,
 * and only reading from the start tells which line breaks end rows.
 */
export function cutAtRow(bytes: Uint8Array, fraction: number): RowCut | null {
  if (bytes.indexOf(0x22) >= 0) return null;
  let headerEnd = 0;
  while (headerEnd < bytes.length && !isLineBreak(bytes, headerEnd)) headerEnd++;
  let cut = Math.max(headerEnd, Math.floor(bytes.length * fraction));
  while (cut < bytes.length && !isLineBreak(bytes, cut)) cut++;
  if (headerEnd >= bytes.length || cut >= bytes.length - 1) return null;
  const second = new Uint8Array(headerEnd + 1 + bytes.length - (cut + 1));
  second.set(bytes.subarray(0, headerEnd + 1));
  second.set(bytes.subarray(cut + 1), headerEnd + 1);
  // A header ending in a lone \r followed by a blank \n line would read as one \r\n.
  second[headerEnd] = 10;
  // Copies, not views (a Buffer's slice is one): the first part's buffer goes to the worker.
  return { first: new Uint8Array(bytes.subarray(0, cut + 1)), second };
}
