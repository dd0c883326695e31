import { createHash } from "node:crypto";
import type { AuditValue } from "../audit/audit.service.js";
import { canonicalJson } from "../audit/audit-chain.js";

export interface EvidenceSnapshot {
  [key: string]: AuditValue;
  platform: string;
  account: string;
  externalId: string;
  threadId: string | null;
  replyToId: string | null;
  permalink: string | null;
  author: { platformId: string | null; handle: string | null; name: string | null };
  /** Every version as received, in order: what the author wrote, edited and when. */
  versions: { version: number; event: string; text: string; subject: string | null; occurredAt: string }[];
  createdOnPlatformAt: string;
  /** When the evidence was taken, and for what. */
  takenAt: string;
  action: string;
}

/**
 * SHA-256 over the snapshot's canonical JSON (keys sorted, no spaces): anyone holding the
 * snapshot can recompute it, and a changed byte changes it (docs/inbox.md, "Evidence").
 */
export function evidenceHash(snapshot: EvidenceSnapshot): string {
  return createHash("sha256").update(canonicalJson(snapshot)).digest("hex");
}
