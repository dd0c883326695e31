import type { CompiledRule } from "../../packs/compile-pack.js";
import type { PiiCategory } from "../categories.js";
import type { PhraseHit } from "../phrases/phrase-index.js";
import { listKey } from "../phrases/phrase-lists.js";
import { isNhsEmail, PII_REDACTIONS } from "../pii/index.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

const DETECTOR_CATEGORY: Readonly<Record<string, PiiCategory>> = {
  "nhs-number": "pii.nhs_number",
  nino: "pii.nino",
  postcode: "pii.postcode",
  "date-of-birth": "pii.date_of_birth",
  phone: "pii.phone",
  email: "pii.email",
  address: "pii.address",
  "person-name": "pii.person_name",
};

const LANDLINE = /^(?:\+44\s*(?:\(0\)\s*)?|0044\s*|\(?0)[12]/;
const PERSON_BEFORE =
  /\b(?:her|his|their|my|home|mobile|personal|private|mum's|dad's|wife's|husband's)\b[^.!?\n]{0,25}$/i;

function isPublishedLandline(text: string, start: number, value: string): boolean {
  return LANDLINE.test(value) && !PERSON_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** Whether a venue word ends right before `start`, with only a comma, a colon or a dash between. */
function namedVenueBefore(text: string, start: number, venues: readonly PhraseHit[]): boolean {
  for (const v of venues) {
    if (v.end <= start && start - v.end <= 3 && /^[\s,:–-]*$/.test(text.slice(v.end, start))) return true;
  }
  return false;
}

/**
 * PII findings for one rule. Giving the address of a venue or a trust's own site is publishing,
 * not disclosing: postcodes next to a venue word (and no word about a person) pass on any account;
 * street addresses, phone numbers and e-mail addresses next to one, on official and devolved accounts.
 */
export function runPiiRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  const category = DETECTOR_CATEGORY[rule.spec.detector];
  if (!category) return NO_FINDINGS;
  // NHS addresses are judged by account.nhs_email (RWT §4.3.4), not reported twice.
  const ofCategory = ctx.piiOf(category);
  if (ofCategory.length === 0) return NO_FINDINGS;
  const matches = category === "pii.email" ? ofCategory.filter((m) => !isNhsEmail(m.value)) : ofCategory;
  if (matches.length === 0) return NO_FINDINGS;
  if (category === "pii.person_name" && ctx.officialConsent(rule)) return NO_FINDINGS;
  const venueKey = listKey(rule.id, "venue");
  const personKey = listKey(rule.id, "person");
  const hits = ctx.hits();
  // A venue's own postcode is clean whoever posts it (docs/labelling.md §3: "a hospital's or venue's
  // own postcode"); street addresses, phones and e-mails next to a venue word only from the organisation.
  const venuePostcode = category === "pii.postcode";
  const organisational =
    (ctx.accountType !== "personal" || venuePostcode) && hits.has(venueKey) && !hits.has(personKey);
  // "Our Cancer Support Centre, 14 Grange Road": an address written straight after the venue's
  // name is that venue's, on any account (docs/labelling.md §3: a hospital's own address).
  const venueHits = category === "pii.address" && !hits.has(personKey) ? hits.get(venueKey) : undefined;
  const out: RawFinding[] = [];
  for (const m of matches) {
    if (organisational) continue;
    if (venueHits !== undefined && namedVenueBefore(ctx.text, m.start, venueHits)) continue;
    // A landline an official account publishes is the service's, not a person's (convention:
    // switchboards, PALS and press lines); mobiles and numbers next to a person cue still count.
    if (
      category === "pii.phone" &&
      ctx.accountType !== "personal" &&
      isPublishedLandline(ctx.text, m.start, m.value)
    ) {
      continue;
    }
    out.push({ start: m.start, end: m.end, replacement: PII_REDACTIONS[category] });
    ctx.reportedPii.add(category);
  }
  return out;
}
