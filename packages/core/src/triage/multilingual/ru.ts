import type { LanguageCues } from "./types.js";

/** Russian (русский), in Cyrillic and transliterated; ё is folded to е. */
export const RUSSIAN: LanguageCues = {
  code: "ru",
  name: "Russian",
  crisis: {
    "want-to-die": [
      "хочу умереть", // I want to die
      "не хочу жить", // I don't want to live
      "не хочу больше жить", // I don't want to live any more
      "хочет умереть", // (he/she) wants to die
      "не хочу просыпаться", // I don't want to wake up
      "hochu umeret", // I want to die
      "ne hochu zhit", // I don't want to live
    ],
    suicide: [
      "самоубий", // suicide (самоубийство)
      "покончить с собой", // to kill oneself
      "покончу с собой", // I'll kill myself
      "покончит с собой", // (he/she) will kill him/herself
      "убить себя", // to kill myself
      "убью себя", // I'll kill myself
      "повеситься", // to hang oneself
      "повешусь", // I'll hang myself
      "суицид", // suicide
      "pokonchit s soboi", // to kill oneself
      "samoubiistvo", // suicide
    ],
    "self-harm": [
      "режу себя", // I cut myself
      "порезала себя", // I (f.) cut myself
      "порезал себя", // I (m.) cut myself
      "режу руки", // I cut my arms
      "селфхарм", // self-harm
      "причиняю себе боль", // I cause myself pain
    ],
    overdose: [
      "передоз", // overdose
      "все таблетки", // all the tablets
      "выпила все", // I (f.) took all
      "выпил все", // I (m.) took all
      "наглоталась", // (she) swallowed a lot (of pills)
      "наглотался", // (he) swallowed a lot (of pills)
      "копить таблетки", // save up tablets
    ],
    farewell: [
      "простите меня", // forgive me
      "прощайте", // farewell
      "скажите моим детям", // tell my children
      "мое последнее сообщение", // my last message
      "меня больше не будет", // I won't be here any more
      "proshchaite", // farewell
    ],
    burden: [
      "я обуза", // I am a burden
      "обузой для", // a burden for
      "лучше без меня", // better without me
    ],
    hopeless: [
      "не выдержу", // I can't bear it
      "нет выхода", // there's no way out
      "нет смысла жить", // there's no point in living
      "ne mogu bolshe", // I can't any more
    ],
    "means-plan": [
      "на мосту", // on the bridge
      "прыгну", // I'll jump
      "спрыгнуть с", // jump off
      "на крыше", // on the roof
      "под поезд", // under a train
    ],
    relative: [
      "говорит что покончит", // says he/she will end (it)
    ],
  },
  weakCrisis: {
    hopeless: [
      "больше не могу", // I can't any more
    ],
    "means-plan": [
      "веревк", // rope
    ],
  },
  threat: {
    violence: [
      "убью тебя", // I'll kill you
      "я тебя убью", // I'll kill you
      "убьем", // we'll kill
      "изобью", // I'll beat up
      "изобьем", // we'll beat up
      "сломаю тебе", // I'll break your ...
      "сломаем ему", // we'll break his ...
      "зарежу", // I'll stab (to death)
      "ubyu tebya", // I'll kill you
    ],
    doxxing: [
      "знаю где ты живешь", // I know where you live
      "знаем где он живет", // we know where he lives
      "знаем где она живет", // we know where she lives
      "подождем его на выходе", // we'll wait for him at the exit
      "znayu gde ty zhivesh", // I know where you live
    ],
    warning: [
      "пожалеешь", // you'll regret it
      "пожалеете", // you'll regret it (pl.)
      "отомщу", // I'll take revenge
      "отомстим", // we'll take revenge
      "pozhaleesh", // you'll regret it
    ],
    "bomb-fire": [
      "бомба", // bomb
      "бомбу", // bomb (object)
      "подожгу", // I'll set fire
      "сожгу", // I'll burn
    ],
  },
  words: [
    "ya",
    "ne",
    "hochu",
    "pozhaluista",
    "spasibo",
    "ochen",
    "gde",
    "kogda",
    "pochemu",
    "bolnitsa",
    "moya",
    "moi",
    "eto",
    "menya",
  ],
};
