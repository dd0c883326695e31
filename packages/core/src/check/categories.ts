import { z } from "zod";

/** The canonical finding categories of docs/interfaces.md §3, as data shared by API, docs and UI. */
export const CATEGORIES = [
  "pii.nhs_number",
  "pii.nino",
  "pii.postcode",
  "pii.date_of_birth",
  "pii.phone",
  "pii.email",
  "pii.address",
  "pii.person_name",
  "clinical.patient_information",
  "language.profanity",
  "language.discriminatory",
  "language.abusive",
  "topic.political",
  "topic.legal_matter",
  "topic.emergency_incident",
  "topic.trust_performance",
  "topic.medical_advice",
  "topic.commercial",
  "topic.confidential_business",
  "topic.security",
  "topic.raising_concerns",
  "topic.away_from_home",
  "account.disclaimer_missing",
  "account.brand_in_handle",
  "account.nhs_email",
  "account.logo_use",
  "media.consent_missing",
  "media.tagging",
  "platform.length",
  "platform.link_missing",
] as const;
export type CanonicalCategory = (typeof CATEGORIES)[number];

export const PII_CATEGORIES = [
  "pii.nhs_number",
  "pii.nino",
  "pii.postcode",
  "pii.date_of_birth",
  "pii.phone",
  "pii.email",
  "pii.address",
  "pii.person_name",
] as const satisfies readonly CanonicalCategory[];
export type PiiCategory = (typeof PII_CATEGORIES)[number];

/** Packs may add their own categories under `x.<pack>.*` (docs/interfaces.md §3). */
export const categorySchema = z.union([
  z.enum(CATEGORIES),
  z.string().regex(/^x\.[a-z0-9-]+\.[a-z0-9_.-]+$/, "custom categories look like x.<pack>.<name>"),
]);
export type Category = z.infer<typeof categorySchema>;

export const SEVERITIES = ["block", "review", "advice"] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const ACCOUNT_TYPES = ["official", "devolved", "personal"] as const;
export const accountTypeSchema = z.enum(ACCOUNT_TYPES);
export type AccountType = z.infer<typeof accountTypeSchema>;

export const PLATFORMS = [
  "x",
  "facebook",
  "instagram",
  "linkedin",
  "youtube",
  "tiktok",
  "bluesky",
  "blog",
  "whatsapp",
  "other",
] as const;
export const platformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platformSchema>;

export const VERDICTS = ["block", "review", "pass"] as const;
export type Verdict = (typeof VERDICTS)[number];
