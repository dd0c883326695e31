import { AppError } from "@parapet/core";
import { type AuditValueNames, auditActionLabel, auditChangeLines } from "@parapet/core/labels";
import { stringify } from "csv-stringify/sync";
import { accountsPackOf } from "../accounts/accounts-pack.js";
import type { ServiceDeps } from "../deps.js";
import { packDirectory } from "../packs/load-packs-from-disk.js";
import type { OrganisationActor } from "./actor.js";
import { type AuditListRow, findAuditEvents } from "./audit.repository.js";
import type { AuditEventView, AuditQueryInput } from "./audit.schema.js";

/**
 * A pack change reads as the pack's name (what the pack select shows), and a training module as
 * the module's name in the organisation's pack (what the training page shows), never as an id.
 */
async function namesFor(deps: ServiceDeps, organisationId: string): Promise<AuditValueNames> {
  const modules = new Map<string, string>();
  // A pack that no longer loads must not hide the trail: its modules read as no longer here.
  const pack = await accountsPackOf(deps.db, organisationId).catch((error: unknown) => {
    if (error instanceof AppError) return undefined;
    throw error;
  });
  for (const m of pack?.training.modules ?? []) modules.set(m.id, m.label);
  const moduleName = (id: string) => modules.get(id);
  return {
    packId: (id) => packDirectory().resolved(id)?.organisation,
    training: moduleName,
    module: moduleName,
  };
}

function toView(row: AuditListRow, names: AuditValueNames): AuditEventView {
  const summary = JSON.parse(row.summary) as unknown;
  return {
    seq: row.seq,
    occurredAt: row.occurred_at.toISOString(),
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRoles: row.actor_roles ? row.actor_roles.split(",") : [],
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary,
    requestId: row.request_id,
    hash: row.hash,
    actionLabel: auditActionLabel(row.action),
    change: auditChangeLines(summary, names),
  };
}

function queryOf(actor: OrganisationActor, input: AuditQueryInput, limit: number) {
  return {
    organisationId: actor.organisationId,
    limit,
    ...(input.actorId !== undefined ? { actorId: input.actorId } : {}),
    ...(input.entityType !== undefined ? { entityType: input.entityType } : {}),
    ...(input.entityId !== undefined ? { entityId: input.entityId } : {}),
    ...(input.action !== undefined ? { action: input.action } : {}),
    ...(input.from !== undefined ? { from: new Date(input.from) } : {}),
    ...(input.to !== undefined ? { to: new Date(input.to) } : {}),
    ...(input.before !== undefined ? { beforeSeq: input.before } : {}),
  };
}

/** One page of the organisation's audit trail, newest first; only its own rows, ever. */
export async function listAudit(
  options: { actor: OrganisationActor; query: AuditQueryInput },
  deps: ServiceDeps,
): Promise<{ events: AuditEventView[]; nextBefore: number | null }> {
  const rows = await findAuditEvents(deps.db, queryOf(options.actor, options.query, options.query.limit + 1));
  const page = rows.slice(0, options.query.limit);
  const more = rows.length > options.query.limit;
  const names = await namesFor(deps, options.actor.organisationId);
  return {
    events: page.map((row) => toView(row, names)),
    nextBefore: more ? (page.at(-1)?.seq ?? null) : null,
  };
}

/** Up to this many rows per CSV download; narrow the filters for more. */
export const CSV_ROW_LIMIT = 50_000;

/**
 * The filtered trail as CSV. A cell that a spreadsheet would run as a formula
 * (=, +, -, @, tab, return) is prefixed with a quote mark (OWASP CSV injection).
 */
export async function exportAuditCsv(
  options: { actor: OrganisationActor; query: AuditQueryInput },
  deps: ServiceDeps,
): Promise<string> {
  const rows = await findAuditEvents(deps.db, queryOf(options.actor, options.query, CSV_ROW_LIMIT));
  const names = await namesFor(deps, options.actor.organisationId);
  const header = [
    "seq",
    "occurred_at",
    "actor_kind",
    "actor_id",
    "actor_name",
    "actor_roles",
    "action",
    "entity_type",
    "entity_id",
    "summary",
    "request_id",
    "hash",
    "what",
    "change",
  ];
  const records = rows.map((row) =>
    [
      row.seq,
      row.occurred_at.toISOString(),
      row.actor_kind,
      row.actor_id ?? "",
      row.actor_name ?? "",
      row.actor_roles,
      row.action,
      row.entity_type,
      row.entity_id ?? "",
      row.summary,
      row.request_id ?? "",
      row.hash,
      auditActionLabel(row.action),
      auditChangeLines(JSON.parse(row.summary), names).join("; "),
    ].map(defuseFormula),
  );
  return stringify([header, ...records]);
}

/** A cell a spreadsheet would run as a formula starts with a quote instead. */
export function defuseFormula(value: string | number): string {
  const text = String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
