import { englishDataset } from "obscenity";

/**
 * Profanity comes from obscenity's English dataset (cuss-derived, MIT), turned
 * into one regular-expression source at module load. Obscenity's own matcher
 * runs about 16,000 posts/s here; as one alternation over pre-normalised text
 * it costs no more than any other lexicon entry (docs/architecture.md).
 *
 * Words that are clinical or anatomical in a hospital inbox ("anal fissure",
 * "vaginal birth", "sex", "rape" reported to us) are left out: they are not
 * obscene when a patient uses them. Slurs in the dataset are handled by our own
 * hate lexicon instead, which knows about homonyms ("faggots" at the butcher).
 */
const EXCLUDED = new Set([
  "anal",
  "anus",
  "boob",
  "cum",
  "dyke",
  "pe[e]nis",
  "pnis",
  "vagina",
  "v?gina",
  "[or]gasm",
  "orgy",
  "orgies",
  "incest",
  "s[s]e[e]x",
  "s[s]e[e]xy",
  "s[s]e[e]me[e]n",
  "rape",
  "rapis[s]t",
  "retard",
  "e[e]jacul",
  "e[e]jakul",
  "e[e]acul[l]ate",
  "m?sturbate",
  "masterbate",
  "tit",
  "fu",
  "hooker",
  "s[s]cat",
  "cockp",
  "negro",
  "bitch",
  "bich",
  "fag",
  "fggot",
  "n[i]gger",
  "n[i]gga",
  "nig",
  "nigs",
  "kike",
  "chink",
  "chingchong",
  "africoon",
  "boonga",
  "arab[b]ush",
  "trany",
  "spastic",
  "wh[o]re",
  "who[o]res[s]",
  "s[s]lut",
  "prick[s]",
]);

interface PatternNode {
  kind: number;
  chars?: number[];
  childNode?: PatternNode;
}

function nodeKey(node: PatternNode): string {
  if (node.kind === 2) return String.fromCharCode(...(node.chars ?? []));
  if (node.kind === 0 && node.childNode) return `[${nodeKey(node.childNode)}]`;
  return "?";
}

function nodeSource(node: PatternNode): string {
  if (node.kind === 2)
    return String.fromCharCode(...(node.chars ?? [])).replace(/[^a-z0-9]/g, (c) => `\\${c}`);
  if (node.kind === 0 && node.childNode) return `(?:${nodeSource(node.childNode)})?`;
  return "[a-z*]";
}

function datasetSources(): string[] {
  const built = englishDataset.build();
  const out: string[] = [];
  for (const term of built.blacklistedTerms) {
    const nodes = term.pattern.nodes as unknown as PatternNode[];
    const key = nodes.map(nodeKey).join("");
    if (EXCLUDED.has(key)) continue;
    const start = term.pattern.requireWordBoundaryAtStart ? "(?<![a-z])" : "";
    const end = term.pattern.requireWordBoundaryAtEnd ? "(?![a-z])" : "";
    out.push(start + nodes.map(nodeSource).join("") + end);
  }
  return out;
}

/** Our additions: British swearing and masked spellings the dataset lacks. */
const EXTRA = [
  // Starred-out swearing ("f***ing", "c*nts", "w*nkers") is still swearing.
  "(?<![a-z])(?:f\\*+(?:ck|k|cking|king|kin|in|ing|ed|er|ers|cked)?|c\\*+(?:nt|t)s?|sh\\*+t(?:e|ty)?|tw\\*+ts?|w\\*+nk(?:er|ers|ing)?|a\\*+(?:se|sehole|hole)s?|pr\\*+cks?|d\\*+ck(?:head)?s?|b\\*+llocks|p\\*+ss(?:ed)?)(?![a-z])",
  // "prick" is an insult, but a finger-prick test or a needle-prick injury is routine in a hospital inbox.
  "(?<![a-z])(?<!(?:finger|needle|pin|sharps|pin-) )pricks?(?! ?(?:test|injur|blood))(?![a-z])",
  "(?<![a-z])(?:f\\*+k|f\\*+c?k(?:ing|er|ed|in)?|sh\\*+t|c\\*+nt|fcuk|fukc|fuking|fkn|fking|feck(?:ing)?)(?![a-z])",
  "(?<![a-z])(?:stfu|gtfo|wtf|bellend|knobhead|knob ?head|tosser|wanker|twats?|shite|shitty|arsehole|asshole|dickhead|bastards?|bullshit|crap(?:py)?|dumbass|dumbasses|scumbags?|motherfuckers?|pissed|pissing)(?![a-z])",
];

/** Words containing a profane substring that must never trip (Scunthorpe problem), incl. UK place names. */
export const SAFE_WORDS = [
  ...(englishDataset.build().whitelistedTerms ?? []),
  "scunthorpe",
  "penistone",
  "essex",
  "sussex",
  "wessex",
  "middlesex",
  "cockermouth",
  "cockfosters",
  "shitterton",
  "shitlington",
  "twatt",
  "dickinson",
  "dickson",
  "dickie",
  "dickey",
  "dickerson",
  "dicker",
  "hancock",
  "peacock",
  "cockburn",
  "assess",
  "assessment",
  "bass",
  "passage",
  "cassock",
  "sextant",
  "analysis",
  "grape",
  "therapist",
  "therapists",
  "shuttlecock",
  "scuttle",
  "matsushita",
  "clitheroe",
  "arsenal",
  "hitchcock",
  "babcock",
  "glasscock",
  "pissarro",
  "cocktail",
  "woodcock",
  "dickens",
  "wankie",
];

export const PROFANITY_SOURCES: readonly string[] = [...datasetSources(), ...EXTRA];
