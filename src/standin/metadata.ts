/** The DeveloperMetadata facade handed to scripts. */

import {
  assertWithinBudget,
  checkKey,
  checkValue,
  DeveloperMetadataVisibility,
  type MetadataEntry,
  type MetadataOwner,
} from "./metadata-model";
import { type ApiOf, type CallLog, strictObject } from "./strict";

/** The DeveloperMetadata facade for `entry`; once removed, every method fails like Apps Script. */
export function metadataFacade(owner: MetadataOwner, entry: MetadataEntry, calls: CallLog): object {
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
  facade = strictObject("DeveloperMetadata", methods, { calls, guard });
  return facade;
}
