import type { AddressInfo, Socket } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { generate } from "selfsigned";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import type { MailSettings } from "../../src/mail/mail-settings.js";
import { SecretValue } from "../../src/secrets/secret-value.js";

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  /** The message as a mail client reads it (headers decoded, text and HTML parts apart). */
  parsed: ParsedMail;
}

export type SmtpFault =
  | { kind: "refuse"; at: "rcpt" | "data"; code: 421 | 451 | 550 | 554 }
  | { kind: "drop"; at: "mail" | "data" };

export interface LoopbackSmtp {
  port: number;
  received: ReceivedMail[];
  /** The faults to answer with, one per attempt, in order; when empty, mail is accepted. */
  faults: SmtpFault[];
  /** Connections made (one per attempt). */
  connections: number;
  /** The PEM certificate the server presents (self-signed, made for this run). */
  cert: string;
  settings(overrides?: Partial<MailSettings>): MailSettings;
  close(): Promise<void>;
}

export const SMTP_USER = "parapet";
export const SMTP_PASSWORD = "correct-horse-battery-staple-7Q";

/**
 * A real SMTP server on loopback for the mail tests: STARTTLS with a certificate made now
 * (unless `starttls: false`), a user name and password, and faults a test queues up (a
 * temporary or permanent refusal, a dropped connection).
 */
export async function startLoopbackSmtp(options: { starttls?: boolean } = {}): Promise<LoopbackSmtp> {
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    extensions: [
      { name: "basicConstraints", cA: false },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  const state = { received: [] as ReceivedMail[], faults: [] as SmtpFault[], connections: 0 };
  let current: SmtpFault | undefined;
  const fail = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });
  const serverOptions: SMTPServerOptions = {
    key: pems.private,
    cert: pems.cert,
    // Not just hidden: a client that insists on STARTTLS unannounced is refused too.
    ...(options.starttls === false ? { hideSTARTTLS: true, disabledCommands: ["STARTTLS"] } : {}),
    authMethods: ["PLAIN", "LOGIN"],
    allowInsecureAuth: options.starttls === false,
    logger: false,
    disableReverseLookup: true,
    onConnect(_session, callback) {
      state.connections += 1;
      current = state.faults.shift();
      callback();
    },
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD) callback(null, { user: SMTP_USER });
      else callback(fail(535, "Authentication credentials invalid"));
    },
    onMailFrom(_address, session, callback) {
      if (current?.kind === "drop" && current.at === "mail") return dropConnection(session, callback);
      callback();
    },
    onRcptTo(_address, _session, callback) {
      if (current?.kind === "refuse" && current.at === "rcpt")
        return callback(fail(current.code, `Mailbox unavailable, try later (${current.code})`));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (current?.kind === "refuse" && current.at === "data")
          return callback(fail(current.code, `Message not accepted (${current.code})`));
        if (current?.kind === "drop" && current.at === "data") return dropConnection(session, callback);
        const raw = Buffer.concat(chunks).toString("utf8");
        simpleParser(raw).then(
          (parsed) => {
            state.received.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((r) => r.address),
              raw,
              parsed,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  };
  const server = new SMTPServer(serverOptions);
  // A client that went away mid-session is not the test's failure.
  server.on("error", () => undefined);
  const sockets = new Set<Socket>();
  (server as unknown as { server: { on(e: "connection", f: (s: Socket) => void): void } }).server.on(
    "connection",
    (socket) => {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
    },
  );
  function dropConnection(_session: unknown, _callback: (error?: Error | null) => void): void {
    for (const socket of sockets) socket.destroy();
  }
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo)
    .port;
  return {
    port,
    get received() {
      return state.received;
    },
    faults: state.faults,
    get connections() {
      return state.connections;
    },
    cert: pems.cert,
    settings: (overrides = {}) => ({
      host: "127.0.0.1",
      port,
      secure: false,
      requireTls: true,
      auth: { user: SMTP_USER, pass: new SecretValue(SMTP_PASSWORD) },
      from: "Parapet <parapet@fenmoor.example.nhs.uk>",
      publicUrl: "https://parapet.fenmoor.example.nhs.uk",
      ca: pems.cert,
      ...overrides,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
