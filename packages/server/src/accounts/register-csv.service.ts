import { ACCOUNT_STATUSES, PLATFORMS, REGISTER_CSV_COLUMNS } from "@parapet/core";
import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import type { OrganisationActor } from "../audit/actor.js";
import { defuseFormula } from "../audit/audit-query.service.js";
import type { AccountsDeps } from "./account-requests.service.js";
import {
  addAccountPeople,
  findAccountByHandle,
  insertAccount,
  insertTransition,
  peopleByEmails,
} from "./accounts.repository.js";
import { type CsvFileSpec, calendarDay, parseRows, readCsvFile } from "./csv-file.js";
import { registerView } from "./register.service.js";

/**
 * The register as CSV: import of the spreadsheet a trust kept before (a dry run reports every
 * bad row by line and reason, and nothing is imported while any row is bad) and export.
 */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 2000;
export const CSV_COLUMNS = REGISTER_CSV_COLUMNS;
const REQUIRED = ["platform", "handle", "name", "owning_service", "status"] as const;

const emails = z
  .string()
  .transform((s) =>
    s
      .split(/[;,]/)
      .map((e) => e.trim().toLowerCase())
      .filter((e) => e !== ""),
  )
  .pipe(z.array(z.email("an e-mail address")).max(20));

const rowSchema = z.strictObject({
  platform: z.enum(PLATFORMS, `one of ${PLATFORMS.join(", ")}`),
  handle: z.string().trim().min(1, "required").max(100),
  name: z.string().trim().min(1, "required").max(200),
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((s) => s === "" || /^https:\/\/[^\s]+$/.test(s), "an https:// address")
    .default(""),
  purpose: z.string().trim().max(4000).default(""),
  owning_service: z.string().trim().min(1, "required").max(200),
  kind: z.enum(["official", "devolved"], "official or devolved").default("devolved"),
  status: z.enum(ACCOUNT_STATUSES, `one of ${ACCOUNT_STATUSES.join(", ")}`),
  admins: emails.default([]),
  approved_users: emails.default([]),
  last_review_on: z.union([z.literal(""), calendarDay]).default(""),
  next_review_on: z.union([z.literal(""), calendarDay]).default(""),
  credentials_location: z
    .string()
    .trim()
    .max(300)
    .refine((s) => !/\b(?:password|passcode|pin)\s*[:=]/i.test(s), "a place, never the password itself")
    .default(""),
});

export type ImportReport = {
  dryRun: boolean;
  rows: number;
  imported: number;
  errors: { line: number; reason: string }[];
};

const REGISTER_FILE: CsvFileSpec = {
  what: "account",
  columns: CSV_COLUMNS,
  required: REQUIRED,
  maxBytes: MAX_IMPORT_BYTES,
  maxRows: MAX_IMPORT_ROWS,
  maxRecordSize: 20_000,
};

/** Imports accounts from CSV, all or nothing; with `dryRun`, only reports. */
export async function importRegister(
  deps: AccountsDeps,
  actor: OrganisationActor,
  csv: string,
  dryRun: boolean,
): Promise<ImportReport> {
  const records = readCsvFile(csv, REGISTER_FILE);
  const { rows, errors } = parseRows(records, rowSchema);
  const everyone = await peopleByEmails(deps.db, actor.organisationId, [
    ...new Set(rows.flatMap((r) => [...r.row.admins, ...r.row.approved_users])),
  ]);
  const seen = new Set<string>();
  for (const { line, row } of rows) {
    const key = `${row.platform}\u0000${row.handle.toLowerCase()}`;
    if (seen.has(key))
      errors.push({ line, reason: `handle: ${row.handle} on ${row.platform} is in the file twice` });
    seen.add(key);
    if (await findAccountByHandle(deps.db, actor.organisationId, row.platform, row.handle))
      errors.push({ line, reason: `handle: ${row.handle} on ${row.platform} is already in the register` });
    for (const email of [...row.admins, ...row.approved_users]) {
      const person = everyone.find((p) => p.email.toLowerCase() === email);
      if (!person) errors.push({ line, reason: `${email} is not a person in Parapet` });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  const report = { dryRun, rows: records.length, imported: 0, errors };
  if (dryRun || errors.length > 0) return report;
  const idOf = (email: string) => everyone.find((p) => p.email.toLowerCase() === email)?.id ?? "";
  return deps.db.transaction().execute(async (trx) => {
    const now = deps.clock.now();
    for (const { row } of rows) {
      const id = await insertAccount(trx, {
        organisationId: actor.organisationId,
        platform: row.platform,
        handle: row.handle,
        name: row.name,
        url: row.url || null,
        purpose: row.purpose,
        owningService: row.owning_service,
        kind: row.kind,
        status: row.status,
        credentialsLocation: row.credentials_location || null,
        lastReviewOn: row.last_review_on || null,
        nextReviewOn: row.next_review_on || null,
        now,
      });
      await addAccountPeople(
        trx,
        id,
        [
          ...row.admins.map((e) => ({ userId: idOf(e), role: "admin" as const })),
          ...row.approved_users.map((e) => ({ userId: idOf(e), role: "approved_user" as const })),
        ],
        now,
      );
      await insertTransition(trx, {
        organisationId: actor.organisationId,
        entityType: "account",
        entityId: id,
        event: "import",
        from: null,
        to: row.status,
        actor,
        reasons: null,
        at: now,
      });
      await deps.audit.record(trx, {
        actor,
        action: "account.imported",
        entity: { type: "registered_account", id },
        after: { status: row.status, platform: row.platform },
      });
    }
    return { ...report, imported: rows.length };
  });
}

/** The register as CSV, in the import's columns plus the flags, in words. */
export async function exportRegister(deps: AccountsDeps, actor: OrganisationActor): Promise<string> {
  const { accounts } = await registerView(deps, actor);
  const rows = accounts.map((a) =>
    [
      a.platform,
      a.handle,
      a.name,
      a.url ?? "",
      a.purpose,
      a.owningService,
      a.kind,
      a.status,
      a.people
        .filter((p) => p.role === "admin")
        .map((p) => p.email)
        .join("; "),
      a.people
        .filter((p) => p.role === "approved_user")
        .map((p) => p.email)
        .join("; "),
      a.lastReviewOn ?? "",
      a.nextReviewOn ?? "",
      a.credentialsLocation ?? "",
      a.flags.map((f) => f.label).join("; "),
    ].map(defuseFormula),
  );
  return stringify([[...CSV_COLUMNS, "flags"], ...rows]);
}
