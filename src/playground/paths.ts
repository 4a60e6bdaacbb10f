/**
 * Files the playground serves or loads, by path from the project root. The root is found by walking
 * up to package.json, so the same code works from src/ (tests) and from build/playground.js.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export function findProjectRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${start}`);
  }
}

export interface PlaygroundPaths {
  code: string;
  sidebar: string;
  sample: string;
  /** index.html and style.css. */
  clientSource: string;
  /** app.js, the bundled page script. */
  clientBuild: string;
}

export function playgroundPaths(root: string): PlaygroundPaths {
  return {
    code: join(root, "dist", "Code.js"),
    sidebar: join(root, "dist", "Sidebar.html"),
    sample: join(root, "samples", "insights-cn"),
    clientSource: join(root, "src", "playground", "client"),
    clientBuild: join(root, "build", "playground"),
  };
}
