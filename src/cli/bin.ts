#!/usr/bin/env node
import { run } from "./main";

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
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
