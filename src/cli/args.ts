/** `community-funnel report` flags → options, with one-line messages that say what to fix. */
import { parseArgs } from "node:util";
import { distance } from "fastest-levenshtein";
import { version } from "../../package.json";
import { assertTimeZone, parseDay, systemTimeZone } from "../core/calendar";
import { INPUT_TABLES, TABLE_NAMES, type TableName } from "../core/inputs";
import type { Day, WeekStart } from "../core/types";
import { LocalizedError } from "../shared/errors";
import { type Labels, type Lang, langOfLocale } from "../shared/lang";
import { isWindowDays, WINDOW_DAYS } from "../shared/rules";
import type { Encoding } from "./read-file";

export type Format = "table" | "json" | "csv" | "xlsx";

export interface CliOptions {
  /** The file of each input table (--members FILE …); null for a table not given. */
  files: { members: string } & Record<Exclude<TableName, "members">, string | null>;
  timeZone: string;
  /** False when --tz was left out and the machine's zone is used. */
  timeZoneGiven: boolean;
  weekStartsOn: WeekStart;
  from: Day | null;
  to: Day | null;
  windowDays: number;
  format: Format;
  out: string | null;
  lang: Lang;
  encoding: Encoding;
  /** --by FIELD: the members field or column to compare segments by; null without. */
  by: string | null;
  /** A day of the follow-up lists' focus week (--week); null: the latest complete week. */
  focusWeek: Day | null;
}

/** What every command that reads the exports needs (see inputFlags). */
export type InputFlags = Pick<CliOptions, "files" | "timeZone" | "timeZoneGiven" | "encoding">;

/** A mistake in the command line: the message says what to fix, in English and Chinese (--lang). */
export class UsageError extends LocalizedError {
  override name = "UsageError";
  constructor(message: string | Labels) {
    super(typeof message === "string" ? { en: message, zh: message } : message);
  }
}

const TABLE_FLAGS = INPUT_TABLES.map((t) => (t.required ? `--${t.name} FILE` : `[--${t.name} FILE]`)).join(
  " ",
);

export const USAGE = `community-funnel ${version}

Usage: community-funnel report ${TABLE_FLAGS}
         [--tz ZONE] [--week-start monday|sunday] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
         [--window DAYS] [--format table|json|csv|xlsx] [--out PATH] [--lang en|zh]
         [--by group|channel|COLUMN]
         [--week YYYY-MM-DD]  the follow-up lists' week (default: the latest complete week)
         [--encoding auto|utf-8|gb18030|utf-16le|utf-16be]

Reads CSV/TSV exports (UTF-8, UTF-16 with BOM or GB18030/GBK) and prints the weekly
community funnel: daily and weekly metrics, the new-member funnel and every skipped row.
  --format table  aligned tables (default)      --format json  metrics.md §8 JSON
  --format csv    one CSV per table in --out DIR  --format xlsx  a workbook at --out FILE
  --by FIELD      compare segments of members: group, channel, or a members column (城市…)
  --spend FILE    ad spend per channel and day (date, channel, spend): CTR, CPC, CPA, ROI per channel
community-funnel --version prints the version.`;

export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const v = value.toLowerCase() as T;
  if (!allowed.includes(v))
    throw new UsageError({
      en: `--${flag} must be one of ${allowed.join(", ")}, not "${value}"`,
      zh: `--${flag} 只能是 ${allowed.join("、")} 之一，而不是 "${value}"`,
    });
  return v;
}

export function day(flag: string, value: string | undefined): Day | null {
  if (value === undefined) return null;
  const d = parseDay(value);
  if (d === null) {
    throw new UsageError({
      en: `--${flag} must be a day written YYYY-MM-DD, not "${value}"`,
      zh: `--${flag} 必须是 YYYY-MM-DD 格式的日期，而不是 "${value}"`,
    });
  }
  return d;
}

/** The language of the machine's locale: Chinese for zh*, else English. */
export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
  return langOfLocale(locale ?? "");
}

const OPTIONS = {
  ...(Object.fromEntries(INPUT_TABLES.map((t) => [t.name, { type: "string" }])) as Record<
    TableName,
    { type: "string" }
  >),
  tz: { type: "string" },
  "week-start": { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  window: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  lang: { type: "string" },
  encoding: { type: "string" },
  by: { type: "string" },
  week: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** The flags of the commands that read the exports (report, clean): a file per table, the zone, the encoding. */
export const INPUT_OPTIONS = pick(OPTIONS, [...TABLE_NAMES, "tz", "encoding"]);

/** The flags that place the report's days (report, sql). */
export const CALENDAR_OPTIONS = pick(OPTIONS, ["week-start", "from", "to", "window"]);

function pick<O extends object, K extends keyof O>(options: O, keys: readonly K[]): Pick<O, K> {
  return Object.fromEntries(keys.map((k) => [k, options[k]])) as Pick<O, K>;
}

type Values = Record<string, string | boolean | undefined>;

/** The input flags checked: --members given, --tz a known zone (the machine's when left out), --encoding. */
export function inputFlags(values: Values): InputFlags {
  const str = (k: string): string | undefined => values[k] as string | undefined;
  const members = str("members");
  if (!members) {
    throw new UsageError({
      en: "--members FILE is required (the member list export, .csv or .tsv)",
      zh: "必须给出 --members 文件（导出的成员表，.csv 或 .tsv）",
    });
  }
  const timeZone = str("tz") ?? systemTimeZone();
  try {
    assertTimeZone(timeZone);
  } catch (error) {
    throw new UsageError({
      en: `--tz: ${(error as Error).message}`,
      zh: `--tz：未知的时区 "${timeZone}"（请使用 IANA 名称，例如 Asia/Shanghai）`,
    });
  }
  const files = Object.fromEntries(INPUT_TABLES.map((t) => [t.name, str(t.name) ?? null]));
  return {
    files: { ...files, members } as CliOptions["files"],
    timeZone,
    timeZoneGiven: str("tz") !== undefined,
    encoding: oneOf("encoding", str("encoding") ?? "auto", [
      "auto",
      "utf-8",
      "gb18030",
      "utf-16le",
      "utf-16be",
    ] as const),
  };
}

/** The calendar flags checked: --week-start, --from/--to as days in order, --window in 1–90. */
export function calendarFlags(
  values: Values,
): Pick<CliOptions, "weekStartsOn" | "from" | "to" | "windowDays"> {
  const str = (k: string): string | undefined => values[k] as string | undefined;
  const windowText = str("window") ?? String(WINDOW_DAYS.default);
  const windowDays = Number(windowText);
  if (!/^\d+$/.test(windowText) || !isWindowDays(windowDays)) {
    throw new UsageError({
      en: `--window must be a whole number of days from ${WINDOW_DAYS.min} to ${WINDOW_DAYS.max}, not "${windowText}"`,
      zh: `--window 必须是 ${WINDOW_DAYS.min} 到 ${WINDOW_DAYS.max} 之间的整数天，而不是 "${windowText}"`,
    });
  }
  const from = day("from", str("from"));
  const to = day("to", str("to"));
  if (from !== null && to !== null && from > to) {
    throw new UsageError({ en: "--from must not be after --to", zh: "--from 不能晚于 --to" });
  }
  return {
    weekStartsOn: oneOf("week-start", str("week-start") ?? "monday", ["monday", "sunday"] as const),
    from,
    to,
    windowDays,
  };
}

/** A command's flags parsed strictly: a misspelt one gets "did you mean". */
export function parseFlags(args: readonly string[], options: object): Values {
  try {
    return parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: options as typeof OPTIONS,
    }).values;
  } catch (error) {
    throw new UsageError(argsMessage(error as Error, options));
  }
}

/**
 * parseArgs's first sentence (e.g. "Unknown option '--membres'") in either language, and for a
 * misspelt long flag the ones it is nearest to (all of them on a tie: --fromat is as near --from
 * as --format).
 */
function argsMessage(error: Error, options: object): Labels {
  const first = error.message.split(". ")[0];
  const unknown = /^Unknown option '(-[^']*)'/.exec(first)?.[1];
  if (unknown !== undefined) {
    const names = Object.keys(options).map((name) => `--${name}`);
    const distances = names.map((name) => distance(unknown, name));
    const nearest = Math.min(...distances);
    if (!unknown.startsWith("--") || nearest > 2) {
      return {
        en: `${first} (community-funnel --help lists the options)`,
        zh: `未知的选项 '${unknown}'（community-funnel --help 列出所有选项）`,
      };
    }
    const near = names.filter((_, i) => distances[i] === nearest);
    return {
      en: `${first}: did you mean ${near.join(" or ")}?`,
      zh: `未知的选项 '${unknown}'：是不是 ${near.join(" 或 ")}？`,
    };
  }
  // "Option '--members <value>' argument missing", "Option '-h, --help' does not take an argument".
  const option = /^Option '([^']*?)(?: <value>)?' (argument missing|does not take an argument)/.exec(first);
  if (option) {
    return {
      en: first,
      zh: option[2] === "argument missing" ? `选项 ${option[1]} 后面缺少值` : `选项 ${option[1]} 不带值`,
    };
  }
  const extra = /^Unexpected argument '([^']*)'/.exec(first)?.[1];
  if (extra !== undefined)
    return { en: first, zh: `多余的参数 '${extra}'：每个文件都要跟在它的选项后面，如 --members FILE` };
  return { en: first, zh: first };
}

/** --lang as given (en or zh), else the machine's locale's language. */
export function langFlag(given: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  return given ? oneOf("lang", given, ["en", "zh"] as const) : localeLang(env);
}

export function parseCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): CliOptions | "help" | "version" {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") return "help";
  if (command === "--version" || command === "-v") return "version";
  if (command !== "report") {
    throw new UsageError({
      en: `unknown command "${command}": the commands are report, clean and sql`,
      zh: `未知的命令 "${command}"：命令有 report、clean 和 sql`,
    });
  }
  const values = parseFlags(rest, OPTIONS);
  if (values.help) return "help";
  const str = (k: string): string | undefined => values[k] as string | undefined;
  const { files, timeZone, timeZoneGiven, encoding } = inputFlags(values);
  const { weekStartsOn, from, to, windowDays } = calendarFlags(values);
  const format = oneOf("format", str("format") ?? "table", ["table", "json", "csv", "xlsx"] as const);
  const out = str("out") ?? null;
  if ((format === "csv" || format === "xlsx") && !out) {
    throw new UsageError(
      format === "csv"
        ? {
            en: "--format csv needs --out DIR for its files",
            zh: "--format csv 需要用 --out 指定存放文件的文件夹",
          }
        : { en: "--format xlsx needs --out FILE.xlsx", zh: "--format xlsx 需要用 --out 指定 .xlsx 文件" },
    );
  }
  return {
    files,
    timeZone,
    timeZoneGiven,
    weekStartsOn,
    from,
    to,
    windowDays,
    format,
    out,
    lang: langFlag(str("lang"), env),
    encoding,
    by: byField(str("by")),
    focusWeek: day("week", str("week")),
  };
}

function byField(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (value.trim() === "") {
    throw new UsageError({
      en: "--by needs a field: group, channel or a column of the members table",
      zh: "--by 需要一个字段：group、channel 或成员表的某一列",
    });
  }
  return value.trim();
}
