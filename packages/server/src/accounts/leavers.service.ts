import { AppError, COMMUNICATIONS_ROLES, LEAVER_CSV_COLUMNS } from "@parapet/core";
import { z } from "zod";
import type { OrganisationActor } from "../audit/actor.js";
import { enqueueNotificationMail } from "../notifications/notification-mail.js";
import { insertNotifications } from "../notifications/notifications.repository.js";
import type { AccountsDeps } from "./account-requests.service.js";
import {
  addAccountPeople,
  insertTransition,
  peopleByEmails,
  peopleByIds,
  peopleWithRoles,
  removeAccountPerson,
} from "./accounts.repository.js";
import { accountsPackOf } from "./accounts-pack.js";
import { type CsvFileSpec, calendarDay, parseRows, readCsvFile } from "./csv-file.js";
import { isoDay } from "./dates.js";
import {
  holdingsOf,
  insertHandover,
  lockHandover,
  markHandoverDone,
  openHandoverRows,
} from "./handovers.repository.js";
import { assertApprovedUser } from "./training.service.js";

/**
 * Leavers and handover (RWT §4.9.7; CORP-0068 §4.9): HR uploads a leavers CSV; every account
 * where a leaver is an admin or approved user gets a handover task for the named successor, or
 * the communications team when nobody is named, due within the pack's days of leaving.
 */
export const LEAVER_COLUMNS = LEAVER_CSV_COLUMNS;
const MAX_BYTES = 500_000;
const MAX_ROWS = 5000;

const rowSchema = z.strictObject({
  email: z.email("an e-mail address").transform((e) => e.toLowerCase()),
  leaving_on: calendarDay,
  successor_email: z
    .email("an e-mail address")
    .transform((e) => e.toLowerCase())
    .optional(),
});

export type LeaversReport = {
  dryRun: boolean;
  rows: number;
  handovers: number;
  errors: { line: number; reason: string }[];
};

const LEAVERS_FILE: CsvFileSpec = {
  what: "leaver",
  columns: LEAVER_COLUMNS,
  required: ["email", "leaving_on"],
  maxBytes: MAX_BYTES,
  maxRows: MAX_ROWS,
  maxRecordSize: 5000,
};

/** Reads a leavers file; all or nothing, and a dry run only reports. */
export async function importLeavers(
  deps: AccountsDeps,
  actor: OrganisationActor,
  csv: string,
  dryRun: boolean,
): Promise<LeaversReport> {
  const pack = await accountsPackOf(deps.db, actor.organisationId);
  const records = readCsvFile(csv, LEAVERS_FILE);
  const { rows, errors } = parseRows(records, rowSchema);
  const people = await peopleByEmails(
    deps.db,
    actor.organisationId,
    rows.flatMap((r) => [r.row.email, ...(r.row.successor_email ? [r.row.successor_email] : [])]),
  );
  const byEmail = (email: string) => people.find((p) => p.email.toLowerCase() === email);
  for (const { line, row } of rows) {
    if (!byEmail(row.email)) errors.push({ line, reason: `${row.email} is not a person in Parapet` });
    if (row.successor_email) {
      const successor = byEmail(row.successor_email);
      if (!successor)
        errors.push({ line, reason: `successor ${row.successor_email} is not a person in Parapet` });
      else if (successor.status !== "active")
        errors.push({ line, reason: `successor ${row.successor_email} is not active` });
      if (row.successor_email === row.email)
        errors.push({ line, reason: "a leaver cannot be their own successor" });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  const holdings = await holdingsOf(
    deps.db,
    actor.organisationId,
    people.map((p) => p.id),
  );
  const tasks = rows.flatMap(({ row }) => {
    const leaver = byEmail(row.email);
    return holdings
      .filter((h) => h.user_id === leaver?.id)
      .map((h) => ({
        ...h,
        row,
        successorId: row.successor_email ? (byEmail(row.successor_email)?.id ?? null) : null,
      }));
  });
  const report = { dryRun, rows: records.length, handovers: tasks.length, errors };
  if (dryRun || errors.length > 0) return { ...report, handovers: errors.length > 0 ? 0 : tasks.length };
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    const comms = await peopleWithRoles(trx, actor.organisationId, COMMUNICATIONS_ROLES);
    let made = 0;
    // One notification per account and person, however many roles the leaver held on it.
    const told = new Set<string>();
    for (const task of tasks) {
      const due = new Date(`${task.row.leaving_on}T00:00:00Z`);
      due.setUTCDate(due.getUTCDate() + pack.handover.withinDays);
      const inserted = await insertHandover(trx, {
        organisationId: actor.organisationId,
        accountId: task.account_id,
        leaverId: task.user_id,
        role: task.role,
        successorId: task.successorId,
        leavingOn: task.row.leaving_on,
        dueOn: isoDay(due),
        now,
      });
      if (!inserted) continue;
      made += 1;
      await deps.audit.record(trx, {
        actor,
        action: "account.handover_created",
        entity: { type: "registered_account", id: task.account_id },
        after: { user: task.user_id, role: task.role, successor: task.successorId },
      });
      const recipients = (task.successorId ? [task.successorId] : comms).filter(
        (u) => !told.has(`${task.account_id}:${u}`),
      );
      for (const u of recipients) told.add(`${task.account_id}:${u}`);
      const notified = await insertNotifications(trx, {
        organisationId: actor.organisationId,
        userIds: recipients,
        kind: "account.handover",
        title: "An account needs handing over",
        body: `${task.handle}: someone who ${task.role === "admin" ? "administers" : "posts on"} it leaves on ${task.row.leaving_on}. Take it over by ${isoDay(due)}.`,
        itemId: null,
        now,
      });
      // By e-mail too: the successor (or communications) may not open Parapet before the deadline.
      await enqueueNotificationMail(deps, trx, {
        organisationId: actor.organisationId,
        kind: "account_handover",
        notifications: notified,
        path: `/accounts/account?id=${task.account_id}`,
      });
    }
    return { ...report, handovers: made };
  });
}

/** The handover is done: the leaver comes off the account and the successor goes on in their place. */
export async function completeHandover(
  deps: AccountsDeps,
  actor: OrganisationActor,
  id: string,
  successorId: string | undefined,
) {
  return deps.db.transaction().execute(async (trx) => {
    const task = await lockHandover(trx, actor.organisationId, id);
    if (!task) throw new AppError("not_found", "There is no such handover in your organisation.");
    if (task.status === "done") throw new AppError("invalid_transition", "This handover is already done.");
    const successor = successorId ?? task.successor_id;
    if (!successor) throw new AppError("validation", "Name who takes the account over.");
    if (successor === task.leaver_id)
      throw new AppError("validation", "The leaver cannot take over from themselves.");
    const [person] = await peopleByIds(trx, actor.organisationId, [successor]);
    if (person?.status !== "active")
      throw new AppError("validation", "The successor must be an active member of your organisation.");
    const now = deps.clock.now();
    // The successor becomes an admin or approved user: only approved users may (CORP-0068 §3.2;
    // RWT Attachment 2 §3.4), refused as addPerson refuses, naming the module and since when.
    await assertApprovedUser(
      trx,
      actor.organisationId,
      { id: person.id, name: person.display_name },
      isoDay(now),
      {
        code: "validation",
        action: `take over as the account's ${task.role === "admin" ? "admin" : "approved user"}`,
      },
    );
    await removeAccountPerson(trx, task.account_id, task.leaver_id, task.role);
    await addAccountPeople(trx, task.account_id, [{ userId: successor, role: task.role }], now);
    await markHandoverDone(trx, id, { by: actor.id, successorId: successor, now });
    await insertTransition(trx, {
      organisationId: actor.organisationId,
      entityType: "account",
      entityId: task.account_id,
      event: "handover",
      from: null,
      to: "handed_over",
      actor,
      reasons: null,
      at: now,
    });
    await deps.audit.record(trx, {
      actor,
      action: "account.handover_done",
      entity: { type: "registered_account", id: task.account_id },
      before: { user: task.leaver_id, role: task.role },
      after: { user: successor, role: task.role },
    });
    return { done: true };
  });
}

/** Open handovers of the organisation (or one account), for the register's flag and the account page. */
export async function openHandovers(deps: AccountsDeps, organisationId: string, accountId?: string) {
  return openHandoverRows(deps.db, organisationId, accountId);
}
