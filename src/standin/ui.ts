/**
 * SpreadsheetApp.getUi(): menus, sidebars, dialogs and alerts. Nothing is shown; everything is
 * recorded in a UiLog for tests and for the playground to render.
 */

import { requireString } from "./args";
import { enumOf } from "./enums";
import type { HtmlOutputState } from "./html";
import type { Registry } from "./registry";
import { type ApiOf, strictObject } from "./strict";

export interface MenuItemRecord {
  caption: string;
  functionName: string;
}

export interface MenuRecord {
  name: string;
  /** True for createAddonMenu(), which Sheets shows under Extensions with the add-on's name. */
  addon: boolean;
  items: MenuItemRecord[];
  subMenus: MenuRecord[];
}

export interface UiLog {
  menus: MenuRecord[];
  sidebars: { title: string; html: string }[];
  dialogs: { title: string; html: string; modal: boolean }[];
  alerts: string[];
  toasts: { message: string; title: string }[];
}

/** A fresh log; `toasts` is shared with the spreadsheet, which is what Spreadsheet.toast() writes to. */
export function createUiLog(toasts: UiLog["toasts"]): UiLog {
  return { menus: [], sidebars: [], dialogs: [], alerts: [], toasts };
}

export const Button = enumOf(["CLOSE", "OK", "CANCEL", "YES", "NO"]);
export const ButtonSet = enumOf(["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"]);

/** The name the add-on menu is recorded under. */
export const ADDON_MENU_NAME = "Add-on";

function menuFacade(log: UiLog, menus: Registry<MenuRecord>, record: MenuRecord): object {
  let facade: object;
  const methods = {
    addItem: (caption: unknown, functionName: unknown): object => {
      const name = requireString(functionName, "functionName");
      if (!/^[A-Za-z_$][\w$.]*$/.test(name)) throw new Error(`Invalid argument: functionName ${name}`);
      record.items.push({ caption: requireString(caption, "caption"), functionName: name });
      return facade;
    },
    // A separator only changes how the menu looks.
    addSeparator: (): object => facade,
    addSubMenu: (menu: unknown): object => {
      record.subMenus.push(menus.lookup(menu, "menu"));
      return facade;
    },
    addToUi: (): void => {
      // Adding a menu again replaces it, as re-running onOpen does in Sheets.
      const existing = log.menus.findIndex((m) => m.name === record.name && m.addon === record.addon);
      if (existing === -1) log.menus.push(record);
      else log.menus[existing] = record;
    },
  } satisfies ApiOf<GoogleAppsScript.Base.Menu>;
  facade = strictObject("Menu", methods);
  return menus.register(facade, record);
}

export function uiFacade(
  log: UiLog,
  outputs: Registry<HtmlOutputState>,
  menus: Registry<MenuRecord>,
): object {
  const newMenu = (name: string, addon: boolean): object =>
    menuFacade(log, menus, { name, addon, items: [], subMenus: [] });
  const dialog = (output: unknown, title: unknown, modal: boolean): void => {
    const state = outputs.lookup(output, "userInterface");
    log.dialogs.push({ title: requireString(title, "title"), html: state.content, modal });
  };
  const methods = {
    createMenu: (caption: unknown): object => newMenu(requireString(caption, "caption"), false),
    createAddonMenu: (): object => newMenu(ADDON_MENU_NAME, true),
    showSidebar: (output: unknown): void => {
      const state = outputs.lookup(output, "userInterface");
      log.sidebars.push({ title: state.title, html: state.content });
    },
    showModalDialog: (output: unknown, title: unknown): void => dialog(output, title, true),
    showModelessDialog: (output: unknown, title: unknown): void => dialog(output, title, false),
    /** alert(prompt), alert(prompt, buttons) or alert(title, prompt, buttons); records the prompt. */
    alert: (first: unknown, second?: unknown, third?: unknown): string => {
      const withTitle = third !== undefined;
      const prompt = requireString(withTitle ? second : first, "prompt");
      const buttons = withTitle ? third : second;
      log.alerts.push(prompt);
      // Nobody is there to click: answer with the affirmative button of the set.
      return buttons === ButtonSet.YES_NO || buttons === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK;
    },
    Button: strictObject("Button", Button),
    ButtonSet: strictObject("ButtonSet", ButtonSet),
  } satisfies ApiOf<GoogleAppsScript.Base.Ui>;
  return strictObject("Ui", methods);
}
