import type { LanguageCues } from "./types.js";

/** Kurdish: Sorani (Arabic script) and Kurmanji (Latin script). */
export const KURDISH: LanguageCues = {
  code: "ku",
  name: "Kurdish",
  crisis: {
    "want-to-die": [
      "دەمەوێت بمرم", // I want to die (Sorani)
      "دەمەوێ بمرم", // I want to die (Sorani, spoken)
      "نامەوێت بژیم", // I don't want to live (Sorani)
      "naxwazim bijîm", // I don't want to live (Kurmanji)
      "dixwazim bimirim", // I want to die (Kurmanji)
      "dixwazim bimrim", // I want to die (Kurmanji)
    ],
    suicide: [
      "خۆکوشتن", // suicide (Sorani)
      "خۆم بکوژم", // kill myself (Sorani)
      "خۆی بکوژێت", // kill himself/herself (Sorani)
      "xwekuştin", // suicide (Kurmanji)
      "xwe bikujim", // kill myself (Kurmanji)
      "xwe bikuje", // kill himself/herself (Kurmanji)
    ],
    "self-harm": [
      "ئازاری خۆم", // harm to myself (Sorani)
      "xwe birîndar", // wound oneself (Kurmanji)
    ],
    overdose: [
      "هەموو حەبەکان", // all the pills (Sorani)
      "hemû heban", // all the pills (Kurmanji)
    ],
    farewell: [
      "لێم ببورن", // forgive me (Sorani)
      "min bibexşînin", // forgive me (Kurmanji)
      "xatirê we", // goodbye to you (Kurmanji)
    ],
    burden: [
      "بارێکی قورسم", // I'm a heavy burden (Sorani)
      "barê giran im", // I'm a heavy burden (Kurmanji)
    ],
    hopeless: [
      "ئیتر ناتوانم", // I can't any more (Sorani)
      "êdî nikarim", // I can't any more (Kurmanji)
      "هیچ هیوایەک", // no hope at all (Sorani)
    ],
    "means-plan": [
      "سەر پردەکە", // on the bridge (Sorani)
      "ser pirê", // on the bridge (Kurmanji)
    ],
  },
  threat: {
    violence: [
      "دەتکوژم", // I'll kill you (Sorani)
      "دەیکوژم", // I'll kill him/her (Sorani)
      "te dikujim", // I'll kill you (Kurmanji)
      "wî dikujim", // I'll kill him (Kurmanji)
    ],
    doxxing: [
      "دەزانم لە کوێ دەژیت", // I know where you live (Sorani)
      "dizanim tu li ku dijî", // I know where you live (Kurmanji)
    ],
    warning: [
      "پەشیمان دەبیتەوە", // you'll regret it (Sorani)
      "tolhildan", // revenge (Kurmanji)
    ],
    "bomb-fire": [
      "بۆمب", // bomb (Sorani)
    ],
  },
  words: ["ez", "min", "tu", "ji", "bi", "spas", "gelek", "ku", "nexweşxane", "dixwazim"],
};
