import { AppError } from "@parapet/core";
import type { Kysely } from "kysely";
import { generateSecret, generateURI, verify } from "otplib";
import type { OrganisationActor } from "../audit/actor.js";
import { recordAudit } from "../audit/audit.service.js";
import type { Clock } from "../clock.js";
import type { DB } from "../db/schema.js";
import type { ServiceDeps } from "../deps.js";
import { findUserById, type UserRecord } from "./users.repository.js";

/** RFC 6238 codes, 30-second steps; one step either side allows for a phone's clock drift. */
const TOLERANCE_SECONDS = 30;

/** Whether the code is right and newer than the last one used (a code works once). */
export async function checkTotp(
  user: Pick<UserRecord, "totpSecret" | "totpLastStep">,
  code: string,
  clock: Clock,
): Promise<{ ok: true; step: number } | { ok: false }> {
  if (!user.totpSecret || !/^\d{6}$/.test(code)) return { ok: false };
  const result = await verify({
    secret: user.totpSecret,
    token: code,
    epoch: Math.floor(clock.now().getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(user.totpLastStep !== null ? { afterTimeStep: user.totpLastStep } : {}),
  });
  if (!result.valid || !("timeStep" in result)) return { ok: false };
  return { ok: true, step: result.timeStep as number };
}

export async function saveTotpStep(db: Kysely<DB>, userId: string, step: number): Promise<void> {
  await db.updateTable("users").set({ totp_last_step: step }).where("id", "=", userId).execute();
}

/** Starts enrolment: a new secret, not yet required at sign-in until confirmed with a code. */
export async function beginTotpSetup(actor: OrganisationActor, deps: ServiceDeps) {
  const user = actor.id ? await findUserById(deps.db, actor.id) : undefined;
  if (!user) throw new AppError("forbidden", "Only a signed-in person can set up a second factor.");
  if (user.totpEnabledAt)
    throw new AppError("conflict", "A second factor is already set up. Turn it off first.");
  const secret = generateSecret();
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ totp_secret: secret, totp_last_step: null })
      .where("id", "=", user.id)
      .execute();
    await recordAudit(
      trx,
      { actor, action: "user.second_factor_setup_started", entity: { type: "user", id: user.id } },
      deps.clock,
    );
  });
  return { secret, uri: generateURI({ issuer: "Parapet", label: user.email, secret }) };
}

export async function confirmTotpSetup(
  options: { actor: OrganisationActor; code: string },
  deps: ServiceDeps,
) {
  const user = options.actor.id ? await findUserById(deps.db, options.actor.id) : undefined;
  if (!user?.totpSecret || user.totpEnabledAt)
    throw new AppError("invalid_transition", "Start setting up the second factor first.");
  const check = await checkTotp(user, options.code, deps.clock);
  if (!check.ok) throw new AppError("validation", "That code is not right. Enter the current 6-digit code.");
  await deps.db.transaction().execute(async (trx) => {
    await trx
      .updateTable("users")
      .set({ totp_enabled_at: deps.clock.now(), totp_last_step: check.step })
      .where("id", "=", user.id)
      .execute();
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: "user.second_factor_enabled",
        entity: { type: "user", id: user.id },
        after: { secondFactor: "totp" },
      },
      deps.clock,
    );
  });
}
