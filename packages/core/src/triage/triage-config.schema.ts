import { z } from "zod";
import { UK_REGIONS } from "../calendar/index.js";
import { ROUTES, TRIAGE_CATEGORIES } from "./triage.schema.js";

/** How a category's response deadline is computed (see calendar/deadlines.ts for the law behind each). */
export const DEADLINE_RULES = [
  "immediate",
  "same_or_next_working_day",
  "next_working_day",
  "working_days_uk",
  "calendar_month",
  "none",
] as const;

const hhmm = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "use 24-hour HH:MM");

export const templateSchema = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  clause: z.string().min(1),
});

const categoryRuleSchema = z.object({
  deadline: z.enum(DEADLINE_RULES).optional(),
  /** For working_days_uk: how many working days (FOI: 20, FOIA s.10(1)). */
  days: z.number().int().min(1).max(90).optional(),
  route: z.enum(ROUTES).optional(),
  template: templateSchema.optional(),
});

const calendarSchema = z.object({
  timeZone: z.string().min(1).optional(),
  workingDays: z.array(z.number().int().min(1).max(7)).min(1).optional(),
  opens: hhmm.optional(),
  closes: hhmm.optional(),
  holidayRegions: z.array(z.enum(UK_REGIONS)).min(1).optional(),
});

/** packs/<id>/triage.yaml as written: every field optional so a trust pack states only what differs. */
export const triageFileSchema = z
  .object({
    pack: z.string().min(1),
    extends: z.string().min(1).optional(),
    calendar: calendarSchema.optional(),
    categories: z.partialRecord(z.enum(TRIAGE_CATEGORIES), categoryRuleSchema).optional(),
    /** Staff job titles the trust uses, so "names_staff" knows "Ward Sister Jones". */
    staffTitles: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type TriageFile = z.infer<typeof triageFileSchema>;
