/**
 * The one way the sidebar reaches the server: google.script.run as typed promises. Only this file
 * knows about google.script.run; the rest of the sidebar awaits `server.name(...)`.
 */
import type * as serverModule from "../server/index";
import { SIDEBAR_FUNCTIONS, type SidebarFunction } from "../shared/bridge";

export type FunctionName = SidebarFunction;

/** The server functions the sidebar calls, typed by the server module itself. */
export type ServerFunctions = Pick<typeof serverModule, FunctionName>;

/** Each server function, returning a promise of its result. */
export type Server = {
  [K in FunctionName]: (...args: Parameters<ServerFunctions[K]>) => Promise<ReturnType<ServerFunctions[K]>>;
};

/** The shape of google.script.run: chainable handlers, then a call by the function's name. */
export interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}

/** The message of whatever a failure handler received: Apps Script passes an Error, shims may not. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  if (error && typeof error === "object" && "message" in error) return String(error.message);
  return "";
}

function scriptRun(): ScriptRun {
  const google = (globalThis as { google?: { script?: { run?: ScriptRun } } }).google;
  const run = google?.script?.run;
  if (!run) throw new Error("google.script.run is not available: open the sidebar from Google Sheets.");
  return run;
}

/**
 * The server as promises. `run` is read at each call, not once, because google.script.run
 * handlers are per call chain and a test may install its stand-in after this module loads.
 */
export function createServer(run: () => ScriptRun = scriptRun): Server {
  const call =
    (name: FunctionName) =>
    (...args: unknown[]): Promise<unknown> =>
      new Promise((resolve, reject) => {
        const runner = run()
          .withSuccessHandler(resolve)
          .withFailureHandler((error) => reject(new Error(errorMessage(error))));
        (runner[name] as (...a: unknown[]) => void)(...args);
      });
  return Object.fromEntries(SIDEBAR_FUNCTIONS.map((name) => [name, call(name)])) as Server;
}
