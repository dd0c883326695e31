import type { CueList } from "./cue.js";
import { alt, BELONGINGS, gap, KIN, PILLS } from "./cue-grammar.js";

/**
 * More crisis cues by kind of warning sign (the same lists as cues-crisis-kinds.ts: NHS "Help for
 * suicidal thoughts", Samaritans, the Zero Suicide Alliance, the C-SSRS items), for the indirect
 * ways each sign is said: slang for suicide, a plan tied to a time, means kept back or chosen,
 * means to hand now, absence after a date, farewells without the word goodbye, belongings handed
 * on, access and papers left for someone, a calm that follows a decision, self-harm happening now.
 * Families (the id before ":") are kept apart where the lists name separate signs, so that two
 * different signs add up (a will and passwords left for a sister; calm and a decision).
 */

const ME_WILL = alt(
  "i'?m going to",
  "im going to",
  "i am going to",
  "i'?m gonna",
  "im gonna",
  "gonna",
  "i will",
  "i'?ll",
);
const DAY_OR_TIME = alt(
  "tonight",
  "tomorrow",
  "this weekend",
  "at the weekend",
  "(?:mon|tues|wednes|thurs|fri|satur|sun)day",
  "midnight",
  "\\d{1,2} ?(?:am|pm)",
  "\\d{1,2}(?::\\d\\d)? o'?clock",
  "my birthday",
  "(?:the )?end of the (?:week|month)",
  "(?:christmas|new year)",
);
// The shared list, and what a person hands on before they go.
const THINGS = alt(...BELONGINGS, "car keys", "keys", "bank cards?", "money");
const HIGH_OR_LINE = alt(
  "bridge",
  "building",
  "car park",
  "cliff",
  "tower",
  "train",
  "trains",
  "line",
  "crossing",
  "spot",
  "place",
  "roof",
  "viaduct",
);
const BODY = alt("arms?", "legs?", "wrists?", "thighs?", "skin", "stomach", "hands?", "chest", "face");
const SELF_HARM_SITE = alt("cut", "cuts", "cutting", "wrists?", "arms?", "thighs?", "blade", "razor");

export const CRISIS_SIGN_CUES: CueList = [
  // Intent in slang (C-SSRS "intent"): the words people use for killing themselves.
  [
    "intent-slang",
    `\\b(?:top|topping|topped|off|offing|unalive|unaliving|end|ending|finish|finishing|do|doing|neck|necking) (?:my ?self|him ?self|her ?self)(?: off| in)?\\b|\\bkms\\b`,
    2,
  ],
  ["intent-end-it", `\\b${ME_WILL} (?:just )?end (?:it|it all|things|everything)\\b`, 2],
  [
    "intent-decided-end",
    "\\b(?:decision|decided|made up my mind|mind is made up|planning|planned|thinking) (?:about |to |on |of )?(?:end(?:ing)?|finish(?:ing)?) (?:it|it all|things|my life|myself)\\b",
    2,
  ],
  ["intent:do-it", `\\b${ME_WILL} (?:really |actually |finally )?(?:do it|go through with it)\\b`, 1],
  [
    "resolve:mean-it",
    "\\b(?:i mean it|serious this time|this time (?:i mean|for real|for good)|(?:no ?one|nobody|nothing) (?:can|will|is going to) (?:change|talk me out of) (?:my mind|it))\\b",
    1,
  ],
  // A plan tied to a day or a time.
  [
    "plan-when",
    `\\b(?:${ME_WILL} (?:do it|go through with it|end it)|(?:it'?s|its|it is) (?:happening|going to happen)|is when (?:i|it) (?:go|do it|happens|end it)|planned (?:it|everything) (?:for|out)|(?:picked|chosen|set|choose|decided on|settled on) (?:the |a )?(?:day|date|night|time)|(?:know|worked out|decided) (?:how and when|when and how|when i'?ll do it|the day))\\b${gap(
      50,
    )}\\b${DAY_OR_TIME}\\b|\\b${DAY_OR_TIME}\\b${gap(50)}\\b(?:${ME_WILL} (?:do it|go through with it|end it)|is when (?:i|it) (?:go|do it|happens)|(?:it'?s|its|it is) (?:happening|going to happen))\\b`,
    2,
  ],
  [
    "plan-chosen",
    `\\b(?:i'?ve|ive|i have) (?:picked|chosen) ${DAY_OR_TIME}\\b|\\b(?:picked|chosen|set) (?:the|a) date\\b${gap(40)}\\b(?:planned|ready|sorted|the end)\\b|\\bplanned it for\\b`,
    2,
  ],
  [
    "plan:how-when",
    "\\b(?:i )?know (?:how and when|when and how|how i'?ll do it|how i'?m going to do it)\\b",
    1,
  ],
  [
    "plan:research-time",
    `\\b(?:found out|worked out|looked up|checked|checking)${gap(10)}\\b(?:what|which) time\\b`,
    1,
  ],
  // Means gathered and kept back, with or without a time.
  [
    "means-kept",
    `\\b(?:keep(?:ing)?|kept|hid(?:ing|den)?|hiding|not taking|stopped taking|sav(?:e|ed|ing)|putting|put|adding|dropping)\\b${gap(
      15,
    )}\\b${PILLS}\\b${gap(30)}\\b(?:back|instead|aside|hidden|for (?:later|when|the day|one day|the right time)|in a (?:jar|tin|bag|sock|envelope|shoebox))\\b|\\b${PILLS}\\b${gap(
      20,
    )}\\b(?:stash|stockpile|hoard|supply)\\b`,
    2,
  ],
  [
    "means-bought",
    `\\b(?:bought|buying|got|picked up|ordered)${gap(10)}\\b(?:\\d+|two|three|four|five|six|several|loads of|lots of|a few|multiple|extra) (?:boxes|packets|packs|bottles|tubs|strips) of\\b${gap(
      10,
    )}\\b${PILLS}|\\b(?:from|at|round) (?:\\d+|two|three|four|five|several|diff|different|various) (?:shops|chemists|pharmacies|supermarkets)\\b`,
    2,
  ],
  [
    "means-chosen-place",
    `\\b(?:worked out|found|chosen|picked|know|decided on|scouted|checked out|been to look at|looked at)${gap(10)}\\bwhich ${HIGH_OR_LINE}\\b`,
    2,
  ],
  [
    "means:enough",
    "\\b(?:it'?s|its|it is|that'?s|thats|is|are) (?:high|tall|deep|fast|strong) enough\\b|\\b(?:fast|non[- ]stop|express) trains?\\b|\\btrains? (?:that )?(?:doesn'?t|don'?t|won'?t) stop\\b|\\bwithout stopping\\b|\\b(?:there'?s|there is|i have|i'?ve got|ive got) enough now\\b",
    1,
  ],
  [
    "means-hose",
    `\\bhose ?pipe\\b${gap(40)}\\b(?:car|exhaust|taped?|window)\\b|\\btaped? (?:up )?(?:the )?(?:windows|hose|exhaust|gaps)\\b`,
    2,
  ],
  [
    "means-blades-hidden",
    `\\b(?:sorted|bought|hid|hidden|hiding|stashed|ready|got out)\\b${gap(15)}\\b(?:razor ?blades?|blades|a blade|scalpel|sharpener blades?)\\b|\\b(?:razor ?blades?|blades)\\b${gap(20)}\\b(?:hid|hidden|stashed|ready)\\b`,
    2,
  ],
  // Ways of dying named: driving into something, a known high place, the platform, poison.
  [
    "means-drive",
    "\\b(?:drive|driving|crash|crashing|steer|steering|swerve|swerving) (?:my |the )?(?:car )?(?:into|off) (?:a|the) (?:wall|tree|bridge|lorry|river|cliff|bus|oncoming|motorway|pylon)\\b",
    2,
  ],
  [
    "means-known-place",
    `\\b(?:beachy head|clifton (?:suspension )?bridge|humber bridge|erskine bridge|forth (?:road )?bridge)\\b(?!${gap(60)}\\b(?:raised|raising|fundrais\\w*|sponsor\\w*|for charity|challenge)\\b)|\\b(?:on|at) the (?:platform|station|level crossing)\\b${gap(
      40,
    )}\\b(?:next|fast|last) train\\b|\\bwaiting for (?:the|a) (?:next |fast )?train to (?:come|pass|go) through\\b`,
    2,
  ],
  [
    "means-poison",
    `\\b(?:i'?ve|ive|i have|i|i just|just)\\b${gap(8)}\\b(?:swallowed|drank|drunk|drinking|taken|took|ate|had)${gap(
      10,
    )}\\b(?:bleach|antifreeze|anti-freeze|weed ?killer|rat poison|poison|drain cleaner)\\b`,
    2,
  ],
  [
    "means-saving-them",
    `\\b${PILLS}\\b${gap(40)}\\b(?:saving|hiding|stockpiling|stashing|hoarding|collecting) (?:them|it)\\b`,
    2,
  ],
  [
    "self-harm-deep",
    `\\b(?:cuts?|wounds?|burns?) (?:are|is|'s|were|was) (?:really |very |so |too )?(?:deep|bad|deeper)\\b${gap(
      15,
    )}\\b(?:this time|again|tonight)\\b|\\b(?:cut|cuts|cutting) (?:are |is )?(?:deeper|too deep)\\b`,
    2,
  ],
  [
    "farewell-sorry",
    `\\btell (?:my|the) ${KIN}${gap(10)}\\b(?:i'?m|i am|im|that i'?m|that i am) (?:so )?sorry(?= *(?:$|[.,!?\\n]| for everything| and))`,
    2,
  ],
  [
    "burden-better-off",
    "\\b(?:everyone|everybody|they|family|my family|the kids|my kids|the world)(?:'d| would| will)? be (?:better|happier) off(?= *(?:$|[.,!?\\n]| now| anyway| tbh| really))",
    2,
  ],
  [
    "burden:better-carer",
    "\\b(?:look after|care for) (?:him|her|them|it) better than (?:me|i (?:can|could|do))\\b|\\bbetter off with (?:someone else|her|him|them) than (?:me|with me)\\b",
    1,
  ],
  ["bye:before-i-go", "\\bbefore i go(?= *(?:$|[.,!?\\n]| x))", 1],
  [
    "funeral:chosen",
    "\\bfuneral (?:is |'s )?(?:paid for|planned|arranged|sorted|booked)\\b|\\b(?:paid for|planned|arranged|booked) my (?:own )?funeral\\b",
    1,
  ],
  [
    "giving:pet-homes",
    `\\b(?:sorted|found|arranged) (?:new )?homes? for${gap(15)}\\b(?:dogs?|cats?|pets?|rabbits?)\\b`,
    1,
  ],
  [
    "done:so",
    "\\b(?:i'?m|im|i am) (?:so |just |completely |totally |honestly )?done(?= *(?:$|[.,!?\\n]))",
    1,
  ],
  // Finality and tiredness: the last time of asking, not trying again.
  [
    "final:last-time",
    "\\b(?:the )?last time (?:i'?ll|i will|i'?m going to|i) (?:be )?(?:ask|asking|ring|ringing|call|calling|bother|bothering|contact|contacting|try|trying|message|messaging)\\b|\\bfor the last time\\b|\\b(?:not going to|won'?t|will not|wont) (?:try|ring|ask|call|bother) (?:again|any ?more)\\b|\\bgiven up (?:asking|ringing|trying|calling)\\b",
    1,
  ],
  [
    "tired:plain",
    "\\b(?:i'?m|im|i am) (?:so |just |really |very )?(?:tired|exhausted)(?= *(?:$|[.!\\n]| of (?:it|everything|this|fighting|trying|being)))",
    1,
  ],
  [
    "distress:numb",
    "\\b(?:don'?t|dont|do not|can'?t) feel anything any ?more\\b|\\bfeel (?:nothing|numb|empty)(?: inside)?\\b",
    1,
  ],
  ["sorry:said", `\\b(?:said|say|saying) sorry to (?:my|everyone|every|all)\\b`, 1],
  // Bequests and tidying up.
  [
    "giving-bequest",
    `\\b(?:make sure|ensure|see that|please make sure) (?:my |the )?(?:${KIN} )?(?:gets|has|takes|keeps|looks after|is given) my ${THINGS}\\b`,
    2,
  ],
  [
    "giving:named",
    `\\b(?:gave|given|giving|handed|sold|selling) (?:away )?my \\w+(?: \\w+)? to (?:my|a|the) (?:little |big |older |younger )?${KIN}\\b|\\b(?:sold|selling) (?:all )?my ${THINGS}\\b`,
    1,
  ],
  [
    "affairs:tidy",
    "\\bpaid off (?:all )?my (?:debts|loans|credit cards?|overdraft)\\b|\\bleave (?:things|everything|it all) (?:tidy|in order|sorted|straight|neat)\\b",
    1,
  ],
  // Someone else: "we'd be better off", wanting to disappear, the voices, the garage.
  [
    "third-better-off",
    `\\b(?:saying|said|says|texted|told (?:me|us))${gap(20)}\\b(?:we|they|you|everyone|the kids)(?:'d| would| will|'ll) be better off\\b`,
    2,
  ],
  ["want-disappear", "\\b(?:i|she|he|they) (?:wants?|wanted|want) to disappear\\b", 2],
  [
    "voices-harm",
    `\\bvoices\\b${gap(20)}\\b(?:want|wants|tell|telling|told|say|saying)${gap(10)}\\b(?:me|him|her|them) to (?:hurt|kill|harm|die|jump|do it|end)\\b|\\bmy head (?:keeps? )?(?:telling|tells) me to do it\\b|\\brunning out of reasons (?:not to|to (?:live|stay|keep going))\\b`,
    2,
  ],
  [
    "means-fumes",
    `\\b(?:garage|car)\\b${gap(60)}\\b(?:smell (?:of )?(?:exhaust|fumes)|exhaust fumes)\\b|\\bsmell (?:of )?exhaust\\b`,
    2,
  ],
  // Research and planning, said indirectly.
  [
    "method-what-happens",
    `\\bwhat happens if (?:you|i|someone|somebody) (?:take|took|swallow|swallowed|have|had)${gap(
      15,
    )}\\b(?:\\d+|a whole|all|loads|lots|too many|a lot)${gap(10)}\\b${PILLS}\\b|\\b(?:looked up|looking up|googled|searched|researched)${gap(
      10,
    )}\\bhow long (?:it|they|that) (?:takes|take|would take)(?= *(?:$|[.!\\n]| to die| to work))`,
    2,
  ],
  [
    "plan-planning",
    "\\b(?:started|been|i'?m|im|am) planning (?:how|when)(?= *(?:$|[.,!?\\n]| i'?ll| to do it| to end))|\\bplanning (?:it all|my death|my exit|my way out|the end)\\b|\\b(?:i'?ve|ive|i have) got everything i need(?: in my room| here| now)+(?= *(?:$|[.!\\n]))",
    2,
  ],
  [
    "overdose-again",
    "\\bwoke up in (?:a&e|hospital|resus|icu)\\b[^.?!\\n]{0,30}\\b(?:again|after taking|overdose|too much)\\b|\\b(?:taking|took|taken) too (?:much|many)\\b[^.?!\\n]{0,20}\\b(?:again|on purpose)\\b",
    2,
  ],
  ["join:reunited", "\\b(?:be|being) reunited with (?:him|her|them|my (?:late )?\\w+)\\b", 1],
  ["grief:miss", "\\bmiss (?:him|her|them) (?:so much|every day|every single day|too much)\\b", 1],
  // The same family as "crisis-service" (cues-risk.ts), so the two never add up on their own.
  ["crisis-service:number", "\\bcrisis (?:number|phone|helpline|phone line)\\b", 1],
  // Aborted, interrupted and recent attempts (C-SSRS behaviour items).
  [
    "attempt-aborted",
    "\\b(?:nearly|almost) (?:did it|went through with it|jumped|ended it|killed myself|took them|overdosed|hanged myself|did something)\\b|\\bhad the (?:pills|tablets|knife|rope|blade|razor) out\\b|\\b(?:tried|attempted|trying) to (?:end it|end (?:it all|my life|things)|kill myself|overdose|hang myself|take my (?:own )?life|jump)\\b|\\bcouldn'?t go through with it\\b",
    2,
  ],
  [
    "overdose-found",
    `\\b(?:unconscious|unresponsive|passed out|won'?t wake)\\b${gap(
      50,
    )}\\b(?:empty (?:blister )?(?:packs?|packets?|boxes|bottles?)|blister packs?|pill packets)\\b|\\bempty (?:blister )?(?:packs?|packets?|boxes|bottles?)\\b${gap(
      50,
    )}\\b(?:unconscious|unresponsive|passed out|won'?t wake)\\b`,
    2,
  ],
  [
    "missing-without",
    `\\b(?:gone missing|is missing|missing since|hasn'?t come home|can'?t find (?:him|her|them))\\b${gap(
      60,
    )}\\b(?:left|without) (?:his|her|their) (?:phone|wallet|keys|purse|bank card|glasses|medication)\\b`,
    2,
  ],
  [
    "only-way",
    "\\b(?:only|best|easiest) (?:way|option|thing) (?:out |left )?(?:is|would be) to (?:end it|die|go|kill myself|not be here|end (?:my life|things))\\b|\\b(?:i'?m|im|i am) not (?:going on|carrying on|going to carry on|going to go on)(?= *(?:$|[.,!?\\n]| any ?more| like this| without))|\\b(?:don'?t|do not|dont) deserve to (?:be here|live|be alive|exist|wake up)\\b|\\bwish (?:i'?d|i had) never been born\\b|\\b(?:imagin(?:e|ing)|picturing) my (?:own )?funeral\\b",
    2,
  ],
  ["trapped:feel", "\\b(?:feel|feeling|i'?m|im) (?:so |completely )?trapped\\b", 1],
  [
    "no-way:other",
    "\\b(?:can'?t|cannot|cant) see (?:any )?other way\\b|\\bno other way out\\b|\\bonly way out\\b",
    1,
  ],
  [
    "self-hate:plain",
    "\\b(?:i )?hate myself\\b|\\b(?:i'?m|im|i am) (?:such )?a failure\\b|\\blet everyone down\\b",
    1,
  ],
  ["means:rope", "\\b(?:rope|noose|ligature)\\b", 1],
  [
    "tired:enough",
    "\\b(?:i'?ve|ive|i have|she'?s|he'?s|they'?ve) (?:just )?had enough\\b(?! of (?:the|your|this service|waiting))",
    1,
  ],
  // Hopelessness about services: a separate sign from "nothing will change" (hopeless:nothing).
  [
    "hopeless-service:tried",
    "\\b(?:i'?ve|ive|i have|we'?ve|we have) tried (?:everything|it all|every|all the)\\b|\\b(?:no ?one|nobody|no service|nothing) (?:can|will|is going to|could) (?:ever )?help me\\b|\\bthere'?s no help (?:out there|for (?:me|people like me))\\b|\\bgiven up (?:on )?(?:getting|asking for|ever getting) help\\b|\\bno point (?:asking|looking|reaching out|ringing) (?:for help|anyone|any ?more)\\b|\\b(?:been|gone) (?:to|through) every (?:service|team|doctor|helpline)\\b",
    1,
  ],
  // Means to hand, now.
  [
    "means-at-hand",
    `\\b${PILLS}\\b${gap(40)}\\b(?:in front of me|next to me|beside me|in my hand|counting|lined up|all out|poured out|ready)\\b|\\bcounting (?:out )?(?:my |the |all )?${PILLS}\\b|\\b(?:holding|got|have|with|gripping|sat with)${gap(
      10,
    )}\\b(?:a|the|my|this) (?:blade|razor|rope|noose)\\b${gap(30)}\\b(?:right now|now|in my hand|here|ready)\\b|\\b(?:knife|blade|razor)\\b${gap(
      30,
    )}\\b(?:to|against|on) my (?:wrists?|arms?|throat|skin|neck)\\b|\\bknife in my hand\\b${gap(30)}\\bdon'?t know what to do\\b|\\b(?:rope|noose)(?:'s| is| are)? (?:up|tied|ready|hanging|set up)\\b`,
    2,
  ],
  // Not being around after a date (the "won't be here" of the lists), with or without a subject.
  [
    "absent-after",
    `(?:\\b(?:i|he|she|they) |^|[.!?,;] ?)(?:won'?t|wont|will not|shan'?t|am not going to|'m not going to) (?:be )?(?:around|alive|here|about|still here|see|make it to|live to see)\\b${gap(
      15,
    )}\\b(?:(?:after|past|beyond) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|next (?:week|month)|the weekend|then)|(?:(?:for|at|by|until|till|in|on|to see) )?(?:new year|christmas|easter|much longer|for long|next year|my (?:next )?birthday))\\b|\\b(?:won'?t|wont|will not) be alive (?:by )?then\\b`,
    2,
  ],
  [
    "absent:for-it",
    "\\b(?:i|he|she) (?:won'?t|wont|will not) be (?:here|around|alive) (?:for|to see) (?:it|them|that)\\b",
    1,
  ],
  [
    "absence:no-appointment",
    "\\b(?:no need|won'?t need|don'?t need|don'?t bother|dont bother) (?:to )?(?:book|send|rebook|make|arrange)(?:ing)? (?:my|me|another|the) (?:next |follow[- ]up )?(?:appointment|follow[- ]up|review)s?\\b",
    1,
  ],
  [
    "absent-last",
    `\\b(?:this|that|it) (?:will|'ll|is going to) be my (?:last|final) (?:weekend|week|day|night|christmas|birthday|message|post)\\b|\\bby ${alt(
      "(?:mon|tues|wednes|thurs|fri|satur|sun)day",
      "tomorrow",
      "the morning",
      "next week",
    )},? (?:i'?ll|ill|i will) be (?:gone|dead)\\b`,
    2,
  ],
  // Farewells without the word goodbye.
  [
    "farewell-love-2",
    `\\b(?:make sure|remind|tell|let)${gap(30)}\\b(?:knows?|know that|that) (?:i|i'?ve) (?:always )?(?:love|loved|never stopped loving)\\b`,
    2,
  ],
  [
    "bye:say",
    "\\b(?:say|said|saying|wanted to say) (?:my )?(?:bye|byes|ta-?ra|farewell)\\b|\\b(?:won'?t|wont|will not) be (?:messaging|texting|posting|writing|calling|ringing|bothering (?:you|anyone)|in touch|contacting (?:you|anyone)) (?:again|any ?more)\\b|\\bdon'?t worry about me any ?more\\b",
    1,
  ],
  [
    "farewell:tried",
    "\\bdid (?:your|their|his|her) (?:very )?best (?:with|for) me\\b|\\bdid (?:all|everything) (?:you|they) could (?:for|with) me\\b|\\bthank (?:u|you|you all) for everything\\b|\\bpass (?:on )?my thanks to\\b",
    1,
  ],
  // Belongings handed on: recipient before the thing, the thing going to someone, "have it all".
  [
    "giving:handed",
    `\\b(?:gave|given|giving|give|handed|handing|left|leaving|passed)${gap(25)}\\bmy ${THINGS}\\b|\\b(?:my )?${THINGS}(?: is| are| will be|'s) going to (?:my|a|the|live with)\\b|\\b(?:giving|gave|given) (?:my|all my) ${THINGS}\\b${gap(20)}\\baway\\b`,
    1,
  ],
  [
    "absence:have-it",
    "\\b(?:he|she|they|you) (?:can|might as well|may as well|could|should) have (?:them|it|it all|everything|all of it|my \\w+)(?: now)?\\b|\\b(?:won'?t|wont|will not) (?:need|be needing) (?:it|them|this|that|any of (?:it|this|them)|my \\w+|(?:that|the|this|any|my next|my) (?:appointment|follow[- ]up|review|referral|operation|surgery|scan|treatment|therapy|prescription|repeat prescription|slot|place|bed))(?: any ?more| where i'?m going)?\\b(?![^.?!\\n]{0,40}\\b(?:fine now|better now|feeling better|healed|sorted now|all sorted|recovered|discharged|all clear|cured|privately|another hospital|moved|moving|elsewhere)\\b)|\\b(?:won'?t|wont) (?:need|have) to (?:feed|walk|look after) (?:her|him|them|it)\\b",
    1,
  ],
  // Affairs: access and papers left for someone; funeral choices; accounts closed.
  [
    "handover-papers",
    `\\b(?:passwords?|pin numbers?|bank details|log-?ins?)\\b${gap(40)}\\b(?:envelope|letter)\\b`,
    2,
  ],
  [
    "handover:for-kin",
    `\\b(?:passwords?|pin numbers?|pins|bank details|log-?ins?|account details)\\b${gap(40)}\\b(?:for|to) (?:my|the|her|his) ${KIN}\\b|\\b(?:written|wrote|left|writing) (?:down )?(?:all )?my (?:passwords|pin|bank details)\\b`,
    1,
  ],
  [
    "affairs:funeral",
    `\\bfuneral (?:songs?|music|hymns?|readings?|plans?|wishes|outfit|arrangements|flowers)\\b${gap(30)}\\b(?:picked|chosen|written|sorted|planned|done|ready|decided)\\b|\\b(?:picked|chosen|sorted|planned|written) (?:out )?(?:my )?funeral\\b`,
    1,
  ],
  [
    "affairs-in-order",
    "\\b(?:my|all my) affairs (?:are |is )?(?:now )?(?:in order|put in order|sorted|tied up)\\b|\\b(?:i'?ve|ive|i have|i'?m|im|i am) (?:put|putting|got|getting) (?:my |all my )?affairs in order\\b",
    2,
  ],
  [
    "closing:accounts",
    "\\b(?:cancel(?:led|ling)?|closed|closing|ended|stopped) (?:my|all my) (?:phone(?: contract)?|contracts?|subscriptions?|direct debits?|bank accounts?|accounts|gym(?: membership)?|insurance|tenancy)\\b",
    1,
  ],
  [
    "note:left",
    "\\b(?:a |the )?(?:note|letters?|envelopes?) (?:is |are )?(?:on|in) the (?:kitchen )?(?:table|side|bed|kitchen|door|mantelpiece|drawer)\\b|\\b(?:wrote|written|left) (?:letters?|notes?|cards?) (?:to|for) (?:all|each|every) of (?:them|you)\\b|\\bleft (?:a|the) (?:letter|note) for (?:my|her|his)\\b",
    1,
  ],
  [
    "final:nothing-left",
    "\\bnothing (?:left|else|more) to (?:sort|arrange|organise|say)\\b|\\bso that'?s that\\b|\\b(?:tied|tying) up (?:all )?(?:the |my )?loose ends\\b",
    1,
  ],
  // A calm that follows a decision: the feeling and the decision are separate signs.
  [
    "calm:feels",
    "\\b(?:feel|feels|feeling|felt) (?:so |really |very |all )?(?:calm|peaceful|at peace|light|lighter|relieved)\\b|\\bweight(?: has been| was| is|'s)? (?:off|lifted)\\b|\\b(?:weirdly|strangely|oddly|finally|so|really) calm\\b|\\b(?:i'?m|im|i am) calm now\\b",
    1,
  ],
  [
    "resolve:decided",
    "\\bmade (?:my )?peace\\b|\\bknow what i(?:'m| am)? (?:going to|gonna|need to|have to|must|'ve got to|got to) do\\b|\\bknow how (?:this|it) (?:all )?ends\\b|\\b(?:i'?ve|ive|i have) decided(?= *(?:$|[.,!?\\n]| and| now))|\\beverything(?:'s| is) (?:sorted|arranged|taken care of)\\b|\\b(?:it'?s|its|it is|everything'?s|everything is) (?:all )?(?:decided|arranged|planned)\\b|\\b(?:i'?m|im|i am) (?:so |finally |really )?ready(?= *(?:$|[.,!?\\n]| now))",
    1,
  ],
  // Burden: better without me.
  [
    "burden-without",
    "\\b(?:be|'d be|would be|will be|is) (?:a )?(?:better|happier|easier|nicer|kinder) (?:place |off |life )?without me\\b|\\b(?:drag|dragging|bring|bringing) everyone down\\b[^.?!\\n]{0,40}\\bbetter off\\b",
    2,
  ],
  // Hopelessness: holding on no longer, giving up on everything.
  [
    "hopeless-hold-on",
    "\\b(?:can'?t|cannot|cant|not sure i can|don'?t think i can|dont think i can|unable to) (?:hold on|hang on|last|keep (?:fighting|holding on|going))(?: \\w+)? (?:any ?longer|much longer|any ?more)\\b|\\bgiv(?:e|ing|en) up,? on (?:everything|life|myself|living|it all)\\b",
    2,
  ],
  [
    "hopeless:nobody-listens",
    `\\b(?:no ?one|nobody|no-one) (?:at|from|in|on) (?:the|your|this)${gap(
      25,
    )}\\b(?:listens|cares|helps|believes me|takes me seriously|answers|comes|picks up|rings back|calls back|gets back)\\b`,
    1,
  ],
  // Self-harm happening now.
  [
    "self-harm-now-2",
    `\\b(?:cutting|burning|hurting|harming|scratching) (?:myself )?(?:right now|now|as we speak|as i type|tonight)\\b|\\b(?:cut|cutting|burn(?:ed|t|ing)?|scratch(?:ed|ing)?|carv(?:ed|ing)|slash(?:ed|ing)?) (?:my|her|his) ${BODY}\\b${gap(
      40,
    )}\\b(?:lighter|blade|razor|on purpose|again|can'?t stop|cant stop|won'?t stop|deep|deeper|keep going|open|bleeding)\\b|\\b(?:cut|cutting|scratch(?:ed|ing)?|burn(?:ed|t)) ${BODY}? ?(?:open|too deep)\\b|\\bbleeding\\b${gap(
      30,
    )}\\bwhere i (?:cut|burnt|burned|scratched|hurt)\\b|\\bbang(?:ing)? my head\\b(?! against a brick)${gap(30)}\\b(?:can'?t stop|cant stop|won'?t stop|bleed)`,
    2,
  ],
  [
    "self-harm-bleeding",
    `\\b(?:wrists?|arms?|thighs?|legs?) (?:is|are|'s|keeps?) bleeding\\b${gap(
      40,
    )}\\b(?:won'?t stop|wont stop|did it (?:to )?myself|on purpose|again)|\\b${SELF_HARM_SITE}\\b${gap(40)}\\b(?:won'?t|wont|will not|can'?t|cant|not|isn'?t) stop(?:ping)? bleeding\\b|\\bbleeding (?:won'?t|wont|will not|isn'?t|doesn'?t) stop\\b${gap(
      20,
    )}\\b${SELF_HARM_SITE}\\b`,
    2,
  ],
];

/**
 * Medicine taken as advised, a dose asked about, help for people with suicidal thoughts: spans the
 * overdose, dose and topic cues would otherwise catch. A hit inside one is dropped (classify.ts).
 */
export const CRISIS_LOOKALIKES = new RegExp(
  [
    `\\b(?:taken|took|take|taking|had|given|gave)${gap(6)}\\b${PILLS}\\b${gap(12)}\\b(?:as (?:prescribed|advised|directed|instructed|told|usual|normal|the \\w+ (?:said|told|advised))|(?:that |which )?the (?:gp|doctor|pharmacist|nurse|consultant|hospital|chemist) (?:gave|prescribed|told|said|advised))`,
    `\\bhow (?:many|much)${gap(40)}\\b(?:should|can|do|must) (?:i|he|she|we|they|my \\w+) (?:take|have|give)\\b(?!${gap(30)}\\b(?:die|kill|end it|fatal|lethal|overdose|not wake|to stop))`,
    `\\b(?:help|helps|helping|support|supports|supporting|for)${gap(30)}\\b(?:with|having|experiencing|struggling with|affected by) suicidal (?:thoughts|feelings)\\b`,
    `\\b(?:so (?:long|bad|boring|embarrassing)|wait(?:ing)?|queue)${gap(30)}\\b(?:wanted|want) to die\\b${gap(6)}\\b(?:lol|haha|lmao)`,
    `\\bsaid (?:our|my|their) goodbyes?\\b${gap(40)}\\b(?:as (?:we|i|they) left|when (?:we|i|they) left|going home|new baby|on (?:our|my|their) way (?:out|home))`,
    // Work at a height: "my dad is on the roof fixing the tiles", "up a ladder clearing the gutters".
    `\\b(?:is|was|s|are|were|been) (?:on|up on) the roof${gap(6)}\\b(?:fixing|repairing|mending|clearing|doing|replacing|sorting|with the)\\b`,
  ].join("|"),
  "g",
);

/** A crisis told as over: recovery now (RECOVERED_NOW) and, in the hit's own sentence, a distant past. */
export const RECOVERED_NOW =
  /\b(?:i'?m|im|i am) (?:doing (?:well|better|great|ok|okay|good)|(?:well|better|ok|okay|good|fine) now|now (?:well|better))\b|\bin a (?:good|better) place\b|\bturned (?:it|my life|things) around\b|\brecovery\b|\bsaved (?:me|my life)\b|\bclean for\b|\btalked me down\b|\bhelped me through\b|\bpeer support|\bstill here\b|\bgrateful\b|\bi'?m (?:\d\d|now (?:a|an|training|working|studying|married)) |\btraining to be\b|\b(?:thank you|thanks) to (?:the|your|all)\b|\bi (?:just )?want(?:ed)? to (?:say|thank)\b|\btoday i (?:ran|finished|graduated|started|qualified)\b|\bvolunteer/;
export const DISTANT_PAST =
  /\b(?:(?:years?|months|a long time|ages) ago|last year|back in|in (?:19|20)\d\d|used to|as a (?:teenager|teen|child|kid|student)|years back|a long time|when i was (?:\d\d?|a (?:teenager|teen|child|kid|student)|young|younger|at school)|a decade|decades? ago)\b/;
/** A sentence that says the danger is back or now, whatever past it also tells. */
export const PRESENT_AGAIN =
  /\b(?:again|tonight|today|anymore|any more|going to|gonna|this time(?! (?:last|next|of|that))|at the moment|right now|starting to)\b/;
