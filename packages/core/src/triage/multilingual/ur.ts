import type { LanguageCues } from "./types.js";

/**
 * Urdu, in Nastaliq script and romanised (Roman Urdu, as most people type it on a phone). Arabic-script
 * letter variants are folded (ی/ي, ک/ك, ہ/ه), so one spelling finds the others.
 */
export const URDU: LanguageCues = {
  code: "ur",
  name: "Urdu",
  crisis: {
    "want-to-die": [
      "مرنا چاہتا", // (I) want to die (m.)
      "مرنا چاہتی", // (I) want to die (f.)
      "جینا نہیں چاہتا", // don't want to live (m.)
      "جینا نہیں چاہتی", // don't want to live (f.)
      "زندہ نہیں رہنا", // don't want to stay alive
      "مر جانا چاہت", // want to die
      "marna chahta", // want to die (m.)
      "marna chahti", // want to die (f.)
      "mar jana chahta", // want to die (m.)
      "mar jana chahti", // want to die (f.)
      "mar jaana chaht", // want to die
      "jeena nahi chaht", // don't want to live
      "jina nahi chaht", // don't want to live
      "jeena nahin chaht", // don't want to live
      "zinda nahi rehna", // don't want to stay alive
      "zinda nahin rehna", // don't want to stay alive
      "mujhe marna hai", // I have to / want to die
      "jeene ka mann nahi", // no wish to live
    ],
    suicide: [
      "خودکشی", // suicide
      "خود کشی", // suicide
      "اپنے آپ کو مار", // kill oneself
      "خود کو مار", // kill oneself
      "اپنی جان لے", // take one's own life
      "جان دے دوں", // I'll give up my life
      "پھانسی لگا", // hang (oneself)
      "khudkushi", // suicide
      "khud kushi", // suicide
      "khudkhushi", // suicide (common spelling)
      "apne aap ko maar", // kill myself
      "khud ko maar", // kill myself
      "apni jaan le", // take my own life
      "jaan de dunga", // I'll give up my life
      "jaan de dungi", // I'll give up my life (f.)
      "phansi laga", // hang (oneself)
      "sab khatam kar dunga", // I'll end it all
      "sab khatam kar dungi", // I'll end it all (f.)
      "zindagi khatam", // end (my) life
      "زندگی ختم", // end (my) life
    ],
    "self-harm": [
      "خود کو کاٹ", // cut myself
      "اپنے آپ کو کاٹ", // cut myself
      "khud ko kaat", // cut myself
      "apne aap ko kaat", // cut myself
      "اپنے آپ کو کاٹ", // cut myself
      "خود کو نقصان", // harm myself
      "خود کو کاٹ", // cut myself
      "apne aap ko kaat", // cut myself
      "khud ko kaat", // cut myself
      "khud ko nuksan", // harm myself
      "khud ko nuqsan", // harm myself
      "bazu kaat", // cut (my) arm
      "baazu kaat", // cut (my) arm
      "nas kaat", // cut (my) vein
    ],
    overdose: [
      "ساری گولیاں کھا لی", // (I) took all the pills
      "ساری دوائی کھا لی", // (I) took all the medicine
      "پورا پتہ کھا لیا", // (I) took the whole strip
      "sari goliyan kha li", // (I) took all the pills
      "saari goliyan kha li", // (I) took all the pills
      "sab goliyan kha li", // (I) took all the pills
      "sari dawai kha li", // (I) took all the medicine
      "ساری گولیاں", // all the pills
      "نیند کی گولیاں", // sleeping pills
      "بہت ساری گولیاں", // lots of pills
      "saari goliyan", // all the pills
      "sari goliyan", // all the pills
      "neend ki goliyan", // sleeping pills
      "neend ki goli", // sleeping pill(s)
      "goliyan kha li", // has eaten/taken pills
      "goliyan nigal", // swallowed pills
      "saari dawai kha", // took all the medicine
      "sari dawai kha", // took all the medicine
    ],
    farewell: [
      "یہ میرا آخری پیغام", // this is my last message
      "میرا آخری میسج", // my last message
      "اپنی چیزیں بانٹ دی", // gave away my things
      "ye mera aakhri message", // this is my last message
      "yeh mera akhri message", // this is my last message
      "mera aakhri paigham", // my last message
      "apni cheezein baant di", // gave away my things
      "مجھے معاف کر دینا", // forgive me
      "سب کو الوداع", // goodbye to everyone
      "میرے بچوں کو بتانا", // tell my children
      "mujhe maaf kar dena", // forgive me
      "mujhe maaf karna", // forgive me
      "sab ko alvida", // goodbye to everyone
      "alvida sab", // goodbye all
      "mere bachon ko batana", // tell my children
      "mere bachon ko kehna", // tell my children
      "main nahi rahunga", // I won't be here (m.)
      "main nahi rahungi", // I won't be here (f.)
      "aakhri message", // last message
      "akhri message", // last message
    ],
    burden: [
      "میں بوجھ ہوں", // I am a burden
      "میرے بغیر بہتر", // better without me
      "سب پر بوجھ", // a burden on everyone
      "mere baghair behtar", // better without me
      "mere bina sab khush", // everyone happy without me
      "sab par bojh", // a burden on everyone
      "بوجھ ہوں", // I am a burden
      "بوجھ بن گیا", // have become a burden (m.)
      "بوجھ بن گئی", // have become a burden (f.)
      "میرے بغیر خوش", // happy without me
      "bojh hoon", // I am a burden
      "bojh hun", // I am a burden
      "bojh ban gaya", // have become a burden (m.)
      "bojh ban gayi", // have become a burden (f.)
      "mere bina khush", // happy without me
      "mere baghair khush", // happy without me
      "mere bina behtar", // better without me
    ],
    hopeless: [
      "کوئی میری مدد نہیں کر سکتا", // nobody can help me
      "koi meri madad nahi kar sakta", // nobody can help me
      "برداشت نہیں ہوتا", // can't bear it
      "اور برداشت نہیں", // can't bear any more
      "کوئی امید نہیں", // no hope
      "aur bardasht nahi", // can't bear any more
      "bardasht nahi hota", // can't bear it
      "ab aur nahi seh", // can't take any more
      "aur nahi seh sakta", // can't take any more (m.)
      "aur nahi seh sakti", // can't take any more (f.)
      "koi umeed nahi", // no hope
      "koi umeed nahin", // no hope
      "jeene ka koi matlab nahi", // no point in living
    ],
    "means-plan": [
      "گولیاں جمع کر", // gathered pills
      "رسی خرید لی", // bought a rope
      "پل سے چھلانگ", // jump off the bridge
      "ٹرین کے آگے کود", // jump in front of the train
      "goliyan jama kar", // gathered pills
      "rassi khareed li", // bought a rope
      "pul se chhalang", // jump off the bridge
      "train ke aage kood", // jump in front of the train
      "پل پر", // on the bridge
      "چھت پر", // on the roof
      "چھلانگ لگا", // jump
      "کود جا", // jump
      "pul par", // on the bridge
      "pul pe", // on the bridge
      "chhat par", // on the roof
      "chhat pe", // on the roof
      "chhalang", // a jump
      "kood jaunga", // I'll jump (m.)
      "kood jaungi", // I'll jump (f.)
      "koodne wala", // about to jump
      "train ke aage", // in front of the train
    ],
    relative: [
      "کہتا ہے مر جاؤں گا", // he says he will die
      "kehta hai mar jaunga", // he says he'll die
      "kehti hai mar jaungi", // she says she'll die
    ],
  },
  weakCrisis: {
    relative: [
      "لاپتہ", // missing
      "فون نہیں اٹھا رہا", // isn't picking up the phone
      "lapata hai", // is missing
      "phone nahi utha raha", // isn't picking up the phone
      "phone nahi utha rahi", // isn't picking up the phone (f.)
    ],
    hopeless: [
      "کوئی امید نہیں", // no hope
      "koi umeed nahi", // no hope
    ],
    calm: [
      "فیصلہ کر لیا", // (I) have made my decision
      "اب سکون ہے", // now there is peace
      "faisla kar liya", // (I) have made my decision
    ],
    farewell: [
      "مجھے معاف کر دینا", // forgive me
      "میرے بچوں کا خیال رکھنا", // look after my children
      "وصیت لکھ", // wrote the will
      "maaf kar dena", // forgive me
      "mere bachon ka khayal rakhna", // look after my children
      "wasiyat likh", // wrote the will
    ],
    time: [
      "آج رات", // tonight
      "aaj raat", // tonight
    ],
  },
  threat: {
    violence: [
      "چاقو لے کر آؤں گا", // I'll come with a knife
      "چاقو مار دوں گا", // I'll stab
      "گولی مار دوں گا", // I'll shoot
      "chaku le kar aaunga", // I'll come with a knife
      "chaku maar dunga", // I'll stab
      "goli maar dunga", // I'll shoot
      "مار دوں گا", // I'll kill (m.)
      "جان سے مار", // kill (lit. by life)
      "ٹانگیں توڑ", // break legs
      "ہڈیاں توڑ", // break bones
      "چاقو مار", // stab
      "maar dunga", // I'll kill / beat
      "maar doonga", // I'll kill / beat
      "maar daalunga", // I'll kill
      "maar dalunga", // I'll kill
      "maar denge", // we'll kill / beat
      "jaan se maar", // kill
      "taangein tod", // break legs
      "tange tod", // break legs
      "haddiyan tod", // break bones
      "chaku maar", // stab
      "chaaku maar", // stab
      "tujhe dekh lunga", // I'll deal with you
      "tumhe dekh lenge", // we'll deal with you
      "usko dekh lenge", // we'll deal with him/her
      "use dekh lenge", // we'll deal with him/her
      "nipat lunga", // I'll settle with (him)
      "nipat lenge", // we'll settle with (him)
      "sabak sikha", // teach a lesson
    ],
    doxxing: [
      "گھر تک پیچھا", // followed to the home
      "پارکنگ میں انتظار کروں گا", // I'll wait in the car park
      "ghar tak peecha", // followed home
      "parking mein intezar karunga", // I'll wait in the car park
      "پتہ ہے کہاں رہت", // (we) know where (he/she) lives
      "معلوم ہے کہاں رہت", // (we) know where (he/she) lives
      "pata hai kahan reh", // (we) know where (he/she) lives
      "pata hai ke kahan reh", // (we) know where (he/she) lives
      "jaante hain kahan reh", // we know where (he/she) lives
      "maloom hai kahan reh", // (we) know where (he/she) lives
      "gaadi ka number pata", // (we) know the car number
      "gari ka number pata", // (we) know the car number
      "bahar milenge", // we'll meet (him) outside
      "bahar intezar", // waiting outside
    ],
    warning: [
      "نہیں چھوڑوں گا", // I won't spare (you)
      "چھوڑوں گا نہیں", // I won't spare (you)
      "nahi chhodunga", // I won't spare (you)
      "nahi chodunga", // I won't spare (you)
      "chhodunga nahi", // I won't spare (you)
      "chodunga nahi", // I won't spare (you)
      "nahi chhodenge", // we won't spare (you)
      "tumhe dekh lunga", // I'll deal with you
      "ورنہ میں آ جاؤں گا", // or else I'll come
      "پچھتاؤ گے", // you'll regret it
      "warna main aa jaunga", // or else I'll come
      "pachtaoge", // you'll regret it
      "پچھتاؤ گے", // you'll regret it
      "بدلہ لیں گے", // we'll take revenge
      "pachtaoge", // you'll regret it
      "pachtaega", // (he) will regret it
      "pachtayega", // (he) will regret it
      "badla lenge", // we'll take revenge
      "badla lunga", // I'll take revenge
    ],
    "bomb-fire": [
      "آگ لگا دوں گا", // I'll set fire
      "بم رکھ دوں گا", // I'll plant a bomb
      "aag laga dunga", // I'll set fire
      "bomb rakh dunga", // I'll plant a bomb
      " بم ", // bomb
      "آگ لگا دوں", // I'll set fire
      "aag laga dunga", // I'll set fire
      "aag laga denge", // we'll set fire
      "bomb laga", // plant a bomb
    ],
  },
  words: [
    "hai",
    "hain",
    "nahi",
    "nahin",
    "mera",
    "meri",
    "mere",
    "mujhe",
    "aap",
    "kya",
    "ko",
    "ka",
    "ki",
    "ke",
    "se",
    "aur",
    "bahut",
    "kyun",
    "kab",
    "kahan",
    "ho",
    "tha",
    "thi",
    "gaya",
    "gayi",
    "raha",
    "rahi",
    "aaj",
    "toh",
    "hum",
    "gaye",
    "dil",
    "kal",
    "abhi",
    "bhi",
    "koi",
    "kuch",
    "sab",
    "yeh",
    "woh",
    "tum",
    "mein",
    "hy",
    "nai",
    "ni",
    "kar",
    "karo",
    "kia",
    "kiya",
    "hua",
    "hui",
    "wala",
    "wali",
    "walon",
    "dekh",
    "tera",
    "teri",
    "apna",
    "apni",
    "hamara",
    "liye",
    "lekin",
    "agar",
    "sirf",
    "phir",
    "bohat",
    "bhai",
    "yaar",
  ],
};
