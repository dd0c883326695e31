import type { LanguageCues } from "./types.js";

/**
 * Persian (Farsi and Dari), in Persian script and romanised (Finglish). The zero-width non-joiner is
 * folded away, so stems start after the "می" prefix, which people write joined, spaced or with it.
 */
export const PERSIAN: LanguageCues = {
  code: "fa",
  name: "Persian",
  crisis: {
    "want-to-die": [
      "خواهم بمیرم", // (I) want to die
      "خوام بمیرم", // (I) want to die (spoken)
      "خواد بمیرم", // (my heart) wants me to die
      "نمیخواهم زنده", // I don't want to be alive
      "نمی خواهم زنده", // I don't want to be alive
      "نمیخوام زنده", // I don't want to be alive (spoken)
      "نمی خوام زنده", // I don't want to be alive (spoken)
      "نمیخوام زندگی کنم", // I don't want to live (spoken)
      "نمی خوام زندگی کنم", // I don't want to live (spoken)
      "mikham bemiram", // I want to die
      "mikhaam bemiram", // I want to die
    ],
    suicide: [
      "خودکشی", // suicide
      "خودم را بکش", // kill myself
      "خودمو بکش", // kill myself (spoken)
      "خودش را بکش", // kill himself/herself
      "خودشو بکش", // kill himself/herself (spoken)
      "زندگیم پایان", // (put an) end to my life
      "زندگیش پایان", // (put an) end to his/her life
      "khodkoshi", // suicide
      "khodamo bekosham", // kill myself
      "khodamo mikosham", // I'll kill myself
    ],
    "self-harm": [
      "خودمو زخمی کردم", // I hurt myself
      "رگمو زدم", // I cut my vein
      "رگم را زدم", // I cut my vein
      "خودزنی", // self-harm
      "به خودم آسیب", // harm to myself
      "به خودش آسیب", // harm to himself/herself
      "رگم را زدم", // I cut my vein
      "رگمو زدم", // I cut my vein (spoken)
      "رگ دستم", // my wrist vein
    ],
    overdose: [
      "همه قرصها را خوردم", // I took all the pills
      "همه قرص ها رو خوردم", // I took all the pills (colloquial)
      "همه قرصارو خوردم", // I took all the pills (colloquial)
      "یک بسته قرص خوردم", // I took a whole pack of pills
      "hame ghorsa ro khordam", // I took all the pills
      "همه قرص", // all the pills
      "یک مشت قرص", // a handful of pills
      "قرص خواب", // sleeping pills
      "اوردوز", // overdose
      "قرص جمع کرد", // collected pills
    ],
    farewell: [
      "این آخرین پیام", // this is the last message
      "آخرین پیامم", // my last message
      "وسایلم را بخشیدم", // I gave away my things
      "منو ببخشید", // forgive me
      "مرا ببخشید", // forgive me
      "خداحافظ همه", // goodbye everyone
      "دوستشون دارم", // (tell them) I love them (spoken)
      "دوستشان دارم", // (tell them) I love them
      "آخرین پیام", // last message
    ],
    burden: [
      "سربار", // a burden
      "بدون من بهتر", // better without me
      "sarbaar", // a burden
      "سربار", // a burden
      "بار اضافه", // an extra load
      "بدون من راحت", // better off without me
      "بدون من خوشحال", // happier without me
    ],
    hopeless: [
      "هیچکس نمیتونه کمکم کنه", // nobody can help me
      "هیچ کس نمی تواند به من کمک کند", // nobody can help me
      "دیگه نمیتونم", // I can't any more (spoken)
      "دیگه نمی تونم", // I can't any more (spoken)
      "دیگر نمیتوانم", // I can't any more
      "دیگر نمی توانم", // I can't any more
      "تحمل ندارم", // I can't bear it
      "هیچ امیدی", // no hope at all
      "از زندگی خسته", // tired of life
      "dige nemitunam", // I can't any more
    ],
    "means-plan": [
      "طناب خریدم", // I bought a rope
      "از پل بپرم", // jump off the bridge
      "قرص جمع کردم", // I gathered pills
      "روی پل", // on the bridge
      "پشت بام", // on the roof
      "بپرم پایین", // (that I) jump down
      "میپرم", // I'll jump
    ],
    relative: [
      "بیدار نمیشه", // (he/she) isn't waking up
    ],
  },
  weakCrisis: {
    relative: [
      "گم شده", // has gone missing
      "جواب نمیده", // isn't answering
    ],
    calm: [
      "تصمیممو گرفتم", // I've made my decision
    ],
    hopeless: [
      "هیچ امیدی ندارم", // I have no hope
    ],
    farewell: [
      "حلالم کنید", // forgive me (farewell)
      "منو ببخشید", // forgive me
      "halalam konid", // forgive me (farewell)
    ],
    time: [
      "امشب", // tonight
      "emshab", // tonight
    ],
    "means-plan": [
      "طناب", // rope
    ],
  },
  threat: {
    violence: [
      "با چاقو میام", // I'll come with a knife
      "چاقو دارم", // I have a knife
      "کشمت", // (I'll) kill you (میکشمت / می کشمت)
      "کشیمت", // (we'll) kill you
      "زنمت", // (I'll) hit you (میزنمت)
      "میکشمش", // I'll kill him/her
      "می کشمش", // I'll kill him/her
      "mikoshamet", // I'll kill you
      "mikoshimet", // we'll kill you
    ],
    doxxing: [
      "تا خونه دنبالش کردم", // I followed (her) home
      "دونم کجا زندگی", // (I) know where (you) live
      "دانم کجا زندگی", // (I) know where (you) live
      "دونیم کجا زندگی", // (we) know where (he/she) lives
      "خونش کجاست", // where his/her house is
      "midunam koja zendegi", // I know where (you) live
    ],
    warning: [
      "پشیمون میشید", // you'll regret it
      "پشیمان می شوید", // you'll regret it
      "پشیمون میشی", // you'll regret it
      "پشیمان خواهی شد", // you will regret it
      "انتقام", // revenge
    ],
    "bomb-fire": [
      "آتیش میزنم", // I'll set fire
      "بمب میذارم", // I'll plant a bomb
      " بمب ", // bomb
      "آتیش میزن", // (I'll) set fire
      "آتش میزن", // (I'll) set fire
      "آتش می زن", // (I'll) set fire
    ],
  },
  words: ["mikham", "nemitunam", "khaste", "lotfan", "kheili", "chetori", "hastam", "nist", "chera", "dige"],
};
