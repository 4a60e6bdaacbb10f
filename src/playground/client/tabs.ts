/** The sheet tabs along the bottom, one per visible sheet, as in Sheets. */
import type { SheetView } from "../api-types";

export function renderTabs(
  container: HTMLElement,
  sheets: readonly SheetView[],
  active: string,
  onSelect: (name: string) => void,
): void {
  container.replaceChildren(
    ...sheets
      .filter((sheet) => !sheet.hidden)
      .map((sheet) => {
        const tab = document.createElement("button");
        tab.type = "button";
        tab.className = "tab";
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-selected", String(sheet.name === active));
        tab.textContent = sheet.name;
        tab.addEventListener("click", () => onSelect(sheet.name));
        return tab;
      }),
  );
}
