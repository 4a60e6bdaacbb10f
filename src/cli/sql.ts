/** `community-funnel sql`: the report's tables as one SQL script for BigQuery or DuckDB (see core/sql). */
import { writeFileSync } from "node:fs";
import { version } from "../../package.json";
import { formatDay } from "../core/calendar";
import { DIALECTS, type DialectName } from "../core/sql/dialects";
import { type SqlOptions, sqlScript } from "../core/sql/plan";
import type { Lang } from "../shared/lang";
import { CALENDAR_OPTIONS, calendarFlags, langFlag, oneOf, parseFlags, UsageError } from "./args";
import type { Command } from "./main";
import { wrote } from "./notes";

/** The optional tables the script reads: --no-TABLE when it was not loaded. */
const OPTIONAL = ["activity", "orders"] as const;

const OPTIONS = {
  dialect: { type: "string" },
  dataset: { type: "string" },
  ...CALENDAR_OPTIONS,
  ...(Object.fromEntries(OPTIONAL.map((t) => [`no-${t}`, { type: "boolean" }])) as Record<
    `no-${(typeof OPTIONAL)[number]}`,
    { type: "boolean" }
  >),
  out: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const DEFAULT_DATASET = "community_funnel";

const USAGE = `Usage: community-funnel sql --dialect bigquery|duckdb [--dataset NAME] [--week-start monday|sunday]
         [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--window DAYS] [--no-activity] [--no-orders] [--out FILE]
         [--lang en|zh]

Prints one SQL script that computes the report's daily, weekly, funnel, purchases and retention
tables from the tables of community-funnel clean loaded into dataset NAME (default
${DEFAULT_DATASET}), as tables of that dataset with the JSON report's column names.
--no-activity / --no-orders when that table was not loaded: its metrics are then NULL.`;

/** BigQuery's rule for dataset names, which DuckDB's schemas take too. */
const DATASET = /^[A-Za-z0-9_]{1,1024}$/;

export type SqlCommandOptions = SqlOptions & { dialect: DialectName; out: string | null; lang: Lang };

export function parseSql(args: readonly string[]): SqlCommandOptions | "help" {
  const values = parseFlags(args, OPTIONS);
  if (values.help) return "help";
  const dialectName = values.dialect as string | undefined;
  if (!dialectName) {
    throw new UsageError({
      en: "--dialect is required: bigquery or duckdb",
      zh: "必须给出 --dialect：bigquery 或 duckdb",
    });
  }
  const dialect = oneOf("dialect", dialectName, Object.keys(DIALECTS) as DialectName[]);
  const dataset = (values.dataset as string | undefined) ?? DEFAULT_DATASET;
  if (!DATASET.test(dataset)) {
    throw new UsageError({
      en: `--dataset "${dataset}": a dataset name holds only letters, digits and underscores (at most 1024)`,
      zh: `--dataset "${dataset}"：数据集名只能包含字母、数字和下划线（最多 1024 个）`,
    });
  }
  return {
    dialect,
    dataset,
    ...calendarFlags(values),
    activity: !values["no-activity"],
    orders: !values["no-orders"],
    out: (values.out as string | undefined) ?? null,
    lang: langFlag(values.lang as string | undefined),
  };
}

/** The command's options as flags, for the script's first lines: parsed values only, never raw text. */
function commandLine(o: SqlCommandOptions): string {
  const flags = [`--dialect ${o.dialect}`, `--dataset ${o.dataset}`, `--week-start ${o.weekStartsOn}`];
  if (o.from !== null) flags.push(`--from ${formatDay(o.from)}`);
  if (o.to !== null) flags.push(`--to ${formatDay(o.to)}`);
  flags.push(`--window ${o.windowDays}`);
  for (const table of OPTIONAL) if (!o[table]) flags.push(`--no-${table}`);
  return flags.join(" ");
}

export const SQL: Command<SqlCommandOptions> = {
  name: "sql",
  usage: USAGE,
  parse: parseSql,
  async run(options, io) {
    const script = sqlScript(DIALECTS[options.dialect], options, [
      `Made by community-funnel ${version}: community-funnel sql ${commandLine(options)}`,
    ]);
    if (options.out === null) {
      io.stdout(script);
      return;
    }
    writeFileSync(options.out, script);
    io.stderr(wrote(options.out, options.lang));
  },
};
