/**
 * google.script.run for a Playwright page: every call travels to a function in Node (in the
 * sidebar tests, the real dist/Code.js running on the Apps Script stand-in). The page side is a
 * plain-JS string, so that no test transpiler's helpers leak into code that runs in the browser.
 */
import type { Page } from "playwright-core";

/** Runs a server function by name; may throw (the page's failure handler gets the message). */
export type ServerCall = (name: string, args: unknown[]) => unknown;

export type ServerReply = { ok: true; value: unknown } | { ok: false; message: string };

/** The name of the page binding the shim calls. */
export const CALL_BINDING = "__callServer";

/**
 * Defines `google.script.run` in a page: chainable withSuccessHandler / withFailureHandler /
 * withUserObject, then any function name. Calls are asynchronous and a failure arrives as an
 * Error with the server's message, as in Apps Script. `window.__callServer(name, args)` must
 * resolve to a ServerReply.
 */
export const SCRIPT_RUN_SHIM = `(() => {
  function runner(onSuccess, onFailure, userObject) {
    return new Proxy({}, {
      get(_target, name) {
        if (name === "withSuccessHandler") return (fn) => runner(fn, onFailure, userObject);
        if (name === "withFailureHandler") return (fn) => runner(onSuccess, fn, userObject);
        if (name === "withUserObject") return (object) => runner(onSuccess, onFailure, object);
        // Not a thenable, not a symbol-keyed protocol: only server function names are calls.
        if (typeof name !== "string" || name === "then") return undefined;
        return (...args) => {
          window.${CALL_BINDING}(name, args).then((reply) => {
            if (reply.ok) {
              if (onSuccess) onSuccess(reply.value, userObject);
            } else if (onFailure) {
              onFailure(new Error(reply.message), userObject);
            }
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null, undefined) } };
})();`;

function messageOf(error: unknown): string {
  // Errors thrown inside node:vm come from another realm: instanceof Error is false for them.
  if (error && typeof error === "object" && "message" in error) return String(error.message);
  return String(error);
}

/**
 * Backs the page's google.script.run with `call`. Values cross as JSON, as they do between Apps
 * Script and the browser: a Date or a function returned by mistake would not arrive intact either.
 */
export async function installScriptRun(page: Page, call: ServerCall): Promise<void> {
  await page.exposeFunction(CALL_BINDING, async (name: string, args: unknown[]): Promise<ServerReply> => {
    try {
      const value = await call(name, args);
      return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
    } catch (error) {
      return { ok: false, message: messageOf(error) };
    }
  });
  await page.addInitScript(SCRIPT_RUN_SHIM);
}
