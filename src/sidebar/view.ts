/** The whole sidebar as a function of the model. */
import type { Lang } from "../shared/bridge";
import { renderBuildSection } from "./build-section";
import { renderDataSection } from "./data-section";
import { h } from "./dom";
import { translate } from "./i18n";
import type { Actions, Model } from "./model";
import { alertRegion, spinner } from "./parts";
import { renderPreviewSection } from "./preview-section";
import { renderSettingsSection } from "./settings-section";

/** Each language names itself, so an operator who cannot read the current one still finds theirs. */
const LANGUAGE_NAMES: Record<Lang, string> = { en: "English", zh: "中文" };

function header(model: Model, actions: Actions): HTMLElement {
  const t = translate(model.lang);
  return h(
    "header",
    { class: "topbar" },
    h(
      "div",
      { class: "brand" },
      h("span", { class: "logo", "aria-hidden": "true" }, h("span", null), h("span", null), h("span", null)),
      h("div", null, h("h1", { class: "title" }, t("appTitle")), h("p", { class: "tagline" }, t("tagline"))),
    ),
    h(
      "select",
      {
        id: "lang",
        class: "select select-compact",
        "aria-label": t("language"),
        value: model.lang,
        on: { change: (event) => actions.setLang((event.currentTarget as HTMLSelectElement).value as Lang) },
      },
      (Object.keys(LANGUAGE_NAMES) as Lang[]).map((lang) =>
        h("option", { value: lang, lang: lang === "zh" ? "zh-CN" : "en" }, LANGUAGE_NAMES[lang]),
      ),
    ),
  );
}

function body(model: Model, actions: Actions): HTMLElement[] {
  const t = translate(model.lang);
  if (model.status === "loading")
    return [h("p", { class: "loading", role: "status" }, spinner(), t("loading"))];
  if (model.status === "failed") {
    return [
      alertRegion("load-error", t("loadFailed", { message: model.loadError ?? t("unknownError") })),
      h(
        "button",
        {
          type: "button",
          id: "reload",
          class: "button button-outlined",
          on: { click: () => actions.reload() },
        },
        t("retry"),
      ),
    ];
  }
  return [
    renderDataSection(model, actions),
    renderPreviewSection(model, actions),
    renderSettingsSection(model, actions),
    renderBuildSection(model, actions),
  ];
}

/** The <main id="app"> that index.html holds, as it should look now. */
export function renderApp(model: Model, actions: Actions): HTMLElement {
  return h(
    "main",
    { id: "app", "aria-busy": model.status === "loading" ? "true" : null },
    header(model, actions),
    body(model, actions),
  );
}
