import { sql } from "kysely";
import { describe, expect, it, vi } from "vitest";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import type { TestDatabase } from "../../test/helpers/test-database.js";

/**
 * PGlite has one session: a transaction held open across argon2id (tens of
 * milliseconds) stalls every other request. Here hashing first asks the same
 * database a question; if the caller held a transaction, that question would wait
 * for the transaction and the transaction for the hash (a deadlock, seen as a timeout).
 */
const probe: { database: TestDatabase | undefined; answered: number } = { database: undefined, answered: 0 };
vi.mock("../users/passwords.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../users/passwords.js")>();
  return {
    ...original,
    hashPassword: async (password: string) => {
      if (probe.database) {
        const timeout = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error("the database was held while hashing")), 10_000).unref(),
        );
        await Promise.race([sql`select 1`.execute(probe.database.db), timeout]);
        probe.answered += 1;
      }
      return original.hashPassword(password);
    },
  };
});

describe("setting a password on PGlite", () => {
  const t = useTestApp("pglite");

  it("hashes it outside any transaction, so the database answers meanwhile", async () => {
    const admin = await signInAs(t.app, "admin@fenmoor.example");
    const invited = await t.app.inject({
      method: "POST",
      url: "/api/v1/people/invitations",
      headers: { cookie: admin.cookie, "x-csrf-token": admin.csrfToken },
      payload: { email: "kai.lee@fenmoor.example", displayName: "Kai Lee", roles: ["staff"] },
    });
    const token = invited.json<{ setPasswordPath: string }>().setPasswordPath.split("#")[1];
    probe.database = t.database;
    const reply = await t.app.inject({
      method: "POST",
      url: "/api/v1/auth/set-password",
      payload: { token, password: "kettle orbit pancake lantern" },
    });
    probe.database = undefined;
    expect(reply.statusCode, reply.body).toBe(204);
    expect(probe.answered).toBe(1);
    await signInAs(t.app, "kai.lee@fenmoor.example", "kettle orbit pancake lantern");
  });
});
