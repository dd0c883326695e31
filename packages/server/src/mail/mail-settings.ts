import { readFileSync } from "node:fs";
import { SecretValue } from "../secrets/secret-value.js";

/**
 * Where e-mail goes: an SMTP server given as PARAPET_SMTP_URL
 * (`smtp://user:password@host:587`, STARTTLS required; `smtps://…:465`, TLS from
 * the start; `smtp://host:25?tls=off` only for a relay on the same machine) and
 * the sender, PARAPET_MAIL_FROM. The password is a SecretValue, so the settings
 * can be logged without it.
 */
export interface MailSettings {
  host: string;
  port: number;
  /** TLS from the first byte (smtps). */
  secure: boolean;
  /** Refuse to send unless the server offers STARTTLS (always, unless `tls=off`). */
  requireTls: boolean;
  auth: { user: string; pass: SecretValue } | undefined;
  from: string;
  /** Where links in e-mail point (PARAPET_PUBLIC_URL, e.g. https://parapet.example.nhs.uk). */
  publicUrl: string;
  /** PEM certificates to trust for the SMTP server's TLS besides the system's (PARAPET_SMTP_CA_FILE): a trust's own CA. */
  ca?: string;
}

export function mailSettingsFromEnv(env: NodeJS.ProcessEnv): MailSettings | undefined {
  const url = env.PARAPET_SMTP_URL;
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("PARAPET_SMTP_URL must be a URL such as smtp://user:password@smtp.example.nhs.uk:587");
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:")
    throw new Error(`PARAPET_SMTP_URL must start smtp:// or smtps://, not ${parsed.protocol}//`);
  const secure = parsed.protocol === "smtps:";
  const port = parsed.port ? Number(parsed.port) : secure ? 465 : 587;
  const from = env.PARAPET_MAIL_FROM;
  if (!from)
    throw new Error(
      'PARAPET_SMTP_URL is set, so set PARAPET_MAIL_FROM too (e.g. "Parapet <parapet@example.nhs.uk>")',
    );
  const publicUrl = env.PARAPET_PUBLIC_URL;
  if (!publicUrl || !/^https?:\/\/[^/]+/.test(publicUrl))
    throw new Error(
      "PARAPET_SMTP_URL is set, so set PARAPET_PUBLIC_URL too: the address people open Parapet at (e.g. https://parapet.example.nhs.uk), for the links in e-mail",
    );
  const caFile = env.PARAPET_SMTP_CA_FILE;
  let ca: string | undefined;
  if (caFile) {
    try {
      ca = readFileSync(caFile, "utf8");
    } catch (error) {
      throw new Error(`PARAPET_SMTP_CA_FILE cannot be read: ${(error as Error).message}`);
    }
  }
  return {
    host: parsed.hostname,
    port,
    secure,
    requireTls: !secure && parsed.searchParams.get("tls") !== "off",
    auth: parsed.username
      ? {
          user: decodeURIComponent(parsed.username),
          pass: new SecretValue(decodeURIComponent(parsed.password)),
        }
      : undefined,
    from,
    publicUrl: withoutTrailingSlashes(publicUrl),
    ...(ca ? { ca } : {}),
  };
}

function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === "/") end -= 1;
  return url.slice(0, end);
}
