import { describe, expect, it } from "vitest";
import { defaultTriageConfig, triageMessage } from "../src/triage/index.js";
import { LANGUAGES, PhraseMatcher } from "../src/triage/multilingual/index.js";
import { NEEDS_READING } from "../src/triage/triage.js";
import { CASES, CRISIS_BY_KIND, ORDINARY_BY_LANGUAGE, THREAT_BY_KIND } from "./triage-languages.data.js";

/**
 * Hand-written per language, in wording of our own (not the labelled sets'): crisis and threat are
 * found, ordinary messages in the same language are not crisis, and a message the engine cannot
 * read is never urgency low (docs/triage-languages.md, docs/interfaces.md §4.3).
 */
/** Languages with a case of every kind below (raised as each group of languages is added). */
const LANGUAGE_COUNT_FLOOR = 20;
const config = defaultTriageConfig();
const now = new Date("2026-11-24T10:00:00Z");
const triage = (text: string) => triageMessage({ id: "t", text }, config, { now });

describe("crisis and threat in other languages", () => {
  it("covers at least 25 languages with crisis and threat cues of every kind listed", () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(25);
    for (const l of LANGUAGES) {
      expect(Object.keys(l.crisis).length, l.code).toBeGreaterThanOrEqual(6);
      expect(Object.keys(l.threat).length, l.code).toBeGreaterThanOrEqual(3);
    }
  });
  it.each(CASES)("%s: crisis found", (_lang, crisis) => {
    expect(triage(crisis).category).toBe("crisis");
  });
  it.each(CASES)("%s: threat found", (_lang, _crisis, threat) => {
    expect(triage(threat).category).toBe("threat");
  });
  it.each(CASES.flatMap(([lang, , , ordinary]) => ordinary.map((o) => [lang, o] as const)))(
    "%s: %j is not crisis or threat",
    (_lang, text) => {
      const r = triage(text);
      expect(r.category).not.toBe("crisis");
      expect(r.category).not.toBe("threat");
    },
  );
  it("finds crisis typed without diacritics and in capitals", () => {
    expect(triage("NIE CHCE ZYC").category).toBe("crisis");
    expect(triage("OLMEK ISTIYORUM").category).toBe("crisis");
    expect(triage("Nu mai vreau să trăiesc").category).toBe("crisis");
  });
  it("gives the span of the words that decided", () => {
    const text = "Dzień dobry. Mój syn mówi, że się zabije.";
    const r = triage(text);
    const reason = r.reasons?.find((x) => x.for === "crisis");
    expect(reason?.text).toContain("zabije");
  });
});

describe("every kind of warning sign in the main languages of England and Wales", () => {
  it.each(CRISIS_BY_KIND)("%s %s: %j is crisis", (_lang, _kind, text) => {
    expect(triage(text).category).toBe("crisis");
  });
  it.each(THREAT_BY_KIND)("%s %s: %j is threat", (_lang, _kind, text) => {
    expect(triage(text).category).toBe("threat");
  });
  it.each(ORDINARY_BY_LANGUAGE)("%s: %j is not crisis or threat", (_lang, text) => {
    const r = triage(text);
    expect(r.category).not.toBe("crisis");
    expect(r.category).not.toBe("threat");
  });
  it("has a case of every crisis and threat kind in each of the twenty languages", () => {
    // Romanised and other-script forms ("ur-Latn", "pa-Arab") count with their language.
    const base = (code: string) => code.split("-")[0] as string;
    const langs = new Set(CRISIS_BY_KIND.map(([l]) => base(l)));
    expect(langs.size).toBeGreaterThanOrEqual(LANGUAGE_COUNT_FLOOR);
    for (const l of langs) {
      const kinds = new Set(CRISIS_BY_KIND.filter(([x]) => base(x) === l).map(([, k]) => k));
      expect(kinds.size, l).toBeGreaterThanOrEqual(8);
      const threats = new Set(THREAT_BY_KIND.filter(([x]) => base(x) === l).map(([, k]) => k));
      expect(threats.size, l).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("never low when the engine cannot read the message", () => {
  const UNREAD = [
    "ሰላም፣ እባክዎን ስለ ቀጠሮዬ ንገሩኝ", // Amharic
    "வணக்கம், என் அம்மாவின் சிகிச்சை பற்றி தெரிந்து கொள்ள விரும்புகிறேன்", // Tamil
    "મારી માતાની સારવાર વિશે જાણવું છે", // Gujarati
    "මගේ අම්මාගේ ප්‍රතිකාර ගැන දැනගන්න ඕනේ", // Sinhala
    "ฉันอยากทราบเกี่ยวกับการรักษาของแม่", // Thai
    "მინდა ვიცოდე დედაჩემის მკურნალობის შესახებ", // Georgian
    "Ուզում եմ իմանալ մայրիկիս բուժման մասին", // Armenian
    "אני רוצה לדעת על הטיפול של אמא שלי", // Hebrew
    "Хочу узнать о лечении моей мамы", // Russian
    "Waxaan rabaa inaan ogaado daaweynta hooyaday", // Somali
    "Gusto kong malaman ang tungkol sa paggamot sa nanay ko", // Tagalog
    "Dua të di për trajtimin e nënës sime në spital", // Albanian
    "Tôi muốn biết về việc điều trị của mẹ tôi", // Vietnamese
    "Mujhe apni ammi ke ilaaj ke baare mein jaanna hai", // Roman Urdu
  ];
  it.each(UNREAD)("%j is at least high, with a reason", (text) => {
    const r = triage(text);
    expect(r.urgency).not.toBe("low");
    if (r.category === "general" || r.category === "compliment" || r.category === "spam") {
      expect(r.urgency).toBe("high");
      expect(r.reasons?.some((x) => x.cue === NEEDS_READING)).toBe(true);
    }
  });
  it("leaves an English message low", () => {
    const r = triage("Just wanted to say hello to everyone on the ward, have a good weekend");
    expect(r.urgency).toBe("low");
  });

  // Latin-script messages that open with words English shares ("a", "me", "no", "was", "come"), and
  // short ones too short to name a language: each must still be read by a person today.
  const LATIN_LOOKALIKES = [
    "A minha mãe não come nada há três dias e ninguém me diz nada", // Portuguese
    "No me han dicho nada de la cita de mi padre, a ver si alguien me llama", // Spanish
    "Was soll ich machen, ich will nur wissen wann meine Mutter nach Hause kommt", // German
    "Come sta mia madre? Nessuno mi ha detto niente da ieri sera", // Italian
    "Am întrebat la recepție dar nimeni nu știe nimic de tata", // Romanian
    "Nem tudom, hol van az anyám, senki nem mond semmit", // Hungarian
    "Nie wiem co się dzieje z mamą, nikt nic nie mówi", // Polish
    "Aaj bhi koi nahi aaya, kal se intezaar kar rahe hain", // Roman Urdu
    "Ajuda por favor", // Portuguese, short
    "Pomocy", // Polish, one word
    "Gracias a todos", // Spanish, short
  ];
  it.each(LATIN_LOOKALIKES)("%j is not left low", (text) => {
    const r = triage(text);
    expect(r.urgency).not.toBe("low");
    if (r.category === "general" || r.category === "compliment" || r.category === "spam")
      expect(r.reasons?.some((x) => x.cue === NEEDS_READING)).toBe(true);
  });

  // English as people write it to a trust: short, slangy, with a name or a place, never raised.
  const ENGLISH_LOW = [
    "Thanks!",
    "ok cheers",
    "Merry Xmas to all the staff x",
    "lol",
    "Happy new year NHS",
    "Was lovely to see you all at the fete, will come again",
    "Come on you lot, great work as always",
    "My mum was in ward 12, the care was amazing, thank you",
    "Café in the main entrance is great",
  ];
  it.each(ENGLISH_LOW)("%j stays low and is not flagged non_english", (text) => {
    const r = triage(text);
    expect(r.flags).not.toContain("non_english");
    expect(r.reasons?.some((x) => x.cue === NEEDS_READING)).toBe(false);
  });
});

describe("the phrase matcher runs in linear time", () => {
  const matcher = new PhraseMatcher(LANGUAGES.flatMap((l) => Object.values(l.crisis).flat() as string[]));
  const SAMPLES = [
    "nie chce zyc ",
    "ਮਰਨਾ ਚਾਹੁੰਦਾ ",
    "خودکشی کرنا ",
    "我想死不想活 ",
    "தற்கொலை ",
    "መሞት እፈልጋለሁ ",
    "хочу умереть ",
    "aaaaaaaaaaaaaaaaaaaa",
    "mar mar mar mar jana chahta ",
  ];
  it.each(SAMPLES)("work on 100,000 characters of %j is bounded and about ten times 10,000's", (unit) => {
    const build = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const small = { steps: 0 };
    const large = { steps: 0 };
    matcher.match(build(10_000), small);
    const hits = matcher.match(build(100_000), large);
    // Aho-Corasick: at most two steps per folded code unit (a transition, amortised failure links).
    expect(large.steps).toBeLessThanOrEqual(2 * 2 * 100_000 + 4);
    expect(large.steps).toBeGreaterThan(0);
    expect(large.steps / small.steps).toBeLessThan(11);
    expect(hits.length).toBeLessThanOrEqual(100_000 * 4);
  });
});
