/** The orders table (订单表, metrics.md §1). */
import type { ZoneClock } from "../calendar";
import { at, problem, type TableReader, tableReader } from "../tables";
import type { Order } from "../types";
import { readCents, readDay, readId, readStatus } from "../values";
import {
  COMMON_PROBLEMS,
  type FieldSpec,
  type InputTable,
  MEMBER_ID_BASE,
  MEMBER_ID_CN,
  MEMBER_ID_LABEL,
} from "./input";

const FIELDS: readonly FieldSpec[] = [
  {
    name: "order_id",
    required: false,
    aliases: ["order_id", "order_no", "order", "id", "订单号", "订单编号", "订单ID"],
    label: { en: "Order ID", zh: "订单号" },
  },
  {
    name: "member_id",
    required: true,
    aliases: ["buyer_id", ...MEMBER_ID_BASE, "买家ID", "购买人ID", "下单用户", ...MEMBER_ID_CN],
    label: MEMBER_ID_LABEL,
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
    label: { en: "Paid at", zh: "支付时间" },
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
    label: { en: "Amount", zh: "金额" },
  },
  {
    name: "status",
    required: false,
    aliases: ["status", "order_status", "状态", "订单状态"],
    label: { en: "Status", zh: "状态" },
  },
];

function ordersReader(clock: ZoneClock): TableReader<Order[]> {
  const kept: Order[] = [];
  return tableReader(
    "orders",
    FIELDS,
    (header, days) => {
      const [orderId, id, paid, amount, status] = [
        "order_id",
        "member_id",
        "paid_at",
        "amount",
        "status",
      ].map(header.col);
      return (cells, row) => {
        const memberId = readId(cells[id]);
        if (memberId === "") return problem("orders", row, "member_id", cells[id], "member_id is empty");
        const day = readDay(cells[paid], clock);
        if (day === null) return problem("orders", row, "paid_at", cells[paid], "not a date");
        const cents = readCents(cells[amount]);
        if (cents === null) return problem("orders", row, "amount", cells[amount], "not an amount");
        days.see(day);
        kept.push({
          orderId: readId(at(cells, orderId)),
          memberId,
          day,
          cents,
          status: readStatus(at(cells, status)),
        });
        return null;
      };
    },
    () => kept,
  );
}

export const ORDERS = {
  name: "orders",
  required: false,
  label: { en: "Orders", zh: "订单" },
  dataSheet: { en: "Orders", zh: "订单" },
  about: { en: "Orders: buyer ID, payment time and amount.", zh: "订单：买家ID、支付时间和金额。" },
  fields: FIELDS,
  keepsOtherColumns: false,
  problems: COMMON_PROBLEMS,
  detectionOrder: 0,
  reader: ordersReader,
} as const satisfies InputTable<"orders", Order[]>;
