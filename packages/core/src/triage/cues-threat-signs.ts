import type { CueList } from "./cue.js";
import { alt, gap, STAFF } from "./cue-grammar.js";

/**
 * More threat cues by kind (the same kinds as cues-threat-kinds.ts), for indirect wording: an
 * ultimatum whose consequence is unnamed ("or there will be consequences"), a staff member's
 * finishing time, walk to the car or registration, slang for violence, an address posted or a
 * house described, fire and devices, and coming back armed. Ids in ULTIMATUM_ONLY (classify.ts)
 * are lifted when the consequence is lawful (a complaint, the ombudsman, a solicitor).
 */

const WHO = alt(STAFF, "she", "he", "they", "you", "u", "dr [a-z]+", "him", "her");
const LEAVING = alt(
  "finish(?:es)?",
  "leaves?",
  "clocks? off",
  "gets? off",
  "knocks? off",
  "comes? out",
  "walks? (?:to (?:her|his|their) car|home|out)",
  "parks?",
  "goes home",
  "gets? the bus",
  "lives?",
  "drives?",
);
const WEAPON = alt(
  "knife",
  "knives",
  "blade",
  "machete",
  "baseball bat",
  "bat",
  "hammer(?! toe)",
  "crowbar",
  "gun",
  "shotgun",
  "acid",
  "weapon",
  "axe",
  "screwdriver",
  "golf club",
  "iron bar",
  "brick",
);

export const THREAT_SIGN_CUES: CueList = [
  // Ultimatums whose consequence is left unnamed.
  [
    "ultimatum-consequences",
    "\\b(?:or|otherwise|else) (?:there will be|there'?ll be|there are going to be|face the|you'?ll face) (?:consequences|trouble|problems)\\b|\\bthings (?:will|are going to|'ll|are gonna|might) (?:get|turn) (?:nasty|ugly|messy|physical|violent|very bad)\\b",
    2,
  ],
  [
    "ultimatum-watch",
    `\\b(?:or|else) (?:watch|see) what happens\\b|\\bwhat happens to (?:your|the|that|this) ${STAFF}\\b`,
    2,
  ],
  // Staff on their way home: finishing time, the walk to the car, waiting outside, the registration.
  [
    "staff-leaving",
    `\\b(?:i|we) (?:know|found out|worked out|clocked|have seen|'ve seen|seen)${gap(10)}\\b(?:what time|when|where|which (?:door|exit|bus|train|way))${gap(
      25,
    )}\\b${WHO}\\b${gap(20)}\\b${LEAVING}\\b`,
    2,
  ],
  [
    "staff-alone",
    `\\b${STAFF}\\b${gap(30)}\\b(?:walks?|walking|goes|going|gets?) (?:to (?:her|his|their) car|home|out)\\b${gap(30)}\\b(?:on (?:her|his|their) own|alone|by (?:her|him)self|in the dark)\\b`,
    2,
  ],
  [
    "staff-waiting",
    `\\b(?:i'?ll|i will|we'?ll|we will|i'?m|im|gonna|going to) (?:be )?(?:waiting|wait|outside|there|hanging about|sat)${gap(
      30,
    )}\\b(?:when|for when|till|until|after) ${WHO}${gap(20)}\\b${LEAVING}\\b|\\b${STAFF}\\b${gap(5)}\\b(?:finish(?:es)?|leaves|clocks off)\\b${gap(
      30,
    )}\\b(?:i'?ll|we'?ll|i will|we will) be (?:outside|waiting|there|around)\\b`,
    2,
  ],
  [
    "staff-car",
    `\\b(?:got|have|know|found|clocked|noted)${gap(5)}\\b(?:the|his|her|their|that) (?:reg|registration|number ?plate|plate)\\b|\\b(?:i|we) know which car\\b|\\bwhich car is (?:hers|his|theirs)\\b`,
    2,
  ],
  // Slang for violence.
  [
    "violence-do-in",
    `\\b(?:will|'ll|gonna|going to|gunna|wanna|want to|getting) do (?:him|her|them|you|u|that \\w+|the \\w+) in\\b|\\bpay (?:him|her|them|that \\w+|the ${STAFF}) a (?:little )?visit\\b`,
    2,
  ],
  // Doxxing: an address posted, a house described, the children's school.
  [
    "dox-address",
    `\\b(?:got|have|found|know|posting|post|share|sharing|here'?s|heres|here is)${gap(20)}\\b(?:home )?address (?:of|for) (?:that|the|your|this|dr)\\b|\\bhome address of\\b`,
    2,
  ],
  [
    "dox:house",
    "\\b(?:her|his|their) house is\\b|\\b(?:lives|living) (?:in|on|at) (?:the )?(?:one|house|flat) with\\b",
    1,
  ],
  [
    "visit:round",
    "\\b(?:we'?ll|i'?ll|we will|i will|we'?re|i'?m) (?:be )?(?:round|coming round|over|paying (?:a|her|him|them) (?:little )?visit)\\b",
    1,
  ],
  // Fire and devices.
  [
    "arson-match",
    `\\bone (?:match|spark|lighter|flick)\\b${gap(30)}\\b(?:gone|flames|burns?|goes up|history|ash)\\b|\\bpetrol\\b${gap(
      20,
    )}\\b(?:letter ?box|door|window)\\b|\\bletter ?box\\b${gap(20)}\\bpetrol\\b`,
    2,
  ],
  // Coming back armed.
  [
    "weapon-back",
    `\\b(?:get|getting|fetch|fetching|grab|grabbing|bring|bringing|with|got)${gap(15)}\\b${WEAPON}\\b${gap(
      30,
    )}\\b(?:coming back|come back|be back|back in|back here|back down|back tomorrow|return)\\b|\\b(?:coming back|come back|be back|back)\\b${gap(
      20,
    )}\\bwith${gap(15)}\\b${WEAPON}\\b|\\b(?:bring|bringing|brought|carry|carrying|take|taking|packing)${gap(
      10,
    )}\\b(?:a|my|me|the|his|her) ${WEAPON}\\b|\\btooled up\\b|\\b(?:come|coming) back\\b${gap(20)}\\bwith (?:something|a little something|summat) (?:for|to sort)\\b`,
    2,
  ],
];
