/**
 * "Prevention" in the languages of multilingual/, for one hard negative: suicide or self-harm
 * named as the object of prevention ("prevención del suicidio", "Suizidprävention", "আত্মহত্যা
 * প্রতিরোধ") is a charity, a campaign, an awareness day or an article, not a person at risk (the
 * Samaritans' and the trusts' awareness posts; docs/judgement.md, "False crisis by kind"). Only
 * the word for prevention, never a whole phrase: the sign it lifts must stand right beside it
 * (PREVENTION_GAP), so "I am suicidal, the prevention line did not answer" stays a crisis.
 * Lower case; diacritics optional and a leading space anchors to a word edge, as in the phrase files.
 */
export const PREVENTION_WORDS: readonly string[] = [
  " atal hunan", // cy
  "zapobiega", // pl
  "profilaktyk", // pl, ru (transliterated stem too)
  "prewencj", // pl
  "prevenți", // ro
  "prevenire", // ro, it (verb)
  "prevenção", // pt
  "prevención", // es
  "prevenzione", // it
  "prévention", // fr
  "prävention", // de
  "vorbeugung", // de
  "prevencij", // lt
  "megelőz", // hu
  "превенци", // bg, ru
  "профилактик", // ru
  "профілактик", // uk
  "запобігання", // uk
  "предотвращени", // ru
  "önleme", // tr
  "منع ", // ar
  "الوقاية", // ar
  "پیشگیری", // fa
  "سے بچاؤ", // ur
  "روک تھام", // ur
  " se bachao", // ur-Latn
  " rok tham", // ur-Latn, hi-Latn
  "ਰੋਕਥਾਮ", // pa
  "रोकथाम", // hi, ne
  "निवारण", // hi
  "প্রতিরোধ", // bn
  "નિવારણ", // gu
  "தடுப்பு", // ta
  " ka hortag", // so
  " parandal", // sq (parandalim, parandalimi)
  "መከላከል", // am
  "预防", // zh
  "預防", // zh-Hant
  "防止", // zh
];

/** The most characters between the prevention word and the sign it lifts ("prevención del suicidio": 4). */
export const PREVENTION_GAP = 8;

/** Crisis kinds a prevention word beside them lifts: the named act, never a plan or a farewell. */
export const PREVENTED_KINDS: ReadonlySet<string> = new Set(["suicide", "self-harm"]);
