import { CHANNELS } from "@parapet/core";
import { parse as parseCsv } from "csv-parse/sync";
import { z } from "zod";
import { type Channel, type InboundItem, inboundItemSchema, MAX_TEXT } from "../connector.js";
import { toIso, versionKey } from "../normalise.js";

/**
 * Exports from platforms without an API (JSON Lines or CSV) read into the same inbound items the
 * connectors give. All or nothing: a file with any bad row yields no items, only the list of bad
 * rows by line number and reason, so an import is never half done. docs/connectors.md, "Import".
 */
export const IMPORT_FORMATS = ["jsonl", "csv"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOptions {
  format: ImportFormat;
  content: Uint8Array | string;
  /** Used where a row leaves the field out. */
  defaults?: { platform?: string; account?: string; channel?: Channel };
  maxRows?: number;
  maxBytes?: number;
  /** Stop listing bad rows after this many. */
  maxErrors?: number;
}

export interface ImportError {
  line: number;
  reason: string;
}

export type ImportResult = { ok: true; items: InboundItem[] } | { ok: false; errors: ImportError[] };

export const DEFAULT_MAX_IMPORT_ROWS = 100_000;
export const DEFAULT_MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const UNSTORABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding characters that cannot be stored is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** False for text PostgreSQL cannot store as sent: C0 controls other than tab and line breaks, broken surrogates. */
export function isStorable(value: string): boolean {
  return !UNSTORABLE.test(value);
}

const storable = (max: number) =>
  z
    .string()
    .max(max)
    .refine(
      (v) => !UNSTORABLE.test(v),
      "contains a control character or broken Unicode that cannot be stored",
    );
const optionalText = (max: number) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), storable(max).optional());

const rowSchema = z.object({
  id: z.preprocess(
    (v) => (typeof v === "number" ? String(v) : v),
    storable(500).pipe(z.string().min(1, "id is empty")),
  ),
  text: storable(MAX_TEXT).refine((v) => v.trim().length > 0, "text is empty"),
  platform: z
    .string()
    .regex(/^[a-z][a-z0-9_-]{0,39}$/, "platform must be a lower-case name such as youtube or nhs_website"),
  account: storable(500).pipe(z.string().min(1, "account is empty")),
  channel: z.enum(CHANNELS, { message: `channel must be one of ${CHANNELS.join(", ")}` }),
  authorHandle: optionalText(300),
  authorName: optionalText(300),
  authorId: optionalText(500),
  receivedAt: z.string().max(60),
  replyToId: optionalText(500),
  threadId: optionalText(500),
  permalink: optionalText(2000),
  subject: optionalText(MAX_TEXT),
});

/** Header names as exports write them, folded (lower case, letters and digits only) to one field. */
const FIELD_BY_KEY: Readonly<Record<string, keyof z.input<typeof rowSchema>>> = {
  id: "id",
  externalid: "id",
  text: "text",
  message: "text",
  platform: "platform",
  account: "account",
  channel: "channel",
  authorhandle: "authorHandle",
  handle: "authorHandle",
  authorname: "authorName",
  authorid: "authorId",
  receivedat: "receivedAt",
  createdat: "receivedAt",
  replytoid: "replyToId",
  threadid: "threadId",
  permalink: "permalink",
  subject: "subject",
};

const fold = (key: string) => key.toLowerCase().replace(/[^a-z0-9]/g, "");

export function parseImport(options: ImportOptions): ImportResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  const bytes =
    typeof options.content === "string" ? Buffer.byteLength(options.content) : options.content.byteLength;
  if (bytes > maxBytes)
    return { ok: false, errors: [{ line: 0, reason: `the file is larger than ${maxBytes} bytes` }] };
  let text: string;
  if (typeof options.content === "string") text = options.content;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(options.content);
    } catch {
      return { ok: false, errors: [{ line: 0, reason: "the file is not UTF-8 text" }] };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows = options.format === "csv" ? csvRows(text) : jsonlRows(text);
  if (!rows.ok) return rows;
  return toItems(rows.rows, options);
}

interface Row {
  line: number;
  fields: Record<string, unknown>;
}

type Rows = { ok: true; rows: Row[] } | { ok: false; errors: ImportError[] };

function jsonlRows(text: string): Rows {
  const rows: Row[] = [];
  const errors: ImportError[] = [];
  const lines = text.split("\n");
  for (const [i, raw] of lines.entries()) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim().length === 0) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({ line: i + 1, reason: "not valid JSON" });
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      errors.push({ line: i + 1, reason: "not a JSON object" });
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === "author" && typeof v === "object" && v !== null) {
        const author = v as Record<string, unknown>;
        for (const part of ["handle", "name", "id"] as const) {
          if (author[part] !== undefined)
            fields[`author${part[0]?.toUpperCase()}${part.slice(1)}`] = author[part];
        }
        continue;
      }
      const field = FIELD_BY_KEY[fold(key)];
      if (field) fields[field] = v;
    }
    rows.push({ line: i + 1, fields });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

function csvRows(text: string): Rows {
  let records: { record: string[]; info: { lines: number }; raw: string }[];
  try {
    records = parseCsv(text, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    const reason =
      error instanceof Error ? error.message.replace(/\s+/g, " ").slice(0, 300) : "the CSV could not be read";
    return { ok: false, errors: [{ line: typeof line === "number" ? line : 0, reason }] };
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, errors: [{ line: 1, reason: "the file is empty" }] };
  const fields = header.record.map((name) => FIELD_BY_KEY[fold(name)]);
  if (!fields.includes("id") || !fields.includes("text")) {
    return {
      ok: false,
      errors: [{ line: 1, reason: "the header must name at least the id and text columns" }],
    };
  }
  const rows: Row[] = [];
  const errors: ImportError[] = [];
  for (const { record, info, raw } of body) {
    // info.lines is where the record ends; a quoted field may span lines, so count back to its start.
    const line = info.lines - (raw.replace(/\r?\n$/, "").split("\n").length - 1);
    if (record.length !== header.record.length) {
      errors.push({
        line,
        reason: `has ${record.length} fields where the header has ${header.record.length}`,
      });
      continue;
    }
    const row: Record<string, unknown> = {};
    record.forEach((value, i) => {
      const field = fields[i];
      if (field) row[field] = value;
    });
    rows.push({ line, fields: row });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

function toItems(rows: Row[], options: ImportOptions): ImportResult {
  const maxRows = options.maxRows ?? DEFAULT_MAX_IMPORT_ROWS;
  const maxErrors = options.maxErrors ?? 100;
  if (rows.length > maxRows)
    return { ok: false, errors: [{ line: 0, reason: `the file has more than ${maxRows} rows` }] };
  const errors: ImportError[] = [];
  const items: InboundItem[] = [];
  const seen = new Map<string, number>();
  const defaults = options.defaults ?? {};
  for (const { line, fields } of rows) {
    if (errors.length >= maxErrors) break;
    const parsed = rowSchema.safeParse({
      platform: defaults.platform,
      account: defaults.account,
      channel: defaults.channel ?? "comment",
      ...Object.fromEntries(
        Object.entries(fields).filter(([, v]) => v !== "" && v !== null && v !== undefined),
      ),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join(".") || "row";
      const missing = issue?.code === "invalid_type" && issue.input === undefined;
      errors.push({
        line,
        reason: missing ? `${field} is missing` : `${field}: ${issue?.message ?? "invalid"}`,
      });
      continue;
    }
    const row = parsed.data;
    const createdAt = readTime(row.receivedAt);
    if (createdAt === null) {
      errors.push({
        line,
        reason: "receivedAt is not a date and time (use ISO 8601, e.g. 2026-11-20T10:15:00Z)",
      });
      continue;
    }
    const key = `${row.platform}\u0000${row.id}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({ line, reason: `id ${row.id} is repeated (first on line ${earlier})` });
      continue;
    }
    seen.set(key, line);
    const item: InboundItem = {
      platform: row.platform,
      externalId: row.id,
      account: row.account,
      channel: row.channel,
      event: "created",
      versionKey: versionKey("created", createdAt, row.text),
      author: {
        ...(row.authorId ? { platformId: row.authorId } : {}),
        ...(row.authorHandle ? { handle: row.authorHandle } : {}),
        ...(row.authorName ? { name: row.authorName } : {}),
      },
      text: row.text,
      createdAt,
      occurredAt: createdAt,
      ...(row.replyToId ? { replyToId: row.replyToId } : {}),
      ...(row.threadId ? { threadId: row.threadId } : {}),
      ...(row.subject ? { subject: row.subject } : {}),
    };
    if (row.permalink) item.permalink = row.permalink;
    const checked = inboundItemSchema.safeParse(item);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      errors.push({ line, reason: `${issue?.path.join(".") || "row"}: ${issue?.message ?? "invalid"}` });
      continue;
    }
    items.push(checked.data);
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, items };
}

const ISO = z.union([z.iso.datetime({ offset: true }), z.iso.datetime({ local: true })]);

/** ISO 8601 with an offset, or without one (read as UTC, as the triage command does). */
function readTime(value: string): string | null {
  const parsed = ISO.safeParse(value.trim());
  if (!parsed.success) return null;
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(parsed.data);
  return toIso(hasOffset ? parsed.data : `${parsed.data}Z`);
}
