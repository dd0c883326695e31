import { tzOffset as rawTzOffset } from "@date-fns/tz";

/**
 * UTC offsets change at most a few times a year, so they are cached per zone
 * and quarter-hour; Intl lookups are the slowest step of a deadline otherwise.
 * The cache is bounded so memory stays flat over millions of messages.
 */
const offsetCache = new Map<string, number>();
function tzOffset(timeZone: string, at: Date): number {
  const key = `${timeZone}|${Math.floor(at.getTime() / 900_000)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size > 50_000) offsetCache.clear();
    offset = rawTzOffset(timeZone, at);
    offsetCache.set(key, offset);
  }
  return offset;
}

import { isHoliday, UK_REGIONS, type UkRegion } from "./holidays.js";

/**
 * A working calendar: which days and hours an organisation answers messages.
 * Pure: every function takes the instant it reasons about; nothing reads the clock.
 */
export interface WorkingCalendar {
  timeZone: string;
  /** ISO weekday numbers, 1 = Monday … 7 = Sunday. */
  workingDays: readonly number[];
  /** "HH:MM" local time the working day opens and closes. */
  opens: string;
  closes: string;
  /** Bank holidays observed for ordinary working days. */
  holidayRegions: readonly UkRegion[];
}

export const DEFAULT_CALENDAR: WorkingCalendar = {
  timeZone: "Europe/London",
  workingDays: [1, 2, 3, 4, 5],
  opens: "09:00",
  closes: "17:00",
  holidayRegions: ["GB-ENG", "GB-WLS"],
};

/** A civil date as days since 1970-01-01 (UTC arithmetic, no time-zone surprises). */
export type DayNumber = number;

const DAY_MS = 86_400_000;

export function minutesOf(hhmm: string): number {
  const [h = "0", m = "0"] = hhmm.split(":");
  return Number(h) * 60 + Number(m);
}

export function dayToIso(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOf(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Local civil day and minute-of-day of an instant in the calendar's time zone. */
export function localOf(instant: Date, timeZone: string): { day: DayNumber; minute: number } {
  const local = instant.getTime() + tzOffset(timeZone, instant) * 60_000;
  const day = Math.floor(local / DAY_MS);
  return { day, minute: Math.floor((local - day * DAY_MS) / 60_000) };
}

/** The instant at which local wall-clock time `minute` on `day` occurs (handles BST/GMT changes). */
export function instantOf(day: DayNumber, minute: number, timeZone: string): Date {
  const wall = day * DAY_MS + minute * 60_000;
  let guess = wall - tzOffset(timeZone, new Date(wall)) * 60_000;
  guess = wall - tzOffset(timeZone, new Date(guess)) * 60_000;
  return new Date(guess);
}

const holidayByDay = new Map<string, boolean>();
function isHolidayDay(day: DayNumber, regions: readonly UkRegion[]): boolean {
  const key = `${regions.join(",")}|${day}`;
  let value = holidayByDay.get(key);
  if (value === undefined) {
    if (holidayByDay.size > 50_000) holidayByDay.clear();
    value = isHoliday(dayToIso(day), regions);
    holidayByDay.set(key, value);
  }
  return value;
}

export function isWorkingDay(day: DayNumber, cal: WorkingCalendar, regions = cal.holidayRegions): boolean {
  return cal.workingDays.includes(weekdayOf(day)) && !isHolidayDay(day, regions);
}

export function nextWorkingDay(
  day: DayNumber,
  cal: WorkingCalendar,
  regions = cal.holidayRegions,
): DayNumber {
  let d = day + 1;
  // A calendar with no working days at all would loop forever; a year is plenty.
  for (let i = 0; i < 366 && !isWorkingDay(d, cal, regions); i++) d++;
  return d;
}

export function isWithinHours(instant: Date, cal: WorkingCalendar): boolean {
  const { day, minute } = localOf(instant, cal.timeZone);
  return isWorkingDay(day, cal) && minute >= minutesOf(cal.opens) && minute < minutesOf(cal.closes);
}

/** Close of business on a given day. */
export function closeOf(day: DayNumber, cal: WorkingCalendar): Date {
  return instantOf(day, minutesOf(cal.closes), cal.timeZone);
}

/** FOIA s.10(6): a working day excludes weekends, Christmas Day, Good Friday and bank holidays in ANY part of the UK. */
export const FOI_REGIONS: readonly UkRegion[] = UK_REGIONS;
