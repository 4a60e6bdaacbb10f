/**
 * The sample community the playground opens with: a CSV export per input table (members.csv …),
 * as an operator would paste them into the tables' Chinese data sheets 成员 / 互动 / 订单 / 内容 (numbers
 * become numbers, everything else stays text, even text that starts with "=", as the sidebar's
 * paste does).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDelimited } from "../core/delimited";
import { INPUT_TABLES } from "../core/inputs";

export interface SampleSheet {
  name: string;
  values: (string | number)[][];
}

// Plain decimals only: "007" and "1e3" stay text, as an ID column would want.
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** A pasted cell: a plain decimal is a number, anything else the text it was. */
export function pastedValue(text: string): string | number {
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}

export function loadSample(directory: string): SampleSheet[] {
  return INPUT_TABLES.flatMap(({ name, dataSheet }) => {
    const file = join(directory, `${name}.csv`);
    if (!existsSync(file)) return [];
    const rows = parseDelimited(readFileSync(file, "utf8"), file);
    return [{ name: dataSheet.zh, values: rows.map((row) => row.map(pastedValue)) }];
  });
}
