/** The menus the add-on's onOpen added, in a menu bar like Sheets' (each item runs its function). */
import type { PlaygroundSnapshot } from "../api-types";

export function renderMenus(
  container: HTMLElement,
  menus: PlaygroundSnapshot["menus"],
  onItem: (functionName: string) => void,
): void {
  container.replaceChildren(
    ...menus.map((menu) => {
      const details = document.createElement("details");
      details.className = "menu";
      const summary = document.createElement("summary");
      summary.textContent = menu.name;
      const list = document.createElement("div");
      list.className = "menu-items";
      list.setAttribute("role", "menu");
      for (const item of menu.items) {
        const button = document.createElement("button");
        button.type = "button";
        button.setAttribute("role", "menuitem");
        button.textContent = item.caption;
        button.addEventListener("click", () => {
          details.open = false;
          onItem(item.functionName);
        });
        list.append(button);
      }
      details.append(summary, list);
      return details;
    }),
  );
}

/** Closes an open menu when the click lands outside it, as a menu bar does. */
export function closeMenusOnOutsideClick(container: HTMLElement): void {
  document.addEventListener("click", (event) => {
    for (const menu of container.querySelectorAll("details[open]")) {
      if (!menu.contains(event.target as Node)) (menu as HTMLDetailsElement).open = false;
    }
  });
}
