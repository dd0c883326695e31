import http from "node:http";

export interface StreamEvent {
  event: string;
  data: string;
  /** performance.now() when it arrived. */
  at: number;
}

export interface OpenStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  events: StreamEvent[];
  comments: number;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  /** The first event (from `from` on) that matches, or an error after `timeoutMs`. */
  next(match: (e: StreamEvent) => boolean, timeoutMs: number, from?: number): Promise<StreamEvent>;
  close(): void;
}

/**
 * A server-sent events client over node:http, reading the stream as a browser's EventSource
 * would (events, data lines, comments); for tests and the benchmark.
 */
export function openEventStream(url: string, cookie: string): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers: { cookie, accept: "text/event-stream" } }, (response) => {
      const events: StreamEvent[] = [];
      const waiters = new Set<() => void>();
      let buffer = "";
      let endResolve: () => void = () => undefined;
      const ended = new Promise<void>((r) => {
        endResolve = r;
      });
      const stream: OpenStream = {
        status: response.statusCode ?? 0,
        headers: response.headers,
        events,
        comments: 0,
        ended,
        next(match, timeoutMs, from = 0) {
          return new Promise((resolveNext, rejectNext) => {
            const check = () => {
              const found = events.slice(from).find(match);
              if (found) {
                waiters.delete(check);
                clearTimeout(timer);
                resolveNext(found);
              }
            };
            const timer = setTimeout(() => {
              waiters.delete(check);
              rejectNext(
                new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`),
              );
            }, timeoutMs);
            waiters.add(check);
            check();
          });
        },
        close: () => request.destroy(),
      };
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let event = "message";
          const data: string[] = [];
          let comment = false;
          for (const line of block.split("\n")) {
            if (line.startsWith(":")) comment = true;
            else if (line.startsWith("event: ")) event = line.slice(7);
            else if (line.startsWith("data: ")) data.push(line.slice(6));
          }
          if (data.length > 0) events.push({ event, data: data.join("\n"), at: performance.now() });
          else if (comment) stream.comments += 1;
        }
        for (const waiter of [...waiters]) waiter();
      });
      response.on("end", endResolve);
      response.on("close", endResolve);
      resolve(stream);
    });
    request.on("error", reject);
  });
}
