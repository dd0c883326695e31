import { franc } from "franc-min";
import { NON_ENGLISH_WORDS } from "./multilingual/index.js";

/**
 * Is a message not in English? Most inbound messages are plainly English, so a
 * cheap function-word count settles them and franc-min (trigram statistics,
 * slower) runs only on the rest. Short texts, emoji and hashtags are left as
 * English: guessing a language from five characters is noise.
 */
const ENGLISH_WORDS = new Set(
  (
    "the a an and or but to of in on at for with from by is are was were be been am i im i'm you your my me " +
    "we our us he she his her they them it its this that these those not no yes do does did have has had " +
    "can could will would should please thanks thank hi hello why what when where who how so just there " +
    "all any some about after before if as than then too very really get got been being an into out up down " +
    "can't it's i've i'll don't didn't isn't that's you're we're they're won't wasn't there's what's " +
    "believe already again today tomorrow tonight yesterday week day time people like love know think see " +
    "want need going come back good great new one two three more much many only also still even well " +
    "visit cheap prices free now here every everyone anyone someone nobody nothing something hospital nurse " +
    "nurses doctor staff ward appointment thanks thank happy christmas year"
  ).split(" "),
);

const FRANC_LANGUAGES = [
  "eng",
  "pol",
  "ron",
  "spa",
  "por",
  "fra",
  "deu",
  "ita",
  "tur",
  "nld",
  "som",
  "urd",
  "arb",
  "hin",
  "rus",
  "ukr",
  "ces",
  "hun",
  "vie",
  "tgl",
  "swh",
  "hau",
  "yor",
];
const LETTER = /\p{L}/u;
const LATIN = /[a-z\u00c0-\u024f]/i;

/** Cheap first look: two or more English function words, making up a fifth of the words. */
const NON_ASCII = /[\u0080-\uffff]/;

function wordsOf(text: string): RegExpMatchArray | null {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.match(/[\p{L}']+/gu) : lower.match(/[a-z']+/g);
}

/** Words English shares with other languages ("a", "as", "no"): they cannot vouch for English alone. */
const SHARED = new Set([
  "a",
  "as",
  "i",
  "to",
  "no",
  "do",
  "me",
  "so",
  "an",
  "on",
  "in",
  "be",
  "is",
  "it",
  "we",
  "he",
  "her",
  "our",
  "ar",
  "am",
  "da",
]);
/** Welsh is not in franc-min's model set, and Welsh-speaking trusts see it often. */
const WELSH = new Set(
  "dw i'n ddim yn y mae ble gyda os gwelwch dda diolch rydych chi fy eich wnaethoch faint gallu ydy yma rhagor neb cais mynd ddydd pwy sy'n dod hoffwn gael copi o'r i'r ac fe ei".split(
    " ",
  ),
);

/** Handles, hashtags and links all need one of these; most texts have none and skip the Unicode regex. */
const MAYBE_HANDLE = /[@#]|https?:\/\/|www\./;

function stripHandles(text: string): string {
  if (!MAYBE_HANDLE.test(text)) return text;
  return text.replace(/(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_]+/gu, " ");
}

export function looksEnglish(text: string): boolean {
  const words = wordsOf(stripHandles(text));
  if (!words || words.length === 0) return true;
  let english = 0;
  for (const w of words) if (ENGLISH_WORDS.has(w)) english++;
  return english >= 2 && english / words.length >= 0.2;
}

export function isNonEnglish(raw: string): boolean {
  const text = stripHandles(raw);
  const words = wordsOf(text);
  if (!words || words.length === 0) return false;
  let english = 0;
  let strong = 0;
  let welsh = 0;
  let foreign = 0;
  for (const w of words) {
    if (ENGLISH_WORDS.has(w)) {
      english++;
      if (!SHARED.has(w)) strong++;
    } else if (NON_ENGLISH_WORDS.has(w)) foreign++;
    if (WELSH.has(w)) welsh++;
  }
  if (welsh >= 2 && welsh >= strong) return true;
  // Everyday words of the languages Parapet has cues for, romanised ones included ("mujhe", "nahi"):
  // franc's trigrams often take Roman Urdu or Panjabi for English.
  if (foreign >= 2 && foreign > strong) return true;
  if (strong >= 2 && english / words.length >= 0.2) return false;
  if (strong >= 1 && words.length <= 6 && english / words.length >= 0.3) return false;
  let letters = 0;
  let latin = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    // ASCII letters are Latin letters; only the rest need the Unicode tests.
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        letters++;
        latin++;
      }
    } else if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  if (letters >= 4 && latin / letters < 0.5) return true;
  if (letters < 12) return false;
  // Enough English words settle it whatever franc would say: skip the trigram pass.
  if (english / words.length >= 0.15) return false;
  // Trigram scoring costs ~0.1 ms; a short sample against the languages UK trusts see most keeps it cheap.
  const guess = franc(text.slice(0, 120), { minLength: 12, only: FRANC_LANGUAGES });
  return guess !== "eng" && guess !== "und";
}

/** Letters of a script other than Latin (Greek, Cyrillic, Arabic, Indic, Ethiopic, CJK ...). */
const OTHER_SCRIPT_LETTER = /[^\p{Script=Latin}\P{L}]/u;
/** More letters than a name or a word quoted in passing. */
const OTHER_SCRIPT_ENOUGH = 8;

/**
 * Can the engine not vouch that it read the message? Parapet reads English; in other languages and
 * scripts it finds only its cue phrases (multilingual/), so a message written mainly in another
 * language, or carrying a passage in another script, may say more than the cues saw. Such a message
 * is never left at urgency low (docs/interfaces.md §4.3): someone must read or translate it today.
 */
export function needsReading(text: string, nonEnglish: boolean): boolean {
  if (nonEnglish) return true;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    // ASCII is Latin or not a letter: only the rest need the Unicode test.
    if (text.charCodeAt(i) < 0x80) continue;
    if (OTHER_SCRIPT_LETTER.test(text[i] as string) && ++other >= OTHER_SCRIPT_ENOUGH) return true;
  }
  return false;
}
