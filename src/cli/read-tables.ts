/** The CLI's tables from files, streamed row by row into core's readers. */
import { existsSync, readFileSync, statSync } from "node:fs";
import { ZoneClock } from "../core/calendar";
import { type CountedActivity, countActivity, type KnownMembers, membersAndOrders } from "../core/clean";
import { DelimitedTextError, forEachDelimitedRow } from "../core/delimited";
import { INPUT_TABLES, type ReadTables } from "../core/inputs";
import { activityReader } from "../core/inputs/activity";
import type { InputTable } from "../core/inputs/input";
import { MEMBERS } from "../core/inputs/members";
import type { CountedAhead } from "../core/report";
import { segmentField } from "../core/segment-field";
import type { Table, TableReader } from "../core/tables";
import type { ActivityColumns } from "../core/types";
import { type InputFlags, UsageError } from "./args";
import { decode } from "./read-file";

/** Workbooks by their first bytes: a zip (.xlsx, .ods, .numbers) or an OLE2 file (.xls, .et). */
function isWorkbook(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  return (
    (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) ||
    (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0)
  );
}

/** A file's bytes, or a message saying what is wrong with the path. */
export function fileBytes(flag: string, path: string): Uint8Array {
  if (!existsSync(path))
    throw new UsageError({ en: `--${flag}: no file "${path}"`, zh: `--${flag}：没有文件 "${path}"` });
  if (statSync(path).isDirectory()) {
    throw new UsageError({
      en: `--${flag}: "${path}" is a folder, not a CSV/TSV file`,
      zh: `--${flag}："${path}" 是文件夹，不是 CSV/TSV 文件`,
    });
  }
  const bytes = readFileSync(path);
  if (isWorkbook(bytes)) {
    throw new UsageError({
      en: `--${flag}: "${path}" is a workbook or zip archive, not CSV/TSV: save the sheet as CSV (or unzip the export) and give that file`,
      zh: `--${flag}："${path}" 是工作簿或压缩包，不是 CSV/TSV：请把工作表另存为 CSV（或先解压导出文件），再给出那个文件`,
    });
  }
  return bytes;
}

/** A file's decoded text (see fileBytes). */
export function fileText(flag: string, path: string, options: InputFlags): string {
  return decode(fileBytes(flag, path), options.encoding);
}

/** Streams text's rows into a table reader: a large export is never held as a whole grid. */
export function readTableText<Rows>(
  flag: string,
  path: string,
  text: string,
  reader: TableReader<Rows>,
): Table<Rows> {
  try {
    forEachDelimitedRow(text, path, (cells) => reader.add(cells));
    return reader.finish();
  } catch (error) {
    if (error instanceof DelimitedTextError) {
      throw new UsageError({
        en: `--${flag} ${path}: ${error.text.en}`,
        zh: `--${flag} ${path}：${error.text.zh}`,
      });
    }
    throw error;
  }
}

export function readTable<Rows>(
  flag: string,
  path: string,
  reader: TableReader<Rows>,
  options: InputFlags,
): Table<Rows> {
  return readTableText(flag, path, fileText(flag, path, options), reader);
}

/** The activity table of a text (see activity-worker.ts for reading it on two threads). */
export function readActivityText(path: string, text: string, options: InputFlags): Table<ActivityColumns[]> {
  return readTableText("activity", path, text, activityReader(new ZoneClock(options.timeZone)));
}

/** The activity table and its blocks counted against the members (countActivity). */
export interface ActivityRead {
  table: Table<ActivityColumns[]>;
  counted: CountedActivity[];
}

/**
 * The activity file, being read here or (in part) on another thread. This thread reads its
 * part last, after the members and orders, so that the first error reported is the same
 * however the file is read: a missing file, then the members', orders' and activity's.
 */
export interface ActivityReading {
  /** Hands over the members as soon as they are read: a part read elsewhere is counted meanwhile. */
  membersRead(members: KnownMembers): void;
  /** This thread's part read, and every part counted against `members`. */
  finish(members: KnownMembers): Promise<ActivityRead>;
}

/** Reads the activity file on this thread. */
export function activityHere(path: string, options: InputFlags): ActivityReading {
  const bytes = fileBytes("activity", path);
  return {
    membersRead() {},
    async finish(members) {
      const table = readActivityText(path, decode(bytes, options.encoding), options);
      return { table, counted: table.rows.map((block) => countActivity(members, block)) };
    },
  };
}

/** Reads the activity file, here or (in part) on another thread (see activity-worker.ts). */
export type ActivityReader = (path: string, options: InputFlags, signal: AbortSignal) => ActivityReading;

/**
 * The tables, and what was counted of them while the activity was still being read: the activity
 * (by far the largest) on a second thread, the members first and then the others on this one.
 */
export async function readReportTables(
  options: InputFlags & { by?: string | null },
  readActivity: ActivityReader = activityHere,
): Promise<{ tables: ReadTables; ahead: CountedAhead }> {
  const clock = new ZoneClock(options.timeZone);
  const { files } = options;
  const stop = new AbortController();
  // Started first, so that it runs while this thread reads the other tables.
  const reading = files.activity ? readActivity(files.activity, options, stop.signal) : null;
  let activity: Promise<ActivityRead> | null = null;
  try {
    const members = readTable("members", files.members, MEMBERS.reader(clock), options);
    // A field to compare by that the members lack stops the run before the other files are read.
    if (options.by) segmentField(members, options.by);
    reading?.membersRead(members.rows);
    const tables: Record<string, Table<unknown> | null> = { members };
    for (const table of INPUT_TABLES as readonly InputTable[]) {
      if (table.name === "members" || table.name === "activity") continue;
      const file = files[table.name as keyof typeof files];
      tables[table.name] = file ? readTable(table.name, file, table.reader(clock), options) : null;
    }
    const read = tables as unknown as ReadTables;
    const known = membersAndOrders(members.rows, read.orders?.rows ?? null);
    activity = reading?.finish(members.rows) ?? null;
    const activityRead = activity && (await activity);
    return {
      tables: { ...read, activity: activityRead?.table ?? null },
      ahead: { known, activity: activityRead?.counted ?? null },
    };
  } catch (error) {
    stop.abort();
    activity?.catch(() => undefined);
    throw error;
  }
}
