/**
 * The kinds of crisis a message may show, after the published warning-sign lists (NHS "help for
 * suicidal thoughts", Samaritans, Zero Suicide Alliance, the C-SSRS ideation and behaviour items),
 * and the kinds of threat (docs/triage-languages.md). TEWV CORP-0068 §4.4.2: anyone may be the first
 * to see a cry for help, whatever language it is written in.
 */
export const CRISIS_KINDS = [
  /** Wishing to be dead, not wanting to live or wake up (C-SSRS 1). */
  "want-to-die",
  /** Suicide and killing oneself, every inflection (C-SSRS 2-3). */
  "suicide",
  /** Self-harm, cutting, burning, in progress or recent. */
  "self-harm",
  /** An overdose taken, all the pills, pills collected (C-SSRS behaviour). */
  "overdose",
  /** Farewells, "tell my children I love them", "forgive me", affairs put in order, giving away. */
  "farewell",
  /** Being a burden; "they would be better off without me". */
  "burden",
  /** Hopelessness: cannot go on, no way out, no point in living. */
  "hopeless",
  /** Means and plan: a rope, a bridge, jumping, tonight (C-SSRS 4-5). */
  "means-plan",
  /** A relative's or friend's crisis, told by someone else. */
  "relative",
  /** A sudden calm after a decision ("I have made my decision", "at last I feel at peace"). */
  "calm",
  /** A time or date set ("tonight", "tomorrow night"): weak alone, a plan when another sign joins it. */
  "time",
] as const;
export type CrisisKind = (typeof CRISIS_KINDS)[number];

export const THREAT_KINDS = [
  /** I will kill, beat, stab or hurt you or the staff. */
  "violence",
  /** I know where you live; we know the nurse's car; we will wait outside. */
  "doxxing",
  /** You will regret it; revenge; you will see what happens. */
  "warning",
  /** A bomb, fire or arson threat against the premises. */
  "bomb-fire",
] as const;
export type ThreatKind = (typeof THREAT_KINDS)[number];

/**
 * One language's cues: phrases as people write them, lower case, diacritics optional (the matcher
 * folds them away, so "nie chcę żyć" also finds "nie chce zyc"). A phrase matches anywhere as a
 * substring, so a stem finds every ending; a leading or trailing space anchors it to a word edge.
 * `weak` phrases count only with a second, different cue (weight 1); the rest decide alone.
 */
export interface LanguageCues {
  /** BCP 47 code (with -Latn for the romanised forms where they share the file). */
  readonly code: string;
  /** English name, as the docs list it. */
  readonly name: string;
  readonly crisis: Partial<Record<CrisisKind, readonly string[]>>;
  readonly weakCrisis?: Partial<Record<CrisisKind, readonly string[]>>;
  readonly threat: Partial<Record<ThreatKind, readonly string[]>>;
  /**
   * Everyday words of the language that English does not use ("jest", "nahi", "kyk"): two of them
   * in a message mark it as not English even where it is typed in Latin letters.
   */
  readonly words?: readonly string[];
}
