import type { LanguageCues } from "./types.js";

/** Welsh (Cymraeg): the Welsh Language Standards put it beside English for the Welsh trusts. */
export const WELSH: LanguageCues = {
  code: "cy",
  name: "Welsh",
  crisis: {
    "want-to-die": [
      "ddim eisiau byw", // don't want to live
      "dim eisiau byw", // don't want to live
      "eisiau marw", // want to die
      "isio marw", // want to die (northern)
      "moyn marw", // want to die (southern)
      "ddim isio byw", // don't want to live (northern)
      "ddim moyn byw", // don't want to live (southern)
      "ddim eisiau deffro", // don't want to wake up
      "gwell gen i fod yn farw", // I'd rather be dead
    ],
    suicide: [
      "lladd fy hun", // kill myself
      "lladd ei hun", // kill himself/herself
      "lladd eu hunain", // kill themselves
      "hunanladd", // suicide
      "cymryd fy mywyd", // take my life
      "rhoi diwedd ar fy mywyd", // put an end to my life
      "rhoi diwedd ar y cyfan", // put an end to it all
      "gorffen y cyfan", // finish it all
      "crogi fy hun", // hang myself
    ],
    "self-harm": [
      "hunan-niweid", // self-harm
      "hunan niweid", // self-harm
      "niweidio fy hun", // harm myself
      "niweidio ei hun", // harm himself/herself
      "torri fy hun", // cut myself
      "torri fy mreichiau", // cut my arms
      "brifo fy hun", // hurt myself
    ],
    overdose: [
      "gorddos", // overdose
      "cymryd yr holl dabledi", // take all the tablets
      "wedi cymryd yr holl", // has taken all the ...
      "llyncu'r holl", // swallow all the ...
      "llond llaw o dabledi", // a handful of tablets
      "casglu tabledi", // collecting tablets
    ],
    farewell: [
      "sori am bopeth", // sorry for everything
      "mae'n ddrwg gen i am bopeth", // I'm sorry for everything
      "maddeuwch i mi", // forgive me
      "hwyl fawr i bawb", // goodbye everyone
      "ffarwel", // farewell
      "dwedwch wrth fy mhlant", // tell my children
      "dywedwch wrth fy mhlant", // tell my children
      "dweud wrth fy mhlant fy mod i'n eu caru", // tell my children I love them
      "fydda i ddim yma erbyn", // I won't be here by
      "fydda i ddim yma", // I won't be here
      "neges olaf", // last message
      "rhoi fy mhethau i ffwrdd", // giving my things away
    ],
    burden: [
      "baich ar", // a burden on
      "dw i'n faich", // I'm a burden
      "yn well hebdda i", // better without me
      "gwell eu byd hebdda i", // better off without me
    ],
    hopeless: [
      "methu mynd ymlaen", // can't go on
      "alla i ddim mynd ymlaen", // I can't go on
      "alla i ddim cario mlaen", // I can't carry on
      "dim pwynt byw", // no point living
      "dim rheswm i fyw", // no reason to live
      "dim ffordd allan", // no way out
    ],
    "means-plan": [
      "ar y bont", // on the bridge
      "neidio oddi ar", // jump off
      "neidio o'r", // jump from the
      "ar y to", // on the roof
      "rhaff", // rope
      "heno yw'r noson", // tonight is the night
    ],
    relative: [
      "dweud ei fod e am ladd", // says he is going to kill [himself]
      "dweud ei bod hi am ladd", // says she is going to kill [herself]
      "sori am bopeth", // "sorry for everything" (from a relative)
    ],
  },
  weakCrisis: {
    hopeless: [
      "wedi blino gormod", // too tired
      "rhy flinedig", // too tired
    ],
    farewell: [
      "diolch am drio", // thanks for trying
    ],
  },
  threat: {
    violence: [
      "lladd di", // kill you
      "ladd di", // kill you (mutated)
      "lladd chi", // kill you (plural)
      "ladd chi", // kill you (plural, mutated)
      "curo ti", // beat you
      "dy guro di", // beat you
      "torri dy goesau", // break your legs
      "trywanu", // stab
    ],
    doxxing: [
      "gwybod lle ti'n byw", // know where you live
      "gwybod ble ti'n byw", // know where you live
      "gwybod lle mae'n byw", // know where (he/she) lives
      "gwybod ble mae'n byw", // know where (he/she) lives
      "gwybod lle mae hi'n byw", // know where she lives
      "gwybod lle mae e'n byw", // know where he lives
      "aros amdani tu allan", // waiting for her outside
      "aros amdano tu allan", // waiting for him outside
    ],
    warning: [
      "byddi di'n difaru", // you will regret it
      "byddwch chi'n difaru", // you (pl.) will regret it
      "difaru hyn", // regret this
      "dial arnat", // revenge on you
      "cael dial", // get revenge
    ],
    "bomb-fire": [
      "bom yn yr ysbyty", // a bomb in the hospital
      "rhoi'r lle ar dân", // set the place on fire
      "llosgi'r lle", // burn the place
    ],
  },
  words: [
    "dw",
    "mae",
    "ddim",
    "yn",
    "fy",
    "eich",
    "gyda",
    "diolch",
    "ysbyty",
    "chi",
    "ti",
    "wedi",
    "bod",
    "hi",
    "fe",
    "yr",
    "ond",
  ],
};
