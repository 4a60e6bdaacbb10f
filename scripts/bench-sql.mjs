// The warehouse path's bench (README "When a sheet is not enough"): on the 100,000-member
// community and on one ten times its size (1,000,000 members, 6,000,000 activity rows), the
// report beside `clean --format parquet` and the DuckDB script of `sql` on the cleaned tables
// (loading the Parquet files included), each in a fresh process, interleaved run by run.
// Run `npm run build` first; `node scripts/bench-sql.mjs` prints the figures.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { communityFiles } from "./bench-data.mjs";
import { inTurns, medianRun } from "./bench-measure.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "build", "cli.js");
const SIZES = [
  { name: "100k members", runs: 5, options: {}, dir: "community-funnel-bench-v1" },
  {
    name: "1M members",
    runs: 3,
    options: { members: 1_000_000, activity: 6_000_000, orders: 350_000 },
    dir: "community-funnel-bench-10x-v1",
  },
];

/**
 * Runs node with `args`; returns wall ms, and the child's peak RSS (MB) and CPU time (ms, all its
 * threads) as it reports them: on this shared machine the wall time drifts with the others' load.
 */
function timed(args) {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (result.status !== 0) throw new Error(`${args.join(" ")}: ${result.stderr}`);
  const usage = /peakMB (\d+) cpuMs (\d+)/.exec(result.stderr);
  return {
    ms,
    peakMB: usage ? Number(usage[1]) : null,
    cpuMs: usage ? Number(usage[2]) : null,
    stdout: result.stdout,
  };
}

/** The line a child prints on stderr for timed(). */
const USAGE_LINE = `const u = process.resourceUsage(); process.stderr.write("peakMB " + Math.round(u.maxRSS / 1024) + " cpuMs " + Math.round((u.userCPUTime + u.systemCPUTime) / 1000) + "\\n");`;

/** A CLI command with its peak memory reported on exit (the command itself prints nothing of it). */
function command(args) {
  const file = join(root, "build", "bench", "sql-command.mjs");
  writeFileSync(
    file,
    `process.on("exit", () => { ${USAGE_LINE} });
    process.argv = [process.argv[0], "community-funnel", ...process.argv.slice(2)];
    await import(${JSON.stringify(pathToFileURL(cli).href)});`,
  );
  return timed([file, ...args]);
}

/** Loads the cleaned Parquet files into an in-process DuckDB and runs the script, as a team's warehouse would. */
function duckdb(dir, scriptPath) {
  const file = join(root, "build", "bench", "sql-duckdb.mjs");
  writeFileSync(
    file,
    `import { readFileSync } from "node:fs";
    import { DuckDBInstance } from "@duckdb/node-api";
    const [dir, script] = process.argv.slice(2);
    const db = await (await DuckDBInstance.create(":memory:")).connect();
    await db.run("CREATE SCHEMA community_funnel");
    for (const t of ["memberships", "activity", "orders"])
      await db.run(\`CREATE TABLE community_funnel.\${t} AS SELECT * FROM read_parquet('\${dir}/\${t}.parquet')\`);
    await db.run(readFileSync(script, "utf8"));
    const weeks = await db.runAndReadAll("SELECT COUNT(*) AS n FROM community_funnel.weekly");
    process.stdout.write(String(weeks.getRowsJson()[0][0]));
    ${USAGE_LINE}`,
  );
  return timed([file, dir, scriptPath]);
}

const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
/** A step's figure: wall time, CPU time, peak memory. */
const figure = (m) => `${seconds(m.ms)} (CPU ${seconds(m.cpuMs)}, ${m.peakMB} MB)`;

/** Times the three steps on each community; returns the 1M-member figure of clean + DuckDB. */
export async function benchSql() {
  mkdirSync(join(root, "build", "bench"), { recursive: true });
  const work = mkdtempSync(join(tmpdir(), "cf-bench-sql-"));
  const script = join(work, "report.sql");
  writeFileSync(script, timed([cli, "sql", "--dialect", "duckdb"]).stdout);
  const figures = [];
  try {
    for (const size of SIZES) {
      const t0 = performance.now();
      const files = communityFiles(size.options, size.dir);
      const inputs = ["--members", files.members, "--activity", files.activity, "--orders", files.orders];
      const prepared = performance.now() - t0;
      const out = join(work, size.dir);
      const duckdbRuns = [];
      let weeks = "";
      const [reportRuns, cleanRuns] = inTurns(
        size.runs,
        [
          () => command(["report", ...inputs, "--tz", "Asia/Shanghai", "--format", "json"]),
          () => command(["clean", ...inputs, "--tz", "Asia/Shanghai", "--out", out]),
        ],
        () => {
          const d = duckdb(out, script);
          weeks = d.stdout;
          duckdbRuns.push(d);
        },
      );
      const samples = { report: reportRuns, clean: cleanRuns, duckdb: duckdbRuns };
      const [report, clean, db] = [samples.report, samples.clean, samples.duckdb].map(medianRun);
      figures.push({ size, report, clean, db, weeks, prepared });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(
    "\nThe warehouse path: report beside clean + the DuckDB script (medians, each in a fresh process)",
  );
  for (const { size, report, clean, db, weeks, prepared } of figures) {
    console.log(
      `  ${size.name} (${size.runs} runs, data ${prepared > 1000 ? `made in ${seconds(prepared)}` : "cached"}, ${weeks} weeks):` +
        `\n    report ${figure(report)} | clean --format parquet ${figure(clean)}` +
        ` | DuckDB load + script ${figure(db)} | clean + DuckDB ${seconds(clean.ms + db.ms)}`,
    );
  }
  const [small, large] = figures;
  const growth = (key) =>
    `${(large[key].ms / small[key].ms).toFixed(1)}× (CPU ${(large[key].cpuMs / small[key].cpuMs).toFixed(1)}×)`;
  console.log(`  10× the data: report ${growth("report")}, clean ${growth("clean")}, DuckDB ${growth("db")}`);
  return {
    name: "clean + DuckDB script, 1M members / 6M activity rows",
    ms: large.clean.ms + large.db.ms,
    detail: `report on the same data ${seconds(large.report.ms)}`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { name, ms, detail } = await benchSql();
  console.log(`${name}: ${ms.toFixed(0)} ms  ${detail}`);
}
