/** Starting the playground: the spreadsheet, the HTTP server on a free port, and the address to print. */
import type { Server } from "node:http";
import { createPlaygroundServer } from "./http";
import { findProjectRoot, playgroundPaths } from "./paths";
import { Playground } from "./playground";
import { listenOnFreePort, requestedPort } from "./port";

/** Loopback only: the playground runs code on request and is meant for this machine alone. */
export const HOST = "127.0.0.1";

export interface RunningPlayground {
  server: Server;
  url: string;
}

export async function startPlayground(
  env: NodeJS.ProcessEnv,
  root: string = findProjectRoot(),
): Promise<RunningPlayground> {
  const paths = playgroundPaths(root);
  const server = createPlaygroundServer(new Playground(paths), paths);
  const port = await listenOnFreePort(server, requestedPort(env), HOST);
  return { server, url: `http://${HOST}:${port}/` };
}
