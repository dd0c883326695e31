import type { CueList } from "./cue.js";

/**
 * Crisis: the writer or someone they speak for may be at risk of suicide,
 * self-harm or a mental health crisis. Indirect and colloquial wording counts
 * (TEWV CORP-0068 §4.4.2: anyone may be the first to see a cry for help). A
 * missed crisis is worse than a false alarm, so any one strong cue is enough.
 */
export const CRISIS_CUES: CueList = [
  [
    "suicidal",
    "\\b(?:suicidal|suicide (?:attempt|note|plan)|attempted suicide|commit(?:ting)? suicide|took (?:his|her|their|my) own life)\\b",
    2,
  ],
  [
    "kill-self",
    "\\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|hang(?:ing)?|cut(?:ting)?|starv(?:e|ing)) (?:my ?self|him ?self|her ?self|them ?selves|themself)\\b",
    2,
  ],
  [
    "end-it",
    "\\b(?:end(?:ing)?|finish(?:ing)?) (?:it all|it tonight|it now|my life|things|it for good|everything)\\b|\\b(?:going|gonna|want(?:s|ed)?|wanna|plan(?:s|ning)?|try(?:ing)?|talk(?:s|ing|ed)? about) (?:to )?end(?:ing)? it\\b|\\b(?:take|taking) my (?:own )?life\\b",
    2,
  ],
  [
    "want-die",
    "\\b(?:want(?:s|ed)?|wanna|wish(?:ed)?|ready|going|deserve) (?:to )?(?:die|be dead|not be alive|not wake up|disappear forever)\\b|\\bwish (?:i|he|she) (?:was|were|wasn'?t) (?:dead|here|alive|born)\\b|\\bbetter off dead\\b",
    2,
  ],
  [
    "not-here",
    "\\b(?:don'?t|do not|dont) want to (?:be here|be alive|live|exist|wake up|carry on|go on)(?: any ?more)?\\b|\\bnot want(?:ing)? to (?:be here|live|be alive)\\b",
    2,
  ],
  [
    "cant-go-on",
    "\\b(?:can'?t|cannot|cant) (?:go on|carry on|keep going|do this any ?more|take (?:it|this|any) ?(?:more|any ?more)|cope|live like this|face (?:another day|tomorrow))\\b",
    2,
  ],
  [
    "no-point",
    "\\b(?:no point (?:in )?(?:living|anything|going on|carrying on|any ?more|to (?:any|it)|in anything)|what'?s the point(?: of (?:living|anything|me|it all| going on))?(?: any ?more)?|whats the point|nothing to live for|no reason to (?:live|go on|stay))\\b",
    2,
  ],
  [
    "burden",
    "\\b(?:better off without me|be better off if i (?:was|were)n'?t|nobody would (?:even )?(?:notice|care|miss me)|no one would (?:even )?(?:notice|care|miss me)|won'?t be (?:around|here) (?:much longer|tomorrow|for long)|burden to every)",
    2,
  ],
  [
    "goodbye",
    "\\b(?:said|saying|say) (?:my )?goodbyes?\\b|\\bgoodbye to every(?:one|body)\\b|\\b(?:last|final) (?:message|post|goodbye)\\b|\\bwritten (?:a|my) (?:note|letter) (?:to|for) (?:my|every)|giv(?:ing|en) away (?:all )?my (?:things|stuff)",
    2,
  ],
  [
    "overdose",
    "\\b(?:overdos(?:e|ed|ing)|od'?d|took (?:all )?(?:my|the|his|her|a (?:load|lot|bunch) of|loads of|a handful of|too many) (?:tablets|pills|meds|medication|paracetamol)|(?:swallowed|taken|downed) (?:all )?(?:my|the|a (?:load|lot) of|loads of|a bottle of|a packet of|too many) (?:tablets|pills|meds|paracetamol))",
    2,
  ],
  [
    "self-harm",
    "\\b(?:self[- ]?harm(?:ing|ed)?|been cutting|started cutting|cutting again|cut (?:my|her|his) (?:arms?|wrists?|legs?)|burning myself|relapsed)\\b",
    2,
  ],
  [
    "bad-place",
    "\\b(?:in a (?:really |very |dark |such a |bad |terrible )*(?:bad|dark|terrible|horrible|awful) (?:place|way|headspace)|at (?:the end of my tether|breaking point|rock bottom)|falling apart|breaking down|can'?t breathe|panic attack|losing my mind|no way out|not safe (?:with|from|around) (?:my|him|her)self|(?:i'?m|im|i am) not safe|don'?t feel safe (?:with|in) my(?:self| own head)|voices (?:are )?(?:telling|tell) me|hearing voices|mental health crisis|in crisis|crisis team|crisis line|(?:jump|jumping|throw (?:my|him|her)self) (?:off|in front of)|on (?:the|a) (?:bridge|ledge|roof)|tired of (?:living|being alive|life)|hate my life|can'?t stop crying)\\b",
    2,
  ],
  [
    "third-party",
    "\\b(?:(?:my|our|his|her) \\w+|he|she|they|(?:he|she)'?s|friend|son|daughter|brother|sister|partner|mum|mom|dad)\\b[^.?!]{0,60}\\b(?:(?:keeps?|kept|been|is|are|was) (?:talking|saying|texting|posting|going on) about (?:ending it|killing|suicide|dying|wanting to die|not being here|ending (?:his|her|their) life)|threaten(?:ing|ed|s)? (?:to )?(?:kill|hurt|harm|end) (?:him|her|them)sel(?:f|ves)|(?:has|have|'s|had) (?:taken|took) (?:an? )?(?:overdose|tablets|pills)|is (?:missing|unreachable) and|left a note|not (?:answering|picking up) and (?:said|posted|messaged))",
    2,
  ],
  [
    "missing-vulnerable",
    "\\b(?:missing|gone missing|hasn'?t come home|not come home)\\b[^.?!]{0,60}\\b(?:vulnerable|suicidal|mental health|sectioned|discharged|not safe|note)\\b",
    2,
  ],
];

/** Phrases that look like crisis words but are everyday speech or about the topic in general. */
export const CRISIS_FALSE_FRIENDS =
  /\b(?:dying (?:to|for) (?:know|see|hear|try|go|get)|(?:is|are|was|queue|wait|waiting|back|feet|head|legs?|knees?|job|heat|traffic|parking|it'?s|that'?s|this) (?:is |was |are )?killing me|kill(?:ing)? (?:for|time)|to die for|(?:suicide|self[- ]?harm|mental health|crisis) (?:prevention|awareness|training|week|month|day|campaign|research|statistics|figures|rates?|services?|strategy|policy|policies|team'?s budget|funding|spend)|suicide squad|could kill (?:for|a)|crack(?:ing|ed)? me up|died laughing|kill me now lol|killed it|killing it)\b/;

/**
 * Threats of violence or harm against staff, patients or premises that the
 * language analyser may not see as a threat on its own (reported or veiled).
 */
export const THREAT_CUES: CueList = [
  [
    "waiting-for",
    "\\b(?:i'?ll|i will|we'?ll|we will|i'?m going to|im going to|gonna|going to) (?:be )?(?:waiting|wait) for (?:you|him|her|them|the|that|your)\\b",
    2,
  ],
  [
    "know-where",
    "\\b(?:i|we) know where (?:you|he|she|they|your|that \\w+) (?:live|lives|work|works|park|parks|drink|goes)\\b|\\bfind out where (?:you|he|she|they) (?:live|lives)\\b",
    2,
  ],
  [
    "weapon",
    "\\b(?:bring(?:ing)?|brought|carry(?:ing)?|coming (?:down |in |round )?with|got) (?:a|my|me) (?:knife|gun|blade|machete|baseball bat|bat|weapon|acid)\\b",
    2,
  ],
  [
    "premises",
    "\\b(?:burn|torch|blow up|bomb|smash up|petrol bomb|set fire to|trash) (?:the|this|your|that) (?:place|hospital|ward|building|clinic|surgery|unit|a&e|department|reception)\\b|\\bbomb (?:threat|scare)\\b|\\b(?:there'?s|there is|planted) a bomb\\b",
    2,
  ],
  [
    "regret",
    "\\b(?:you|he|she|they|staff)(?:'ll| will| are going to|'re going to|'re gonna| are gonna) (?:regret|pay for) (?:this|it|that)\\b|\\bwatch (?:your|his|her) back\\b|\\byou(?:'d| had) better watch (?:out|it)\\b",
    2,
  ],
  ["threatened", "\\b(?:threaten(?:ed|ing|s)?) (?:to )?(?:kill|stab|hurt|attack|hit|punch|shoot|beat)\\b", 2],
  [
    "come-down",
    "\\b(?:come|coming) (?:down|up|round|in) (?:there )?(?:and|to) (?:sort (?:them|you|her|him)|kick off|smash|deal with (?:them|you|her|him))\\b|\\b(?:next time i see (?:you|him|her|that \\w+))[^.!?]{0,40}\\b(?:hurt|smash|deck|sort|sorry|regret|face|teeth)\\b",
    2,
  ],
];
