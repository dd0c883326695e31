import { createHash } from "node:crypto";
import nodemailer from "nodemailer";
import type { MailSettings } from "./mail-settings.js";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Each SMTP step's time limit: a server that stops answering fails the attempt, and the job retries. */
const SMTP_TIMEOUT_MS = 15_000;

/**
 * A Message-ID made from the job's idempotency key: every attempt of one job sends the same
 * one, so a receiving system that saw the first copy (the connection dropped after the server
 * accepted it) can drop the second.
 */
export function messageIdFor(idempotencyKey: string, from: string): string {
  const at = from.lastIndexOf("@");
  const domain = at >= 0 ? from.slice(at + 1).replace(/[^A-Za-z0-9.-]/g, "") : "";
  const hash = createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 32);
  return `<${hash}@${domain || "parapet.invalid"}>`;
}

/**
 * Sends one message through the configured SMTP server, over STARTTLS unless the settings say
 * otherwise. A fresh connection per message: alerts are few, and a pooled connection that died
 * quietly is one more way to lose one. What this throws never carries the password.
 */
export async function sendMail(
  settings: MailSettings,
  mail: OutgoingMail,
  options: { messageId: string; signal: AbortSignal },
): Promise<void> {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    requireTLS: settings.requireTls,
    ignoreTLS: !settings.secure && !settings.requireTls,
    ...(settings.auth ? { auth: { user: settings.auth.user, pass: settings.auth.pass.reveal() } } : {}),
    ...(settings.ca ? { tls: { ca: settings.ca } } : {}),
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
    logger: false,
    debug: false,
  });
  const aborted = new Promise<never>((_, reject) => {
    const stop = () =>
      reject(new Error("Sending the e-mail was stopped (the job timed out or the worker stopped)."));
    if (options.signal.aborted) stop();
    options.signal.addEventListener("abort", stop, { once: true });
  });
  try {
    await Promise.race([
      transport.sendMail({
        from: settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: options.messageId,
        disableFileAccess: true,
        disableUrlAccess: true,
      }),
      aborted,
    ]);
  } catch (error) {
    throw new Error(describeSmtpError(error, settings));
  } finally {
    transport.close();
  }
}

/** What went wrong, in words for the jobs page, with the password cut out wherever it appears. */
function describeSmtpError(error: unknown, settings: MailSettings): string {
  const e = error as { message?: string; responseCode?: number; code?: string };
  const where = `${settings.host}:${settings.port}`;
  let message = `The mail server at ${where} did not take the e-mail: ${e.message ?? String(error)}`;
  if (e.code === "ETLS" || /STARTTLS/i.test(e.message ?? ""))
    message = `The mail server at ${where} does not offer an encrypted connection (STARTTLS), which Parapet requires: ${e.message ?? ""}`;
  const password = settings.auth?.pass.reveal();
  if (password) message = message.split(password).join("[password]");
  return message.slice(0, 1000);
}
