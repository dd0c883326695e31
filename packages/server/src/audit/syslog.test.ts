import { createSocket } from "node:dgram";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CheckpointLog } from "./audit-checkpoints.js";
import { parseAuditKey } from "./audit-key.js";
import { syslogSender } from "./syslog.js";

const key = parseAuditKey(Buffer.alloc(32, 4).toString("base64"), "test");
const heads = [
  { chain: "11111111-1111-4111-8111-111111111111", seq: 12, hash: "a".repeat(64) },
  { chain: "installation", seq: 1, hash: "b".repeat(64) },
];
const file = () => join(mkdtempSync(join(tmpdir(), "parapet-syslog-")), "checkpoints.jsonl");

describe("checkpoints sent to syslog on loopback", () => {
  it("sends each checkpoint as an RFC 5424 message over UDP", async () => {
    const server = createSocket("udp4");
    const received: string[] = [];
    await new Promise<void>((resolve) => server.bind(0, "127.0.0.1", resolve));
    server.on("message", (message) => received.push(message.toString()));
    try {
      const log = new CheckpointLog(file(), key, syslogSender(`udp://127.0.0.1:${server.address().port}`));
      expect(await log.record(heads, new Date("2026-11-24T10:00:00Z"))).toBe(2);
      for (let i = 0; i < 100 && received.length < 2; i += 1) await new Promise((r) => setTimeout(r, 20));
      expect(received).toHaveLength(2);
      expect(received[0]).toMatch(
        /^<134>1 \S+ \S+ parapet \d+ audit-checkpoint - \{"at":"2026-11-24T10:00:00.000Z"/,
      );
      // What syslog holds is the file's line, MAC and all: either copy can be checked.
      expect(received.map((m) => m.slice(m.indexOf("{")))).toEqual(
        log
          .read()
          .checkpoints.map((c) =>
            JSON.stringify({ at: c.at, chain: c.chain, seq: c.seq, hash: c.hash, key: c.key, mac: c.mac }),
          ),
      );
      // Nothing moved: nothing more is written or sent.
      expect(await log.record(heads, new Date())).toBe(0);
    } finally {
      server.close();
    }
  });

  it("sends them octet-counted over TCP", async () => {
    let data = "";
    const server = createServer((socket) => socket.on("data", (chunk) => (data += chunk.toString())));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      const log = new CheckpointLog(file(), key, syslogSender(`tcp://127.0.0.1:${port}`));
      await log.record(heads, new Date("2026-11-24T10:00:00Z"));
      for (let i = 0; i < 100 && !data.includes("installation"); i += 1)
        await new Promise((r) => setTimeout(r, 20));
      const first = /^(\d+) /.exec(data);
      expect(first).not.toBeNull();
      const length = Number(first?.[1]);
      expect(Buffer.byteLength(data.slice((first?.[0] ?? "").length)).valueOf()).toBeGreaterThan(length);
      expect(data).toMatch(/audit-checkpoint - \{"at".*"chain":"installation"/);
    } finally {
      server.close();
    }
  });

  it("refuses a target it cannot use, with the variable named", () => {
    expect(() => syslogSender("http://example.org")).toThrow(
      /PARAPET_AUDIT_SYSLOG must be udp:\/\/host:port/,
    );
    expect(() => syslogSender("udp://host")).toThrow(/PARAPET_AUDIT_SYSLOG/);
  });
});
