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
      "pjaustausi", // I cut myself
      "susipjausčiau", // I cut myself
      "pjaustau save", // I cut myself
      "žaloju save", // I harm myself
      "susižaloj", // self-injury (susižalojimas)
      "sau pakenkti", // harm oneself
    ],
    overdose: [
      "išgėriau visas tabletes", // I took all the tablets
      "išgėriau visą pakuotę", // I took the whole pack
      "perdozav", // overdose
      "perdozav", // overdose (perdozavimas)
      "visas tabletes", // all the tablets
      "išgėriau visas", // I took all
      "išgėrė visas", // (he/she) took all
      "kaupiu tabletes", // I'm saving tablets
    ],
    farewell: [
      "tai mano paskutinė žinutė", // this is my last message
      "atsisveikinimo laišk", // farewell letter
      "išdalinau savo daiktus", // I gave away my things
      "atleiskite man", // forgive me
      "sudie visiems", // goodbye everyone
      "sudiev visiems", // goodbye everyone
      "pasakykite mano vaikams", // tell my children
      "paskutinė žinutė", // last message
      "manęs nebebus", // I won't be here any more
    ],
    burden: [
      "esu našta", // I am a burden
      "be manęs bus geriau", // it will be better without me
      "esu našta", // I am a burden
      "našta visiems", // a burden to everyone
      "geriau be manęs", // better without me
    ],
    hopeless: [
      "niekas negali man padėti", // nobody can help me
      "nebeturiu vilties", // I have no hope left
      "nebeištveriu", // I can't bear it any more
      "nėra išeities", // there's no way out
      "nėra prasmės gyventi", // there's no point in living
    ],
    "means-plan": [
      "nusipirkau virvę", // I bought a rope
      "šoksiu nuo tilto", // I'll jump off the bridge
      "susirinkau tablečių", // I gathered tablets
      "padarysiu tai šiąnakt", // I'll do it tonight
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
    relative: [
      " dingo", // disappeared
      "neatsiliepia telefonu", // isn't answering the phone
    ],
    calm: [
      "priėmiau sprendimą", // I've made my decision
    ],
    farewell: [
      "atleiskite man", // forgive me (all)
      "atleisk man", // forgive me
      " sudie", // farewell
    ],
    time: [
      "šiąnakt", // tonight
    ],
    hopeless: [
      "nebegaliu", // I can't any more
    ],
  },
  threat: {
    violence: [
      "ateisiu su peiliu", // I'll come with a knife
      "turiu peilį", // I have a knife
      "nužudysiu", // I'll kill
      "užmušiu", // I'll kill
      "primušiu", // I'll beat up
      "sumušiu", // I'll beat up
      "sulaužysiu", // I'll break
      "subadysiu", // I'll stab
    ],
    doxxing: [
      "sekiau ją iki namų", // I followed her home
      "lauksiu aikštelėje", // I'll wait in the car park
      "žinau kur gyveni", // I know where you live
      "žinom kur gyvena", // we know where (he/she) lives
      "žinome kur gyvena", // we know where (he/she) lives
      "lauksime lauke", // we'll wait outside
    ],
    warning: [
      "tavo dienos suskaičiuotos", // your days are numbered
      "tu man už tai sumokėsi", // you'll pay me for this
      "pasigailėsite", // you'll regret it
      "pasigailėsi", // you'll regret it
      "pasigailėsite", // you (pl.) will regret it
      "atkeršysiu", // I'll take revenge
    ],
    "bomb-fire": [
      "padegsiu", // I'll set fire
      "susprogdinsiu", // I'll blow up
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
