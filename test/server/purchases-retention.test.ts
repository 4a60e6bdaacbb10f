import { beforeAll, describe, expect, it } from "vitest";
import { BLUE, GREY, MUTED_TEXT, shadeOf } from "../../src/core/heatmap";
import { fixtures } from "../support/fixtures";
import { TINY_SPEND_GRID } from "../support/spend";
import {
  buildBundle,
  chartColumns,
  fixtureSheets,
  openSpreadsheet,
  reportSheets,
  settingsFor,
} from "./harness";

beforeAll(buildBundle);

const fixture = (name: string) => fixtures().find((f) => f.name === name)!;

function built(name: string, lang: "en" | "zh" = "en", without: "activity" | "orders" | null = null) {
  const f = fixture(name);
  const opened = openSpreadsheet(fixtureSheets(f));
  const settings = settingsFor(f, lang);
  if (without) settings.sources[without] = null;
  const result = opened.server.buildWeeklyReport(settings);
  return { ...opened, result, sheets: reportSheets(opened.standIn) };
}

interface Cohort {
  rates: number[];
}

describe("the Purchases sheet", () => {
  it("holds the weekly purchases table under a frozen header", () => {
    const purchases = built("community-cn").sheets.get("purchases")!;
    expect(purchases.values[0].slice(0, 12)).toEqual([
      "Week start",
      "Week end",
      "Complete week",
      "Orders",
      "Buyers",
      "New buyers",
      "Returning buyers",
      "Repeat buyers",
      "Repeat rate",
      "Orders per buyer",
      "GMV per buyer",
      "GMV per order",
    ]);
    expect(purchases.frozenRows).toBe(1);
    // The week of 2024-12-09: 47 orders from 37 buyers, 10 of them twice or more.
    expect(purchases.displayValues[6].slice(3, 12)).toEqual([
      "47",
      "37",
      "28",
      "9",
      "10",
      "27.0%",
      "1.27",
      "389.29",
      "306.46",
    ]);
  });

  it("charts new and returning buyers as stacked columns with the repeat rate as a line, up to the last complete week", () => {
    const purchases = built("community-cn").sheets.get("purchases")!;
    const [chart] = purchases.charts;
    expect(chart.type).toBe("COMBO");
    // Six complete weeks under the header, the series in their options' order.
    const columns = chartColumns(purchases, chart);
    expect(columns.map((c) => c[0])).toEqual(["Week start", "New buyers", "Returning buyers", "Repeat rate"]);
    expect(columns[0]).toHaveLength(7);
    expect(chart.options.isStacked).toBe(true);
    expect(chart.options.series).toEqual({
      0: { type: "bars", targetAxisIndex: 0 },
      1: { type: "bars", targetAxisIndex: 0 },
      2: { type: "line", targetAxisIndex: 1 },
    });
    expect(chart.options.title).toBe("New and returning buyers, and the repeat rate");
  });
});

describe("the Retention sheet", () => {
  const expected = fixture("community-cn").expected.retention as Cohort[];

  it("says what a cell means above the grid of join weeks, one rate column per week since joining", () => {
    const retention = built("community-cn").sheets.get("retention")!;
    expect(retention.values[0][0]).toMatch(/^Each cell: the share of the week's new members active/);
    expect(retention.values[2].slice(0, 9)).toEqual([
      "Cohort week",
      "Joined",
      "Week 0",
      "Week 1",
      "Week 2",
      "Week 3",
      "Week 4",
      "Week 5",
      "Week 6",
    ]);
    expect(retention.values[2][9]).toBe("");
    expect(retention.frozenRows).toBe(3);
    expect(retention.displayValues[3].slice(0, 4)).toEqual(["2024-11-04", "93", "74.2%", "73.1%"]);
    expect(retention.numberFormats[3][2]).toBe("0.0%");
  });

  it("shades each rate by its value, greys and mutes weeks not complete, and leaves cells past the range blank", () => {
    const retention = built("community-cn").sheets.get("retention")!;
    const first = 3;
    expect(retention.backgrounds[first].slice(0, 3)).toEqual([
      null,
      null,
      shadeOf(expected[0].rates[0], BLUE),
    ]);
    expect(retention.fontColors[first][2]).toBeNull();
    // Week 6 of the first cohort is the range's last week, a single day.
    expect(retention.backgrounds[first][8]).toBe(shadeOf(0, GREY));
    expect(retention.fontColors[first][8]).toBe(MUTED_TEXT);
    expect(retention.displayValues[first][8]).toBe("0.0%");
    // The second cohort has weeks 0 to 5 only.
    expect(retention.values[first + 1][8]).toBe("");
    expect(retention.backgrounds[first + 1][8]).toBeNull();
    expect(retention.fontColors[first + 1][8]).toBeNull();
    // The header row keeps the default look.
    expect(retention.backgrounds[2].slice(0, 9).every((c) => c === null)).toBe(true);
  });

  it("names the weeks in Chinese in a Chinese report", () => {
    const retention = built("community-cn", "zh").sheets.get("retention")!;
    expect(retention.values[2].slice(0, 4)).toEqual(["入群周", "新增入群", "第0周", "第1周"]);
    expect(retention.values[0][0]).toMatch(/^每格：/);
  });
});

/** The Channels sheet as a build without a spend table lists it. */
const NO_CHANNELS = {
  kind: "channels",
  title: { en: "Channels", zh: "渠道投放" },
  reason: { en: "needs the Spend table", zh: "需要投放表" },
};

describe("edge cases", () => {
  it("without an orders table there is no Purchases sheet, and the build says why", () => {
    const { result, sheets } = built("tiny", "en", "orders");
    expect(sheets.has("purchases")).toBe(false);
    expect(result.sheets.map((s) => s.kind)).not.toContain("purchases");
    expect(result.absent).toEqual([
      {
        kind: "purchases",
        title: { en: "Purchases", zh: "购买复购" },
        reason: { en: "needs the Orders table", zh: "需要订单表" },
      },
      NO_CHANNELS,
    ]);
    expect(result.headline!.metrics.find((m) => m.key === "repeatRate")!.value).toBeNull();
  });

  it("without an activity table there is no Retention sheet, said in the report's language", () => {
    const { result, sheets } = built("tiny", "zh", "activity");
    expect(sheets.has("retention")).toBe(false);
    expect(result.absent).toEqual([
      {
        kind: "retention",
        title: { en: "Retention", zh: "留存" },
        reason: { en: "needs the Activity table", zh: "需要互动表" },
      },
      NO_CHANNELS,
    ]);
  });

  it("with every table every sheet is written and none is listed as absent", () => {
    const f = fixture("tiny");
    const { server } = openSpreadsheet([...fixtureSheets(f), { name: "Spend", values: TINY_SPEND_GRID }]);
    const settings = settingsFor(f);
    const result = server.buildWeeklyReport({
      ...settings,
      sources: { ...settings.sources, spend: "Spend" },
    });
    expect(result.absent).toEqual([]);
    expect(result.sheets.map((s) => s.kind)).toContain("channels");
  });
});
