import { beforeAll, describe, expect, it } from "vitest";
import { loadBundle } from "../../src/standin/load-bundle";
import { fixtures } from "../support/fixtures";
import {
  buildBundle,
  cellsOf,
  fixtureSheets,
  INPUT_NAMES,
  openSpreadsheet,
  reportSheets,
  type Server,
  type SheetInput,
  settingsFor,
  sheetNamed,
  sourcesOf,
} from "./harness";

beforeAll(buildBundle);

const tiny = fixtures().find((f) => f.name === "tiny")!;

/** A sheet's content without the build time, which differs from build to build. */
function withoutBuildTime(values: unknown[][]): unknown[][] {
  return values.map((row) =>
    row.map((v) => (typeof v === "string" && /\(Asia\/Shanghai\)$/.test(v) ? "" : v)),
  );
}

describe("rebuilding", () => {
  it("two builds give the same sheets, not duplicates", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    const first = server.buildWeeklyReport(settingsFor(tiny));
    const before = standIn.snapshot();
    const second = server.buildWeeklyReport(settingsFor(tiny));
    const after = standIn.snapshot();
    expect(after.map((s) => s.name)).toEqual(before.map((s) => s.name));
    expect(after.map((s) => s.name)).toEqual([
      "Members",
      "Activity",
      "Orders",
      "Weekly report",
      "Daily",
      "Funnel",
      "Purchases",
      "Retention",
      "Follow-up",
      "Data problems",
    ]);
    expect(second.sheets.map((s) => s.name)).toEqual(first.sheets.map((s) => s.name));
    after.forEach((sheet, i) => {
      expect(withoutBuildTime(sheet.values)).toEqual(withoutBuildTime(before[i].values));
      expect(sheet.charts.length).toBe(before[i].charts.length);
    });
  });

  it("never touches a user's own sheet named like a report sheet: the report gets a suffix", () => {
    const own: SheetInput = {
      name: "Weekly report",
      values: [
        ["my notes", "=SUM(1,2)"],
        ["keep", 42],
      ],
    };
    const { standIn, server } = openSpreadsheet([own, ...fixtureSheets(tiny)]);
    const before = cellsOf(sheetNamed(standIn, "Weekly report"));
    const result = server.buildWeeklyReport(settingsFor(tiny));
    server.buildWeeklyReport(settingsFor(tiny));
    expect(result.sheets[0].name).toBe("Weekly report (2)");
    expect(cellsOf(sheetNamed(standIn, "Weekly report"))).toEqual(before);
    expect(sheetNamed(standIn, "Weekly report").metadata).toEqual([]);
    expect(reportSheets(standIn).get("weekly")!.name).toBe("Weekly report (2)");
    expect(standIn.snapshot().filter((s) => s.name.startsWith("Weekly report")).length).toBe(2);
  });

  it("gives the report a suffix beside a user's sheet whose name differs only in case", () => {
    const own: SheetInput = { name: "daily", values: [["mine"]] };
    const { standIn, server } = openSpreadsheet([own, ...fixtureSheets(tiny)]);
    server.buildWeeklyReport(settingsFor(tiny));
    server.buildWeeklyReport(settingsFor(tiny));
    expect(reportSheets(standIn).get("daily")!.name).toBe("Daily (2)");
    expect(sheetNamed(standIn, "daily").metadata).toEqual([]);
  });

  it("takes the plain name back once the user's sheet of that name is gone", () => {
    const own: SheetInput = { name: "Daily", values: [["mine"]] };
    const { standIn, server } = openSpreadsheet([own, ...fixtureSheets(tiny)]);
    server.buildWeeklyReport(settingsFor(tiny));
    expect(reportSheets(standIn).get("daily")!.name).toBe("Daily (2)");
    const ss = (standIn.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
    ss.deleteSheet(ss.getSheetByName("Daily")!);
    server.buildWeeklyReport(settingsFor(tiny));
    expect(reportSheets(standIn).get("daily")!.name).toBe("Daily");
  });

  it("leaves the input sheets unchanged cell for cell", () => {
    for (const fixture of fixtures()) {
      const { standIn, server } = openSpreadsheet(fixtureSheets(fixture));
      const inputs = Object.values(INPUT_NAMES).filter((name) =>
        standIn.snapshot().some((s) => s.name === name),
      );
      const before = inputs.map((name) => sheetNamed(standIn, name));
      server.buildWeeklyReport(settingsFor(fixture));
      server.buildWeeklyReport(settingsFor(fixture));
      expect(
        inputs.map((name) => sheetNamed(standIn, name)),
        fixture.name,
      ).toEqual(before);
    }
  });

  it("a failed build leaves the previous report as it was", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    server.buildWeeklyReport(settingsFor(tiny));
    const before = standIn.snapshot();
    const broken = { ...settingsFor(tiny), sources: sourcesOf({ members: "Activity" }) };
    expect(() => server.buildWeeklyReport(broken)).toThrow(/joined_at/);
    expect(standIn.snapshot()).toEqual(before);
  });

  it("a build that fails half-way removes what it wrote and keeps the previous report", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    server.buildWeeklyReport(settingsFor(tiny));
    const before = standIn.snapshot();
    // The same spreadsheet, with the chart service failing once the first report sheet is written.
    const failing = loadBundle({ ...standIn.globals, Charts: undefined }) as unknown as Server;
    expect(() => failing.buildWeeklyReport(settingsFor(tiny))).toThrow(/ChartType/);
    expect(standIn.snapshot()).toEqual(before);
    expect(
      (standIn.globals.LockService as GoogleAppsScript.Lock.LockService).getDocumentLock().tryLock(0),
    ).toBe(true);
  });
});

describe("the document lock", () => {
  const lockService = (standIn: ReturnType<typeof openSpreadsheet>["standIn"]) =>
    standIn.globals.LockService as GoogleAppsScript.Lock.LockService;

  it("is released after a failed build", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    const broken = {
      ...settingsFor(tiny),
      sources: sourcesOf({ members: "No such sheet" }),
    };
    expect(() => server.buildWeeklyReport(broken)).toThrow(
      'The sheet "No such sheet" chosen for the Members table',
    );
    expect(lockService(standIn).getDocumentLock().tryLock(0)).toBe(true);
  });

  it("is released after a successful build", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    server.buildWeeklyReport(settingsFor(tiny));
    expect(lockService(standIn).getDocumentLock().tryLock(0)).toBe(true);
  });

  it("while a teammate's build holds it, a build says so and writes nothing", () => {
    const { standIn, server } = openSpreadsheet(fixtureSheets(tiny));
    const teammate = lockService(standIn).getDocumentLock();
    teammate.waitLock(0);
    const before = standIn.snapshot();
    expect(() => server.buildWeeklyReport(settingsFor(tiny))).toThrow(/building the report right now/);
    expect(standIn.snapshot()).toEqual(before);
    teammate.releaseLock();
    expect(() => server.buildWeeklyReport(settingsFor(tiny))).not.toThrow();
  });
});
