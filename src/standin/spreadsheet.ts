/** The Spreadsheet facade and the SpreadsheetApp service that hands it out. */

import { parseA1 } from "../shared/a1";
import { requireInteger, requireString } from "./args";
import { CURRENT_SPREADSHEET_SCOPE, requireAuthorization, requireWritable } from "./auth";
import type { SpreadsheetContext } from "./context";
import { metadataFacade, metadataFinderFacade } from "./metadata";
import { addMetadata, DeveloperMetadataLocationType, DeveloperMetadataVisibility } from "./metadata-model";
import { a1RangeRef } from "./range-ref";
import { richTextBuilderFacade } from "./rich-text";
import { type ApiOf, strictObject } from "./strict";

const spreadsheetFacades = new WeakMap<SpreadsheetContext, object>();

export function spreadsheetFacade(ctx: SpreadsheetContext): object {
  const cached = spreadsheetFacades.get(ctx);
  if (cached) return cached;
  const model = ctx.spreadsheet;
  const facadeOf = (sheet: (typeof model.sheets)[number]): object => ctx.facades.sheet(sheet);

  /** insertSheet(), (index), (name) or (name, index); a template option is not supported. */
  const insertSheet = (first?: unknown, second?: unknown, third?: unknown): object => {
    if (third !== undefined || (typeof first === "object" && first !== null) || typeof second === "object") {
      throw new Error("Apps Script stand-in: Spreadsheet.insertSheet with options is not implemented");
    }
    const name = typeof first === "string" ? first : model.defaultSheetName();
    const indexArgument = typeof first === "string" ? second : first;
    // Without an index Sheets puts the new sheet right after the active one.
    let index = model.sheets.indexOf(model.activeSheet) + 1;
    if (indexArgument !== undefined) {
      index = requireInteger(indexArgument, "sheetIndex");
      if (index < 0 || index > model.sheets.length) throw new Error(`Invalid argument: sheetIndex ${index}`);
    }
    const sheet = model.addSheet(name, index);
    model.active = sheet;
    return facadeOf(sheet);
  };

  let facade: object;
  const methods = {
    getId: (): string => model.id,
    getName: (): string => model.name,
    getUrl: (): string => `https://docs.google.com/spreadsheets/d/${model.id}/edit`,
    getSpreadsheetTimeZone: (): string => model.timeZone,
    getSpreadsheetLocale: (): string => model.locale,
    getSheets: (): object[] => model.sheets.map(facadeOf),
    getNumSheets: (): number => model.sheets.length,
    getSheetByName: (name: unknown): object | null => {
      const sheet = model.findSheet(requireString(name, "name"));
      return sheet ? facadeOf(sheet) : null;
    },
    getSheetById: (id: unknown): object | null => {
      const sheet = model.sheets.find((s) => s.id === id);
      return sheet ? facadeOf(sheet) : null;
    },
    insertSheet,
    deleteSheet: (sheet: unknown): void => {
      model.removeSheet(ctx.sheets.lookup(sheet, "sheet"));
    },
    getActiveSheet: (): object => facadeOf(model.activeSheet),
    duplicateActiveSheet: (): object => {
      const active = model.activeSheet;
      const copy = model.duplicateSheet(active, model.sheets.indexOf(active) + 1);
      model.active = copy;
      return facadeOf(copy);
    },
    setActiveSheet: (sheet: unknown): object => {
      const target = ctx.sheets.lookup(sheet, "sheet");
      target.assertAlive();
      target.hidden = false;
      model.active = target;
      return facadeOf(target);
    },
    getRange: (a1: unknown): object => {
      const text = requireString(a1, "a1Notation");
      const { sheetName } = parseA1(text);
      const sheet = sheetName === null ? model.activeSheet : model.findSheet(sheetName);
      if (!sheet) throw new Error(`Range not found: ${text}`);
      return ctx.facades.range(a1RangeRef(sheet, text));
    },
    addDeveloperMetadata: (key: unknown, value?: unknown, visibility?: unknown): object => {
      addMetadata(model, model.nextMetadataId(), key, value, visibility);
      return facade;
    },
    getDeveloperMetadata: (): object[] => model.metadata.map((entry) => metadataFacade(ctx, model, entry)),
    createDeveloperMetadataFinder: (): object => metadataFinderFacade(ctx),
    toast: (message: unknown, title?: unknown): void => {
      model.toasts.push({ message: String(message), title: title === undefined ? "" : String(title) });
    },
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.Spreadsheet>;
  facade = strictObject("Spreadsheet", methods, {
    calls: ctx.calls,
    // An onOpen event's `source` is this object: in NONE it is of no use either.
    guard: (method) => {
      requireAuthorization(ctx.auth, method, CURRENT_SPREADSHEET_SCOPE);
      requireWritable(ctx.auth, method);
    },
  });
  spreadsheetFacades.set(ctx, facade);
  return facade;
}

/** SpreadsheetApp. Its own calls are not counted: only calls on the objects it returns are. */
export function spreadsheetAppFacade(ctx: SpreadsheetContext, ui: () => object): object {
  const authorized = (call: string): void =>
    requireAuthorization(ctx.auth, `SpreadsheetApp.${call}`, CURRENT_SPREADSHEET_SCOPE);
  const methods = {
    getActive: (): object => {
      authorized("getActive");
      return ctx.facades.spreadsheet();
    },
    getActiveSpreadsheet: (): object => {
      authorized("getActiveSpreadsheet");
      return ctx.facades.spreadsheet();
    },
    getActiveSheet: (): object => {
      authorized("getActiveSheet");
      return ctx.facades.sheet(ctx.spreadsheet.activeSheet);
    },
    // Menus are what an add-on may still do in AuthMode.NONE; a formula has no Ui at all.
    getUi: (): object => {
      if (ctx.auth.mode === "CUSTOM_FUNCTION")
        throw new Error("Cannot call SpreadsheetApp.getUi() from this context.");
      return ui();
    },
    flush: (): void => {},
    newRichTextValue: (): object => richTextBuilderFacade(),
    DeveloperMetadataVisibility: strictObject("DeveloperMetadataVisibility", DeveloperMetadataVisibility),
    DeveloperMetadataLocationType: strictObject(
      "DeveloperMetadataLocationType",
      DeveloperMetadataLocationType,
    ),
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.SpreadsheetApp>;
  return strictObject("SpreadsheetApp", methods);
}
