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
      "се нарязах", // I cut myself (after a word: 'again I cut myself')
      "се режа", // I cut myself (after a word)
      "режа се", // I cut myself
      "нарязах се", // I cut myself
      "режа се", // I cut myself
      "нараних се нарочно", // I hurt myself on purpose
      "самонаран", // self-harm
    ],
    overdose: [
      "изпих всички хапчета", // I took all the pills
      "взех всички хапчета", // I took all the pills
      "цяла кутия хапчета", // a whole box of pills
      "свръхдоз", // overdose
      "izpih vsichki hapcheta", // I took all the pills
      "vzeh vsichki hapcheta", // I took all the pills
      "свръхдоза", // overdose
      "всички хапчета", // all the pills
      "всичките хапчета", // all the pills
      "изпих всички", // I took all
      "изпи всички", // (he/she) took all
      "vsichki hapcheta", // all the pills
    ],
    farewell: [
      "това е последното ми съобщение", // this is my last message
      "раздадох нещата си", // I gave away my things
      "posledno mi saobshtenie", // my last message
      "простете ми", // forgive me
      "сбогом на всички", // goodbye everyone
      "кажете на децата ми", // tell my children
      "последното ми съобщение", // my last message
      "няма да ме има", // I won't be here
      "prostete mi", // forgive me
    ],
    burden: [
      "бреме съм", // I'm a burden
      "в тежест съм", // I'm a burden
      "по-добре без мен", // better without me
      "po-dobre bez men", // better without me
      "съм бреме", // I'm a burden
      "в тежест", // a burden
      "по-добре без мен", // better without me
    ],
    hopeless: [
      "никой не може да ми помогне", // nobody can help me
      "не издържам повече", // I can't bear it any more
      "няма изход", // there's no way out
      "няма смисъл да живея", // there's no point in living
      "ne izdarzham", // I can't bear it
    ],
    "means-plan": [
      "купих въже", // I bought a rope
      "ще скоча от моста", // I'll jump off the bridge
      "събирам хапчета", // I'm collecting pills
      "kupih vazhe", // I bought a rope
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
    relative: [
      "изчезна", // disappeared
      "не си вдига телефона", // isn't answering the phone
    ],
    calm: [
      "взех решение", // I've made a decision
    ],
    farewell: [
      "прощавайте", // farewell (all)
      "простете ми", // forgive me (all)
      "prostete mi", // forgive me
    ],
    time: [
      "тази вечер", // tonight
      "довечера", // tonight
      "dovechera", // tonight
    ],
    hopeless: [
      "нямам надежда", // I have no hope
      "nyamam nadezhda", // I have no hope
      "не мога повече", // I can't any more
    ],
    "means-plan": [
      "въже", // a rope
    ],
  },
  threat: {
    violence: [
      "ще дойда с нож", // I'll come with a knife
      "имам нож", // I have a knife
      "shte doyda s nozh", // I'll come with a knife
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
      "проследих я до вкъщи", // I followed her home
      "ще чакам на паркинга", // I'll wait in the car park
      "знам къде живееш", // I know where you live
      "знаем къде живее", // we know where (he/she) lives
      "ще го чакаме отвън", // we'll wait for him outside
      "ще я чакаме отвън", // we'll wait for her outside
      "znam kade zhiveesh", // I know where you live
    ],
    warning: [
      "дните ти са преброени", // your days are numbered
      "ще ми платиш", // you'll pay me for this
      "ще съжалявате", // you'll regret it
      "shte sazhalyavate", // you'll regret it
      "ще съжаляваш", // you'll regret it
      "ще съжалявате", // you'll regret it (pl.)
      "ще си отмъстя", // I'll take revenge
      "shte sazhalyavash", // you'll regret it
    ],
    "bomb-fire": [
      "ще подпаля", // I'll set fire
      "ще сложа бомба", // I'll plant a bomb
      "бомба", // bomb
      "ще подпаля", // I'll set fire
    ],
  },
  words: ["iskam", "mnogo", "blagodarya", "zashto", "kade", "shte", "nyama", "moya", "moyat", "bolnitsa"],
};
