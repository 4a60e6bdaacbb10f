/** `npm start`: serves the playground (the build already ran) and prints where. */
import { openBrowser, shouldOpenBrowser } from "./open-browser";
import { startPlayground } from "./start";

try {
  const { url } = await startPlayground(process.env);
  console.log(`Community Funnel playground: ${url}`);
  if (shouldOpenBrowser(process.env)) openBrowser(url);
} catch (error) {
  // A bad PORT or a missing build is the user's to fix: one line saying what, not a stack trace.
  console.error(
    `Community Funnel playground could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
