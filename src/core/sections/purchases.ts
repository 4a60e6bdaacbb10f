/** Purchases (购买复购, insights.md §10): orders, new and returning buyers, repeat buying and order values per week. */
import { ORDERS } from "../inputs/orders";
import { centsToYuan, column } from "../layout";
import { purchasesOf } from "../purchases";
import type { PurchaseRow } from "../types";
import { tableSection } from "./section";
import { PARTIAL_WEEKS, weekColumns } from "./weekly";

export const PURCHASES = tableSection<"purchases", PurchaseRow>({
  id: "purchases",
  title: { en: "Purchases", zh: "购买复购" },
  columns: [
    ...weekColumns<PurchaseRow>(),
    column("orders", "Orders", "订单数", "int"),
    column("buyers", "Buyers", "下单人数", "int"),
    column("newBuyers", "New buyers", "新客数", "int"),
    column("returningBuyers", "Returning buyers", "老客数", "int"),
    column("repeatBuyers", "Repeat buyers", "复购人数", "int"),
    column("repeatRate", "Repeat rate", "复购率", "rate"),
    column("ordersPerBuyer", "Orders per buyer", "人均订单数", "number"),
    {
      key: "gmvPerBuyer",
      en: "GMV per buyer",
      zh: "客单价",
      kind: "money",
      get: (p) => centsToYuan(p.gmvPerBuyerCents),
    },
    {
      key: "gmvPerOrder",
      en: "GMV per order",
      zh: "笔单价",
      kind: "money",
      get: (p) => centsToYuan(p.gmvPerOrderCents),
    },
  ],
  compute: purchasesOf,
  absent: { en: `needs the ${ORDERS.label.en} table`, zh: `需要${ORDERS.label.zh}表` },
  headline: [{ key: "repeatRate" }, { key: "gmvPerBuyer" }],
  sheet: {
    main: ["purchases"],
    sideFrom: "top",
    side: [
      { kind: "provenance" },
      { kind: "note", note: PARTIAL_WEEKS },
      {
        kind: "chart",
        chart: {
          type: "combo",
          title: { en: "New and returning buyers, and the repeat rate", zh: "新客、老客与复购率" },
          source: {
            table: "purchases",
            keys: ["weekStart", "newBuyers", "returningBuyers", "repeatRate"],
            finalOnly: true,
          },
          series: [
            { as: "bars", axis: 0 },
            { as: "bars", axis: 0 },
            { as: "line", axis: 1 },
          ],
          axes: ["count", "rate"],
          stacked: true,
        },
      },
    ],
  },
});
