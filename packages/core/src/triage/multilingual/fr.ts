import type { LanguageCues } from "./types.js";

/** French (français). */
export const FRENCH: LanguageCues = {
  code: "fr",
  name: "French",
  crisis: {
    "want-to-die": [
      "je veux mourir", // I want to die
      "j'ai envie de mourir", // I feel like dying
      "je voudrais mourir", // I would like to die
      "je ne veux plus vivre", // I don't want to live any more
      "je veux plus vivre", // I don't want to live any more (spoken)
      "je ne veux pas me réveiller", // I don't want to wake up
      "veut mourir", // (he/she) wants to die
    ],
    suicide: [
      "pense au suicide", // think about suicide
      "penser au suicide", // thinking about suicide
      "tentative de suicide", // suicide attempt
      "en finir avec la vie", // end life
      "me suicider", // to kill myself
      "se suicider", // to kill oneself
      "suicidaire", // suicidal
      "s'est suicidé", // (he) committed suicide
      "s'est suicidée", // (she) committed suicide
      "je vais me tuer", // I'm going to kill myself
      "va se tuer", // (he/she) is going to kill him/herself
      "mettre fin à mes jours", // end my days
      "mettre fin à ma vie", // end my life
      "mettre fin à ses jours", // end his/her days
      "en finir avec la vie", // end (my) life
      "je veux en finir", // I want to end it
      "me pendre", // hang myself
    ],
    "self-harm": [
      "je me suis coupé", // I cut myself
      "je me coupe", // I cut myself
      "scarif", // self-cutting (scarification)
      "automutil", // self-harm
      "automutil", // self-harm (automutilation)
      "scarifi", // self-cutting (scarification)
      "je me coupe", // I cut myself
      "me couper les veines", // cut my veins
      "me faire du mal", // hurt myself
      "je me fais du mal", // I hurt myself
    ],
    overdose: [
      "j'ai pris tous les cachets", // I took all the pills
      "j'ai pris toutes les pilules", // I took all the pills
      "j'ai pris toute la boîte", // I took the whole box
      "j'ai avalé tous", // I swallowed all
      "surdose", // overdose
      "overdose", // overdose
      "surdose", // overdose
      "tous les médicaments", // all the medicines
      "tous mes médicaments", // all my medicines
      "tous les comprimés", // all the tablets
      "toute la boîte", // the whole box
      "avalé tous", // swallowed all
      "avalé toute", // swallowed all
      "j'ai pris tous", // I took all (of them)
      "je garde des médicaments", // I'm keeping medicines back
    ],
    farewell: [
      "adieu à tous", // farewell to all
      "c'est mon dernier message", // this is my last message
      "mon dernier message", // my last message
      "lettre d'adieu", // farewell letter
      "j'ai donné mes affaires", // I gave away my things
      "je t'ai laissé les mots de passe", // I left you the passwords
      "mes affaires sont en ordre", // my affairs are in order
      "pardonnez-moi", // forgive me
      "adieu à tous", // farewell everyone
      "adieu tout le monde", // farewell everyone
      "dites à mes enfants", // tell my children
      "dites à ma fille", // tell my daughter
      "dites à mon fils", // tell my son
      "mon dernier message", // my last message
      "lettre d'adieu", // farewell letter
      "j'ai tout réglé", // I've settled everything
      "je ne serai plus là", // I won't be here any more
    ],
    burden: [
      "vous n'aurez plus à vous inquiéter pour moi", // you won't have to worry about me any more
      "je suis un fardeau", // I am a burden
      "je suis un poids", // I am a weight
      "mieux sans moi", // better without me
      "je suis un fardeau", // I'm a burden
      "un poids pour", // a burden for
      "mieux sans moi", // better without me
      "seraient mieux sans moi", // they'd be better off without me
    ],
    hopeless: [
      "personne ne peut m'aider", // nobody can help me
      "je n'ai plus d'espoir", // I have no hope left
      "j'en peux plus", // I can't take any more (spoken)
      "je ne tiens plus", // I can't hold on any more
      "je ne peux plus continuer", // I can't go on
      "pas d'issue", // no way out
      "aucune raison de vivre", // no reason to live
    ],
    "means-plan": [
      "j'ai mis des cachets de côté", // I've put pills aside
      "j'ai acheté une corde", // I bought a rope
      "me jeter du pont", // throw myself off the bridge
      "me jeter sous un train", // throw myself under a train
      "je le ferai ce soir", // I'll do it tonight
      "je vais le faire ce soir", // I'm going to do it tonight
      "j'ai tout prévu", // I've planned everything
      "sur le pont", // on the bridge
      "sauter du pont", // jump off the bridge
      "me jeter du", // throw myself off the
      "me jeter sous", // throw myself under
      "va sauter", // (he/she) is going to jump
      "sur le toit", // on the roof
      "une corde", // a rope
    ],
    relative: [
      "dit qu'il va se tuer", // says he will kill himself
      "dit qu'elle va se tuer", // says she will kill herself
      "dit qu'il veut mourir", // says he wants to die
      "dit qu'elle veut mourir", // says she wants to die
    ],
  },
  weakCrisis: {
    relative: [
      "n'est pas rentré", // hasn't come home
      "a disparu", // has disappeared
      "ne répond pas au téléphone", // isn't answering the phone
      "ne répond plus", // no longer answers
    ],
    calm: [
      "j'ai pris ma décision", // I've made my decision
      "je suis enfin en paix", // at last I'm at peace
    ],
    burden: [
      "sans moi", // without me
    ],
    farewell: [
      "je n'en aurai plus besoin", // I won't need it any more
      "a laissé une lettre", // left a letter
      "a laissé un mot", // left a note
      "pardonnez-moi", // forgive me (all)
      "pardonne-moi", // forgive me
      "occupe-toi de mes enfants", // look after my children
    ],
    time: [
      "ce soir", // tonight
      "cette nuit", // tonight
    ],
    suicide: [
      "me tuer", // kill myself ("ça va me tuer" is also an idiom)
    ],
    hopeless: [
      "j'en peux plus", // I can't take any more
      "je n'en peux plus", // I can't take any more
      "plus aucun espoir", // no hope left
      "plus aucun sens", // no sense any more
    ],
  },
  threat: {
    violence: [
      "je viens avec un couteau", // I'll come with a knife
      "j'ai un couteau", // I have a knife
      "lui tirer dessus", // shoot him/her
      "je vais te tuer", // I'm going to kill you
      "je vais le tuer", // I'm going to kill him
      "je vais la tuer", // I'm going to kill her
      "on va le tuer", // we're going to kill him
      "je te tue", // I'll kill you
      "je vais te frapper", // I'm going to hit you
      "on va le frapper", // we're going to hit him
      "casser la gueule", // smash (his) face
      "défoncer", // beat up / smash
      "casser les jambes", // break the legs
      "poignarder", // stab
    ],
    doxxing: [
      "on sait à quelle heure tu finis", // we know when you finish
      "on sait quand tu sors", // we know when you come out
      "je l'ai suivie jusqu'à chez elle", // I followed her home
      "je l'ai suivi jusqu'à chez lui", // I followed him home
      "je l'attendrai sur le parking", // I'll wait for him/her in the car park
      "je sais quelle voiture elle a", // I know what car she has
      "je sais où tu habites", // I know where you live
      "je sais où vous habitez", // I know where you live
      "on sait où il habite", // we know where he lives
      "on sait où elle habite", // we know where she lives
      "nous savons où il habite", // we know where he lives
      "nous savons où elle habite", // we know where she lives
      "on l'attendra dehors", // we'll wait for him/her outside
      "on va l'attendre", // we're going to wait for him/her
    ],
    warning: [
      "tes jours sont comptés", // your days are numbered
      "tu vas me le payer", // you'll pay for this
      "vous allez me le payer", // you'll pay for this
      "ce serait dommage qu'il lui arrive quelque chose", // it would be a shame if something happened to him/her
      "vous allez le regretter", // you'll regret it
      "tu vas le regretter", // you'll regret it
      "sinon je viens", // otherwise I'm coming
      "tu vas le regretter", // you'll regret it
      "vous allez le regretter", // you'll regret it
      "il va le regretter", // he'll regret it
      "je me vengerai", // I'll take revenge
      "on se vengera", // we'll take revenge
    ],
    "bomb-fire": [
      "je vais mettre le feu", // I'll set fire
      "mettre une bombe", // plant a bomb
      "une bombe", // a bomb
      "mettre le feu", // set fire
      "foutre le feu", // set fire (slang)
    ],
  },
  words: [
    "le",
    "la",
    "les",
    "des",
    "est",
    "je",
    "pas",
    "pour",
    "avec",
    "mon",
    "ma",
    "mes",
    "merci",
    "très",
    "une",
    "un",
    "vous",
    "nous",
    "hôpital",
    "rendez-vous",
    "où",
    "qui",
  ],
};
