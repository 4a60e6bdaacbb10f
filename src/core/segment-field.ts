/**
 * The members column a breakdown splits by (insights.md §12): `group` or `channel` (the columns
 * mapped to those fields), or any other column named by its header, matched like headers (§1).
 */

import { LocalizedError } from "../shared/errors";
import type { Labels } from "../shared/lang";
import { headerKey } from "./headers";
import type { Table } from "./tables";
import type { KeptColumn, MemberColumns } from "./types";

/** The fields a breakdown names by the engine's name rather than by a header. */
const NAMED_FIELDS = new Set(["group", "channel"]);

export interface SegmentField {
  /** As the JSON's `by` has it: group, channel, or the column's header as written (trimmed). */
  by: string;
  column: KeptColumn;
}

/** A field to split by that the members table does not have; the message lists its headers. */
export class SegmentFieldError extends LocalizedError {
  override name = "SegmentFieldError";
  constructor(
    /** As asked for, trimmed. */
    readonly field: string,
    /** The members table's headers, in its order. */
    readonly headers: readonly string[],
    reason: Labels,
  ) {
    super({
      en: `members: ${reason.en} (headers found: ${headers.length ? headers.join(", ") : "none"})`,
      zh: `成员表：${reason.zh}（找到的表头：${headers.length ? headers.join("、") : "无"}）`,
    });
  }
}

/** Every non-blank header of the members table, in its order. */
function headersOf(members: Table<MemberColumns>): string[] {
  return [
    ...members.columns.filter((c) => !members.rows.kept.some((k) => k.index === c.index)),
    ...members.rows.kept,
  ]
    .sort((a, b) => a.index - b.index)
    .map((c) => c.header);
}

/**
 * The column `field` names; throws a SegmentFieldError for a field the table has no column for
 * (also member_id, joined_at and left_at, which make presence, not segments).
 * @example segmentField(members, "会员 等级").by //=> "会员等级" (the header as written)
 * @example segmentField(members, "Group").by //=> "group" (the column mapped to group, e.g. 所在群)
 */
export function segmentField(members: Table<MemberColumns>, field: string): SegmentField {
  const name = field.trim();
  const key = headerKey(name);
  const { kept } = members.rows;
  const fail = (reason: Labels): never => {
    throw new SegmentFieldError(name, headersOf(members), reason);
  };
  if (key === "") return fail({ en: "name a column to compare by", zh: "请给出用于分群对比的列名" });
  if (NAMED_FIELDS.has(key)) {
    const column = kept.find((c) => c.field === key);
    const zh = key === "group" ? "群" : "渠道";
    return column
      ? { by: key, column }
      : fail({ en: `no ${key} column to compare by`, zh: `没有可用于分群对比的${zh}列（${key}）` });
  }
  // Kept columns are in the table's order: the leftmost match wins.
  const column = kept.find((c) => headerKey(c.header) === key);
  if (column) return { by: column.header, column };
  const presence = members.columns.find((c) => headerKey(c.header) === key);
  return fail(
    presence
      ? {
          en: `cannot compare by ${presence.header}, the ${presence.field} column`,
          zh: `不能按「${presence.header}」分群对比：它是 ${presence.field} 列`,
        }
      : { en: `no column "${name}" to compare by`, zh: `没有可用于分群对比的列「${name}」` },
  );
}
