/** The CLI at the member-id limit: one line that says so, exit code 2 (the limit lowered for the test). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tmp } from "../support/cli";

function report(files: Record<string, string>, env: Record<string, string>) {
  const dir = tmp();
  const args = ["report", "--tz", "Asia/Shanghai", "--format", "json"];
  for (const [table, text] of Object.entries(files)) {
    writeFileSync(join(dir, `${table}.csv`), text);
    args.push(`--${table}`, join(dir, `${table}.csv`));
  }
  return cli(args, { COMMUNITY_FUNNEL_ID_LIMIT: "3", ...env });
}

const rows = (header: string, n: number, row: (i: number) => string): string =>
  [header, ...Array.from({ length: n }, (_, i) => row(i))].join("\n");

describe("more distinct member ids than a report can count", () => {
  it("stops with one line naming the limit and exit code 2, for the members", () => {
    const members = rows("member_id,joined_at", 5, (i) => `m${i},2024-12-02`);
    const { code, stderr } = report({ members }, {});
    expect(code).toBe(2);
    expect(stderr).toMatch(/^community-funnel: more than 3 distinct member ids: [^\n]*\n$/);
  });

  it("and for the activity, read here or on the worker thread", () => {
    const members = rows("member_id,joined_at", 2, (i) => `m${i},2024-12-02`);
    // The worker reads the first ~70% of the file: every id it cannot count is there.
    const activity = rows("member_id,at", 30, (i) => (i < 6 ? `x${i}` : "m0") + ",2024-12-03 10:00");
    for (const env of [{}, { COMMUNITY_FUNNEL_SPLIT_FROM: "1" }] as Record<string, string>[]) {
      const { code, stderr } = report({ members, activity }, env);
      expect(code, JSON.stringify(env)).toBe(2);
      expect(stderr, JSON.stringify(env)).toMatch(
        /^community-funnel: more than 3 distinct member ids: [^\n]*\n$/,
      );
    }
  });
});
