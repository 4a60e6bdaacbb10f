/** `community-funnel clean`: the exports in, the cleaned typed tables out, for a warehouse (see core/cleaned.ts). */
import { existsSync, statSync } from "node:fs";
import { cleanedTables } from "../core/cleaned";
import { runOf } from "../core/report";
import type { Lang } from "../shared/lang";
import { INPUT_OPTIONS, type InputFlags, inputFlags, langFlag, oneOf, parseFlags, UsageError } from "./args";
import type { Command } from "./main";
import { readNotes, wrote } from "./notes";
import { readReportTables } from "./read-tables";
import { type CleanFormat, writeCleaned } from "./write-cleaned";

export interface CleanOptions extends InputFlags {
  format: CleanFormat;
  out: string;
  lang: Lang;
}

const OPTIONS = {
  ...INPUT_OPTIONS,
  format: { type: "string" },
  out: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = `Usage: community-funnel clean --members FILE [--activity FILE] [--orders FILE] [--tz ZONE]
         [--spend FILE] [--content FILE] [--encoding …] [--format csv|parquet] [--lang en|zh] --out DIR

Reads the same exports as report and writes the tables it counts, cleaned and typed, one file
each in DIR: memberships (one row per membership, staff left out), activity and orders (only the
rows that count), problems and excluded (as the report gives them). Days are in --tz's zone.
A spend or content export is checked as report checks it (its skipped rows are in problems)
but has no file of its own: the sql script does not read them.
Load them into BigQuery or DuckDB and run the script of community-funnel sql.`;

export function parseClean(args: readonly string[]): CleanOptions | "help" {
  const values = parseFlags(args, OPTIONS);
  if (values.help) return "help";
  const format = oneOf("format", (values.format as string | undefined) ?? "parquet", [
    "csv",
    "parquet",
  ] as const);
  const out = values.out as string | undefined;
  if (!out) {
    throw new UsageError({
      en: "--out DIR is required: clean writes a file per table into it",
      zh: "必须给出 --out 文件夹：clean 在其中为每张表写一个文件",
    });
  }
  if (existsSync(out) && !statSync(out).isDirectory()) {
    throw new UsageError({
      en: `--out "${out}" is a file: clean writes a folder of files`,
      zh: `--out "${out}" 是文件：clean 写出的是一个文件夹`,
    });
  }
  return { ...inputFlags(values), format, out, lang: langFlag(values.lang as string | undefined) };
}

export const CLEAN: Command<CleanOptions> = {
  name: "clean",
  usage: USAGE,
  parse: parseClean,
  async run(options, io) {
    const { lang } = options;
    const { tables, ahead } = await readReportTables(options, io.readActivity);
    const run = runOf(tables, { timeZone: options.timeZone }, ahead);
    for (const path of await writeCleaned(cleanedTables(run), options.out, options.format))
      io.stderr(wrote(path, lang));
    io.stderr(readNotes(options, run.base.problems, lang));
  },
};
