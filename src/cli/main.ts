/** The command line: `community-funnel report` (CSV/TSV exports in, the report out), and the commands beside it. */
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { version } from "../../package.json";
import { TableError } from "../core/headers";
import { reportToJson } from "../core/json";
import { ReportRangeError } from "../core/range";
import { reportFromTables } from "../core/report";
import { type CliOptions, parseCli, USAGE, UsageError } from "./args";
import { CLEAN } from "./clean";
import { readNotes } from "./notes";
import { type ActivityReader, readReportTables } from "./read-tables";
import { writeCsvFiles, writeXlsx } from "./render-files";
import { renderReport } from "./render-table";
import { SQL } from "./sql";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Reads the activity file elsewhere (another thread); by default it is read here. */
  readActivity?: ActivityReader;
}

/** A command beside report, in its own file: its help, its flags read, and what it does with them. */
export interface Command<O> {
  name: string;
  usage: string;
  /** "help" for --help. */
  parse(args: readonly string[]): O | "help";
  run(options: O, io: Io): Promise<void>;
}

/** Runs a command: its help for --help. */
async function runCommand<O>(command: Command<O>, args: readonly string[], io: Io): Promise<void> {
  const options = command.parse(args);
  if (options === "help") io.stdout(`${command.usage}\n`);
  else await command.run(options, io);
}

const COMMANDS = [CLEAN, SQL] as const;

/** Checks --out before any work: a report that cannot be written should not be computed. */
function checkOut(options: CliOptions): void {
  const out = options.out;
  if (out === null) return;
  const isFolder = existsSync(out) && statSync(out).isDirectory();
  if (options.format === "csv") {
    if (existsSync(out) && !isFolder)
      throw new UsageError(`--out "${out}" is a file: --format csv writes a folder of files`);
    return;
  }
  if (isFolder) throw new UsageError(`--out "${out}" is a folder: give a file name`);
  if (!existsSync(dirname(resolve(out))))
    throw new UsageError(`--out "${out}": the folder ${dirname(out)} does not exist`);
  if (options.format === "xlsx" && !/\.xlsx$/i.test(out))
    throw new UsageError(`--out "${out}" should end in .xlsx`);
}

/** Text output goes to --out when given, else to stdout. */
function emit(text: string, options: CliOptions, io: Io): void {
  if (options.out === null) {
    io.stdout(text);
    return;
  }
  writeFileSync(options.out, text);
  io.stderr(`wrote ${options.out}\n`);
}

async function report(options: CliOptions, io: Io): Promise<void> {
  checkOut(options);
  const { tables, ahead } = await readReportTables(options, io.readActivity);
  const result = reportFromTables(tables, options, ahead);
  switch (options.format) {
    case "json":
      emit(`${JSON.stringify(reportToJson(result), null, 1)}\n`, options, io);
      break;
    case "table":
      emit(renderReport(result, options.lang), options, io);
      break;
    case "csv":
      for (const path of writeCsvFiles(result, options.out!, options.lang)) io.stderr(`wrote ${path}\n`);
      break;
    case "xlsx":
      await writeXlsx(result, options.out!, options.lang);
      io.stderr(`wrote ${options.out}\n`);
      break;
  }
  io.stderr(readNotes(options, result.problems));
}

/** Runs the CLI; returns the exit code. Errors the user can fix become one line on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const command = COMMANDS.find((c) => c.name === argv[0]);
    if (command) {
      await runCommand<unknown>(command as Command<unknown>, argv.slice(1), io);
      return 0;
    }
    const options = parseCli(argv, io.env);
    if (options === "help") {
      io.stdout(`${[USAGE, ...COMMANDS.map((c) => c.usage)].join("\n\n")}\n`);
      return 0;
    }
    if (options === "version") {
      io.stdout(`${version}\n`);
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
