/**
 * Reads a large activity export on both of the machine's cores: it is by far the largest table,
 * and reading it is most of a report's time. When the file can be cut at a row boundary
 * (no quotes), a worker thread decodes and reads the first part of its bytes while this
 * thread reads the members and orders and then decodes and reads the rest; otherwise the
 * worker reads it all. Each thread counts its part against the members (countActivity): the
 * worker as soon as this thread has read them. Bytes and columns cross as transferred
 * buffers, not copies.
 */
import { existsSync, statSync } from "node:fs";
import { parentPort, Worker } from "node:worker_threads";
import { countActivity, type KnownMembers } from "../core/clean";
import { errorMessage } from "../core/errors";
import { TableError } from "../core/headers";
import { IdLimitError, IdTable, type IdTableParts } from "../core/id-table";
import { joinActivity } from "../core/inputs/activity";
import type { Table } from "../core/tables";
import type { ActivityColumns } from "../core/types";
import type { Labels } from "../shared/lang";
import { type InputFlags, UsageError } from "./args";
import { decode, type Encoding, encodingOf } from "./read-file";
import { type ActivityRead, type ActivityReading, fileBytes, readActivityText } from "./read-tables";
import { cutAtRow } from "./row-cut";

type Reply = ({ ok: true } & ActivityRead) | { ok: false; fixable: boolean; message: Labels };
interface Task {
  path: string;
  bytes: Uint8Array;
  encoding: Encoding;
  options: InputFlags;
}

/** Below this size a second thread costs more than it saves. */
const SPLIT_FROM_BYTES = 4_000_000;
/**
 * The worker's share of the activity's bytes: half of all the bytes the two threads read, since
 * this thread also reads every other table (members, orders, spend …) and counts the members and
 * orders, and an even cut left the worker idle at the end. On npm run bench's files (activity
 * 18.6 MB, members and orders 8.1 MB) that is 0.72; 0.75 is what timing both threads found, either
 * then finishing first about as often (at 0.7 the worker waited a median 95 ms for this one); a
 * spend or content export moves the cut further into the activity.
 * @example (18.6 + 8.1) / 2 / 18.6 //=> 0.7177…
 */
const WORKER_SHARE = 0.75;
/** The tables of the bench WORKER_SHARE was tuned on. */
const TUNED_WITH: ReadonlySet<string> = new Set(["activity", "members", "orders"]);

/**
 * The worker's share of the activity's bytes when this thread also reads `extraBytes` of other
 * tables (content, spend): the cut moves in by half of them, so that each thread still reads
 * about half of what was added. At most 0.9, so that this thread keeps a part to read.
 * @example workerShare(18_600_000, 4_100_000) //=> 0.86
 */
export function workerShare(activityBytes: number, extraBytes: number): number {
  return Math.min(0.9, WORKER_SHARE + extraBytes / (2 * activityBytes));
}

/** The bytes of the tables WORKER_SHARE was not tuned with: this thread reads them too. */
function extraBytes(options: InputFlags): number {
  let bytes = 0;
  for (const [table, path] of Object.entries(options.files)) {
    // A missing file is reported when its table is read, in the tables' order.
    if (!TUNED_WITH.has(table) && path && existsSync(path)) bytes += statSync(path).size;
  }
  return bytes;
}

function failure(error: unknown): Reply {
  const fixable = error instanceof UsageError || error instanceof TableError || error instanceof IdLimitError;
  if (fixable)
    return { ok: false, fixable, message: { en: errorMessage(error, "en"), zh: errorMessage(error, "zh") } };
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return { ok: false, fixable, message: { en: message, zh: message } };
}

function reply(answer: Reply): void {
  const buffers = answer.ok
    ? [
        ...answer.table.rows.flatMap((b) => [b.id, b.day, b.count, b.ids.records, b.ids.hashes, b.ids.pool]),
        ...answer.counted.flatMap((c) => [c.member, c.day, c.count]),
      ].map((array) => array.buffer as ArrayBuffer)
    : [];
  parentPort!.postMessage(answer, buffers);
}

/** The worker's side: read the text, then count it against the members once they come; reply once. */
export function serveActivityWorker(): void {
  parentPort!.once("message", ({ path, bytes, encoding, options }: Task) => {
    let table: Table<ActivityColumns[]>;
    try {
      table = readActivityText(path, decode(bytes, encoding), options);
    } catch (error) {
      reply(failure(error));
      return;
    }
    // Listening before this handler returns: the members' message is not dispatched before then.
    parentPort!.once("message", ({ parts, staff }: { parts: IdTableParts; staff: Uint8Array | null }) => {
      try {
        const members = { ids: IdTable.fromParts(parts), staff };
        reply({ ok: true, table, counted: table.rows.map((block) => countActivity(members, block)) });
      } catch (error) {
        reply(failure(error));
      }
    });
  });
}

interface ActivityWorker {
  /** Hands the worker its bytes; resolves to its reply, which comes after `members`. */
  read(task: Task, transfer: ArrayBuffer[]): Promise<ActivityRead>;
  members(known: KnownMembers): void;
  stop(): void;
}

/** Starts a worker thread at once: it takes ~100 ms to boot, time this thread spends reading and cutting the file. */
function startWorker(script: URL, signal: AbortSignal): ActivityWorker {
  const worker = new Worker(script);
  const stop = () => void worker.terminate();
  signal.addEventListener("abort", stop);
  const answer = new Promise<ActivityRead>((resolve, reject) => {
    worker.once("message", (reply: Reply) => {
      if (reply.ok) resolve(reply);
      else reject(reply.fixable ? new UsageError(reply.message) : new Error(reply.message.en));
    });
    worker.once("error", reject);
    // After a reply this changes nothing; without one, the run must not wait for ever.
    worker.once("exit", (code) =>
      reject(new Error(`the activity worker stopped (exit code ${code}) without a reply`)),
    );
  });
  answer.catch(() => undefined); // rejections are handled where the reply is awaited
  return {
    read(task, transfer) {
      worker.postMessage(task, transfer);
      return answer;
    },
    members: ({ ids, staff }) => worker.postMessage({ parts: ids.parts(), staff }),
    stop,
  };
}

/**
 * The main thread's side: a reader that runs `script` (the CLI's own bundle, which serves the
 * worker when it is not the main thread).
 */
export function activityInWorker(script: URL, splitFrom = SPLIT_FROM_BYTES) {
  return (path: string, options: InputFlags, signal: AbortSignal): ActivityReading => {
    const worker = startWorker(script, signal);
    try {
      let bytes = fileBytes("activity", path);
      let encoding = encodingOf(bytes, options.encoding);
      if (encoding === "utf-16le" || encoding === "utf-16be") {
        // Rare (Excel's "Unicode text"): as UTF-8, its bytes can be cut like any other file's.
        bytes = Buffer.from(decode(bytes, encoding), "utf8");
        encoding = "utf-8";
      }
      const cut =
        bytes.length >= splitFrom ? cutAtRow(bytes, workerShare(bytes.length, extraBytes(options))) : null;
      // The cut's first part is a copy of its own, moved to the worker; a whole file is copied.
      const first = cut
        ? worker.read({ path, bytes: cut.first, encoding, options }, [cut.first.buffer as ArrayBuffer])
        : worker.read({ path, bytes, encoding, options }, []);
      return {
        membersRead: (members) => worker.members(members),
        async finish(members) {
          if (!cut) return first;
          const second = readActivityText(path, decode(cut.second, encoding), options);
          const counted = second.rows.map((block) => countActivity(members, block));
          const done = await first;
          return { table: joinActivity(done.table, second), counted: [...done.counted, ...counted] };
        },
      };
    } catch (error) {
      worker.stop();
      throw error;
    }
  };
}
