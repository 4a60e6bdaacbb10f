/** The CLI's tables from files, streamed row by row into core's readers. */
import { existsSync, statSync } from "node:fs";
import { ZoneClock } from "../core/calendar";
import { DelimitedTextError } from "../core/delimited";
import { activityReader, type Table, type TableReader } from "../core/tables";
import type { ActivityColumns } from "../core/types";
import { type CliOptions, UsageError } from "./args";
import { forEachFileRow } from "./read-file";

/** Streams a file's rows into a table reader: a large export is never held as a whole grid. */
export function readTable<Rows>(
  flag: string,
  path: string,
  reader: TableReader<Rows>,
  options: CliOptions,
): Table<Rows> {
  if (!existsSync(path)) throw new UsageError(`--${flag}: no file "${path}"`);
  if (statSync(path).isDirectory()) {
    throw new UsageError(`--${flag}: "${path}" is a folder, not a CSV/TSV file`);
  }
  try {
    forEachFileRow(path, (cells) => reader.add(cells), options.encoding);
    return reader.finish();
  } catch (error) {
    if (error instanceof DelimitedTextError) throw new UsageError(`--${flag} ${path}: ${error.message}`);
    throw error;
  }
}

/** The activity table of a file (see activity-worker.ts for reading it on another thread). */
export function readActivityFile(path: string, options: CliOptions): Table<ActivityColumns> {
  return readTable("activity", path, activityReader(new ZoneClock(options.timeZone)), options);
}
