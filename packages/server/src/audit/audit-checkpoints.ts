import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import type { ChainHead } from "./audit.repository.js";
import { RowMac } from "./audit-chain.js";
import type { AuditKey } from "./audit-key.js";
import type { SyslogSender } from "./syslog.js";

/** One line of the checkpoint file: at this time, this chain's head was this row and hash. */
export interface Checkpoint {
  at: string;
  chain: string;
  seq: number;
  hash: string;
  /** The id of the audit key the line's MAC was made with. */
  key: string;
  /** HMAC over the other fields: a line written without the key is seen. */
  mac: string;
  /** Line number in the file, from 1. */
  line: number;
}

export interface CheckpointRead {
  checkpoints: Checkpoint[];
  /** Lines that are not checkpoints made with this key, and what is wrong with each. */
  problems: string[];
  /** False when the file does not exist (yet). */
  exists: boolean;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Checkpoints of each chain's head, appended to a file the database cannot rewrite
 * (and, when PARAPET_AUDIT_SYSLOG is set, sent to syslog too). `audit verify` checks
 * the database against every line: rows a checkpoint recorded must still be there
 * with the hash it recorded, so deleting the end of a chain, truncating it or
 * rewriting it is seen even by someone who can also move the chain's head row.
 * Put the file on storage the database's administrators cannot write (another
 * host, or a file made append-only with `chattr +a`).
 */
export class CheckpointLog {
  readonly path: string;
  readonly #key: AuditKey;
  readonly #mac: RowMac;
  readonly #syslog: SyslogSender | undefined;
  /** The last head written for each chain, so that a line is written only when a head moved. */
  #written: Map<string, string> | undefined;

  constructor(path: string, key: AuditKey, syslog?: SyslogSender) {
    this.path = path;
    this.#key = key;
    this.#mac = new RowMac(key);
    this.#syslog = syslog;
  }

  #macOf(fields: Pick<Checkpoint, "at" | "chain" | "seq" | "hash">): string {
    return this.#mac.hex(
      `parapet audit checkpoint\n${fields.at}\n${fields.chain}\n${fields.seq}\n${fields.hash}`,
    );
  }

  /** Appends a line for every head that moved since its last line; returns how many it wrote. */
  async record(heads: readonly ChainHead[], at: Date): Promise<number> {
    if (!this.#written) {
      this.#written = new Map();
      for (const c of this.read().checkpoints) this.#written.set(c.chain, `${c.seq} ${c.hash}`);
    }
    const lines: string[] = [];
    for (const head of heads) {
      if (head.seq === 0) continue;
      const state = `${head.seq} ${head.hash}`;
      if (this.#written.get(head.chain) === state) continue;
      const fields = { at: at.toISOString(), chain: head.chain, seq: head.seq, hash: head.hash };
      lines.push(JSON.stringify({ ...fields, key: this.#key.id, mac: this.#macOf(fields) }));
      this.#written.set(head.chain, state);
    }
    if (lines.length === 0) return 0;
    mkdirSync(dirname(this.path), { recursive: true });
    // One write of whole lines, opened for appending (O_APPEND): lines from several
    // processes interleave whole, and nothing earlier in the file is touched.
    appendFileSync(this.path, `${lines.join("\n")}\n`, { mode: 0o600 });
    await this.#syslog?.send(lines);
    return lines.length;
  }

  /** Every checkpoint in the file whose MAC this key confirms, and the lines it does not. */
  read(): CheckpointRead {
    if (!existsSync(this.path)) return { checkpoints: [], problems: [], exists: false };
    const checkpoints: Checkpoint[] = [];
    const problems: string[] = [];
    const lines = readFileSync(this.path, "utf8").split("\n");
    for (const [index, text] of lines.entries()) {
      if (text === "") continue;
      const line = index + 1;
      const parsed = parseLine(text);
      if (!parsed) {
        problems.push(`line ${line} of ${this.path} is not a checkpoint`);
        continue;
      }
      if (parsed.key !== this.#key.id || parsed.mac !== this.#macOf(parsed)) {
        problems.push(
          `line ${line} of ${this.path} was not written with this PARAPET_AUDIT_KEY (key ${parsed.key}, this key ${this.#key.id})`,
        );
        continue;
      }
      checkpoints.push({ ...parsed, line });
    }
    return { checkpoints, problems, exists: true };
  }
}

function parseLine(text: string): Omit<Checkpoint, "line"> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Record<string, unknown>;
  const { at, chain, seq, hash, key, mac } = v;
  if (
    typeof at !== "string" ||
    typeof chain !== "string" ||
    typeof seq !== "number" ||
    !Number.isSafeInteger(seq) ||
    seq < 1 ||
    typeof hash !== "string" ||
    !SHA256_HEX.test(hash) ||
    typeof key !== "string" ||
    typeof mac !== "string"
  )
    return undefined;
  return { at, chain, seq, hash, key, mac };
}
