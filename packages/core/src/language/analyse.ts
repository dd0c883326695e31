import {
  CLAUSE_WORDS,
  GROUP,
  GROUP_REGEXES,
  type GroupId,
  groupRegexes,
  JOINABLE_GROUPS,
  JOINERS_BEFORE,
} from "./compile.js";
import { SELF_MODAL } from "./lexicon-harassment.js";
import { FALSE_FRIENDS, HOMONYM_CONTEXT, RECLAIM_BEFORE } from "./lexicon-hate.js";
import { SAFE_WORDS } from "./lexicon-profanity.js";
import { analyseMultilingual, ordinaryInTextLanguage } from "./multilingual/analyse-multilingual.js";
import { normalise, originalOffset } from "./normalise.js";
import {
  compilePrefilter,
  type LanguagePrefilter,
  type PrefilterTables,
  prefilterFrom,
  prefilterTables,
} from "./prefilter.js";

export const LANGUAGE_KINDS = ["profanity", "discriminatory", "abusive", "threat"] as const;
export type LanguageKind = (typeof LANGUAGE_KINDS)[number];

export interface LanguageFinding {
  kind: LanguageKind;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  term: string;
}

interface Hit {
  group: GroupId;
  start: number;
  end: number;
  text: string;
  sentence: number;
  clause: number;
  quoted: boolean;
}

const SECOND_OR_THIRD_PERSON = /^(?:you|u|ya|him|her|he|she|yourself)$/;
const RHETORICAL_AFTER = /^ (?:we|you|it|they|i|u|people|that)\b/;
const NOT_A_NEGATION_AFTER =
  /^ (?:one else|wonder|doubt|matter|better than|place|right to|longer|forget|stop themselves|help themselves|help it)\b/;
const QUEER_NEUTRAL_AFTER =
  /^ ?(?:people|person|community|culture|rights|theory|studies|representation|liberation|folk|folks|women|men|youth|pride|identity|history|love|couples?|joy|art|liberation|space)\b/;
const QUEER_SLUR_BEFORE =
  /(?:\ba|bunch of|typical|you|common|another|many|fucking|dirty|those|these|bloody|filthy|just)[ ,]*$/;
const SAFE_PATTERN = new RegExp(
  SAFE_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
  "g",
);

export interface RawHit {
  group: GroupId;
  start: number;
  end: number;
  text: string;
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 97 && c <= 122;
}

/** Roles that can produce a finding. Context roles (groups, negators, frames, boundaries) only matter when one fires. */
const MAX_HITS = 300;

const TRIGGER_GROUPS = [1, 2, 3, 6, 7, 8, 9, 10];
const CONTEXT_GROUPS = [4, 5, 11, 12, 13, 14, 15, 16];
/**
 * The patterns the prefilter keys: the triggers (bit i: TRIGGER_GROUPS[i]), then the context roles
 * (bit 8 + i: CONTEXT_GROUPS[i]). One walk of the text answers for both: a text with a trigger
 * then runs only the context patterns that can match it (most texts hold no group name, no report
 * frame), not all eight.
 */
function triggerPatterns(): RegExp[] {
  const regexes = groupRegexes();
  return [...TRIGGER_GROUPS, ...CONTEXT_GROUPS].map((g) => regexes[g - 1] as RegExp);
}
const TRIGGER_BITS = (1 << TRIGGER_GROUPS.length) - 1;
/**
 * Which patterns can match a text at all (bits as above); most posts need no trigger.
 * Built on first use, from tables a process may have read from a file (useLanguagePrefilterTables).
 */
let TRIGGER_PREFILTER: LanguagePrefilter | undefined;

/** What the prefilter's tables are worked out from: a file of them is current only for these patterns. */
export function languagePrefilterInput(): string {
  return triggerPatterns()
    .map((r) => `/${r.source}/${r.flags}`)
    .join("\n");
}

/** The trigger prefilter's tables, as plain data, for a process to keep in a file (~0.15 s to work out). */
export function languagePrefilterTables(): PrefilterTables {
  return prefilterTables(triggerPatterns());
}

/** Where tables worked out earlier are read from, on the first text (useLanguagePrefilterTables). */
let readPrefilterTables: (() => PrefilterTables | undefined) | undefined;

/**
 * Uses tables worked out earlier by languagePrefilterTables() for exactly languagePrefilterInput().
 * `read` is called on the first text, not now (a process that checks nothing reads nothing); a
 * prefilter already built is dropped, to be built from `read`.
 */
export function useLanguagePrefilterTables(read: () => PrefilterTables | undefined): void {
  readPrefilterTables = read;
  TRIGGER_PREFILTER = undefined;
}

function triggerPrefilter(): LanguagePrefilter {
  // GROUP_REGEXES filled first: run() reads it, whether or not the prefilter's tables come from a file.
  const patterns = triggerPatterns();
  const tables = readPrefilterTables?.();
  return tables ? prefilterFrom(tables) : compilePrefilter(patterns);
}

/** Runs each role's pattern, then keeps the earliest, highest-priority hit where hits overlap. */
function collect(text: string): RawHit[] {
  const raw: RawHit[] = [];
  TRIGGER_PREFILTER ??= triggerPrefilter();
  const candidates = TRIGGER_PREFILTER.candidates(text);
  if ((candidates & TRIGGER_BITS) !== 0) run(text, TRIGGER_GROUPS, raw, candidates);
  // Most messages have no trigger at all: skip the context passes for them.
  if (raw.length === 0) return raw;
  run(text, CONTEXT_GROUPS, raw, candidates >>> TRIGGER_GROUPS.length);
  raw.sort((a, b) => a.start - b.start || a.group - b.group);
  const kept: RawHit[] = [];
  let reached = 0;
  for (const h of raw) {
    if (h.start < reached) continue;
    kept.push(h);
    reached = h.end;
  }
  return kept;
}

/** Runs the patterns of `groups` whose bit is set in `mask` (bit i: groups[i]). */
function run(text: string, groups: readonly number[], raw: RawHit[], mask: number): void {
  for (let i = 0; i < groups.length; i++) {
    if (!(mask & (1 << i))) continue;
    const g = (groups[i] as number) - 1;
    const re = GROUP_REGEXES[g] as RegExp;
    const group = (g + 1) as GroupId;
    // The three punctuation roles, read by hand: the same matches as their patterns (tested), without a
    // match object each.
    if (group === GROUP.sentence || group === GROUP.clause || group === GROUP.quote) {
      boundaries(text, group, raw);
      continue;
    }
    const joinable = JOINABLE_GROUPS.has(group);
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (joinable && m.index > 0 && isLetterAt(text, m.index - 1)) {
        let k = m.index;
        while (k > 0 && isLetterAt(text, k - 1)) k--;
        if ((k > 0 && text[k - 1] === "'") || !JOINERS_BEFORE.has(text.slice(k, m.index))) {
          re.lastIndex = m.index + 1;
          continue;
        }
      }
      raw.push({ group, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
}

const CLAUSE_WORD_SET: ReadonlySet<string> = new Set(CLAUSE_WORDS);

/**
 * What GROUP_REGEXES gives for the sentence ("[.!?\\n]+"), clause ("[,;:()]" or a CLAUSE_WORDS
 * word between non-letters) and quote ('"') roles, appended to `raw` in the same order: a
 * clause word must be the whole run of letters it starts, so each run is looked at once.
 */
export function boundaries(text: string, group: GroupId, raw: RawHit[]): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (group === GROUP.sentence) {
      if (c === 46 || c === 33 || c === 63 || c === 10) {
        let j = i + 1;
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d !== 46 && d !== 33 && d !== 63 && d !== 10) break;
        }
        raw.push({ group, start: i, end: j, text: text.slice(i, j) });
        i = j;
      } else i++;
    } else if (group === GROUP.quote) {
      if (c === 34) raw.push({ group, start: i, end: i + 1, text: '"' });
      i++;
    } else if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41) {
      raw.push({ group, start: i, end: i + 1, text: text[i] as string });
      i++;
    } else if (c >= 97 && c <= 122) {
      // A run of letters; one that follows a letter was part of the run before.
      let j = i + 1;
      while (j < n && isLetterAt(text, j)) j++;
      if (j - i <= 8 && (i === 0 || !isLetterAt(text, i - 1))) {
        const word = text.slice(i, j);
        if (CLAUSE_WORD_SET.has(word)) raw.push({ group, start: i, end: j, text: word });
      }
      i = j;
    } else i++;
  }
}

function scan(text: string): Hit[] {
  const hits: Hit[] = [];
  let sentence = 0;
  let clause = 0;
  let quoted = false;
  for (const m of collect(text)) {
    if (m.group === GROUP.sentence) {
      sentence++;
      clause++;
      continue;
    }
    if (m.group === GROUP.clause) {
      clause++;
      // Punctuation only separates; conjunctions ("but", "so") are kept as hits.
      if (m.text.length > 2 || isLetterAt(m.text, 0) || isLetterAt(m.text, 1))
        hits.push({ group: m.group, start: m.start, end: m.end, text: m.text, sentence, clause, quoted });
      continue;
    }
    if (m.group === GROUP.quote) {
      quoted = !quoted;
      clause++;
      continue;
    }
    hits.push({ group: m.group, start: m.start, end: m.end, text: m.text, sentence, clause, quoted });
  }
  return hits;
}

/** Counter-speech: quoted under a reporting frame, or after "saying"/"calling"/… in the same sentence. */
function isCounter(hit: Hit, hits: readonly Hit[]): boolean {
  for (const h of hits) {
    if (h.group !== GROUP.report) continue;
    if (hit.quoted && !h.quoted) return true;
    if (h.sentence !== hit.sentence || h.quoted !== hit.quoted) continue;
    if (h.start < hit.start) return true;
    if (/stop/.test(h.text)) return true;
  }
  return false;
}

function isNegated(hit: Hit, hits: readonly Hit[], text: string): boolean {
  for (const h of hits) {
    if (h.start >= hit.start) break;
    if (h.group !== GROUP.negator || h.clause !== hit.clause) continue;
    const after = text.slice(h.end, h.end + 14);
    if (h.text.endsWith("n't") && RHETORICAL_AFTER.test(after)) continue;
    if (NOT_A_NEGATION_AFTER.test(after)) continue;
    return true;
  }
  return false;
}

const HOMONYM_ENTRIES = Object.entries(HOMONYM_CONTEXT);

function slurIsHateful(hit: Hit, text: string, hits: readonly Hit[]): boolean {
  const base = hit.text.replace(/(?:es|s|z)$/, "").replace(/ies$/, "y");
  // The sentence is cut out only for a slur that is also an ordinary word: most hits are not.
  let sentenceText: string | undefined;
  for (const [word, context] of HOMONYM_ENTRIES) {
    if (base !== word && !hit.text.startsWith(word)) continue;
    sentenceText ??= sentenceOf(hit, hits, text);
    if (context.test(sentenceText)) return false;
  }
  const before = text.slice(Math.max(0, hit.start - 40), hit.start);
  if (base.startsWith("queer")) {
    if (QUEER_NEUTRAL_AFTER.test(text.slice(hit.end, hit.end + 16))) return false;
    if (!QUEER_SLUR_BEFORE.test(before)) return false;
  }
  const clauseBefore = text.slice(Math.max(sentenceStart(hit, hits), hit.start - 40), hit.start);
  if (/^(?:nigga|fag|faggot|bitch|queer|dyke)/.test(base) && RECLAIM_BEFORE.test(clauseBefore)) return false;
  return true;
}

function sentenceStart(hit: Hit, hits: readonly Hit[]): number {
  for (const h of hits) if (h.sentence === hit.sentence) return Math.max(0, h.start - 30);
  return 0;
}

function sentenceOf(hit: Hit, hits: readonly Hit[], text: string): string {
  let from = hit.start;
  let to = hit.end;
  for (const h of hits) {
    if (h.sentence === hit.sentence) {
      from = Math.min(from, h.start);
      to = Math.max(to, h.end);
    }
  }
  return text.slice(Math.max(0, from - 60), Math.min(text.length, to + 60));
}

/** "the women's ward", "disabled parking": a group word naming a service, not people. */
const SERVICE_AFTER =
  /^(?:'s?|s') (?!nature|lives?|life|rights)|^ (?:ward|unit|toilet|toilets|parking|bay|bays|badge|services?|health|clinic|hospital|centre|access|team|network)\b/;

function hasGroupNear(
  hit: Hit,
  hits: readonly Hit[],
  weak: boolean,
  text: string,
  identOnly = false,
): boolean {
  for (const h of hits) {
    if (h.group !== GROUP.ident && h.group !== GROUP.slur) continue;
    if (identOnly && (h.group !== GROUP.ident || h.quoted !== hit.quoted)) continue;
    if (h.group === GROUP.ident && SERVICE_AFTER.test(text.slice(h.end, h.end + 12))) continue;
    const sameSentence = h.sentence === hit.sentence;
    const near = Math.abs(h.start - hit.start) <= 45;
    if (weak ? sameSentence && near : sameSentence) return true;
    // "Of course they are stupid. They are women after all." — "they" stands for a group in the next or previous sentence.
    const pronounHere = hits.some(
      (t) => t.sentence === hit.sentence && t.group === GROUP.target && /^(?:them|they)$/.test(t.text),
    );
    if (weak && pronounHere && Math.abs(h.sentence - hit.sentence) <= 1) return true;
    // "Muslims think they're special. I hate them." — a pronoun standing for a group named just before.
    if (
      !weak &&
      h.sentence === hit.sentence - 1 &&
      hits.some((t) => t.sentence === hit.sentence && /^(?:them|they)$/.test(t.text))
    ) {
      return true;
    }
  }
  return false;
}

function hasPersonTarget(hit: Hit, hits: readonly Hit[]): boolean {
  return hits.some(
    (h) => h.group === GROUP.target && h.clause === hit.clause && SECOND_OR_THIRD_PERSON.test(h.text),
  );
}

const REFLEXIVE_AFTER = /^ (?:my|him|her|them|your|our)sel(?:f|ves)\b/;

function violenceIsThreat(hit: Hit, hits: readonly Hit[], text: string): boolean {
  // "kill herself" is a risk to the writer or someone they speak for (crisis), not a threat to others.
  if (REFLEXIVE_AFTER.test(text.slice(hit.end, hit.end + 14))) return false;
  const selfModal = SELF_MODAL.test(hit.text);
  const modal = selfModal || hits.some((h) => h.group === GROUP.modal && h.sentence === hit.sentence);
  if (!modal) return false;
  return hits.some((h) => {
    if (h.sentence !== hit.sentence) return false;
    if (h.group !== GROUP.target && h.group !== GROUP.ident && h.group !== GROUP.slur) return false;
    if (h.group === GROUP.target && /^(?:they|he|she)$/.test(h.text) && h.start < hit.start) return true;
    return h.start > hit.start ? h.start - hit.end <= 40 : true;
  });
}

function isSafeWord(hit: Hit, text: string): boolean {
  const from = Math.max(0, hit.start - 12);
  const window = text.slice(from, hit.end + 12);
  SAFE_PATTERN.lastIndex = 0;
  for (let m = SAFE_PATTERN.exec(window); m !== null; m = SAFE_PATTERN.exec(window)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (s < hit.end && e > hit.start) return true;
    if (m[0].length === 0) SAFE_PATTERN.lastIndex++;
  }
  return false;
}

function judge(hit: Hit, hits: readonly Hit[], text: string): LanguageKind | null {
  switch (hit.group) {
    case GROUP.profanity:
      return isSafeWord(hit, text) || isCounter(hit, hits) ? null : "profanity";
    case GROUP.threat:
      return isCounter(hit, hits) ? null : "threat";
    case GROUP.insult:
      if (isCounter(hit, hits) || isNegated(hit, hits, text)) return null;
      // "Immigrants are vermin": an insult aimed at a protected group is hate, not just abuse.
      return hasGroupNear(hit, hits, true, text) ? "discriminatory" : "abusive";
    case GROUP.slur:
      return !isCounter(hit, hits) && slurIsHateful(hit, text, hits) ? "discriminatory" : null;
    case GROUP.violence:
      return !isCounter(hit, hits) && !isNegated(hit, hits, text) && violenceIsThreat(hit, hits, text)
        ? "threat"
        : null;
    case GROUP.positive:
      // Denying a group its humanity or abilities ("… are never any intelligent") is hate; praise is not.
      return isNegated(hit, hits, text) && !isCounter(hit, hits) && hasGroupNear(hit, hits, true, text, true)
        ? "discriminatory"
        : null;
    case GROUP.derog:
    case GROUP.derogWeak: {
      if (isCounter(hit, hits) || isNegated(hit, hits, text)) return null;
      const weak = hit.group === GROUP.derogWeak;
      if (hasGroupNear(hit, hits, weak, text)) return "discriminatory";
      if (!weak || !FALSE_FRIENDS.test(hit.text))
        return hasPersonTarget(hit, hits) && !weak ? "abusive" : null;
      return null;
    }
    default:
      return null;
  }
}

/**
 * Finds profanity, discriminatory language, abuse and threats in one pass.
 * Negated hate ("I don't hate …"), counter-speech that quotes or reports hate,
 * reclaimed slurs and homonyms (a garden hoe, faggots at the butcher) and
 * place names (Scunthorpe, Penistone, Essex) are not reported.
 */
export function analyseLanguage(text: string): LanguageFinding[] {
  const norm = normalise(text);
  const hits = scan(norm.text);
  const findings: LanguageFinding[] = [];
  if (hits.length === 0) return withMultilingual(findings, norm, text);
  // Reasoning over hits is quadratic; a text with hundreds of cues is abusive long before the end, so
  // only the first MAX_HITS are judged (keeps a 20,000-character "hate hate hate…" at a few ms).
  const context = hits.length > MAX_HITS * 3 ? hits.slice(0, MAX_HITS * 3) : hits;
  const judged = hits.length > MAX_HITS ? hits.slice(0, MAX_HITS) : hits;
  for (const hit of judged) {
    if (hit.group >= GROUP.modal) continue;
    if (hit.group === GROUP.ident) continue;
    const kind = judge(hit, context, norm.text);
    if (kind === null) continue;
    const start = originalOffset(norm, hit.start) ?? 0;
    const end = (originalOffset(norm, hit.end - 1) ?? start) + 1;
    findings.push({ kind, start, end, term: text.slice(start, end) });
  }
  return withMultilingual(findings, norm, text);
}

/** The other languages' findings that do not overlap an English one, merged in order. */
function withMultilingual(
  englishFindings: LanguageFinding[],
  norm: ReturnType<typeof normalise>,
  text: string,
): LanguageFinding[] {
  let english = englishFindings;
  const other = analyseMultilingual(norm, text);
  // "Los negros son hermosos": a word of the text's own language that English reads as a slur.
  if (english.length > 0) english = english.filter((f) => !ordinaryInTextLanguage(f.term));
  for (const f of other) {
    if (!english.some((e) => e.start < f.end && f.start < e.end)) english.push(f);
  }
  return english.sort((a, b) => a.start - b.start);
}
