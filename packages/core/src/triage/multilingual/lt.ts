import type { LanguageCues } from "./types.js";

/** Lithuanian (lietuvių). */
export const LITHUANIAN: LanguageCues = {
  code: "lt",
  name: "Lithuanian",
  crisis: {
    "want-to-die": [
      "noriu mirti", // I want to die
      "nenoriu gyventi", // I don't want to live
      "nebenoriu gyventi", // I don't want to live any more
      "nenoriu pabusti", // I don't want to wake up
      "nori mirti", // (he/she) wants to die
    ],
    suicide: [
      "savižud", // suicide (savižudybė)
      "nusižudy", // kill oneself (nusižudyti, nusižudysiu)
      "nusižudė", // killed him/herself
      "atimti sau gyvybę", // take one's own life
      "pasikarti", // hang oneself
      "pasikarsiu", // I'll hang myself
      "baigti viską", // end everything
    ],
    "self-harm": [
      "pjaustau save", // I cut myself
      "žaloju save", // I harm myself
      "susižaloj", // self-injury (susižalojimas)
      "sau pakenkti", // harm oneself
    ],
    overdose: [
      "perdozav", // overdose (perdozavimas)
      "visas tabletes", // all the tablets
      "išgėriau visas", // I took all
      "išgėrė visas", // (he/she) took all
      "kaupiu tabletes", // I'm saving tablets
    ],
    farewell: [
      "atleiskite man", // forgive me
      "sudie visiems", // goodbye everyone
      "sudiev visiems", // goodbye everyone
      "pasakykite mano vaikams", // tell my children
      "paskutinė žinutė", // last message
      "manęs nebebus", // I won't be here any more
    ],
    burden: [
      "esu našta", // I am a burden
      "našta visiems", // a burden to everyone
      "geriau be manęs", // better without me
    ],
    hopeless: [
      "nebeištveriu", // I can't bear it any more
      "nėra išeities", // there's no way out
      "nėra prasmės gyventi", // there's no point in living
    ],
    "means-plan": [
      "ant tilto", // on the bridge
      "nušoksiu", // I'll jump
      "nušokti nuo", // jump off
      "ant stogo", // on the roof
      "virvę", // a rope
    ],
    relative: [
      "sako kad nusižudys", // says he/she will kill him/herself
    ],
  },
  weakCrisis: {
    hopeless: [
      "nebegaliu", // I can't any more
    ],
  },
  threat: {
    violence: [
      "nužudysiu", // I'll kill
      "užmušiu", // I'll kill
      "primušiu", // I'll beat up
      "sumušiu", // I'll beat up
      "sulaužysiu", // I'll break
      "subadysiu", // I'll stab
    ],
    doxxing: [
      "žinau kur gyveni", // I know where you live
      "žinom kur gyvena", // we know where (he/she) lives
      "žinome kur gyvena", // we know where (he/she) lives
      "lauksime lauke", // we'll wait outside
    ],
    warning: [
      "pasigailėsi", // you'll regret it
      "pasigailėsite", // you (pl.) will regret it
      "atkeršysiu", // I'll take revenge
    ],
    "bomb-fire": [
      "bomba", // bomb
      "padegsiu", // I'll set fire
    ],
  },
  words: [
    "aš",
    "yra",
    "ir",
    "ne",
    "kad",
    "mano",
    "labai",
    "ačiū",
    "prašau",
    "ligoninė",
    "ligoninės",
    "su",
    "kaip",
    "kur",
    "buvo",
  ],
};
