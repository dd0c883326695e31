import { AppError } from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import { type ImportFormat, parseImport } from "./connectors/import/import-parser.js";
import { type IngestDeps, ingestItems } from "./ingest.service.js";

/** What an import did, or on a dry run would do: bad rows by line, and nothing stored while any is bad. */
export interface ImportReport {
  dryRun: boolean;
  rows: number;
  stored: number;
  duplicates: number;
  errors: { line: number; reason: string }[];
}

/** One request's import: enough for a month of a busy account's export, small enough for one transaction. */
export const MAX_IMPORT_ROWS = 10_000;
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

/**
 * An export from a platform without an API (JSON Lines or CSV, docs/connectors.md "Import") into
 * the inbox through the same ingest service as the webhooks: all or nothing — a file with any bad
 * row stores nothing and says which lines and why.
 */
export async function importMessages(
  deps: IngestDeps,
  actor: OrganisationActor,
  input: {
    format: ImportFormat;
    content: string;
    platform?: string | undefined;
    account?: string | undefined;
    /** Read the file and report every bad row, storing nothing: the page's "Check the file". */
    dryRun?: boolean | undefined;
  },
): Promise<ImportReport> {
  const parsed = parseImport({
    format: input.format,
    content: input.content,
    defaults: {
      ...(input.platform ? { platform: input.platform } : {}),
      ...(input.account ? { account: input.account } : {}),
    },
    maxRows: MAX_IMPORT_ROWS,
    maxBytes: MAX_IMPORT_BYTES,
    maxErrors: 50,
  });
  if (input.dryRun)
    return parsed.ok
      ? { dryRun: true, rows: parsed.items.length, stored: 0, duplicates: 0, errors: [] }
      : { dryRun: true, rows: 0, stored: 0, duplicates: 0, errors: parsed.errors };
  if (!parsed.ok)
    throw new AppError(
      "validation",
      `The file was not imported: ${parsed.errors
        .slice(0, 5)
        .map((e) => `line ${e.line}: ${e.reason}`)
        .join("; ")}${parsed.errors.length > 5 ? `; and ${parsed.errors.length - 5} more` : ""}.`,
      { errors: parsed.errors },
    );
  const result = await ingestItems(deps, {
    organisationId: actor.organisationId,
    accountId: null,
    items: parsed.items,
    actor,
    source: "import",
  });
  return {
    dryRun: false,
    rows: parsed.items.length,
    stored: result.stored,
    duplicates: result.duplicates,
    errors: [],
  };
}
