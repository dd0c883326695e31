import { z } from "zod";

/** docs/interfaces.md §4: categories in priority order — when several apply, the first wins. */
export const TRIAGE_CATEGORIES = [
  "crisis",
  "threat",
  "subject_access",
  "foi",
  "media",
  "complaint",
  "clinical_question",
  "pals",
  "abuse",
  "compliment",
  "spam",
  "general",
] as const;
export type TriageCategory = (typeof TRIAGE_CATEGORIES)[number];

export const URGENCIES = ["critical", "high", "normal", "low"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const CATEGORY_URGENCY: Readonly<Record<TriageCategory, Urgency>> = {
  crisis: "critical",
  threat: "critical",
  subject_access: "high",
  foi: "high",
  media: "high",
  complaint: "normal",
  clinical_question: "normal",
  pals: "normal",
  abuse: "high",
  compliment: "low",
  spam: "low",
  general: "low",
};

export const TRIAGE_FLAGS = ["abuse", "names_staff", "contains_pii", "non_english", "recording"] as const;
export type TriageFlag = (typeof TRIAGE_FLAGS)[number];

export const ROUTES = [
  "crisis",
  "security",
  "information_governance",
  "foi",
  "press_office",
  "complaints",
  "pals",
  "communications",
] as const;
export type Route = (typeof ROUTES)[number];

export const CHANNELS = ["mention", "comment", "reply", "dm", "review"] as const;

const MAX_TEXT = 20_000;

/**
 * docs/interfaces.md §4 input. Only id and text are required; optional fields may also
 * be null (exports from other tools often write null for "absent"). A time
 * without an offset is read as UTC.
 */
export const triageInputSchema = z.object({
  id: z.union([z.string().min(1).max(200), z.number()]),
  text: z.string().max(MAX_TEXT, `text must be at most ${MAX_TEXT} characters`),
  platform: z.string().max(40).nullish(),
  channel: z.string().max(40).nullish(),
  author: z.object({ handle: z.string().max(200).nullish(), name: z.string().max(200).nullish() }).nullish(),
  receivedAt: z.union([z.iso.datetime({ offset: true }), z.iso.datetime({ local: true })]).nullish(),
  account: z.string().max(200).nullish(),
});
export type TriageInput = z.input<typeof triageInputSchema>;
export type ParsedTriageInput = z.output<typeof triageInputSchema>;

export const reasonSchema = z.object({
  /** What the cue supports: a category or a flag. */
  for: z.string(),
  cue: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
});
export type TriageReason = z.infer<typeof reasonSchema>;

export const triageResultSchema = z.object({
  id: z.union([z.string(), z.number()]),
  category: z.enum(TRIAGE_CATEGORIES),
  urgency: z.enum(URGENCIES),
  flags: z.array(z.enum(TRIAGE_FLAGS)),
  route: z.enum(ROUTES),
  dueBy: z.string().nullable(),
  reasons: z.array(reasonSchema).optional(),
  template: z.object({ id: z.string(), text: z.string(), clause: z.string() }).optional(),
  confidence: z.number().min(0).max(1).optional(),
});
export type TriageResult = z.infer<typeof triageResultSchema>;
