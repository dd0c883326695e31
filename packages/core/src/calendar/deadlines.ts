import {
  closeOf,
  type DayNumber,
  FOI_REGIONS,
  isWorkingDay,
  localOf,
  minutesOf,
  nextWorkingDay,
  type WorkingCalendar,
} from "./working-calendar.js";

/**
 * Response deadlines.
 *
 * - Same working day for a message that arrives on an official account in
 *   working hours; close of the next working day when it arrives out of hours.
 *   Before opening time on a working day, that same day is the next working day.
 * - FOI: the twentieth working day following the date of receipt (FOIA s.10(1)),
 *   counting working days as s.10(6) defines them (no bank holiday in any UK nation).
 * - Subject access: one calendar month from receipt (UK GDPR Art. 12(3)); the same
 *   date next month, or that month's last day when it has no such date (ICO guidance).
 */
export function sameOrNextWorkingDay(receivedAt: Date, cal: WorkingCalendar): Date {
  const { day, minute } = localOf(receivedAt, cal.timeZone);
  if (isWorkingDay(day, cal)) {
    if (minute < minutesOf(cal.closes)) return closeOf(day, cal);
  }
  return closeOf(nextWorkingDay(day, cal), cal);
}

/** Close of the next working day, whatever time the message came in (for slower categories). */
export function nextWorkingDayClose(receivedAt: Date, cal: WorkingCalendar, extraDays = 0): Date {
  let day: DayNumber = localOf(receivedAt, cal.timeZone).day;
  for (let i = 0; i <= extraDays; i++) day = nextWorkingDay(day, cal);
  return closeOf(day, cal);
}

export function workingDaysAfter(
  receivedAt: Date,
  count: number,
  cal: WorkingCalendar,
  regions: WorkingCalendar["holidayRegions"] = cal.holidayRegions,
): Date {
  let day: DayNumber = localOf(receivedAt, cal.timeZone).day;
  for (let i = 0; i < count; i++) day = nextWorkingDay(day, cal, regions);
  return closeOf(day, cal);
}

export function foiDueBy(receivedAt: Date, cal: WorkingCalendar): Date {
  // Weekdays Monday–Friday per s.10(6), whatever days the team itself works.
  const statutory: WorkingCalendar = { ...cal, workingDays: [1, 2, 3, 4, 5] };
  return workingDaysAfter(receivedAt, 20, statutory, FOI_REGIONS);
}

export function calendarMonthAfter(receivedAt: Date, cal: WorkingCalendar): Date {
  const { day } = localOf(receivedAt, cal.timeZone);
  const date = new Date(day * 86_400_000);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth();
  const d = date.getUTCDate();
  const lastOfNext = new Date(Date.UTC(y, m + 2, 0)).getUTCDate();
  const target = Date.UTC(y, m + 1, Math.min(d, lastOfNext));
  return closeOf(Math.floor(target / 86_400_000), cal);
}
