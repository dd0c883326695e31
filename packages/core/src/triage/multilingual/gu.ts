import type { LanguageCues } from "./types.js";

/** Gujarati, in Gujarati script and romanised. */
export const GUJARATI: LanguageCues = {
  code: "gu",
  name: "Gujarati",
  crisis: {
    "want-to-die": [
      "મરવું છે", // I want to die
      "મરી જવું છે", // I want to die
      "જીવવું નથી", // I don't want to live
      "હવે જીવવું નથી", // I don't want to live any more
      "જીવવાનો કોઈ અર્થ નથી", // there is no point in living
      "marvu che", // I want to die
      "mari javu che", // I want to die
      "jivvu nathi", // I don't want to live
      "jivavu nathi", // I don't want to live
      "jivvano koi arth nathi", // no point in living
    ],
    suicide: [
      "આત્મહત્યા", // suicide
      "આપઘાત", // suicide
      "પોતાને મારી", // kill oneself
      "જીવન ટૂંકાવી", // end (one's) life
      "aatmahatya", // suicide
      "apghat", // suicide
      "aapghat", // suicide
      "potane mari", // kill oneself
    ],
    "self-harm": [
      "પોતાને કાપ", // cut myself
      "પોતાને કાપ", // cut oneself
      "પોતાને નુકસાન", // harm oneself
      "potane kap", // cut oneself
    ],
    overdose: [
      "બધી ગોળીઓ ખાઈ", // took all the pills
      "ઊંઘની ગોળીઓ ખાઈ", // took sleeping pills
      "badhi goli khai", // took all the pills
      "બધી દવાઓ", // all the medicines
      "બધી ગોળીઓ", // all the pills
      "ઊંઘની ગોળીઓ", // sleeping pills
      "દવાઓ ભેગી", // medicines gathered
      "badhi dava", // all the medicine
      "badhi goli", // all the pills
      "davao bhegi", // medicines gathered
    ],
    farewell: [
      "મારો છેલ્લો મેસેજ", // my last message
      "maro chhello message", // my last message
      "મને માફ કરજો", // forgive me
      "બધાને અલવિદા", // goodbye everyone
      "મારા બાળકોને કહેજો", // tell my children
      "mane maaf karjo", // forgive me
      "badhane alvida", // goodbye everyone
    ],
    burden: [
      "હું બોજ છું", // I am a burden
      "મારા વગર સારું", // better without me
      "hu boj chu", // I am a burden
      "બોજ છું", // I am a burden
      "બોજ બની ગયો", // have become a burden (m.)
      "બોજ બની ગઈ", // have become a burden (f.)
      "મારા વગર ખુશ", // happy without me
      "boj chu", // I am a burden
      "mara vagar khush", // happy without me
    ],
    hopeless: [
      "હવે સહન નથી થતું", // I can't bear it any more
      "કોઈ આશા નથી", // there is no hope
      "have sahan nathi thatu", // I can't bear it any more
      "koi asha nathi", // no hope
    ],
    "means-plan": [
      "પુલ પરથી કૂદ", // jump off the bridge
      "ગોળીઓ ભેગી કરી", // gathered pills
      "પુલ પર", // on the bridge
      "છત પર", // on the roof
      "કૂદી જઈશ", // I'll jump
      "કૂદી પડીશ", // I'll jump
      "pul par", // on the bridge
      "kudi jaish", // I'll jump
    ],
    relative: [
      "કહે છે કે મરી જશે", // says he/she will die
      "kahe che ke mari jashe", // says he/she will die
    ],
  },
  weakCrisis: {
    relative: [
      "ગુમ થઈ", // went missing
      "ગુમ થયો", // went missing (m.)
      "ફોન નથી ઉપાડતો", // isn't picking up the phone
    ],
    calm: [
      "નિર્ણય લઈ લીધો", // I've made my decision
    ],
    hopeless: [
      "કોઈ આશા નથી", // no hope
      "હવે સહન નથી થતું", // I can't bear it any more
    ],
    farewell: [
      "મને માફ કરજો", // forgive me
      "અલવિદા", // farewell
      "મારા બાળકોનું ધ્યાન રાખજો", // look after my children
      "mane maaf karjo", // forgive me
    ],
    "means-plan": [
      "દોરડું", // rope
    ],
    time: [
      "આજે રાત્રે", // tonight
      "aaje raatre", // tonight
    ],
  },
  threat: {
    violence: [
      "ચાકુ લઈને આવીશ", // I'll come with a knife
      "મારી નાખીશ", // I'll kill
      "મારી નાખીશું", // we'll kill
      "મારીશ", // I'll beat
      "ટાંટિયા તોડી", // break legs
      "ચપ્પુ માર", // stab
      "mari nakhish", // I'll kill
      "mari nakhishu", // we'll kill
      "taantiya todi", // break legs
    ],
    doxxing: [
      "ઘર સુધી પીછો", // followed home
      "ક્યાં રહે છે ખબર", // (we) know where (he/she) lives
      "ખબર છે ક્યાં રહે", // (we) know where (he/she) lives
      "બહાર મળીશ", // I'll meet (him) outside
      "બહાર મળીશું", // we'll meet (him) outside
      "khabar che kya rahe", // (we) know where (he/she) lives
      "bahar malish", // I'll meet (him) outside
    ],
    warning: [
      "છોડીશ નહીં", // I won't spare (you)
      "chhodish nahi", // I won't spare (you)
      "joi laish", // I'll deal with (you)
      "પસ્તાશો", // you'll regret it
      "પસ્તાશો", // you'll regret it
      "બદલો લઈશ", // I'll take revenge
      "pastasho", // you'll regret it
    ],
    "bomb-fire": [
      "આગ લગાડી દઈશ", // I'll set fire
      "બોમ્બ", // bomb
      "બોમ્બ", // bomb
      "આગ લગાડી દઈશ", // I'll set fire
    ],
  },
  words: [
    "che",
    "chhe",
    "nathi",
    "mane",
    "tame",
    "tamaro",
    "maru",
    "mara",
    "shu",
    "kem",
    "ane",
    "pan",
    "hatu",
    "hati",
    "aabhar",
  ],
};
