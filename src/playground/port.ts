/** Listening on the asked port, or the next free one, so `npm start` works beside another server. */
import type { Server } from "node:http";

/** How many ports after the asked one are tried before giving up. */
export const PORT_ATTEMPTS = 20;

/** The port from $PORT (0 means "any free port", as tests use), else 8080. */
export function requestedPort(env: NodeJS.ProcessEnv): number {
  const text = env.PORT?.trim();
  if (!text) return 8080;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, not "${text}"`);
  return port;
}

function listenOnce(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      server.off("listening", onListening);
      reject(error);
    };
    const onListening = (): void => {
      server.off("error", onError);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port, host);
  });
}

/** Listens on `port`, or the first free port after it when it is taken; resolves to the port in use. */
export async function listenOnFreePort(server: Server, port: number, host: string): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await listenOnce(server, port + attempt, host);
    } catch (error) {
      const inUse = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
      // Port 0 never collides; a taken port past the last attempt, or any other error, is final.
      if (!inUse || port === 0 || attempt + 1 >= PORT_ATTEMPTS || port + attempt >= 65535) throw error;
    }
  }
}
