/**
 * Character classes and spelling folds for the multilingual pass. One table lookup per UTF-16
 * code unit says whether it is part of a word (and in which script), ends a sentence or a clause,
 * or opens or closes a quotation; a second table folds away what people leave out or add when
 * they type: diacritics ("töten" = "toten"), Arabic vowel marks and letter variants, the Devanagari
 * nukta. Both tables are filled once at load, in well under a millisecond.
 */

export const SCRIPT = {
  none: 0,
  latin: 1,
  han: 2,
  arabic: 3,
  devanagari: 4,
  bengali: 5,
  gurmukhi: 6,
  /** Greek, Cyrillic, Gujarati, Tamil and the other scripts with spaces between words. */
  other: 7,
} as const;

export const PUNCT = {
  sentence: 16,
  clause: 17,
  /** '"': opens a quotation when none is open, closes it otherwise. */
  quoteToggle: 18,
  quoteOpen: 19,
  quoteClose: 20,
} as const;

/** CLASS[c]: a SCRIPT value for word characters, a PUNCT value, or 0 for a separator. */
export const CLASS = new Uint8Array(0x10000);

function fill(from: number, to: number, value: number): void {
  CLASS.fill(value, from, to + 1);
}

fill(0x61, 0x7a, SCRIPT.latin);
fill(0x41, 0x5a, SCRIPT.latin);
fill(0xc0, 0x24f, SCRIPT.latin);
CLASS[0xd7] = 0; // ×
CLASS[0xf7] = 0; // ÷
fill(0x300, 0x36f, SCRIPT.latin); // combining diacritics
fill(0x1e00, 0x1eff, SCRIPT.latin);
fill(0x370, 0x3ff, SCRIPT.other);
fill(0x400, 0x52f, SCRIPT.other);
fill(0x600, 0x6ff, SCRIPT.arabic);
fill(0x750, 0x77f, SCRIPT.arabic);
fill(0xfb50, 0xfdff, SCRIPT.arabic);
fill(0xfe70, 0xfeff, SCRIPT.arabic);
fill(0x660, 0x669, 0); // Arabic-Indic digits
fill(0x6f0, 0x6f9, 0);
fill(0x900, 0x97f, SCRIPT.devanagari);
fill(0x966, 0x96f, 0); // Devanagari digits
fill(0x980, 0x9ff, SCRIPT.bengali);
fill(0x9e6, 0x9ef, 0);
fill(0xa00, 0xa7f, SCRIPT.gurmukhi);
fill(0xa66, 0xa6f, 0);
fill(0xa80, 0xaff, SCRIPT.other); // Gujarati
fill(0xb80, 0xbff, SCRIPT.other); // Tamil
fill(0x3400, 0x4dbf, SCRIPT.han);
fill(0x4e00, 0x9fff, SCRIPT.han);
fill(0xf900, 0xfaff, SCRIPT.han);
fill(0xac00, 0xd7af, SCRIPT.other); // Hangul
for (const ch of ".!?\n\u3002\uff01\uff1f\u061f\u0964\u0965\u06d4") CLASS[ch.charCodeAt(0)] = PUNCT.sentence;
for (const ch of ",;:()\u060c\u061b\uff0c\u3001\uff1b\uff1a\uff08\uff09\u2014\u2013")
  CLASS[ch.charCodeAt(0)] = PUNCT.clause;
CLASS[0x22] = PUNCT.quoteToggle;
for (const ch of "\u00ab\u201e\u300c\u300e\u201c") CLASS[ch.charCodeAt(0)] = PUNCT.quoteOpen;
for (const ch of "\u00bb\u300d\u300f\u201d") CLASS[ch.charCodeAt(0)] = PUNCT.quoteClose;

/** FOLD[c]: what code unit c becomes when folded: "" drops it; undefined keeps it. */
const FOLD: (string | undefined)[] = [];

const SPECIAL: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŀ: "l",
};

for (let c = 0xc0; c <= 0x24f; c++) {
  const ch = String.fromCharCode(c).toLowerCase();
  const special = SPECIAL[ch];
  if (special !== undefined) FOLD[c] = special;
  else {
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    if (base !== String.fromCharCode(c)) FOLD[c] = base;
  }
}
for (let c = 0x1e00; c <= 0x1eff; c++) {
  FOLD[c] = String.fromCharCode(c)
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}
for (let c = 0x300; c <= 0x36f; c++) FOLD[c] = "";
// Arabic script: vowel marks and tatweel dropped; alef, hamza, ta marbuta, alef maqsura and the
// Persian/Urdu forms of kaf, yeh and heh folded to one letter each, as search engines do.
for (let c = 0x64b; c <= 0x65f; c++) FOLD[c] = "";
FOLD[0x670] = "";
FOLD[0x640] = "";
for (const ch of "\u0622\u0623\u0625\u0671") FOLD[ch.charCodeAt(0)] = "\u0627";
FOLD[0x629] = "\u0647"; // ة → ه
FOLD[0x649] = "\u064a"; // ى → ي
FOLD[0x6cc] = "\u064a"; // ی → ي
FOLD[0x6d2] = "\u064a"; // ے → ي
FOLD[0x626] = "\u064a"; // ئ → ي
FOLD[0x624] = "\u0648"; // ؤ → و
FOLD[0x6a9] = "\u0643"; // ک → ك
FOLD[0x6c1] = "\u0647"; // ہ → ه
FOLD[0x6be] = "\u0647"; // ھ → ه
FOLD[0x93c] = ""; // Devanagari nukta
FOLD[0x9bc] = ""; // Bengali nukta
FOLD[0xa3c] = ""; // Gurmukhi nukta
FOLD[0x200c] = "";
FOLD[0x200d] = "";

/** The folded form of a token (already lower-cased): diacritics and script variants removed. */
export function fold(token: string): string {
  let out: string | null = null;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    // Arabic letters typed three times or more ("بكررررره") become one, and a doubled yeh ("معاقيين")
    // one; other doubles are real ("اللاجئين": the article before a lam).
    if (
      c >= 0x620 &&
      c <= 0x64a &&
      i > 0 &&
      token.charCodeAt(i - 1) === c &&
      (c === 0x64a || (i > 1 && token.charCodeAt(i - 2) === c) || token.charCodeAt(i + 1) === c)
    ) {
      if (out === null) out = token.slice(0, i);
      continue;
    }
    const f = c < 0xc0 ? undefined : FOLD[c];
    if (f === undefined) {
      if (out !== null) out += token[i];
      continue;
    }
    if (out === null) out = token.slice(0, i);
    out += f;
  }
  return out ?? token;
}

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

/**
 * A spelling skeleton for romanised Hindi, Urdu and Panjabi, where one word has many spellings
 * ("nafrat", "nafrath", "nafraat"; "zyada", "jyada"; "chahiye", "chaahiye"): long vowels written
 * double become single, w/v, z/j, q/k and f/ph merge, doubled letters collapse, and an h after a
 * consonant (the aspiration mark) is dropped.
 */
export function skeleton(token: string): string {
  let s = token.replace(/ee/g, "i").replace(/oo/g, "u");
  let out = "";
  let prev = "";
  for (let i = 0; i < s.length; i++) {
    let ch = s[i] as string;
    if (ch === "w") ch = "v";
    else if (ch === "z") ch = "j";
    else if (ch === "q") ch = "k";
    else if (ch === "f") ch = "p";
    if (ch === prev) continue;
    if (ch === "h" && prev !== "" && !VOWELS.has(prev)) continue;
    out += ch;
    prev = ch;
  }
  s = out;
  return s;
}
