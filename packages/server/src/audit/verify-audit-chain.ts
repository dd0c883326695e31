import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import { auditChainBatch, type ChainRow, readChainHead } from "./audit.repository.js";
import { GENESIS_HASH, sha256Hex } from "./audit-chain.js";

export type VerifyResult =
  | { ok: true; rows: number; headHash: string }
  | { ok: false; rows: number; seq: number; reason: string };

export interface VerifyOptions {
  batchSize?: number;
  onProgress?: (rowsChecked: number) => void;
}

/**
 * Recomputes the chain from the first row. Finds a changed row (its hash no
 * longer matches), a removed row (a gap in seq, or a prev_hash that does not
 * match the row before), and rows removed from the end (the head disagrees).
 */
export async function verifyAuditChain(db: Kysely<DB>, options: VerifyOptions = {}): Promise<VerifyResult> {
  const batchSize = options.batchSize ?? 5000;
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let rows = 0;
  let pending = auditChainBatch(db, 0, batchSize);
  for (;;) {
    const batch = await pending;
    const last = batch.at(-1);
    // Fetch the next batch while this one is hashed: the database works on one core, we on another.
    const more = batch.length === batchSize && last !== undefined;
    if (more) pending = auditChainBatch(db, last.seq, batchSize);
    for (const row of batch) {
      const problem = checkRow(row, prevSeq, prevHash);
      if (problem) {
        if (more) await pending.catch(() => undefined);
        return { ok: false, rows, seq: row.seq, reason: problem };
      }
      prevHash = row.hash;
      prevSeq = row.seq;
      rows += 1;
    }
    options.onProgress?.(rows);
    if (!more) break;
  }
  const head = await readChainHead(db);
  if (head.seq !== prevSeq || head.hash !== prevHash) {
    return {
      ok: false,
      rows,
      seq: head.seq,
      reason: `the chain ends at row ${prevSeq} but its recorded head is row ${head.seq}: rows were removed from the end`,
    };
  }
  return { ok: true, rows, headHash: prevHash };
}

function checkRow(row: ChainRow, prevSeq: number, prevHash: string): string | undefined {
  if (row.seq !== prevSeq + 1) return `row ${prevSeq + 1} is missing (the next row is ${row.seq})`;
  if (row.prev_hash !== prevHash)
    return "its prev_hash does not match the row before: a row was changed or removed";
  const expected = sha256Hex(prevHash + row.canonical);
  if (expected !== row.hash) return "its contents do not match its hash: the row was changed";
  return undefined;
}
