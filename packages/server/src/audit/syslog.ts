import { createSocket } from "node:dgram";
import { connect } from "node:net";
import { hostname } from "node:os";

/** Sends audit checkpoints to a syslog server, so that a copy lives off this machine. */
export interface SyslogSender {
  send(lines: readonly string[]): Promise<void>;
  readonly target: string;
}

// local0 (16) × 8 + informational (6), RFC 5424 §6.2.1.
const PRIORITY = 16 * 8 + 6;
const TIMEOUT_MS = 5000;

/**
 * PARAPET_AUDIT_SYSLOG: `udp://host:514` or `tcp://host:601`. Each checkpoint goes as
 * one RFC 5424 message (MSGID audit-checkpoint, the JSON line as its text); over TCP
 * with octet counting (RFC 6587 §3.4.1).
 */
export function syslogSender(url: string): SyslogSender {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`PARAPET_AUDIT_SYSLOG must be udp://host:port or tcp://host:port, not ${url}`);
  }
  const protocol = parsed.protocol.replace(":", "");
  const port = Number(parsed.port);
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  if ((protocol !== "udp" && protocol !== "tcp") || !Number.isInteger(port) || port < 1 || !host)
    throw new Error(`PARAPET_AUDIT_SYSLOG must be udp://host:port or tcp://host:port, not ${url}`);
  const format = (line: string) =>
    `<${PRIORITY}>1 ${new Date().toISOString()} ${hostname() || "-"} parapet ${process.pid} audit-checkpoint - ${line}`;
  return {
    target: `${protocol}://${host}:${port}`,
    send: (lines) =>
      protocol === "udp" ? sendUdp(host, port, lines.map(format)) : sendTcp(host, port, lines.map(format)),
  };
}

function sendUdp(host: string, port: number, messages: readonly string[]): Promise<void> {
  const socket = createSocket(host.includes(":") ? "udp6" : "udp4");
  return new Promise<void>((resolve, reject) => {
    let left = messages.length;
    const timer = setTimeout(() => reject(new Error("syslog over UDP timed out")), TIMEOUT_MS);
    for (const message of messages) {
      socket.send(message, port, host, (error) => {
        if (error) reject(error);
        left -= 1;
        if (left === 0) resolve();
      });
    }
    if (left === 0) resolve();
    timer.unref();
  }).finally(() => socket.close());
}

function sendTcp(host: string, port: number, messages: readonly string[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port, timeout: TIMEOUT_MS });
    socket.on("timeout", () => socket.destroy(new Error("syslog over TCP timed out")));
    socket.on("error", reject);
    socket.on("connect", () => {
      const framed = messages.map((m) => `${Buffer.byteLength(m)} ${m}`).join("");
      socket.end(framed, () => resolve());
    });
  });
}
