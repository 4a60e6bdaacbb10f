/**
 * Reads a large activity export on both of the machine's cores: it is by far the largest table,
 * and reading it is most of a report's time. When the text can be cut at a row boundary
 * (no quotes), a worker thread reads the first part while this thread reads the rest (and
 * then the members and orders); otherwise the worker reads it all. Columns come back as
 * transferred buffers, not copies.
 */
import { parentPort, Worker, workerData } from "node:worker_threads";
import { splitAtRow } from "../core/delimited";
import { TableError } from "../core/headers";
import { joinActivity, type Table } from "../core/tables";
import type { ActivityColumns } from "../core/types";
import { type CliOptions, UsageError } from "./args";
import { fileText, readActivityText } from "./read-tables";

type Reply = { ok: true; table: Table<ActivityColumns> } | { ok: false; fixable: boolean; message: string };
interface Task {
  path: string;
  text: string;
  options: CliOptions;
}

/** Below this size a second thread costs more than it saves. */
const SPLIT_FROM_CHARS = 4_000_000;
/**
 * The worker's share of the rows: this thread also reads members and orders and starts the
 * worker, so an even cut left the worker idle at the end (measured on npm run bench).
 */
const WORKER_SHARE = 0.62;

/** The worker's side: read its text, reply once. */
export function serveActivityWorker(): void {
  const { path, text, options } = workerData as Task;
  let reply: Reply;
  try {
    reply = { ok: true, table: readActivityText(path, text, options) };
  } catch (error) {
    const fixable = error instanceof UsageError || error instanceof TableError;
    const message =
      error instanceof Error ? (fixable ? error.message : (error.stack ?? error.message)) : String(error);
    reply = { ok: false, fixable, message };
  }
  const rows = reply.ok ? reply.table.rows : null;
  const transfer = rows ? [rows.id.buffer, rows.day.buffer, rows.count.buffer] : [];
  parentPort!.postMessage(reply, transfer as ArrayBuffer[]);
}

function inWorker(script: URL, task: Task, signal: AbortSignal): Promise<Table<ActivityColumns>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: task });
    signal.addEventListener("abort", () => void worker.terminate());
    worker.once("message", (reply: Reply) => {
      if (reply.ok) resolve(reply.table);
      else reject(reply.fixable ? new UsageError(reply.message) : new Error(reply.message));
    });
    worker.once("error", reject);
  });
}

/**
 * The main thread's side: a reader that runs `script` (the CLI's own bundle, which serves the
 * worker when it is not the main thread).
 */
export function activityInWorker(script: URL, splitFrom = SPLIT_FROM_CHARS) {
  return (path: string, options: CliOptions, signal: AbortSignal): Promise<Table<ActivityColumns>> => {
    const text = fileText("activity", path, options);
    const halves = text.length >= splitFrom ? splitAtRow(text, WORKER_SHARE) : null;
    if (!halves) return inWorker(script, { path, text, options }, signal);
    const first = inWorker(script, { path, text: halves.first, options }, signal);
    let second: Table<ActivityColumns>;
    try {
      second = readActivityText(path, halves.second, options);
    } catch (error) {
      first.catch(() => undefined);
      throw error;
    }
    return first.then((table) => joinActivity(table, second, halves.rowOffset));
  };
}
