/** The command line: `community-funnel report` (CSV/TSV exports in, the report out), and the commands beside it. */
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { version } from "../../package.json";
import { formatDay } from "../core/calendar";
import { errorMessage } from "../core/errors";
import { FocusWeekError } from "../core/follow-up";
import { TableError } from "../core/headers";
import { IdLimitError } from "../core/id-table";
import { reportToJson } from "../core/json";
import { ReportRangeError } from "../core/range";
import { reportFromTables } from "../core/report";
import { SegmentFieldError } from "../core/segment-field";
import type { Lang } from "../shared/lang";
import { type CliOptions, localeLang, parseCli, USAGE, UsageError } from "./args";
import { CLEAN } from "./clean";
import { readNotes, wrote } from "./notes";
import { type ActivityReader, readReportTables } from "./read-tables";
import { writeCsvFiles, writeXlsx } from "./render-files";
import { renderReport } from "./render-table";
import { SQL } from "./sql";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** True when stdout is a terminal: JSON is indented for a reader there, one line for a program or a file. */
  terminal?: boolean;
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
      throw new UsageError({
        en: `--out "${out}" is a file: --format csv writes a folder of files`,
        zh: `--out "${out}" 是文件：--format csv 写出的是一个文件夹`,
      });
    return;
  }
  if (isFolder) {
    throw new UsageError({
      en: `--out "${out}" is a folder: give a file name`,
      zh: `--out "${out}" 是文件夹：请给出文件名`,
    });
  }
  if (!existsSync(dirname(resolve(out))))
    throw new UsageError({
      en: `--out "${out}": the folder ${dirname(out)} does not exist`,
      zh: `--out "${out}"：文件夹 ${dirname(out)} 不存在`,
    });
  if (options.format === "xlsx" && !/\.xlsx$/i.test(out))
    throw new UsageError({ en: `--out "${out}" should end in .xlsx`, zh: `--out "${out}" 应以 .xlsx 结尾` });
}

/** Text output goes to --out when given, else to stdout. */
function emit(text: string, options: CliOptions, io: Io): void {
  if (options.out === null) {
    io.stdout(text);
    return;
  }
  writeFileSync(options.out, text);
  io.stderr(wrote(options.out, options.lang));
}

async function report(options: CliOptions, io: Io): Promise<void> {
  checkOut(options);
  const { tables, ahead } = await readReportTables(options, io.readActivity);
  const result = reportFromTables(tables, options, ahead);
  switch (options.format) {
    case "json":
      // A large report's JSON is mostly its follow-up lists: indentation would add a third to it.
      emit(
        `${JSON.stringify(reportToJson(result), null, options.out === null && io.terminal ? 1 : undefined)}\n`,
        options,
        io,
      );
      break;
    case "table":
      emit(renderReport(result, options.lang), options, io);
      break;
    case "csv":
      for (const path of writeCsvFiles(result, options.out!, options.lang))
        io.stderr(wrote(path, options.lang));
      break;
    case "xlsx":
      await writeXlsx(result, options.out!, options.lang);
      io.stderr(wrote(options.out!, options.lang));
      break;
  }
  io.stderr(readNotes(options, result.problems, options.lang));
}

/** The language of the messages: --lang when it is given and valid, else the machine's locale. */
function messageLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const given = argv[argv.indexOf("--lang") + 1];
  return argv.includes("--lang") && (given === "en" || given === "zh") ? given : localeLang(env);
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
    if (error instanceof FocusWeekError) {
      const lang = messageLang(argv, io.env);
      io.stderr(
        `community-funnel: --week ${formatDay(error.day)}${lang === "zh" ? "：" : ": "}${errorMessage(error, lang)}\n`,
      );
      return 2;
    }
    // Mistakes the user can fix, and input past a limit of the engine: one line, exit code 2.
    if (
      error instanceof UsageError ||
      error instanceof TableError ||
      error instanceof ReportRangeError ||
      error instanceof IdLimitError ||
      error instanceof SegmentFieldError
    ) {
      io.stderr(`community-funnel: ${errorMessage(error, messageLang(argv, io.env))}\n`);
      return 2;
    }
    throw error;
  }
}
