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

/**
 * Records `step` as used if no later or equal step has been: one conditional UPDATE,
 * so that of several requests carrying the same code at once exactly one spends it.
 * False when the code was used already.
 */
export async function spendTotpStep(
  db: Kysely<DB>,
  userId: string,
  step: number,
  options: { enabling?: Date } = {},
): Promise<boolean> {
  let update = db
    .updateTable("users")
    .set({ totp_last_step: step, ...(options.enabling ? { totp_enabled_at: options.enabling } : {}) })
    .where("id", "=", userId)
    .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]));
  update = options.enabling
    ? update.where("totp_enabled_at", "is", null)
    : update.where("totp_enabled_at", "is not", null);
  const result = await update.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
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
      deps,
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
    if (!(await spendTotpStep(trx, user.id, check.step, { enabling: deps.clock.now() })))
      throw new AppError("validation", "That code has been used already. Enter the next code.");
    await recordAudit(
      trx,
      {
        actor: options.actor,
        action: "user.second_factor_enabled",
        entity: { type: "user", id: user.id },
        after: { secondFactor: "totp" },
      },
      deps,
    );
  });
}
