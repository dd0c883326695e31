import { z } from "zod";

/** 2026-11-24, or 2026-11-24T10:00, :00, .123456, with Z or an offset (RFC 3339 with a date alone allowed). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * The range a date filter may name. Nothing Parapet stores is older than 2000, and
 * PostgreSQL cannot hold years outside 4713 BC–294276 AD while JavaScript's Date
 * runs to ±271821: a sane range keeps both from failing on a filter (a 500 before).
 */
export const EARLIEST = "2000-01-01";
export const LATEST = "9999-12-31";

/** Why this text is not a usable date, or undefined if it is one. */
export function isoDateProblem(value: string): string | undefined {
  const match = ISO.exec(value);
  if (!match) return "must be a date, like 2026-11-24 or 2026-11-24T10:00:00Z";
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth)
    return `is not a day of the calendar (${value.slice(0, 10)})`;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59))
    return "has a time of day that does not exist";
  if (h !== undefined && zone === undefined) return "needs a time zone after the time, such as Z";
  if (zone && zone !== "Z" && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4)) > 59))
    return "has a time zone offset that does not exist";
  if (value.slice(0, 10) < EARLIEST || value.slice(0, 10) > LATEST)
    return `must be between ${EARLIEST} and ${LATEST}`;
  return undefined;
}

/** A date query parameter, checked strictly: a 400 naming the field, never a 500 from the database. */
export const isoDateSchema = z
  .string()
  .max(40)
  .superRefine((value, ctx) => {
    const problem = isoDateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
