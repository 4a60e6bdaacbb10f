import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Browser tests start Chromium; the engine's own tests take milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one worker per core keeps the browser tests from starving.
    maxWorkers: 2,
    // The JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
  },
});
