import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";

/**
 * Errors Node's HTTP parser meets before there is a request for Fastify to handle
 * (headers too large, a request too slow to arrive, bytes that are not HTTP):
 * answered with the same JSON envelope and security headers as every other reply
 * (docs/interfaces.md §5), then the connection is closed.
 */
export function clientErrorHandler(securityHeaders: Readonly<Record<string, string>>) {
  const headerLines = Object.entries(securityHeaders)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join("");
  return (error: Error & { code?: string }, socket: Socket): void => {
    if (error.code === "ECONNRESET" || socket.destroyed) return;
    const [status, code, message] = describe(error.code);
    const body = JSON.stringify({ error: { code, message } });
    if (socket.writable) {
      socket.end(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${headerLines}` +
          "content-type: application/json; charset=utf-8\r\n" +
          `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    }
    // A client that stops reading must not keep the socket open: end() waits for it.
    setTimeout(() => socket.destroy(), 1000).unref();
  };
}

function describe(code: string | undefined): [number, string, string] {
  if (code === "ERR_HTTP_REQUEST_TIMEOUT")
    return [408, "timeout", "The request took too long to arrive. Send it again."];
  if (code === "HPE_HEADER_OVERFLOW")
    return [431, "headers_too_large", "The request's headers are too large (16 KB at most)."];
  return [400, "validation", "The request is not valid HTTP."];
}
