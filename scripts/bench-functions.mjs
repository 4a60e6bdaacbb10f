// The custom functions' bench (functions.md, Speed): COMMUNITY_WEEKLY over 50,000 members,
// 500,000 activity rows and 100,000 orders, called through dist/Code.js in node:vm with the
// Apps Script stand-in, the cells as Sheets passes them (Dates, numbers, "" for blanks).
// Run `npm run build` first; `node scripts/bench-functions.mjs` prints the result.
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCommunity } from "./bench-data.mjs";
import { importTypeScript } from "./import-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = { members: 50_000, activity: 500_000, orders: 100_000 };
// Whole-column ranges (Members!A:F) arrive with the sheet's empty rows after the data: as many
// as a sheet grown to 100,000 more rows than it holds.
const TRAILING_BLANK_ROWS = 100_000;
const RUNS = 3;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The stand-in and loadBundle are TypeScript: bundle them for Node and import the result. */
export async function importStandIn() {
  const { module } = await importTypeScript(
    "standin",
    'export { createStandIn } from "./src/standin/index"; export { loadBundle } from "./src/standin/load-bundle";',
  );
  return module;
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/**
 * A cell as Sheets holds it: date text becomes a Date (Shanghai wall-clock time; Shanghai has no
 * daylight saving), plain numbers numbers, the rest text.
 */
function sheetCell(text) {
  const m = STAMP.exec(text);
  if (m) {
    const [y, mo, d, h, mi, s] = m.slice(1).map(Number);
    return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - SHANGHAI_OFFSET_MS);
  }
  return /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : text;
}

export function sheetRange(rows) {
  const cells = rows.map((row, r) => (r === 0 ? row : row.map(sheetCell)));
  const width = rows[0].length;
  for (let i = 0; i < TRAILING_BLANK_ROWS; i++) cells.push(new Array(width).fill(""));
  return cells;
}

/** The three tables as Sheets passes them; the text version is dropped, so it does not weigh on the GC. */
function sheetTables() {
  const text = generateCommunity({ ...SIZES, days: 365, seed: 11 });
  return {
    members: sheetRange(text.members),
    activity: sheetRange(text.activity),
    orders: sheetRange(text.orders),
  };
}

/** Times COMMUNITY_WEEKLY(members, activity, orders); the median of a few runs. */
export async function benchFunctions() {
  const { createStandIn, loadBundle } = await importStandIn();
  const { members, activity, orders } = sheetTables();
  const samples = [];
  let weeks = 0;
  for (let i = 0; i < RUNS; i++) {
    // A fresh bundle each run, as each Apps Script execution starts cold (no cached zone offsets).
    const standIn = createStandIn({
      spreadsheetTimeZone: "Asia/Shanghai",
      scriptTimeZone: "America/New_York",
    });
    const sheet = loadBundle(standIn.globals, join(root, "dist", "Code.js"));
    const t0 = performance.now();
    const result = sheet.COMMUNITY_WEEKLY(members, activity, orders);
    samples.push(performance.now() - t0);
    weeks = result.length - 1;
  }
  samples.sort((a, b) => a - b);
  const rows = SIZES.members + SIZES.activity + SIZES.orders;
  return {
    name: "COMMUNITY_WEEKLY via dist/Code.js (50k members, 500k activity, 100k orders)",
    ms: samples[Math.floor(samples.length / 2)],
    rows,
    detail: `${rows.toLocaleString("en")} rows and ${TRAILING_BLANK_ROWS.toLocaleString("en")} blank rows per range → ${weeks} weeks (target < 3000 ms)`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { name, ms, detail } = await benchFunctions();
  console.log(`${name}: ${ms.toFixed(0)} ms  ${detail}`);
}
