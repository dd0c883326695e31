import type { LanguageCues } from "./types.js";

/** Amharic and Tigrinya, in Ethiopic (Ge'ez) script. */
export const AMHARIC_TIGRINYA: LanguageCues = {
  code: "am",
  name: "Amharic and Tigrinya",
  crisis: {
    "want-to-die": [
      "መሞት እፈልጋለሁ", // I want to die (Amharic)
      "መሞት እፈልጋለው", // I want to die (Amharic, common spelling)
      "መኖር አልፈልግም", // I don't want to live (Amharic)
      "ክመውት እደሊ", // I want to die (Tigrinya)
      "ክነብር ኣይደልን", // I don't want to live (Tigrinya)
    ],
    suicide: [
      "ራሴን ማጥፋት", // to destroy myself: suicide (Amharic)
      "ራሴን አጠፋለሁ", // I will kill myself (Amharic)
      "ራሱን ሊያጠፋ", // he is about to kill himself (Amharic)
      "ራሷን ሊያጠፋ", // she is about to kill herself (Amharic)
      "ራስን ማጥፋት", // suicide (Amharic)
      "ራሴን እገድላለሁ", // I will kill myself (Amharic)
      "ርእሰይ ክቐትል", // to kill myself (Tigrinya)
      "ነብሰይ ክቐትል", // to kill myself (Tigrinya)
      "ርእሰ ቅትለት", // suicide (Tigrinya)
    ],
    "self-harm": [
      "ራሴን እጎዳለሁ", // I hurt myself (Amharic)
      "ራሴን መጉዳት", // to hurt myself (Amharic)
    ],
    overdose: [
      "ሁሉንም መድሃኒት", // all the medicine (Amharic)
      "ሁሉንም ኪኒን", // all the pills (Amharic)
      "ኩሉ ከኒና", // all the pills (Tigrinya)
    ],
    farewell: [
      "ይቅርታ አድርጉልኝ", // forgive me (Amharic)
      "ደህና ሁኑ ሁላችሁም", // goodbye all of you (Amharic)
      "ይቕረ ግበሩለይ", // forgive me (Tigrinya)
    ],
    burden: [
      "ሸክም ሆንኩ", // I have become a burden (Amharic)
      "ሸክም ነኝ", // I am a burden (Amharic)
    ],
    hopeless: [
      "መቋቋም አልቻልኩም", // I can't bear it (Amharic)
      "ተስፋ የለኝም", // I have no hope (Amharic)
      "ተስፋ የብለይን", // I have no hope (Tigrinya)
    ],
    "means-plan": [
      "ድልድዩ ላይ", // on the bridge (Amharic)
      "ልዘል ነው", // I'm about to jump (Amharic)
    ],
  },
  threat: {
    violence: [
      "እገድልሃለሁ", // I'll kill you (m.) (Amharic)
      "እገድልሻለሁ", // I'll kill you (f.) (Amharic)
      "እንገድለዋለን", // we'll kill him (Amharic)
      "እመታሃለሁ", // I'll hit you (Amharic)
      "ክቐትለካ", // I'll kill you (Tigrinya)
    ],
    doxxing: [
      "የት እንደምትኖር አውቃለሁ", // I know where you live (Amharic)
      "የት እንደሚኖር እናውቃለን", // we know where he lives (Amharic)
    ],
    warning: [
      "ትጸጸታለህ", // you'll regret it (Amharic)
      "እበቀላለሁ", // I'll take revenge (Amharic)
    ],
    "bomb-fire": [
      "ቦምብ", // bomb (Amharic and Tigrinya)
      "አቃጥላለሁ", // I'll burn (Amharic)
    ],
  },
};
