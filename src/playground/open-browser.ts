/** Opening the playground in the user's browser, except in CI, tests, or when asked not to. */
import { spawn } from "node:child_process";

export function shouldOpenBrowser(env: NodeJS.ProcessEnv): boolean {
  return !env.CI && env.BROWSER !== "none";
}

/** The platform's "open this URL" command. */
export function openCommand(platform: NodeJS.Platform): string {
  if (platform === "darwin") return "open";
  if (platform === "win32") return "explorer";
  return "xdg-open";
}

/** Best effort: a machine without a desktop simply keeps the printed address. */
export function openBrowser(url: string): void {
  try {
    const child = spawn(openCommand(process.platform), [url], { stdio: "ignore", detached: true });
    child.on("error", () => undefined);
    child.unref();
  } catch {
    // Nothing to do: the address is already printed.
  }
}
