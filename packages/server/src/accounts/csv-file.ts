import { AppError } from "@parapet/core";
import { parse } from "csv-parse/sync";
import { z } from "zod";

/**
 * The register's CSV files (accounts, leavers, training completions) read one way: a size
 * limit, a header checked against the file's columns, and every bad row named by its line and
 * reason, so an import is all or nothing and a dry run can say exactly what to fix.
 */
export interface CsvFileSpec {
  /** What one row is, for messages: "account", "leaver", "completion". */
  what: string;
  columns: readonly string[];
  required: readonly string[];
  maxBytes: number;
  maxRows: number;
  maxRecordSize: number;
}

export type CsvRecord = { line: number; record: Record<string, string> };
export type RowError = { line: number; reason: string };

export function readCsvFile(csv: string, spec: CsvFileSpec): CsvRecord[] {
  if (Buffer.byteLength(csv, "utf8") > spec.maxBytes)
    throw new AppError(
      "payload_too_large",
      `A file of ${spec.what}s can be at most ${Math.round(spec.maxBytes / 1000).toLocaleString("en-GB")} KB.`,
    );
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(csv, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      skip_empty_lines: true,
      relax_column_count: false,
      info: true,
      max_record_size: spec.maxRecordSize,
      to: spec.maxRows + 1,
    });
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new AppError(
      "validation",
      `Line ${e.lines ?? "?"}: ${String(e.message ?? "the file is not CSV").split("\n")[0]}`,
    );
  }
  if (records.length === 0)
    throw new AppError(
      "validation",
      `Line 1: the file has no ${spec.what}s in it (a header row, then one row per ${spec.what}).`,
    );
  if (records.length > spec.maxRows)
    throw new AppError("validation", `Import at most ${spec.maxRows} ${spec.what}s in one file.`);
  const header = Object.keys(records[0]?.record ?? {});
  const unknown = header.filter((h) => !spec.columns.includes(h));
  if (unknown.length > 0)
    throw new AppError(
      "validation",
      `Line 1: unknown column ${unknown.join(", ")}; the columns are ${spec.columns.join(", ")}.`,
    );
  const missing = spec.required.filter((c) => !header.includes(c));
  if (missing.length > 0)
    throw new AppError(
      "validation",
      `Line 1: missing column ${missing.join(", ")}; the columns are ${spec.columns.join(", ")}.`,
    );
  return records.map((r) => ({ line: r.info.lines, record: r.record }));
}

/** Each record through a row schema (empty cells left out): the good rows and the bad lines. */
export function parseRows<T>(records: readonly CsvRecord[], schema: z.ZodType<T>) {
  const rows: { line: number; row: T }[] = [];
  const errors: RowError[] = [];
  for (const { line, record } of records) {
    const clean = Object.fromEntries(Object.entries(record).filter(([, v]) => v.trim() !== ""));
    const parsed = schema.safeParse(clean);
    if (parsed.success) rows.push({ line, row: parsed.data });
    else {
      const issue = parsed.error.issues[0];
      errors.push({ line, reason: `${String(issue?.path[0] ?? "row")}: ${issue?.message ?? "invalid"}` });
    }
  }
  return { rows, errors };
}

/** A calendar day as YYYY-MM-DD that exists (2026-02-30 does not). */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD")
  // A refinement runs even when the pattern failed: an invalid date must not throw here.
  .refine((s) => {
    const at = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(s);
  }, "not a real date");
