import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAuditKey } from "../../src/audit/audit-key.js";
import { type AuditTrail, auditTrailWith } from "../../src/audit/audit-trail.js";

/** A fixed audit key for tests (never use it anywhere else). */
export const TEST_AUDIT_KEY = Buffer.alloc(32, 9).toString("base64");

/** A checkpoint file of its own, in a new directory. */
export function testCheckpointFile(): string {
  return join(mkdtempSync(join(tmpdir(), "parapet-audit-test-")), "audit-checkpoints.jsonl");
}

/** The test's audit trail: the test key and a checkpoint file of its own. */
export function testAuditTrail(key = TEST_AUDIT_KEY): AuditTrail {
  return auditTrailWith(parseAuditKey(key, "the test audit key"), testCheckpointFile());
}
