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
      "me corté", // I cut myself
      "me estoy cortando", // I'm cutting myself
      "se está cortando", // (he/she) is cutting
      "me hago daño", // I hurt myself
      "autolesion", // self-harm
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
      "me tomé todas las pastillas", // I took all the pills
      "tomé todas las pastillas", // I took all the pills
      "se tomó todas las pastillas", // (he/she) took all the pills
      "me tomé una caja entera", // I took a whole box
      "me tragué todas", // I swallowed them all
      "sobredosis", // overdose
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
      "adiós a todos", // goodbye to all
      "perdónenme", // forgive me (all)
      "perdonadme", // forgive me (all, Spain)
      "díganle a mis hijos que los quiero", // tell my children I love them
      "decidle a mis hijos", // tell my children
      "cuando yo ya no esté", // when I'm no longer here
      "cuando ya no esté", // when I'm gone
      "estoy regalando mis cosas", // I'm giving away my things
      "regalé mis cosas", // I gave away my things
      "cuida de mis hijos", // look after my children
      "te dejé las contraseñas", // I left you the passwords
      "mi último mensaje", // my last message
      "carta de despedida", // farewell letter
      "dejé todo en orden", // I left everything in order
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
      "ya no tendréis que preocuparos por mí", // you won't have to worry about me any more
      "ya no tendrán que preocuparse por mí", // you won't have to worry about me any more
      "soy un estorbo", // I am a nuisance/burden
      "mejor sin mí", // better without me
      "estarían mejor sin mí", // they'd be better off without me
      "soy una carga", // I'm a burden
      "una carga para", // a burden for
      "mejor sin mí", // better without me
      "estarían mejor sin mí", // they'd be better off without me
    ],
    hopeless: [
      "ya no tengo esperanza", // I have no hope left
      "nadie me puede ayudar", // nobody can help me
      "no aguanto más vivir", // I can't bear to live any more
      "no veo salida", // I see no way out
      "no le veo sentido a la vida", // I see no point in life
      "no puedo seguir", // I can't go on
      "no hay salida", // there's no way out
      "no tiene sentido vivir", // there's no point in living
      "no vale la pena vivir", // life isn't worth living
    ],
    "means-plan": [
      "lo voy a hacer esta noche", // I'm going to do it tonight
      "lo haré esta noche", // I'll do it tonight
      "lo haré mañana", // I'll do it tomorrow
      "ya lo tengo todo planeado", // I have it all planned
      "ya tengo todo planeado", // I have everything planned
      "sé cómo lo voy a hacer", // I know how I'll do it
      "he juntado pastillas", // I've gathered pills
      "tengo las pastillas guardadas", // I have the pills put away
      "compré una cuerda", // I bought a rope
      "tirarme del puente", // throw myself off the bridge
      "tirarme a las vías", // throw myself on the tracks
      "tirarme al tren", // throw myself under the train
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
      "me mandó un mensaje pidiendo perdón", // sent me a message asking forgiveness
      "me escribió que lo siente", // wrote me that he/she's sorry
      "se despidió de mí", // (he/she) said goodbye to me
      "ha desaparecido y", // (he/she) has disappeared and
      "dice que se va a matar", // says he/she'll kill him/herself
      "dice que se quiere morir", // says he/she wants to die
      "dice que se va a matar", // says he/she will kill him/herself
      "dice que se quiere morir", // says he/she wants to die
    ],
  },
  weakCrisis: {
    calm: [
      "ya tomé mi decisión", // I've made my decision
      "por fin estoy en paz", // at last I'm at peace
    ],
    time: [
      "esta noche", // tonight
    ],
    burden: [
      " sin mí ", // without me
    ],
    hopeless: [
      "no aguanto más", // I can't bear it any more
      "no puedo más", // I can't take any more
      "ya no aguanto", // I can't bear it any more
      "no tengo fuerzas", // I have no strength
      "nada me ayuda", // nothing helps me
      "no vale la pena", // it isn't worth it
      "estoy harto de todo", // I'm sick of everything
      "estoy harta de todo", // I'm sick of everything (f.)
    ],
    "means-plan": [
      "del puente", // off the bridge
      "una cuerda", // a rope
      "todas las pastillas", // all the pills
      "pastillas para dormir", // sleeping pills
    ],
    farewell: [
      "ya no la voy a necesitar", // I won't need it any more
      "ya no lo voy a necesitar", // I won't need it any more
      "dejó una carta", // left a letter
      "dejó una nota", // left a note
      "adiós", // goodbye
      "perdóname", // forgive me
      "perdón por todo", // sorry for everything
      "los quiero a todos", // I love you all
      "os quiero a todos", // I love you all (Spain)
      "testamento", // will
      "que los quiero", // that I love them
      "que la quiero", // that I love her
      "ya no estaré", // I won't be here any more
    ],
    relative: [
      "no ha vuelto a casa", // hasn't come home
      "no volvió a casa", // didn't come home
      "ha desaparecido", // (he/she) has disappeared
      "no contesta el teléfono", // isn't answering the phone
      "estoy preocupad", // I'm worried
      "sin su teléfono", // (has gone out) without his/her phone
      "sin el móvil", // without the mobile
    ],
  },
  threat: {
    violence: [
      "voy con un cuchillo", // I'll come with a knife
      "tengo un cuchillo", // I have a knife
      "la voy a matar", // I'll kill her
      "lo voy a matar", // I'll kill him
      "os voy a matar", // I'll kill you all
      "le voy a pegar un tiro", // I'll shoot him/her
      "te voy a partir la cara", // I'll smash your face
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
      "sabemos a qué hora sales", // we know when you leave
      "sabemos cuándo termina tu turno", // we know when your shift ends
      "la seguí hasta su casa", // I followed her home
      "lo seguí hasta su casa", // I followed him home
      "la voy a esperar en el aparcamiento", // I'll wait for her in the car park
      "esperar en el parking", // wait in the car park
      "sé qué coche tiene", // I know what car (he/she) has
      "sé dónde vive", // I know where (he/she) lives
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
      "los días contados", // (your/her) days are numbered
      "me las vas a pagar", // you'll pay for this
      "me las vais a pagar", // you (all) will pay for this
      "sería una pena que le pasara algo", // it would be a shame if something happened to (her)
      "te vas a arrepentir", // you'll regret it
      "os vais a arrepentir", // you (all) will regret it
      "si no, voy para allá", // otherwise I'm coming there
      "te vas a arrepentir", // you're going to regret it
      "se va a arrepentir", // (he/she) will regret it
      "os vais a arrepentir", // you (pl.) will regret it
      "me vengaré", // I'll take revenge
      "nos vengaremos", // we'll take revenge
    ],
    "bomb-fire": [
      "voy a quemar el hospital", // I'll burn the hospital
      "prenderle fuego", // set fire to it
      "poner una bomba", // plant a bomb
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
