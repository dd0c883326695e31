export {
  calendarMonthAfter,
  foiDueBy,
  nextWorkingDayClose,
  sameOrNextWorkingDay,
  workingDaysAfter,
} from "./deadlines.js";
export type { UkRegion } from "./holidays.js";
export { holidaysFor, isHoliday, UK_REGIONS } from "./holidays.js";
export type { WorkingCalendar } from "./working-calendar.js";
export {
  DEFAULT_CALENDAR,
  FOI_REGIONS,
  instantOf,
  isWithinHours,
  isWorkingDay,
  localOf,
  nextWorkingDay,
} from "./working-calendar.js";
