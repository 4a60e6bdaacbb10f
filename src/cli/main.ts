/** `community-funnel report`: CSV/TSV exports in, the report out. */
import { existsSync, statSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { version } from "../../package.json";
import { formatDay, ZoneClock } from "../core/calendar";
import { membersAndOrders } from "../core/clean";
import { errorMessage } from "../core/errors";
import { FocusWeekError } from "../core/follow-up";
import { TableError } from "../core/headers";
import { IdLimitError } from "../core/id-table";
import { INPUT_TABLES, problemMessage, type ReadTables, tableLabel } from "../core/inputs";
import type { InputTable } from "../core/inputs/input";
import { MEMBERS } from "../core/inputs/members";
import { reportToJson } from "../core/json";
import { problemColumn } from "../core/layout";
import { ReportRangeError } from "../core/range";
import { type CountedAhead, reportFromTables } from "../core/report";
import { SegmentFieldError, segmentField } from "../core/segment-field";
import type { Table } from "../core/tables";
import type { Problem } from "../core/types";
import type { Lang } from "../shared/lang";
import { type CliOptions, localeLang, parseCli, USAGE, UsageError } from "./args";
import { type ActivityRead, type ActivityReading, activityHere, readTable } from "./read-tables";
import { writeCsvFiles, writeXlsx } from "./render-files";
import { renderReport } from "./render-table";

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  /** Reads the activity file elsewhere (another thread); by default it is read here. */
  readActivity?: (path: string, options: CliOptions, signal: AbortSignal) => ActivityReading;
}

/** The skipped-rows summary for stderr: a count, then the first few reasons. */
export function problemSummary(problems: readonly Problem[], lang: Lang = "en", limit = 10): string {
  if (problems.length === 0) return "";
  const zh = lang === "zh";
  const lines = problems.slice(0, limit).map((p) => {
    const why = problemMessage(p.table, p.message, lang);
    return zh
      ? `  ${tableLabel(p.table, "zh")} 第 ${p.row} 行，${problemColumn(p)} "${p.value}"：${why}`
      : `  ${p.table} row ${p.row}, ${problemColumn(p)} "${p.value}": ${why}`;
  });
  const more = problems.length - limit;
  if (more > 0)
    lines.push(zh ? `  … 还有 ${more} 行（见数据问题表）` : `  … and ${more} more (see the problems table)`);
  const head = zh
    ? `跳过了 ${problems.length} 行无效数据：`
    : `Skipped ${problems.length} invalid row${problems.length === 1 ? "" : "s"}:`;
  return `${head}\n${lines.join("\n")}\n`;
}

const wrote = (path: string, lang: Lang): string => (lang === "zh" ? `已写入 ${path}\n` : `wrote ${path}\n`);

/**
 * The tables, and what was counted of them while the activity was still being read: the activity
 * (by far the largest) on a second thread, the members first and then the others on this one.
 */
async function readTables(options: CliOptions, io: Io): Promise<{ tables: ReadTables; ahead: CountedAhead }> {
  const clock = new ZoneClock(options.timeZone);
  const { files } = options;
  const stop = new AbortController();
  // Started first, so that it runs while this thread reads the other tables.
  const reading = files.activity
    ? (io.readActivity ?? activityHere)(files.activity, options, stop.signal)
    : null;
  let activity: Promise<ActivityRead> | null = null;
  try {
    const members = readTable("members", files.members, MEMBERS.reader(clock), options);
    // A field to compare by that the members lack stops the run before the other files are read.
    if (options.by !== null) segmentField(members, options.by);
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
  const { tables, ahead } = await readTables(options, io);
  const result = reportFromTables(tables, options, ahead);
  switch (options.format) {
    case "json":
      emit(`${JSON.stringify(reportToJson(result), null, 1)}\n`, options, io);
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
  if (!options.timeZoneGiven) {
    // Days depend on the zone: say which one was used, since nobody chose it.
    io.stderr(
      options.lang === "zh"
        ? `使用本机的时区 ${options.timeZone}（可用 --tz 指定其他时区）\n`
        : `using this machine's time zone ${options.timeZone} (--tz ZONE to choose another)\n`,
    );
  }
  io.stderr(problemSummary(result.problems, options.lang));
}

/** The language of the messages: --lang when it is given and valid, else the machine's locale. */
function messageLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const given = argv[argv.indexOf("--lang") + 1];
  return argv.includes("--lang") && (given === "en" || given === "zh") ? given : localeLang(env);
}

/** Runs the CLI; returns the exit code. Errors the user can fix become one line on stderr. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const options = parseCli(argv, io.env);
    if (options === "help") {
      io.stdout(`${USAGE}\n`);
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
