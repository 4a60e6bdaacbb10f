/**
 * What an input table is (metrics.md §1, insights.md §14–§16): the one declaration every door
 * reads — the engine's reader, the sidebar's data step and preview, the paste target sheet, the
 * CLI's flag, the settings, the playground's sample and the tests. See docs/architecture.md.
 */
import type { Labels } from "../../shared/lang";
import type { ZoneClock } from "../calendar";
import type { TableReader } from "../tables";

export interface FieldSpec {
  /** The engine's name for it (metrics.md §1): member_id, joined_at… */
  readonly name: string;
  readonly required: boolean;
  /** Header aliases, in priority order. */
  readonly aliases: readonly string[];
  /** As the sidebar's preview names it. */
  readonly label: Labels;
}

export interface InputTable<Name extends string = string, Rows = unknown> {
  readonly name: Name;
  /** Only the members table is: every metric counts memberships. */
  readonly required: boolean;
  /** The table's name for people: Members / 成员. */
  readonly label: Labels;
  /** The sheet pasted rows are saved into (report.md "The sidebar", step 1). */
  readonly dataSheet: Labels;
  /** One line on what a row of it is, for the sidebar's data step. */
  readonly about: Labels;
  readonly fields: readonly FieldSpec[];
  /** True when columns that serve no field are kept (members: any column can split a breakdown). */
  readonly keepsOtherColumns: boolean;
  /** The reasons its reader gives for a skipped row (English, as the JSON keeps them) in Chinese. */
  readonly problems: Readonly<Record<string, string>>;
  /**
   * Header rows are tried against tables in this order, lowest first: an orders header (a date
   * and an amount) also has activity's two required columns, so the more demanding table wins.
   */
  readonly detectionOrder: number;
  /**
   * True for a table not keyed by member (spend): its valid rows' days count for the report range
   * as read (metrics.md §4), where the member-keyed tables' count only once cleaned against the members.
   */
  readonly rangeFromRows?: true;
  readonly reader: (clock: ZoneClock) => TableReader<Rows>;
}

/** The reasons every table's reader shares, in Chinese. */
export const COMMON_PROBLEMS: Readonly<Record<string, string>> = {
  "member_id is empty": "成员ID为空",
  "not a date": "不是日期",
  "not a whole number": "不是整数",
  "not an amount": "不是金额",
};

/** Aliases of a member id column that the three member-keyed tables share (metrics.md §1). */
export const MEMBER_ID_BASE = [
  "member_id",
  "member",
  "user_id",
  "userid",
  "uid",
  "customer_id",
  "external_userid",
  "openid",
  "unionid",
  "member_account",
  "qq",
] as const;
export const MEMBER_ID_CN = ["成员ID", "用户ID", "会员ID", "成员编号", "客户ID", "微信号", "QQ号"] as const;
export const MEMBER_ID_LABEL: Labels = { en: "Member ID", zh: "成员ID" };
