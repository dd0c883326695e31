import type { LanguageCues } from "./types.js";

/** Bengali (Bangla), in Bengali script and romanised; Sylheti speakers mostly write standard Bengali. */
export const BENGALI: LanguageCues = {
  code: "bn",
  name: "Bengali",
  crisis: {
    "want-to-die": [
      "মরতে চাই", // I want to die
      "মরে যেতে চাই", // I want to die
      "বাঁচতে চাই না", // I don't want to live
      "বাঁচতে চায় না", // (he/she) doesn't want to live
      "আর বাঁচতে চাই না", // I don't want to live any more
      "মরতে চায়", // (he/she) wants to die
      "morte chai", // I want to die
      "more jete chai", // I want to die
      "bachte chai na", // I don't want to live
      "ar bachte chai na", // I don't want to live any more
    ],
    suicide: [
      "আত্মহত্যা", // suicide
      "নিজেকে মেরে ফেল", // kill oneself
      "নিজেকে শেষ করে", // finish oneself
      "গলায় দড়ি", // a rope round the neck (hanging)
      "সব শেষ করে দেব", // I'll end it all
      "atmohotta", // suicide
      "attohotta", // suicide
      "nijeke mere fel", // kill myself
      "nijeke shesh kor", // finish myself
      "sob shesh kore dibo", // I'll end it all
    ],
    "self-harm": [
      "নিজেকে কেটে", // cut myself
      "হাত কেটেছি", // I cut my arm
      "nijeke kete", // cut myself
      "নিজেকে কাট", // cut oneself
      "হাত কেটে", // cutting (my) arm
      "নিজের ক্ষতি", // harm to oneself
      "nijeke kat", // cut myself
      "haat kete", // cutting (my) arm
    ],
    overdose: [
      "সব ওষুধ খেয়ে", // took all the medicine
      "সব ট্যাবলেট খেয়ে", // took all the tablets
      "ঘুমের ওষুধ খেয়ে", // took sleeping pills
      "shob oshudh kheye", // took all the medicine
      "sob osudh kheye", // took all the medicine
      "সব ওষুধ খেয়ে", // took all the medicine
      "ওষুধ খেয়ে ফেলেছে", // has taken (the) medicine
      "অনেক ওষুধ খেয়ে", // took a lot of medicine
      "ঘুমের ওষুধ", // sleeping pills
      "সব বড়ি", // all the pills
      "sob oshudh kheye", // took all the medicine
      "ghumer oshudh", // sleeping pills
    ],
    farewell: [
      "আমার শেষ মেসেজ", // my last message
      "আমার শেষ বার্তা", // my last message
      "amar shesh message", // my last message
      "আমাকে ক্ষমা করে দিও", // forgive me
      "সবাইকে বিদায়", // goodbye everyone
      "আমার বাচ্চাদের বলো", // tell my children
      "আমি আর থাকব না", // I won't be here any more
      "amake khoma kore dio", // forgive me
      "sobaike biday", // goodbye everyone
    ],
    burden: [
      "সবার জন্য বোঝা", // a burden to everyone
      "বোঝা হয়ে গেছি", // I've become a burden
      "আমি একটা বোঝা", // I am a burden
      "আমি বোঝা", // I am a burden
      "আমাকে ছাড়া ভালো থাকবে", // will be better off without me
      "ami bojha", // I am a burden
      "বোঝা হয়ে", // having become a burden
      "আমি একটা বোঝা", // I am a burden
      "আমাকে ছাড়া ভালো থাকবে", // they'll be better without me
      "bojha hoye", // having become a burden
      "ami ekta bojha", // I am a burden
    ],
    hopeless: [
      "কেউ আমাকে সাহায্য করতে পারবে না", // nobody can help me
      "আর পারছি না", // I can't any more
      "আর সহ্য করতে পারছি না", // I can't bear it any more
      "কোন আশা নেই", // there is no hope
      "কিছুই বদলাবে না", // nothing will change
      "ar parchi na", // I can't any more
      "ar sojjo korte parchi na", // I can't bear it any more
    ],
    "means-plan": [
      "দড়ি কিনেছি", // I bought a rope
      "ব্রিজ থেকে লাফ", // jump off the bridge
      "ওষুধ জমিয়ে", // saved up medicine
      "ট্রেনের সামনে ঝাঁপ", // jump in front of the train
      "ব্রিজের উপর", // on the bridge
      "সেতুর উপর", // on the bridge
      "ছাদের কিনারে", // on the edge of the roof
      "ছাদ থেকে লাফ", // jump from the roof
      "লাফ দেব", // I'll jump
      "লাফ দেবে", // (he/she) will jump
      "লাফ দিতে", // to jump
      "আজ রাতে সব শেষ", // tonight it all ends
      "laf dibo", // I'll jump
      "chad theke laf", // jump from the roof
    ],
    relative: [
      "বলছে মরে যাবে", // is saying he/she will die
      "বলছে লাফ দেবে", // is saying he/she will jump
    ],
  },
  weakCrisis: {
    relative: [
      "নিখোঁজ", // missing
      "ফোন ধরছে না", // isn't answering the phone
    ],
    calm: [
      "সিদ্ধান্ত নিয়ে ফেলেছি", // I've made my decision
    ],
    hopeless: [
      "কোনো আশা নেই", // no hope
      "আর পারছি না", // I can't any more
      "ar parchi na", // I can't any more
    ],
    farewell: [
      "আমাকে ক্ষমা করে দিও", // forgive me
      "বিদায়", // farewell
      "আমার বাচ্চাদের দেখে রেখো", // look after my children
      "amake khoma kore dio", // forgive me
    ],
    time: [
      "আজ রাতে", // tonight
      "aaj rate", // tonight
    ],
  },
  threat: {
    violence: [
      "ছুরি নিয়ে আসব", // I'll come with a knife
      "ছুরি মারব", // I'll stab
      "মেরে ফেলব", // I'll kill
      "মেরে ফেলবো", // I'll kill
      "খুন করব", // I'll murder
      "পেটাব", // I'll beat
      "মারব", // I'll beat
      "ছুরি মার", // stab
      "হাত পা ভেঙে", // breaking arms and legs
      "mere felbo", // I'll kill
      "khun korbo", // I'll murder
      "petabo", // I'll beat
    ],
    doxxing: [
      "বাড়ি পর্যন্ত পিছু", // followed home
      "কোথায় থাকে জানি", // we know where (he/she) lives
      "কোথায় থাকে আমরা জানি", // we know where (he/she) lives
      "বাইরে দেখে নেব", // we'll see (her) outside
      "বাইরে দেখা হবে", // we'll meet outside
      "kothay thake jani", // we know where (he/she) lives
      "baire dekhe nebo", // we'll see (her) outside
    ],
    warning: [
      "কে ছাড়ব না", // I won't spare (him, her, you): with the object ending, not "I won't quit (my job)"
      "ke chharbo na", // I won't spare (him, her, you)
      "ke charbo na", // I won't spare (him, her, you)
      "পস্তাবে", // you'll regret it
      "পস্তাবে", // you'll regret it
      "প্রতিশোধ", // revenge
      "দেখে নেব", // we'll deal with (you)
      "postabe", // you'll regret it
    ],
    "bomb-fire": [
      "আগুন লাগিয়ে দেব", // I'll set fire
      "বোমা", // bomb
      "বোমা", // bomb
      "আগুন লাগিয়ে দেব", // I'll set fire
    ],
  },
  words: [
    "ami",
    "amar",
    "tumi",
    "apni",
    "apnar",
    "kore",
    "korte",
    "hobe",
    "ache",
    "nei",
    "na",
    "ki",
    "keno",
    "kobe",
    "kothay",
    "ekta",
    "onek",
    "dhonnobad",
  ],
};
