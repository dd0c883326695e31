import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AppError, ROLES, type Role } from "@parapet/core";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { defaultPacksDir } from "../packs/load-packs-from-disk.js";

/**
 * The inbox's rules from a pack's `inbox.yaml` (packs/<id>/inbox.yaml): who may take each
 * moderation action and who is told at once of a crisis or threat, each with its clause. Packs
 * are data; this reads them.
 */
export const MODERATION_ACTIONS = ["hide", "unhide", "delete", "reinstate"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

const ruleSchema = z.object({
  roles: z.array(z.enum(ROLES)).min(1),
  clause: z.string().min(1).max(500),
});
export type InboxRule = { roles: readonly Role[]; clause: string };

const fileSchema = z.strictObject({
  pack: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  extends: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
    .optional(),
  moderation: z.partialRecord(z.enum(MODERATION_ACTIONS), ruleSchema).optional(),
  alert: ruleSchema.optional(),
});

export interface InboxPack {
  pack: string;
  moderation: Readonly<Record<ModerationAction, InboxRule>>;
  alert: InboxRule;
}

/** Checks one inbox.yaml a trust has written (`parapet packs validate`); throws naming the field. */
export function checkInboxFile(yamlText: string, source: string): { pack: string } {
  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    throw new AppError("validation", `${source}: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("validation", `${source}: ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  return { pack: parsed.data.pack };
}

const cache = new Map<string, InboxPack>();

/** The inbox rules of a pack and the packs it extends (a child's rule replaces its parent's). */
export function loadInboxPack(id: string, dir: string = defaultPacksDir()): InboxPack {
  const key = `${dir}\u0000${id}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const chain: z.infer<typeof fileSchema>[] = [];
  for (let at: string | undefined = id; at; ) {
    if (chain.length > 8)
      throw new Error(`packs/${id}/inbox.yaml: the packs it extends go round in a circle`);
    const path = join(dir, at, "inbox.yaml");
    if (!existsSync(path)) {
      if (at === id && chain.length === 0 && existsSync(join(dir, at, "pack.yaml"))) {
        at = "nhs-core";
        continue;
      }
      throw new AppError("not_found", `The pack "${at}" has no inbox.yaml.`);
    }
    const parsed = fileSchema.safeParse(parseYaml(readFileSync(path, "utf8")));
    if (!parsed.success)
      throw new Error(
        `packs/${at}/inbox.yaml: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`,
      );
    chain.unshift(parsed.data);
    at = parsed.data.extends;
  }
  const merged: Partial<Record<ModerationAction, InboxRule>> = {};
  let alert: InboxRule | undefined;
  for (const file of chain) {
    Object.assign(merged, file.moderation ?? {});
    alert = file.alert ?? alert;
  }
  for (const action of MODERATION_ACTIONS)
    if (!merged[action]) throw new Error(`packs/${id}/inbox.yaml: no rule says who may ${action}`);
  if (!alert) throw new Error(`packs/${id}/inbox.yaml: no rule says who is alerted`);
  const pack: InboxPack = {
    pack: id,
    moderation: merged as Record<ModerationAction, InboxRule>,
    alert,
  };
  cache.set(key, pack);
  return pack;
}
