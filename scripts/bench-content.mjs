// The content section's bench: `community-funnel report --format json` on the bench's community
// (100,000 members, 600,000 activity rows, 35,000 orders) with and without a content export of
// 50,000 posts (and 4,000 re-exported rows), in turns, in the same run. Target: ≤ 1.10×.
//   node scripts/bench-content.mjs    prints the figure; `npm run bench` imports benchContent().
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { communityFiles, random, stamp } from "./bench-data.mjs";
import { BUILT_CLI, inTurns, median, ratioText, reportArgs, timeCli } from "./bench-measure.mjs";
import { importTypeScript } from "./import-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Medians of 7 runs moved by ±4% from one bench to the next on this two-core machine; of 11, less.
const RUNS = 11;
const POSTS = 50_000;
const REEXPORTS = 4_000;

/** 50,000 posts over the community's 180 days, and later exports of some of them with higher totals. */
function contentFile() {
  const path = join(tmpdir(), "community-funnel-bench-v1", "content.csv");
  if (existsSync(path)) return path;
  const rnd = random(15);
  const types = ["图文", "视频", "福利", "直播预告", ""];
  const titles = [
    "本周福利清单",
    "新人必看：群规",
    "<b>限时秒杀</b>",
    "用户故事｜她是怎么做到的",
    "@所有人 今晚8点开播",
  ];
  const rows = [];
  for (let i = 0; i < POSTS; i++) {
    const views = Math.floor(rnd() * 3000);
    rows.push([
      `P${100000 + i}`,
      stamp(Math.floor(rnd() * 180), Math.floor(rnd() * 86_400)).slice(0, 16),
      types[Math.floor(rnd() * types.length)],
      `${titles[Math.floor(rnd() * titles.length)]} #${i}`,
      views,
      Math.floor(views * rnd() * 0.08),
      Math.floor(views * rnd() * 0.03),
      Math.floor(views * rnd() * 0.02),
    ]);
  }
  for (let i = 0; i < REEXPORTS; i++) {
    const again = [...rows[Math.floor(rnd() * POSTS)]];
    for (let k = 4; k < 8; k++) again[k] = Math.ceil(again[k] * 1.3);
    rows.push(again);
  }
  mkdirSync(dirname(path), { recursive: true });
  const header = "内容ID,发布时间,类型,标题,阅读量,点赞数,评论数,转发数";
  writeFileSync(path, `${header}\n${rows.map((r) => r.join(",")).join("\n")}\n`);
  return path;
}

/**
 * The floor of the content export: decoding it and splitting it into cells in a fresh Node, as
 * the report reads it (the time any reader of the file pays). Returns ms.
 */
async function contentFloor(path) {
  const { url } = await importTypeScript(
    "content-floor",
    'export { decode } from "./src/cli/read-file"; export { forEachDelimitedRow } from "./src/core/delimited";',
  );
  const file = join(root, "build", "bench", "content-floor-run.mjs");
  writeFileSync(
    file,
    `const { readFileSync } = await import("node:fs");
const m = await import(${JSON.stringify(url)});
const t0 = performance.now();
let cells = 0;
m.forEachDelimitedRow(m.decode(readFileSync(${JSON.stringify(path)})), "content.csv", (row) => { cells += row.length; });
console.log(performance.now() - t0);`,
  );
  return () => Number(spawnSync(process.execPath, [file], { encoding: "utf8" }).stdout.trim());
}

export async function benchContent() {
  const files = communityFiles();
  const base = reportArgs(files);
  const content = contentFile();
  const withContent = reportArgs(files, ["--content", content]);
  const time = (args) => timeCli(BUILT_CLI, args);
  const floor = await contentFloor(content);
  const floors = [];
  const [without, within] = inTurns(RUNS, [() => time(base), () => time(withContent)], (run, [before]) =>
    floors.push(floor() / before[run].ms),
  );
  // The ratio of wall times is the target; that of CPU times (both threads) says what the section
  // costs when other work shares the machine's two cores and stretches every wall time.
  const summary = (key) => ratioText(within, without, key);
  const ms = (list, key) => median(list.map((t) => t[key])).toFixed(0);
  return {
    name: "(e) report --format json with --content (50,000 posts + 4,000 re-exports)",
    ms: Number(ms(within, "ms")),
    detail:
      `without ${ms(without, "ms")} ms; wall ${summary("ms")}, CPU ${ms(within, "cpu")} / ` +
      `${ms(without, "cpu")} ms ${summary("cpu")}: medians of ${RUNS} runs' ratios; target ≤ 1.10×; ` +
      `decoding and splitting content.csv alone is ${(100 * median(floors)).toFixed(1)}% of the report without it`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { name, ms, detail } = await benchContent();
  console.log(`${name}: ${ms.toFixed(0)} ms (${detail})`);
}
