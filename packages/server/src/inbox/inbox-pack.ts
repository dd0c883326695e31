import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "@parapet/core/errors";
import { ROLES, type Role } from "@parapet/core/roles";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { defaultPacksDir } from "../packs/load-packs-from-disk.js";

/**
 * The inbox's rules from a pack's `inbox.yaml` (packs/<id>/inbox.yaml): who may take each
 * moderation action and who is told at once of a crisis or threat, each with its clause. Packs
 * are data; this reads them.
 */
export const MODERATION_ACTIONS = ["hide", "unhide", "delete", "reinstate", "report", "block"] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

const ruleSchema = z.object({
  roles: z.array(z.enum(ROLES)).min(1),
  clause: z.string().min(1).max(500),
});
export type InboxRule = { roles: readonly Role[]; clause: string };

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** A hand-off: the team's address where the policy gives one, the roles told in Parapet, the clause. */
const handOffSchema = z.strictObject({
  team: z.string().min(1).max(200),
  address: z.email().max(320).optional(),
  roles: z.array(z.enum(ROLES)).default([]),
  clause: z.string().min(1).max(500),
});
export type HandOffRule = {
  team: string;
  address?: string | undefined;
  roles: readonly Role[];
  clause: string;
};

const fileSchema = z.strictObject({
  pack: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/),
  extends: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/)
    .optional(),
  moderation: z.partialRecord(z.enum(MODERATION_ACTIONS), ruleSchema).optional(),
  alert: ruleSchema.optional(),
  /** Replies that wait for a second person (never their drafter) before they are sent. */
  replies: z
    .strictObject({
      approval: z.strictObject({
        required: z.boolean(),
        roles: z.array(z.enum(ROLES)).min(1),
        clause: z.string().min(1).max(500),
      }),
    })
    .optional(),
  /** When the team answers (e.g. TEWV Mon–Fri 9:00–16:30) and who is told of a crisis outside them. */
  hours: z
    .strictObject({
      days: z.array(z.number().int().min(1).max(7)).min(1),
      opens: hhmm,
      closes: hhmm,
      clause: z.string().min(1).max(500),
    })
    .optional(),
  out_of_hours: z
    .strictObject({
      on_call: z.strictObject({
        roles: z.array(z.enum(ROLES)).default([]),
        emails: z.array(z.email().max(320)).default([]),
      }),
      clause: z.string().min(1).max(500),
    })
    .optional(),
  /** Who is told when an item's due time passes: its assignee, then these roles. */
  escalation: ruleSchema.optional(),
  /** Where FOI and subject-access requests are handed off to, with the clause that says so. */
  hand_off: z
    .strictObject({ foi: handOffSchema.optional(), subject_access: handOffSchema.optional() })
    .optional(),
  auto_hide: z.strictObject({ clause: z.string().min(1).max(500) }).optional(),
  /**
   * What the team does when a message names or targets a member of staff (TEWV CORP-0068 §4.6):
   * the steps the inbox offers on such an item, each with its clause, and who may record them.
   */
  staff_support: z
    .strictObject({
      roles: z.array(z.enum(ROLES)).min(1),
      clause: z.string().min(1).max(500),
      steps: z
        .array(
          z.strictObject({
            step: z.string().regex(/^[a-z][a-z_]{0,39}$/),
            label: z.string().min(1).max(200),
            clause: z.string().min(1).max(500),
          }),
        )
        .min(1)
        .max(12)
        .refine((steps) => new Set(steps.map((s) => s.step)).size === steps.length, "each step once"),
    })
    .optional(),
});

export interface InboxPack {
  pack: string;
  moderation: Readonly<Record<ModerationAction, InboxRule>>;
  alert: InboxRule;
  approval: { required: boolean; roles: readonly Role[]; clause: string };
  hours: { days: readonly number[]; opens: string; closes: string; clause: string };
  outOfHours: { onCallRoles: readonly Role[]; onCallEmails: readonly string[]; clause: string };
  escalation: InboxRule;
  handOff: Partial<Record<"foi" | "subject_access", HandOffRule>>;
  autoHide: { clause: string };
  /** Null when the pack names no steps for messages that name or target staff. */
  staffSupport: StaffSupportRule | null;
}

export interface StaffSupportRule {
  roles: readonly Role[];
  clause: string;
  steps: readonly { step: string; label: string; clause: string }[];
}

type InboxFile = z.infer<typeof fileSchema>;
/** The last file in the chain (the child) that sets a key wins. */
function lastOf<K extends keyof InboxFile>(chain: readonly InboxFile[], key: K): InboxFile[K] {
  let value: InboxFile[K] = undefined as InboxFile[K];
  for (const file of chain) if (file[key] !== undefined) value = file[key];
  return value;
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
  const chain: InboxFile[] = [];
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
  const approval = lastOf(chain, "replies")?.approval;
  const hours = lastOf(chain, "hours");
  const outOfHours = lastOf(chain, "out_of_hours");
  const escalation = lastOf(chain, "escalation");
  const autoHide = lastOf(chain, "auto_hide");
  const staffSupport = lastOf(chain, "staff_support") ?? null;
  if (!approval || !hours || !outOfHours || !escalation || !autoHide)
    throw new Error(
      `packs/${id}/inbox.yaml: replies, hours, out_of_hours, escalation and auto_hide must be set (nhs-core sets them)`,
    );
  const handOff: InboxPack["handOff"] = {};
  for (const file of chain) Object.assign(handOff, file.hand_off ?? {});
  const pack: InboxPack = {
    pack: id,
    moderation: merged as Record<ModerationAction, InboxRule>,
    alert,
    approval,
    hours,
    outOfHours: {
      onCallRoles: outOfHours.on_call.roles,
      onCallEmails: outOfHours.on_call.emails,
      clause: outOfHours.clause,
    },
    escalation,
    handOff,
    autoHide,
    staffSupport,
  };
  cache.set(key, pack);
  return pack;
}
