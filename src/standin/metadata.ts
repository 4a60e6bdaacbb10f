/** The DeveloperMetadata facade handed to scripts, where it lives, and the finder that searches it. */

import { requireInteger, requireString } from "./args";
import type { SpreadsheetContext } from "./context";
import {
  assertWithinBudget,
  checkKey,
  checkValue,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  type MetadataEntry,
  type MetadataOwner,
  visibilityName,
} from "./metadata-model";
import type { SheetModel } from "./sheet-model";
import { type ApiOf, notImplemented, strictObject } from "./strict";

/** DeveloperMetadataLocation: the spreadsheet or the sheet the metadata is on. */
function locationFacade(ctx: SpreadsheetContext, owner: MetadataOwner): object {
  const sheet = owner === ctx.spreadsheet ? null : (owner as SheetModel);
  const methods = {
    getLocationType: (): string =>
      sheet ? DeveloperMetadataLocationType.SHEET : DeveloperMetadataLocationType.SPREADSHEET,
    getSheet: (): object | null => (sheet ? ctx.facades.sheet(sheet) : null),
    getSpreadsheet: (): object | null => (sheet ? null : ctx.facades.spreadsheet()),
    getRow: (): null => null,
    getColumn: (): null => null,
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation>;
  return strictObject("DeveloperMetadataLocation", methods, { calls: ctx.calls });
}

/** The DeveloperMetadata facade for `entry`; once removed, every method fails like Apps Script. */
export function metadataFacade(ctx: SpreadsheetContext, owner: MetadataOwner, entry: MetadataEntry): object {
  const guard = (): void => {
    if (!owner.metadata.includes(entry)) throw new Error(`Developer metadata ${entry.id} no longer exists.`);
  };
  let facade: object;
  const methods = {
    getId: (): number => entry.id,
    getKey: (): string => entry.key,
    getValue: (): string | null => entry.value,
    getVisibility: (): object =>
      entry.visibility === "PROJECT"
        ? DeveloperMetadataVisibility.PROJECT
        : DeveloperMetadataVisibility.DOCUMENT,
    getLocation: (): object => locationFacade(ctx, owner),
    setKey: (key: unknown): object => {
      const checked = checkKey(key);
      assertWithinBudget(owner, entry, checked, entry.value);
      entry.key = checked;
      return facade;
    },
    setValue: (value: unknown): object => {
      const checked = checkValue(value);
      assertWithinBudget(owner, entry, entry.key, checked);
      entry.value = checked;
      return facade;
    },
    remove: (): void => {
      owner.metadata.splice(owner.metadata.indexOf(entry), 1);
    },
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.DeveloperMetadata>;
  facade = strictObject("DeveloperMetadata", methods, { calls: ctx.calls, guard });
  return facade;
}

type Test = (entry: MetadataEntry, owner: MetadataOwner) => boolean;

/**
 * Spreadsheet.createDeveloperMetadataFinder(): one search over the metadata of the spreadsheet and
 * of every sheet, in tab order, narrowed by key, value, id, visibility or location type
 * (developers.google.com/apps-script/reference/spreadsheet/developer-metadata-finder).
 */
export function metadataFinderFacade(ctx: SpreadsheetContext): object {
  const tests: Test[] = [];
  let facade: object;
  const narrow = (test: Test): object => {
    tests.push(test);
    return facade;
  };
  const methods = {
    withKey: (key: unknown): object => {
      const wanted = requireString(key, "key");
      return narrow((entry) => entry.key === wanted);
    },
    withValue: (value: unknown): object => {
      const wanted = requireString(value, "value");
      return narrow((entry) => entry.value === wanted);
    },
    withId: (id: unknown): object => {
      const wanted = requireInteger(id, "id");
      return narrow((entry) => entry.id === wanted);
    },
    withVisibility: (visibility: unknown): object => {
      const wanted = visibilityName(visibility);
      if (wanted === null) throw new Error("Invalid argument: visibility");
      return narrow((entry) => entry.visibility === wanted);
    },
    withLocationType: (type: unknown): object => {
      const { SHEET, SPREADSHEET } = DeveloperMetadataLocationType;
      if (type !== SHEET && type !== SPREADSHEET) {
        throw notImplemented("DeveloperMetadataFinder", `withLocationType(${String(type)})`);
      }
      return narrow((_entry, owner) => (owner === ctx.spreadsheet) === (type === SPREADSHEET));
    },
    find: (): object[] => {
      const owners: MetadataOwner[] = [ctx.spreadsheet, ...ctx.spreadsheet.sheets];
      return owners.flatMap((owner) =>
        owner.metadata
          .filter((entry) => tests.every((test) => test(entry, owner)))
          .map((entry) => metadataFacade(ctx, owner, entry)),
      );
    },
  } satisfies ApiOf<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder>;
  facade = strictObject("DeveloperMetadataFinder", methods, { calls: ctx.calls });
  return facade;
}
