import type { Normalised } from "../normalise.js";
import { HashSet, hashOf } from "./hash.js";
import { ROLES, type Role } from "./lexicon.js";
import { type Entry, WordIndex } from "./word-index.js";

/**
 * Arabizi: Arabic (mostly Egyptian and Levantine) typed in Latin letters, with digits for the
 * letters Latin lacks (2 ء/ق, 3 ع, 5 خ, 7 ح, 9 ص) and short vowels left out or written at will
 * ("Ana bakrah el nsa2" is "انا بكره النساء"). Spelling is free, so words are compared by their
 * consonants: each Latin word becomes a consonant skeleton written in Arabic letters, and the
 * Arabic lexicon is indexed under the same skeletons (vowel letters and hamza dropped, letters
 * that Arabizi writes alike made one). Grammar words are recognised by their usual spellings.
 *
 * Runs only on a text with two Arabizi grammar words (or one, and a word with a letter-digit),
 * after the ordinary passes found nothing.
 */

/** Usual spellings of Arabizi grammar words, as the normalised text has them (3 7 5 read as e t s). */
const GRAMMAR: Record<string, string> = {};
function grammar(arabic: string, spellings: string): void {
  for (const s of spellings.split(" ")) GRAMMAR[s] = arabic;
}
grammar("انا", "ana ena");
grammar("انت", "enta enty enti inta inti");
grammar("انتو", "ento entom entoo entu intu into intom");
grammar("هو", "howa huwa");
grammar("هي", "heya hiya");
grammar("هما", "homa humma hom");
grammar("احنا", "ehna etna ihna itna ahna");
grammar("مش", "mesh msh mish mosh mush");
grammar("مفيش", "mafeesh mafish mafesh mfesh");
grammar("ما", "ma");
grammar("عمري", "eomri omri 3omri");
grammar("على", "eala ala 3ala");
grammar("عشان", "eshan 3shan ealashan alashan elshan");
grammar("كده", "keda kda kedah kedda");
grammar("اوي", "awy awi");
grammar("ازاي", "ezay izay ezai");
grammar("ليه", "leh leih");
grammar("دول", "dol dool");
grammar("زي", "zay zai zy");
grammar("كل", "kol kul koll");
grammar("بجد", "bgad begad bgd");
grammar("يعني", "yaeni yani yany");
grammar("لازم", "lazem lazm");
grammar("ممكن", "momken mumkin");
grammar("اللي", "elly elli illi");
grammar("يا", "ya");
grammar("ال", "el al");
grammar("في", "fe fi fel");
grammar("من", "men min");
grammar("مع", "mae");
grammar("بس", "bas bs");
grammar("هيك", "hek heek");
grammar("ليش", "lesh leesh");
grammar("شو", "shu");
grammar("كتير", "kteer ktir kteir");
/** Grammar words that show a text is Arabizi (not "el", "ma", "men", "ya", "bas": other languages write them). */
const SHOWING = [
  "ana",
  "enta",
  "enty",
  "enti",
  "ento",
  "entom",
  "entoo",
  "howa",
  "heya",
  "homa",
  "ehna",
  "etna",
  "ihna",
  "mesh",
  "msh",
  "mish",
  "mafeesh",
  "mafish",
  "eomri",
  "omri",
  "eala",
  "eshan",
  "keda",
  "kda",
  "awy",
  "ezay",
  "leh",
  "dol",
  "dool",
  "bgad",
  "yaeni",
  "yany",
  "lazem",
  "momken",
  "elly",
  "elli",
  "lesh",
  "kteer",
  "kolohom",
  "kollohom",
  "3awz",
  "eawz",
  "eayez",
];
const SHOWING_HASHES = new HashSet();
for (const s of SHOWING) SHOWING_HASHES.add(hashOf(s));
/** Grammar words other languages write too (not "ya", "ma", "law": English): with one that shows Arabizi, they confirm it. */
const CONFIRMING_HASHES = new HashSet();
for (const s of ["el", "fe", "fel", "wala", "kol"]) CONFIRMING_HASHES.add(hashOf(s));

/** Words of these many consonants or more are looked up by skeleton (one-consonant ones are grammar). */
const MIN_SKELETON = 2;

/** Latin letters (and digits) → the skeleton letter; vowels, w, y and 2 (hamza, spoken ق) → "". */
function latinSkeleton(word: string): string {
  let out = "";
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    const next = word[i + 1];
    let letter: string;
    if (next === "h" && (c === "s" || c === "c")) letter = "ش";
    else if (next === "h" && c === "k") letter = "خ";
    else if (next === "h" && c === "g") letter = "غ";
    else if (next === "h" && (c === "t" || c === "d")) letter = c === "t" ? "ت" : "د";
    else {
      letter = LATIN[c] ?? "";
      if (out.endsWith(letter)) letter = "";
      out += letter;
      continue;
    }
    out += letter;
    i++;
  }
  // A final h or a for the feminine ending is written or not: dropped on both sides.
  if (out.length > MIN_SKELETON && out.endsWith("ه")) out = out.slice(0, -1);
  return out;
}

const LATIN: Record<string, string> = {
  b: "ب",
  p: "ب",
  t: "ت",
  "6": "ت",
  g: "ج",
  j: "ج",
  h: "ه",
  "7": "ه",
  "5": "خ",
  x: "خ",
  d: "د",
  r: "ر",
  z: "ز",
  s: "س",
  "9": "س",
  "3": "ع",
  "8": "غ",
  f: "ف",
  v: "ف",
  q: "ك",
  k: "ك",
  c: "ك",
  l: "ل",
  m: "م",
  n: "ن",
};

/** Arabic letters (folded) → the skeleton letter Arabizi spellings share. */
const ARABIC: Record<string, string> = {
  ب: "ب",
  ت: "ت",
  ط: "ت",
  ث: "ت",
  ج: "ج",
  ح: "ه",
  ه: "ه",
  خ: "خ",
  د: "د",
  ض: "د",
  ذ: "د",
  ر: "ر",
  ز: "ز",
  ظ: "ز",
  س: "س",
  ص: "س",
  ش: "ش",
  ع: "ع",
  غ: "غ",
  ف: "ف",
  ك: "ك",
  ل: "ل",
  م: "م",
  ن: "ن",
};

function arabicSkeleton(word: string, qaf: string): string {
  let out = "";
  for (const ch of word) {
    const letter = ch === "ق" ? qaf : (ARABIC[ch] ?? "");
    if (letter !== "" && out.endsWith(letter)) continue;
    out += letter;
  }
  if (out.length > MIN_SKELETON && out.endsWith("ه")) out = out.slice(0, -1);
  return out;
}

/** Roles read through skeletons; grammar words come from GRAMMAR (a skeleton of one or two letters is anything). */
const MEANING = new Set<Role>(["ident", "slur", "derog", "insult", "violence", "profanity", "positive"]);

/** Roles read from a skeleton of two consonants: a group, contempt, violence (not insults, swearing or qualities). */
const SHORT = new Set(["ident", "derog", "violence"].map((r) => ROLES.indexOf(r as Role)));

/** Prefixes (the article, "and", verb and tense prefixes) and endings (pronouns, plurals) as skeleton letters. */
const PREFIXES = ["", "ل", "ب", "ه", "ت", "ن", "م", "ف", "ك", "بت", "هت", "هن", "بن", "لل", "ول", "بل"];
const SUFFIXES = ["", "هم", "كم", "ن", "ه", "ك", "ت", "ش"];

/** Entries for a skeleton word, read through its prefixes and endings; the first reading found wins. */
export function lookupArabizi(index: WordIndex, key: string, out: Entry[]): void {
  for (const p of PREFIXES) {
    if (!key.startsWith(p)) continue;
    for (const s of SUFFIXES) {
      if (key.length - p.length - s.length < MIN_SKELETON || !key.endsWith(s)) continue;
      const stem = key.slice(p.length, key.length - s.length);
      const before = out.length;
      index.lookup(stem, out);
      // Two consonants are many words: only some roles are read from so few.
      if (stem.length <= MIN_SKELETON) {
        let kept = before;
        for (let i = before; i < out.length; i++)
          if (SHORT.has((out[i] as Entry).role)) out[kept++] = out[i] as Entry;
        out.length = kept;
      }
      if (out.length > 0) return;
    }
  }
}

/** The Arabic lexicon's one-word entries by skeleton (ق both as k and as a dropped hamza). */
export function arabiziIndex(words: WordIndex, arabicLang: number): WordIndex {
  const index = new WordIndex();
  for (const [key, stem, entries] of words.keys()) {
    const first = key.charCodeAt(0);
    if (first < 0x620 || first > 0x64a) continue;
    const mine = entries.filter(
      (e: Entry) => e.langs & arabicLang && e.pieces.length === 1 && MEANING.has(ROLES[e.role] as Role),
    );
    if (mine.length === 0) continue;
    const skeletons = new Set([arabicSkeleton(key, "ك"), arabicSkeleton(key, "")]);
    for (const sk of skeletons) {
      if (sk.length < MIN_SKELETON) continue;
      for (const e of mine) index.add({ key: sk, prefix: stem && sk.length >= 3 }, e);
    }
  }
  return index;
}

/**
 * Whether the normalised text's words (by hash) show Arabizi: two of its grammar words, or one
 * and a word typed with a letter-digit in the original text.
 */
export function showsArabizi(
  hashes: Int32Array,
  latin: Uint8Array,
  count: number,
  original: string,
): boolean {
  let seen = 0;
  let confirming = 0;
  for (let k = 0; k < count; k++) {
    if (latin[k] !== 1) continue;
    if (SHOWING_HASHES.has(hashes[k] as number)) seen++;
    else if (CONFIRMING_HASHES.has(hashes[k] as number)) confirming++;
  }
  if (seen >= 2 || (seen === 1 && confirming > 0)) return true;
  return seen + confirming > 0 && /[a-z][2379]|[2379][a-z]/i.test(original);
}

/**
 * The text rewritten in Arabic letters for the ordinary pass: grammar words as Arabic spells
 * them, other words as skeletons marked by a leading tatweel (ـ, never part of a folded word:
 * lookups see it and use the skeleton index); `map` gives each character's offset in `original`.
 */
export function transliterate(original: string): Normalised {
  const lower = original.toLowerCase();
  let text = "";
  const map: number[] = [];
  let i = 0;
  const n = lower.length;
  while (i < n) {
    const c = lower.charCodeAt(i);
    const wordChar = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (!wordChar) {
      text += lower[i];
      map.push(i);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = lower.charCodeAt(j);
      if (!((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39) || d === 0x27)) break;
      j++;
    }
    const word = lower.slice(i, j).replace(/'/g, "");
    const spelled = word.replace(/3/g, "e").replace(/7/g, "t").replace(/5/g, "s");
    const arabic = GRAMMAR[word] ?? GRAMMAR[spelled];
    const out = arabic ?? `\u0640${latinSkeleton(word)}`;
    for (let m = 0; m < out.length; m++) map.push(m === out.length - 1 ? j - 1 : i);
    text += out;
    i = j;
  }
  map.push(n);
  return { text, map: Int32Array.from(map) };
}
