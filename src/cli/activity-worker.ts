/**
 * Reads the activity export on the machine's second core while the main thread reads members
 * and orders: it is by far the largest table, and reading it is most of a report's time. The
 * columns come back as transferred buffers, not copies.
 */
import { parentPort, Worker, workerData } from "node:worker_threads";
import { TableError } from "../core/headers";
import type { Table } from "../core/tables";
import type { ActivityColumns } from "../core/types";
import { type CliOptions, UsageError } from "./args";
import { readActivityFile } from "./read-tables";

type Reply = { ok: true; table: Table<ActivityColumns> } | { ok: false; fixable: boolean; message: string };

/** The worker's side: read, reply once. */
export function serveActivityWorker(): void {
  const { path, options } = workerData as { path: string; options: CliOptions };
  let reply: Reply;
  try {
    reply = { ok: true, table: readActivityFile(path, options) };
  } catch (error) {
    const fixable = error instanceof UsageError || error instanceof TableError;
    reply = {
      ok: false,
      fixable,
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
    if (fixable) reply.message = (error as Error).message;
  }
  const rows = reply.ok ? reply.table.rows : null;
  // The typed arrays move to the main thread instead of being copied.
  const transfer = rows ? [rows.id.buffer, rows.day.buffer, rows.count.buffer] : [];
  parentPort!.postMessage(reply, transfer as ArrayBuffer[]);
}

/**
 * The main thread's side: a reader that runs `script` (the CLI's own bundle, which serves the
 * worker when it is not the main thread) and resolves with the table.
 */
export function activityInWorker(script: URL) {
  return (path: string, options: CliOptions, signal: AbortSignal): Promise<Table<ActivityColumns>> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(script, { workerData: { path, options } });
      signal.addEventListener("abort", () => void worker.terminate());
      worker.once("message", (reply: Reply) => {
        if (reply.ok) resolve(reply.table);
        else reject(reply.fixable ? new UsageError(reply.message) : new Error(reply.message));
      });
      worker.once("error", reject);
    });
}
