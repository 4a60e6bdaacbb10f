// The report writer's bench: buildWeeklyReport of the built dist/Code.js, in the Apps Script
// stand-in, for 50,000 members and 300,000 activity rows. Run `npm run build` first.
//   node scripts/bench-report.mjs      prints the figure; `npm run bench` imports benchReport().
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { generateCommunity } from "./bench-data.mjs";
import { importTypeScript } from "./import-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const SIZE = { members: 50_000, activity: 300_000, orders: 17_500, days: 180 };

/** The stand-in is TypeScript: bundle it (with loadBundle) into one module Node can import. */
async function importStandIn() {
  const { module } = await importTypeScript(
    "standin",
    'export * from "./src/standin"; export { loadBundle } from "./src/standin/load-bundle";',
  );
  return module;
}

/** Cells as Sheets holds an import: date-looking text as Dates in the spreadsheet's zone, plain numbers as numbers. */
function asSheetsHoldsIt(standIn, rows, timeZone) {
  const dates = new Map();
  return rows.map((row, r) =>
    row.map((text) => {
      if (r === 0) return text;
      if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text)) {
        // Asia/Shanghai keeps one offset all year: a day's midnight plus the time of day is the
        // instant. Midnights are cached per day because the zone arithmetic is the slow part.
        const day = text.slice(0, 10);
        let midnight = dates.get(day);
        if (midnight === undefined) {
          midnight = standIn.interpretEntry(day, "General", timeZone).value.getTime();
          dates.set(day, midnight);
        }
        const [h, m, s] = text.slice(11).split(":").map(Number);
        return new Date(midnight + ((h * 60 + m) * 60 + s) * 1000);
      }
      return /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/.test(text) && String(Number(text)) === text
        ? Number(text)
        : text;
    }),
  );
}

export async function benchReport() {
  const standInModule = await importStandIn();
  const timeZone = "Asia/Shanghai";
  const data = generateCommunity(SIZE);
  const sheets = [
    { name: "Members", values: asSheetsHoldsIt(standInModule, data.members, timeZone) },
    { name: "Activity", values: asSheetsHoldsIt(standInModule, data.activity, timeZone) },
    { name: "Orders", values: asSheetsHoldsIt(standInModule, data.orders, timeZone) },
  ];
  const standIn = standInModule.createStandIn({
    spreadsheetTimeZone: timeZone,
    scriptTimeZone: "America/New_York",
    sheets,
  });
  const code = standInModule.loadBundle(standIn.globals, join(root, "dist", "Code.js"));
  const settings = {
    sources: { members: "Members", activity: "Activity", orders: "Orders" },
    weekStartsOn: "monday",
    from: null,
    to: null,
    windowDays: 7,
    lang: "zh",
  };
  standIn.resetCalls();
  const t0 = performance.now();
  const result = code.buildWeeklyReport(settings);
  const ms = performance.now() - t0;
  const calls = standIn.calls.total;
  return {
    name: "(d) report sheets: buildWeeklyReport in the stand-in, 50,000 members + 300,000 activity rows",
    ms,
    calls,
    detail: `${calls} Spreadsheet calls, ${result.problems} problems, ${result.sheets.length} sheets`,
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { name, ms, detail } = await benchReport();
  console.log(`${name}: ${ms.toFixed(0)} ms (${detail})`);
}
