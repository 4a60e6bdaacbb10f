/** 4. Build the weekly report, then its headline and links to the sheets it wrote. */

import { breakdownName } from "../shared/breakdown-name";
import type { BuildResult, Headline, HeadlineMetric } from "../shared/bridge";
import { displayValue } from "../shared/display";
import { h } from "./dom";
import { followUpCard } from "./follow-up-card";
import { formatCount, formatGrowth, formatTime, type Growth } from "./format";
import { listOf, type MessageKey, type Translate, translate } from "./i18n";
import type { Actions, Model } from "./model";
import { alertRegion, section, sheetLink, spinner, statusRegion } from "./parts";

const TREND_TEXT: Record<Growth["trend"], MessageKey> = {
  up: "trendUp",
  down: "trendDown",
  flat: "trendFlat",
  none: "trendNone",
};

/** A change as shown; an empty one with a week before it is a change from 0, not a first week. */
function delta(growth: Growth, earlierWeek: boolean, t: Translate): HTMLElement {
  const said = growth.trend === "none" && earlierWeek ? "trendFromZero" : TREND_TEXT[growth.trend];
  return h(
    "span",
    { class: `delta delta-${growth.trend}` },
    growth.arrow ? h("span", { class: "delta-arrow", "aria-hidden": "true" }, growth.arrow) : null,
    h("span", { "aria-hidden": growth.trend === "none" ? "true" : null }, growth.text),
    h("span", { class: "sr-only" }, ` ${t(said)}`),
  );
}

function metric(
  key: string,
  label: string,
  value: string,
  growth: Growth | null,
  earlierWeek: boolean,
  t: Translate,
): HTMLElement {
  return h(
    "div",
    { class: "metric", "data-key": `metric-${key}` },
    h("dt", null, label),
    h(
      "dd",
      null,
      h("span", { class: "metric-value", id: `metric-${key}` }, value),
      growth ? delta(growth, earlierWeek, t) : null,
    ),
  );
}

function headlineCard(model: Model, headline: Headline): HTMLElement {
  const t = translate(model.lang);
  const { lang } = model;
  const compared = headline.metrics.filter((m) => m.growth && m.value !== null);
  // Without an orders table the compared values are empty, and a change of nothing is not worth a second dash.
  const show = (m: HeadlineMetric): HTMLElement =>
    metric(
      m.key,
      m.label[lang],
      displayValue(m.value, m.kind, lang),
      m.growth && m.value !== null ? formatGrowth(m.growth.value, lang) : null,
      headline.earlierWeek,
      t,
    );
  return h(
    "div",
    { class: "card headline", id: "headline", "aria-labelledby": "headline-title" },
    h(
      "div",
      { class: "headline-head" },
      h("h3", { id: "headline-title", class: "card-title" }, t("headlineTitle")),
      h("p", { class: "headline-week" }, t("daySpan", { from: headline.weekStart, to: headline.weekEnd })),
    ),
    h("dl", { class: "metrics" }, headline.metrics.map(show)),
    compared.length === 0
      ? null
      : h(
          "p",
          { class: "hint" },
          !headline.earlierWeek
            ? t("firstWeek")
            : compared.some((m) => m.growth!.value === null)
              ? t("comparedToZero")
              : t("comparedTo"),
        ),
  );
}

/** The Data problems sheet among the report sheets. */
function problemsSheet(result: BuildResult): BuildResult["sheets"][number] | undefined {
  return result.sheets.find((sheet) => sheet.kind === "problems");
}

function resultView(model: Model, actions: Actions, result: BuildResult): HTMLElement {
  const t = translate(model.lang);
  const problems = problemsSheet(result);
  const time = formatTime(result.builtAt, model.timeZone, model.lang);
  return h(
    "div",
    { id: "build-result", class: "result" },
    result.headline ? headlineCard(model, result.headline) : h("p", { class: "empty" }, t("noHeadline")),
    result.followUp ? followUpCard(model, actions, result.followUp) : null,
    h(
      "p",
      { id: "build-skipped", class: result.problems > 0 ? "skipped skipped-some" : "skipped" },
      result.problems > 0
        ? t("skippedRows", { n: formatCount(result.problems, model.lang) })
        : t("skippedNone"),
      result.problems > 0 && problems
        ? [" · ", h("a", sheetLink(actions, problems.sheetId, "link"), t("skippedLink"))]
        : null,
    ),
    h("h3", { class: "subhead", id: "report-sheets-title" }, t("reportSheets")),
    h(
      "ul",
      { class: "sheet-links", "aria-labelledby": "report-sheets-title" },
      result.sheets.map((sheet) =>
        h(
          "li",
          null,
          h(
            "a",
            sheetLink(actions, sheet.sheetId, "sheet-link"),
            h("span", { class: "sheet-icon", "aria-hidden": "true" }),
            sheet.name,
          ),
        ),
      ),
    ),
    result.absent.length === 0
      ? null
      : h(
          "div",
          { id: "absent-sheets", class: "absent" },
          h("p", { class: "hint", id: "absent-title" }, t("absentTitle")),
          h(
            "ul",
            { class: "absent-list", "aria-labelledby": "absent-title" },
            result.absent.map((a) =>
              h(
                "li",
                { "data-key": `absent-${a.kind}` },
                t("absentSheet", { title: a.title[model.lang], reason: a.reason[model.lang] }),
              ),
            ),
          ),
        ),
    h(
      "p",
      { class: "meta" },
      result.range
        ? t("builtAt", { time, from: result.range.from, to: result.range.to })
        : t("builtAtNoRange", { time }),
    ),
  );
}

export function renderBuildSection(model: Model, actions: Actions): HTMLElement {
  const t = translate(model.lang);
  const { running, result, error } = model.build;
  // aria-busy sits on the button only: on the section it would mute the progress announcement.
  return section(
    "build",
    4,
    t("buildTitle"),
    null,
    h(
      "p",
      { class: "hint build-hint" },
      t("buildHint", {
        sheets: listOf(
          model.lang,
          // The breakdown's sheet is named for what it compares by, and written only when asked for.
          model.reportSheets.flatMap(({ id, title }) => {
            if (id !== "breakdown") return [title[model.lang]];
            return model.settings.by ? [breakdownName(model.settings.by)[model.lang]] : [];
          }),
        ),
      }),
    ),
    h(
      "button",
      {
        type: "button",
        id: "build-button",
        class: "button button-primary button-block",
        disabled: running,
        "aria-busy": running ? "true" : "false",
        "aria-describedby": "build-error",
        on: { click: () => actions.build() },
      },
      running ? [spinner(), t("buildRunning")] : t("buildButton"),
    ),
    // The button carries the spinner; the status line says in words what is happening.
    statusRegion(
      "build-status",
      running ? t("buildProgress") : result ? t("buildDone") : null,
      running ? "info" : "done",
    ),
    alertRegion("build-error", error),
    result && !running ? resultView(model, actions, result) : null,
  );
}
