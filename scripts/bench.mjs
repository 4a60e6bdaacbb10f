// `npm run bench`: time and peak memory of the engine's doors on a large deterministic community.
// Each measurement runs in a fresh Node process, so its peak RSS is its own.
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { communityFiles } from "./bench-data.mjs";
import { BUILT_CLI, inTurns, medianRun, reportArgs, runRatios, timeCli } from "./bench-measure.mjs";
import { importTypeScript } from "./import-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = 7;

/** The CLI's modules for the child processes, so they can time parse-only and the full run. */
async function bundleCli() {
  const { url } = await importTypeScript(
    "cli-modules",
    'export { decode } from "./src/cli/read-file"; export { forEachDelimitedRow } from "./src/core/delimited"; export { run } from "./src/cli/main";',
  );
  return url;
}

/** Runs `script` in a fresh Node; it prints {ms, peakMB} as the last line of `stream`. */
function measure(script, stream = "stdout") {
  // A file, not --eval: the CLI's worker thread would inherit --input-type and refuse to start.
  const file = join(root, "build", "bench", "measure.mjs");
  writeFileSync(file, script);
  const result = spawnSync(process.execPath, [file], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 26,
    stdio: ["ignore", stream === "stdout" ? "pipe" : "ignore", "pipe"],
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result[stream].trim().split("\n").pop());
}

/**
 * Runs `body` (an async function text with `m` = the CLI modules, `files`) in a child; returns
 * ms and peak MB. Timed from loading the modules, as the command is timed from loading cli.js.
 */
function child(modules, files, body) {
  return measure(`
    const t0 = performance.now();
    const m = await import(${JSON.stringify(modules)});
    const files = ${JSON.stringify(files)};
    await (async () => { ${body} })();
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024 }));`);
}

/** The real command, build/cli.js with its worker thread, timed from loading it to the process's exit. */
const command = (args) => timeCli(BUILT_CLI, args);

const row = (name, ms, extra = "") =>
  console.log(`${name.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms  ${extra}`);

const t0 = performance.now();
const files = communityFiles();
console.log(
  `data: 100,000 members, 600,000 activity rows, 35,000 orders over 180 days (${(performance.now() - t0).toFixed(0)} ms to prepare)\n`,
);
const modules = await bundleCli();
// The floor: decode and split every row into cells, as the report itself reads them (streamed).
const read = `const { readFileSync } = await import("node:fs"); let cells = 0;
  for (const f of Object.values(files)) m.forEachDelimitedRow(m.decode(readFileSync(f)), f, (row) => { cells += row.length; });`;
const args = reportArgs(files);
const oneThread = `await m.run(${JSON.stringify(args)}, { stdout() {}, stderr() {}, env: {} });`;
// Interleaved, (a) and (b) back to back in each run and in turns first: this shared machine's
// speed drifts (the same parse takes 450 ms in one run and 750 ms in the next), and a ratio of
// two adjacent runs cancels most of that, where a ratio of medians taken apart does not.
const oneThreadRuns = [];
const [parseRuns, fullRuns] = inTurns(RUNS, [() => child(modules, files, read), () => command(args)], () =>
  oneThreadRuns.push(child(modules, files, oneThread)),
);
const samples = { parse: parseRuns, full: fullRuns, single: oneThreadRuns };
const [parse, full, single] = [samples.parse, samples.full, samples.single].map(medianRun);
const ratios = runRatios(samples.full, samples.parse, "ms");
const ratio = ratios[Math.floor(RUNS / 2)];
row("(a) read + split the three CSV files into cells", parse.ms, `peak ${parse.peakMB.toFixed(0)} MB`);
row("(b) community-funnel report --format json", full.ms, `peak ${full.peakMB.toFixed(0)} MB`);
console.log(
  `    ratio (b)/(a) ${ratio.toFixed(2)}×  (median of ${RUNS} runs' ratios, ${ratios[0].toFixed(2)}–${ratios[RUNS - 1].toFixed(2)}×; of the medians ${(full.ms / parse.ms).toFixed(2)}×)`,
);
console.log(`    targets: (b) ≤ 2 × (a), and (b) < 4000 ms; times are medians of ${RUNS} runs`);
row(
  "    (b) without the activity worker thread, for comparison",
  single.ms,
  `peak ${single.peakMB.toFixed(0)} MB, ${(single.ms / parse.ms).toFixed(2)}×`,
);

// The other doors' benches, where they exist: custom functions and the report writer, through dist/Code.js.
for (const [file, fn] of [
  ["bench-functions.mjs", "benchFunctions"],
  ["bench-report.mjs", "benchReport"],
  ["bench-purchases.mjs", "benchPurchases"],
  ["bench-breakdown.mjs", "benchBreakdown"],
  ["bench-followup.mjs", "benchFollowUp"],
  ["bench-content.mjs", "benchContent"],
  ["bench-sql.mjs", "benchSql"],
  ["bench-spend.mjs", "benchSpend"],
]) {
  const path = join(root, "scripts", file);
  if (!existsSync(path)) continue;
  const mod = await import(pathToFileURL(path).href);
  const result = await mod[fn]();
  console.log("");
  row(result.name, result.ms, result.detail ?? "");
}
