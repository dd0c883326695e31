import { describe, expect, it } from "vitest";
import { defaultTriageConfig, triageMessage } from "../src/triage/index.js";
import { conceptRiskHits, LEXICONS, SIGNS } from "../src/triage/multilingual/concepts/index.js";

/**
 * Concept lexicons (multilingual/concepts/): warning signs said in words the phrase files do not
 * spell out, in sentences of our own written from the NHS, Samaritans and C-SSRS warning-sign
 * lists, and everyday messages made of the same words that must not be raised.
 * [language, kind, message].
 */
const config = defaultTriageConfig();
const now = new Date("2026-11-24T10:00:00Z");
const triage = (text: string) => triageMessage({ id: "t", text }, config, { now });

const CRISIS: readonly (readonly [string, string, string])[] = [
  ["es", "overdose", "Anoche me tomé todas las pastillas del cajón."],
  ["es", "burden", "Soy una carga para mis hijos, estarán mejor sin mí."],
  ["es", "means-plan", "Hoy voy a tirarme del puente de la autopista."],
  ["es", "farewell", "Adiós a todos, esta noche se acabará todo."],
  ["pt", "overdose", "Tomei todos os comprimidos da caixa ontem à noite."],
  ["pt", "burden", "Sou um peso para todos, vão ficar melhor sem mim."],
  ["pt", "means-plan", "Vou me atirar da ponte amanhã de manhã."],
  ["pt", "want-to-die", "Não quero mais viver assim."],
  ["fr", "overdose", "J'ai pris toutes les boîtes de cachets ce soir."],
  ["fr", "burden", "Je suis un fardeau, ils seront mieux sans moi."],
  ["fr", "means-plan", "Je vais sauter du pont cette nuit."],
  ["fr", "want-to-die", "Je ne veux plus vivre, je suis fatigué de vivre."],
  ["it", "overdose", "Ho preso tutte le pillole che avevo in casa."],
  ["it", "burden", "Sono un peso per tutti, meglio senza di me."],
  ["it", "means-plan", "Stanotte mi butto dal ponte."],
  ["it", "want-to-die", "Non voglio più vivere."],
  ["de", "overdose", "Ich habe alle Tabletten aus der Packung genommen."],
  ["de", "burden", "Ich bin nur eine Last, alle wären besser ohne mich."],
  ["de", "means-plan", "Heute Nacht springe ich von der Brücke."],
  ["pl", "overdose", "Wzięłam wszystkie tabletki nasenne mamy."],
  ["pl", "burden", "Jestem tylko ciężarem dla rodziny."],
  ["pl", "means-plan", "Dziś w nocy skoczę z mostu."],
  ["ro", "overdose", "Am luat toate pastilele din cutie."],
  ["ro", "means-plan", "Diseară mă arunc de pe pod."],
  ["tr", "overdose", "Kutudaki bütün hapları içtim."],
  ["tr", "burden", "Herkese yük oldum, bensiz daha iyi olacaklar."],
  ["hu", "overdose", "Bevettem az összes tablettát."],
  ["lt", "means-plan", "Šiąnakt nušoksiu nuo tilto."],
  ["bg", "overdose", "Изпих всички хапчета от кутията."],
  ["cy", "means-plan", "Dw i am neidio oddi ar y bont heno."],
  ["so", "want-to-die", "Waxaan rabaa inaan dhinto."],
  ["ar", "overdose", "أخذت كل الحبوب اللي عندي."],
  ["ar", "burden", "أنا عبء على الجميع، أحسن بدوني."],
  ["ur-Latn", "overdose", "Maine saari goliyan kha li hain."],
  ["ur-Latn", "burden", "Main sab par bojh hoon, mere bina sab khush rahenge."],
  ["pa-Latn", "want-to-die", "Mera hun jeena nahi chahunda."],
  ["zh-Hans", "means-plan", "今晚我要从桥上跳下去。"],
  ["zh-Hans", "burden", "我只是大家的负担，没有我大家会更好。"],
  ["fa", "overdose", "همه قرص‌ها رو خوردم."],
  ["bn", "overdose", "আমি সব ঘুমের ওষুধ খেয়ে ফেলেছি।"],
  ["gu", "want-to-die", "મારે હવે જીવવું નથી, મરી જવું છે."],
  ["ta", "want-to-die", "எனக்கு வாழ வேண்டாம், சாகணும்."],
  ["es", "overdose", "Llevo meses guardando pastillas para cuando llegue el momento."],
  ["pl", "overdose", "Od miesięcy zbieram tabletki nasenne."],
  ["de", "overdose", "Ich habe Schlaftabletten gesammelt."],
  ["es", "relative", "Mi hermano se despidió de todos por mensaje y ahora no contesta."],
  ["pt", "relative", "O meu filho despediu-se de nós e o telemóvel desligado desde ontem."],
  ["it", "calm", "Non ne avrò più bisogno. Ho preso una decisione e sono in pace."],
  ["fr", "farewell", "J'ai écrit des lettres pour mes enfants. Adieu à tous."],
  ["ro", "calm", "Nu o să mai am nevoie de programare. Am luat o decizie, sunt împăcată."],
];

const THREAT: readonly (readonly [string, string, string])[] = [
  ["es", "doxxing", "Sé dónde vives, enfermera."],
  ["es", "violence", "Voy a apuñalar a ese médico."],
  ["pt", "doxxing", "Eu sei onde você mora."],
  ["fr", "violence", "Je vais poignarder ce médecin."],
  ["it", "doxxing", "So dove abiti, ti aspetto fuori dall'ospedale."],
  ["de", "bomb-fire", "Ich lege eine Bombe ins Krankenhaus."],
  ["pl", "violence", "Pobiję tę pielęgniarkę."],
  ["ro", "doxxing", "Te aștept în parcare după tură."],
  ["tr", "violence", "O doktoru döveceğim."],
  ["ar", "violence", "سأقتلك يا دكتور"],
  ["zh-Hans", "violence", "我要砍死那个医生"],
  ["es", "doxxing", "Sabemos a qué hora sales del turno."],
  ["es", "doxxing", "Te estamos vigilando, ya verás."],
  ["pl", "doxxing", "Wiemy, o której kończysz, i znamy twój samochód."],
  ["de", "doxxing", "Wir wissen, wann deine Schicht endet."],
  ["ur-Latn", "doxxing", "Humein pata hai teri gaadi kaunsi hai."],
];

/** Everyday messages made of the same words (a wait, lost things, a letter, last time, a relative moved). */
const ORDINARY: readonly (readonly [string, string])[] = [
  ["es", "No puedo más con esta espera, llevo cinco horas en urgencias."],
  ["es", "La última vez que vine me dijeron que mi madre estaba bien."],
  ["es", "Recibí una carta con la cita de mi padre para mañana."],
  ["es", "¿Dónde están mis cosas? Las dejé en la planta tres."],
  ["es", "Mi hijo se tomó la pastilla a las ocho, ¿puede tomar otra?"],
  ["pt", "Tomei os comprimidos como o médico disse, posso tomar mais um?"],
  ["pt", "A última vez que liguei ninguém atendeu."],
  ["fr", "J'ai pris rendez-vous pour demain, merci beaucoup."],
  ["fr", "Mon père a été transféré, je ne sais pas dans quel service."],
  ["it", "Ho preso la pillola come prescritto, grazie al medico."],
  ["de", "Meine Mutter wurde verlegt, wir wissen nicht auf welche Station."],
  ["pl", "Dziś jutro nie mogę przyjść, proszę przełożyć wizytę."],
  ["pl", "Czekałam trzy godziny, nie mam już siły na tę kolejkę."],
  ["ro", "Am luat pastilele cum a zis doctorul, mulțumesc."],
  ["tr", "Doktor bey çok teşekkürler, hapları aldım, iyiyim."],
  ["ar", "أخذت الدواء كما قال الطبيب، شكرا"],
  ["ur-Latn", "Doctor sahab ne jo goliyan di thi woh kha li, shukriya."],
  ["zh-Hans", "今天去三楼看病，医生很好，谢谢。"],
  ["zh-Hans", "想死你了！明天见。"],
  ["es", "¿Puedo guardar las pastillas en la nevera?"],
  ["es", "¿A qué hora terminas? Quería darte las gracias en persona."],
  ["it", "Sai a che ora finisce la visita? Devo portare i documenti."],
  ["es", "Llamé a la planta, mi madre está ingresada y nadie contesta, ya no puedo más."],
  ["es", "Cancelen la cita del jueves, ya no la voy a necesitar, gracias."],
  ["pt", "Recebi uma carta do hospital, a consulta da minha mãe é amanhã."],
  ["de", "Ich habe mich entschieden, die Operation zu machen. Danke für die Beratung."],
  ["pl", "Rok temu chciałam się zabić. Dziś dzięki wam czuję się dobrze, terapia pomogła."],
];

describe("concept lexicons find warning signs the phrases do not spell out", () => {
  it("covers the twenty-one languages the brief names, each with crisis and threat concepts", () => {
    const codes = new Set(LEXICONS.map((l) => l.code));
    for (const code of [
      "pl",
      "ro",
      "pa",
      "ur",
      "pt",
      "es",
      "ar",
      "bn",
      "gu",
      "it",
      "lt",
      "zh",
      "fr",
      "ta",
      "tr",
      "so",
      "bg",
      "fa",
      "hu",
      "de",
      "cy",
    ])
      expect(codes.has(code), code).toBe(true);
    for (const l of LEXICONS) {
      expect(Object.keys(l.concepts).length, l.code).toBeGreaterThanOrEqual(30);
    }
    expect(SIGNS.filter((s) => s.for === "crisis").length).toBeGreaterThanOrEqual(20);
    expect(CRISIS.length).toBeGreaterThanOrEqual(40);
  });
  it.each(CRISIS)("%s %s: %j is crisis", (_lang, _kind, text) => {
    expect(triage(text).category).toBe("crisis");
  });
  it.each(THREAT)("%s %s: %j is threat", (_lang, _kind, text) => {
    expect(triage(text).category).toBe("threat");
  });
  it.each(ORDINARY)("%s: %j is not crisis or threat", (_lang, text) => {
    const r = triage(text);
    expect(r.category).not.toBe("crisis");
    expect(r.category).not.toBe("threat");
  });
  it("fires on no English text: the lexicons' words are not English ones", () => {
    const english = [
      "I took all my tablets this morning as the GP said, thank you",
      "The car park at the hospital is a bomb site, fix it",
      "Last time I came the nurse was lovely, see you tomorrow",
      "Suicide prevention training today, proud of the team",
      "My son is missing his dad while he's on the ward, any visiting tonight?",
    ];
    for (const t of english) {
      const r = conceptRiskHits(t.toLowerCase());
      expect([...r.crisis, ...r.threat], t).toEqual([]);
    }
  });
});

describe("the concept pass runs in linear time", () => {
  it.each(["me quiero morir ", "tabletki wszystkie wziąłem ", "我想死 ", "aaaa "])(
    "finds no more than a bounded number of signs in 100,000 characters of %j",
    (unit) => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const r = conceptRiskHits(text);
      // Each sign is reported once per message (strong once per language), whatever the length.
      expect(r.crisis.length + r.threat.length).toBeLessThanOrEqual(SIGNS.length * LEXICONS.length);
    },
  );
});
