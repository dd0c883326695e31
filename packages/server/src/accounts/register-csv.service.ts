import { ACCOUNT_STATUSES, AppError, PLATFORMS } from "@parapet/core";
import { parse } from "csv-parse/sync";
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
import { registerView } from "./register.service.js";

/**
 * The register as CSV: import of the spreadsheet a trust kept before (a dry run reports every
 * bad row by line and reason, and nothing is imported while any row is bad) and export.
 */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 2000;
export const CSV_COLUMNS = [
  "platform",
  "handle",
  "name",
  "url",
  "purpose",
  "owning_service",
  "kind",
  "status",
  "admins",
  "approved_users",
  "last_review_on",
  "next_review_on",
  "credentials_location",
] as const;
const REQUIRED = ["platform", "handle", "name", "owning_service", "status"] as const;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "not a real date",
  );
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
  last_review_on: z.union([z.literal(""), day]).default(""),
  next_review_on: z.union([z.literal(""), day]).default(""),
  credentials_location: z
    .string()
    .trim()
    .max(300)
    .refine((s) => !/\b(?:password|passcode|pin)\s*[:=]/i.test(s), "a place, never the password itself")
    .default(""),
});
type ImportRow = z.infer<typeof rowSchema>;

export type ImportReport = {
  dryRun: boolean;
  rows: number;
  imported: number;
  errors: { line: number; reason: string }[];
};

function parseCsv(csv: string): { line: number; record: Record<string, string> }[] {
  if (Buffer.byteLength(csv, "utf8") > MAX_IMPORT_BYTES)
    throw new AppError(
      "payload_too_large",
      `A register file can be at most ${MAX_IMPORT_BYTES / 1_000_000} MB.`,
    );
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
      max_record_size: 20_000,
      to: MAX_IMPORT_ROWS + 1,
    });
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new AppError(
      "validation",
      `Line ${e.lines ?? "?"}: ${String(e.message ?? "the file is not CSV").split("\n")[0]}`,
    );
  }
  if (records.length > MAX_IMPORT_ROWS)
    throw new AppError("validation", `Import at most ${MAX_IMPORT_ROWS} accounts in one file.`);
  const header = records[0] ? Object.keys(records[0].record) : [];
  const unknown = header.filter((h) => !(CSV_COLUMNS as readonly string[]).includes(h));
  if (unknown.length > 0)
    throw new AppError(
      "validation",
      `Line 1: unknown column ${unknown.join(", ")}; the columns are ${CSV_COLUMNS.join(", ")}.`,
    );
  const missing = REQUIRED.filter((c) => records.length > 0 && !header.includes(c));
  if (missing.length > 0) throw new AppError("validation", `Line 1: missing column ${missing.join(", ")}.`);
  return records.map((r) => ({ line: r.info.lines, record: r.record }));
}

/** Imports accounts from CSV, all or nothing; with `dryRun`, only reports. */
export async function importRegister(
  deps: AccountsDeps,
  actor: OrganisationActor,
  csv: string,
  dryRun: boolean,
): Promise<ImportReport> {
  const records = parseCsv(csv);
  if (records.length === 0)
    throw new AppError(
      "validation",
      "Line 1: the file has no accounts in it (a header row, then one row per account).",
    );
  const errors: ImportReport["errors"] = [];
  const rows: { line: number; row: ImportRow }[] = [];
  for (const { line, record } of records) {
    const clean = Object.fromEntries(Object.entries(record).filter(([, v]) => v !== ""));
    const parsed = rowSchema.safeParse(clean);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      errors.push({ line, reason: `${String(issue?.path[0] ?? "row")}: ${issue?.message ?? "invalid"}` });
      continue;
    }
    rows.push({ line, row: parsed.data });
  }
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
