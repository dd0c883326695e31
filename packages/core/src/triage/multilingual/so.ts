import type { LanguageCues } from "./types.js";

/** Somali (Af-Soomaali), Latin script. */
export const SOMALI: LanguageCues = {
  code: "so",
  name: "Somali",
  crisis: {
    "want-to-die": [
      "dhiman rabaa", // want to die
      "dhimasho rabaa", // want death
      "noolaan maayo", // I won't live
      "waxaan rabaa inaan dhinto", // I want to die
      "inaan dhinto", // that I die
      "doonayaa inaan dhinto", // I want to die
      "ma rabo inaan noolaado", // I don't want to live
      "ma doonayo inaan noolaado", // I don't want to live
      "rabaa inuu dhinto", // wants to die (he)
    ],
    suicide: [
      "is dilid", // suicide, killing oneself
      "isdil", // suicide (isdilid, isdilay)
      "is dilay", // killed oneself
      "is dilo", // (that he) kill himself
      "is dili doona", // will kill (him/her)self
      "naftayda qaado", // take my own life
      "naftiisa qaado", // take his own life
      "nafteeda qaado", // take her own life
      "is laayo", // kill oneself
      "is deldelo", // hang oneself
    ],
    "self-harm": [
      "is jarjaray", // cut myself
      "isku dhaawacay", // harmed myself
      "is gooyo", // cut oneself
      "isgooyo", // cut oneself
      "is dhaawac", // harm oneself
      "gacmaha iska gooy", // cut (my) arms
    ],
    overdose: [
      "kiniinnadii oo dhan", // all the tablets
      "kiniinno badan baan qaatay", // I took many tablets
      "dawadii oo dhan baan", // I ... all the medicine
      "dhammaan kiniinada", // all the tablets
      "kiniinadii oo dhan", // all the tablets
      "daawadii oo dhan", // all the medicine
      "kiniino badan", // many tablets
    ],
    farewell: [
      "fariintaydii ugu dambeysay", // my last message
      "fariintii ugu dambeysay", // the last message
      "nabad gelyo dhammaantiin", // goodbye all of you
      "nabadgelyo dhamaantiin", // goodbye all of you
      "i cafiya", // forgive me
      "iga cafiya", // forgive me
      "carruurtayda u sheega", // tell my children
      "fariintaydii ugu dambeysay", // my last message
    ],
    burden: [
      "culays baan ahay", // I am a burden
      "culays ku ahay", // I am a burden on
      "culays ku ahay", // I am a burden on
      "culeys ku ahay", // I am a burden on
    ],
    hopeless: [
      "qofna ima caawin karo", // nobody can help me
      "ma awoodo inaan sii wado", // I can't go on
      "ma sii adkaysan karo", // I can't bear it any more
      "rajo ma leh", // there's no hope
    ],
    "means-plan": [
      "xadhig baan iibsaday", // I bought a rope
      "buundada ka boodi", // jump off the bridge
      "buundada saaran", // (is) on the bridge
      "ka boodo", // jump from
    ],
    relative: [
      "wuxuu yiri is dili", // he said (he'll) kill himself
    ],
  },
  weakCrisis: {
    calm: [
      "go'aan baan gaadhay", // I've made a decision
    ],
    hopeless: [
      "rajo ma qabo", // I have no hope
    ],
    time: [
      "caawa", // tonight
    ],
    farewell: [
      "i cafiya", // forgive me (all)
      " i cafi", // forgive me
      "waan idin jeclahay", // I love you all
    ],
    "means-plan": [
      "buundada", // the bridge
      "saqafka", // the roof
    ],
    relative: [
      "wuu maqan yahay", // he is missing
      "way maqan tahay", // she is missing
      "telefoonka demiyay", // switched the phone off
    ],
    burden: [
      "aniga la'aanteyda", // without me
      "iga la'aantay", // without me
    ],
  },
  threat: {
    violence: [
      "mindi baan la imanayaa", // I'm coming with a knife
      "waan ku dili doonaa", // I will kill you
      "waan ku dilayaa", // I'll kill you
      "waan dili doonaa", // I will kill
      "waan dilaynaa", // we'll kill
      "waan ku garaacayaa", // I'll beat you
      "waan garaacaynaa", // we'll beat
    ],
    doxxing: [
      "waan ognahay meesha uu deggan yahay", // we know where he lives
      "waan ognahay meesha ay deggan tahay", // we know where she lives
      "waan ogahay meesha aad deggan tahay", // I know where you live
    ],
    warning: [
      "waad ka qoomameyn doontaan", // you'll regret it
      "aargoos", // revenge
      "aar goosan", // take revenge
      "aarsan", // take revenge (aarsan doonnaa)
      "aargud", // revenge (aargudasho)
      "waad ka qoomameyn doontaa", // you will regret it
      "waad ka shalayn doontaa", // you will regret it
    ],
    "bomb-fire": [
      "cisbitaalka waan gubi", // I'll burn the hospital
      "waan gubayaa", // I'll burn (it)
      "bam dhig", // plant a bomb
      "qarax", // explosion
      "dab qabadsiin", // set on fire
    ],
  },
  words: [
    "waxaan",
    "waa",
    "iyo",
    "ma",
    "aan",
    "hooyo",
    "hooyadey",
    "aabbe",
    "mahadsanid",
    "fadlan",
    "isbitaalka",
    "dhakhtarka",
    "waxay",
    "wuxuu",
    "ayaa",
    "oo",
    "ka",
    "ku",
    "la",
  ],
};
