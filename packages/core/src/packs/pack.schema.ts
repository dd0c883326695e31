import { z } from "zod";
import { categorySchema, PII_CATEGORIES, platformSchema } from "../check/categories.js";

/** Severity for one account type; `off` means the rule does not apply to it. */
export const ruleSeveritySchema = z.enum(["block", "review", "advice", "off"]);
export type RuleSeverity = z.infer<typeof ruleSeveritySchema>;

export const severityByAccountSchema = z.union([
  ruleSeveritySchema,
  z.strictObject({
    official: ruleSeveritySchema,
    devolved: ruleSeveritySchema,
    personal: ruleSeveritySchema,
  }),
]);

const phraseList = z.array(z.string().min(1)).min(1);

/** Where a phrase rule looks: the post, the account's bio, or its handle. */
const phraseParams = z.strictObject({
  terms: phraseList,
  field: z.enum(["text", "bio", "handle"]).default("text"),
  /**
   * Another list that must also occur: in the same sentence, in the same or the next or previous
   * sentence (`adjacent`: a patient described in one sentence and cared for in the next), or anywhere in the post.
   */
  near: z
    .strictObject({ terms: phraseList, scope: z.enum(["sentence", "adjacent", "post"]).default("sentence") })
    .optional(),
  /** Phrases that, anywhere in the post, mean the rule does not apply. */
  unless: phraseList.optional(),
  /** Only when the post's media shows identifiable people with no recorded consent. */
  withUnconsentedPeople: z.boolean().optional(),
  /** Only when the post also carries one of these kinds of personal data (a care detail about an identified person). */
  withPii: z.array(z.enum(PII_CATEGORIES)).min(1).optional(),
});

const none = z.strictObject({}).default({});

/**
 * A named person's rules: `officialConsent` phrases say, on the trust's official account, that
 * the person agreed to be named (a patient story published with consent, docs/labelling.md §3).
 */
const namedParams = z.strictObject({ officialConsent: phraseList.optional() }).default({});

/** One generic detector and the parameters a pack tunes it with (docs/architecture.md). */
export const detectorSchema = z.discriminatedUnion("detector", [
  z.strictObject({ detector: z.literal("nhs-number"), params: none }),
  z.strictObject({ detector: z.literal("nino"), params: none }),
  z.strictObject({ detector: z.literal("phone"), params: none }),
  z.strictObject({ detector: z.literal("email"), params: none }),
  z.strictObject({ detector: z.literal("date-of-birth"), params: none }),
  z.strictObject({ detector: z.literal("person-name"), params: namedParams }),
  z.strictObject({ detector: z.literal("named-patient"), params: namedParams }),
  z.strictObject({ detector: z.literal("patient-post-name"), params: none }),
  z.strictObject({
    detector: z.literal("postcode"),
    params: z
      .strictObject({ venueTerms: phraseList.optional(), personTerms: phraseList.optional() })
      .default({}),
  }),
  z.strictObject({
    detector: z.literal("address"),
    params: z
      .strictObject({ venueTerms: phraseList.optional(), personTerms: phraseList.optional() })
      .default({}),
  }),
  z.strictObject({
    detector: z.literal("language"),
    params: z.strictObject({
      kinds: z.array(z.enum(["profanity", "discriminatory", "abusive", "threat"])).min(1),
    }),
  }),
  z.strictObject({ detector: z.literal("phrases"), params: phraseParams }),
  z.strictObject({
    detector: z.literal("disclaimer-missing"),
    params: z.strictObject({
      workTerms: phraseList,
      disclaimerTerms: phraseList,
      employeeTerms: phraseList,
      /** Finding categories that show a post is about work (a named patient, the trust's performance…). */
      workCategories: z.array(z.string().min(1)).optional(),
    }),
  }),
  z.strictObject({ detector: z.literal("brand-in-handle"), params: none }),
  z.strictObject({ detector: z.literal("nhs-email"), params: none }),
  z.strictObject({ detector: z.literal("media-consent"), params: none }),
  z.strictObject({ detector: z.literal("media-tagging"), params: none }),
  z.strictObject({
    detector: z.literal("platform-length"),
    params: z.strictObject({ limits: z.partialRecord(platformSchema, z.number().int().positive()) }),
  }),
  z.strictObject({
    detector: z.literal("link-missing"),
    params: z.strictObject({ platforms: z.array(platformSchema).min(1), cues: phraseList }),
  }),
  /** The post reader (check/reader/): reports the rule's category when the reader reads the post as it and no rule flagged it. */
  z.strictObject({ detector: z.literal("reader"), params: none }),
]);
export type DetectorSpec = z.infer<typeof detectorSchema>;
export type DetectorName = DetectorSpec["detector"];

const ruleBase = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9_-]+)+$/, "rule ids look like pack.area.name"),
  /** Replace a rule inherited from the parent pack. */
  overrides: z.string().optional(),
  category: categorySchema,
  severity: severityByAccountSchema,
  clause: z.string().min(1),
  message: z.string().min(1),
  suggestion: z.string().min(1),
  detector: z.string(),
  params: z.unknown().optional(),
});
export type RawRule = z.infer<typeof ruleBase>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dates are YYYY-MM-DD");

export const packFileSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "pack ids are lower-case letters, digits and hyphens"),
  extends: z.string().optional(),
  organisation: z.string().min(1),
  document: z.string().min(1),
  version: z.string().min(1),
  ratified: isoDate,
  nextReviewDate: isoDate,
  source: z.string().optional(),
  clauses: z.array(z.strictObject({ id: z.string().min(1), summary: z.string().min(1) })).default([]),
  allow: z
    .strictObject({
      phones: z.array(z.string()).default([]),
      postcodes: z.array(z.string()).default([]),
      emails: z.array(z.string()).default([]),
      handles: z.array(z.string()).default([]),
      brands: z.array(z.string()).default([]),
      abbreviations: z.array(z.string()).default([]),
    })
    .default({ phones: [], postcodes: [], emails: [], handles: [], brands: [], abbreviations: [] }),
  remove: z.array(z.string()).default([]),
  /** Re-cite or re-word inherited rules without repeating their detectors. */
  patches: z
    .array(
      z.strictObject({
        rule: z.string(),
        id: z
          .string()
          .regex(/^[a-z0-9-]+(\.[a-z0-9_-]+)+$/)
          .optional(),
        clause: z.string().min(1).optional(),
        message: z.string().min(1).optional(),
        suggestion: z.string().min(1).optional(),
        severity: severityByAccountSchema.optional(),
      }),
    )
    .default([]),
  rules: z.array(ruleBase).default([]),
});
export type PackFile = z.infer<typeof packFileSchema>;
