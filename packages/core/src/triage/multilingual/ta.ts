import type { LanguageCues } from "./types.js";

/** Tamil, in Tamil script and romanised (Tanglish). */
export const TAMIL: LanguageCues = {
  code: "ta",
  name: "Tamil",
  crisis: {
    "want-to-die": [
      "சாக விரும்பு", // want to die
      "சாக வேண்டும்", // (I) should die
      "saaga virumb", // want to die
      "சாக வேண்டும்", // (I) want to die
      "சாகணும்", // (I) want to die (spoken)
      "சாகப் போகிறேன்", // I am going to die
      "வாழ விருப்பமில்லை", // I don't want to live
      "வாழ விரும்பவில்லை", // I don't want to live
      "உயிரோடு இருக்க விரும்பவில்லை", // I don't want to stay alive
      "saaganum", // (I) want to die
      "saga venum", // (I) want to die
      "saaga poren", // I'm going to die
      "vaazha virupamillai", // I don't want to live
      "vazha pidikkala", // I don't like living
    ],
    suicide: [
      "தற்கொலை", // suicide
      "என்னை நானே கொல்ல", // kill myself
      "உயிரை மாய்த்து", // take (one's) life
      "தூக்கு போட", // hang (oneself)
      "tharkolai", // suicide
      "tharkolai panna", // commit suicide
      "thookku poda", // hang (oneself)
    ],
    "self-harm": [
      "என்னை நானே வெட்டி", // cut myself
      "என்னை நானே வெட்டி", // cutting myself
      "கையை வெட்டி", // cutting (my) arm
      "காயப்படுத்தி", // hurting (myself)
      "kaiya vetti", // cutting (my) arm
    ],
    overdose: [
      "எல்லா மாத்திரைகளையும் சாப்பிட்டேன்", // I took all the pills
      "ella mathiraiyum saapten", // I took all the pills
      "ella mathiraiyum sapten", // I took all the pills
      "எல்லா மாத்திரைகளையும்", // all the tablets
      "தூக்க மாத்திரை", // sleeping pills
      "நிறைய மாத்திரை", // a lot of tablets
      "ella mathirai", // all the tablets
      "thookka mathirai", // sleeping pills
    ],
    farewell: [
      "இது என் கடைசி செய்தி", // this is my last message
      "en kadaisi message", // my last message
      "என்னை மன்னித்து விடுங்கள்", // forgive me
      "என்னை மன்னிச்சிடுங்க", // forgive me (spoken)
      "எல்லோருக்கும் பிரியாவிடை", // farewell to everyone
      "என் குழந்தைகளிடம் சொல்லுங்கள்", // tell my children
      "ennai mannichidunga", // forgive me
    ],
    burden: [
      "நான் ஒரு சுமை", // I am a burden
      "நான் இல்லாமல் நன்றாக", // better without me
      "naan oru sumai", // I am a burden
      "சுமையாக இருக்கிறேன்", // I am a burden
      "பாரமாக இருக்கிறேன்", // I am a burden
      "நான் ஒரு சுமை", // I am a burden
      "நான் இல்லாவிட்டால்", // if I were not here
      "நான் இல்லைனா", // if I'm not here (spoken)
      "naan oru sumai", // I am a burden
      "naan illana", // if I'm not here
      "நான் இல்லாமல்", // without me
      "சுமையாக", // as a burden
    ],
    hopeless: [
      "யாரும் எனக்கு உதவ முடியாது", // nobody can help me
      "இனி முடியாது", // I can't any more
      "தாங்க முடியவில்லை", // I can't bear it
      "தாங்க முடியல", // I can't bear it (spoken)
      "நம்பிக்கை இல்லை", // there is no hope
      "ini mudiyathu", // I can't any more
      "thaanga mudiyala", // I can't bear it
    ],
    "means-plan": [
      "மாத்திரைகளை சேர்த்து வைத்திருக்கிறேன்", // I have collected pills
      "கயிறு வாங்கினேன்", // I bought a rope
      "பாலத்திலிருந்து குதி", // jump from the bridge
      "பாலத்தில்", // on the bridge
      "மாடியின் விளிம்பில்", // on the edge of the roof
      "மொட்டை மாடி", // roof terrace
      "குதிக்க போகிறேன்", // I'm going to jump
      "குதிக்கப் போகிறான்", // he's going to jump
      "குதிக்கப் போகிறாள்", // she's going to jump
      "குதிப்பேன்", // I'll jump
      "kudhikka poren", // I'm going to jump
      "kuthikka poren", // I'm going to jump
    ],
    relative: [
      "சாகப் போவதாக", // saying (he/she) will die
      "குதிக்கப் போவதாக", // saying (he/she) will jump
    ],
  },
  weakCrisis: {
    relative: [
      "காணவில்லை", // is missing
    ],
    calm: [
      "முடிவு செய்துவிட்டேன்", // I've made my decision
    ],
    hopeless: [
      "நம்பிக்கை இல்லை", // no hope
    ],
    farewell: [
      "என்னை மன்னித்துவிடுங்கள்", // forgive me
      "ennai mannichidunga", // forgive me
    ],
    time: [
      "இன்று இரவு", // tonight
      "inniki raathiri", // tonight
    ],
  },
  threat: {
    violence: [
      "கத்தியுடன் வருவேன்", // I'll come with a knife
      "கொன்று விடுவேன்", // I'll kill (you)
      "கொல்லுவேன்", // I'll kill
      "கொன்னுடுவேன்", // I'll kill (spoken)
      "அடிப்பேன்", // I'll beat
      "கத்தியால் குத்து", // stab with a knife
      "konnuduven", // I'll kill
      "kolluven", // I'll kill
      "adipen", // I'll beat
    ],
    doxxing: [
      "வீடு வரை பின்தொடர்ந்தேன்", // I followed (her) home
      "எங்கே வசிக்கிறார் என்று தெரியும்", // we know where (he/she) lives
      "வீடு தெரியும்", // (we) know the house
      "வெளியே காத்திருப்போம்", // we'll wait outside
      "veedu theriyum", // (we) know the house
    ],
    warning: [
      "வருத்தப்படுவீர்கள்", // you'll regret it
      "வருத்தப்படுவாய்", // you'll regret it
      "பழிவாங்கு", // revenge
    ],
    "bomb-fire": [
      "தீ வைப்பேன்", // I'll set fire
      "வெடிகுண்டு", // bomb
      "தீ வைப்பேன்", // I'll set fire
    ],
  },
  words: [
    "naan",
    "enakku",
    "ennoda",
    "illa",
    "illai",
    "irukku",
    "romba",
    "nandri",
    "enna",
    "eppo",
    "enga",
    "vanakkam",
    "venum",
  ],
};
