import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { SecretKey } from "./secret-key.js";

export interface SealedSecret {
  keyId: string;
  iv: Buffer;
  ciphertext: Buffer;
  authTag: Buffer;
}

/**
 * What a sealed value is bound to. AES-GCM authenticates it with the
 * ciphertext, so a value copied to another organisation's or account's row (by
 * someone who can write the database but has no key) fails to open.
 */
export interface SecretAddress {
  organisationId: string;
  account: string;
  name: string;
}

function additionalData(address: SecretAddress): Buffer {
  return Buffer.from(
    JSON.stringify(["parapet secret v1", address.organisationId, address.account, address.name]),
  );
}

/** AES-256-GCM with a fresh random 96-bit IV for every value (NIST SP 800-38D §8.2.2). */
export function sealSecret(key: SecretKey, address: SecretAddress, plaintext: string): SealedSecret {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.bytes, iv, { authTagLength: 16 });
  cipher.setAAD(additionalData(address));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return { keyId: key.id, iv, ciphertext, authTag: cipher.getAuthTag() };
}

/** Throws when the key is wrong or the stored value, its tag or its address was changed. */
export function openSecret(key: SecretKey, address: SecretAddress, sealed: SealedSecret): string {
  const decipher = createDecipheriv("aes-256-gcm", key.bytes, sealed.iv, { authTagLength: 16 });
  decipher.setAAD(additionalData(address));
  decipher.setAuthTag(sealed.authTag);
  return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]).toString("utf8");
}
