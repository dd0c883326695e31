import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id at the OWASP Password Storage Cheat Sheet's first recommended
 * setting: 19 MiB of memory, 2 iterations, 1 lane.
 */
const ARGON2ID = 2; // Algorithm.Argon2id; the package's const enum cannot cross isolated modules.
export const PASSWORD_HASH_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when no user matches makes a wrong email cost as much
// time as a wrong password, so sign-in does not reveal who has an account.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("parapet-decoy-password-for-timing");
  return decoyHash;
}
