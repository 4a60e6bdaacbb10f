import { describe, expect, it } from "vitest";
import { reportToJson } from "../../src/core/json";
import { buildReport } from "../../src/core/report";
import { fixtureGrids, fixtureOptions, fixtures, reportDifferences } from "../support/fixtures";

describe("the public examples", () => {
  for (const fixture of fixtures()) {
    it(`${fixture.name}: the engine's report equals expected.json`, () => {
      const report = buildReport(fixtureGrids(fixture), fixtureOptions(fixture));
      expect(reportDifferences(fixture.expected, reportToJson(report))).toEqual([]);
    });
  }
});
