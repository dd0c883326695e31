/**
 * The shape of one language's lexicon for the multilingual pass (see analyse-multilingual.ts).
 *
 * Words are grouped by what they do in a sentence, not by where they came from, so the same
 * judgement runs in every language: a protected group named next to contempt, dehumanisation or
 * violence is hate; denying a group a positive quality ("never clever", "not equal") is hate; the
 * same words negated, reported or quoted in order to condemn them are not; slurs and swearing
 * count on their own. Written for Parapet from general knowledge of each language and from the
 * published lists cited in each file, never from evaluation items.
 *
 * Entry syntax: lower case; words separated by single spaces are consecutive tokens; a token
 * ending in `*` matches any token that starts with it (an inflected form: "hass*" for hasse,
 * hasst, Hass); a Han entry is matched anywhere in a run of Han characters, with no spaces.
 * Diacritics are folded away before matching (see fold.ts), so "töten" also matches "toten".
 */
export const ROLES = [
  /** A protected group as people name it: "Flüchtlinge", "musulmans", "औरतें". */
  "ident",
  /** A slur: discriminatory on its own unless quoted or reported. */
  "slur",
  /** Contempt, disgust, negative attributes and dehumanising nouns: hate with a group, abuse aimed at "you". */
  "derog",
  /** Insults for people ("idiots", "bastards"): abusive on their own, hate with a group. */
  "insult",
  /** Killing, hurting, getting rid of: hate with a group, a threat aimed at "you". */
  "violence",
  /** Swearing and obscenity. */
  "profanity",
  /** Qualities and rights ("intelligent", "equal", "the right to live"): denied to a group, hate. */
  "positive",
  /** Negation: "nicht", "jamais", "नहीं", "不". */
  "negator",
  /** Saying, calling, claiming, statements, threatening: frames that report or condemn someone else's words. */
  "report",
  /** Allowing, tolerating, accepting: with a negation they protect ("we must not let … be attacked"). */
  "protect",
  /** Third-person plural pronouns that stand for a group named in the next or previous sentence. */
  "they",
  /** Second-person pronouns: the person an insult or threat is aimed at. */
  "you",
  /** Conjunctions that open a new clause ("aber", "parce que"): negation does not cross them. */
  "clause",
  /** Question words that make a negation rhetorical ("warum … nicht", "why don't we"). */
  "why",
  /** Restrictive words after a negation that turn it into "only" ("ne sont que", "nichts als", "no son más que"). */
  "only",
  /** Common words: evidence of the language, and the known halves of run-together words. */
  "function",
  /**
   * Contact shunned ("touched by", "rather die than"): with a negation and a group, implicit
   * derogation ("I would never eat food touched by X"); on its own, nothing.
   */
  "avoid",
] as const;
export type Role = (typeof ROLES)[number];

export interface Lexicon {
  /** BCP 47 tag of the language (and script where it matters): "de", "hi-Latn", "ur". */
  readonly lang: string;
  /**
   * Romanised South Asian text (Hindi, Urdu, Panjabi) is spelt many ways ("nafrat", "nafrath",
   * "nafraat"); such lexicons are also matched on a spelling skeleton (see fold.ts).
   */
  readonly skeleton?: boolean;
  /**
   * The language drops subject pronouns ("Son despreciables", "Quería matarlos"): a group named in
   * the sentence before or after counts without a pronoun standing for it.
   */
  readonly prodrop?: boolean;
  /**
   * Every word of the lexicon written in Latin letters needs the language's common words in the text
   * (as if written "^word"): Turkish "göt*" folds to "got*", Somali "was" is English.
   */
  readonly latinNeedsEvidence?: boolean;
  readonly words: Readonly<Partial<Record<Role, readonly string[]>>>;
}
