// Purchases and retention's bench (issue 13): what the two sections add to the report, and
// COMMUNITY_RETENTION's time as a formula, on the generated 100,000-member community.
//   (1) `community-funnel report --format json`, as built, against the same command built without
//       the two sections (the catalogue line without them), each run in a fresh process, the two
//       back to back and in turns first; medians, and the median of each run's ratio.
//   (2) The two sections' own compute time in the engine's run.
//   (3) COMMUNITY_RETENTION through dist/Code.js in node:vm with the Apps Script stand-in.
// Wall and CPU time both: on a machine shared with other work, wall time mostly measures the wait.
// Run `npm run build` first; `node scripts/bench-purchases.mjs` prints the figures.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { communityFiles, generateCommunity } from "./bench-data.mjs";
import { importStandIn, sheetRange } from "./bench-functions.mjs";
import { BUILT_CLI, inTurns, median, ratioText, reportArgs, timeCli } from "./bench-measure.mjs";
import { bundleTypeScript, importTypeScript } from "./import-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = 11;

/** The CLI again, its SECTIONS without PURCHASES and RETENTION: the report as it was before them. */
function buildWithout() {
  // The splice runs before the report is computed: run() is still reading the files then.
  return bundleTypeScript(
    "cli-without-purchases",
    `import { SECTIONS } from "./src/core/sections"; import "./src/cli/bin";
     const sections = SECTIONS as unknown as { id: string }[];
     for (const id of ["purchases", "retention"]) sections.splice(sections.findIndex((s) => s.id === id), 1);`,
  );
}

/** The two sections' compute time in one engine run of the files (tables read once). */
async function sectionTimes(files) {
  const { module } = await importTypeScript(
    "purchases-engine",
    `export { readTables, runOf } from "./src/core/report";
     export { ZoneClock } from "./src/core/calendar";
     export { parseDelimited } from "./src/core/delimited";
     export { decode } from "./src/cli/read-file";
     export { purchasesOf } from "./src/core/purchases";
     export { retentionOf } from "./src/core/retention";
     export { metricsOf } from "./src/core/metrics";
     export { funnelOf } from "./src/core/funnel";`,
  );
  const m = module;
  const clock = new m.ZoneClock("Asia/Shanghai");
  const grid = (path) => m.parseDelimited(m.decode(readFileSync(path)), path);
  const tables = m.readTables(
    { members: grid(files.members), activity: grid(files.activity), orders: grid(files.orders) },
    clock,
  );
  const samples = { run: [], metrics: [], funnel: [], purchases: [], retention: [] };
  let counts = null;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const run = m.runOf(tables, { timeZone: "Asia/Shanghai" });
    const lap = (key) => {
      const now = performance.now();
      samples[key].push(now - t);
      t = now;
    };
    lap("run");
    run.once(m.metricsOf);
    lap("metrics");
    run.once(m.funnelOf);
    lap("funnel");
    m.purchasesOf(run);
    lap("purchases");
    m.retentionOf(run);
    lap("retention");
    counts = {
      members: tables.members.rows.length,
      activity: run.events.activity.length,
      orders: run.events.orders.length,
    };
  }
  return { counts, ms: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) };
}

/** COMMUNITY_RETENTION(members, activity) of the same community as Sheets passes it; the median of three cold runs. */
async function retentionFormula() {
  const { createStandIn, loadBundle } = await importStandIn();
  const text = generateCommunity();
  const members = sheetRange(text.members);
  const activity = sheetRange(text.activity);
  const samples = [];
  const cpu = [];
  let rows = 0;
  for (let i = 0; i < 3; i++) {
    const standIn = createStandIn({
      spreadsheetTimeZone: "Asia/Shanghai",
      scriptTimeZone: "America/New_York",
    });
    const sheet = loadBundle(standIn.globals, join(root, "dist", "Code.js"));
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    rows = sheet.COMMUNITY_RETENTION(members, activity).length - 1;
    samples.push(performance.now() - t0);
    const { user, system } = process.cpuUsage(c0);
    cpu.push((user + system) / 1000);
  }
  return { ms: median(samples), cpu: median(cpu), rows };
}

export async function benchPurchases() {
  const files = communityFiles();
  const without = await buildWithout();
  const cliArgs = reportArgs(files);
  // The JSON too, to check that the two builds differ by the two sections.
  const timeCommand = (cli) => {
    const { ms, cpu, stdout } = timeCli(cli, cliArgs, { output: true });
    return { ms, cpu, json: JSON.parse(stdout) };
  };
  const [withRuns, withoutRuns] = inTurns(RUNS, [() => timeCommand(BUILT_CLI), () => timeCommand(without)]);
  const times = { with: withRuns, without: withoutRuns };
  const [sample] = times.with;
  if (!sample.json.purchases || !sample.json.retention || "purchases" in times.without[0].json) {
    throw new Error("bench-purchases: the two builds do not differ by the two sections");
  }
  const ratio = (key) => ratioText(times.with, times.without, key);
  const at = (key, which) => median(times[which].map((t) => t[key]));
  const withMs = at("ms", "with");
  const withoutMs = at("ms", "without");
  const engine = await sectionTimes(files);
  const formula = await retentionFormula();
  const { counts, ms } = engine;
  const lines = [
    `    data: ${counts.members.toLocaleString("en")} member rows, ${counts.activity.toLocaleString("en")} counted activity rows, ${counts.orders.toLocaleString("en")} counted orders`,
    `    report without purchases and retention: ${withoutMs.toFixed(0)} ms wall, ${at("cpu", "without").toFixed(0)} ms CPU; with them ${withMs.toFixed(0)} ms wall, ${at("cpu", "with").toFixed(0)} ms CPU (medians of ${RUNS} runs)`,
    `    with/without, the median of each run's ratio (range): CPU ${ratio("cpu")}, wall ${ratio("ms")}; target ≤ 1.15×`,
    `    engine: run ${ms.run.toFixed(0)} ms, metrics ${ms.metrics.toFixed(0)} ms, funnel ${ms.funnel.toFixed(0)} ms, purchases ${ms.purchases.toFixed(1)} ms, retention ${ms.retention.toFixed(1)} ms`,
    `    COMMUNITY_RETENTION via dist/Code.js, 100,000 members + 600,000 activity rows: ${formula.ms.toFixed(0)} ms wall, ${formula.cpu.toFixed(0)} ms CPU for ${formula.rows} cohorts (target < 3000 ms)`,
  ];
  return {
    name: "purchases + retention: report with/without, COMMUNITY_RETENTION",
    ms: withMs - withoutMs,
    detail: `added to the report (median with − median without)\n${lines.join("\n")}`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { name, ms, detail } = await benchPurchases();
  console.log(`${name}: ${ms.toFixed(0)} ms ${detail}`);
}
