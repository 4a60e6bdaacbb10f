/**
 * Reads a large activity export on both of the machine's cores: it is by far the largest table,
 * and reading it is most of a report's time. When the text can be cut at a row boundary
 * (no quotes), a worker thread reads the first part while this thread reads the rest (and
 * then the members and orders); otherwise the worker reads it all. Columns come back as
 * transferred buffers, not copies.
 */
import { parentPort, Worker } from "node:worker_threads";
import { splitAtRow } from "../core/delimited";
import { TableError } from "../core/headers";
import { joinActivity, type Table } from "../core/tables";
import type { ActivityColumns } from "../core/types";
import { type CliOptions, UsageError } from "./args";
import { fileText, readActivityText } from "./read-tables";

type Reply = { ok: true; table: Table<ActivityColumns[]> } | { ok: false; fixable: boolean; message: string };
interface Task {
  path: string;
  text: string;
  options: CliOptions;
}

/** Below this size a second thread costs more than it saves. */
const SPLIT_FROM_CHARS = 4_000_000;
/**
 * The worker's share of the rows: this thread also decodes the file, reads members and orders
 * and counts them (MembersAndOrders), so an even cut left the worker idle at the end. Tuned on
 * npm run bench, where either thread now finishes first about as often.
 */
const WORKER_SHARE = 0.7;

/** The worker's side: wait for the text, read it, reply once. */
export function serveActivityWorker(): void {
  parentPort!.once("message", ({ path, text, options }: Task) => {
    let reply: Reply;
    try {
      reply = { ok: true, table: readActivityText(path, text, options) };
    } catch (error) {
      const fixable = error instanceof UsageError || error instanceof TableError;
      const message =
        error instanceof Error ? (fixable ? error.message : (error.stack ?? error.message)) : String(error);
      reply = { ok: false, fixable, message };
    }
    const blocks = reply.ok ? reply.table.rows : [];
    const transfer = blocks.flatMap((b) => [
      b.id.buffer,
      b.day.buffer,
      b.count.buffer,
      b.ids.records.buffer,
      b.ids.hashes.buffer,
      b.ids.pool.buffer,
    ]);
    parentPort!.postMessage(reply, transfer as ArrayBuffer[]);
  });
}

interface ActivityWorker {
  /** Hands the worker its text; resolves to its reply. */
  read(task: Task): Promise<Table<ActivityColumns[]>>;
  stop(): void;
}

/** Starts a worker thread at once: it takes ~100 ms to boot, time this thread spends decoding the file. */
function startWorker(script: URL, signal: AbortSignal): ActivityWorker {
  const worker = new Worker(script);
  const stop = () => void worker.terminate();
  signal.addEventListener("abort", stop);
  const reply = new Promise<Table<ActivityColumns[]>>((resolve, reject) => {
    worker.once("message", (reply: Reply) => {
      if (reply.ok) resolve(reply.table);
      else reject(reply.fixable ? new UsageError(reply.message) : new Error(reply.message));
    });
    worker.once("error", reject);
    // After a reply this changes nothing; without one, the run must not wait for ever.
    worker.once("exit", (code) =>
      reject(new Error(`the activity worker stopped (exit code ${code}) without a reply`)),
    );
  });
  reply.catch(() => undefined); // rejections are handled where the reply is awaited
  return {
    read(task) {
      worker.postMessage(task);
      return reply;
    },
    stop,
  };
}

/**
 * The main thread's side: a reader that runs `script` (the CLI's own bundle, which serves the
 * worker when it is not the main thread).
 */
export function activityInWorker(script: URL, splitFrom = SPLIT_FROM_CHARS) {
  return (path: string, options: CliOptions, signal: AbortSignal): Promise<Table<ActivityColumns[]>> => {
    const worker = startWorker(script, signal);
    try {
      const text = fileText("activity", path, options);
      const halves = text.length >= splitFrom ? splitAtRow(text, WORKER_SHARE) : null;
      if (!halves) return worker.read({ path, text, options });
      const first = worker.read({ path, text: halves.first, options });
      const second = readActivityText(path, halves.second, options);
      return first.then((table) => joinActivity(table, second, halves.rowOffset));
    } catch (error) {
      worker.stop();
      throw error;
    }
  };
}
