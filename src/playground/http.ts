/** The playground's HTTP API and static files (report.md "The local playground"), on Node's http module. */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { join } from "node:path";
import type { ErrorResponse, FormulaRequest, RunRequest } from "./api-types";
import { HttpError } from "./http-error";
import type { PlaygroundPaths } from "./paths";
import type { Playground } from "./playground";
import { injectShim } from "./sidebar-shim";

/** Pasted exports can be large; anything past this is a mistake, not data. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

/** Only a page served from this machine may drive the playground (no DNS-rebinding visitors). */
const LOCAL_HOSTS: ReadonlySet<string> = new Set(["127.0.0.1", "localhost", "[::1]"]);

const STATIC: Record<string, { file: (paths: PlaygroundPaths) => string; type: string }> = {
  "/": { file: (paths) => join(paths.clientSource, "index.html"), type: "text/html; charset=utf-8" },
  "/style.css": { file: (paths) => join(paths.clientSource, "style.css"), type: "text/css; charset=utf-8" },
  "/app.js": { file: (paths) => join(paths.clientBuild, "app.js"), type: "text/javascript; charset=utf-8" },
};

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  // JSON has no undefined: a server function that returns nothing answers null, as google.script.run does.
  send(response, status, "application/json; charset=utf-8", JSON.stringify(value ?? null));
}

function readFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    throw new HttpError(503, `${path} is missing: run npm run build`);
  }
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  // A JSON content type makes a cross-site form post or no-cors fetch impossible without a preflight.
  if (!/^application\/json\b/i.test(request.headers["content-type"] ?? "")) {
    throw new HttpError(415, "Send the request body as application/json");
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "The request body is too large");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  } catch {
    throw new HttpError(400, "The request body is not valid JSON");
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function runRequest(body: unknown): RunRequest & { args: unknown[] } {
  if (!isRecord(body) || typeof body.name !== "string")
    throw new HttpError(400, 'Expected {"name": …, "args": […]}');
  if (body.args !== undefined && !Array.isArray(body.args)) throw new HttpError(400, "args must be an array");
  return { name: body.name, args: (body.args as unknown[] | undefined) ?? [] };
}

function formulaRequest(body: unknown): FormulaRequest {
  if (
    !isRecord(body) ||
    typeof body.sheet !== "string" ||
    typeof body.cell !== "string" ||
    typeof body.formula !== "string"
  ) {
    throw new HttpError(400, 'Expected {"sheet": …, "cell": "H2", "formula": "=…"}');
  }
  return { sheet: body.sheet, cell: body.cell, formula: body.formula };
}

function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" && message !== "" ? message : String(error);
}

async function route(
  playground: Playground,
  paths: PlaygroundPaths,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const key = `${request.method} ${url.pathname}`;
  const page = STATIC[url.pathname];
  if (request.method === "GET" && page) return send(response, 200, page.type, readFile(page.file(paths)));
  switch (key) {
    case "GET /sidebar":
      return send(response, 200, "text/html; charset=utf-8", injectShim(readFile(paths.sidebar)));
    case "GET /api/sheets":
      return sendJson(response, 200, playground.sheets());
    case "GET /api/snapshot":
      return sendJson(response, 200, playground.snapshot());
    case "POST /api/run": {
      const { name, args } = runRequest(await readJson(request));
      return sendJson(response, 200, playground.run(name, args));
    }
    case "POST /api/formula":
      return sendJson(response, 200, playground.enter(formulaRequest(await readJson(request))));
    case "POST /api/reset":
      await readJson(request);
      playground.reset();
      return sendJson(response, 200, { version: playground.version });
    default:
      throw new HttpError(404, `Nothing at ${request.method} ${url.pathname}`);
  }
}

export function createPlaygroundServer(playground: Playground, paths: PlaygroundPaths): Server {
  return createServer((request, response) => {
    const host = (request.headers.host ?? "").replace(/:\d+$/, "");
    const handled = LOCAL_HOSTS.has(host)
      ? route(playground, paths, request, response)
      : Promise.reject(new HttpError(403, `Open the playground at 127.0.0.1, not ${host}`));
    handled.catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const body: ErrorResponse = { message: messageOf(error) };
      if (response.headersSent) response.end();
      else sendJson(response, status, body);
    });
  });
}
