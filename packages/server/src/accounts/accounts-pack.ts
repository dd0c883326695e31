import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type AccountsFile,
  type AccountsPack,
  AppError,
  parseAccountsFile,
  resolveAccountsPack,
} from "@parapet/core";
import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { organisationPack } from "../organisations/organisations.repository.js";
import { defaultPacksDir } from "../packs/load-packs-from-disk.js";

const cache = new Map<string, AccountsPack>();

/**
 * A pack's account rules (packs/<id>/accounts.yaml) resolved against the packs it extends; a
 * pack without the file takes nhs-core's. Errors name the file and the field.
 */
export function loadAccountsPack(id: string, dir: string = defaultPacksDir()): AccountsPack {
  const key = `${dir}\u0000${id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const chain: AccountsFile[] = [];
  for (let at: string | undefined = id; at; ) {
    if (chain.length > 8)
      throw new AppError(
        "validation",
        `packs/${id}/accounts.yaml: the packs it extends go round in a circle`,
      );
    const path = join(dir, at, "accounts.yaml");
    if (!existsSync(path)) {
      if (at === id && chain.length === 0 && existsSync(join(dir, at, "pack.yaml")) && at !== "nhs-core") {
        at = "nhs-core";
        continue;
      }
      throw new AppError("not_found", `The pack "${at}" has no accounts.yaml.`);
    }
    const file = parseAccountsFile(readFileSync(path, "utf8"), `packs/${at}/accounts.yaml`);
    if (file.pack !== at)
      throw new AppError(
        "validation",
        `packs/${at}/accounts.yaml: pack: says "${file.pack}", but the directory is "${at}"`,
      );
    chain.unshift(file);
    at = file.extends;
  }
  const pack = { ...resolveAccountsPack(chain, `packs/${id}/accounts.yaml`), pack: id };
  cache.set(key, pack);
  return pack;
}

/** The account rules of the pack an organisation uses (loadAccountsPack of its pack). */
export async function accountsPackOf(db: Kysely<DB>, organisationId: string): Promise<AccountsPack> {
  return loadAccountsPack(await organisationPack(db, organisationId));
}
