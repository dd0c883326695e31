import { describe, expect, it } from "vitest";
import { analyseLanguage } from "../../language/index.js";
import { classifyByRules } from "../classify.js";
import { multilingualRiskHits } from "./index.js";

const rules = (text: string) => classifyByRules(text.toLowerCase(), analyseLanguage(text)).category;

/** The team's own lines, one per kind (docs/judgement.md, "False crisis by kind"): never an eval set's. */
const kinds = (hits: { cue: string }[]) => hits.map((h) => h.cue.split(".")[2]);

describe("hard negatives in the multilingual lexicons", () => {
  it.each([
    ["es", "el sábado caminamos diez kilómetros por la prevención del suicidio en jóvenes"],
    ["pl", "w piątek zbieramy pieniądze na program zapobiegania samobójstwom"],
    ["de", "unsere Station sammelt Spenden für die Suizidprävention"],
    ["fr", "conférence sur la prévention du suicide jeudi à la bibliothèque"],
    ["bn", "আত্মহত্যা প্রতিরোধ নিয়ে একটা আলোচনা সভা হবে বৃহস্পতিবার"],
    ["fa", "همایش پیشگیری از خودکشی در دانشگاه برگزار می‌شود"],
    ["ar", "محاضرة عن الوقاية من الانتحار يوم الخميس"],
  ])("suicide as the object of prevention is no crisis (%s)", (_lang, text) => {
    expect(kinds(multilingualRiskHits(text.toLowerCase()).crisis)).not.toContain("suicide");
  });

  it.each([
    ["es", "quiero suicidarme esta noche, ya no aguanto más"],
    ["de", "ich will mich umbringen, heute Nacht, Suizid ist mein einziger Ausweg"],
    ["pl", "myślę o samobójstwie każdego dnia, nikt nie pomaga"],
  ])("suicide said of oneself stays a crisis (%s)", (_lang, text) => {
    expect(multilingualRiskHits(text.toLowerCase()).crisis.length).toBeGreaterThan(0);
  });

  it("a prevention line named beside a crisis does not lift the crisis said before it", () => {
    const text =
      "ich bin seit wochen suizidal und niemand ruft zurück. die hotline für suizidprävention ist besetzt";
    expect(kinds(multilingualRiskHits(text).crisis)).toContain("suicide");
  });

  it.each([
    ["fa", "آیا برای نوبت چشم پزشکی مترجم فارسی دارید؟"],
    ["ur", "کل دادی جان کی برسی ہے، سب رشتہ دار آئیں گے"],
    ["pt", "muita força para as enfermeiras do turno da noite"],
    ["pa-Latn", "dadi nu dono goliyan ikathiyan deniyan ne ya alag alag?"],
    ["lt", "registratūros sistemą – tai reikia sutvarkyti"],
  ])("a word inside another word is no crisis (%s)", (_lang, text) => {
    expect(rules(text)).not.toBe("crisis");
  });

  it.each([
    ["ur", "میرا بھائی کمرے میں رسی لے کر بند ہے"],
    ["tr", "kardeşim köprüden atlayacak diyor, lütfen yardım edin"],
  ])("the same words as words stay a crisis (%s)", (_lang, text) => {
    expect(rules(text)).toBe("crisis");
  });

  it.each([
    ["pl", "Dwa lata temu chciałam skończyć ze sobą. Dziś zostałam mamą, dziękuję wam"],
    ["pt", "Há três anos tentei tirar a minha vida. Hoje trabalho num café, obrigada à equipa"],
    ["fa", "پارسال می‌خواستم خودکشی کنم، الان خوبم و سر کار می‌رم"],
    ["bn", "দুই বছর আগে আমি আত্মহত্যা করতে চেয়েছিলাম, আপনারা বাঁচিয়েছেন"],
  ])("a crisis told as past and over is no crisis now (%s)", (_lang, text) => {
    expect(rules(text)).not.toBe("crisis");
  });

  it.each([
    ["pl", "Dwa lata temu już próbowałam. Dziś znowu chcę skończyć ze sobą"],
    ["fa", "پارسال هم خواستم خودکشی کنم، امشب دوباره می‌خوام"],
  ])("a past crisis with nothing saying it is over stays a crisis (%s)", (_lang, text) => {
    expect(rules(text)).toBe("crisis");
  });
});
