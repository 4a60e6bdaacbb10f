// The benches import the project's TypeScript modules (the stand-in, the CLI's readers) from
// plain Node: bundle a module's exports with esbuild and import the result.
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Bundles `source` (TypeScript, imports relative to the project root) into build/bench/NAME.mjs
 * for Node, without running it; returns the file's path. Dependencies stay in node_modules.
 */
export async function bundleTypeScript(name, source) {
  const result = await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: source, resolveDir: root, loader: "ts" },
    bundle: true,
    write: false,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  const file = join(root, "build", "bench", `${name}.mjs`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, result.outputFiles[0].text);
  return file;
}

/**
 * Bundles `exports` (TypeScript export statements relative to the project root, e.g.
 * `export { loadBundle } from "./src/standin/load-bundle";`) into build/bench/NAME.mjs and
 * imports it. Returns the module and its file URL.
 */
export async function importTypeScript(name, exports) {
  const file = await bundleTypeScript(name, exports);
  // Two benches may bundle different exports under one name in one process: the query keeps
  // Node's module cache from handing the second the first one's module.
  const url = `${pathToFileURL(file).href}?${createHash("sha1").update(exports).digest("hex").slice(0, 8)}`;
  return { module: await import(url), url };
}
