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
    "nurses doctor staff ward appointment thanks thank happy christmas year " +
    // Everyday words, short replies and text-speak, so that short English messages are read as English.
    "ok okay yeah yep nope yea ya yh lol lmao omg wow cheers ta thx thanks ty pls plz u ur r im ive " +
    "dont cant wont didnt isnt doesnt wasnt aint gonna wanna gotta cos coz cuz wat sorry bye xx xxx " +
    "brilliant amazing lovely fab brill great awesome cool nice kind best worst bad sad mad shit fuck " +
    "fucking bitch damn hell god jesus mate guys man men women woman baby girl boy kids mum dad son " +
    "daughter wife husband family friend friends life live home house work job money car park parking " +
    "help care caring told said say says tell ask asked call called phone email ring wait waiting " +
    "waited hours minutes months years ago last next first never always ever again still left right " +
    "morning night evening weekend monday tuesday wednesday thursday friday saturday sunday who's " +
    "would've could've should've he's she's they'll we'll you'll i'd you'd he'd make made take took " +
    "give gave go went gone come came keep kept let look looking feel feeling felt put try tried " +
    "which while because though through over under off away around other another same such own " +
    "sure every each few less least most might must may shall ill sick pain dr mr mrs ms gp a&e nhs " +
    "merry xmas congrats congratulations welcome yes please hey hiya ass bitches hoes hoe pussy " +
    "nigga niggas yo da dat dis tho finna lil bro sis"
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

/** A Latin letter with a diacritic or a letter English does not use (not ASCII, not another script). */
const NON_ASCII_LATIN = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff]/;

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
  // Common in the languages UK trusts see most: German "was", "will", "also"; Italian and Spanish
  // "come"; Spanish "has"; Tagalog "at"; Welsh and Hindi "hi"; German "man"; Romanian "care";
  // Spanish "ya", "son"; Polish "ta"; Slavic "put".
  "was",
  "will",
  "also",
  "come",
  "has",
  "at",
  "hi",
  "see",
  "man",
  "care",
  "ya",
  "ta",
  "son",
  "put",
  // Spanish, Portuguese, Romanian and Catalan write these too ("gracias doctor", "mulțumesc doctor").
  "doctor",
  "hospital",
  "ok",
  "okay",
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
  let accented = 0;
  const ascii = !NON_ASCII.test(text);
  for (const w of words) {
    if (ENGLISH_WORDS.has(w)) {
      english++;
      if (!SHARED.has(w)) strong++;
    } else if (NON_ENGLISH_WORDS.has(w)) foreign++;
    if (WELSH.has(w)) welsh++;
    // Words with Latin letters English does not write (ą, ł, ș, ñ, ã, ő, ğ …): "café" once is English,
    // several such words are another language, whatever English words stand beside them.
    if (!ascii && NON_ASCII_LATIN.test(w)) accented++;
  }
  if (welsh >= 2 && welsh >= strong) return true;
  if (accented >= 3 || (accented >= 2 && accented >= strong)) return true;
  // Everyday words of the languages Parapet has cues for, romanised ones included ("mujhe", "nahi"):
  // franc's trigrams often take Roman Urdu or Panjabi for English.
  if (foreign >= 2 && foreign > strong) return true;
  if (strong >= 2 && english / words.length >= 0.2) return false;
  if (strong >= 1 && words.length <= 6 && english / words.length >= 0.3) return false;
  let letters = 0;
  let latin = 0;
  // By code point, as for…of would, but without a string per ASCII character.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // ASCII letters are Latin letters; only the rest need the Unicode tests.
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        letters++;
        latin++;
      }
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i) as number);
    i += ch.length - 1;
    if (LETTER.test(ch)) {
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  if (letters >= 4 && latin / letters < 0.5) return true;
  if (letters < 12) return false;
  // Enough English words settle it whatever franc would say: skip the trigram pass. Only words that
  // vouch for English count: "a", "me", "no" open Portuguese and Spanish sentences as often.
  if (strong / words.length >= 0.15) return false;
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
  return unsureShort(text) || unvouchedForeign(text);
}

/**
 * Fewer than two words that vouch for English, beside a word of another language Parapet knows
 * ("gracias", "mulțumesc", "shukriya") or a word with letters English does not write, or four such
 * words beside English: the detector could not tell the language, or the message
 * is partly in another, so it may say more than the cues saw. Runs only on messages otherwise left
 * low.
 */
function unvouchedForeign(text: string): boolean {
  const words = wordsOf(stripHandles(text));
  if (!words || words.length === 0) return false;
  const ascii = !NON_ASCII.test(text);
  let strong = 0;
  let foreign = 0;
  for (const w of words) {
    if (ENGLISH_WORDS.has(w)) {
      if (!SHARED.has(w)) strong++;
    } else if (NON_ENGLISH_WORDS.has(w) || (!ascii && NON_ASCII_LATIN.test(w))) foreign++;
  }
  // A passage in another language beside English ("thank you all, muchas gracias por todo a las
  // enfermeras") needs reading too: four such words make a passage.
  return (foreign > 0 && strong < 2) || foreign >= 4;
}

/** Fewer letters than isNonEnglish will judge a language from. */
const SHORT_LETTERS = 12;
/** Letters, handles and links included, beyond which a message is not short whatever they are. */
const RAW_LETTERS_ENOUGH = 48;

/**
 * A short text in Latin letters with not one English word in it ("Pomocy", "Ajuda por favor"):
 * too short for the detector to say which language it is, so it errs towards "needs reading".
 */
function unsureShort(text: string): boolean {
  // Most messages are long: a few dozen letters settle it without splitting words.
  let seen = 0;
  for (let i = 0; i < text.length && seen < RAW_LETTERS_ENOUGH; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if ((code >= 0x61 && code <= 0x7a) || code >= 0xa0) seen++;
  }
  if (seen >= RAW_LETTERS_ENOUGH) return false;
  const words = wordsOf(stripHandles(text));
  if (!words || words.length === 0) return false;
  let letters = 0;
  for (const w of words) {
    if (ENGLISH_WORDS.has(w)) return false;
    letters += w.length;
  }
  return letters >= 3 && letters < SHORT_LETTERS;
}
