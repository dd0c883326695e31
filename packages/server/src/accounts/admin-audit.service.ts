import { AppError } from "@parapet/core";
import { stringify } from "csv-stringify/sync";
import type { OrganisationActor } from "../audit/actor.js";
import { defuseFormula } from "../audit/audit-query.service.js";
import type { AccountsDeps } from "./account-requests.service.js";
import { lockAccount, registerRows } from "./accounts.repository.js";
import { accountsPackOf } from "./accounts-pack.js";
import { insertSignoff, latestSignoffs } from "./admin-audit.repository.js";
import { addMonths, isoDay } from "./dates.js";

/**
 * The annual audit of admin rights to every trust account (RWT §9.2): one page listing every
 * account that is not closed with its admins, signed off account by account, and a CSV for the
 * committee. Each sign-off keeps the admins as they stood; a change of admins since makes the
 * account due again, since what was confirmed is no longer what is there.
 */
export const ADMIN_AUDIT_STATES = ["due", "changed", "signed_off"] as const;
export type AdminAuditState = (typeof ADMIN_AUDIT_STATES)[number];
export const ADMIN_AUDIT_STATE_LABELS: Readonly<Record<AdminAuditState, string>> = {
  due: "Sign-off due",
  changed: "Admins changed since sign-off",
  signed_off: "Signed off",
};

const sameAdmins = (a: readonly { email: string }[], b: readonly { email: string }[]) =>
  a
    .map((x) => x.email.toLowerCase())
    .sort()
    .join("\n") ===
  b
    .map((x) => x.email.toLowerCase())
    .sort()
    .join("\n");

export async function adminAuditView(deps: AccountsDeps, actor: OrganisationActor) {
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const now = deps.clock.now();
  const today = isoDay(now);
  const latest = await latestSignoffs(deps.db, actor.organisationId);
  const accounts = (await registerRows(deps.db, actor.organisationId))
    .filter((a) => a.status !== "closed")
    .map((a) => {
      const admins = a.people
        .filter((p) => p.role === "admin")
        .map((p) => ({ name: p.display_name, email: p.email, active: p.status === "active" }));
      const last = latest.get(a.id);
      const nextDueOn = last ? isoDay(addMonths(last.signed_off_at, pack.adminAudit.intervalMonths)) : null;
      const state: AdminAuditState =
        !last || (nextDueOn !== null && nextDueOn <= today)
          ? "due"
          : sameAdmins(last.admins, admins)
            ? "signed_off"
            : "changed";
      return {
        id: a.id,
        platform: a.platform,
        handle: a.handle,
        name: a.name,
        owningService: a.owning_service,
        status: a.status,
        admins,
        state,
        stateLabel: ADMIN_AUDIT_STATE_LABELS[state],
        lastSignedOff: last
          ? { by: last.display_name, on: isoDay(last.signed_off_at), note: last.note, admins: last.admins }
          : null,
        nextDueOn,
      };
    });
  return {
    clause: pack.adminAudit.clause,
    intervalMonths: pack.adminAudit.intervalMonths,
    accounts,
    outstanding: accounts.filter((a) => a.state !== "signed_off").length,
  };
}

/** Signs off one account's admins as they stand now; audited, with the admins confirmed. */
export async function signOffAdmins(
  deps: AccountsDeps,
  actor: OrganisationActor,
  accountId: string,
  note: string | undefined,
) {
  if (actor.kind !== "user" || actor.id === null)
    throw new AppError("forbidden", "A person signs off admin rights, not an API token.");
  const signer = actor.id;
  return deps.db.transaction().execute(async (trx) => {
    const row = await lockAccount(trx, actor.organisationId, accountId);
    if (!row) throw new AppError("not_found", "There is no such account in your organisation's register.");
    if (row.status === "closed")
      throw new AppError("invalid_transition", "A closed account has no admin rights to sign off.");
    const [account] = await registerRows(trx, actor.organisationId, accountId);
    const admins = (account?.people ?? [])
      .filter((p) => p.role === "admin")
      .map((p) => ({ name: p.display_name, email: p.email }));
    const now = deps.clock.now();
    const { id } = await insertSignoff(trx, {
      organisationId: actor.organisationId,
      accountId,
      by: signer,
      at: now,
      admins,
      note: note?.trim() ?? "",
    });
    await deps.audit.record(trx, {
      actor,
      action: "account.admin_rights_signed_off",
      entity: { type: "registered_account", id: accountId },
      after: { admins: admins.map((a) => a.email), signoff: id },
    });
    return { signedOffOn: isoDay(now), admins };
  });
}

/** The audit as CSV for the committee, in words (formulas defused). */
export async function exportAdminAudit(deps: AccountsDeps, actor: OrganisationActor): Promise<string> {
  const view = await adminAuditView(deps, actor);
  const rows = view.accounts.map((a) =>
    [
      a.platform,
      a.handle,
      a.name,
      a.owningService,
      a.admins.map((p) => `${p.name} <${p.email}>${p.active ? "" : " (has left)"}`).join("; "),
      a.stateLabel,
      a.lastSignedOff?.on ?? "",
      a.lastSignedOff?.by ?? "",
      a.lastSignedOff?.note ?? "",
      a.nextDueOn ?? "",
    ].map(defuseFormula),
  );
  return stringify([
    [
      "platform",
      "handle",
      "name",
      "owning_service",
      "admins",
      "state",
      "signed_off_on",
      "signed_off_by",
      "note",
      "next_due_on",
    ],
    ...rows,
  ]);
}
