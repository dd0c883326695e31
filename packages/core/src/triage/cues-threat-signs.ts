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
const WILL = alt(
  "i'?ll",
  "ill",
  "i will",
  "we'?ll",
  "we will",
  "gonna",
  "going to",
  "i swear(?: down)? i'?ll",
);
/** Up to n characters across sentence ends but not line breaks ("She finishes at 9. I'll be outside."). */
function near(n: number): string {
  return `[^\\n]{0,${n}}`;
}
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
    `\\b(?:i|we)(?: know| found out| worked out| clocked| have seen|'ve seen| seen| noticed)${gap(10)}\\b(?:what time|when|where|which (?:door|exit|bus|train|way))${gap(
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
  // Menace without a named act: what is coming, a hospital bed, a face remembered, next time.
  [
    "menace-coming",
    "\\b(?:deserves?|deserved|get|gets|getting|got|will get|'ll get) (?:everything |exactly )?(?:that'?s|thats|what'?s|whats|what is) coming\\b|\\b(?:going to|gonna|will|'ll) get what (?:you|they|he|she) (?:deserve|deserves|have coming)\\b|\\bnext time (?:it )?(?:won'?t|will not|wont) be (?:words|a complaint|a letter|just talk|talking|a phone call)\\b|\\b(?:won'?t|will not|wont) be (?:held )?responsible for (?:what i do|my actions)\\b|\\blast chance before\\b",
    2,
  ],
  [
    "menace-hospital",
    `\\b(?:you|you'?ll|u|he|he'?ll|she|she'?ll|they|they'?ll)${gap(
      12,
    )}\\bend up (?:in|on) (?:your|his|her|their|a|the) (?:own )?(?:a&e|hospital bed|hospital|ward|morgue|wheelchair|grave|icu|resus|mortuary)\\b`,
    2,
  ],
  [
    "menace-wish",
    `\\bhope (?:some ?one|some ?body|they|somebody) (?:stabs|kills|hurts|beats|batters|attacks|punches|glasses|runs over|shoots|knifes) (?:that|the|your|him|her|them|you)\\b`,
    2,
  ],
  [
    "menace-back",
    "\\b(?:keep an eye on|watch|mind) (?:your|yer|ur) back\\b|\\bwatch (?:yourself|yourselves|urself|your step) (?:on the way|tonight|when|out there|in the car park|after)\\b|\\b(?:i'?ll|i will|i'?m going to) remember (?:her|his|your|their|that \\w+'?s?) faces?\\b|\\bwhen i'?m (?:finished|done|through) with (?:him|her|you|them)\\b|\\brip (?:his|her|your|their) (?:head|throat|face|arms?) (?:off|out)\\b",
    2,
  ],
  [
    "staff-routine",
    "\\b(?:i|we) know (?:your|his|her|their|the \\w+'?s?) (?:shift pattern|shifts|rota|hours|routine|movements)\\b|\\b(?:i'?ll|we'?ll|i will|we will|i'?m|we'?re) (?:be )?(?:at|by|near|outside|waiting at) the staff (?:entrance|exit|car park|door)\\b",
    2,
  ],
  // Incitement: a member of staff shown to a crowd.
  [
    "incite-crowd",
    "\\b(?:you (?:all |lot )?|lads,? |everyone |people )know what to do\\b|\\b(?:everyone|everybody|people) (?:knows?|sees?) (?:what (?:she|he|they) looks? like|where (?:she|he|they) (?:works?|lives?))\\b|\\b(?:get|send|sending|bring) (?:my|the) (?:cousins|lads|brothers|mates|boys|family|people) (?:round |over )?(?:to )?(?:pay|sort|deal|visit|have a word|see)\\b",
    2,
  ],
  // Bombs and shootings.
  [
    "hoax-bomb",
    "\\bbomb (?:in|at|on|under|inside|outside) (?:the|your|this|that|ward|a&e|reception)\\b|\\bshoot (?:up )?(?:the place|everyone|every one|you all|the lot|up (?:the|your))\\b",
    2,
  ],
  // Watching a member of staff: where they park or walk, told with menace.
  [
    "watch-menace",
    `\\bfunny how\\b${gap(60)}\\b(?:parks?|walks?|leaves?|drives?|finishes|goes home|lives|gets? the bus)\\b|\\bsee how (?:brave|tough|hard|clever|cocky|gobby|mouthy|smart|big|chatty)\\b${gap(
      40,
    )}\\b(?:when|after|outside|walking|on (?:her|his) own|alone)\\b|\\b(?:remember|don'?t forget) (?:they|she|he|you) (?:have to|has to|need to|'ve got to|got to) (?:walk|go|get) (?:to (?:their|her|his|your) cars?|home|out)\\b|\\benjoy (?:their|her|his|your) (?:walk|drive|journey|bus ride|trip) (?:home|to the car|back)\\b|\\bthinks? (?:she|he|they|you)(?:'s|'re| is| are) safe\\b|\\b(?:she|he|they|you)(?:'s|'re| is| are) not safe (?:even )?(?:at work|there|anywhere|on that ward)\\b`,
    2,
  ],
  [
    "staff-waiting-2",
    `\\b${STAFF}\\b${gap(5)}\\b(?:finish(?:es)?|leaves|clocks off)\\b${near(
      30,
    )}\\b(?:i'?ll|we'?ll|i will|we will) be (?:outside|waiting|there|around|in the car park|at the (?:bus stop|exit|entrance|car park|gate))\\b`,
    2,
  ],
  [
    "watch:routine",
    "\\bsame (?:spot|place|time|space|bay|route) every (?:day|night|shift|morning|evening)\\b",
    1,
  ],
  // Slang for violence, said of a member of staff.
  [
    "violence-slang-2",
    `\\b${WILL} (?:wreck|mash|bang out|floor|drop|merk|leather|lamp|do over|knock out) (?:(?:that|the|your|this) ${STAFF}|him|her|them|you|u)\\b|\\bput (?:that|the|your|him|her|you|them) (?:\\w+ )?(?:in the ground|in hospital|six feet under|in a box|in a wheelchair|in the morgue)\\b|\\bknock (?:his|her|your|their) (?:teeth|lights|head) (?:out|in|off)\\b|\\b(?:is|'s|are|'re) (?:getting|gonna get|going to get) it\\b${gap(
      20,
    )}\\b(?:when|after|tonight|later|soon)\\b|\\b(?:or|else) (?:i'?ll|i will|we'?ll|i'?m going to|im gonna) sort (?:you|your \\w+|the \\w+|that \\w+|him|her|them) out\\b`,
    2,
  ],
  [
    "ultimatum-hours",
    `\\b(?:you'?ve got|you have|u got|you got|u have) (?:\\d+|one|two|three) (?:hours?|days?|minutes?|mins?)\\b${near(
      40,
    )}\\b(?:not responsible|or else|then i|then we|consequences|i'?m coming)\\b|\\b(?:after that|then|or) (?:i'?m|i am|im) not (?:responsible|accountable)\\b`,
    2,
  ],
  [
    "arson-fire",
    `\\bset (?:the place|it|the \\w+|your \\w+|this place|that place|fire to \\w+) (?:alight|on fire|ablaze)\\b|\\b(?:would|will|'?d|'?ll|should|gonna) go up (?:lovely|nicely|a treat|quick(?:ly)?|fast|easy|in seconds|like paper)\\b|\\b(?:matches|petrol|lighters?) (?:are|is|'s) cheap\\b|\\b(?:go|goes|going) up like a (?:bonfire|torch|match|firework)\\b|\\b(?:go|goes|going) up in flames\\b|\\b(?:lighter|matches)\\b${gap(
      20,
    )}\\bpetrol\\b|\\bpetrol\\b${gap(20)}\\b(?:lighter|matches)\\b|\\bcans? of petrol\\b|\\bshame if (?:your|the|that|this)${gap(
      30,
    )}\\b(?:caught fire|burn(?:ed|t)? down|went up|got (?:smashed|torched|damaged))\\b`,
    2,
  ],
  ["hoax-bag", "\\bsuspicious (?:bag|package|parcel|device|box|rucksack)\\b", 2],
  [
    "menace-company",
    "\\bwon'?t be (?:coming|alone)(?: alone)?\\b(?! to (?:my|the|your) (?:appointment|clinic)| back\\b)|\\bwon'?t be asking (?:nicely|politely)\\b|\\b(?:bring|bringing) (?:company|backup|back-up|the lads|the boys|reinforcements)\\b",
    2,
  ],
  [
    "menace-find",
    `\\bfind (?:that|the|your|him|her|them|you)${gap(25)}\\band when i do\\b|\\b(?:i'?ll|i will|we'?ll|we will) find (?:that|the|your) ${STAFF}\\b`,
    2,
  ],
  [
    "dox-profile",
    `\\b(?:this is|here'?s|heres|here is) (?:the|that|her|his) (?:${STAFF}'?s?|(?:${STAFF}'?s) )?(?:facebook|instagram|insta|profile|page|address|house|car|number|details|tiktok)\\b|\\b(?:lives|living) (?:in|on|at) [a-z]+${near(
      25,
    )}\\b(?:go on|go round|get round|pay (?:her|him) a visit|lads|everyone go)\\b`,
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
