/** After a build: the focus week's follow-up lists, each count opening its block on the Follow-up sheet. */
import type { FollowUpCount, FollowUpHeadline } from "../shared/bridge";
import { h } from "./dom";
import { formatCount } from "./format";
import { translate } from "./i18n";
import type { Actions, Model } from "./model";
import { sheetLink } from "./parts";

export function followUpCard(model: Model, actions: Actions, followUp: FollowUpHeadline): HTMLElement {
  const t = translate(model.lang);
  const item = (list: FollowUpCount): HTMLElement => {
    const label = h("span", { class: "follow-up-label" }, list.label[model.lang]);
    const count = h(
      "span",
      { class: "follow-up-count", id: `follow-up-${list.key}` },
      formatCount(list.count, model.lang),
    );
    // A list that needs a table the report did not get has no block worth opening.
    return h(
      "li",
      { "data-key": `follow-up-${list.key}` },
      list.count === null
        ? h("span", { class: "sheet-link follow-up-link follow-up-none" }, label, count)
        : h("a", sheetLink(actions, followUp.sheetId, "sheet-link follow-up-link", list.row), label, count),
    );
  };
  return h(
    "div",
    { class: "card follow-up", id: "follow-up", "aria-labelledby": "follow-up-title" },
    h(
      "div",
      { class: "headline-head" },
      h("h3", { id: "follow-up-title", class: "card-title" }, t("followUpTitle")),
      h("p", { class: "follow-up-week" }, t("daySpan", { from: followUp.weekStart, to: followUp.weekEnd })),
    ),
    h("ul", { class: "follow-up-lists", "aria-labelledby": "follow-up-title" }, followUp.lists.map(item)),
    h("p", { class: "hint" }, t("followUpHint")),
  );
}
