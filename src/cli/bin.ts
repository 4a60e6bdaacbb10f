#!/usr/bin/env node
import { isMainThread } from "node:worker_threads";
import { limitIdsForTests } from "../core/id-table";
import { activityInWorker, serveActivityWorker } from "./activity-worker";
import { run } from "./main";

// COMMUNITY_FUNNEL_ID_LIMIT lets tests reach the member-id limit without 16 million ids (both threads).
if (Number(process.env.COMMUNITY_FUNNEL_ID_LIMIT) > 0)
  limitIdsForTests(Number(process.env.COMMUNITY_FUNNEL_ID_LIMIT));

// This bundle is also the activity reader's worker script (see activity-worker.ts).
if (isMainThread) main();
else serveActivityWorker();

function main(): void {
  // A reader that stops early (| head) closes the pipe: stop quietly, as other commands do, not
  // with an EPIPE stack trace and exit code 1.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
  run(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    terminal: process.stdout.isTTY === true,
    // COMMUNITY_FUNNEL_SPLIT_FROM (bytes) lets tests split small files across the threads.
    readActivity: activityInWorker(
      new URL(import.meta.url),
      Number(process.env.COMMUNITY_FUNNEL_SPLIT_FROM) || undefined,
    ),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `community-funnel: unexpected error: ${error instanceof Error ? error.stack : error}\n`,
      );
      process.exitCode = 1;
    },
  );
}
