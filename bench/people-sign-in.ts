/**
 * Sign-in cost: argon2id hash and verify at PASSWORD_HASH_OPTIONS (OWASP's first
 * setting: m=19 MiB, t=2, p=1), and a whole POST /api/v1/auth/sign-in through
 * the real app over in-memory PGlite (lockout check, verify, session, audit row).
 *
 *   npx tsx bench/people-sign-in.ts [runs]
 */
import { buildApp } from "../packages/server/src/app.js";
import { parapetConfigFromEnv } from "../packages/server/src/config.js";
import { createDeps } from "../packages/server/src/create-deps.js";
import { openDatabase } from "../packages/server/src/db/database.js";
import { migrate } from "../packages/server/src/db/migrate.js";
import { DEMO_PASSWORD, seedDemo } from "../packages/server/src/organisations/seed-demo.js";
import {
  hashPassword,
  PASSWORD_HASH_OPTIONS,
  verifyPassword,
} from "../packages/server/src/users/passwords.js";

const runs = Number(process.argv[2] ?? 30);

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms (n=${samples.length})`;
}

async function time(work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return samples;
}

const hash = await hashPassword("kettle orbit pancake lantern");
console.log(`argon2id options: ${JSON.stringify(PASSWORD_HASH_OPTIONS)}`);
console.log(`hash:   ${stats(await time(() => hashPassword("kettle orbit pancake lantern")))}`);
console.log(`verify: ${stats(await time(() => verifyPassword(hash, "kettle orbit pancake lantern")))}`);

const database = await openDatabase({ kind: "pglite", dataDir: "memory" });
await migrate(database);
const deps = await createDeps(parapetConfigFromEnv({}), { database, logLevel: false });
await seedDemo(database.db, deps);
const app = await buildApp({
  deps,
  rateLimit: { perMinute: 1_000_000, signInPerMinute: 1_000_000 },
});
const signIn = async () => {
  const r = await app.inject({
    method: "POST",
    url: "/api/v1/auth/sign-in",
    payload: { email: "comms@fenmoor.example", password: DEMO_PASSWORD },
  });
  if (r.statusCode !== 200) throw new Error(`sign-in answered ${r.statusCode}`);
};
console.log(`POST /api/v1/auth/sign-in (in process, PGlite): ${stats(await time(signIn))}`);
await app.close();
await database.close();
