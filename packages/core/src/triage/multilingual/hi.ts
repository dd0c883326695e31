import type { LanguageCues } from "./types.js";

/** Hindi, in Devanagari and romanised (Hinglish); Nepali shares the script and many of these words. */
export const HINDI: LanguageCues = {
  code: "hi",
  name: "Hindi",
  crisis: {
    "want-to-die": [
      "मरना चाहता", // (I) want to die (m.)
      "मरना चाहती", // (I) want to die (f.)
      "जीना नहीं चाहता", // don't want to live (m.)
      "जीना नहीं चाहती", // don't want to live (f.)
      "मर जाना चाहत", // want to die
      "जीने की इच्छा नहीं", // no wish to live
      "मर्न चाहन्छु", // I want to die (Nepali)
      "बाँच्न चाहन्न", // I don't want to live (Nepali)
      "marna chahta", // want to die (m.)
      "marna chahti", // want to die (f.)
      "mar jana chahta", // want to die (m.)
      "mar jana chahti", // want to die (f.)
      "jeena nahi chaht", // don't want to live
      "jina nahi chaht", // don't want to live
      "jine ki ichha nahi", // no wish to live
      "jeene ki ichha nahi", // no wish to live
      "zinda nahi rehna", // don't want to stay alive
    ],
    suicide: [
      "आत्महत्या", // suicide
      "ख़ुदकुशी", // suicide
      "खुद को मार", // kill oneself
      "अपने आप को मार", // kill oneself
      "अपनी जान ले", // take one's own life
      "जान दे दूं", // I'll give up my life
      "फांसी लगा", // hang (oneself)
      "सब खत्म कर", // end it all
      "aatmahatya", // suicide
      "atmahatya", // suicide
      "aatmhatya", // suicide
      "khudkushi", // suicide
      "khud ko maar", // kill myself
      "apne aap ko maar", // kill myself
      "apni jaan le", // take my own life
      "jaan de dunga", // I'll give up my life
      "jaan de dungi", // I'll give up my life (f.)
      "sab khatam kar dunga", // I'll end it all
      "sab khatam kar dungi", // I'll end it all (f.)
    ],
    "self-harm": [
      "खुद को काट", // cut oneself
      "अपने आप को काट", // cut oneself
      "खुद को नुकसान", // harm oneself
      "हाथ काट", // cut (my) arm/wrist
      "khud ko kaat", // cut myself
      "apne aap ko kaat", // cut myself
      "khud ko nuksan", // harm myself
      "haath kaat", // cut (my) arm
      "hath kaat", // cut (my) arm
      "nas kaat", // cut (my) vein
      "khud ko cut", // cut myself
      "haath pe cut", // cuts on (my) arm
      "kaat leti hoon", // I cut (myself) (f.)
      "kaat leta hoon", // I cut (myself) (m.)
    ],
    overdose: [
      "सारी गोलियां", // all the pills
      "नींद की गोलियां", // sleeping pills
      "बहुत सारी गोलियां", // lots of pills
      "सारी दवाइयां", // all the medicines
      "saari goliyan", // all the pills
      "sari goliyan", // all the pills
      "neend ki goli", // sleeping pill(s)
      "goliyan kha li", // has taken pills
      "saari dawai", // all the medicine
      "saari dawaiyan", // all the medicines
    ],
    farewell: [
      "मुझे माफ़ कर देना", // forgive me
      "सबको अलविदा", // goodbye to everyone
      "मेरे बच्चों को बताना", // tell my children
      "mujhe maaf kar dena", // forgive me
      "mujhe maaf karna", // forgive me
      "sabko alvida", // goodbye to everyone
      "sab ko alvida", // goodbye to everyone
      "mere bachchon ko batana", // tell my children
      "mere bacchon ko batana", // tell my children
      "aakhri message", // last message
    ],
    burden: [
      "बोझ हूं", // I am a burden
      "बोझ बन गया", // have become a burden (m.)
      "बोझ बन गई", // have become a burden (f.)
      "मेरे बिना खुश", // happy without me
      "bojh hoon", // I am a burden
      "bojh hu", // I am a burden
      "bojh ban gaya", // have become a burden (m.)
      "bojh ban gayi", // have become a burden (f.)
      "mere bina khush", // happy without me
      "mere bina behtar", // better without me
    ],
    hopeless: [
      "बर्दाश्त नहीं होता", // can't bear it
      "और नहीं सह सकता", // can't take any more (m.)
      "और नहीं सह सकती", // can't take any more (f.)
      "कोई उम्मीद नहीं", // no hope
      "कुछ नहीं बदलेगा", // nothing will change
      "aur bardasht nahi", // can't bear any more
      "bardasht nahi hota", // can't bear it
      "aur nahi seh sakta", // can't take any more (m.)
      "aur nahi seh sakti", // can't take any more (f.)
      "koi umeed nahi", // no hope
      "kuch nahi badlega", // nothing will change
    ],
    "means-plan": [
      "पुल पर", // on the bridge
      "छत पर", // on the roof
      "कूद जा", // jump
      "कूदने", // to jump
      "pul par", // on the bridge
      "chhat par", // on the roof
      "chhat pe", // on the roof
      "kood jaunga", // I'll jump (m.)
      "kood jaungi", // I'll jump (f.)
      "koodne", // to jump
      "train ke aage", // in front of the train
    ],
    relative: [
      "कहता है मर जाऊंगा", // he says he will die
      "kehta hai mar jaunga", // he says he'll die
      "kehti hai mar jaungi", // she says she'll die
    ],
  },
  weakCrisis: {
    "means-plan": [
      "faisla kar liya", // I've made my decision
      "फैसला कर लिया", // I've made my decision
    ],
  },
  threat: {
    violence: [
      "मार दूंगा", // I'll kill / beat
      "मार डालूंगा", // I'll kill
      "जान से मार", // kill
      "टांगें तोड़", // break legs
      "चाकू मार", // stab
      "maar dunga", // I'll kill / beat
      "maar daalunga", // I'll kill
      "maar denge", // we'll kill / beat
      "jaan se maar", // kill
      "taange tod", // break legs
      "tangein tod", // break legs
      "haddi tod", // break bones
      "chaku maar", // stab
      "tujhe dekh lunga", // I'll deal with you
      "usko dekh lenge", // we'll deal with him/her
      "sabak sikha", // teach a lesson
    ],
    doxxing: [
      "पता है कहां रहत", // (we) know where (he/she) lives
      "pata hai kahan reh", // (we) know where (he/she) lives
      "pata hai kaha reh", // (we) know where (he/she) lives
      "gaadi ka number pata", // (we) know the car number
      "bahar milenge", // we'll meet (him) outside
    ],
    warning: [
      "पछताओगे", // you'll regret it
      "बदला लेंगे", // we'll take revenge
      "pachtaoge", // you'll regret it
      "pachtayega", // (he) will regret it
      "badla lenge", // we'll take revenge
    ],
    "bomb-fire": [
      " बम ", // bomb
      "आग लगा दूंगा", // I'll set fire
      "aag laga dunga", // I'll set fire
      "aag laga denge", // we'll set fire
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
    "kaise",
    "ho",
    "tha",
    "thi",
    "gaya",
    "gayi",
    "raha",
    "rahi",
    "hoon",
    "hu",
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
