import { resolve } from "node:path";
import { RowMac } from "./audit-chain.js";
import { CheckpointLog } from "./audit-checkpoints.js";
import { type AuditKey, type AuditKeySettings, resolveAuditKey } from "./audit-key.js";
import { syslogSender } from "./syslog.js";

/** The audit trail's key and where its checkpoints go: built once per process. */
export interface AuditTrail {
  key: AuditKey;
  mac: RowMac;
  checkpoints: CheckpointLog;
  /** How often the server writes checkpoints of heads that moved. */
  checkpointEveryMs: number;
}

export interface AuditTrailSettings extends AuditKeySettings {
  /** PARAPET_AUDIT_CHECKPOINTS: the append-only checkpoint file. */
  checkpointsPath: string;
  /** PARAPET_AUDIT_SYSLOG: udp://host:port or tcp://host:port, for a copy off the machine. */
  syslog: string | undefined;
  /** PARAPET_AUDIT_CHECKPOINT_SECONDS, in milliseconds. */
  checkpointEveryMs: number;
}

export const CHECKPOINT_FILE = "audit-checkpoints.jsonl";
export const DEFAULT_CHECKPOINT_SECONDS = 60;

/**
 * The audit trail's settings from the environment. "Production" is DATABASE_URL set
 * (a real database server) or NODE_ENV=production: there PARAPET_AUDIT_KEY must be set.
 */
export function auditTrailSettingsFromEnv(env: NodeJS.ProcessEnv): AuditTrailSettings {
  const dataDir = resolve(env.PARAPET_DATA_DIR ?? "data");
  const seconds = env.PARAPET_AUDIT_CHECKPOINT_SECONDS ?? String(DEFAULT_CHECKPOINT_SECONDS);
  const every = Number(seconds);
  if (!Number.isInteger(every) || every < 1 || every > 86_400)
    throw new Error(
      `PARAPET_AUDIT_CHECKPOINT_SECONDS must be a whole number from 1 to 86400, not ${seconds}`,
    );
  return {
    key: env.PARAPET_AUDIT_KEY || undefined,
    production: Boolean(env.DATABASE_URL) || env.NODE_ENV === "production",
    dataDir: env.DATABASE_URL ? undefined : dataDir,
    checkpointsPath: resolve(env.PARAPET_AUDIT_CHECKPOINTS ?? `${dataDir}/${CHECKPOINT_FILE}`),
    syslog: env.PARAPET_AUDIT_SYSLOG || undefined,
    checkpointEveryMs: every * 1000,
  };
}

export function openAuditTrail(settings: AuditTrailSettings, say?: (line: string) => void): AuditTrail {
  const key = resolveAuditKey(settings, say);
  const syslog = settings.syslog ? syslogSender(settings.syslog) : undefined;
  return {
    key,
    mac: new RowMac(key),
    checkpoints: new CheckpointLog(settings.checkpointsPath, key, syslog),
    checkpointEveryMs: settings.checkpointEveryMs,
  };
}

/** A trail with a given key and checkpoint file (tests, benchmarks). */
export function auditTrailWith(key: AuditKey, checkpointsPath: string): AuditTrail {
  return {
    key,
    mac: new RowMac(key),
    checkpoints: new CheckpointLog(checkpointsPath, key),
    checkpointEveryMs: DEFAULT_CHECKPOINT_SECONDS * 1000,
  };
}
