import type { LanguageCues } from "./types.js";

/** Spanish (español), Spain and Latin America. */
export const SPANISH: LanguageCues = {
  code: "es",
  name: "Spanish",
  crisis: {
    "want-to-die": [
      "quiero morir", // I want to die
      "quiero morirme", // I want to die
      "me quiero morir", // I want to die
      "no quiero vivir", // I don't want to live
      "no quiero seguir viviendo", // I don't want to go on living
      "ojalá estuviera muerto", // I wish I were dead (m.)
      "ojalá estuviera muerta", // I wish I were dead (f.)
      "no quiero despertar", // I don't want to wake up
      "quiere morir", // (he/she) wants to die
    ],
    suicide: [
      "suicidio", // suicide
      "suicidarme", // to kill myself
      "suicidarse", // to kill oneself
      "suicidar", // to commit suicide (suicidaré, suicidarse)
      " suicida", // suicidal
      "matarme", // to kill myself
      "me voy a matar", // I'm going to kill myself
      "se va a matar", // (he/she) is going to kill him/herself
      "quitarme la vida", // take my life
      "quitarse la vida", // take his/her life
      "acabar con mi vida", // end my life
      "acabar con todo", // end it all
      "ahorcarme", // hang myself
    ],
    "self-harm": [
      "me corto los brazos", // I cut my arms
      "me corto las muñecas", // I cut my wrists
      "cortarme los brazos", // to cut my arms
      "cortarme las venas", // to cut my veins
      "me vuelvo a cortar", // I'm cutting myself again
      "volví a cortarme", // I started cutting myself again
      "cortándome otra vez", // cutting myself again
      "me he cortado", // I have cut myself
      "autolesi", // self-harm (autolesión, autolesionarme)
      "hacerme daño", // to hurt myself
      "me hago daño", // I hurt myself
    ],
    overdose: [
      "sobredosis", // overdose
      "todas las pastillas", // all the pills
      "todas mis pastillas", // all my pills
      "me tomé todas", // I took all (of them)
      "se tomó todas", // (he/she) took all (of them)
      "un bote de pastillas", // a bottle of pills
      "una caja de pastillas", // a box of pills
      "juntando pastillas", // collecting pills
      "guardando pastillas", // saving up pills
    ],
    farewell: [
      "perdónenme", // forgive me (pl.)
      "perdonadme", // forgive me (pl., Spain)
      "adiós a todos", // goodbye everyone
      "díganle a mis hijos", // tell my children
      "decidle a mis hijos", // tell my children (Spain)
      "mi último mensaje", // my last message
      "carta de despedida", // farewell letter
      "cartas para todos", // letters for everyone
      "he dejado todo en orden", // I've left everything in order
      "regalé mis cosas", // I gave away my things
    ],
    burden: [
      "soy una carga", // I'm a burden
      "una carga para", // a burden for
      "mejor sin mí", // better without me
      "estarían mejor sin mí", // they'd be better off without me
    ],
    hopeless: [
      "no puedo más", // I can't take any more
      "ya no aguanto", // I can't bear it any more
      "no aguanto más", // I can't bear it any more
      "no puedo seguir", // I can't go on
      "no hay salida", // there's no way out
      "no tiene sentido vivir", // there's no point in living
      "no vale la pena vivir", // life isn't worth living
    ],
    "means-plan": [
      "en el puente", // on the bridge
      "tirarme del", // throw myself off the
      "tirarme por", // throw myself from
      "saltar del puente", // jump off the bridge
      "voy a saltar", // I'm going to jump
      "va a saltar", // (he/she) is going to jump
      "en la azotea", // on the roof terrace
      "una soga", // a rope
      "tirarme a las vías", // throw myself onto the tracks
    ],
    relative: [
      "dice que se va a matar", // says he/she will kill him/herself
      "dice que se quiere morir", // says he/she wants to die
    ],
  },
  weakCrisis: {
    farewell: [
      "que los quiero", // that I love them
      "que la quiero", // that I love her
      "ya no estaré", // I won't be here any more
    ],
    relative: [
      "sin su teléfono", // (has gone out) without his/her phone
      "sin el móvil", // without the mobile
    ],
  },
  threat: {
    violence: [
      "te voy a matar", // I'm going to kill you
      "lo voy a matar", // I'm going to kill him
      "la voy a matar", // I'm going to kill her
      "los voy a matar", // I'm going to kill them
      "te mato", // I'll kill you
      "lo mato", // I'll kill him
      "la mato", // I'll kill her
      "vamos a matar", // we're going to kill
      "te voy a partir", // I'm going to smash your ...
      "le vamos a partir", // we're going to smash his ...
      "partirle la cara", // smash his/her face
      "romperle las piernas", // break his/her legs
      "apuñalar", // stab
      "darle una paliza", // give him/her a beating
    ],
    doxxing: [
      "sé dónde vives", // I know where you live
      "sabemos dónde vive", // we know where (he/she) lives
      "sé dónde vive", // I know where (he/she) lives
      "sabemos qué coche", // we know which car
      "sabemos cuál es su coche", // we know which is his/her car
      "lo vamos a esperar", // we're going to wait for him
      "la vamos a esperar", // we're going to wait for her
      "esperarlo a la salida", // wait for him at the exit
    ],
    warning: [
      "te vas a arrepentir", // you're going to regret it
      "se va a arrepentir", // (he/she) will regret it
      "os vais a arrepentir", // you (pl.) will regret it
      "me vengaré", // I'll take revenge
      "nos vengaremos", // we'll take revenge
    ],
    "bomb-fire": [
      "una bomba en", // a bomb in
      "poner una bomba", // plant a bomb
      "hay una bomba", // there is a bomb
      "prender fuego", // set fire
      "quemar el hospital", // burn the hospital
    ],
  },
  words: [
    "el",
    "la",
    "los",
    "las",
    "que",
    "por",
    "para",
    "con",
    "muy",
    "pero",
    "mi",
    "mis",
    "hospital",
    "gracias",
    "es",
    "está",
    "estoy",
    "hay",
    "su",
    "del",
    "una",
    "un",
    "cita",
    "mañana",
  ],
};
