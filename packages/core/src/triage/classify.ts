import type { LanguageFinding } from "../language/index.js";
import { type CompiledCues, type CueHit, compileCues, matchCues, score } from "./cue.js";
import { FOI_CUES, MEDIA_CUES, SUBJECT_ACCESS_CUES } from "./cues-requests.js";
import { CRISIS_CUES, CRISIS_FALSE_FRIENDS, THREAT_CUES } from "./cues-risk.js";
import { CLINICAL_CUES, COMPLAINT_CUES, COMPLIMENT_CUES, PALS_CUES, SPAM_CUES } from "./cues-service.js";
import type { TriageCategory } from "./triage.schema.js";

const COMPILED: Partial<Record<TriageCategory, CompiledCues>> = {
  crisis: compileCues(CRISIS_CUES),
  threat: compileCues(THREAT_CUES),
  subject_access: compileCues(SUBJECT_ACCESS_CUES),
  foi: compileCues(FOI_CUES),
  media: compileCues(MEDIA_CUES),
  complaint: compileCues(COMPLAINT_CUES),
  clinical_question: compileCues(CLINICAL_CUES),
  pals: compileCues(PALS_CUES),
  compliment: compileCues(COMPLIMENT_CUES),
  spam: compileCues(SPAM_CUES),
};

export interface Classification {
  category: TriageCategory;
  /** The cues that decided the category, with spans into the lower-cased text (same offsets as the original). */
  evidence: CueHit[];
  confidence: number;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Cues inside everyday idiom ("dying to know", "this queue is killing me") are not crisis. */
function crisisHits(lower: string): CueHit[] {
  const hits = matchCues(COMPILED.crisis as CompiledCues, lower);
  if (hits.length === 0) return hits;
  const idioms: { start: number; end: number }[] = [];
  const re = new RegExp(CRISIS_FALSE_FRIENDS.source, "g");
  for (let m = re.exec(lower); m !== null; m = re.exec(lower))
    idioms.push({ start: m.index, end: m.index + m[0].length });
  return hits.filter((h) => !idioms.some((i) => overlaps(h, i)));
}

/**
 * Chooses exactly one category by what must happen next, in the contract's
 * priority order. Safety first: one crisis cue is enough; doubt is resolved
 * towards crisis because a missed crisis is worse than a false alarm.
 */
export function classify(lower: string, language: readonly LanguageFinding[]): Classification {
  const crisis = crisisHits(lower);
  if (score(crisis) >= 2)
    return { category: "crisis", evidence: crisis, confidence: confidenceOf(score(crisis)) };

  const threats = language
    .filter((f) => f.kind === "threat")
    .map((f) => ({ cue: "language.threat", start: f.start, end: f.end, weight: 2 }));
  const threat = [...threats, ...matchCues(COMPILED.threat as CompiledCues, lower)];
  if (score(threat) >= 2)
    return { category: "threat", evidence: threat, confidence: confidenceOf(score(threat)) };

  const hits = (c: TriageCategory) => matchCues(COMPILED[c] as CompiledCues, lower);
  const sar = hits("subject_access");
  if (score(sar) >= 2)
    return { category: "subject_access", evidence: sar, confidence: confidenceOf(score(sar)) };

  const foi = hits("foi");
  const media = hits("media");
  const mediaStrong = media.filter((h) => h.weight >= 2);
  const foiExplicit = foi.some((h) => h.cue === "foi");
  // A journalist asking for figures wants the press office unless they invoke FOI themselves.
  if (score(foi) >= 2 && (foiExplicit || mediaStrong.length === 0)) {
    return { category: "foi", evidence: foi, confidence: confidenceOf(score(foi)) };
  }
  if (score(media) >= 2)
    return { category: "media", evidence: media, confidence: confidenceOf(score(media)) };

  // Insults are abuse, not complaint evidence: "you useless cow" is not a service complaint.
  const abusive = language.filter((f) => f.kind !== "profanity");
  const complaint = hits("complaint").filter((h) => !abusive.some((f) => overlaps(h, f)));
  const spam = hits("spam");
  const spammy = score(spam) >= 2;
  if (score(complaint) >= 2)
    return { category: "complaint", evidence: complaint, confidence: confidenceOf(score(complaint)) };

  const clinical = hits("clinical_question");
  if (score(clinical) >= 2 && !spammy)
    return { category: "clinical_question", evidence: clinical, confidence: confidenceOf(score(clinical)) };

  const pals = hits("pals");
  if (score(pals) >= (spammy ? 3 : 2))
    return { category: "pals", evidence: pals, confidence: confidenceOf(score(pals)) };

  if (language.length > 0) {
    const evidence = language.map((f) => ({
      cue: `language.${f.kind}`,
      start: f.start,
      end: f.end,
      weight: 2,
    }));
    return { category: "abuse", evidence, confidence: 0.85 };
  }
  const compliment = hits("compliment");
  if (score(compliment) >= 1 && !spammy)
    return { category: "compliment", evidence: compliment, confidence: confidenceOf(score(compliment) + 1) };
  if (spammy) return { category: "spam", evidence: spam, confidence: confidenceOf(score(spam)) };
  return { category: "general", evidence: [], confidence: 0.5 };
}

function confidenceOf(total: number): number {
  return total >= 4 ? 0.95 : total >= 3 ? 0.85 : 0.7;
}
