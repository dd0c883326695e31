/**
 * Small building blocks for cue patterns written as grammars (a kind of
 * sentence: who, verb, object, time) rather than as lists of phrases.
 *
 * Every block is a plain alternation of words with no quantifier of its own,
 * and gaps between blocks are one bounded class repeat (`gap(n)`), so a
 * pattern built from them never nests quantifiers and its work per starting
 * position is bounded by a constant: matching is linear in the text.
 */

/** A non-capturing alternation (cue patterns may not add capture groups). */
export function alt(...parts: readonly string[]): string {
  return `(?:${parts.join("|")})`;
}

/** Up to n characters within one sentence (no full stop, question or exclamation mark, or line break). */
export function gap(n: number): string {
  return `[^.?!\\n]{0,${n}}`;
}

/** People someone may write about: family, friends, neighbours (the cue patterns' KIN and the crisis concepts' kin). */
export const KIN_WORDS: readonly string[] = [
  "mum",
  "mam",
  "mom",
  "mother",
  "dad",
  "father",
  "son",
  "daughter",
  "brother",
  "bro",
  "sister",
  "sis",
  "husband",
  "wife",
  "partner",
  "boyfriend",
  "girlfriend",
  "fiancee",
  "fiance",
  "friend",
  "best friend",
  "mate",
  "flatmate",
  "housemate",
  "neighbour",
  "nan",
  "nana",
  "gran",
  "grandad",
  "grandma",
  "uncle",
  "aunt",
  "auntie",
  "cousin",
  "nephew",
  "niece",
  "child",
  "kid",
  "teenager",
  "colleague",
  "ex",
];

/** KIN_WORDS as an alternation ("fiancee" before "fiance", so the longer word is the match). */
export const KIN = alt(...KIN_WORDS);

/** The English month names, lower-case. */
export const MONTH_NAMES: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Medicines and other substances taken in overdose. */
export const PILLS = alt(
  "pills",
  "tablets",
  "meds",
  "medication",
  "medicine",
  "paracetamol",
  "co[- ]?codamol",
  "codeine",
  "sertraline",
  "citalopram",
  "fluoxetine",
  "mirtazapine",
  "amitriptyline",
  "diazepam",
  "zopiclone",
  "insulin",
  "painkillers",
  "antidepressants",
  "tramadol",
  "morphine",
  "lithium",
  "propranolol",
  "quetiapine",
  "ibuprofen",
  "aspirin",
  "prescription",
);

/** Members of staff a threat may name. */
export const STAFF = alt(
  "staff",
  "nurses?",
  "doctors?",
  "dr [a-z]+",
  "receptionists?",
  "security(?: guards?)?",
  "guards?",
  "porters?",
  "midwi(?:fe|ves)",
  "consultants?",
  "surgeons?",
  "paramedics?",
  "matron",
  "sister",
  "charge nurse",
  "ward manager",
  "manager",
  "cleaners?",
  "hcas?",
  "physios?",
  "therapists?",
  "gps?",
  "registrars?",
  "social workers?",
);

/** Pets and belongings a person gives away or hands on (a warning sign, in both crisis grammars). */
export const BELONGINGS: readonly string[] = [
  "dog",
  "cat",
  "pets?",
  "bike",
  "car",
  "guitar",
  "ring",
  "watch",
  "jewel(?:le)?ry",
  "things",
  "stuff",
  "belongings",
  "clothes",
  "books",
  "games",
  "console",
  "savings",
  "records",
  "collection",
  "possessions",
  "tools",
  "laptop",
  "phone",
];
