// The channels' bench (issue 16, insights.md §14): what a spend table and its Channels section add
// to the report of the bench's 100,000-member community.
//   (1) `community-funnel report --format json` with --spend (20 channels × 365 days × 5 campaigns,
//       36,500 rows, the year up to the members' last day) beside the same command without it, each
//       run in a fresh Node process, interleaved and in turns first; medians, and the median of each
//       run's ratio. Wall and CPU time (all threads): on a shared machine wall time mostly measures the wait.
//   (2) The section's own compute time in one engine run, beside the whole report's.
// Target: the channels add at most 10 % to the report. Run `npm run build` first;
// `node scripts/bench-spend.mjs` prints the figures, `npm run bench` imports benchSpend().
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { communityFiles, random, stamp } from "./bench-data.mjs";
import { BUILT_CLI, inTurns, median, ratioText, reportArgs, timeCli } from "./bench-measure.mjs";
import { importTypeScript } from "./import-ts.mjs";

const RUNS = 7;
const CHANNELS = 20;
const DAYS = 365;
const CAMPAIGNS = 5;
// The members' channels (bench-data.mjs) first, so that spend meets their cohorts; then paid-only ones.
const MEMBER_CHANNELS = ["海报", "老带新", "公众号", "直播", "ad"];
// The bench's members join on days 0–179 of its calendar: the year of spend ends on the last of them.
const LAST_DAY = 179;

/** The spend export, written once (cached in the temp folder); returns its path. */
function spendFile() {
  const path = join(tmpdir(), "community-funnel-bench-spend-v1", "spend.csv");
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  const rnd = random(16);
  const names = [...MEMBER_CHANNELS, ...Array.from({ length: CHANNELS - 5 }, (_, i) => `投放渠道${i + 1}`)];
  const lines = ["日期,渠道,广告计划,曝光量,点击量,花费"];
  for (let d = LAST_DAY - DAYS + 1; d <= LAST_DAY; d++) {
    const day = stamp(d, 0).slice(0, 10);
    for (const channel of names) {
      for (let c = 1; c <= CAMPAIGNS; c++) {
        const impressions = 500 + Math.floor(rnd() * 20_000);
        const clicks = Math.floor(impressions * rnd() * 0.04);
        lines.push(
          `${day},${channel},${channel}-计划${c},${impressions},${clicks},${(rnd() * 800).toFixed(2)}`,
        );
      }
    }
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}

/** The channels section's compute time in one engine run of the files (tables read once), and the whole report's. */
async function sectionTimes(files, spend) {
  const { module: m } = await importTypeScript(
    "spend-engine",
    `export { readTables, reportFromTables, runOf } from "./src/core/report";
     export { ZoneClock } from "./src/core/calendar";
     export { parseDelimited } from "./src/core/delimited";
     export { decode } from "./src/cli/read-file";
     export { channelsOf } from "./src/core/channels";
     export { readTable } from "./src/core/inputs";`,
  );
  const clock = new m.ZoneClock("Asia/Shanghai");
  const grid = (path) => m.parseDelimited(m.decode(readFileSync(path)), path);
  const grids = { members: grid(files.members), activity: grid(files.activity), orders: grid(files.orders) };
  const spendGrid = grid(spend);
  const t0 = performance.now();
  m.readTable("spend", spendGrid, clock);
  const read = performance.now() - t0;
  const tables = m.readTables({ ...grids, spend: spendGrid }, clock);
  const samples = { report: [], channels: [] };
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    m.reportFromTables(tables, { timeZone: "Asia/Shanghai" });
    samples.report.push(performance.now() - t);
    const run = m.runOf(tables, { timeZone: "Asia/Shanghai" });
    t = performance.now();
    rows = m.channelsOf(run).weekly.length;
    samples.channels.push(performance.now() - t);
  }
  return { read, report: median(samples.report), channels: median(samples.channels), rows };
}

export async function benchSpend() {
  const files = communityFiles();
  const spend = spendFile();
  // The JSON too, to check that only the run with --spend has channels.
  const timeCommand = (args) => {
    const { ms, cpu, stdout } = timeCli(BUILT_CLI, args, { output: true });
    return { ms, cpu, channels: JSON.parse(stdout).channels !== null };
  };
  const [withRuns, withoutRuns] = inTurns(RUNS, [
    () => timeCommand(reportArgs(files, ["--spend", spend])),
    () => timeCommand(reportArgs(files)),
  ]);
  const times = { with: withRuns, without: withoutRuns };
  if (!times.with[0].channels || times.without[0].channels) {
    throw new Error("bench-spend: the two commands do not differ by the channels");
  }
  const ratio = (key) => ratioText(times.with, times.without, key);
  const at = (key, which) => median(times[which].map((t) => t[key]));
  const engine = await sectionTimes(files, spend);
  const lines = [
    `    data: the bench's community + ${(CHANNELS * DAYS * CAMPAIGNS).toLocaleString("en")} spend rows (${CHANNELS} channels × ${DAYS} days × ${CAMPAIGNS} campaigns)`,
    `    report without --spend: ${at("ms", "without").toFixed(0)} ms wall, ${at("cpu", "without").toFixed(0)} ms CPU; with it ${at("ms", "with").toFixed(0)} ms wall, ${at("cpu", "with").toFixed(0)} ms CPU (medians of ${RUNS} runs)`,
    `    with/without, the median of each run's ratio (range): wall ${ratio("ms")}, CPU ${ratio("cpu")}; target ≤ 1.10×`,
    `    engine: reading the spend table's cells ${engine.read.toFixed(0)} ms; the whole report ${engine.report.toFixed(0)} ms, of which channels ${engine.channels.toFixed(1)} ms for ${engine.rows.toLocaleString("en")} weekly rows`,
  ];
  return {
    name: "Channels: the report with --spend beside the report without (target ≤ 1.10×)",
    ms: at("ms", "with") - at("ms", "without"),
    detail: `added to the report (median with − median without)\n${lines.join("\n")}`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { name, ms, detail } = await benchSpend();
  console.log(`${name}: ${ms.toFixed(0)} ms ${detail}`);
}
