/** The built command line (build/cli.js) run as a user runs it, in a fresh Node process. */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { Fixture } from "./fixtures";

const CLI = join(import.meta.dirname, "..", "..", "build", "cli.js");

export function cli(
  args: string[],
  env: Record<string, string> = {},
): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH, LANG: "en_US.UTF-8", ...env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI with a reader that stops after the first chunk of stdout, as `| head` does: its exit code and stderr. */
export function cliReadBriefly(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH, LANG: "en_US.UTF-8" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (text: string) => {
      stderr += text;
    });
    child.stdout.once("data", () => child.stdout.destroy());
    child.on("close", (code) => resolve({ code: code ?? -1, stderr }));
  });
}

/** A fixture's input files as flags: --members FILE … */
export const inputs = (f: Fixture): string[] =>
  Object.entries(f.files).flatMap(([table, path]) => [`--${table}`, path as string]);

export const tmp = (): string => mkdtempSync(join(tmpdir(), "cf-cli-"));

/** The one line a run that stops with exit code 2 says on stderr. */
export function oneLineError(r: { code: number; stderr: string }): string {
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  return r.stderr.trim();
}
