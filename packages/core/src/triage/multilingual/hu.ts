import type { LanguageCues } from "./types.js";

/** Hungarian (magyar). */
export const HUNGARIAN: LanguageCues = {
  code: "hu",
  name: "Hungarian",
  crisis: {
    "want-to-die": [
      "meg akarok halni", // I want to die
      "meghalni akarok", // I want to die
      "nem akarok élni", // I don't want to live
      "nem akarok tovább élni", // I don't want to live any longer
      "bárcsak meghalnék", // I wish I would die
      "nem akarok felébredni", // I don't want to wake up
      "meg akar halni", // (he/she) wants to die
    ],
    suicide: [
      "öngyilkos", // suicide, suicidal (öngyilkosság)
      "megölöm magam", // I'll kill myself
      "megölni magam", // kill myself
      "megöli magát", // kills him/herself
      "véget vetek az életemnek", // I'll put an end to my life
      "véget vetni az életemnek", // put an end to my life
      "felakasztom magam", // I'll hang myself
      "eldobom az életem", // I'll throw my life away
    ],
    "self-harm": [
      "vagdosom magam", // I cut myself
      "megvágom magam", // I cut myself
      "önsért", // self-harm (önsértés)
      "bántom magam", // I hurt myself
    ],
    overdose: [
      "túladagol", // overdose
      "az összes gyógyszert", // all the medicine
      "az összes tablettát", // all the tablets
      "bevettem az összes", // I took all
      "bevette az összes", // (he/she) took all
      "gyógyszert gyűjt", // collecting medicine
    ],
    farewell: [
      "bocsássatok meg", // forgive me (pl.)
      "isten veletek", // farewell (God be with you)
      "búcsúzom mindenkitől", // I say goodbye to everyone
      "mondjátok meg a gyerekeimnek", // tell my children
      "utolsó üzenetem", // my last message
      "búcsúlevél", // farewell letter
      "nem leszek már", // I won't be (here) any more
    ],
    burden: [
      "teher vagyok", // I'm a burden
      "csak teher", // only a burden
      "jobb lenne nélkülem", // it would be better without me
      "jobb nekik nélkülem", // better for them without me
    ],
    hopeless: [
      "nem bírom tovább", // I can't bear it any more
      "nincs kiút", // there's no way out
      "nincs értelme élni", // there's no point in living
      "nincs miért élnem", // I have nothing to live for
    ],
    "means-plan": [
      "a hídon", // on the bridge
      "leugrom", // I'll jump off
      "le akar ugrani", // (he/she) wants to jump off
      "a tetőn", // on the roof
      "vonat elé", // in front of a train
      "kötelet", // a rope
    ],
    relative: [
      "azt mondja megöli magát", // says he/she will kill him/herself
    ],
  },
  weakCrisis: {
    hopeless: [
      "nem bírom már", // I can't bear it any more
    ],
  },
  threat: {
    violence: [
      "megöllek", // I'll kill you
      "megölöm", // I'll kill (him/her)
      "megverlek", // I'll beat you
      "megverjük", // we'll beat (him/her)
      "eltöröm a lábát", // I'll break his/her leg
      "leszúrom", // I'll stab (him/her)
      "szétverem", // I'll smash
    ],
    doxxing: [
      "tudom hol laksz", // I know where you live
      "tudjuk hol lakik", // we know where (he/she) lives
      "tudom hol lakik", // I know where (he/she) lives
      "megvárjuk kint", // we'll wait outside
    ],
    warning: [
      "megbánod", // you'll regret it
      "meg fogod bánni", // you'll regret it
      "bosszút állok", // I'll take revenge
    ],
    "bomb-fire": [
      "bomba", // bomb
      "felgyújtom", // I'll set fire to
    ],
  },
  words: [
    "és",
    "hogy",
    "nem",
    "egy",
    "van",
    "az",
    "meg",
    "köszönöm",
    "kérem",
    "nagyon",
    "kórház",
    "kórházban",
    "mert",
    "vagyok",
    "volt",
  ],
};
