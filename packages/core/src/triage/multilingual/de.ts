import type { LanguageCues } from "./types.js";

/** German (Deutsch); ß is folded to ss and umlauts to the plain vowel. */
export const GERMAN: LanguageCues = {
  code: "de",
  name: "German",
  crisis: {
    "want-to-die": [
      "ich will sterben", // I want to die
      "ich möchte sterben", // I would like to die
      "will nicht mehr leben", // don't want to live any more
      "möchte nicht mehr leben", // wouldn't like to live any more
      "will nicht mehr aufwachen", // don't want to wake up any more
      "wäre lieber tot", // would rather be dead
      "will sterben", // wants to die
    ],
    suicide: [
      "selbstmord", // suicide
      "suizid", // suicide
      "mich umbringen", // kill myself
      "bringe mich um", // I'll kill myself
      "bring mich um", // I'll kill myself
      "sich umbringen", // kill oneself
      "mir das leben nehmen", // take my life
      "sich das leben nehmen", // take one's life
      "meinem leben ein ende", // (put) an end to my life
      "mich aufhängen", // hang myself
    ],
    "self-harm": [
      "ich ritze mich", // I cut myself
      "habe mich geschnitten", // I have cut myself
      "selbstverletz", // self-harm
      "ritze mich", // I cut myself
      "ritzen", // self-cutting
      "selbstverletz", // self-harm (Selbstverletzung)
      "verletze mich selbst", // I harm myself
      "schneide mich", // I cut myself
      "mir selbst weh", // hurt myself
    ],
    overdose: [
      "alle tabletten genommen", // took all the tablets
      "alle tabletten geschluckt", // swallowed all the tablets
      "ganze packung tablett", // a whole pack of tablets
      "ganze packung schlaf", // a whole pack of sleeping pills
      "ganze packung ibu", // a whole pack of ibuprofen
      "ganze packung parac", // a whole pack of paracetamol
      "überdosis", // overdose
      "überdosis", // overdose
      "alle tabletten", // all the tablets
      "alle meine tabletten", // all my tablets
      "alle medikamente", // all the medicines
      "eine packung tabletten", // a pack of tablets
      "tabletten gesammelt", // collected tablets
      "tabletten geschluckt", // swallowed tablets
    ],
    farewell: [
      "lebt wohl", // farewell (all)
      "das ist meine letzte nachricht", // this is my last message
      "meine letzte nachricht", // my last message
      "abschiedsbrief", // farewell letter
      "meine sachen verschenkt", // gave away my things
      "passwörter hinterlassen", // left the passwords
      "verzeiht mir", // forgive me (pl.)
      "lebt wohl", // farewell (pl.)
      "abschied von allen", // goodbye to everyone
      "sagt meinen kindern", // tell my children
      "sag meiner tochter", // tell my daughter
      "sag meinem sohn", // tell my son
      "meine letzte nachricht", // my last message
      "abschiedsbrief", // farewell letter
    ],
    burden: [
      "ihr müsst euch keine sorgen mehr um mich machen", // you won't have to worry about me any more
      "ich bin eine last", // I am a burden
      "besser ohne mich", // better without me
      "bin eine last", // I'm a burden
      "eine last für", // a burden for
      "besser ohne mich", // better without me
    ],
    hopeless: [
      "niemand kann mir helfen", // nobody can help me
      "keine hoffnung mehr", // no hope left
      "ich kann einfach nicht mehr", // I just can't any more
      "halte es nicht mehr aus", // can't bear it any more
      "kein ausweg", // no way out
      "keinen ausweg", // no way out
      "hat keinen sinn mehr", // no sense any more
      "keinen sinn zu leben", // no sense in living
    ],
    "means-plan": [
      "tabletten gesammelt", // collected tablets
      "tabletten gehortet", // hoarded tablets
      "ein seil gekauft", // bought a rope
      "strick gekauft", // bought a noose-rope
      "von der brücke springen", // jump off the bridge
      "vor den zug", // in front of the train
      "ich mache es heute nacht", // I'll do it tonight
      "ich habe alles geplant", // I've planned it all
      "auf der brücke", // on the bridge
      "von der brücke springen", // jump off the bridge
      "vor den zug", // in front of the train
      "auf dem dach", // on the roof
      "werde springen", // will jump
      "will springen", // wants to jump
    ],
    relative: [
      "sagt er bringt sich um", // says he'll kill himself
      "sagt sie bringt sich um", // says she'll kill herself
    ],
  },
  weakCrisis: {
    relative: [
      "ist nicht nach hause gekommen", // hasn't come home
      "ist verschwunden", // has disappeared
      "geht nicht ans handy", // isn't answering the mobile
      "wird vermisst", // is missing
    ],
    calm: [
      "ich habe mich entschieden", // I've made my decision
      "endlich ruhe", // peace at last
    ],
    burden: [
      "ohne mich", // without me
    ],
    time: [
      "heute nacht", // tonight
      "heute abend", // this evening
    ],
    hopeless: [
      "hat alles keinen sinn", // there's no point in anything
      "ich kann nicht mehr", // I can't go on
      "ich kann nicht mehr", // I can't any more
    ],
    farewell: [
      "brauche ich nicht mehr", // I won't need (it) any more
      "hat einen brief hinterlassen", // left a letter
      "verzeiht mir", // forgive me (all)
      "verzeih mir", // forgive me
      "kümmert euch um meine kinder", // look after my children
      "testament", // will
      "alles geregelt", // everything settled
      "nicht mehr da sein", // won't be here any more
    ],
    "means-plan": [
      "ein seil", // a rope
    ],
  },
  threat: {
    violence: [
      "ich komme mit einem messer", // I'll come with a knife
      "ich habe ein messer", // I have a knife
      "ich knall ihn ab", // I'll shoot him
      "ich erschieße", // I'll shoot
      "bringe dich um", // I'll kill you
      "bring dich um", // I'll kill you
      "bringen ihn um", // we'll kill him
      "bringen sie um", // we'll kill her/them
      "ich töte dich", // I'll kill you
      "schlage dich", // I'll hit you
      "verprügel", // beat up
      "zusammenschlagen", // beat up
      "die beine brechen", // break the legs
      "abstechen", // stab
    ],
    doxxing: [
      "wir wissen wann deine schicht endet", // we know when your shift ends
      "wann du feierabend hast", // when you finish work
      "nach hause gefolgt", // followed home
      "auf dem parkplatz warten", // wait in the car park
      "welches auto sie fährt", // which car she drives
      "weiß wo du wohnst", // know where you live
      "wissen wo du wohnst", // know where you live
      "weiß wo er wohnt", // know where he lives
      "weiß wo sie wohnt", // know where she lives
      "wissen wo er wohnt", // (we) know where he lives
      "wissen wo sie wohnt", // (we) know where she lives
      "warten draußen auf", // waiting outside for
      "vor der tür warten", // wait at the door
    ],
    warning: [
      "deine tage sind gezählt", // your days are numbered
      "das wirst du büßen", // you'll pay for this
      "das werdet ihr büßen", // you (all) will pay for this
      "wäre schade, wenn ihr was passiert", // it would be a shame if something happened to her
      "wäre schade wenn ihr was passiert", // it would be a shame if something happened to her
      "das werdet ihr bereuen", // you'll regret it
      "du wirst es bereuen", // you'll regret it
      "sonst komme ich vorbei", // otherwise I'll come round
      "das wirst du bereuen", // you'll regret that
      "wirst es bereuen", // you'll regret it
      "werdet es bereuen", // you'll regret it (pl.)
      " rache ", // revenge
    ],
    "bomb-fire": [
      "zünde das krankenhaus an", // I'll set fire to the hospital
      "anzünden", // set fire
      "eine bombe", // a bomb
      "eine bombe", // a bomb
      "abfackeln", // torch (the place)
      "zünde das krankenhaus", // I'll set the hospital on fire
      "in brand stecken", // set on fire
    ],
  },
  words: [
    "der",
    "die",
    "das",
    "und",
    "ist",
    "nicht",
    "ich",
    "mit",
    "für",
    "sie",
    "mein",
    "meine",
    "danke",
    "bitte",
    "sehr",
    "krankenhaus",
    "termin",
    "wir",
    "ein",
    "eine",
  ],
};
