import { AppError } from "@parapet/core";
import type { Kysely } from "kysely";
import type { Clock } from "../clock.js";
import type { DB } from "../db/schema.js";
import { openSecret, type SecretAddress, sealSecret } from "./secret-box.js";
import type { SecretKeyring } from "./secret-key.js";
import { SecretValue } from "./secret-value.js";
import {
  countSecretsByKey,
  deleteSecret,
  findSecret,
  lockSecretsNotUnder,
  upsertSecret,
} from "./secrets.repository.js";

/** Secret values are tokens and signing keys, not documents. */
export const MAX_SECRET_LENGTH = 16_384;
const NAME = /^[a-z][a-z0-9_.-]{0,99}$/;

/**
 * Platform tokens and webhook secrets, encrypted at rest (AES-256-GCM, key from
 * PARAPET_SECRET_KEY) and named per organisation and platform account, e.g.
 * `{ account: "facebook:1234567890", name: "page_access_token" }`. Values come
 * back as SecretValue, which never prints: read one at the point of use, and
 * never put one in an API reply or a job's payload (a job carries the secret's
 * address and reads it when it runs).
 *
 * Every method takes the database or the caller's transaction, so that storing a
 * connector's token commits with the connector's own row.
 */
export class Secrets {
  readonly #keys: SecretKeyring | undefined;
  readonly #clock: Clock;

  constructor(keys: SecretKeyring | undefined, clock: Clock) {
    this.#keys = keys;
    this.#clock = clock;
  }

  /** The current key's id and where it came from (never the key). */
  get keyInfo(): { id: string; source: string } | undefined {
    return this.#keys && { id: this.#keys.current.id, source: this.#keys.source };
  }

  async store(db: Kysely<DB>, address: SecretAddress, value: string): Promise<void> {
    const keys = this.#required();
    checkAddress(address);
    if (value.length === 0 || value.length > MAX_SECRET_LENGTH)
      throw new AppError("validation", `A secret must be 1 to ${MAX_SECRET_LENGTH} characters long.`);
    const sealed = sealSecret(keys.current, address, value);
    await upsertSecret(db, { ...address, ...sealed }, this.#clock.now());
  }

  async read(db: Kysely<DB>, address: SecretAddress): Promise<SecretValue | undefined> {
    const keys = this.#required();
    const stored = await findSecret(db, address);
    if (!stored) return undefined;
    const key = keys.all.get(stored.keyId);
    if (!key)
      throw new Error(
        `the secret "${address.name}" of ${address.account} was encrypted with key ${stored.keyId}, which this server does not have: set PARAPET_SECRET_KEY_PREVIOUS to it`,
      );
    try {
      return new SecretValue(openSecret(key, address, stored));
    } catch {
      throw new Error(
        `the secret "${address.name}" of ${address.account} cannot be decrypted: it was altered in the database`,
      );
    }
  }

  async remove(db: Kysely<DB>, address: SecretAddress): Promise<boolean> {
    return deleteSecret(db, address);
  }

  /**
   * At start: refuses to run when secrets are stored but cannot be read (no key,
   * or a key that sealed some of them is missing), and re-encrypts under the
   * current key any secret sealed with a previous one. Returns how many it
   * re-encrypted.
   */
  async prepare(db: Kysely<DB>): Promise<number> {
    const byKey = await countSecretsByKey(db);
    const total = [...byKey.values()].reduce((a, b) => a + b, 0);
    if (total === 0) return 0;
    if (!this.#keys)
      throw new Error(
        `PARAPET_SECRET_KEY is not set, but ${total} platform secret(s) are stored (a connector is configured): set it to the key they were stored with`,
      );
    const keys = this.#keys;
    const unknown = [...byKey.keys()].filter((id) => !keys.all.has(id));
    if (unknown.length > 0)
      throw new Error(
        `stored secrets were encrypted with key(s) ${unknown.join(", ")}, which are neither PARAPET_SECRET_KEY (${keys.current.id}) nor in PARAPET_SECRET_KEY_PREVIOUS: set the key they were stored with`,
      );
    if (byKey.size === 1 && byKey.has(keys.current.id)) return 0;
    return db.transaction().execute(async (trx) => {
      const old = await lockSecretsNotUnder(trx, keys.current.id);
      const now = this.#clock.now();
      for (const stored of old) {
        const key = keys.all.get(stored.keyId);
        if (!key) continue;
        const sealed = sealSecret(keys.current, stored, openSecret(key, stored, stored));
        await upsertSecret(trx, { ...stored, ...sealed }, now);
      }
      return old.length;
    });
  }

  #required(): SecretKeyring {
    if (!this.#keys)
      throw new AppError(
        "conflict",
        "Platform secrets cannot be stored or read: PARAPET_SECRET_KEY is not set on this server.",
      );
    return this.#keys;
  }
}

function checkAddress(address: SecretAddress): void {
  if (!NAME.test(address.name))
    throw new AppError("validation", "A secret's name is lower-case letters, digits, '.', '_' or '-'.");
  if (address.account.length === 0 || address.account.length > 200)
    throw new AppError("validation", "A secret's account must be 1 to 200 characters long.");
}
