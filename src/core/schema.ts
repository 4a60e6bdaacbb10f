/** The three input tables, their fields and header aliases (metrics.md §1), in priority order. */
import type { TableName } from "./types";

export interface FieldSpec {
  readonly name: string;
  readonly required: boolean;
  readonly aliases: readonly string[];
}

const MEMBER_ID_BASE = [
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
];
const MEMBER_ID_CN = ["成员ID", "用户ID", "会员ID", "成员编号", "客户ID", "微信号", "QQ号"];

export const TABLE_FIELDS: Readonly<Record<TableName, readonly FieldSpec[]>> = {
  members: [
    {
      name: "member_id",
      required: true,
      aliases: ["member_id", "member", "id", ...MEMBER_ID_BASE.slice(2), ...MEMBER_ID_CN],
    },
    { name: "name", required: false, aliases: ["name", "nickname", "昵称", "群昵称", "姓名", "成员名称"] },
    {
      name: "joined_at",
      required: true,
      aliases: [
        "joined_at",
        "join_date",
        "joined",
        "join_time",
        "入群时间",
        "加入时间",
        "入群日期",
        "进群时间",
        "入群时间戳",
      ],
    },
    {
      name: "left_at",
      required: false,
      aliases: [
        "left_at",
        "leave_date",
        "left",
        "leave_time",
        "退群时间",
        "离开时间",
        "退群日期",
        "离群时间",
      ],
    },
    {
      name: "group",
      required: false,
      aliases: [
        "group",
        "group_name",
        "group_id",
        "chat_id",
        "群",
        "群名",
        "群名称",
        "社群",
        "所在群",
        "群ID",
      ],
    },
    {
      name: "channel",
      required: false,
      aliases: ["channel", "source", "join_scene", "渠道", "来源", "入群渠道", "入群方式"],
    },
  ],
  activity: [
    {
      name: "member_id",
      required: true,
      aliases: [...MEMBER_ID_BASE, "from", "sender", ...MEMBER_ID_CN, "发言人ID", "发言人"],
    },
    {
      name: "at",
      required: true,
      aliases: [
        "at",
        "datetime",
        "timestamp",
        "msgtime",
        "send_time",
        "date",
        "time",
        "发言时间",
        "互动时间",
        "发送时间",
        "消息时间",
        "日期",
        "时间",
      ],
    },
    {
      name: "count",
      required: false,
      aliases: ["count", "messages", "message_count", "次数", "发言数", "发言次数", "消息数"],
    },
  ],
  orders: [
    {
      name: "order_id",
      required: false,
      aliases: ["order_id", "order_no", "order", "id", "订单号", "订单编号", "订单ID"],
    },
    {
      name: "member_id",
      required: true,
      aliases: ["buyer_id", ...MEMBER_ID_BASE, "买家ID", "购买人ID", "下单用户", ...MEMBER_ID_CN],
    },
    {
      name: "paid_at",
      required: true,
      aliases: [
        "paid_at",
        "paid_time",
        "pay_time",
        "payment_time",
        "order_time",
        "order_date",
        "created_at",
        "date",
        "time",
        "支付时间",
        "付款时间",
        "下单时间",
        "订单时间",
        "日期",
      ],
    },
    {
      name: "amount",
      required: true,
      aliases: [
        "amount",
        "paid_amount",
        "pay_amount",
        "payment_amount",
        "order_amount",
        "gmv",
        "total",
        "price",
        "实付金额",
        "实付款",
        "支付金额",
        "成交金额",
        "订单金额",
        "金额",
      ],
    },
    { name: "status", required: false, aliases: ["status", "order_status", "状态", "订单状态"] },
  ],
};

export const TABLE_NAMES: readonly TableName[] = ["members", "activity", "orders"];
