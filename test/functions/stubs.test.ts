import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const code = readFileSync("dist/Code.js", "utf8");

/** Each custom function and its parameters, named as functions.md names them. */
const FUNCTIONS: Record<string, string[]> = {
  ACTIVE_RATE: ["active_members", "total_members"],
  CONVERSION_RATE: ["converted_members", "total_members"],
  WOW_GROWTH: ["current", "previous"],
  WEEKLY_GMV: ["orders", "week", "members", "week_starts_on"],
  COMMUNITY_DAILY: ["members", "activity", "orders", "start_date", "end_date"],
  COMMUNITY_WEEKLY: ["members", "activity", "orders", "week_starts_on", "start_date", "end_date"],
  COMMUNITY_FUNNEL: [
    "members",
    "activity",
    "orders",
    "window_days",
    "week_starts_on",
    "start_date",
    "end_date",
  ],
  COMMUNITY_PROBLEMS: ["members", "activity", "orders", "spend"],
  COMMUNITY_PURCHASES: ["members", "orders", "week_starts_on", "start_date", "end_date"],
  COMMUNITY_RETENTION: ["members", "activity", "week_starts_on", "start_date", "end_date"],
  COMMUNITY_BREAKDOWN: ["members", "field", "activity", "orders", "week_starts_on", "start_date", "end_date"],
  ENGAGEMENT_RATE: ["interactions", "views"],
  COMMUNITY_CONTENT: ["content", "week_starts_on", "start_date", "end_date"],
  CTR: ["clicks", "impressions"],
  CPC: ["spend", "clicks"],
  CPM: ["spend", "impressions"],
  CPA: ["spend", "conversions"],
  CVR: ["conversions", "clicks"],
  ROI: ["gmv", "spend"],
  COMMUNITY_CHANNELS: [
    "members",
    "orders",
    "spend",
    "window_days",
    "week_starts_on",
    "start_date",
    "end_date",
  ],
};

/** The JSDoc block directly above a top-level `function NAME(`, and that line. */
function stubOf(name: string): { doc: string; signature: string } {
  const match = new RegExp(`(/\\*\\*(?:(?!\\*/)[\\s\\S])*\\*/)\\n(function ${name}\\([^)]*\\))`).exec(code);
  if (!match) throw new Error(`no documented top-level function ${name} in dist/Code.js`);
  return { doc: match[1], signature: match[2] };
}

describe.each(Object.entries(FUNCTIONS))("the %s stub in dist/Code.js", (name, params) => {
  const { doc, signature } = stubOf(name);

  it("is a top-level function with the real parameter names", () => {
    expect(signature).toBe(`function ${name}(${params.join(", ")})`);
  });

  it("carries @customfunction, a summary, @return and an @example showing its value", () => {
    expect(doc).toMatch(/@customfunction/);
    expect(doc).toMatch(/^\/\*\*\n \* \S.+\n/);
    expect(doc).toMatch(/@return \{[^}]+\} \S/);
    expect(doc).toMatch(new RegExp(`@example =${name}\\(.*\\) returns \\S`));
  });

  it("documents every parameter with a type and a meaning, in order", () => {
    const documented = [...doc.matchAll(/@param \{[^}]+\} (\w+) \S/g)].map((m) => m[1]);
    expect(documented).toEqual(params);
  });

  it("calls the bundle with the same arguments", () => {
    expect(code).toContain(`${signature} {\n  return CommunityFunnel.${name}(${params.join(", ")});\n}`);
  });
});
