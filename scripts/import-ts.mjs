// The benches import the project's TypeScript modules (the stand-in, the CLI's readers) from
// plain Node: bundle a module's exports with esbuild and import the result.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Bundles `exports` (TypeScript export statements relative to the project root, e.g.
 * `export { loadBundle } from "./src/standin/load-bundle";`) into build/bench/NAME.mjs and
 * imports it. Dependencies stay in node_modules. Returns the module and its file URL.
 */
export async function importTypeScript(name, exports) {
  const result = await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: exports, resolveDir: root, loader: "ts" },
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
  const url = pathToFileURL(file).href;
  return { module: await import(url), url };
}
