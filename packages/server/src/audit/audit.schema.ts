import { z } from "zod";
import { isoDateSchema } from "../http/iso-date.js";
import { safeText } from "../http/safe-text.js";

export const auditQuerySchema = z.object({
  actorId: safeText({ max: 100 }).optional(),
  entityType: safeText({ max: 100 }).optional(),
  entityId: safeText({ max: 100 }).optional(),
  action: safeText({ max: 100 }).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export type AuditQueryInput = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  seq: z.number(),
  occurredAt: z.string(),
  actorKind: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRoles: z.array(z.string()),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  summary: z.unknown(),
  requestId: z.string().nullable(),
  hash: z.string(),
  /** The action in words, for people (the code stays in `action`). */
  actionLabel: z.string(),
  /** The change in words, one line per field: "Roles: Staff member → Line manager". */
  change: z.array(z.string()),
});

export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditListSchema = z.object({
  events: z.array(auditEventSchema),
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: z.number().nullable(),
});

export const verifyReplySchema = z.object({
  ok: z.boolean(),
  /** Rows of the caller's organisation that verified. */
  rows: z.number(),
  /** The entry (its seq) where the trail first goes wrong, when that entry is still there. */
  brokenAt: z.number().nullable(),
  reason: z.string().nullable(),
  /** When the last checkpoint of the organisation's chain that the database agrees with was written. */
  anchoredAt: z.string().nullable().optional(),
  /** Places in the organisation's chain of rows that are gone. */
  missing: z.object({ from: z.number(), to: z.number() }).optional(),
});

export type VerifyReply = z.infer<typeof verifyReplySchema>;
