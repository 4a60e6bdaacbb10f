/** What a command that read the exports says on stderr after its output: the zone it chose, the rows it skipped. */
import { problemColumn } from "../core/layout";
import type { Problem } from "../core/types";
import type { InputFlags } from "./args";

/** The skipped-rows summary for stderr: a count, then the first few reasons. */
export function problemSummary(problems: readonly Problem[], limit = 10): string {
  if (problems.length === 0) return "";
  const lines = problems
    .slice(0, limit)
    .map((p) => `  ${p.table} row ${p.row}, ${problemColumn(p)} "${p.value}": ${p.message}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more (see the problems table)`);
  return `Skipped ${problems.length} invalid row${problems.length === 1 ? "" : "s"}:\n${lines.join("\n")}\n`;
}

/** The zone line when --tz was left out, then the problem summary. */
export function readNotes(options: InputFlags, problems: readonly Problem[]): string {
  // Days depend on the zone: say which one was used, since nobody chose it.
  const zone = options.timeZoneGiven
    ? ""
    : `using this machine's time zone ${options.timeZone} (--tz ZONE to choose another)\n`;
  return zone + problemSummary(problems);
}
