import type { Kysely } from "kysely";
import type { DB } from "../../src/db/schema.js";
import { insertOrganisation } from "../../src/organisations/organisations.repository.js";
import { DEMO_PASSWORD } from "../../src/organisations/seed-demo.js";
import { hashPassword } from "../../src/users/passwords.js";
import { insertUser } from "../../src/users/users.repository.js";

/** A second trust, so that tests can prove one organisation never reaches another's data. */
export async function seedOtherOrganisation(db: Kysely<DB>) {
  const organisationId = await insertOrganisation(db, {
    slug: "otherton",
    name: "Otherton Hospitals NHS Foundation Trust",
    packId: "nhs-core",
  });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const adminId = await insertUser(db, {
    organisationId,
    email: "admin@otherton.example",
    displayName: "Olu Admin",
    passwordHash,
    roles: ["admin", "information_governance"],
  });
  const staffId = await insertUser(db, {
    organisationId,
    email: "staff@otherton.example",
    displayName: "Sam Staff",
    passwordHash,
    roles: ["staff"],
  });
  return { organisationId, adminId, staffId };
}

export async function userIdByEmail(db: Kysely<DB>, email: string): Promise<string> {
  const row = await db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  return row.id;
}
