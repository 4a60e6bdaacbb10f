import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { injectShim } from "../../src/playground/sidebar-shim";

/** google.script.run: every member is a function, the with* ones returning another runner. */
interface Runner {
  [name: string]: (...args: unknown[]) => Runner;
}

interface Posted {
  url: string;
  body: unknown;
}

/** Runs the injected shim in a bare context with a fake fetch answering `reply`. */
function loadShim(reply: { status: number; body: unknown }) {
  const html = injectShim("<html><head><title>x</title></head><body></body></html>");
  const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? "";
  const posted: Posted[] = [];
  const parentMessages: unknown[] = [];
  const window: Record<string, unknown> = {};
  window.parent = { postMessage: (message: unknown) => parentMessages.push(message) };
  const fetch = async (url: string, init: { body: string }) => {
    posted.push({ url, body: JSON.parse(init.body) });
    return { ok: reply.status < 400, status: reply.status, text: async () => JSON.stringify(reply.body) };
  };
  runInNewContext(script, {
    window,
    fetch,
    location: { origin: "http://127.0.0.1:8080" },
    Proxy,
    JSON,
    Error,
  });
  const run = (window.google as { script: { run: Runner } }).script.run;
  return { html, run, posted, parentMessages };
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 10));
}

describe("the google.script.run shim", () => {
  it("is the first thing in <head>, before the sidebar's own scripts", () => {
    const { html } = loadShim({ status: 200, body: null });
    expect(html.startsWith("<html><head><script>(")).toBe(true);
    expect(html).toContain("</script><title>x</title>");
  });

  it("posts {name, args} to /api/run and calls the success handler with the result and user object", async () => {
    const { run, posted, parentMessages } = loadShim({ status: 200, body: { built: true } });
    const calls: unknown[] = [];
    run
      .withSuccessHandler((...args: unknown[]) => calls.push(["ok", ...args]))
      .withFailureHandler((...args: unknown[]) => calls.push(["fail", ...args]))
      .withUserObject("button")
      .buildWeeklyReport({ lang: "zh" }, 7);
    await settle();
    expect(posted).toEqual([
      { url: "/api/run", body: { name: "buildWeeklyReport", args: [{ lang: "zh" }, 7] } },
    ]);
    expect(calls).toEqual([["ok", { built: true }, "button"]]);
    expect(parentMessages).toEqual([{ source: "community-funnel-sidebar", ran: "buildWeeklyReport" }]);
  });

  it("calls the failure handler with an Error carrying the server's message", async () => {
    const { run } = loadShim({ status: 500, body: { message: "成员表缺少必需的列: 成员ID" } });
    const failures: unknown[] = [];
    run.withFailureHandler((error: unknown) => failures.push(error)).getSidebarState();
    await settle();
    expect(failures).toHaveLength(1);
    expect((failures[0] as Error).message).toBe("成员表缺少必需的列: 成员ID");
  });

  describe("edge cases", () => {
    it("is not a thenable, so awaiting it by mistake does not send a call", () => {
      const { run, posted } = loadShim({ status: 200, body: null });
      expect(run.then).toBeUndefined();
      expect(posted).toEqual([]);
    });

    it("injects before everything when the page has no <head>", () => {
      expect(injectShim("<p>hi</p>")).toMatch(/^<script>[\s\S]*<\/script><p>hi<\/p>$/);
    });
  });
});
