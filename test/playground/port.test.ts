import { EventEmitter } from "node:events";
import { createServer, type Server } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { openCommand, shouldOpenBrowser } from "../../src/playground/open-browser";
import { listenOnFreePort, PORT_ATTEMPTS, requestedPort } from "../../src/playground/port";

const HOST = "127.0.0.1";
const servers: Server[] = [];

function server(): Server {
  const created = createServer();
  servers.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe("listenOnFreePort", () => {
  it("listens on the asked port when it is free", async () => {
    const probe = await listenOnFreePort(server(), 0, HOST);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    expect(await listenOnFreePort(server(), probe, HOST)).toBe(probe);
  });

  it("moves on to the next free port when the asked one is taken", async () => {
    const taken = await listenOnFreePort(server(), 0, HOST);
    const port = await listenOnFreePort(server(), taken, HOST);
    expect(port).toBeGreaterThan(taken);
    expect(port).toBeLessThan(taken + PORT_ATTEMPTS);
  });

  it("takes any free port for port 0, as the tests start it", async () => {
    expect(await listenOnFreePort(server(), 0, HOST)).toBeGreaterThan(0);
  });

  describe("edge cases", () => {
    /** A server whose every listen fails with `code`, counting the ports it was asked for. */
    function failingServer(code: string): { server: Server; ports: number[] } {
      const ports: number[] = [];
      const fake = new EventEmitter() as EventEmitter & { listen: (port: number) => void };
      fake.listen = (port) => {
        ports.push(port);
        queueMicrotask(() => fake.emit("error", Object.assign(new Error(code), { code })));
      };
      return { server: fake as unknown as Server, ports };
    }

    it("gives up with EADDRINUSE after trying PORT_ATTEMPTS ports from the asked one", async () => {
      const { server: busy, ports } = failingServer("EADDRINUSE");
      await expect(listenOnFreePort(busy, 8080, HOST)).rejects.toMatchObject({ code: "EADDRINUSE" });
      expect(ports).toEqual(Array.from({ length: PORT_ATTEMPTS }, (_, i) => 8080 + i));
    });

    it("does not try other ports for any other error", async () => {
      const { server: denied, ports } = failingServer("EACCES");
      await expect(listenOnFreePort(denied, 80, HOST)).rejects.toMatchObject({ code: "EACCES" });
      expect(ports).toEqual([80]);
    });
  });
});

describe("requestedPort", () => {
  it("uses $PORT, and 8080 without it", () => {
    expect(requestedPort({})).toBe(8080);
    expect(requestedPort({ PORT: "" })).toBe(8080);
    expect(requestedPort({ PORT: "9000" })).toBe(9000);
    expect(requestedPort({ PORT: "0" })).toBe(0);
  });

  it("refuses a PORT that is not a port number", () => {
    expect(() => requestedPort({ PORT: "http" })).toThrow('PORT must be a port number, not "http"');
    expect(() => requestedPort({ PORT: "70000" })).toThrow();
  });
});

describe("opening a browser", () => {
  it("opens one only outside CI and unless BROWSER=none", () => {
    expect(shouldOpenBrowser({})).toBe(true);
    expect(shouldOpenBrowser({ CI: "1" })).toBe(false);
    expect(shouldOpenBrowser({ CI: "true", BROWSER: "firefox" })).toBe(false);
    expect(shouldOpenBrowser({ BROWSER: "none" })).toBe(false);
  });

  it("uses the platform's own opener", () => {
    expect(openCommand("linux")).toBe("xdg-open");
    expect(openCommand("darwin")).toBe("open");
  });
});
