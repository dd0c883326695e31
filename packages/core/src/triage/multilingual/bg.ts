import type { LanguageCues } from "./types.js";

/** Bulgarian (български), in Cyrillic and in the Latin transliteration many type on phones. */
export const BULGARIAN: LanguageCues = {
  code: "bg",
  name: "Bulgarian",
  crisis: {
    "want-to-die": [
      "искам да умра", // I want to die
      "не искам да живея", // I don't want to live
      "не искам повече да живея", // I don't want to live any more
      "иска да умре", // (he/she) wants to die
      "iskam da umra", // I want to die
      "ne iskam da zhiveya", // I don't want to live
      "ne iskam da jiveya", // I don't want to live
    ],
    suicide: [
      "самоуби", // suicide (самоубийство, самоубия се)
      "да се самоубия", // to kill myself
      "ще се самоубия", // I'll kill myself
      "ще се обеся", // I'll hang myself
      "да сложа край на живота си", // to end my life
      "samoubi", // suicide (transliterated)
    ],
    "self-harm": [
      "режа се", // I cut myself
      "нараних се нарочно", // I hurt myself on purpose
      "самонаран", // self-harm
    ],
    overdose: [
      "свръхдоза", // overdose
      "всички хапчета", // all the pills
      "всичките хапчета", // all the pills
      "изпих всички", // I took all
      "изпи всички", // (he/she) took all
      "vsichki hapcheta", // all the pills
    ],
    farewell: [
      "простете ми", // forgive me
      "сбогом на всички", // goodbye everyone
      "кажете на децата ми", // tell my children
      "последното ми съобщение", // my last message
      "няма да ме има", // I won't be here
      "prostete mi", // forgive me
    ],
    burden: [
      "съм бреме", // I'm a burden
      "в тежест", // a burden
      "по-добре без мен", // better without me
    ],
    hopeless: [
      "не издържам повече", // I can't bear it any more
      "няма изход", // there's no way out
      "няма смисъл да живея", // there's no point in living
      "ne izdarzham", // I can't bear it
    ],
    "means-plan": [
      "на моста", // on the bridge
      "ще скоча", // I'll jump
      "да скоча от", // to jump from
      "на покрива", // on the roof
    ],
    relative: [
      "казва че ще се самоубие", // says he/she will kill him/herself
    ],
  },
  weakCrisis: {
    hopeless: [
      "не мога повече", // I can't any more
    ],
    "means-plan": [
      "въже", // a rope
    ],
  },
  threat: {
    violence: [
      "ще те убия", // I'll kill you
      "ще го убия", // I'll kill him
      "ще я убия", // I'll kill her
      "ще те пребия", // I'll beat you up
      "ще го пребием", // we'll beat him up
      "ще ти счупя", // I'll break your ...
      "ще те наръгам", // I'll stab you
      "shte te ubiya", // I'll kill you
      "shte te prebiya", // I'll beat you up
    ],
    doxxing: [
      "знам къде живееш", // I know where you live
      "знаем къде живее", // we know where (he/she) lives
      "ще го чакаме отвън", // we'll wait for him outside
      "ще я чакаме отвън", // we'll wait for her outside
      "znam kade zhiveesh", // I know where you live
    ],
    warning: [
      "ще съжаляваш", // you'll regret it
      "ще съжалявате", // you'll regret it (pl.)
      "ще си отмъстя", // I'll take revenge
      "shte sazhalyavash", // you'll regret it
    ],
    "bomb-fire": [
      "бомба", // bomb
      "ще подпаля", // I'll set fire
    ],
  },
  words: ["iskam", "mnogo", "blagodarya", "zashto", "kade", "shte", "nyama", "moya", "moyat", "bolnitsa"],
};
