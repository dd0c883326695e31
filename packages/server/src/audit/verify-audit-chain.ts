import type { Kysely } from "kysely";
import type { DB } from "../db/schema.js";
import {
  auditChainBatch,
  type ChainHead,
  type ChainRow,
  chainsWithRows,
  findLegacySeal,
  type LegacySeal,
  readChainHeads,
  rowNumberOf,
} from "./audit.repository.js";
import { GENESIS_HASH, LEGACY_CHAIN, type RowMac, sha256Hex } from "./audit-chain.js";
import type { Checkpoint } from "./audit-checkpoints.js";
import type { AuditTrail } from "./audit-trail.js";

/** What is wrong with a chain: its first bad row, or the range of rows that are gone. */
export interface ChainProblem {
  /** The place in the chain of the first bad or missing row. */
  chainSeq: number;
  /** The installation's row number of that row, when it is still there. */
  seq: number | null;
  /** Rows `from` to `to` (places in the chain) are missing. */
  missing?: { from: number; to: number };
  reason: string;
}

export interface ChainReport {
  chain: string;
  /** Rows verified before the first problem (all of them if none). */
  rows: number;
  /** The last good row's place and hash. */
  headSeq: number;
  headHash: string;
  /** Checkpoints of this chain that the database still agrees with. */
  checkpointsMatched: number;
  problem?: ChainProblem;
}

export interface TrailReport {
  ok: boolean;
  /** Rows verified across every chain checked. */
  rows: number;
  chains: ChainReport[];
  checkpoints: { path: string; exists: boolean; lines: number; problems: string[] };
}

export interface VerifyOptions {
  /** Only these chains (an organisation's id, 'installation', 'legacy'); default every chain. */
  chains?: readonly string[];
  batchSize?: number;
  onProgress?: (rowsChecked: number) => void;
}

/**
 * Recomputes every chain from its first row, with the key for keyed chains and SHA-256
 * for the legacy one, and holds each against its head row and against every
 * checkpoint written outside the database. Sees a changed row (its hash no longer
 * matches), a removed row (a gap, or a prev_hash that does not match the row before),
 * rows removed from the end or a whole chain emptied (a checkpoint recorded more rows
 * than are left, even when the head row was moved to match), a forged row (no key, no
 * matching HMAC), a chain recomputed with the key (the checkpoint's hash no longer
 * matches), and a missing head.
 */
export async function verifyAuditTrail(
  db: Kysely<DB>,
  trail: AuditTrail,
  options: VerifyOptions = {},
): Promise<TrailReport> {
  const file = trail.checkpoints.read();
  const heads = new Map((await readChainHeads(db)).map((head) => [head.chain, head]));
  const chains =
    options.chains ??
    [
      ...new Set([...(await chainsWithRows(db)), ...heads.keys(), ...file.checkpoints.map((c) => c.chain)]),
    ].sort();
  const seal = chains.includes(LEGACY_CHAIN) ? await findLegacySeal(db) : undefined;
  const reports: ChainReport[] = [];
  let rows = 0;
  for (const chain of chains) {
    const report = await verifyChain(db, {
      chain,
      mac: chain === LEGACY_CHAIN ? undefined : trail.mac,
      head: heads.get(chain),
      checkpoints: file.checkpoints.filter((c) => c.chain === chain),
      seal: chain === LEGACY_CHAIN ? seal : undefined,
      batchSize: options.batchSize ?? 5000,
      onProgress: (n) => options.onProgress?.(rows + n),
    });
    rows += report.rows;
    reports.push(report);
  }
  const checkpointProblems = file.problems;
  return {
    ok: reports.every((r) => !r.problem) && checkpointProblems.length === 0,
    rows,
    chains: reports,
    checkpoints: {
      path: trail.checkpoints.path,
      exists: file.exists,
      lines: file.checkpoints.length,
      problems: checkpointProblems,
    },
  };
}

interface ChainToVerify {
  chain: string;
  mac: RowMac | undefined;
  head: ChainHead | undefined;
  checkpoints: readonly Checkpoint[];
  seal: LegacySeal | undefined;
  batchSize: number;
  onProgress: (rowsChecked: number) => void;
}

async function verifyChain(db: Kysely<DB>, c: ChainToVerify): Promise<ChainReport> {
  const bySeq = new Map<number, Checkpoint[]>();
  for (const checkpoint of c.checkpoints)
    bySeq.set(checkpoint.seq, [...(bySeq.get(checkpoint.seq) ?? []), checkpoint]);
  let prevHash = GENESIS_HASH;
  let prevSeq = 0;
  let rows = 0;
  let matched = 0;
  /** The last place a checkpoint confirmed: a rewrite found later began after it. */
  let confirmedUpTo = 0;
  const report = (problem?: ChainProblem): ChainReport => ({
    chain: c.chain,
    rows,
    headSeq: prevSeq,
    headHash: prevHash,
    checkpointsMatched: matched,
    ...(problem ? { problem } : {}),
  });

  let pending = auditChainBatch(db, c.chain, 0, c.batchSize);
  for (;;) {
    const batch = await pending;
    const last = batch.at(-1);
    // Fetch the next batch while this one is hashed: the database works on one core, we on another.
    const more = batch.length === c.batchSize && last !== undefined;
    if (more) pending = auditChainBatch(db, c.chain, last.chainSeq, c.batchSize);
    for (const row of batch) {
      const problem = checkRow(row, prevSeq, prevHash, c.mac);
      const recorded = bySeq.get(row.chainSeq);
      const differs = problem ? undefined : recorded?.find((checkpoint) => checkpoint.hash !== row.hash);
      if (problem || differs) {
        if (more) await pending.catch(() => undefined);
        if (problem) return report(problem);
        return report({
          chainSeq: confirmedUpTo + 1,
          seq: await rowNumberOf(db, c.chain, confirmedUpTo + 1),
          reason: `row ${row.chainSeq} no longer has the hash the checkpoint of ${differs?.at} recorded: rows ${confirmedUpTo + 1} to ${row.chainSeq} were rewritten and the chain recomputed with the key`,
        });
      }
      if (recorded) {
        matched += recorded.length;
        confirmedUpTo = row.chainSeq;
      }
      prevHash = row.hash;
      prevSeq = row.chainSeq;
      rows += 1;
    }
    c.onProgress(rows);
    if (!more) break;
  }
  return report(endProblem(c, prevSeq, prevHash));
}

function checkRow(
  row: ChainRow,
  prevSeq: number,
  prevHash: string,
  mac: RowMac | undefined,
): ChainProblem | undefined {
  const at = { chainSeq: row.chainSeq, seq: row.seq };
  if (row.chainSeq !== prevSeq + 1)
    return {
      chainSeq: prevSeq + 1,
      seq: null,
      missing: { from: prevSeq + 1, to: row.chainSeq - 1 },
      reason: `rows ${range(prevSeq + 1, row.chainSeq - 1)} are missing (the next row is ${row.chainSeq})`,
    };
  if (row.prevHash !== prevHash)
    return { ...at, reason: "its prev_hash does not match the row before: a row was changed or removed" };
  const expected = mac ? mac.hex(prevHash + row.canonical) : sha256Hex(prevHash + row.canonical);
  if (expected !== row.hash)
    return {
      ...at,
      reason:
        row.chainSeq === 1 && mac
          ? "its contents do not match its HMAC: the row was changed or forged, or PARAPET_AUDIT_KEY is not the key this trail was written with"
          : `its contents do not match its ${mac ? "HMAC" : "hash"}: the row was changed or forged`,
    };
  return undefined;
}

/** After the last row: the head row, the furthest checkpoint and (for the legacy chain) its seal. */
function endProblem(c: ChainToVerify, lastSeq: number, lastHash: string): ChainProblem | undefined {
  const latest = c.checkpoints.reduce<Checkpoint | undefined>(
    (a, b) => (!a || b.seq > a.seq ? b : a),
    undefined,
  );
  if (latest && latest.seq > lastSeq)
    return {
      chainSeq: lastSeq + 1,
      seq: null,
      missing: { from: lastSeq + 1, to: latest.seq },
      reason: `rows ${range(lastSeq + 1, latest.seq)} are missing: the checkpoint of ${latest.at} recorded row ${latest.seq}, and the chain now ends at ${lastSeq === 0 ? "no row at all" : `row ${lastSeq}`}`,
    };
  if (!c.head && lastSeq > 0)
    return {
      chainSeq: lastSeq,
      seq: null,
      reason: `the chain's head row (audit_chain_heads) is missing: it was deleted after row ${lastSeq}`,
    };
  if (c.head && c.head.seq > lastSeq)
    return {
      chainSeq: lastSeq + 1,
      seq: null,
      missing: { from: lastSeq + 1, to: c.head.seq },
      reason: `rows ${range(lastSeq + 1, c.head.seq)} are missing: the chain ends at row ${lastSeq} but its head records row ${c.head.seq} (removed from the end)`,
    };
  if (c.head && (c.head.seq !== lastSeq || c.head.hash !== lastHash))
    return {
      chainSeq: lastSeq,
      seq: null,
      reason: `the chain's head records row ${c.head.seq} with another hash than the chain's last row ${lastSeq}: the head was changed`,
    };
  if (c.seal && (c.seal.headSeq !== lastSeq || c.seal.headHash !== lastHash))
    return {
      chainSeq: Math.min(lastSeq, c.seal.headSeq) + 1,
      seq: null,
      ...(c.seal.headSeq > lastSeq ? { missing: { from: lastSeq + 1, to: c.seal.headSeq } } : {}),
      reason: `the trail from before per-organisation chains ended at row ${c.seal.headSeq} when it was sealed on ${c.seal.at}; it now ends at row ${lastSeq}${c.seal.headSeq === lastSeq ? " with another hash" : ""}`,
    };
  return undefined;
}

function range(from: number, to: number): string {
  return from === to ? `${from}` : `${from} to ${to}`;
}
