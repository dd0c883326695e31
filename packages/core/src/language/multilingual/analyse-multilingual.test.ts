import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyseLanguage } from "../index.js";
import { normalise } from "../normalise.js";
import { analyseMultilingual, work } from "./analyse-multilingual.js";
import { ENGLISH_COMMON } from "./english-common.js";
import { fold } from "./fold.js";
import { LEXICONS } from "./lexicons/index.js";
import { withinOneEdit } from "./spelling.js";

/**
 * Our own sentences, one or more per kind of Multilingual HateCheck and per kind of abuse an NHS inbox
 * gets, in several languages. Written for these tests (never copied from an evaluation set): they are
 * regressions, not measurements (see test/language-eval for those).
 */
const kinds = (text: string) => analyseLanguage(text).map((f) => f.kind);
const flagged = (text: string) => analyseLanguage(text).length > 0;

describe("multilingual hate and abuse: flagged, by kind", () => {
  it.each([
    // contempt and disgust aimed at a group
    ["de", "Ich kann diese Flüchtlinge echt nicht ausstehen."],
    ["fr", "Je méprise profondément les musulmans."],
    ["es", "Los inmigrantes me dan asco."],
    ["it", "Odio profondamente gli ebrei."],
    ["pt", "Tenho nojo dos imigrantes."],
    ["nl", "Ik walg van die moslims."],
    ["pl", "Nienawidzę imigrantów."],
    ["ar", "انا بكره اللاجئين"],
    ["hi-Latn", "mujhe musalmano se nafrat hai"],
    ["zh", "我讨厌外国人。"],
    // negative attributes and dehumanisation
    ["de", "Behinderte sind wertloser Abschaum."],
    ["fr", "Les réfugiés sont des parasites."],
    ["es", "Las mujeres son basura."],
    ["it", "I disabili sono feccia."],
    ["pt", "Os refugiados são uma praga."],
    ["nl", "Vluchtelingen zijn ongedierte."],
    ["pl", "Uchodźcy to szczury."],
    ["zh", "移民都是寄生虫。"],
    // violence and threats against a group
    ["de", "Man sollte alle Juden vergasen."],
    ["fr", "Il faut tuer tous les migrants."],
    ["es", "Hay que matar a todos los gitanos."],
    ["nl", "We moeten alle homo's ophangen."],
    ["pl", "Trzeba zabić wszystkich Żydów."],
    ["zh", "应该杀光所有穆斯林。"],
    // slurs on their own
    ["de", "Schon wieder diese Kanaken."],
    ["fr", "Encore un bougnoule."],
    ["es", "Otro sudaca más."],
    ["pl", "Znowu ci pedały."],
    // swearing at a group
    ["it", "Fanculo a tutti gli immigrati di merda."],
    ["pt", "Esses refugiados de merda."],
    // a positive quality denied to a group
    ["de", "Frauen sind nie besonders klug."],
    ["es", "Los gitanos no tienen derecho a vivir aquí."],
    // a pronoun standing for the group named in the sentence before
    ["de", "Ich kenne viele Flüchtlinge. Sie sind alle Abschaum."],
    ["es", "Conozco a muchos inmigrantes. Son todos escoria."],
    // spelling variants: run together, spelt out, misspelt, leetspeak
    ["de", "Ichhasse Flüchtlinge."],
    ["de", "Flüchtlinge sind A b s c h a u m."],
    ["fr", "Je déteeste les musulmans."],
    ["es", "Los inmigrantes son b4sura."],
    // spelt out in another script, letter-digits, colloquial Arabic negation and consonants
    ["ar", "المهاجرين ح ث ا ل ة"],
    ["ar", "المهاجرين 7ثالة"],
    ["ar", "المسلمين مابيستحقوش الاحترام"],
    ["ar", "هنأتل كل اللاجئين"],
    // Arabizi, Han characters typed as two halves
    ["ar-Latn", "ana bakrah el muslimeen awy"],
    ["zh", "我讨厌夕卜国人。"],
    // implicit derogation: contact shunned
    ["zh", "我绝对不会碰穆斯林摸过的东西。"],
    ["hi-Latn", "main kabhi kisi musalman ka chhua hua khana nahi khaunga"],
    // abuse aimed at staff, no group named
    ["pl", "Jesteście bandą idiotów."],
    ["ro", "Sunteți niște incompetenți și hoți."],
    ["tr", "Hepiniz beceriksiz ve tembelsiniz, rezil herifler!"],
    ["so", "Dhammaantiin waxaad tihiin doqomo!"],
    ["ur-Latn", "tum log jahil ho, lanat hai tum par"],
    ["hi-Latn", "saale kamine log"],
    ["pa-Latn", "tusi sare kutte ho"],
    ["cy", "Rydych chi i gyd yn dwp ac yn ddiwerth."],
    ["ar", "يا لكم من أغبياء"],
    ["ur", "تم سب جاہل ہو"],
    ["bn", "তোরা সব কুত্তার বাচ্চা"],
    // swearing on its own
    ["es", "Joder, qué día."],
    ["pl", "Kurwa, znowu to samo."],
    ["zh", "他妈的，又来了。"],
  ])("%s: %j", (_lang, text) => {
    expect(flagged(text)).toBe(true);
  });

  it.each([
    ["de", "Ich möchte dich umbringen.", "threat"],
    ["es", "Los inmigrantes son basura.", "discriminatory"],
    ["pl", "Kurwa, znowu to samo.", "profanity"],
    ["ro", "Sunteți niște incompetenți.", "abusive"],
  ])("%s: %j is %s", (_lang, text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe("multilingual hate and abuse: not flagged, by kind", () => {
  it.each([
    // Arabizi with no contempt, contact that is not shunned
    ["ar-Latn", "ana ba7eb el muslimeen awy"],
    ["ar-Latn", "3ayz a3raf ana hena leh"],
    ["hi-Latn", "musalman dost ne khana chhua aur hum saath khaye"],
    ["zh", "我昨天和穆斯林同事握手了，他的手碰过我的肩膀。"],
    // a group named neutrally or with praise
    ["de", "Ich arbeite mit vielen Flüchtlingen zusammen."],
    ["fr", "Les femmes sont formidables."],
    ["es", "Soy un negro y estoy orgulloso."],
    ["es", "Los negros son hermosos."],
    ["it", "Ci sono pochi ebrei nella mia scuola."],
    ["pt", "Adoro os imigrantes."],
    ["nl", "Er wonen veel moslims in mijn straat."],
    ["pl", "Znam wielu Żydów."],
    ["ar", "أنا أحب اللاجئين"],
    ["hi-Latn", "mai musalmano ki izzat karta hun"],
    ["zh", "我有很多穆斯林朋友。"],
    // the hate negated
    ["de", "Ich hasse Flüchtlinge nicht."],
    ["fr", "Les musulmans ne sont pas une menace."],
    ["es", "Nunca dije que los gitanos son escoria."],
    ["it", "Non odio gli immigrati."],
    ["nl", "We mogen niet toestaan dat homo's worden aangevallen."],
    ["pl", "Imigranci nie są zagrożeniem."],
    // the hate quoted or reported in order to condemn it
    ["de", 'Aussagen wie "Flüchtlinge sind Abschaum" sind widerlich.'],
    ["fr", "Arrête de dire que les musulmans sont des parasites."],
    ["es", "Decir que los inmigrantes son basura es racista."],
    ["pt", 'Comentários como "os refugiados são lixo" devem ser denunciados.'],
    // ordinary words that look like another language's swearing or slurs
    ["en", "That's ghetto for super duper!"],
    ["en", "Meet India's amazing monkey king"],
    ["en", "Which transformer got picked?"],
    ["nl", "Mijn nicht ligt in het ziekenhuis."],
    ["de", "Das ist schon gut so."],
    ["es", "Hay muy pocos trans en mi escuela."],
    ["es", "No conozco a muchas mujeres."],
    // clinical words the swearing lists hold
    ["nl", "De verpleegkundige komt morgen de injectie spuiten."],
    ["zh", "这个月经期很痛。"],
    ["ar", "فحص الثدي مهم"],
  ])("%s: %j", (lang, text) => {
    // English ones may be flagged by the English pass for their own words; none of these should be.
    expect(analyseLanguage(text), lang).toEqual([]);
  });
});

describe("lexicons", () => {
  it("no common word of a language is also one of its meaningful words (it would silence it)", () => {
    const content = ["ident", "slur", "derog", "insult", "violence", "profanity", "positive"] as const;
    let checked = 0;
    for (const lexicon of LEXICONS) {
      const common = new Set((lexicon.words.function ?? []).map((w) => fold(w.toLowerCase())));
      for (const role of content) {
        for (const word of lexicon.words[role] ?? []) {
          if (word.endsWith("*")) continue;
          checked++;
          expect(
            common.has(fold(word.replace(/^\^/, "").toLowerCase())),
            `${lexicon.lang} ${role} ${word}`,
          ).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(5000);
  });

  it("has no English word among any language's common words that count as evidence", () => {
    // The compiler drops them (word-index.ts); this keeps the lists honest for readers.
    const leaks = LEXICONS.flatMap((l) =>
      (l.words.function ?? []).filter((w) => ENGLISH_COMMON.has(fold(w.toLowerCase())) && w.length > 3),
    );
    expect(leaks.length).toBeLessThan(40);
  });

  it("fits every language in the 31-bit masks", () => {
    expect(LEXICONS.length).toBeLessThanOrEqual(31);
    expect(new Set(LEXICONS.map((l) => l.lang)).size).toBe(LEXICONS.length);
  });
});

describe("one edit apart (property)", () => {
  it("agrees with a plain edit-distance check on short strings", () => {
    const distance = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
      for (let j = 0; j <= b.length; j++) (d[0] as number[])[j] = j;
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          const row = d[i] as number[];
          const prev = d[i - 1] as number[];
          row[j] = Math.min(
            (prev[j] as number) + 1,
            (row[j - 1] as number) + 1,
            (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
        }
      return (d[a.length] as number[])[b.length] as number;
    };
    let checked = 0;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."abcd"), maxLength: 6 }),
        fc.string({ unit: fc.constantFrom(..."abcd"), maxLength: 6 }),
        (a, b) => {
          checked++;
          expect(withinOneEdit(a, b)).toBe(distance(a, b) === 1);
        },
      ),
      { numRuns: 2000 },
    );
    expect(checked).toBeGreaterThanOrEqual(2000);
  });
});

describe("multilingual pass on hostile input", () => {
  // Bound the work, not the clock: the pass counts its steps (words looked up, hits compared), and
  // five times the text may take at most about five times the steps, whatever the text holds.
  it.each([
    ["many sentences of hate", "Ich hasse Flüchtlinge nicht. Juden sind Abschaum! "],
    ["one long sentence", "les musulmans ne sont pas des rats et "],
    ["negations and quotes", 'no "nunca" jamás ni nada '],
    ["run-together words", "Flüchtlingesindabschaumundungeziefer "],
    ["Han text", "我讨厌外国人不是穆斯林都是寄生虫"],
    ["Arabic text", "انا بكره اللاجئين مش كلهم "],
    ["spelt-out letters", "t ö t e n "],
    ["misspelt words", "Flüchtlnge sind Abschuam und Ungezifer. "],
  ])("does linear work on %s up to 100,000 characters", (_name, unit) => {
    const make = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const stepsFor = (n: number) => {
      const text = make(n);
      analyseMultilingual(normalise(text), text);
      return work();
    };
    const small = stepsFor(20_000);
    const large = stepsFor(100_000);
    expect(small).toBeGreaterThan(0);
    expect(large).toBeLessThanOrEqual(small * 6);
    // And it does finish: the whole language pass on the largest input a route allows.
    expect(analyseLanguage(make(100_000)).length).toBeGreaterThanOrEqual(0);
  });
});
