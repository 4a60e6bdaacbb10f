/** The Apps Script entry: every export becomes a top-level function in dist/Code.js. */
export * from "../functions/index";
export {
  buildReportFromMenu,
  buildWeeklyReport,
  getSidebarState,
  onInstall,
  onOpen,
  openReportSheet,
  openSidebar,
  previewTables,
  savePastedTable,
  saveSettings,
  showHelp,
} from "./api";
