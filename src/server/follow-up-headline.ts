/** The follow-up lists' counts after a build, each with the row of its block on the Follow-up sheet. */
import { formatDay } from "../core/calendar";
import type { FollowUp } from "../core/follow-up";
import { LISTS } from "../core/sections/follow-up";
import type { FollowUpHeadline } from "../shared/bridge";
import type { SheetPlan } from "./report-sheets";
import type { WrittenSheet } from "./report-writer";

/** Null when the report has no Follow-up sheet (its value is null: no days with data). */
export function followUpHeadline(
  followUp: FollowUp | null,
  plans: readonly SheetPlan[],
  written: readonly WrittenSheet[],
): FollowUpHeadline | null {
  const at = plans.findIndex((plan) => plan.kind === "followUp");
  if (followUp === null || at < 0) return null;
  return {
    weekStart: formatDay(followUp.weekStart),
    weekEnd: formatDay(followUp.weekEnd),
    sheetId: written[at].sheetId,
    lists: LISTS.map((spec) => ({
      key: spec.key,
      label: spec.title,
      count: followUp[spec.key]?.length ?? null,
      // The caption's row: its title with the count, right above the list's table.
      row: plans[at].anchors[spec.key],
    })),
  };
}
