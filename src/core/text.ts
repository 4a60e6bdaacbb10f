/** Cell text as metrics.md §2 reads it: NFKC, no zero-width characters, trimmed, placeholders blank. */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
// Printable ASCII and the CJK Unified Ideographs (U+4E00–U+9FFF) need neither NFKC nor zero-width
// removal: none of them decomposes, combines or composes with another. The fast path for large
// exports, whose names and titles are mostly Chinese (NFKC costs a microsecond or two per cell).
const NFKC_STABLE = /^[\x20-\x7E\u4E00-\u9FFF]*$/;
const PLACEHOLDERS = new Set(["-", "--", "—", "/", "无", "空", "n/a", "na", "null", "none"]);
// Read once: where the bundle runs in node:vm (tests, the bench) every global lookup is slow.
const tagOf = Object.prototype.toString;

function isPlainWord(text: string): boolean {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first <= 32 || last <= 32) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/** Normalises text: NFKC, zero-width characters removed, trimmed. */
export function normalizeText(text: string): string {
  if (NFKC_STABLE.test(text)) return text.trim();
  return text.normalize("NFKC").replace(ZERO_WIDTH, "").trim();
}

/** True when normalised text stands for an empty cell. */
export function isPlaceholder(normalized: string): boolean {
  return normalized === "" || (normalized.length <= 4 && PLACEHOLDERS.has(normalized.toLowerCase()));
}

/**
 * Cell texts already normalised. Text cells that need NFKC (Chinese group names, order
 * statuses) repeat a few values over many rows, and normalize() costs a microsecond or two.
 * Bounded in count and length, so that a column of distinct values cannot grow it without end.
 */
const normalized = new Map<string, string>();
const NORMALIZED_LIMIT = 4096;

function normalizedCell(text: string): string {
  let cell = normalized.get(text);
  if (cell === undefined) {
    const clean = normalizeText(text);
    cell = isPlaceholder(clean) ? "" : clean;
    if (text.length > 64) return cell;
    if (normalized.size >= NORMALIZED_LIMIT) normalized.clear();
    normalized.set(text, cell);
  }
  return cell;
}

/**
 * The text of a cell after normalisation, or "" when the cell is blank.
 * @example cellText(" ＩＤ\u200B ") //=> "ID"
 * @example cellText("N/A") //=> ""
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  // Most cells are printable ASCII with no padding, so there is nothing to normalise; and
  // unless short and starting like one (- / n N), they are no placeholder. Checking that by
  // hand skips a regex and a lower-cased copy per cell on large exports.
  if (typeof value === "string" && value.length > 0 && isPlainWord(value)) {
    const first = value.charCodeAt(0);
    if (value.length > 4 || (first !== 45 && first !== 47 && (first | 32) !== 110)) return value;
  }
  if (typeof value === "string") return normalizedCell(value);
  const text = normalizeText(String(value));
  return isPlaceholder(text) ? "" : text;
}

/**
 * cellText for text that seldom repeats (a nickname per member): the cache of repeated values
 * would only churn, and churning it costs several times the normalisation itself.
 */
export function distinctCellText(value: unknown): string {
  if (typeof value !== "string") return cellText(value);
  const text = normalizeText(value);
  return isPlaceholder(text) ? "" : text;
}

/** How a cell is shown in a problem: the value as read, Dates as ISO instants. */
export function describeCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (isDate(value)) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
  return typeof value === "string" ? normalizeText(value) : String(value);
}

/** Dates from another realm (a vm context, Apps Script) fail instanceof, so test the tag. */
export function isDate(value: unknown): value is Date {
  // The typeof test first: most cells are text or numbers, which need no tag lookup.
  return typeof value === "object" && value !== null && tagOf.call(value) === "[object Date]";
}
