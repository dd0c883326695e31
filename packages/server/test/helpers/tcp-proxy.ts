import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * A TCP proxy on loopback in front of PostgreSQL, that a test can take down (every
 * connection cut, the port closed), stall (connections held open, nothing passed on:
 * a database that hangs) and bring back on the same port.
 */
export class TcpProxy {
  readonly #target: { host: string; port: number };
  #server: Server | undefined;
  #sockets = new Set<Socket>();
  #stalled = false;
  port = 0;

  constructor(target: { host: string; port: number }) {
    this.#target = target;
  }

  async start(): Promise<void> {
    this.#stalled = false;
    const server = createServer((client) => {
      this.#sockets.add(client);
      client.on("close", () => this.#sockets.delete(client));
      client.on("error", () => undefined);
      if (this.#stalled) return;
      const upstream = connect(this.#target);
      this.#sockets.add(upstream);
      upstream.on("close", () => this.#sockets.delete(upstream));
      upstream.on("error", () => client.destroy());
      client.on("error", () => upstream.destroy());
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
      client.on("data", (chunk) => {
        if (!this.#stalled) upstream.write(chunk);
      });
      upstream.on("data", (chunk) => {
        if (!this.#stalled) client.write(chunk);
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    const address = server.address();
    this.port = typeof address === "object" && address ? address.port : 0;
    this.#server = server;
  }

  /** Passes nothing on, in either direction, and leaves every connection hanging. */
  stall(): void {
    this.#stalled = true;
  }

  /** Cuts every connection and closes the port, as a database host that went away. */
  async kill(): Promise<void> {
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    const server = this.#server;
    this.#server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
