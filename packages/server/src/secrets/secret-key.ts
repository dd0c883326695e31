import { createHash, randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A 256-bit AES key and the id stored beside every value it encrypts. */
export interface SecretKey {
  id: string;
  bytes: Buffer;
}

/** The key new values are encrypted with, and every key old values may be read with. */
export interface SecretKeyring {
  current: SecretKey;
  all: ReadonlyMap<string, SecretKey>;
  /** Where the current key came from, for the start-up message (never the key itself). */
  source: string;
}

export const SECRET_KEY_FILE = "secret.key";

/**
 * Parses a key given as 32 bytes in base64 (`openssl rand -base64 32`) or hex
 * (`openssl rand -hex 32`). The id is a hash of the key, so it names the key
 * without revealing it, and needs no configuration of its own.
 */
export function parseSecretKey(text: string, name: string): SecretKey {
  const trimmed = text.trim();
  const bytes = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, "hex")
    : /^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)
      ? Buffer.from(trimmed, "base64")
      : undefined;
  if (bytes?.length !== 32)
    throw new Error(
      `${name} must be a 256-bit key: 32 random bytes in base64 or hex (make one with \`openssl rand -base64 32\`)`,
    );
  return { id: secretKeyId(bytes), bytes };
}

export function secretKeyId(bytes: Buffer): string {
  return createHash("sha256").update("parapet secret key id\n").update(bytes).digest("hex").slice(0, 16);
}

export function keyring(current: SecretKey, others: readonly SecretKey[], source: string): SecretKeyring {
  const all = new Map<string, SecretKey>();
  for (const key of [current, ...others]) all.set(key.id, key);
  return { current, all, source };
}

/**
 * The key of an embedded (PGlite) installation that was given none: read from the
 * data directory, or made there on first start, readable by its owner only. This
 * is a demonstration's convenience, not protection: a copy of the data directory
 * carries the key with the ciphertexts. Production sets PARAPET_SECRET_KEY and
 * keeps it out of the database's backups.
 */
export function dataDirectorySecretKey(dataDir: string): { key: SecretKey; created: boolean } {
  const path = join(dataDir, SECRET_KEY_FILE);
  if (existsSync(path)) return { key: parseSecretKey(readFileSync(path, "utf8"), path), created: false };
  const text = `${randomBytes(32).toString("base64")}\n`;
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
  return { key: parseSecretKey(text, path), created: true };
}

/** The data directory's key if one was made there earlier; never makes one. */
export function readDataDirectorySecretKey(dataDir: string): SecretKey | undefined {
  const path = join(dataDir, SECRET_KEY_FILE);
  return existsSync(path) ? parseSecretKey(readFileSync(path, "utf8"), path) : undefined;
}

/** The key of an in-memory database: lives and dies with the process (tests). */
export function ephemeralSecretKey(): SecretKey {
  const bytes = randomBytes(32);
  return { id: secretKeyId(bytes), bytes };
}
