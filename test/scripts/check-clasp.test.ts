import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SCRIPT = join(import.meta.dirname, "..", "..", "scripts", "check-clasp.mjs");

function check(clasp: unknown): { code: number | null; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), "clasp-")), ".clasp.json");
  writeFileSync(file, JSON.stringify(clasp));
  const result = spawnSync(process.execPath, [SCRIPT, file], { encoding: "utf8" });
  return { code: result.status, stderr: result.stderr };
}

describe("npm run push's first step", () => {
  it("stops at once, saying where to find the id, while .clasp.json holds the placeholder", () => {
    const { code, stderr } = check({ scriptId: "REPLACE_WITH_YOUR_SCRIPT_ID", rootDir: "dist" });
    expect(code).toBe(2);
    expect(stderr).toContain("Project Settings");
  });
  it("stops when the pushed folder is not dist", () => {
    expect(check({ scriptId: "1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0T", rootDir: "src" }).code).toBe(2);
  });
  it("lets a real script id through", () => {
    expect(check({ scriptId: "1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s0T_-xYz", rootDir: "dist" }).code).toBe(
      0,
    );
  });
});
