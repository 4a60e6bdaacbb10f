// What every bench that compares two whole commands shares: one command in a fresh Node, timed
// inside it, and the median of the runs.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The CLI the benches run unless they build their own: what `npm run build` wrote. */
export const BUILT_CLI = join(root, "build", "cli.js");

// Loads a CLI bundle as `community-funnel` and prints at exit its wall time from loading it and the
// CPU time of all its threads (the activity worker's too): CPU time is what a section costs, and it
// moves far less than wall time when other work shares the machine.
const MEASURE = `const [cli, ...args] = process.argv.slice(2);
const t0 = performance.now();
process.argv = [process.argv[0], "community-funnel", ...args];
process.on("exit", () => {
  const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
  const figures = { ms: performance.now() - t0, cpu: (userCPUTime + systemCPUTime) / 1000, peakMB: maxRSS / 1024 };
  process.stderr.write("\\n" + JSON.stringify(figures) + "\\n");
});
await import(cli);`;
const MEASURE_FILE = join(root, "build", "bench", "cli-measure.mjs");

/**
 * `cli` with `args` in a fresh Node: its wall and CPU milliseconds, its peak memory (MB), and what
 * it printed when `output` is asked for (thrown away otherwise, as a redirect to a file would).
 */
export function timeCli(cli, args, { output = false } = {}) {
  mkdirSync(dirname(MEASURE_FILE), { recursive: true });
  writeFileSync(MEASURE_FILE, MEASURE);
  const result = spawnSync(process.execPath, [MEASURE_FILE, pathToFileURL(cli).href, ...args], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", output ? "pipe" : "ignore", "pipe"],
    maxBuffer: 1 << 27,
  });
  if (result.status !== 0) throw new Error(result.stderr);
  const { ms, cpu, peakMB } = JSON.parse(result.stderr.trim().split("\n").pop());
  return { ms, cpu, peakMB, stdout: output ? result.stdout : "" };
}

/**
 * Each of `measures` called `runs` times, back to back and in turns first (run r starts with
 * measure r mod n), then `afterEach(run, results)`: this shared machine's speed drifts, and ratios of
 * adjacent runs cancel most of it. Each measure's results, in run order.
 */
export function inTurns(runs, measures, afterEach = () => {}) {
  const results = measures.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < measures.length; k++) {
      const m = (k + run) % measures.length;
      results[m].push(measures[m]());
    }
    afterEach(run, results);
  }
  return results;
}

/** Each run's `key` of `over` ÷ the same run's of `under`, smallest first. */
export const runRatios = (over, under, key) =>
  over.map((t, run) => t[key] / under[run][key]).sort((a, b) => a - b);

/** "1.094× (1.015–1.199×)": the median of the runs' ratios, and their range. */
export function ratioText(over, under, key) {
  const ratios = runRatios(over, under, key);
  return `${median(ratios).toFixed(3)}× (${ratios[0].toFixed(3)}–${ratios[ratios.length - 1].toFixed(3)}×)`;
}

/** The middle value (the upper one of an even count). */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The run of median wall time (`ms`), with its other figures. */
export const medianRun = (runs) => [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];

/** `report --format json` of the bench's community files, with `extra` flags before the format. */
export function reportArgs(files, extra = []) {
  return [
    "report",
    "--members",
    files.members,
    "--activity",
    files.activity,
    "--orders",
    files.orders,
    ...extra,
    "--tz",
    "Asia/Shanghai",
    "--format",
    "json",
  ];
}
