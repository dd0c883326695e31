import { tzOffset as rawTzOffset } from "@date-fns/tz";

/**
 * UTC offsets change at most a few times a year, so they are cached per zone
 * and quarter-hour; Intl lookups are the slowest step of a deadline otherwise.
 * The cache is bounded so memory stays flat over millions of messages.
 */
const offsetCache = new Map<string, Map<number, number>>();
function tzOffset(timeZone: string, at: Date): number {
  // One map per zone, keyed by the quarter hour: no key string to build on every call.
  let byQuarter = offsetCache.get(timeZone);
  if (byQuarter === undefined) {
    if (offsetCache.size > 100) offsetCache.clear();
    byQuarter = new Map();
    offsetCache.set(timeZone, byQuarter);
  }
  const quarter = Math.floor(at.getTime() / 900_000);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    if (byQuarter.size > 50_000) byQuarter.clear();
    offset = rawTzOffset(timeZone, at);
    byQuarter.set(quarter, offset);
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

const minutesByText = new Map<string, number>();
export function minutesOf(hhmm: string): number {
  // Every deadline asks for the same one or two times of day: split each once.
  let minutes = minutesByText.get(hhmm);
  if (minutes === undefined) {
    const [h = "0", m = "0"] = hhmm.split(":");
    minutes = Number(h) * 60 + Number(m);
    if (minutesByText.size > 1000) minutesByText.clear();
    minutesByText.set(hhmm, minutes);
  }
  return minutes;
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

/** Per list of regions (joined), whether each day is a holiday there; the last list's map is kept at hand. */
const holidayByRegions = new Map<string, Map<DayNumber, boolean>>();
let lastRegions: readonly UkRegion[] | undefined;
let lastHolidays = new Map<DayNumber, boolean>();
function isHolidayDay(day: DayNumber, regions: readonly UkRegion[]): boolean {
  if (regions !== lastRegions) {
    const key = regions.join(",");
    let byDay = holidayByRegions.get(key);
    if (byDay === undefined) {
      if (holidayByRegions.size > 100) holidayByRegions.clear();
      byDay = new Map();
      holidayByRegions.set(key, byDay);
    }
    lastRegions = regions;
    lastHolidays = byDay;
  }
  let value = lastHolidays.get(day);
  if (value === undefined) {
    if (lastHolidays.size > 50_000) lastHolidays.clear();
    value = isHoliday(dayToIso(day), regions);
    lastHolidays.set(day, value);
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
