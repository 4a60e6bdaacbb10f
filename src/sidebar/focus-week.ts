/**
 * The focus week of the follow-up lists (insights.md §13): the latest complete week, or a week the
 * operator picks. The weeks offered are those of the previewed tables' days, cut by the settings'
 * from/to as the report's range is; the server checks the choice against the real range at build.
 */
import { formatDay, parseDay, weekStartOf } from "../shared/days";
import { h } from "./dom";
import { translate } from "./i18n";
import type { Actions, Model } from "./model";
import { choiceField } from "./parts";

/** The first days (YYYY-MM-DD) of the weeks the previews' days cover, newest first. */
export function previewWeeks(model: Model): string[] {
  const days = Object.values(model.previews)
    .flatMap((preview) => (preview && !preview.error ? [preview.firstDay, preview.lastDay] : []))
    .flatMap((text) => (text === null ? [] : [parseDay(text)!]));
  if (days.length === 0) return [];
  const { from, to, weekStartsOn } = model.settings;
  // Given days replace either end of the range, as the report takes them.
  const first = from ? parseDay(from)! : Math.min(...days);
  const last = to ? parseDay(to)! : Math.max(...days);
  const weeks: string[] = [];
  for (let start = weekStartOf(last, weekStartsOn); start >= weekStartOf(first, weekStartsOn); start -= 7)
    weeks.push(formatDay(start));
  return weeks;
}

export function focusWeekField(model: Model, actions: Actions): HTMLElement {
  const t = translate(model.lang);
  const chosen = model.settings.focusWeek;
  const { weekStartsOn } = model.settings;
  // The saved day stands for its week: after a change of week start (Monday 2025-04-07 is in the
  // Sunday week of 2025-04-06) it is that week's choice, not a second one.
  const chosenWeek = chosen === null ? null : formatDay(weekStartOf(parseDay(chosen)!, weekStartsOn));
  const weeks = previewWeeks(model).map((week) => (week === chosenWeek ? chosen! : week));
  // A saved week the previews do not show (yet) stays a choice: it is what a build will use.
  if (chosen !== null && !weeks.includes(chosen)) weeks.unshift(chosen);
  return choiceField(
    {
      id: "focus-week",
      hintId: "focus-week-hint",
      label: t("focusWeekLabel"),
      hint: t("focusWeekHint"),
      value: chosen,
    },
    (focusWeek) => actions.editSettings({ focusWeek }),
    h("option", { value: "" }, t("focusWeekLatest")),
    weeks.map((week) =>
      h(
        "option",
        { value: week },
        t("focusWeekOption", { day: formatDay(weekStartOf(parseDay(week)!, weekStartsOn)) }),
      ),
    ),
  );
}
