import type { CueList } from "./cue.js";
import { alt, gap, STAFF } from "./cue-grammar.js";

/**
 * Threat cues by KIND (docs/triage.md): ultimatums, veiled warnings about
 * staff on their way home, slang for violence, doxxing (a staff member's
 * street, car, registration, children's school), bomb and arson hoaxes, and
 * coming in with a weapon. These are the forms the NHS Violence Prevention
 * and Reduction Standard and the trusts' social media policies ask staff to
 * report (e.g. "threats of violence" in the acceptable-use notices), written
 * as small grammars: who, act, target.
 *
 * As with crisis cues, weight 2 decides alone and weight 1 needs a sign of a
 * different family (the part of the id before ":").
 */

const SOMEONE = alt(
  "some ?one",
  "some ?body",
  "any ?one",
  "any ?body",
  "one of you",
  "one of them",
  "one of your",
  "the lads",
  "my lads",
);
const TARGET = alt(
  "you",
  "him",
  "her",
  "them",
  "that",
  "those",
  "these",
  "every",
  "some ?one",
  "some ?body",
  "any ?one",
  "your",
  "his",
  "their",
  `(?:the |that |this |your )?${STAFF}`,
);
const VIOLENT_ACT = alt(
  "batter",
  "stab",
  "shank",
  "glass",
  "bottle",
  "knife",
  "merk",
  "leather",
  "deck",
  "spark",
  "twat",
  "lamp",
  "chin",
  "headbutt",
  "kneecap",
  "hospitali[sz]e",
  "slap",
  "punch",
  "strangle",
  "throttle",
  "kill",
  "murder",
  "hurt",
  "smash",
  "do in",
  "beat up",
  "knock out",
  "sort out",
  "wet",
);
const VIOLENT_DONE = alt(
  "merked",
  "shanked",
  "stabbed",
  "glassed",
  "bottled",
  "battered",
  "leathered",
  "decked",
  "sparked(?: out)?",
  "twatted",
  "lamped",
  "chinned",
  "knifed",
  "bladed",
  "done in",
  "kneecapped",
  "hospitali[sz]ed",
  "kicked in",
  "beaten up",
  "knocked out",
  "a slap",
  "a kicking",
  "a beating",
  "slapped",
  "punched",
  "wet up",
);
const WEAPON = alt(
  "knife",
  "knives",
  "blade",
  "machete",
  "gun",
  "shotgun",
  "firearm",
  "shooter",
  "baseball bat",
  "bat",
  "hammer",
  "crowbar",
  "axe",
  "acid",
  "screwdriver",
  "samurai sword",
  "sword",
);
const WILL = alt(
  "i'?ll",
  "ill",
  "i will",
  "we'?ll",
  "we will",
  "gonna",
  "going to",
  "i'?m going to",
  "im going to",
  "i'?m gonna",
  "im gonna",
  "wanna",
  "want to",
  "i'?d",
  "we'?d",
);

export const THREAT_KIND_CUES: CueList = [
  // Ultimatums with a violent or unstated consequence ("or else", "or you'll regret it").
  [
    "ultimatum-or",
    "\\bor (?:else|there'?ll be (?:trouble|consequences|hell to pay)|you'?ll (?:regret|be sorry|pay|get (?:it|what'?s coming|hurt))|i'?ll (?:make you|make sure you|come (?:down|in|round|back)|sort (?:you|them|him|her)|smash|hurt|batter|do (?:you|him|her|them|something))|we'?ll (?:make you|come (?:down|in|round)|sort (?:you|them)|smash|hurt)|face the consequences|suffer)\\b",
    2,
  ],
  [
    "ultimatum-responsible",
    "\\b(?:won'?t|will not|can'?t|cannot) be (?:held )?responsible for (?:what|my actions|what i do|what happens|the consequences)\\b",
    2,
  ],
  [
    "ultimatum-see",
    `\\b(?:keep|carry on|try|do that|go on|ignore me)\\b${gap(40)}\\band (?:see|watch) (?:what happens|how (?:quick|quickly|fast|long))\\b`,
    2,
  ],
  [
    "ultimatum:deadline",
    `\\byou(?:'ve got| have|'ve| got) (?:\\d+|one|two|three|until|till)${gap(25)}\\b(?:or|before|after that|otherwise)\\b`,
    1,
  ],
  // Veiled warnings: on their way home, at the car park, when she finishes.
  [
    "veiled-shame",
    "\\b(?:shame|pity) if (?:she|he|they|someone|something|anything|your|his|her|their|that|the)\\b",
    2,
  ],
  [
    "veiled-home",
    "\\b(?:didn'?t|doesn'?t|don'?t|never|not|won'?t) (?:make|get|making|getting) (?:it )?home (?:safe|safely|in one piece|tonight)\\b|\\banything (?:could|can|might) happen to\\b|\\baccidents (?:happen|can happen)\\b[^.?!\\n]{0,30}\\b(?:car park|way home|dark|night|shift)\\b",
    2,
  ],
  [
    "veiled-outside",
    "\\b(?:parked|sat|sitting|waiting|been|stood|standing|watching|drove|driven|walked|been round)\\b[^.?!\\n]{0,10}\\b(?:outside|past|by|near|round) (?:your|her|his|their|the [a-z]+'s) (?:house|home|flat|place|door|front door|kids'? school|street)\\b",
    2,
  ],
  [
    "veiled-face",
    "\\bbetter not (?:show|see) (?:his|her|their|your) face\\b|\\bbetter (?:not|never) (?:come|walk) (?:back|round|near)\\b",
    2,
  ],
  [
    "veiled-meet",
    `\\b${WILL} (?:see|meet|catch|wait for|find|be waiting for)\\b${gap(20)}\\b(?:outside|in the car park|at the exit|after (?:your|her|his|their) shift|on (?:your|her|his|their) way home|when (?:she|he|you|they) (?:finish|finishes|leave|leaves|clock off|clocks off))\\b`,
    2,
  ],
  [
    "movements:shift",
    `\\b(?:finishes|finish|clocks off|clocking off|leaves|gets off|knocks off|shift ends|on shift|works nights)\\b${gap(10)}\\b(?:at|around|about|till|until) (?:\\d|midnight|eight|seven|nine|ten|six)|\\b(?:walk|walks|walking|go|goes|leave|leaves|park|parks|parking|drive|drives)\\b${gap(
      40,
    )}\\b(?:on (?:her|his|their) own|alone|unlit|in the dark|every (?:morning|night|day)|same (?:time|spot|space))\\b|\\bwhat time (?:she|he|they|the \\w+) (?:finish|finishes|leave|leaves|clock off|clocks off)\\b`,
    1,
  ],
  [
    "veiled:think",
    "\\b(?:think about that|think on|bear that in mind|remember that|mark my words) (?:next time|when|before)\\b|\\b(?:will|'ll|gonna|going to) (?:learn|be taught) (?:to )?(?:respect|a lesson|some respect|(?:her|his|their) lesson)\\b",
    1,
  ],
  // Slang for violence against someone.
  ["violence-will", `\\b${WILL} (?:${VIOLENT_ACT}) ${TARGET}\\b`, 2],
  [
    "violence-get",
    `\\b(?:gonna|going to|will|'ll|is getting|are getting|'s getting|about to|should|needs to|deserves to|could|might|wants to|is gonna|'s gonna) (?:get )?(?:${VIOLENT_DONE})\\b`,
    2,
  ],
  [
    "violence-someone",
    `\\b${SOMEONE}${gap(5)}\\b(?:should|needs to|need to|ought to|wants to|is going to|'s going to|will|'ll|gonna)${gap(
      5,
    )}\\b(?:sort|deal with|teach|batter|slap|stab|smack|sort out|take care of|pay a visit to|visit|have a word with)\\b${gap(15)}\\b(?:that|this|the|those|these|her|him|them)\\b`,
    1,
  ],
  [
    "teach-lesson",
    `\\bteach (?:these|those|some|every|all the|all these|all those|the|that|this|him|her|them|you)${gap(20)}\\ba lesson\\b`,
    2,
  ],
  [
    "incite:wink",
    "\\bif you (?:get|know) (?:me|what i mean)\\b|\\bknow what i mean\\b|\\bsay no more\\b|\\bsay nothing more\\b|\\bnudge nudge\\b|\\byou know what to do\\b",
    1,
  ],
  [
    "incite:bounty",
    `\\b(?:first round|a drink|a pint|pints|a tenner|£\\d+|money|cash|reward)${gap(25)}\\b(?:whoever|anyone who|for who ?ever|to whoever|for anyone who)\\b|\\bwhoever does (?:it|him|her)\\b`,
    1,
  ],
  [
    "incite:gang",
    `\\b(?:lads|boys|mates|bros|brothers|cousins|fam)\\b${gap(30)}\\b(?:come down|coming down|fancy coming|with me|get down|meet (?:me|up)|round up)\\b`,
    1,
  ],
  [
    "incite:word",
    "\\b(?:wanting|wants|want|fancies|fancy|looking for|after) a (?:word|chat|quiet word|visit) with\\b",
    1,
  ],
  ["incite:emoji", "👊|🔪|🔫|💣|🪓", 1],
  [
    "expose:share",
    "\\bshare (?:this|her|his|it|their)\\b[^.?!\\n]{0,30}\\b(?:face|photo|picture|name|everywhere|far and wide)\\b|\\b(?:her|his|their) (?:name|face|photo|picture|address)\\b[^.?!\\n]{0,25}\\b(?:going everywhere|all over|everywhere|online|out there|shared)\\b|\\beveryone (?:share|repost|retweet)\\b",
    1,
  ],
  // Doxxing: a staff member's home, street, car, registration, children's school.
  [
    "doxx-school",
    "\\b(?:your|her|his|their|dr [a-z]+'s|nurse [a-z]+'s|the [a-z]+'s) (?:kids|children|son|daughter|little ones|boy|girl|family)\\b[^.?!\\n]{0,25}\\b(?:school|primary|nursery|academy|go to|goes to)\\b|\\b(?:i|we) know (?:which|what|where) (?:school|car|house|street|road|gym|pub|bus|train)\\b",
    2,
  ],
  [
    "doxx-where",
    "\\b(?:know|knows|found out|find out|finding out|worked out|got|have|clocked) where [a-z]+ (?:lives|lives now|parks|drinks|goes|stays|sleeps)\\b|\\b(?:your|her|his|their) (?:house|home|flat|address|street|road)\\b[^.?!\\n]{0,5}\\b(?:on|in|at|off) [a-z]+ (?:road|street|lane|avenue|close|drive|way|crescent|grove|terrace|place|court|gardens|rise|view|mews|row|hill)\\b",
    2,
  ],
  [
    "doxx-car",
    "\\b(?:know|knows|found|find out|clocked|seen|got) (?:her|his|their|your|which|what) (?:car|motor|reg|registration|number plate)\\b|\\b(?:her|his|their) (?:car|motor) (?:is|'s) (?:a|the) [a-z]+\\b",
    2,
  ],
  [
    "vehicle:car",
    "\\b(?:reg|registration|number plate|plates)\\b[^.?!\\n]{0,20}\\b(?:is|ends|starts)\\b|\\b(?:grey|gray|red|blue|black|white|silver|green|dark|light) [a-z]+,? (?:parks|parked|drives)\\b|\\bparks in (?:the )?(?:staff )?car park\\b",
    1,
  ],
  // Bomb and arson hoaxes.
  [
    "bomb",
    "\\b(?:there'?s|there is|i'?ve (?:left|put|placed|hidden|planted)|we'?ve (?:left|put|planted)|someone'?s (?:left|planted)|placed|planted|hidden|left) (?:a |an )?(?:device|bomb|explosive|explosives|ied|pipe bomb|incendiary)\\b|\\b(?:device|bomb|explosive)\\b[^.?!\\n]{0,30}\\b(?:go(?:es|ing)? off|set to|timer|detonat\\w*|in the building|under the|in (?:the|a) (?:bin|bag|car|toilet|ward))\\b",
    2,
  ],
  [
    "arson",
    `\\b(?:burn|torch|firebomb|petrol bomb|set (?:fire|light) to) (?:the|this|that|your|their|his|her|it|every|a)\\b${gap(
      25,
    )}\\b(?:down|place|hospital|ward|building|clinic|unit|surgery|portacabin|department|reception|car|house|office|site)\\b|\\bburn(?:ing|t)? (?:it|the place|the lot) down\\b|\\bsee how (?:quick|quickly|fast|long|well)\\b${gap(50)}\\b(?:goes up|burns|go up|burn)\\b`,
    2,
  ],
  ["arson:means", "\\b(?:petrol|accelerant|lighter fluid|paraffin|jerry ?can|matches)\\b", 1],
  [
    "arson:act",
    "\\b(?:goes|go|going|went) up in (?:flames|smoke)\\b|\\bevacuate\\b[^.?!\\n]{0,40}\\b(?:before|or|while you)\\b",
    1,
  ],
  // Coming in with a weapon.
  [
    "weapon-bring",
    `\\b(?:bring|bringing|brought|carry|carrying|come|coming|turn up|turning up|walk in|walking in|back|return)\\b${gap(25)}\\bwith (?:a|my|me|the|an|some)\\b${gap(
      10,
    )}\\b${WEAPON}\\b|\\b(?:tooled up|strapped up|packing heat)\\b|\\b${WEAPON}\\b${gap(20)}\\b(?:in my (?:pocket|bag|car|coat)|on me|with me|ready)\\b`,
    2,
  ],
];

/** Everyday speech that looks like a threat: drop a threat cue or language finding it covers. */
export const THREAT_IDIOMS =
  /\b(?:(?:batter|smash|thrash|hammer|destroy|annihilate|wipe the floor with) (?:the|them|us|you|your|their) (?:\w+ )?(?:team|side|lot) (?:at|in|on)\b|(?:quiz|darts|pool|football|netball|rounders|five a side|5 a side|bake off) (?:team|night|match)\b[^.!?\n]{0,40}\b(?:batter|smash|thrash|hammer|destroy|kill|murder|bury)\b|shoot (?:me |us )?(?:a|an) (?:dm|pm|message|email|text|line|note)|(?:killed|killing|smashed|smashing|nailed|bossed|slayed|slaying) it|kill(?:ing)? (?:two birds|time)|bombed (?:the|my) (?:exam|test|interview)|the bomb\b|da bomb|fire (?:me|us) (?:a|an) (?:email|message|text)|fire away|blow(?:n)? (?:me|us) away|blew (?:me|us) away|knock(?:ed)? (?:it|them|'?em) (?:out of the park|dead)|break a leg|burn(?:ing)? the midnight oil|dead good|to die for|murder (?:a|for a) (?:cuppa|coffee|tea|pint|curry|brew)|(?:could|i'?d|would) kill for|(?:you'?ll|you will) be sorry to (?:hear|learn|know|see)|my feet are killing me)\b/g;

/** A consequence that is lawful (a complaint, a solicitor, the press): an ultimatum with only this behind it is not a threat. */
export const LAWFUL_CONSEQUENCE =
  /\b(?:solicitors?|lawyers?|legal|sue|suing|court|ombudsman|cqc|press|papers?|news|journalist|mp|complain\w*|review|trustpilot|go public|councillor|healthwatch|pals|express|mail|echo|star|gazette|bbc|itv|watchdog|chief executive|ceo)\b/;
