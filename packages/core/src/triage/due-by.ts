import {
  calendarMonthAfter,
  FOI_REGIONS,
  foiDueBy,
  nextWorkingDayClose,
  sameOrNextWorkingDay,
  type WorkingCalendar,
  workingDaysAfter,
} from "../calendar/index.js";
import type { CategoryConfig } from "./triage-config.js";

/** The response deadline a pack sets for a category, or null where none applies (docs/interfaces.md §4). */
export function dueByFor(rule: CategoryConfig, receivedAt: Date, calendar: WorkingCalendar): Date | null {
  switch (rule.deadline) {
    case "immediate":
      // Crisis and threats are acted on as soon as they are seen: the deadline is the moment of receipt.
      return receivedAt;
    case "same_or_next_working_day":
      return sameOrNextWorkingDay(receivedAt, calendar);
    case "next_working_day":
      return nextWorkingDayClose(receivedAt, calendar);
    case "working_days_uk":
      return rule.days === 20
        ? foiDueBy(receivedAt, calendar)
        : workingDaysAfter(receivedAt, rule.days, { ...calendar, workingDays: [1, 2, 3, 4, 5] }, FOI_REGIONS);
    case "calendar_month":
      return calendarMonthAfter(receivedAt, calendar);
    case "none":
      return null;
  }
}
