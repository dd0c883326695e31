import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The key the audit trail's HMACs are made with. It lives outside the database, so
 * that someone who can rewrite the database cannot recompute the chain after
 * changing it. The id names the key (in checkpoints and messages) without revealing it.
 */
export interface AuditKey {
  readonly id: string;
  readonly bytes: Buffer;
  /** Where the key came from, for start-up messages (never the key itself). */
  readonly source: string;
}

export const AUDIT_KEY_FILE = "audit.key";
const MAKE_ONE = "make one with `openssl rand -base64 32`";

/** 32 bytes or more, given in base64 (`openssl rand -base64 32`) or hex (`openssl rand -hex 32`). */
export function parseAuditKey(text: string, source: string): AuditKey {
  const trimmed = text.trim();
  const bytes = /^(?:[0-9a-fA-F]{2}){32,}$/.test(trimmed)
    ? Buffer.from(trimmed, "hex")
    : /^[A-Za-z0-9+/_-]{43,}={0,2}$/.test(trimmed)
      ? Buffer.from(trimmed, "base64")
      : undefined;
  if (!bytes || bytes.length < 32)
    throw new Error(`${source} must be at least 32 random bytes in base64 or hex (${MAKE_ONE})`);
  return { id: auditKeyId(bytes), bytes, source };
}

export function auditKeyId(bytes: Buffer): string {
  return createHash("sha256").update("parapet audit key id\n").update(bytes).digest("hex").slice(0, 16);
}

/** Settings read from the environment (config.ts): where the key comes from. */
export interface AuditKeySettings {
  /** PARAPET_AUDIT_KEY, if set. */
  key: string | undefined;
  /** Production (DATABASE_URL set, or NODE_ENV=production): the key must be given. */
  production: boolean;
  /** The PGlite data directory, when the database is embedded on disk. */
  dataDir: string | undefined;
}

/**
 * PARAPET_AUDIT_KEY when set. Without it, production refuses to start; an embedded
 * installation keeps a key made in its data directory (a demonstration's convenience:
 * whoever can copy the directory has the key too, which the start-up message says);
 * an in-memory database gets a throwaway key.
 */
export function resolveAuditKey(
  settings: AuditKeySettings,
  say: (line: string) => void = () => undefined,
): AuditKey {
  if (settings.key) return parseAuditKey(settings.key, "PARAPET_AUDIT_KEY");
  if (settings.production)
    throw new Error(
      `PARAPET_AUDIT_KEY must be set in production (DATABASE_URL or NODE_ENV=production is set): it keys the audit trail's hashes and must live outside the database (${MAKE_ONE})`,
    );
  if (!settings.dataDir) {
    const bytes = randomBytes(32);
    return { id: auditKeyId(bytes), bytes, source: "memory (this process only)" };
  }
  const path = join(settings.dataDir, AUDIT_KEY_FILE);
  if (existsSync(path)) return parseAuditKey(readFileSync(path, "utf8"), path);
  const text = `${randomBytes(32).toString("base64")}\n`;
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
  say(
    `No PARAPET_AUDIT_KEY is set, so the audit trail is keyed with ${path}. That suits a demonstration: a copy of the data directory carries the key. Set PARAPET_AUDIT_KEY for real use.`,
  );
  return parseAuditKey(text, path);
}
