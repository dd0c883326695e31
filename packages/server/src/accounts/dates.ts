import { addMonths as addCalendarMonths } from "date-fns";

/** The UTC calendar day of an instant, as the register's date columns hold it. */
export function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The same instant some calendar months later (31 January + 1 month is 28 or 29 February). */
export function addMonths(at: Date, months: number): Date {
  return addCalendarMonths(at, months);
}

/** A date column as YYYY-MM-DD, whichever way the driver handed it over. */
export function dayOf(value: string | Date | null): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}
