import type { LanguageCues } from "./types.js";

/** Ukrainian (українська); ї and й are folded to і and и. */
export const UKRAINIAN: LanguageCues = {
  code: "uk",
  name: "Ukrainian",
  crisis: {
    "want-to-die": [
      "хочу померти", // I want to die
      "не хочу жити", // I don't want to live
      "не хочу більше жити", // I don't want to live any more
      "хоче померти", // (he/she) wants to die
    ],
    suicide: [
      "самогуб", // suicide (самогубство)
      "покінчити з собою", // to kill oneself
      "покінчу з собою", // I'll kill myself
      "вбити себе", // to kill myself
      "вб'ю себе", // I'll kill myself
      "повіситися", // to hang oneself
      "суїцид", // suicide
    ],
    "self-harm": [
      "ріжу себе", // I cut myself
      "ріжу руки", // I cut my arms
      "завдаю собі болю", // I cause myself pain
    ],
    overdose: [
      "передозув", // overdose
      "всі таблетки", // all the tablets
      "усі таблетки", // all the tablets
      "випила всі", // I (f.) took all
      "випив всі", // I (m.) took all
    ],
    farewell: [
      "пробачте мені", // forgive me
      "прощавайте", // farewell
      "скажіть моїм дітям", // tell my children
      "мене більше не буде", // I won't be here any more
    ],
    burden: [
      "я тягар", // I'm a burden
      "тягарем для", // a burden for
      "краще без мене", // better without me
    ],
    hopeless: [
      "не витримаю", // I can't bear it
      "немає виходу", // there's no way out
      "немає сенсу жити", // there's no point in living
    ],
    "means-plan": [
      "на мосту", // on the bridge
      "стрибну", // I'll jump
      "на даху", // on the roof
    ],
    relative: [
      "каже що покінчить", // says he/she will end (it)
    ],
  },
  weakCrisis: {
    hopeless: [
      "більше не можу", // I can't any more
    ],
    "means-plan": [
      "мотузк", // rope
    ],
  },
  threat: {
    violence: [
      "вб'ю тебе", // I'll kill you
      "уб'ю тебе", // I'll kill you
      "вб'ємо", // we'll kill
      "поб'ю", // I'll beat up
      "поріжу", // I'll cut / stab
    ],
    doxxing: [
      "знаю де ти живеш", // I know where you live
      "знаємо де він живе", // we know where he lives
      "знаємо де вона живе", // we know where she lives
    ],
    warning: [
      "пошкодуєш", // you'll regret it
      "помщуся", // I'll take revenge
    ],
    "bomb-fire": [
      "бомба", // bomb
      "підпалю", // I'll set fire
    ],
  },
};
