import { describe, expect, it } from "vitest";
import { reportToJson } from "../../src/core/json";
import { buildReport } from "../../src/core/report";
import { fixtureGrid, fixtures, reportDifferences } from "../support/fixtures";

describe("the public examples", () => {
  for (const fixture of fixtures()) {
    it(`${fixture.name}: the engine's report equals expected.json`, () => {
      const report = buildReport(
        {
          members: fixtureGrid(fixture, "members")!,
          activity: fixtureGrid(fixture, "activity"),
          orders: fixtureGrid(fixture, "orders"),
        },
        { timeZone: fixture.timeZone, windowDays: fixture.windowDays },
      );
      expect(reportDifferences(fixture.expected, reportToJson(report))).toEqual([]);
    });
  }
});
