/** Header matching (metrics.md §1): which column of a table serves which field. */
import { LocalizedError } from "../shared/errors";
import type { Labels } from "../shared/lang";
import type { FieldSpec } from "./inputs/input";
import { normalizeText } from "./text";
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
 * missing required column and the headers that were found.
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
      const found = header.map((h) => normalizeText(String(h ?? ""))).filter((h) => h !== "");
      const examples = field.aliases.filter((a) => /[a-z]/.test(a)).slice(0, 2);
      const chinese = field.aliases.find((a) => /[\u4e00-\u9fff]/.test(a));
      const names = [...examples, chinese].filter(Boolean);
      throw new TableError(table, {
        en:
          `no ${field.name} column (headers found: ${found.length ? found.join(", ") : "none"}); ` +
          `name one ${names.join(" or ")}`,
        zh:
          `缺少 ${field.name} 列（找到的表头：${found.length ? found.join("、") : "无"}）；` +
          `请将一列命名为 ${names.join(" 或 ")}`,
      });
    }
  }
  return matches;
}
