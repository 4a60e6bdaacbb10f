/** What a command that read the exports says on stderr after its output: the zone it chose, the rows it skipped. */
import { problemMessage, tableLabel } from "../core/inputs";
import { problemColumn } from "../core/layout";
import type { Problem } from "../core/types";
import type { Lang } from "../shared/lang";
import type { InputFlags } from "./args";

/** The skipped-rows summary for stderr: a count, then the first few reasons. */
export function problemSummary(problems: readonly Problem[], lang: Lang = "en", limit = 10): string {
  if (problems.length === 0) return "";
  const zh = lang === "zh";
  const lines = problems.slice(0, limit).map((p) => {
    const why = problemMessage(p.table, p.message, lang);
    return zh
      ? `  ${tableLabel(p.table, "zh")} 第 ${p.row} 行，${problemColumn(p)} "${p.value}"：${why}`
      : `  ${p.table} row ${p.row}, ${problemColumn(p)} "${p.value}": ${why}`;
  });
  const more = problems.length - limit;
  if (more > 0)
    lines.push(zh ? `  … 还有 ${more} 行（见数据问题表）` : `  … and ${more} more (see the problems table)`);
  const head = zh
    ? `跳过了 ${problems.length} 行无效数据：`
    : `Skipped ${problems.length} invalid row${problems.length === 1 ? "" : "s"}:`;
  return `${head}\n${lines.join("\n")}\n`;
}

/** The zone line when --tz was left out, then the problem summary. */
export function readNotes(options: InputFlags, problems: readonly Problem[], lang: Lang = "en"): string {
  // Days depend on the zone: say which one was used, since nobody chose it.
  const zone = options.timeZoneGiven
    ? ""
    : lang === "zh"
      ? `使用本机的时区 ${options.timeZone}（可用 --tz 指定其他时区）\n`
      : `using this machine's time zone ${options.timeZone} (--tz ZONE to choose another)\n`;
  return zone + problemSummary(problems, lang);
}

/** The line after each file written. */
export const wrote = (path: string, lang: Lang = "en"): string =>
  lang === "zh" ? `已写入 ${path}\n` : `wrote ${path}\n`;
