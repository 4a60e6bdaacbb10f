/**
 * The playground's HTTP API on the real dist/Code.js and Sidebar.html (built by `npm test` or
 * `npm run build` before this runs), in this process: no browser needed.
 */
import { existsSync } from "node:fs";
import { request, type Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type {
  FormulaResponse,
  JsonCell,
  PlaygroundSnapshot,
  SheetsResponse,
} from "../../src/playground/api-types";
import { findProjectRoot } from "../../src/playground/paths";
import { startPlayground } from "../../src/playground/start";
import { EXPECTED, keysOf, REPORT_SHEETS, rowDifferences, SAMPLE_SHEETS, tableRows } from "./report-tables";

const ROOT = findProjectRoot(import.meta.dirname);
// The sample's members sheet has nine columns, A:I: formulas go to its right, from K.
const WEEKLY = "=COMMUNITY_WEEKLY(成员!A:I, 互动!A:C, 订单!A:E)";
let server: Server;
let base: string;

async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const response = await fetch(new URL(path, base), {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

async function sheetValues(name: string): Promise<JsonCell[][]> {
  const { body } = await call<SheetsResponse>("GET", "/api/sheets");
  const sheet = body.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet ${name} in ${body.sheets.map((s) => s.name).join(", ")}`);
  return sheet.values;
}

function formula(
  sheet: string,
  cell: string,
  text: string,
): Promise<{ status: number; body: FormulaResponse }> {
  return call<FormulaResponse>("POST", "/api/formula", { sheet, cell, formula: text });
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, "dist", "Code.js")))
    throw new Error("dist/Code.js is missing: run npm run build first");
  ({ server, url: base } = await startPlayground({ PORT: "0" }, ROOT));
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(async () => {
  await call("POST", "/api/reset", {});
});

describe("the sample spreadsheet", () => {
  it("opens with the sample community pasted into 成员 / 互动 / 订单 / 投放 / 内容, numbers as numbers", async () => {
    const { body } = await call<SheetsResponse>("GET", "/api/sheets");
    expect(body.sheets.map((s) => s.name)).toEqual(["成员", "互动", "订单", "投放", "内容"]);
    expect(body.sheets.map((s) => s.name)).toEqual(SAMPLE_SHEETS);
    const orders = body.sheets[2].values;
    expect(orders[0]).toEqual(["订单号", "成员ID", "支付时间", "实付金额", "订单状态"]);
    expect(orders[1]).toEqual(["SO100123", "wx10346", "2025-03-25", 19.9, ""]);
    expect(body.sheets[1].values[1]).toEqual(["wx10121", "2025-04-03 00:50", 1]);
    expect(body.sheets[3].values[2]).toEqual(["2025-03-03", "海报", "海报-计划2", 3271, 86, "¥145.84"]);
    // Pasted text that looks like a formula stays text, as the sidebar's paste keeps it.
    expect(body.sheets[0].values.flat()).toContain('=HYPERLINK("x")');
  });

  it("has the add-on's menu from onOpen and a zh_CN spreadsheet in Asia/Shanghai", async () => {
    const { body } = await call<PlaygroundSnapshot>("GET", "/api/snapshot");
    expect(body.menus.map((menu) => menu.name)).toEqual(["Community Funnel / 社群漏斗"]);
    expect(body.locale).toBe("zh_CN");
    expect(body.menus[0].items.map((item) => item.functionName)).toContain("buildReportFromMenu");
    const state = await call<{ lang: string; timeZone: string }>("POST", "/api/run", {
      name: "getSidebarState",
      args: [],
    });
    expect(state.body).toMatchObject({ lang: "zh", timeZone: "Asia/Shanghai" });
  });
});

describe("POST /api/run", () => {
  it("builds every report sheet with the real bundle, by channel as the sample's settings say, matching expected.json", async () => {
    const state = await call<{ settings: unknown }>("POST", "/api/run", {
      name: "getSidebarState",
      args: [],
    });
    const built = await call<{ sheets: { name: string }[] }>("POST", "/api/run", {
      name: "buildWeeklyReport",
      args: [state.body.settings],
    });
    expect(built.status).toBe(200);
    expect(built.body.sheets.map((s) => s.name)).toEqual(REPORT_SHEETS);
    const weekly = tableRows(await sheetValues("周报"), keysOf(EXPECTED.weekly), EXPECTED.timeZone);
    expect(rowDifferences(EXPECTED.weekly, weekly)).toEqual([]);
  });

  it("answers 404 for names that are not server functions of Code.js, private ones included", async () => {
    for (const name of ["nope", "CommunityFunnel", "SpreadsheetApp", "constructor", "toString"]) {
      const { status, body } = await call<{ message: string }>("POST", "/api/run", { name, args: [] });
      expect(status).toBe(404);
      expect(body.message).toContain(name);
    }
  });

  it("answers 500 with the bundle's message when the server function throws", async () => {
    const { status, body } = await call<{ message: string }>("POST", "/api/run", {
      name: "savePastedTable",
      args: ["nonsense", "a,b\n1,2", null],
    });
    expect(status).toBe(500);
    expect(body.message).not.toBe("");
  });
});

describe("POST /api/formula", () => {
  it("spills COMMUNITY_WEEKLY from the cell, header first, equal to the report's weekly table", async () => {
    const { body } = await formula("成员", "K2", WEEKLY);
    expect(body).toMatchObject({ status: "done", message: null, range: "K2:W9" });
    const values = await sheetValues("成员");
    expect(values[1][10]).toBe("周开始");
    const rows = tableRows(values, keysOf(EXPECTED.weekly), EXPECTED.timeZone, 10);
    expect(rowDifferences(EXPECTED.weekly, rows)).toEqual([]);
    const { body: snapshot } = await call<PlaygroundSnapshot>("GET", "/api/snapshot");
    expect(snapshot.sheets[0].formulas).toEqual({ K2: WEEKLY });
  });

  it("spills COMMUNITY_CHANNELS of the sample's spend table, equal to the Channels sheet's weekly rows", async () => {
    const { body } = await formula(
      "投放",
      "G2",
      '=COMMUNITY_CHANNELS(成员!A:I, 订单!A:E, 投放!A:F, 7, , "2025-03-03", "2025-04-20")',
    );
    expect(body).toMatchObject({ status: "done", message: null });
    const values = await sheetValues("投放");
    expect(values[1].slice(6, 9)).toEqual(["渠道", "周开始", "周结束"]);
    const channels = EXPECTED.channels as { weekly: Record<string, unknown>[] };
    const rows = tableRows(values, keysOf(channels.weekly).slice(1), EXPECTED.timeZone, 7);
    const expected = channels.weekly.map(({ channel: _, ...row }) => row);
    expect(rowDifferences(expected, rows)).toEqual([]);
  });

  it("passes a single cell as its value and numbers and strings as written", async () => {
    await formula("订单", "H1", "40");
    await formula("订单", "I1", "=ACTIVE_RATE(H1, 160)");
    expect((await sheetValues("订单"))[0].slice(7, 9)).toEqual([40, 0.25]);
  });

  it("refuses Sheets' own functions with a note and changes nothing", async () => {
    const { body } = await formula("成员", "H2", "=SUM(A1:A2)");
    expect(body.status).toBe("unsupported");
    expect(body.message).toContain(
      "not supported in the playground: only the add-on's custom functions (ACTIVE_RATE",
    );
    expect((await sheetValues("成员"))[0]).toHaveLength(9);
  });

  it("shows #ERROR! in the cell and the function's message when it throws", async () => {
    const { body } = await formula("成员", "K2", '=ACTIVE_RATE("abc", 2)');
    expect(body.status).toBe("error");
    expect(body.message).toMatch(/^#ERROR! ACTIVE_RATE/);
    expect((await sheetValues("成员"))[1][10]).toBe("#ERROR!");
  });

  it("re-entering a formula clears its previous spill first", async () => {
    await formula("成员", "K2", WEEKLY);
    await formula("成员", "K2", "=WEEKLY_GMV(订单!A:E)");
    const values = await sheetValues("成员");
    expect(values[0]).toHaveLength(12);
    expect(values[1].slice(10)).toEqual(["周", "GMV"]);
  });

  describe("edge cases", () => {
    it("gives #REF! rather than overwrite data or read its own cell", async () => {
      const blocked = await formula("互动", "A2", "=COMMUNITY_WEEKLY(成员!A:I)");
      expect(blocked.body).toMatchObject({ status: "error" });
      // Sheets names the first cell in the way.
      expect(blocked.body.message).toBe(
        "#REF! Array result was not expanded because it would overwrite data in B2.",
      );
      const circular = await formula("订单", "E3", "=WEEKLY_GMV(A:E)");
      expect(circular.body.message).toMatch(/^#REF! Circular dependency/);
      expect((await sheetValues("订单"))[2][4]).toBe("#REF!");
    });

    it("a value typed into a spilled cell stops the spill: #REF! in the formula's cell, the value kept", async () => {
      await formula("成员", "K2", WEEKLY);
      const typed = await formula("成员", "M5", "42");
      expect(typed.body).toMatchObject({ status: "done", range: "M5" });
      expect(typed.body.message).toBe(
        "K2: #REF! Array result was not expanded because it would overwrite data in M5.",
      );
      const values = await sheetValues("成员");
      expect([values[1][10], values[4][12], values[2][10], values[1][11]]).toEqual(["#REF!", 42, "", ""]);
      const { body: snapshot } = await call<PlaygroundSnapshot>("GET", "/api/snapshot");
      expect(snapshot.sheets[0].formulas).toEqual({ K2: WEEKLY });
      // Clearing the cell lets the result spill again, as Sheets recalculates it.
      await formula("成员", "M5", "");
      expect((await sheetValues("成员"))[1][10]).toBe("周开始");
    });

    it("a formula typed into a spilled cell keeps its own result and blocks the other's", async () => {
      await formula("成员", "K2", "=WEEKLY_GMV(订单!A:E)");
      const inner = await formula("成员", "L3", "=ACTIVE_RATE(2, 4)");
      expect(inner.body).toMatchObject({ status: "done", range: "L3" });
      const values = await sheetValues("成员");
      expect([values[1][10], values[2][11], values[2][10]]).toEqual(["#REF!", 0.5, ""]);
    });

    it("answers 4xx for a missing sheet or a bad cell", async () => {
      expect((await formula("Gone", "A1", "=1")).status).toBe(404);
      expect((await formula("成员", "A1:B2", "1")).status).toBe(400);
    });
  });
});

describe("the HTTP layer", () => {
  it("serves the page, its script and the real sidebar with google.script.run first in <head>", async () => {
    const page = await fetch(base);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<iframe id="sidebar" src="/sidebar"');
    const sidebar = await (await fetch(new URL("/sidebar", base))).text();
    expect(sidebar).toMatch(
      /^<!doctype html>\s*<html[^>]*>\s*<head><script>\(function installGoogleScriptShim/i,
    );
    expect((await fetch(new URL("/app.js", base))).status).toBe(200);
  });

  describe("edge cases", () => {
    it("refuses POSTs that are not JSON, so another site cannot drive it with a form", async () => {
      const response = await fetch(new URL("/api/reset", base), { method: "POST", body: "x" });
      expect(response.status).toBe(415);
    });

    it("refuses requests for another host name (DNS rebinding)", async () => {
      // fetch will not send a Host of our choosing; http.request will.
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const req = request(new URL("/api/sheets", base), { headers: { host: "evil.example" } }, (res) => {
          res.resume();
          resolve(res.statusCode);
        });
        req.on("error", reject);
        req.end();
      });
      expect(status).toBe(403);
    });

    it("answers 404 with a message for unknown paths and bad JSON with 400", async () => {
      expect((await call<{ message: string }>("GET", "/nope")).status).toBe(404);
      const response = await fetch(new URL("/api/run", base), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{",
      });
      expect(response.status).toBe(400);
    });
  });
});
