import { AppError } from "@parapet/core";
import type { OrganisationActor } from "../audit/actor.js";
import { type ImportFormat, parseImport } from "./connectors/import/import-parser.js";
import { type IngestDeps, type IngestResult, ingestItems } from "./ingest.service.js";

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
  },
): Promise<IngestResult & { rows: number }> {
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
  return { ...result, itemIds: [], rows: parsed.items.length };
}
