/**
 * The `google.script.run` the real Sidebar.html finds in the playground: each call becomes
 * POST /api/run {name, args}, and its handlers are called as Apps Script calls them (the result, or
 * an Error with the server's message, plus the user object).
 */

/**
 * Runs inside the sidebar's frame; it is injected as source text (Function.prototype.toString), so it
 * must not refer to anything outside its own body.
 */
function installGoogleScriptShim(): void {
  type Handler = ((value: unknown, userObject: unknown) => void) | null;

  // The page redraws the sheets after every call (and follows the active sheet, which the
  // sidebar's report links change through openReportSheet).
  const tellPage = (message: { ran: string }): void => {
    if (window.parent !== window)
      window.parent.postMessage({ source: "community-funnel-sidebar", ...message }, "*");
  };

  const call = (
    name: string,
    args: unknown[],
    success: Handler,
    failure: Handler,
    userObject: unknown,
  ): void => {
    fetch("/api/run", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name, args }),
    })
      .then(async (response) => {
        const text = await response.text();
        const body: unknown = text ? JSON.parse(text) : null;
        if (!response.ok) {
          const message = (body as { message?: unknown } | null)?.message;
          throw new Error(typeof message === "string" ? message : `${name} failed (HTTP ${response.status})`);
        }
        return body;
      })
      .then(
        (result) => {
          tellPage({ ran: name });
          success?.(result, userObject);
        },
        (error: unknown) => {
          tellPage({ ran: name });
          failure?.(error instanceof Error ? error : new Error(String(error)), userObject);
        },
      );
  };

  // Every with* returns a fresh runner, as in Apps Script, so a configured runner can be reused safely.
  const runner = (success: Handler, failure: Handler, userObject: unknown): object =>
    new Proxy(
      {},
      {
        get(_target, key) {
          if (typeof key !== "string" || key === "then") return undefined;
          if (key === "withSuccessHandler") return (handler: Handler) => runner(handler, failure, userObject);
          if (key === "withFailureHandler") return (handler: Handler) => runner(success, handler, userObject);
          if (key === "withUserObject") return (object: unknown) => runner(success, failure, object);
          return (...args: unknown[]): void => call(key, args, success, failure, userObject);
        },
      },
    );

  const noop = (): void => undefined;
  (window as unknown as { google: unknown }).google = {
    script: {
      run: runner(null, null, undefined),
      host: {
        close: noop,
        setHeight: noop,
        setWidth: noop,
        editor: { focus: noop },
        origin: location.origin,
      },
    },
  };
}

/** Sidebar.html with the shim as the first script of <head>, before any of the sidebar's own code. */
export function injectShim(html: string): string {
  const script = `<script>(${installGoogleScriptShim.toString()})();</script>`;
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) return script + html;
  const end = head.index + head[0].length;
  return html.slice(0, end) + script + html.slice(end);
}
