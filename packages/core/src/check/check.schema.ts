import { z } from "zod";
import { accountTypeSchema, categorySchema, platformSchema, severitySchema } from "./categories.js";

/** Longest draft the checker accepts; beyond this it is an error, not a post. */
export const MAX_TEXT_LENGTH = 100_000;

/** Why an empty or blank draft is refused, in the CLI and the API alike. */
export const EMPTY_TEXT = "text is empty: give the draft post to check";

export const mediaSchema = z.object({
  kind: z.enum(["image", "video"]),
  identifiablePeople: z.boolean().optional(),
  consent: z.boolean().optional(),
  tags: z.array(z.string().max(200)).max(100).optional(),
});

export const accountSchema = z.object({
  type: accountTypeSchema.optional(),
  handle: z.string().max(200).optional(),
  bio: z.string().max(2000).optional(),
  identifiesAsEmployee: z.boolean().optional(),
});

/** The input object of docs/interfaces.md §3; only `id` and `text` are required. */
export const checkInputSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  text: z
    .string()
    .min(1, EMPTY_TEXT)
    .max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH.toLocaleString("en-GB")} characters`)
    // An empty draft is a mistake in the caller (an empty file, a form sent blank), not a
    // post that passes: saying "pass" would tell them it is safe to publish.
    .refine((text) => text.length === 0 || text.trim().length > 0, EMPTY_TEXT),
  // The values docs/interfaces.md §3.1 lists; "other" is for the rest. A misspelt platform is
  // refused, as the CLI's --platform refuses it, so a caller learns its length limit is not applied.
  platform: platformSchema.optional(),
  account: accountSchema.optional(),
  media: z.array(mediaSchema).max(50).optional(),
});
export type CheckInput = z.infer<typeof checkInputSchema>;

export const findingSchema = z.object({
  category: categorySchema,
  rule: z.string(),
  severity: severitySchema,
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  clause: z.string(),
  message: z.string(),
  suggestion: z.string(),
  /** Text that can replace `start..end` (PII redactions); absent when the fix is editorial. */
  replacement: z.string().optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const checkResultSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  verdict: z.enum(["block", "review", "pass"]),
  findings: z.array(findingSchema),
});
export type CheckResult = z.infer<typeof checkResultSchema>;
