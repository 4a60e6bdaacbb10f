/**
 * The README's `tiny` example of `community-funnel report`, against what the built CLI prints for
 * it: the lines above the "…" open the output, those below it end it, so the README cannot drift.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, inputs } from "../support/cli";
import { fixtures } from "../support/fixtures";

const README = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");

/** The text block after "The `tiny` example", without its `$ community-funnel …` line. */
function example(): { command: string; head: string[]; tail: string[] } {
  const from = README.indexOf("```text\n", README.indexOf("The `tiny` example")) + "```text\n".length;
  const [command, ...lines] = README.slice(from, README.indexOf("```", from)).trimEnd().split("\n");
  const cut = lines.indexOf("…");
  return { command, head: lines.slice(0, cut), tail: lines.slice(cut + 1) };
}

describe("the README's command-line example", () => {
  it("is what the CLI prints for the tiny example, its first and last lines", () => {
    const { command, head, tail } = example();
    expect(command).toBe(
      "$ community-funnel report --members members.csv --activity activity.csv --orders orders.csv --tz Asia/Shanghai",
    );
    const tiny = fixtures().find((f) => f.name === "tiny")!;
    const lines = cli(["report", ...inputs(tiny), "--tz", "Asia/Shanghai"])
      .stdout.trimEnd()
      .split("\n");
    expect(lines.slice(0, head.length)).toEqual(head);
    expect(lines.slice(-tail.length)).toEqual(tail);
  });
});
