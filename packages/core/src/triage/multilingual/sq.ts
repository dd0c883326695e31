import type { LanguageCues } from "./types.js";

/**
 * Albanian (shqip), as it is typed: ë and ç are often written e and c (the matcher folds them), and
 * "s'" for "nuk" (not). Written from the warning-sign kinds (types.ts), not from any labelled line.
 * "pres" is also "I wait" and "hap" also "a step": they count only with "veten" (myself) or a word
 * for medicine beside them.
 */
export const ALBANIAN: LanguageCues = {
  code: "sq",
  name: "Albanian",
  crisis: {
    "want-to-die": [
      "dua të vdes", // I want to die
      "dua te vdes", // (typed without ë)
      "dëshiroj të vdes", // I wish to die
      "nuk dua të jetoj", // I don't want to live
      "nuk dua më të jetoj", // I don't want to live any more
      "s'dua të jetoj", // I don't want to live
      "sdua te jetoj", // (text-speak)
      "s'dua më të jetoj", // I don't want to live any more
      "s'dua më të zgjohem", // I don't want to wake up any more
      "nuk dua të zgjohem", // I don't want to wake up
      "s'dua të zgjohem", // I don't want to wake up
      "më mirë të isha i vdekur", // better if I were dead (m.)
      "më mirë të isha e vdekur", // better if I were dead (f.)
      "dua të zhdukem përgjithmonë", // I want to disappear for ever
      "do që të vdesë", // (he/she) wants to die
      "do te vdese", // (he/she) wants to die (typed)
    ],
    suicide: [
      "vetëvras", // suicide (vetëvrasje), to kill oneself (vetëvritem)
      "vetvras", // (the common spelling without ë)
      "vetëvrit", // I kill myself (vetëvritem, vetëvritet)
      "vetvrit",
      "vras veten", // kill myself (të vras veten)
      "vrasë veten", // (he/she) kill him/herself (do të vrasë veten)
      "vrava veten",
      "t'i jap fund jetës", // to put an end to (my) life
      "ti jap fund jetes", // (typed)
      "i jap fund jetës", // I end (my) life
      "t'i japë fund jetës", // (he/she) to end (his/her) life
      "marr jetën time", // take my own life
      "të varem në litar", // to hang myself on a rope
    ],
    "self-harm": [
      "vetëdëmtim", // self-harm (vetëdëmtimi)
      "vetedemtim",
      "pres veten", // I cut myself
      "preva veten", // I cut myself (past)
      "pret veten", // (he/she) cuts him/herself
      "preu veten", // (he/she) cut him/herself
      "preva damarët", // I cut my veins
      "pres damarët", // I cut my veins
      "lëndoj veten", // I hurt myself
      "lendova veten", // I hurt myself (past)
      "dëmtoj veten", // I harm myself
      "djeg veten", // I burn myself
    ],
    overdose: [
      "mbidoz", // overdose (mbidozë)
      "piva të gjitha ilaçet", // I swallowed all the medicines
      "piva gjithë ilaçet",
      "mora të gjitha ilaçet", // I took all the medicines
      "mori të gjitha ilaçet", // (he/she) took all the medicines
      "të gjitha tabletat", // all the tablets
      "gjithë tabletat", // all the tablets
      "gjithë kutinë me tableta", // the whole box of tablets
      "gjithë kutinë me ilaçe", // the whole box of medicines
      "gjithë kutinë e ilaçeve",
      "mora shumë tableta", // I took a lot of tablets
      "mori shumë tableta", // (he/she) took a lot of tablets
      "piu shumë tableta", // (he/she) swallowed a lot of tablets
      "po mbledh tableta", // I am collecting tablets
      "kam mbledhur tableta", // I have collected tablets
      "kam mbledhur ilaçe", // I have collected medicines
    ],
    farewell: [
      "lamtumirë të gjithëve", // farewell, everyone
      "lamtumire te gjitheve",
      "ky është mesazhi im i fundit", // this is my last message
      "mesazhi im i fundit", // my last message
      "më falni për gjithçka", // forgive me for everything
      "me falni per gjithcka",
      "u thoni fëmijëve që i dua", // tell the children I love them
      "thuajini mamit që e dua", // tell mum I love her
      "kujdesuni për fëmijët e mi", // look after my children
      "kur të mos jem më", // when I am no longer here
      "nuk do të jem më këtu", // I won't be here any more
      "letër lamtumire", // a farewell letter
      "po i fal gjërat e mia", // I'm giving my things away
      "i fala gjërat e mia", // I gave my things away
      "kush do ta mbajë qenin tim", // who will keep my dog
      "kush do ta mbajë macen time", // who will keep my cat
    ],
    burden: [
      "jam barrë për", // I am a burden for
      "jam barre per",
      "barrë për të gjithë", // a burden for everyone
      "më mirë pa mua", // better without me
      "me mire pa mua",
      "askujt nuk do t'i mungoj", // nobody will miss me
      "askush nuk do të më kujtojë", // nobody will remember me
    ],
    hopeless: [
      "nuk ka kuptim të jetoj", // there is no point in living
      "s'ka kuptim të jetoj",
      "jeta nuk ka kuptim", // life has no meaning
    ],
    "means-plan": [
      "të hidhem nga ura", // to throw myself off the bridge
      "do hidhem nga", // I'll throw myself from
      "do të hidhem nga", // I'll throw myself from
      "të hidhem nga ballkoni", // to throw myself off the balcony
      "të hidhem para trenit", // to throw myself in front of the train
      "hidhem para trenit",
      "kam blerë litar", // I've bought a rope
      "e kam litarin gati", // I have the rope ready
    ],
    relative: [
      "tha që do vrasë veten", // said he/she will kill him/herself
      "do të hidhet nga", // (he/she) will throw him/herself from
      "do hidhet nga",
      "është në çati dhe", // is on the roof and
      "qëndron në buzë të urës", // stands on the edge of the bridge
    ],
    calm: ["më në fund ndihem i qetë", "më në fund ndihem e qetë"], // at last I feel at peace
  },
  weakCrisis: {
    hopeless: [
      "nuk mundem më", // I can't any more
      "nuk duroj dot më", // I can't bear it any more
      "s'duroj dot më",
      "nuk ka rrugëdalje", // there is no way out
      "nuk kam më shpresë", // I have no hope left
      "humba çdo shpresë", // I lost all hope
      "s'ka kuptim", // there is no point
    ],
    farewell: [
      "lamtumirë", // farewell
      "testamentin", // the will
      "fjalëkalimet", // the passwords
      "kujdesu për qenin", // look after the dog
      "kujdesu për macen", // look after the cat
      "faleminderit për gjithçka", // thank you for everything
    ],
    "means-plan": [" litar", "hekurudh", " urë ", " çati"], // a rope, the railway, a bridge, a roof
    relative: ["nuk përgjigjet", "nuk po përgjigjet", "më dërgoi mesazh që më fal"], // not answering
    calm: ["kam marrë vendim", "mora vendimin"], // I have made my decision
    time: [" sonte", " nesër natë"], // tonight, tomorrow night
  },
  threat: {
    violence: [
      "do të vras ", // I will kill you
      "do te vras ",
      "do ju vras", // I will kill you (pl.)
      "do të therr", // I will stab you
      "do te therr",
      "do të rrah", // I will beat you
      "do ju rrah",
      "do e vras doktor", // I will kill the doctor
      "do e vras infermier", // I will kill the nurse
      "do ta vras", // I will kill him/her
    ],
    doxxing: [
      "e di ku banon", // I know where (you/he/she) live(s)
      "e dimë ku banon", // we know where ... lives
      "e di ku rri", // I know where ... stays
      "e di cilën makinë", // I know which car
      "e di ku e ka makinën", // I know where ... keeps the car
      "shkollën e fëmijëve të", // the school of ...'s children
      "do të pres jashtë", // I'll wait for you outside
      "do të pres pas turnit", // I'll wait for you after the shift
    ],
    warning: [
      "do pendohesh", // you'll regret it
      "do të pendohesh",
      "do ta paguash", // you'll pay for it
      "do ta paguani", // you'll pay for it (pl.)
      "ki kujdes kur të kthehesh", // be careful when you go back (home)
      "kujdes kur del nga puna", // careful when you leave work
      "përndryshe do shihni", // or else you'll see
    ],
    "bomb-fire": [
      "bombë në spital", // a bomb in the hospital
      "bombe ne spital",
      "kam vënë një bombë", // I have planted a bomb
      "do ta hedh në erë", // I'll blow it up
      "do ta djeg spitalin", // I'll burn the hospital
      "do i vë zjarrin", // I'll set fire to it
      "do i vene zjarrin",
    ],
  },
  words: ["une", "nuk", "jam", "eshte", "shume", "faleminderit", "pershendetje", "mire", "sepse"],
};
