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
      "megvágtam magam", // I cut myself
      "vagdosom magam", // I cut myself
      "megvágom magam", // I cut myself
      "önsért", // self-harm (önsértés)
      "bántom magam", // I hurt myself
    ],
    overdose: [
      "bevettem az összes gyógyszert", // I took all the medicine
      "bevettem az összes tablettát", // I took all the tablets
      "egy egész doboz gyógyszer", // a whole box of medicine
      "egy egész doboz tablett", // a whole box of tablets
      "túladagol", // overdose
      "túladagol", // overdose
      "az összes gyógyszert", // all the medicine
      "az összes tablettát", // all the tablets
      "bevettem az összes", // I took all
      "bevette az összes", // (he/she) took all
      "gyógyszert gyűjt", // collecting medicine
    ],
    farewell: [
      "ez az utolsó üzenetem", // this is my last message
      "búcsúlevél", // farewell letter
      "elajándékoztam a dolgaimat", // I gave away my things
      "bocsássatok meg", // forgive me (pl.)
      "isten veletek", // farewell (God be with you)
      "búcsúzom mindenkitől", // I say goodbye to everyone
      "mondjátok meg a gyerekeimnek", // tell my children
      "utolsó üzenetem", // my last message
      "búcsúlevél", // farewell letter
      "nem leszek már", // I won't be (here) any more
    ],
    burden: [
      "teher vagyok", // I am a burden
      "jobb lenne nélkülem", // it would be better without me
      "teher vagyok", // I'm a burden
      "csak teher", // only a burden
      "jobb lenne nélkülem", // it would be better without me
      "jobb nekik nélkülem", // better for them without me
    ],
    hopeless: [
      "senki nem tud segíteni", // nobody can help
      "nincs kiút", // there's no way out
      "nincs értelme élni", // there's no point in living
      "nincs miért élnem", // I have nothing to live for
    ],
    "means-plan": [
      "vettem egy kötelet", // I bought a rope
      "leugrom a hídról", // I'll jump off the bridge
      "gyűjtöm a tablettákat", // I'm collecting tablets
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
    relative: [
      "eltűnt", // disappeared
      "nem veszi fel a telefont", // isn't answering the phone
    ],
    calm: [
      "döntöttem", // I've decided
    ],
    burden: [
      "nélkülem", // without me
    ],
    farewell: [
      "bocsássatok meg", // forgive me (all)
      "isten veletek", // farewell (all)
    ],
    time: [
      "ma éjjel", // tonight
    ],
    hopeless: [
      "nincs remény", // there's no hope
      "nem bírom tovább", // I can't bear it any longer
      "nem bírom már", // I can't bear it any more
    ],
  },
  threat: {
    violence: [
      "késsel megyek", // I'll come with a knife
      "van nálam kés", // I have a knife on me
      "megöllek", // I'll kill you
      "megölöm", // I'll kill (him/her)
      "megverlek", // I'll beat you
      "megverjük", // we'll beat (him/her)
      "eltöröm a lábát", // I'll break his/her leg
      "leszúrom", // I'll stab (him/her)
      "szétverem", // I'll smash
    ],
    doxxing: [
      "hazáig követtem", // I followed (her) home
      "megvárom a parkolóban", // I'll wait for (her) in the car park
      "tudom hol laksz", // I know where you live
      "tudjuk hol lakik", // we know where (he/she) lives
      "tudom hol lakik", // I know where (he/she) lives
      "megvárjuk kint", // we'll wait outside
    ],
    warning: [
      "meg fogsz fizetni ezért", // you'll pay for this
      "napjaid meg vannak számlálva", // your days are numbered
      "megbánjátok", // you'll regret it
      "megbánod", // you'll regret it
      "megbánod", // you'll regret it
      "meg fogod bánni", // you'll regret it
      "bosszút állok", // I'll take revenge
    ],
    "bomb-fire": [
      "felgyújtom", // I'll set fire to it
      "bombát teszek", // I'll plant a bomb
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
