/** Runs the built Apps Script bundle (dist/Code.js) in a node:vm context, as Apps Script would. */
import { readFileSync } from "node:fs";
import { createContext, runInContext } from "node:vm";

/** The bundle's top-level functions, called as Sheets, triggers and google.script.run call them. */
export type BundleGlobals = Record<string, (...args: unknown[]) => unknown>;

/**
 * Loads `code` (default: the file at `path`) with `globals` (the stand-in's services) as its
 * global scope; returns that scope, where every top-level function of Code.js now lives.
 */
export function loadBundle(
  globals: Record<string, unknown>,
  path = "dist/Code.js",
  code?: string,
): BundleGlobals {
  const context = createContext({ ...globals });
  runInContext(code ?? readFileSync(path, "utf8"), context, { filename: "Code.js" });
  return context as BundleGlobals;
}
