/** `--format table`: aligned tables for people, wide (CJK) characters counted as two columns. */
import { formatDay } from "../core/calendar";
import { fullRow, kindAt, type LayoutTable } from "../core/layout";
import type { Report } from "../core/report";
import { reportTables } from "../core/sections";
import { displayValue } from "../shared/display";
import type { Lang } from "../shared/lang";

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) || (ch.codePointAt(0) ?? 0) > 0x1f000 ? 2 : 1;
  return width;
}

function pad(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - textWidth(text)));
  return right ? fill + text : text + fill;
}

export function renderTable(table: LayoutTable, lang: Lang): string {
  const width = table.headers.length;
  const cells = table.rows.map((row, r) =>
    fullRow(row, width, (v, i) => displayValue(v, kindAt(table, r, i), lang), ""),
  );
  const widths = table.headers.map((h, i) => Math.max(textWidth(h), ...cells.map((r) => textWidth(r[i]))));
  const numeric = table.kinds.map((k) => k !== "text" && k !== "day");
  const line = (row: string[]): string =>
    row
      .map((c, i) => pad(c, widths[i], numeric[i]))
      .join("  ")
      .trimEnd();
  const out = [table.title, line(table.headers), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const row of cells) out.push(line(row));
  if (cells.length === 0) out.push(lang === "zh" ? "（无）" : "(none)");
  return out.join("\n");
}

export function renderReport(report: Report, lang: Lang): string {
  const range = report.range ? `${formatDay(report.range.from)} … ${formatDay(report.range.to)}` : "—";
  const head =
    lang === "zh"
      ? `社群漏斗报告  时区 ${report.timeZone}  每周从${report.weekStartsOn === "monday" ? "周一" : "周日"}开始  范围 ${range}`
      : `Community funnel report  time zone ${report.timeZone}  weeks start ${report.weekStartsOn}  range ${range}`;
  return [head, ...reportTables(report, lang).map((t) => renderTable(t, lang))].join("\n\n") + "\n";
}
