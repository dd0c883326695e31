import type { LanguageCues } from "./types.js";

/** Pashto (پښتو), Arabic script. */
export const PASHTO: LanguageCues = {
  code: "ps",
  name: "Pashto",
  crisis: {
    "want-to-die": [
      "غواړم مړ شم", // I want to die
      "مړ شم", // (that) I die
      "نه غواړم ژوند", // I don't want to live
    ],
    suicide: [
      "ځان وژنه", // suicide
      "ځان ووژنم", // kill myself
      "ځان وژني", // kills himself/herself
      "خپل ژوند پای", // end one's life
    ],
    "self-harm": [
      "ځان ته زیان", // harm to oneself
      "ځان پرې کوم", // I cut myself
    ],
    overdose: [
      "ټولې ګولۍ", // all the pills
      "ټول درمل", // all the medicine
    ],
    farewell: [
      "ما وبخښئ", // forgive me
      "خدای پامان ټولو", // goodbye everyone
    ],
    burden: [
      "بار یم", // I'm a burden
    ],
    hopeless: [
      "نور نه شم زغملای", // I can't bear it any more
      "هیڅ هیله نشته", // there's no hope
    ],
    "means-plan": [
      "پل باندې", // on the bridge
    ],
  },
  threat: {
    violence: [
      "وژنم دې", // I'll kill you
      "تا وژنم", // I'll kill you
      "ووهم دې", // I'll beat you
    ],
    doxxing: [
      "پوهیږم چیرې اوسیږې", // I know where you live
    ],
    warning: [
      "پښېمانه به شې", // you'll regret it
      "بدل اخلم", // I'll take revenge
    ],
    "bomb-fire": [
      "بم ږدم", // I'll plant a bomb
    ],
  },
};
