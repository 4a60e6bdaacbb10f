// The follow-up lists' bench (insights.md §13; target: they add at most 10% to the report): the
// real command, `community-funnel report --format json` with its activity worker thread, on the
// 100,000-member community, built twice from the same sources, once with the lists and once with
// the section taken out of the catalogue. Each run is a fresh process of each, back to back and
// in turns first (this shared machine's speed drifts); the figure is the median of the runs' ratios.
//   node scripts/bench-followup.mjs      prints the figure; `npm run bench` imports benchFollowUp().
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { communityFiles } from "./bench-data.mjs";
import { inTurns, median, reportArgs, runRatios, timeCli } from "./bench-measure.mjs";
import { bundleTypeScript, importTypeScript } from "./import-ts.mjs";

const RUNS = 7;

export async function benchFollowUp() {
  const files = communityFiles();
  const cli = "./src/cli/bin";
  const withLists = await bundleTypeScript("cli-with-follow-up", `import "${cli}";`);
  // The CLI computes and prints the catalogue's sections: without this one, the rest is unchanged.
  // (The splice runs before the report is computed: run() is still reading the files then.)
  const withoutLists = await bundleTypeScript(
    "cli-without-follow-up",
    `import { SECTIONS } from "./src/core/sections"; import "${cli}";
     (SECTIONS as unknown as { id: string }[]).splice(SECTIONS.findIndex((s) => s.id === "followUp"), 1);`,
  );
  const args = reportArgs(files);
  const [withRuns, withoutRuns] = inTurns(RUNS, [
    () => timeCli(withLists, args),
    () => timeCli(withoutLists, args),
  ]);
  const samples = { with: withRuns, without: withoutRuns };
  // Wall time is what the operator waits; CPU time (all threads) drifts less on a busy shared machine.
  const percent = (r) => `${r >= 1 ? "+" : ""}${((r - 1) * 100).toFixed(1)}%`;
  const added = (key) => {
    const ratios = runRatios(samples.with, samples.without, key);
    return `${percent(median(ratios))} (${percent(ratios[0])} to ${percent(ratios[RUNS - 1])})`;
  };
  const at = (which, key) => median(samples[which].map((t) => t[key]));
  const own = await listsAlone(files);
  return {
    name: "(e) report --format json with the follow-up lists",
    ms: at("with", "ms"),
    detail:
      `without them ${at("without", "ms").toFixed(0)} ms (CPU ${at("without", "cpu").toFixed(0)} ms, with them ` +
      `${at("with", "cpu").toFixed(0)} ms); the lists add ${added("ms")} wall, ${added("cpu")} CPU ` +
      `(medians of ${RUNS} runs' ratios, range; target ≤ +10%); ` +
      `the lists alone ${own.toFixed(0)} ms (computed and written as JSON, median of ${RUNS}), ` +
      `${((own / at("without", "ms")) * 100).toFixed(1)}% of the report without them`,
  };
}

/**
 * The section's own time, in this process on tables already read: its value and its JSON. Two whole
 * commands differ by this plus noise, which on a busy machine can be larger than the lists.
 */
async function listsAlone(files) {
  const { module: m } = await importTypeScript(
    "follow-up-alone",
    `export { readTables, runOf } from "./src/core/report"; export { ZoneClock } from "./src/core/calendar";
     export { parseDelimited } from "./src/core/delimited"; export { decode } from "./src/cli/read-file";
     export { FOLLOW_UP } from "./src/core/sections/follow-up";`,
  );
  const grid = (path) => m.parseDelimited(m.decode(readFileSync(path)), path);
  const timeZone = "Asia/Shanghai";
  const tables = m.readTables(
    { members: grid(files.members), activity: grid(files.activity), orders: grid(files.orders) },
    new m.ZoneClock(timeZone),
  );
  const run = m.runOf(tables, { timeZone });
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    JSON.stringify(m.FOLLOW_UP.json(m.FOLLOW_UP.compute(run), run.base));
    times.push(performance.now() - t0);
  }
  return median(times);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { name, ms, detail } = await benchFollowUp();
  console.log(`${name}: ${ms.toFixed(0)} ms (${detail})`);
}
