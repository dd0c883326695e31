/**
 * The permission check's overhead per request. (1) the table lookup the guard
 * makes, `rolesAllow`, alone; (2) the same GET through the real app with the
 * guard's work (cookie → session → user → roles → table) against a route
 * declared `public`, which skips all of it.
 *
 *   npx tsx bench/permission-check.ts [requests]
 */
import { buildApp } from "../packages/server/src/app.js";
import { parapetConfigFromEnv } from "../packages/server/src/config.js";
import { createDeps } from "../packages/server/src/create-deps.js";
import { openDatabase } from "../packages/server/src/db/database.js";
import { migrate } from "../packages/server/src/db/migrate.js";
import { PERMISSIONS, type Permission, rolesAllow } from "../packages/server/src/http/permissions.js";
import { DEMO_PASSWORD, seedDemo } from "../packages/server/src/organisations/seed-demo.js";

const requests = Number(process.argv[2] ?? 5000);

const keys = Object.keys(PERMISSIONS) as Permission[];
const roleSets = [["staff"], ["communications_officer", "head_of_communications"], ["admin"], ["hr"]];
const calls = 10_000_000;
let allowed = 0;
let start = performance.now();
for (let i = 0; i < calls; i += 1) {
  if (rolesAllow(keys[i % keys.length] as Permission, roleSets[i % roleSets.length] as string[]))
    allowed += 1;
}
const perCall = ((performance.now() - start) * 1e6) / calls;
console.log(`rolesAllow: ${perCall.toFixed(1)} ns per check (${calls} checks, ${allowed} allowed)`);

const database = await openDatabase({ kind: "pglite", dataDir: "memory" });
await migrate(database);
const deps = await createDeps(parapetConfigFromEnv({}), { database, logLevel: false });
await seedDemo(database.db, deps);
const app = await buildApp({
  deps,
  rateLimit: { perMinute: 1_000_000_000, signInPerMinute: 1000 },
});
const signIn = await app.inject({
  method: "POST",
  url: "/api/v1/auth/sign-in",
  payload: { email: "admin@fenmoor.example", password: DEMO_PASSWORD },
});
const cookie = `parapet_session=${signIn.cookies.find((c) => c.name === "parapet_session")?.value}`;

async function perRequest(url: string, headers: Record<string, string>): Promise<number> {
  for (let i = 0; i < 500; i += 1) await app.inject({ method: "GET", url, headers });
  start = performance.now();
  for (let i = 0; i < requests; i += 1) {
    const r = await app.inject({ method: "GET", url, headers });
    if (r.statusCode !== 200) throw new Error(`${url} answered ${r.statusCode}`);
  }
  return (performance.now() - start) / requests;
}

// /api/v1/auth/oidc is public and does no work; /api/v1/me needs a session and returns it.
const open = await perRequest("/api/v1/auth/oidc", {});
const guarded = await perRequest("/api/v1/me", { cookie });
console.log(`GET public route, no guard work:          ${(open * 1000).toFixed(0)} µs/request`);
console.log(`GET signed-in route, session + table check: ${(guarded * 1000).toFixed(0)} µs/request`);
console.log(
  `guard overhead (session lookup in PGlite + permission check): ${((guarded - open) * 1000).toFixed(0)} µs/request`,
);
await app.close();
await database.close();
