import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main";

const TINY = join(import.meta.dirname, "..", "fixtures", "tiny");

async function jsonOut(terminal: boolean): Promise<string> {
  let out = "";
  const code = await run(
    [
      "report",
      "--members",
      join(TINY, "members.csv"),
      "--orders",
      join(TINY, "orders.csv"),
      "--format",
      "json",
    ],
    { stdout: (text) => (out += text), stderr: () => {}, env: {}, terminal },
  );
  expect(code).toBe(0);
  return out;
}

describe("report --format json", () => {
  it("is indented for a reader on a terminal", async () => {
    expect(await jsonOut(true)).toMatch(/^\{\n "timeZone": "UTC",\n/);
  });

  it("is one line into a pipe or a file, the same JSON", async () => {
    const [line, indented] = [await jsonOut(false), await jsonOut(true)];
    expect(line.split("\n")).toHaveLength(2);
    expect(JSON.parse(line)).toEqual(JSON.parse(indented));
  });
});
