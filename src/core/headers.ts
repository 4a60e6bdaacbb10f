/** Header matching (metrics.md §1): which column of a table serves which field. */
import { LocalizedError } from "../shared/errors";
import type { Labels } from "../shared/lang";
import type { FieldSpec } from "./inputs/input";
import { describeCell, isDate, normalizeText } from "./text";
import type { TableName } from "./types";

/** A column that serves a field. */
export interface ColumnMatch {
  field: string;
  header: string;
  index: number;
}

/**
 * A table that cannot be read at all: a missing required column, no header row. Its English text
 * starts with the table's name (`members: …`); doors that name the table themselves show `detail`.
 */
export class TableError extends LocalizedError {
  constructor(
    readonly table: TableName,
    readonly detail: Labels,
  ) {
    super({ en: `${table}: ${detail.en}`, zh: detail.zh });
    this.name = "TableError";
  }
}

/**
 * A header as compared: NFKC, lower case, no spaces, `_`, `-` or `.`.
 * @example headerKey("Member ID") //=> "memberid"
 */
export function headerKey(header: unknown): string {
  return normalizeText(String(header ?? ""))
    .toLowerCase()
    .replace(/[\s_.-]/g, "");
}

/**
 * Assigns columns to fields: for each field the column matching its earliest alias, the
 * leftmost among equals; a column serves one field at most. Throws a TableError naming a
 * missing required column, or the fields of which one was required (FieldSpec.oneOfRequired),
 * and the headers that were found.
 */
export function matchColumns(
  table: TableName,
  fields: readonly FieldSpec[],
  header: readonly unknown[],
): ColumnMatch[] {
  const keys = header.map(headerKey);
  const taken = new Set<number>();
  const matches: ColumnMatch[] = [];
  for (const field of fields) {
    let index = -1;
    for (const alias of field.aliases) {
      const key = headerKey(alias);
      index = keys.findIndex((k, i) => k === key && !taken.has(i));
      if (index >= 0) break;
    }
    if (index >= 0) {
      taken.add(index);
      matches.push({ field: field.name, header: normalizeText(String(header[index] ?? "")), index });
    } else if (field.required) {
      const examples = field.aliases.filter((a) => /[a-z]/.test(a)).slice(0, 2);
      const chinese = chineseAlias(field);
      const names = [...examples, chinese].filter(Boolean);
      const found = headersFound(header);
      const hint = headerHint(header);
      throw new TableError(table, {
        en: `no ${field.name} column (headers found: ${found.en}); name one ${names.join(" or ")}${hint.en}`,
        zh: `缺少 ${field.name} 列（找到的表头：${found.zh}）；请将一列命名为 ${names.join(" 或 ")}${hint.zh}`,
      });
    }
  }
  const oneOf = fields.filter((f) => f.oneOfRequired);
  if (oneOf.length > 0 && !oneOf.some((f) => matches.some((m) => m.field === f.name))) {
    const names = oneOf.map((f) => f.name);
    const found = headersFound(header);
    const hint = headerHint(header);
    throw new TableError(table, {
      en:
        `no ${names.slice(0, -1).join(", ")} or ${names[names.length - 1]} column ` +
        `(headers found: ${found.en}); name at least one: ` +
        oneOf.map((f) => `${f.name} or ${chineseAlias(f)}`).join(", ") +
        hint.en,
      zh:
        `${names.join("、")} 列一个也没有（找到的表头：${found.zh}）；请至少命名其中一列：` +
        oneOf.map((f) => `${f.name} 或 ${chineseAlias(f)}`).join("、") +
        hint.zh,
    });
  }
  return matches;
}

/** The headers a table has, for a message saying which one it lacks. */
function headersFound(header: readonly unknown[]): Labels {
  // A date among them (a range started below its header row) reads as its instant, not as
  // "Mon Dec 02 2024 01:00:00 GMT+0000 (Coordinated Universal Time)".
  const found = header
    .map((h) => (isDate(h) ? describeCell(h) : normalizeText(String(h ?? ""))))
    .filter((h) => h !== "");
  return found.length ? { en: found.join(", "), zh: found.join("、") } : { en: "none", zh: "无" };
}

/**
 * Why the headers may not read as written, when they show it: characters the file's encoding did
 * not decode (U+FFFD), dates or numbers (a range that starts below its header row), or one cell
 * holding semicolons (a CSV saved with ";", as European Excel does).
 */
function headerHint(header: readonly unknown[]): Labels {
  const texts = header.map((h) => String(h ?? "")).filter((h) => h.trim() !== "");
  if (texts.some((h) => h.includes("\uFFFD"))) {
    return {
      en: ". Some headers hold characters that could not be read: the file is in another encoding (on the command line, --encoding gb18030 or --encoding utf-8)",
      zh: "。部分表头有无法识别的字符：文件是另一种编码（命令行可用 --encoding gb18030 或 --encoding utf-8）",
    };
  }
  if (header.some((h) => isDate(h) || typeof h === "number")) {
    return {
      en: ". The first row holds dates or numbers, not headers: start the range at the table's header row",
      zh: "。第一行是日期或数字而不是表头：请从表格的表头行开始选择区域",
    };
  }
  if (texts.length === 1 && texts[0].includes(";")) {
    return {
      en: '. The header row is one cell holding ";": save the file separated by commas (CSV) or tabs (TSV)',
      zh: "。表头只有一格且含有“;”：请将文件另存为逗号分隔（CSV）或制表符分隔（TSV）",
    };
  }
  return { en: "", zh: "" };
}

function chineseAlias(field: FieldSpec): string | undefined {
  return field.aliases.find((a) => /[\u4e00-\u9fff]/.test(a));
}
