// `npm run bench`: time and peak memory of the engine's doors on a large deterministic community.
// Each measurement runs in a fresh Node process, so its peak RSS is its own.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { communityFiles } from "./bench-data.mjs";
import { importTypeScript } from "./import-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = 3;

/** The CLI's modules for the child processes, so they can time parse-only and the full run. */
async function bundleCli() {
  const { url } = await importTypeScript(
    "cli-modules",
    'export { forEachFileRow } from "./src/cli/read-file"; export { run } from "./src/cli/main";',
  );
  return url;
}

/** Runs `body` (an async function text with `m` = the CLI modules, `files`) in a child; returns ms and peak MB. */
function child(modules, files, body) {
  const script = `
    const m = await import(${JSON.stringify(modules)});
    const files = ${JSON.stringify(files)};
    const t0 = performance.now();
    await (async () => { ${body} })();
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ ms, peakMB: process.resourceUsage().maxRSS / 1024 }));`;
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split("\n").pop());
}

function median(samples) {
  const sorted = [...samples].sort((a, b) => a.ms - b.ms);
  return sorted[Math.floor(sorted.length / 2)];
}

function wallClock(args) {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [join(root, "build", "cli.js"), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return performance.now() - t0;
}

const row = (name, ms, extra = "") =>
  console.log(`${name.padEnd(58)} ${ms.toFixed(0).padStart(7)} ms  ${extra}`);

const t0 = performance.now();
const files = communityFiles();
console.log(
  `data: 100,000 members, 600,000 activity rows, 35,000 orders over 180 days (${(performance.now() - t0).toFixed(0)} ms to prepare)\n`,
);
const modules = await bundleCli();
// The floor: decode and split every row into cells, as the report itself reads them (streamed).
const read = `let cells = 0; for (const f of Object.values(files)) m.forEachFileRow(f, (row) => { cells += row.length; });`;
const report = `await m.run(["report", "--members", files.members, "--activity", files.activity, "--orders", files.orders,
  "--tz", "Asia/Shanghai", "--format", "json"], { stdout() {}, stderr() {}, env: {} });`;
const parse = median(Array.from({ length: RUNS }, () => child(modules, files, read)));
const full = median(Array.from({ length: RUNS }, () => child(modules, files, report)));
row("(a) read + split the three CSV files into cells", parse.ms, `peak ${parse.peakMB.toFixed(0)} MB`);
row("(b) full report (read, clean, metrics, funnel, JSON)", full.ms, `peak ${full.peakMB.toFixed(0)} MB`);
const ratio = full.ms / parse.ms;
console.log(`    ratio (b)/(a) ${ratio.toFixed(2)}×  (target ≤ 2×; full report target < 4000 ms)`);
const cliArgs = [
  "report",
  "--members",
  files.members,
  "--activity",
  files.activity,
  "--orders",
  files.orders,
  "--tz",
  "Asia/Shanghai",
  "--format",
  "json",
];
row(
  "    the same as a command: community-funnel report --format json",
  wallClock(cliArgs),
  "(wall clock, Node start-up included)",
);

// The other doors' benches, where they exist: custom functions and the report writer, through dist/Code.js.
for (const [file, fn] of [
  ["bench-functions.mjs", "benchFunctions"],
  ["bench-report.mjs", "benchReport"],
]) {
  const path = join(root, "scripts", file);
  if (!existsSync(path)) continue;
  const mod = await import(pathToFileURL(path).href);
  const result = await mod[fn]();
  console.log("");
  row(result.name, result.ms, result.detail ?? "");
}
