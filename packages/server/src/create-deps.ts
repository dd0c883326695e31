import type { FastifyBaseLogger } from "fastify";
import { type AuditEntry, recordAudit, recordAuditMany } from "./audit/audit.service.js";
import { openAuditTrail } from "./audit/audit-trail.js";
import { prepareAuditTrail } from "./audit/legacy-trail.js";
import { type Clock, systemClock } from "./clock.js";
import type { ParapetConfig } from "./config.js";
import { type Database, openDatabase } from "./db/database.js";
import { type Migration, migrate } from "./db/migrate.js";
import type { ServiceDeps } from "./deps.js";
import type { JobKind } from "./jobs/job-kind.js";
import { createJobRegistry } from "./jobs/job-kinds.js";
import { Jobs } from "./jobs/jobs.service.js";
import { createLogger } from "./log.js";
import type { MailSettings } from "./mail/mail-settings.js";
import { HttpClient } from "./outbound/http-client.js";
import { type PackDirectory, packDirectory } from "./packs/load-packs-from-disk.js";
import {
  dataDirectorySecretKey,
  ephemeralSecretKey,
  keyring,
  parseSecretKey,
  readDataDirectorySecretKey,
  type SecretKey,
  type SecretKeyring,
} from "./secrets/secret-key.js";
import { Secrets } from "./secrets/secrets.service.js";

/** Appends to the audit trail in the caller's transaction, with the process's clock. */
export interface AuditRecorder {
  record(trx: ServiceDeps["db"], entry: AuditEntry): Promise<void>;
  /** Several rows at once: each organisation's chain head locked and moved once. */
  recordMany(trx: ServiceDeps["db"], entries: readonly AuditEntry[]): Promise<void>;
}

/**
 * Everything a service, a route, a job or a command needs from the world, built
 * once per process by createDeps (docs/architecture.md: one composition root).
 */
export interface Deps extends ServiceDeps {
  database: Database;
  log: FastifyBaseLogger;
  audit: AuditRecorder;
  jobs: Jobs;
  /** Read on first use. */
  readonly packs: PackDirectory;
  mail: MailSettings | undefined;
  http: HttpClient;
  secrets: Secrets;
  /** A number in [0, 1): back-off jitter; tests pass their own. */
  random: () => number;
  config: ParapetConfig;
  /** Closes the database (and releases the data directory's lock). */
  close(): Promise<void>;
}

export interface CreateDepsOptions {
  /** Use this open database instead of opening config.database (tests). */
  database?: Database;
  clock?: Clock;
  random?: () => number;
  /** A level, or false for no logs; default config.logLevel. */
  logLevel?: string | false;
  /** Job kinds beyond Parapet's own (tests). */
  jobKinds?: readonly JobKind[];
  /** Apply migrations and check that stored secrets can be read (servers and workers do). */
  prepare?: boolean;
  /** Told about what start-up did (migrations applied, a secret key made). */
  say?: (line: string) => void;
}

export interface PreparedDeps extends Deps {
  migrationsApplied: Migration[];
}

/**
 * The composition root: the server, the worker and every command that touches
 * the database build their dependencies here and nowhere else. Opening a PGlite
 * directory locks it to this process.
 */
export async function createDeps(
  config: ParapetConfig,
  options: CreateDepsOptions = {},
): Promise<PreparedDeps> {
  const say = options.say ?? (() => undefined);
  const clock = options.clock ?? systemClock;
  const log = createLogger(options.logLevel ?? config.logLevel);
  const database = options.database ?? (await openDatabase(config.database));
  try {
    const keys = secretKeyring(config, database, say);
    // The audit key comes from PARAPET_AUDIT_KEY (required in production), else the data directory.
    const auditTrail = openAuditTrail(
      { ...config.auditTrail, dataDir: database.kind === "pglite" ? database.dataDir : undefined },
      say,
    );
    const jobs = new Jobs(createJobRegistry(options.jobKinds), clock);
    const deps: Deps = {
      db: database.db,
      clock,
      settings: config.sessions,
      auditTrail,
      database,
      log,
      audit: {
        record: (trx, entry) => recordAudit(trx, entry, { clock, auditTrail }),
        recordMany: (trx, entries) => recordAuditMany(trx, entries, { clock, auditTrail }),
      },
      jobs,
      // Read on first use: parsing every pack costs most of a second, which commands
      // such as `audit verify` should not pay.
      get packs(): PackDirectory {
        return packDirectory();
      },
      mail: config.mail,
      http: new HttpClient(config.http),
      secrets: new Secrets(keys, clock),
      random: options.random ?? Math.random,
      config,
      close: () => database.close(),
    };
    const migrationsApplied = options.prepare ? await prepareDatabase(deps, say) : [];
    return Object.assign(deps, { migrationsApplied });
  } catch (error) {
    if (!options.database) await database.close();
    throw error;
  }
}

async function prepareDatabase(deps: Deps, say: (line: string) => void): Promise<Migration[]> {
  const applied = await migrate(deps.database);
  if (applied.length > 0)
    say(`Applied ${applied.length} database migration(s) to ${deps.database.description}.`);
  // An installation upgraded from before per-organisation audit chains: seal the old chain once.
  await prepareAuditTrail(deps, say);
  const reencrypted = await deps.secrets.prepare(deps.db);
  if (reencrypted > 0)
    say(`Re-encrypted ${reencrypted} stored secret(s) with the current PARAPET_SECRET_KEY.`);
  return applied;
}

/**
 * PARAPET_SECRET_KEY when set. Without it, an embedded installation keeps a key
 * in its data directory (a demonstration's convenience: say so), an in-memory
 * database gets a throwaway one, and PostgreSQL gets none (storing a secret then
 * fails with a message saying what to set).
 */
function secretKeyring(
  config: ParapetConfig,
  database: Database,
  say: (line: string) => void,
): SecretKeyring | undefined {
  const previous = config.previousSecretKeys.map((key, i) =>
    parseSecretKey(key.reveal(), `PARAPET_SECRET_KEY_PREVIOUS (key ${i + 1})`),
  );
  const fileKey = (): SecretKey | undefined => {
    if (!database.dataDir) return undefined;
    const { key, created } = dataDirectorySecretKey(database.dataDir);
    if (created)
      say(
        `No PARAPET_SECRET_KEY is set, so platform secrets will be encrypted with a key made in ${database.dataDir}/secret.key. That suits a demonstration only: a copy of the data directory carries the key. Set PARAPET_SECRET_KEY for real use.`,
      );
    return key;
  };
  if (config.secretKey) {
    const current = parseSecretKey(config.secretKey.reveal(), "PARAPET_SECRET_KEY");
    // A key the embedded installation made before PARAPET_SECRET_KEY was set still reads what it sealed.
    const made = database.dataDir ? readDataDirectorySecretKey(database.dataDir) : undefined;
    return keyring(current, [...previous, ...(made ? [made] : [])], "PARAPET_SECRET_KEY");
  }
  if (database.kind === "postgres") return undefined;
  const key = fileKey() ?? ephemeralSecretKey();
  return keyring(key, previous, database.dataDir ? "the data directory" : "memory (this process only)");
}
