import { AppError } from "@parapet/core";
import type { Deps } from "../create-deps.js";
import { migrationStatus } from "../db/migrate.js";
import { findOrganisationBySlug } from "../organisations/organisations.repository.js";
import { DEMO_ORGANISATION, seedDemo } from "../organisations/seed-demo.js";
import { seedDemoContent } from "../organisations/seed-demo-content.js";

/**
 * What `parapet migrate --url` asks a running server: a server migrates its
 * database when it starts, so one that answers is up to date unless another
 * process changed the schema since.
 */
export async function describeDatabase(deps: Pick<Deps, "database">) {
  const status = await migrationStatus(deps.database);
  const latest = status.applied.at(-1);
  return {
    database: deps.database.kind,
    upToDate: status.pending.length === 0,
    migrationsApplied: status.applied.length,
    latestMigration: latest ? `${String(latest.version).padStart(4, "0")}_${latest.name}` : null,
    pendingMigrations: status.pending.map((m) => `${String(m.version).padStart(4, "0")}_${m.name}`),
  };
}

/**
 * What `parapet seed-demo --url` asks: the demo organisation is created on a
 * server started as a demonstration (`parapet start`), never on one serving real
 * trusts, where its published password would be a way in.
 */
export async function ensureDemoOrganisation(
  options: { demo: boolean },
  deps: Deps,
): Promise<{ created: boolean }> {
  if (await findOrganisationBySlug(deps.db, DEMO_ORGANISATION.slug)) {
    if (options.demo) await seedDemoContent(deps);
    return { created: false };
  }
  if (!options.demo)
    throw new AppError(
      "conflict",
      "This server was not started as a demonstration (`parapet start`), so it does not create the demo organisation.",
    );
  const seeded = await seedDemo(deps.db, deps);
  await seedDemoContent(deps);
  return seeded;
}
