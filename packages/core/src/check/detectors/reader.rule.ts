import type { CompiledRule, Pack } from "../../packs/compile-pack.js";
import { readerLower } from "../reader/model.js";
import { readPost } from "../reader/read-post.js";
import { type CheckContext, NO_FINDINGS, type RawFinding } from "./context.js";

/** The whole post: the reader weighs every word, not one phrase. */
const WHOLE_POST: readonly RawFinding[] = [{}];
const NOTHING_READ: readonly string[] = [];

/** What blocks a post for the person in it: kept from the reader's reading of a post flagged for review. */
const PEOPLE: ReadonlySet<string> = new Set(["clinical.patient_information", "pii.person_name"]);

// Letters of scripts the reader's training lines (eval/train-posts w4, w7, w9) hold almost none
// of: Greek, Cyrillic, Hebrew, and the Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Georgian,
// Armenian and Ethiopic blocks. On a post written in them the reader weighs little but emoji and
// digits (it read Hanukkah and Pongal greetings as discriminatory), so the rules alone judge it.
const UNSEEN_SCRIPT_LETTER =
  /[\u0370-\u03ff\u0400-\u052f\u0530-\u05ff\u0b80-\u0dff\u0e00-\u0e7f\u10a0-\u10ff\u1200-\u137f]/g;
const NON_ASCII = /[\u0080-\uffff]/;
const LETTER = /\p{L}/gu;

/** Whether most of the post's letters are in scripts the reader was not fitted on. */
function mostlyUnseenScript(text: string): boolean {
  if (!NON_ASCII.test(text)) return false;
  const unseen = text.match(UNSEEN_SCRIPT_LETTER)?.length ?? 0;
  return unseen > 0 && unseen * 2 > (text.match(LETTER)?.length ?? 0);
}

const CONSENT_RULES = new WeakMap<Pack, readonly CompiledRule[]>();

/** The pack's rules about named people that say when an official account has their consent. */
function consentRules(pack: Pack): readonly CompiledRule[] {
  let rules = CONSENT_RULES.get(pack);
  if (rules === undefined) {
    rules = pack.rulesInOrder.filter(
      (r) =>
        (r.spec.detector === "person-name" || r.spec.detector === "named-patient") &&
        r.spec.params.officialConsent,
    );
    CONSENT_RULES.set(pack, rules);
  }
  return rules;
}

/**
 * What the reader reports for this post: nothing when a rule before it blocked the post; its
 * categories when no rule flagged it; and when rules only asked for review (a topic, a word), the
 * patient or the name it reads, never another review. A review-level topic must not hide a
 * patient the reader would have found had the topic rule not fired (safety first).
 */
function readOnce(ctx: CheckContext): readonly string[] {
  // Decided at the first reader rule: once it reports, the post is flagged, and the second of a
  // patient-and-name pair must still be reported (before, the flag set by the first silenced it).
  if (ctx.read) return ctx.read;
  if (ctx.blocked || mostlyUnseenScript(ctx.text)) ctx.read = NOTHING_READ;
  else {
    const read = readPost(readerLower(ctx.text));
    // A story an official account publishes with the person's consent names them on purpose.
    const consented = consentRules(ctx.pack).some((rule) => ctx.officialConsent(rule));
    // Flagged: only the people categories; consented: all but them; both: nothing.
    let kept = read;
    if (ctx.flagged) kept = kept.filter((category) => PEOPLE.has(category));
    if (consented) kept = kept.filter((category) => !PEOPLE.has(category));
    ctx.read = kept;
  }
  return ctx.read;
}

/**
 * The post reader (check/reader/): when no rule before it raised a finding that blocks, the reader
 * reads the whole post (readOnce says what it may report), and this rule
 * reports when the reader's category is the rule's own. The pack's rule gives the clause, the
 * severity and the words; the reader only says which kind of post it is. The reader runs at most
 * once per post (CheckContext caches it) and after every other rule but patient-post-name.
 */
export function runReaderRule(rule: CompiledRule, ctx: CheckContext): readonly RawFinding[] {
  if (rule.spec.detector !== "reader") return NO_FINDINGS;
  return readOnce(ctx).includes(rule.category) ? WHOLE_POST : NO_FINDINGS;
}
