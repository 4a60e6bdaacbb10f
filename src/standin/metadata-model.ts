/** Developer metadata on a spreadsheet or sheet: key/value pairs add-ons use to find their own output. */

import { enumOf } from "./enums";
import { strictObject } from "./strict";

export interface MetadataEntry {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: string;
}

/** Where metadata lives: the spreadsheet or a sheet. */
export interface MetadataOwner {
  readonly metadata: MetadataEntry[];
}

/** SpreadsheetApp.DeveloperMetadataLocationType; the stand-in keeps metadata on spreadsheets and sheets only. */
export const DeveloperMetadataLocationType = enumOf(["SPREADSHEET", "SHEET", "ROW", "COLUMN"]);

/** Sheets limits the metadata at one location (spreadsheet or sheet) to 30,000 characters. */
export const MAX_METADATA_CHARACTERS = 30_000;

function visibilityValue(name: string): object {
  return strictObject("DeveloperMetadataVisibility", {
    name: (): string => name,
    toString: (): string => name,
  });
}

/**
 * SpreadsheetApp.DeveloperMetadataVisibility. Its values are objects, as in Apps Script, because
 * addDeveloperMetadata(key, x) must tell a visibility from a value string by type.
 */
export const DeveloperMetadataVisibility = {
  DOCUMENT: visibilityValue("DOCUMENT"),
  PROJECT: visibilityValue("PROJECT"),
} as const;

export function visibilityName(value: unknown): string | null {
  if (value === DeveloperMetadataVisibility.DOCUMENT) return "DOCUMENT";
  if (value === DeveloperMetadataVisibility.PROJECT) return "PROJECT";
  return null;
}

function sizeOf(entries: readonly { key: string; value: string | null }[]): number {
  return entries.reduce((sum, entry) => sum + entry.key.length + (entry.value?.length ?? 0), 0);
}

export function assertWithinBudget(
  owner: MetadataOwner,
  replacing: MetadataEntry | null,
  key: string,
  value: string | null,
): void {
  const others = owner.metadata.filter((entry) => entry !== replacing);
  if (sizeOf(others) + sizeOf([{ key, value }]) > MAX_METADATA_CHARACTERS) {
    throw new Error(
      `Developer metadata at this location would exceed the limit of ${MAX_METADATA_CHARACTERS} characters.`,
    );
  }
}

export function checkKey(key: unknown): string {
  if (typeof key !== "string" || key === "") throw new Error("Invalid argument: key");
  return key;
}

export function checkValue(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string")
    throw new Error("Invalid argument: value (developer metadata values are strings)");
  return value;
}

/**
 * Adds metadata as addDeveloperMetadata(key), (key, value), (key, visibility) or
 * (key, value, visibility) does.
 */
export function addMetadata(
  owner: MetadataOwner,
  id: number,
  key: unknown,
  second: unknown,
  third: unknown,
): MetadataEntry {
  const secondIsVisibility = visibilityName(second) !== null;
  const visibilityArgument = secondIsVisibility ? second : third;
  const visibility = visibilityArgument === undefined ? "DOCUMENT" : visibilityName(visibilityArgument);
  if (visibility === null) throw new Error("Invalid argument: visibility");
  const entry: MetadataEntry = {
    id,
    key: checkKey(key),
    value: secondIsVisibility ? null : checkValue(second),
    visibility,
  };
  assertWithinBudget(owner, null, entry.key, entry.value);
  owner.metadata.push(entry);
  return entry;
}
