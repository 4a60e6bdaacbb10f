/**
 * The sample community the playground opens with: the three CSV exports, as an operator would paste
 * them into the sheets 成员 / 互动 / 订单 (numbers become numbers, everything else stays text, even
 * text that starts with "=", as the sidebar's paste does).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDelimited } from "../core/delimited";

export interface SampleSheet {
  name: string;
  values: (string | number)[][];
}

const SAMPLE_FILES: readonly { name: string; file: string }[] = [
  { name: "成员", file: "members.csv" },
  { name: "互动", file: "activity.csv" },
  { name: "订单", file: "orders.csv" },
];

// Plain decimals only: "007" and "1e3" stay text, as an ID column would want.
const PLAIN_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

/** A pasted cell: a plain decimal is a number, anything else the text it was. */
export function pastedValue(text: string): string | number {
  return PLAIN_NUMBER.test(text) ? Number(text) : text;
}

export function loadSample(directory: string): SampleSheet[] {
  return SAMPLE_FILES.map(({ name, file }) => ({
    name,
    values: parseDelimited(readFileSync(join(directory, file), "utf8"), file).map((row) =>
      row.map(pastedValue),
    ),
  }));
}
