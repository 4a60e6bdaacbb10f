/**
 * The playground page's own words (not the sidebar's, which has its own), in the spreadsheet's
 * language as Sheets itself would speak: Chinese for a zh* locale, English otherwise.
 */

export type PageLang = "en" | "zh";

export function pageLang(locale: string): PageLang {
  return /^zh/i.test(locale) ? "zh" : "en";
}

export interface PageText {
  htmlLang: string;
  title: string;
  subtitle: string;
  reset: string;
  resetHint: string;
  resetQuestion: string;
  resetExplained: string;
  resetConfirm: string;
  resetCancel: string;
  cell: string;
  formulaBar: string;
  formulaHint: string;
  menus: string;
  spreadsheet: string;
  sheets: string;
  sidebarPanel: string;
  sidebarFrame: string;
  sidebarTitle: string;
  notACell: (cell: string) => string;
}

const WEEKLY = "=COMMUNITY_WEEKLY(成员!A:I, 互动!A:C, 订单!A:E)";

export const PAGE_TEXT: Record<PageLang, PageText> = {
  en: {
    htmlLang: "en",
    title: "Community Funnel · 社群漏斗 — playground",
    subtitle:
      "Local playground with sample data: the real add-on running on this machine, nothing is sent to Google.",
    reset: "Reset",
    resetHint: "Restore the sample community and drop every change",
    resetQuestion: "Reset the playground?",
    resetExplained:
      "The sample community comes back and every change is dropped: report sheets, pasted tables and formulas.",
    resetConfirm: "Reset the sample",
    resetCancel: "Cancel",
    cell: "Cell",
    formulaBar: "Formula bar",
    formulaHint: `Try ${WEEKLY}`,
    menus: "Menus",
    spreadsheet: "Spreadsheet",
    sheets: "Sheets",
    sidebarPanel: "Add-on sidebar",
    sidebarFrame: "Community Funnel sidebar",
    sidebarTitle: "Community Funnel",
    notACell: (cell) => `${cell} is not a cell`,
  },
  zh: {
    htmlLang: "zh-CN",
    title: "社群漏斗 · Community Funnel — 演练场",
    subtitle: "本地演练场，使用示例数据：真实的插件在本机运行，不会向 Google 发送任何内容。",
    reset: "重置",
    resetHint: "恢复示例社群，放弃所有更改",
    resetQuestion: "重置演练场？",
    resetExplained: "示例社群将恢复，所有更改都会丢失：报表工作表、粘贴的表格和公式。",
    resetConfirm: "重置示例",
    resetCancel: "取消",
    cell: "单元格",
    formulaBar: "公式栏",
    formulaHint: `试试 ${WEEKLY}`,
    menus: "菜单",
    spreadsheet: "电子表格",
    sheets: "工作表",
    sidebarPanel: "插件侧边栏",
    sidebarFrame: "社群漏斗侧边栏",
    sidebarTitle: "社群漏斗",
    notACell: (cell) => `${cell} 不是单元格`,
  },
};

function byId(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page has no #${id}`);
  return found;
}

/** Puts the page's words in `lang`: text, labels, hints and the reset dialog. */
export function showPageText(text: PageText): void {
  document.documentElement.lang = text.htmlLang;
  document.title = text.title;
  byId("subtitle").textContent = text.subtitle;
  const reset = byId("reset");
  reset.textContent = text.reset;
  reset.title = text.resetHint;
  byId("reset-question").textContent = text.resetQuestion;
  byId("reset-explained").textContent = text.resetExplained;
  byId("reset-confirm").textContent = text.resetConfirm;
  byId("reset-cancel").textContent = text.resetCancel;
  byId("name-box").setAttribute("aria-label", text.cell);
  const formula = byId("formula-input");
  formula.setAttribute("aria-label", text.formulaBar);
  formula.setAttribute("placeholder", text.formulaHint);
  byId("menus").setAttribute("aria-label", text.menus);
  byId("sheet-area").setAttribute("aria-label", text.spreadsheet);
  byId("tabs").setAttribute("aria-label", text.sheets);
  byId("sidebar-panel").setAttribute("aria-label", text.sidebarPanel);
  byId("sidebar").title = text.sidebarFrame;
}
