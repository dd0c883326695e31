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
  };
}
