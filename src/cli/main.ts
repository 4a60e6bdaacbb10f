/** `community-funnel report`: CSV/TSV exports in, the report out. */
import { existsSync, statSync } from "node:fs";
import { ZoneClock } from "../core/calendar";
import { DelimitedTextError } from "../core/delimited";
import { TableError } from "../core/headers";
import { reportToJson } from "../core/json";
import { ReportRangeError } from "../core/range";
import { reportFromTables } from "../core/report";
import { activityReader, membersReader, ordersReader, type Table, type TableReader } from "../core/tables";
import type { Problem } from "../core/types";
import { type CliOptions, parseCli, USAGE, UsageError } from "./args";
import { forEachFileRow } from "./read-file";
import { writeCsvFiles, writeXlsx } from "./render-files";
import { renderReport } from "./render-table";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

/** Streams a file's rows into a table reader: a large export is never held as a whole grid. */
function readTable<T extends object>(
  flag: string,
  path: string,
  reader: TableReader<T>,
  options: CliOptions,
): Table<T> {
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

/** The skipped-rows summary for stderr: a count, then the first few reasons. */
export function problemSummary(problems: readonly Problem[], limit = 10): string {
  if (problems.length === 0) return "";
  const lines = problems
    .slice(0, limit)
    .map((p) => `  ${p.table} row ${p.row}, ${p.column} "${p.value}": ${p.message}`);
  if (problems.length > limit) lines.push(`  … and ${problems.length - limit} more (see the problems table)`);
  return `Skipped ${problems.length} invalid row${problems.length === 1 ? "" : "s"}:\n${lines.join("\n")}\n`;
}

async function report(options: CliOptions, io: Io): Promise<void> {
  const clock = new ZoneClock(options.timeZone);
  const result = reportFromTables(
    {
      members: readTable("members", options.members, membersReader(clock), options),
      activity: options.activity
        ? readTable("activity", options.activity, activityReader(clock), options)
        : null,
      orders: options.orders ? readTable("orders", options.orders, ordersReader(clock), options) : null,
    },
    options,
  );
  switch (options.format) {
    case "json":
      io.stdout(`${JSON.stringify(reportToJson(result), null, 1)}\n`);
      break;
    case "table":
      io.stdout(renderReport(result, options.lang));
      break;
    case "csv":
      for (const path of writeCsvFiles(result, options.out!, options.lang)) io.stderr(`wrote ${path}\n`);
      break;
    case "xlsx":
      await writeXlsx(result, options.out!, options.lang);
      io.stderr(`wrote ${options.out}\n`);
      break;
  }
  io.stderr(problemSummary(result.problems));
}

/** Runs the CLI; returns the exit code. Errors the user can fix become one line on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseCli(argv, io.env);
    if (options === "help") {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    await report(options, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof TableError || error instanceof ReportRangeError) {
      io.stderr(`community-funnel: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
