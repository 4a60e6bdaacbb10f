/** The page's calls to the playground server, typed by api-types (one wrapper, one place). */
import type { ErrorResponse, FormulaRequest, FormulaResponse, PlaygroundSnapshot } from "../api-types";

async function request<T>(method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Error(
      (parsed as ErrorResponse | null)?.message ?? `${method} ${path} failed (HTTP ${response.status})`,
    );
  }
  return parsed as T;
}

export function fetchSnapshot(): Promise<PlaygroundSnapshot> {
  return request("GET", "/api/snapshot");
}

export function enterFormula(formula: FormulaRequest): Promise<FormulaResponse> {
  return request("POST", "/api/formula", formula);
}

export function resetSample(): Promise<{ version: number }> {
  return request("POST", "/api/reset", {});
}

/** A menu item: the same top-level function Sheets would call. */
export function runServerFunction(name: string): Promise<unknown> {
  return request("POST", "/api/run", { name, args: [] });
}
