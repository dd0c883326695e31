import type { LanguageCues } from "./types.js";

/** Italian (italiano). */
export const ITALIAN: LanguageCues = {
  code: "it",
  name: "Italian",
  crisis: {
    "want-to-die": [
      "voglio morire", // I want to die
      "vorrei morire", // I would like to die
      "non voglio più vivere", // I don't want to live any more
      "non voglio vivere", // I don't want to live
      "vorrei essere morto", // I wish I were dead (m.)
      "vorrei essere morta", // I wish I were dead (f.)
      "non voglio svegliarmi", // I don't want to wake up
      "vuole morire", // (he/she) wants to die
    ],
    suicide: [
      "suicidio", // suicide
      "suicidarmi", // to kill myself
      "suicidarsi", // to kill oneself
      " suicida", // suicidal
      "uccidermi", // kill myself
      "ammazzarmi", // kill myself
      "mi ammazzo", // I'll kill myself
      "mi uccido", // I'll kill myself
      "si ammazza", // (he/she) will kill him/herself
      "togliermi la vita", // take my life
      "togliersi la vita", // take his/her life
      "farla finita", // end it all
      "impiccarmi", // hang myself
    ],
    "self-harm": [
      "mi sono tagliat", // I cut myself
      "mi taglio", // I cut myself
      "autolesion", // self-harm
      "autolesion", // self-harm (autolesionismo)
      "mi taglio le braccia", // I cut my arms
      "tagliarmi le vene", // cut my veins
      "mi sono tagliat", // I have cut myself
      "farmi del male", // hurt myself
      "mi faccio del male", // I hurt myself
    ],
    overdose: [
      "ho preso tutte le pillole", // I took all the pills
      "ho preso tutte le pastiglie", // I took all the tablets
      "ho preso una scatola intera", // I took a whole box
      "ho ingoiato tutte", // I swallowed them all
      "overdose", // overdose
      "overdose", // overdose
      "tutte le pillole", // all the pills
      "tutte le pastiglie", // all the tablets
      "tutti i farmaci", // all the medicines
      "ho preso tutte", // I took all (of them)
      "ha preso tutte", // (he/she) took all (of them)
      "una scatola di pillole", // a box of pills
      "messo da parte le pillole", // saved up the pills
    ],
    farewell: [
      "addio a tutti", // farewell to all
      "questo è il mio ultimo messaggio", // this is my last message
      "il mio ultimo messaggio", // my last message
      "lettera d'addio", // farewell letter
      "ho regalato le mie cose", // I gave away my things
      "ti ho lasciato le password", // I left you the passwords
      "perdonatemi", // forgive me (pl.)
      "addio a tutti", // goodbye everyone
      "dite ai miei figli", // tell my children
      "dite a mia figlia", // tell my daughter
      "dite a mio figlio", // tell my son
      "il mio ultimo messaggio", // my last message
      "lettera d'addio", // farewell letter
      "ho sistemato tutto", // I've put everything in order
      "non ci sarò più", // I won't be here any more
    ],
    burden: [
      "non dovrete più preoccuparvi per me", // you won't have to worry about me any more
      "sono un peso", // I am a burden
      "meglio senza di me", // better without me
      "sono un peso", // I'm a burden
      "un peso per", // a burden for
      "meglio senza di me", // better without me
      "starebbero meglio senza di me", // they'd be better off without me
    ],
    hopeless: [
      "nessuno può aiutarmi", // nobody can help me
      "non ho più speranza", // I have no hope left
      "non ne posso più", // I can't bear it any more
      "non riesco ad andare avanti", // I can't go on
      "non c'è via d'uscita", // there's no way out
      "non ha senso vivere", // there's no point in living
    ],
    "means-plan": [
      "ho messo da parte le pillole", // I've put pills aside
      "ho comprato una corda", // I bought a rope
      "buttarmi dal ponte", // throw myself off the bridge
      "buttarmi sotto il treno", // throw myself under the train
      "ho già deciso come", // I've already decided how
      "lo farò stanotte", // I'll do it tonight
      "lo faccio stasera", // I'm doing it tonight
      "sul ponte", // on the bridge
      "buttarmi dal", // throw myself off the
      "buttarmi sotto", // throw myself under
      "saltare dal ponte", // jump off the bridge
      "vuole buttarsi", // (he/she) wants to throw him/herself (off)
      "sul tetto", // on the roof
    ],
    relative: [
      "dice che si ammazza", // says he/she will kill him/herself
      "dice che vuole morire", // says he/she wants to die
    ],
  },
  weakCrisis: {
    relative: [
      "non è tornato a casa", // he hasn't come home
      "non è tornata a casa", // she hasn't come home
      "è scomparso", // he has disappeared
      "è scomparsa", // she has disappeared
      "non risponde al telefono", // isn't answering the phone
    ],
    calm: [
      "ho preso la mia decisione", // I've made my decision
      "finalmente sono in pace", // at last I'm at peace
    ],
    hopeless: [
      "non ce la faccio più", // I can't manage any more
      "niente aiuta", // nothing helps
    ],
    burden: [
      "senza di me", // without me
    ],
    farewell: [
      "non mi servirà più", // I won't need it any more
      "ha lasciato una lettera", // left a letter
      "ha lasciato un biglietto", // left a note
      "perdonatemi", // forgive me (all)
      "perdonami", // forgive me
      "prenditi cura dei miei figli", // look after my children
    ],
    time: [
      "stanotte", // tonight
      "stasera", // this evening
    ],
    "means-plan": [
      "una corda", // a rope
    ],
  },
  threat: {
    violence: [
      "vengo con un coltello", // I'll come with a knife
      "ho un coltello", // I have a knife
      "le sparo", // I'll shoot her
      "gli sparo", // I'll shoot him
      "ti ammazzo", // I'll kill you
      "lo ammazzo", // I'll kill him
      "la ammazzo", // I'll kill her
      "ti uccido", // I'll kill you
      "lo uccido", // I'll kill him
      "ti spacco", // I'll smash your ...
      "gli spacco", // I'll smash his ...
      "rompere le gambe", // break the legs
      "rompo le gambe", // I'll break the legs
      "accoltell", // stab (accoltellare)
      "lo meniamo", // we'll beat him up
      "lo picchiamo", // we'll beat him
    ],
    doxxing: [
      "sappiamo a che ora finisci il turno", // we know when your shift ends
      "l'ho seguita fino a casa", // I followed her home
      "l'ho seguito fino a casa", // I followed him home
      "la aspetto al parcheggio", // I'll wait for her in the car park
      "so che macchina ha", // I know what car (he/she) has
      "so dove abiti", // I know where you live
      "so dove vivi", // I know where you live
      "sappiamo dove abita", // we know where (he/she) lives
      "sappiamo dove vive", // we know where (he/she) lives
      "lo aspettiamo fuori", // we'll wait for him outside
      "la aspettiamo fuori", // we'll wait for her outside
    ],
    warning: [
      "hai i giorni contati", // your days are numbered
      "me la pagherai", // you'll pay for this
      "me la pagherete", // you (all) will pay for this
      "sarebbe un peccato se le succedesse qualcosa", // it would be a shame if something happened to her
      "sarebbe un peccato se gli succedesse qualcosa", // it would be a shame if something happened to him
      "ve ne pentirete", // you'll regret it
      "te ne pentirai", // you'll regret it
      "altrimenti vengo lì", // otherwise I'll come there
      "te ne pentirai", // you'll regret it
      "ve ne pentirete", // you (pl.) will regret it
      "se ne pentirà", // (he/she) will regret it
      "mi vendicherò", // I'll take revenge
      "ci vendicheremo", // we'll take revenge
    ],
    "bomb-fire": [
      "do fuoco all'ospedale", // I'll set fire to the hospital
      "metto una bomba", // I'll plant a bomb
      "una bomba in", // a bomb in
      "metto una bomba", // I'll plant a bomb
      "dare fuoco", // set fire
      "do fuoco", // I'll set fire
    ],
  },
  words: [
    "il",
    "che",
    "non",
    "per",
    "sono",
    "della",
    "del",
    "mio",
    "mia",
    "grazie",
    "molto",
    "ospedale",
    "è",
    "una",
    "gli",
    "perché",
    "ho",
  ],
};
