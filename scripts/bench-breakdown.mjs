// The breakdowns' bench (insights.md §12): `community-funnel report --format json` on the bench's
// 100,000-member community without --by, with --by channel (5 values) and with --by a column of
// 5,000 distinct values (an invite code), each run in a fresh Node process, interleaved and in
// turns first, as bench.mjs times the report. Targets: ≤ 1.3× and ≤ 2× the report without --by.
//   node scripts/bench-breakdown.mjs      prints the figures; `npm run bench` imports benchBreakdown().
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { communityFiles } from "./bench-data.mjs";
import { BUILT_CLI, inTurns, median, reportArgs, runRatios, timeCli } from "./bench-measure.mjs";

const RUNS = 7;
const CODES = 5_000;
const CODE_HEADER = "邀请码";

/** The bench's members with one more column of CODES distinct values, written once. */
function membersWithCodes(members) {
  const path = join(tmpdir(), "community-funnel-bench-breakdown-v1", "members.csv");
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  const lines = readFileSync(members, "utf8").trimEnd().split("\n");
  // Spread over the codes by a stride prime to CODES, so neighbouring rows get different codes.
  const rows = lines.map((line, i) => `${line},${i === 0 ? CODE_HEADER : `INV${(i * 7919) % CODES}`}`);
  writeFileSync(path, `${rows.join("\n")}\n`);
  return path;
}

export async function benchBreakdown() {
  const files = communityFiles();
  const base = reportArgs({ ...files, members: membersWithCodes(files.members) });
  const variants = [
    { name: "without --by", args: base },
    { name: "--by channel (5 values)", args: [...base, "--by", "channel"] },
    {
      name: `--by ${CODE_HEADER} (${CODES.toLocaleString("en")} values)`,
      args: [...base, "--by", CODE_HEADER],
    },
  ];
  const samples = inTurns(
    RUNS,
    variants.map((v) => () => timeCli(BUILT_CLI, v.args)),
  );
  // Wall time is what the operator waits; CPU time (all threads) drifts less on a busy shared machine.
  const figures = (key) => {
    const ratios = samples.map((times) => median(runRatios(times, samples[0], key)));
    return samples.map((times, i) => ({ ms: median(times.map((t) => t[key])), ratio: ratios[i] }));
  };
  const [wall, cpu] = [figures("ms"), figures("cpu")];
  const lines = variants.map(
    (v, i) =>
      `  ${`community-funnel report ${v.name}`.padEnd(56)} ${wall[i].ms.toFixed(0).padStart(7)} ms` +
      `, CPU ${cpu[i].ms.toFixed(0).padStart(6)} ms` +
      (i === 0 ? "" : `   ${wall[i].ratio.toFixed(2)}×, CPU ${cpu[i].ratio.toFixed(2)}×`),
  );
  return {
    name: "Breakdowns: the report with --by beside the report without (targets ≤ 1.3× and ≤ 2×)",
    ms: wall[0].ms,
    detail: `medians of ${RUNS} runs, ratios the median of each run's\n${lines.join("\n")}`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { name, detail } = await benchBreakdown();
  console.log(`${name}: ${detail}`);
}
