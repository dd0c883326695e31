import {
  type AccountsPack,
  AppError,
  EXPIRY_WARNING_DAYS,
  notApprovedMessage,
  TRAINING_CSV_COLUMNS,
  type TrainingStatus,
  trainingStatus,
} from "@parapet/core";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { OrganisationActor } from "../audit/actor.js";
import type { DB } from "../db/schema.js";
import { enqueueNotificationMail } from "../notifications/notification-mail.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import type { AccountsDeps } from "./account-requests.service.js";
import { peopleByEmails, peopleByIds } from "./accounts.repository.js";
import { accountsPackOf } from "./accounts-pack.js";
import { type CsvFileSpec, calendarDay, parseRows, readCsvFile } from "./csv-file.js";
import { isoDay } from "./dates.js";
import { activePeople, claimReminder, completionsOf, insertCompletions } from "./training.repository.js";

/**
 * Training records (docs/accounts.md, "Training"): completions of the pack's modules, recorded
 * by hand or imported from a workforce system's export, and from them who is an approved user
 * (CORP-0068 §3.2 and §7.2; RWT Attachment 2 §3.4). Only approved users may be added as an
 * account's admins or approved users, or send replies from the organisation's accounts.
 */

function completionsByPerson(rows: Awaited<ReturnType<typeof completionsOf>>) {
  const byPerson = new Map<string, { moduleId: string; completedOn: string }[]>();
  for (const r of rows) {
    const list = byPerson.get(r.user_id) ?? [];
    list.push({ moduleId: r.module_id, completedOn: r.completed_on });
    byPerson.set(r.user_id, list);
  }
  return byPerson;
}

/** Each listed person's training standing today, by id (a person with no records included). */
export async function trainingStatusOf(
  db: Kysely<DB>,
  organisationId: string,
  userIds: readonly string[],
  today: string,
  pack?: AccountsPack,
): Promise<Map<string, TrainingStatus>> {
  const settings = (pack ?? (await accountsPackOf(db, organisationId))).training;
  const byPerson = completionsByPerson(await completionsOf(db, organisationId, userIds));
  return new Map(userIds.map((id) => [id, trainingStatus(settings, byPerson.get(id) ?? [], today)]));
}

/** Refuses, saying which module is missing or expired and since when, unless the person is approved. */
export async function assertApprovedUser(
  db: Kysely<DB>,
  organisationId: string,
  person: { id: string; name: string | null },
  today: string,
  refusal: { code: "validation" | "forbidden"; action: string },
): Promise<void> {
  const status = (await trainingStatusOf(db, organisationId, [person.id], today)).get(person.id);
  if (status && !status.approvedUser)
    throw new AppError(refusal.code, notApprovedMessage(person.name, refusal.action, status));
}

/** The training records page: the pack's modules and everyone's standing against them. */
export async function trainingRecords(deps: AccountsDeps, actor: OrganisationActor) {
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const today = isoDay(deps.clock.now());
  const people = await activePeople(deps.db, actor.organisationId);
  const byPerson = completionsByPerson(await completionsOf(deps.db, actor.organisationId));
  return {
    clause: pack.training.clause,
    modules: pack.training.modules.map((m) => ({
      id: m.id,
      label: m.label,
      clause: m.clause,
      validMonths: m.validMonths ?? null,
      required: pack.training.required.includes(m.id),
    })),
    people: people.map((p) => {
      const status = trainingStatus(pack.training, byPerson.get(p.id) ?? [], today);
      return {
        id: p.id,
        name: p.display_name,
        email: p.email,
        jobTitle: p.job_title,
        approvedUser: status.approvedUser,
        reasons: status.reasons,
        modules: status.modules,
      };
    }),
  };
}

/** One's own training: what one holds, what is missing, and whether one is an approved user. */
export async function myTraining(deps: AccountsDeps, actor: OrganisationActor) {
  if (actor.kind !== "user" || actor.id === null)
    throw new AppError("forbidden", "Training records belong to people: sign in to see your own.");
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const rows = await completionsOf(deps.db, actor.organisationId, [actor.id]);
  const status = trainingStatus(
    pack.training,
    rows.map((r) => ({ moduleId: r.module_id, completedOn: r.completed_on })),
    isoDay(deps.clock.now()),
  );
  return { clause: pack.training.clause, ...status };
}

export const completionSchema = z.strictObject({
  userId: z.uuid(),
  moduleId: z.string().min(1).max(64),
  completedOn: calendarDay,
});

function checkModuleAndDay(pack: AccountsPack, moduleId: string, completedOn: string, today: string) {
  if (!pack.training.modules.some((m) => m.id === moduleId))
    return `module: not one of your policy's modules (${pack.training.modules.map((m) => m.label).join(", ")})`;
  if (completedOn > today) return "completed_on: a completion cannot be in the future";
  return null;
}

/** Records that a person completed a module on a day; audited. */
export async function recordCompletion(
  deps: AccountsDeps,
  actor: OrganisationActor,
  input: z.infer<typeof completionSchema>,
) {
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const now = deps.clock.now();
  const problem = checkModuleAndDay(pack, input.moduleId, input.completedOn, isoDay(now));
  if (problem) throw new AppError("validation", problem.replace(/^[a-z_]+: /, ""));
  const [person] = await peopleByIds(deps.db, actor.organisationId, [input.userId]);
  if (person?.status !== "active")
    throw new AppError("validation", "That person is not an active member of your organisation.");
  return deps.db.transaction().execute(async (trx) => {
    const added = await insertCompletions(trx, [
      {
        organisationId: actor.organisationId,
        userId: input.userId,
        moduleId: input.moduleId,
        completedOn: input.completedOn,
        source: "recorded",
        recordedBy: actor.kind === "user" ? actor.id : null,
        now,
      },
    ]);
    if (added > 0)
      await deps.audit.record(trx, {
        actor,
        action: "training.recorded",
        entity: { type: "user", id: input.userId },
        after: { module: input.moduleId, completedOn: input.completedOn },
      });
    return { recorded: added > 0 };
  });
}

export const TRAINING_COLUMNS = TRAINING_CSV_COLUMNS;
const TRAINING_FILE: CsvFileSpec = {
  what: "completion",
  columns: TRAINING_COLUMNS,
  required: TRAINING_COLUMNS,
  maxBytes: 1_000_000,
  maxRows: 20_000,
  maxRecordSize: 2000,
};
const rowSchema = z.strictObject({
  email: z.email("an e-mail address").transform((e) => e.toLowerCase()),
  module: z.string().trim().min(1).max(200),
  completed_on: calendarDay,
});

export type TrainingImportReport = {
  dryRun: boolean;
  rows: number;
  imported: number;
  errors: { line: number; reason: string }[];
};

/**
 * Imports completions from a workforce system's export (email, module, completed_on; a module by
 * its label or its short name): all or nothing, every bad row named by line; a dry run only
 * reports. A completion already recorded is not recorded twice.
 */
export async function importCompletions(
  deps: AccountsDeps,
  actor: OrganisationActor,
  csv: string,
  dryRun: boolean,
): Promise<TrainingImportReport> {
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const now = deps.clock.now();
  const today = isoDay(now);
  const records = readCsvFile(csv, TRAINING_FILE);
  const { rows, errors } = parseRows(records, rowSchema);
  const moduleOf = (name: string) =>
    pack.training.modules.find(
      (m) => m.id === name.toLowerCase() || m.label.toLowerCase() === name.toLowerCase(),
    );
  const people = await peopleByEmails(deps.db, actor.organisationId, [
    ...new Set(rows.map((r) => r.row.email)),
  ]);
  const completions: Parameters<typeof insertCompletions>[1][number][] = [];
  for (const { line, row } of rows) {
    const person = people.find((p) => p.email.toLowerCase() === row.email);
    const module = moduleOf(row.module);
    if (!person) errors.push({ line, reason: `${row.email} is not a person in Parapet` });
    else if (person.status !== "active") errors.push({ line, reason: `${row.email} is not active` });
    if (!module) {
      errors.push({ line, reason: `module: ${row.module} is not one of your policy's modules` });
      continue;
    }
    const problem = checkModuleAndDay(pack, module.id, row.completed_on, today);
    if (problem) errors.push({ line, reason: problem });
    if (person)
      completions.push({
        organisationId: actor.organisationId,
        userId: person.id,
        moduleId: module.id,
        completedOn: row.completed_on,
        source: "imported",
        recordedBy: actor.kind === "user" ? actor.id : null,
        now,
      });
  }
  errors.sort((a, b) => a.line - b.line);
  const report = { dryRun, rows: records.length, imported: 0, errors };
  if (dryRun || errors.length > 0) return report;
  return deps.db.transaction().execute(async (trx) => {
    const imported = await insertCompletions(trx, completions);
    await deps.audit.record(trx, {
      actor,
      action: "training.imported",
      entity: { type: "organisation", id: actor.organisationId },
      after: { rows: records.length, imported },
    });
    return { ...report, imported };
  });
}

/**
 * Tells each person whose module expires within the warning days, once per expiry (a daily job):
 * "reminders before expiry" (CORP-0068 §7.2, the annual refresher).
 */
export async function remindExpiringTraining(
  deps: Pick<AccountsDeps, "db" | "clock" | "jobs" | "mail">,
  organisationId: string,
): Promise<number> {
  const pack = await accountsPackOf(deps.db, organisationId);
  const now = deps.clock.now();
  const today = isoDay(now);
  const people = await activePeople(deps.db, organisationId);
  const statuses = await trainingStatusOf(
    deps.db,
    organisationId,
    people.map((p) => p.id),
    today,
    pack,
  );
  let sent = 0;
  for (const person of people) {
    for (const module of statuses.get(person.id)?.modules ?? []) {
      if (module.state !== "expiring" || module.expiresOn === null) continue;
      const expiresOn = module.expiresOn;
      await deps.db.transaction().execute(async (trx) => {
        const first = await claimReminder(trx, {
          organisationId,
          userId: person.id,
          moduleId: module.moduleId,
          expiresOn,
          now,
        });
        if (!first) return;
        const made = await insertNotifications(trx, {
          organisationId,
          userIds: [person.id],
          kind: "training.expiring",
          title: `${module.label} expires on ${expiresOn}`,
          body: `Do the module again before ${expiresOn} to stay an approved user (${module.clause}). You are reminded ${EXPIRY_WARNING_DAYS} days before.`,
          itemId: null,
          now,
        });
        // By e-mail too, unless the person turned it off (their Notifications page).
        await enqueueNotificationMail(deps, trx, {
          organisationId,
          kind: "training_expiring",
          notifications: made,
          path: "/training",
        });
        sent++;
      });
    }
  }
  return sent;
}
