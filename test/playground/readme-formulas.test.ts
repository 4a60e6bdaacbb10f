/**
 * The README's "Try them in the playground" formulas, entered as written into the playground's
 * sample (the real dist/Code.js): each must spill without an error, so that a newcomer who copies
 * one gets a table, not #REF! or #ERROR!.
 */
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FormulaResponse, SheetsResponse } from "../../src/playground/api-types";
import { findProjectRoot } from "../../src/playground/paths";
import { startPlayground } from "../../src/playground/start";

const ROOT = findProjectRoot(import.meta.dirname);

/** The rows `| \`成员!K2\` | \`=…\` |` of the README's playground table, in order. */
function readmeFormulas(): { sheet: string; cell: string; formula: string }[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("### Try them in the playground"));
  const table = section.slice(0, section.indexOf("\n\n", section.indexOf("| cell |")));
  return [...table.matchAll(/^\| `([^`!]+)!([A-Z]+\d+)` \| `(=[^`]+)` \|$/gm)].map(
    ([, sheet, cell, formula]) => ({
      sheet,
      cell,
      formula,
    }),
  );
}

let server: Server;
let base: string;

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, base), {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await response.json()) as T;
}

beforeAll(async () => {
  ({ server, url: base } = await startPlayground({ PORT: "0" }, ROOT));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("the README's playground formulas", () => {
  const formulas = readmeFormulas();

  it("are found in the README, one per custom function family", () => {
    expect(formulas.length).toBeGreaterThanOrEqual(13);
  });

  it("each spills from its cell without an error, entered one after the other", async () => {
    for (const { sheet, cell, formula } of formulas) {
      const result = await call<FormulaResponse>("POST", "/api/formula", { sheet, cell, formula });
      expect({ cell: `${sheet}!${cell}`, formula, ...result }).toMatchObject({
        status: "done",
        message: null,
      });
    }
    const { sheets } = await call<SheetsResponse>("GET", "/api/sheets");
    const shown = sheets.flatMap((s) => s.values.flat());
    expect(shown.filter((v) => v === "#REF!" || v === "#ERROR!")).toEqual([]);
  });
});
