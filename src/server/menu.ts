/** The add-on menu (report.md "Menu"). */

/**
 * Adds the Community Funnel menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: unknown): void {
  void e;
  SpreadsheetApp.getUi()
    .createMenu("Community Funnel / 社群漏斗")
    .addItem("Open sidebar", "openSidebar")
    .addToUi();
}
