import type { LanguageCues } from "./types.js";

/** Panjabi: Gurmukhi, Shahmukhi (Arabic script) and romanised, as typed on a phone. */
export const PANJABI: LanguageCues = {
  code: "pa",
  name: "Panjabi",
  crisis: {
    "want-to-die": [
      "ਮਰਨਾ ਚਾਹੁੰਦਾ", // (I) want to die (m.)
      "ਮਰਨਾ ਚਾਹੁੰਦੀ", // (I) want to die (f.)
      "ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦ", // don't want to live
      "ਜਿਉਣਾ ਨਹੀਂ ਚਾਹੁੰਦ", // don't want to live
      "مرنا چاہندا", // want to die (Shahmukhi, m.)
      "مرنا چاہندی", // want to die (Shahmukhi, f.)
      "جینا نئیں چاہند", // don't want to live (Shahmukhi)
      "marna chaunda", // want to die (m.)
      "marna chaundi", // want to die (f.)
      "marna chahunda", // want to die (m.)
      "marna chahundi", // want to die (f.)
      "mar jana chaunda", // want to die
      "jeena nahi chaunda", // don't want to live (m.)
      "jeena nahi chaundi", // don't want to live (f.)
      "jina nahi chaunda", // don't want to live
      "jee nahi sakda", // can't live (m.)
      "jee nahi sakdi", // can't live (f.)
      "nahi jee sakda", // can't live (m.)
      "nahi jee sakdi", // can't live (f.)
    ],
    suicide: [
      "ਖ਼ੁਦਕੁਸ਼ੀ", // suicide
      "ਆਤਮਹੱਤਿਆ", // suicide
      "ਆਪਣੇ ਆਪ ਨੂੰ ਮਾਰ", // kill oneself
      "ਆਪਣੀ ਜਾਨ ਲੈ", // take one's own life
      "خودکشی", // suicide (Shahmukhi)
      "اپنے آپ نوں مار", // kill oneself (Shahmukhi)
      "apne aap nu maar", // kill myself
      "apne aap nu mar", // kill myself
      "khud nu maar", // kill myself
      "apni jaan lai", // take my own life
      "jaan de deni", // give up (my) life
      "sab khatam karna chaunda", // want to end it all
      "khatam karna chaunda", // want to end (it)
    ],
    "self-harm": [
      "ਆਪਣੇ ਆਪ ਨੂੰ ਕੱਟ", // cut myself
      "apne aap nu kat", // cut myself
      "ਆਪਣੇ ਆਪ ਨੂੰ ਕੱਟ", // cut oneself
      "ਆਪਣੇ ਆਪ ਨੂੰ ਨੁਕਸਾਨ", // harm oneself
      "apne aap nu kat", // cut myself
      "apne aap nu nuksan", // harm myself
      "baah kat", // cut (my) arm
      "bah kat", // cut (my) arm
    ],
    overdose: [
      "ਸਾਰੀਆਂ ਗੋਲੀਆਂ ਖਾ ਲ", // took all the pills
      "ساریاں گولیاں کھا ل", // took all the pills (Shahmukhi)
      "saariyan goliyan kha", // took all the pills
      "sariyan goliyan kha", // took all the pills
      "ਸਾਰੀਆਂ ਗੋਲੀਆਂ", // all the pills
      "ساریاں گولیاں", // all the pills (Shahmukhi)
      "saariyan goliyan", // all the pills
      "sariyan goliyan", // all the pills
      "goliyan kha laiyan", // has taken pills
      "goliyan kha layian", // has taken pills
      "saari dawai kha", // took all the medicine
    ],
    farewell: [
      "ਮੇਰਾ ਆਖਰੀ ਸੁਨੇਹਾ", // my last message
      "ਮੇਰਾ ਆਖ਼ਰੀ ਮੈਸੇਜ", // my last message
      "mera aakhri sunehaa", // my last message
      "ਮੈਨੂੰ ਮਾਫ਼ ਕਰ ਦਿਓ", // forgive me
      "ਸਭ ਨੂੰ ਅਲਵਿਦਾ", // goodbye to everyone
      "مینوں معاف کر دیو", // forgive me (Shahmukhi)
      "mainu maaf kar deyo", // forgive me
      "mainu maaf kar dio", // forgive me
      "mainu maaf karna", // forgive me
      "sab nu alvida", // goodbye to everyone
      "bachiyan nu dasna", // tell the children
    ],
    burden: [
      "ਮੈਂ ਬੋਝ ਹਾਂ", // I am a burden
      "ਮੇਰੇ ਬਿਨਾਂ ਚੰਗਾ", // better without me
      "میں بوجھ آں", // I am a burden (Shahmukhi)
      "main bojh haan", // I am a burden
      "mere bina changa", // better without me
      "ਬੋਝ ਹਾਂ", // I am a burden
      "ਬੋਝ ਬਣ ਗਿਆ", // have become a burden
      "bojh haan", // I am a burden
      "bojh ban gaya", // have become a burden (m.)
      "bojh ban gayi", // have become a burden (f.)
      "mere bina khush", // happy without me
      "mere bagair khush", // happy without me
    ],
    hopeless: [
      "ਹੋਰ ਬਰਦਾਸ਼ਤ ਨਹੀਂ", // can't bear any more
      "hor bardasht nahi", // can't bear any more
      "bardasht nahi hunda", // can't bear it
      "hor nahi seh sakda", // can't take any more (m.)
      "hor nahi seh sakdi", // can't take any more (f.)
      "koi umeed nahi", // no hope
    ],
    "means-plan": [
      "ਪੁਲ ਤੋਂ ਛਾਲ", // jump off the bridge
      "ਗੋਲੀਆਂ ਇਕੱਠੀਆਂ", // pills gathered
      "pul ton chhal", // jump off the bridge
      "ਪੁਲ ਤੇ", // on the bridge
      "ਛਾਲ ਮਾਰ", // jump
      "ਛੱਤ ਤੇ", // on the roof
      "pul te", // on the bridge
      "pull te", // on the bridge
      "chhat te", // on the roof
      "chaal maar", // jump
      "chhaal maar", // jump
      "shaal maar", // jump
      "chhalang", // a jump
    ],
    relative: [
      "kehnda ke mar jauga", // he says he'll die
      "kehndi ke mar jaugi", // she says she'll die
    ],
  },
  weakCrisis: {
    relative: [
      "ਲਾਪਤਾ", // missing
      "ਫ਼ੋਨ ਨਹੀਂ ਚੁੱਕ", // isn't picking up the phone
    ],
    calm: [
      "ਫ਼ੈਸਲਾ ਕਰ ਲਿਆ", // (I) have made my decision
      "faisla kar lya", // (I) have made my decision
    ],
    hopeless: [
      "ਕੋਈ ਉਮੀਦ ਨਹੀਂ", // no hope
      "ਹੋਰ ਬਰਦਾਸ਼ਤ ਨਹੀਂ", // can't bear more
    ],
    "means-plan": [
      "ਰੱਸੀ", // rope
    ],
    time: [
      "ਅੱਜ ਰਾਤ", // tonight
      "اج رات", // tonight (Shahmukhi)
      "ajj raat", // tonight
    ],
    farewell: [
      "ਮੈਨੂੰ ਮਾਫ਼ ਕਰ ਦੇਣਾ", // forgive me
      "ਮੇਰੇ ਬੱਚਿਆਂ ਦਾ ਖਿਆਲ ਰੱਖ", // look after my children
      "ਅਲਵਿਦਾ", // farewell
      "مینوں معاف کر دینا", // forgive me (Shahmukhi)
      "menu maaf kar dena", // forgive me
      "mainu maaf kar dena", // forgive me
      "pyar karda si", // (I) loved (m.)
      "pyar kardi si", // (I) loved (f.)
      "main nahi rehna", // I won't be here
    ],
  },
  threat: {
    violence: [
      "ਚਾਕੂ ਲੈ ਕੇ ਆਵਾਂਗਾ", // I'll come with a knife
      "ਗੋਲੀ ਮਾਰ ਦਿਆਂਗਾ", // I'll shoot
      "chaku lai ke aavanga", // I'll come with a knife
      "ਮਾਰ ਦਿਆਂਗਾ", // I'll kill / beat
      "ਜਾਨੋਂ ਮਾਰ", // kill
      "ਲੱਤਾਂ ਤੋੜ", // break legs
      "مار دیاں گا", // I'll kill (Shahmukhi)
      "لتاں توڑ", // break legs (Shahmukhi)
      "maar dena", // kill / beat
      "maar daanga", // I'll kill / beat
      "maar dunga", // I'll kill / beat
      "maar devange", // we'll kill / beat
      "jaano maar", // kill
      "lattan tod", // break legs
      "lattaan tod", // break legs
      "latan tod", // break legs
      "tangan tod", // break legs
      "dekh lawanga", // I'll deal with (him)
      "dekh lavange", // we'll deal with (him)
      "dekh lawange", // we'll deal with (him)
      "sabak sikhavange", // we'll teach a lesson
      "sabak sikhauna", // teach a lesson
    ],
    doxxing: [
      "ਘਰ ਤੱਕ ਪਿੱਛਾ", // followed home
      "ghar tak picha", // followed home
      "ਪਤਾ ਕਿੱਥੇ ਰਹਿੰਦ", // know where (he/she) lives
      "pata kithe rehnda", // know where he lives
      "pata kithe rehndi", // know where she lives
      "pata e kithe reh", // know where (he/she) lives
      "bahar milange", // we'll meet (him) outside
      "bahar milaange", // we'll meet (him) outside
      "bahar udeekange", // we'll wait outside
      "fer dasda haan", // I'll show you then
    ],
    warning: [
      "ਨਹੀਂ ਛੱਡਾਂਗਾ", // I won't spare (you)
      "ਛੱਡਾਂਗਾ ਨਹੀਂ", // I won't spare (you)
      "nahi chhadanga", // I won't spare (you)
      "chhadanga nahi", // I won't spare (you)
      "nai chaddanga", // I won't spare (you)
      "ਪਛਤਾਵੇਂਗਾ", // you'll regret it
      "pachtaenga", // you'll regret it
      "pachtayenga", // you'll regret it
      "badla lavange", // we'll take revenge
    ],
    "bomb-fire": [
      "ਅੱਗ ਲਾ ਦਿਆਂਗਾ", // I'll set fire
      "ਅੱਗ ਲਗਾ ਦਿਆਂਗਾ", // I'll set fire
      "agg la dunga", // I'll set fire
      "agg laa devanga", // I'll set fire
      "ਅੱਗ ਲਾ ਦਿਆਂਗਾ", // I'll set fire
      "agg la dunga", // I'll set fire
      "agg laa devange", // we'll set fire
    ],
  },
  words: [
    "nahi",
    "haan",
    "hai",
    "nu",
    "ton",
    "da",
    "di",
    "de",
    "mera",
    "meri",
    "mainu",
    "tusi",
    "tuhada",
    "kithe",
    "ki",
    "kado",
    "ji",
    "sat",
    "sri",
    "akal",
    "karda",
    "kardi",
    "gaya",
    "gayi",
    "si",
    "hunda",
    "vich",
  ],
};
