import {
  ABUSE_PHRASES,
  DISCRIMINATORY_PHRASES,
  INSULT_FRAME,
  INSULTS,
  MODALS,
  NEGATORS,
  PERSON_TARGETS,
  POSITIVE_QUALITIES,
  REPORT_FRAMES,
  THREAT_PHRASES,
  VIOLENCE,
} from "./lexicon-harassment.js";
import {
  DEROG_STRONG,
  DEROG_WEAK,
  GROUP_ADJECTIVES,
  GROUP_HEADS,
  GROUP_NOUNS,
  SLURS,
} from "./lexicon-hate.js";
import { PROFANITY_SOURCES } from "./lexicon-profanity.js";
import { trieSource, typoVariants } from "./trie-regex.js";

/**
 * Every lexicon compiled once, at module load, into ONE regular expression with
 * a capture group per role. analyseLanguage makes a single pass with it and
 * then reasons over the (few) hits: that is what keeps triage above 10,000
 * messages a second on one core.
 */
export const GROUP = {
  threat: 1,
  insult: 2,
  slur: 3,
  ident: 4,
  report: 5,
  derog: 6,
  derogWeak: 7,
  violence: 8,
  profanity: 9,
  positive: 10,
  modal: 11,
  negator: 12,
  target: 13,
  sentence: 14,
  clause: 15,
  quote: 16,
} as const;

export type GroupId = (typeof GROUP)[keyof typeof GROUP];

/** Real words that a deliberate-misspelling variant must never become ("drown" → "down"). */
const VARIANT_BLOCKLIST = new Set([
  "down",
  "strange",
  "pets",
  "arts",
  "shoo",
  "hear",
  "heat",
  "hat",
  "bunt",
  "hung",
  "huts",
  "rage",
  "vie",
  "ill",
  "sot",
  "dump",
  "trash",
  "wost",
  "wort",
  "tash",
  "haed",
  "bet",
  "stun",
  "spat",
  "pans",
  "blak",
  "back",
  "lack",
  "bak",
  "gas",
  "sufer",
  "hang",
  "wom",
  "bakc",
  "baby",
  "bly",
  "sick",
  "disable",
  "disabled",
  "tran",
  "tans",
  "tras",
  "muslin",
  "flith",
  "filt",
  "hating",
  "refuge",
  "refugee",
  "migrant",
  "arabs",
  "aids",
]);

function withVariants(words: readonly string[], minLength: number): Set<string> {
  const out = new Set<string>(words);
  for (const entry of words) {
    const parts = entry.split(" ");
    parts.forEach((part, i) => {
      if (part.length < minLength) return;
      for (const variant of typoVariants(part)) {
        if (VARIANT_BLOCKLIST.has(variant)) continue;
        const joined = [...parts.slice(0, i), variant, ...parts.slice(i + 1)].join(" ");
        if (!out.has(joined)) out.add(joined);
      }
    });
  }
  return out;
}

function adjectiveVariants(words: readonly string[]): Set<string> {
  const out = new Set<string>(words);
  for (const word of words) {
    for (let i = 1; i < word.length - 1; i++) {
      const v = word.slice(0, i) + word.slice(i + 1);
      if (!VARIANT_BLOCKLIST.has(v)) out.add(v);
    }
  }
  return out;
}

/** Run-together words ("Ihate", "sosickening", "massivescumbags") are a standard filter dodge. */
export const JOINERS_BEFORE = new Set([
  "i",
  "so",
  "such",
  "just",
  "much",
  "very",
  "really",
  "absolute",
  "absolutely",
  "massive",
  "total",
  "utter",
  "all",
]);
/** Groups matched without a left word boundary; a match inside a word counts only after a joiner ("sosickening"). */
export const JOINABLE_GROUPS: ReadonlySet<number> = new Set([6, 7]);
const B = "(?<![a-z])";
/** Slurs with letters starred out ("p*kis", "n*gger") are still slurs. */
const MASKED_SLURS =
  "p\\*+kis?|n\\*+(?:gger|gga|ggers|ggas)|f\\*+g(?:got)?s?|r\\*+tards?|b\\*+tch(?:es)?|sl\\*+ts?|wh\\*+res?|tr\\*+nn(?:y|ies)";

/** A group word run straight into the insult after it ("Muslimsdisgust", "gayvermin"). */
const RUN_ON = "disgust|vermin|scum|trash|filth|garbage|are\\b|should\\b|deserve";
const E = "(?![a-z])";

/** Words that start a new clause (group 15, with the punctuation `,;:()`). */
export const CLAUSE_WORDS: readonly string[] = [
  "but",
  "that",
  "because",
  "although",
  "though",
  "who",
  "which",
  "whenever",
  "when",
  "if",
  "and",
  "so",
  "cos",
  "as",
];

function buildSources(): string[] {
  const identSource = `${trieSource(withVariants(GROUP_NOUNS, 5))}|${trieSource(adjectiveVariants(GROUP_ADJECTIVES))} ?${trieSource(GROUP_HEADS)}`;
  const groups: string[] = [
    `${B}(?:${THREAT_PHRASES.join("|")})${E}`,
    `${B}(?:${INSULT_FRAME} ${trieSource(INSULTS)}s?|${ABUSE_PHRASES.join("|")})${E}|🖕`,
    `${B}(?:${trieSource(withVariants(SLURS, 6))}(?:behaviour|behavior)?|${MASKED_SLURS}|${DISCRIMINATORY_PHRASES.join("|")})${E}`,
    `${B}(?:${identSource})(?:${E}|(?=${RUN_ON}))`,
    `${B}${trieSource(REPORT_FRAMES)}${E}`,
    `${trieSource(withVariants(DEROG_STRONG, 4))}(?:people|all)?${E}`,
    `${trieSource(withVariants(DEROG_WEAK, 5))}(?:people|all)?${E}`,
    `${B}${trieSource(withVariants(VIOLENCE, 4))}(?:all)?${E}`,
    `(?:${PROFANITY_SOURCES.join("|")})`,
    `${B}${trieSource(POSITIVE_QUALITIES)}${E}`,
    `${B}${trieSource(MODALS)}${E}`,
    `${B}${trieSource(NEGATORS)}${E}`,
    `${B}${trieSource(PERSON_TARGETS)}${E}`,
    "[.!?\\n]+",
    `[,;:()]|${B}(?:${CLAUSE_WORDS.join("|")})${E}`,
    '"',
  ];
  return groups;
}

/** Each role's source on its own, for benchmarks and diagnostics: filled by groupRegexes(). */
export const GROUP_SOURCES: string[] = [];

/**
 * One regular expression per role, index i for group i + 1. Run one after the
 * other they are several times faster than one alternation of them all:
 * V8 optimises a focused pattern far better than a 36,000-character one.
 * Empty until groupRegexes() fills it, on the first text: working the sources out (the variants
 * and tries above) was ~0.05 s of every process that loaded the checker, checking or not.
 */
export const GROUP_REGEXES: RegExp[] = [];

/** Where sources worked out earlier (groupSources()) are read from, on the first use (useGroupSources). */
let readGroupSources: (() => readonly string[] | undefined) | undefined;

/** The sources of GROUP_REGEXES worked out from the lexicons, as plain data for a process to keep in a file. */
export function groupSources(): string[] {
  return buildSources();
}

/**
 * Takes the sources from `read` (a file a process wrote from groupSources(), current for this code
 * and these lexicons) instead of working them out, when GROUP_REGEXES is first needed. Anything but
 * one string per role is ignored and the sources are worked out.
 */
export function useGroupSources(read: () => readonly string[] | undefined): void {
  readGroupSources = read;
}

/** GROUP_REGEXES, filled on the first call. */
export function groupRegexes(): readonly RegExp[] {
  if (GROUP_REGEXES.length === 0) {
    const read = readGroupSources?.();
    const sources =
      read && read.length === GROUP_COUNT && read.every((s) => typeof s === "string") ? read : buildSources();
    GROUP_SOURCES.push(...sources);
    GROUP_REGEXES.push(...sources.map((g) => new RegExp(g, "g")));
  }
  return GROUP_REGEXES;
}

const GROUP_COUNT = Object.keys(GROUP).length;
