import type { CueList } from "./cue.js";
import { alt, BELONGINGS, gap, KIN, PILLS } from "./cue-grammar.js";

/**
 * Crisis cues by KIND of warning sign, from the published lists: NHS "Help for
 * suicidal thoughts" (warning signs), Samaritans ("signs someone may be
 * struggling"), the Zero Suicide Alliance training, and the Columbia
 * Suicide Severity Rating Scale (C-SSRS) ideation and behaviour items (wish
 * to be dead, thoughts, method, intent, plan, preparatory acts, aborted or
 * actual attempt). Each kind is a small grammar (who, act, object, time), not a
 * list of example sentences, so that wording nobody here wrote still matches.
 *
 * Weight 2 decides alone. Weight 1 is a sign that needs another sign of a
 * different kind: an id's part before ":" is its family, and a family counts
 * once (three ways of saying "I feel calm now" are one sign, not three).
 * Where a sign is ambiguous on its own (calm, a will, a rehomed pet) it is
 * weight 1; the combination is what the warning-sign lists describe.
 */

/** Dangerous natural places and structures: being at their edge is a sign alone. */
const HIGH_PLACE = alt(
  "bridge",
  "viaduct",
  "cliffs?",
  "roof",
  "rooftop",
  "ledge",
  "tower block",
  "balcony",
  "sea wall",
  "pier",
  "quarry",
  "dam",
);
/** Built places people also visit for ordinary reasons (parking): a sign that needs another. */
const HIGH_BUILT = alt(
  "multi[- ]?storey",
  "car park",
  "building",
  "block of flats",
  "flats",
  "platform",
  "motorway",
  "flyover",
);
const ME = alt("i", "i'?m", "im", "i am", "i'?ve", "ive", "i have", "i'?ll", "ill", "i will", "i just");
const THIRD = alt("he", "she", "they", "he'?s", "she'?s", "they'?re", `(?:my|our|his|her|their) ${KIN}`);
const QUANTITY = alt(
  "all",
  "all of",
  "all the",
  "every one of",
  "the lot",
  "the whole",
  "a whole",
  "the rest of",
  "loads of",
  "lots of",
  "a lot of",
  "a load of",
  "too many",
  "a handful of",
  "a bunch of",
  "a bottle of",
  "a box of",
  "a packet of",
  "boxes of",
  "packets of",
  "strips of",
  "\\d\\d",
  "as many",
);
const DAY = alt(
  "tonight",
  "tomorrow",
  "today",
  "this weekend",
  "(?:mon|tues|wednes|thurs|fri|satur|sun)day",
  "midnight",
  "my birthday",
  "the anniversary",
  "new year'?s? eve",
  "christmas",
);
const FUTURE_EVENT = alt(
  "20\\d\\d",
  "christmas",
  "new year",
  "easter",
  "(?:my|his|her|their) birthday",
  "next (?:year|month|week|spring|summer|autumn|winter)",
  "another (?:year|christmas|birthday|week)",
  "the (?:appointment|review|results|operation|follow[- ]up|end of the (?:week|month|year))",
  "(?:my|the|any|these|those|them) (?:appointments?|reviews?|follow[- ]ups?)",
  "them",
  "it",
  "that",
  "much longer",
  "long",
);

const DATE = alt(
  "20\\d\\d",
  "christmas",
  "new year",
  "easter",
  "(?:my|his|her|their) (?:next )?birthday",
  "next (?:year|spring|summer|autumn|winter)",
  "another (?:year|christmas|birthday|summer)",
  "much longer",
  "long",
);
/** "I won't be", "he won't be", "I don't think I'll be": a person expecting to be absent. */
const NOT_FUTURE = `(?:\\b(?:i|he|she|they) (?:won'?t|wont|will not|shan'?t|am not going to|'m not going to|is not going to|are not going to)|\\b(?:don'?t|do not) (?:think|expect) (?:i'?ll|i will|to)|\\bdoubt i'?ll)`;

export const CRISIS_KIND_CUES: CueList = [
  // C-SSRS "method": thinking about a way to die.
  [
    "method-thoughts",
    `\\b(?:thinking|thought|thoughts|think|dreaming|fantasi[sz]ing) (?:about|of)${gap(12)}\\b${alt(
      "jumping",
      "ending it",
      "ending (?:my|his|her) life",
      "killing (?:my|him|her)self",
      "hanging (?:my|him|her)self",
      "overdosing",
      "an overdose",
      "walking into",
      "stepping in front",
      "throwing (?:my|him|her)self",
      "driving (?:into|off)",
      "crashing (?:my|the) car",
      "taking (?:all|every|the lot)",
      "not waking up",
      "ways to die",
      "how to die",
    )}`,
    2,
  ],
  // C-SSRS "method" and preparatory acts: looking up how.
  [
    "method-research",
    `\\b(?:looked|looking|look|searched|searching|googled|googling|researched|researching|reading|read|checked|checking)(?: up| into| about| online| up on)?${gap(
      20,
    )}\\b(?:ways? to (?:end it|die|kill|go|do it)|how to (?:end it|die|kill (?:my|him|her)self|overdose|hang)|how (?:many|much)${gap(
      30,
    )}\\b(?:take|kill|fatal|lethal|die)|lethal|fatal dose|painless)`,
    2,
  ],
  [
    "method-ways",
    "\\b(?:ways?|methods?|best way) to (?:end it|end it all|die|kill myself|end my life)\\b|\\bpainless (?:way|death)\\b",
    2,
  ],
  [
    "method-dose",
    `\\bhow (?:many|much)${gap(30)}\\b${PILLS}\\b${gap(30)}\\b(?:take|kill|fatal|lethal|enough|die|overdose)`,
    2,
  ],
  // C-SSRS intent: "I will", "I have decided", with a time or not.
  [
    "intent-gone",
    "\\b(?:i'?ll|ill|i will|i'?d|i would|i'?m going to|im going to|i may|i might) (?:already |probably |just )?be (?:gone|dead|long gone|six feet under|in the ground)\\b(?! (?:for|on) (?:a |two |holiday|the weekend|a few))",
    2,
  ],
  ["intent-through", "\\b(?:go|going|gonna) through with it\\b", 2],
  [
    "intent-stop",
    "\\b(?:don'?t|do not|no ?one can|nobody can|you can'?t|won'?t|nothing will) (?:try (?:and|to) )?(?:stop|save) me\\b",
    2,
  ],
  ["plan:talk-out", "\\btalk me out of (?:it|this)\\b", 1],
  // Farewells: not being around at a future date.
  [
    "farewell-future",
    `${NOT_FUTURE} (?:be )?(?:around|alive|still here|still alive)\\b${gap(15)}\\b(?:for|at|by|to see|until|till|in|on)? ?${FUTURE_EVENT}\\b|${NOT_FUTURE} (?:be here|live to see|make it to|be seeing|see)\\b${gap(
      15,
    )}\\b(?:for|at|by|to see|until|till|in|on)? ?${DATE}\\b`,
    2,
  ],
  [
    "farewell-goodbye",
    "\\bthis is (?:my )?goodbye\\b|\\bgoodbye (?:all|everyone|everybody|world|forever)\\b|\\b(?:by the time|when) you (?:read|see|get) this\\b|\\bbye forever\\b",
    2,
  ],
  [
    "farewell-love",
    `\\b(?:tell|let|give)${gap(30)}\\b(?:know )?(?:i|that i) (?:love|loved|always loved) (?:her|him|them|you|everyone)\\b|\\b(?:last|final) (?:time|call|text|message) (?:i'?ll|i will|you'?ll|you will|(?:he|she|they) (?:will|would)) (?:ever )?(?:speak|hear|call|ring|text|see)`,
    2,
  ],
  [
    "farewell:thanks",
    "\\bthank(?:s| you)(?: all| everyone)? for (?:trying|everything you tried|all you tried|putting up with me)\\b|\\b(?:who|that) (?:tried|has tried|have tried) (?:with|to help|their best with) me\\b|\\b(?:none of (?:this|it) is|it'?s not|it isn'?t|this isn'?t|don'?t blame) (?:your|her|his|their|anyone'?s|anybody'?s)? ?(?:fault|yourself|yourselves)\\b|\\bplease forgive me\\b|\\bforgive me (?:all|everyone)\\b",
    1,
  ],
  [
    "farewell:disclose",
    "\\bjust (?:wanted|want|needed) (?:someone|somebody|anyone|one person|you|to tell someone)\\b|\\bjust so (?:you|someone) know\\b|\\bin case (?:anyone|someone|somebody) (?:actually |ever )?(?:reads|sees|cares)\\b|\\bdon'?t (?:even )?know (?:why|where else)\\b",
    1,
  ],
  // Plans for a particular day, and everything ready.
  [
    "plan:day",
    `\\b${DAY} (?:is|'s|will be) (?:when|the (?:day|night|date|time))\\b|\\b(?:that'?s|thats|that is) (?:the|my) (?:date|day|night)\\b(?! (?:of|for|we|i|my|the|that|when (?:we|my|the)))|\\b(?:it|this|everything) (?:happens|ends|will (?:happen|end|be over)) ${alt("tonight", "tomorrow", "this weekend", "on [a-z]+day", "at midnight")}\\b|\\b(?:picked|chosen|set) (?:the|a) (?:day|date|time)\\b(?! for (?:the|my|our) (?:wedding|party|move|operation|appointment))`,
    1,
  ],
  [
    "plan:ready",
    "\\beverything(?:'s| is) (?:ready|in place|set|prepared)\\b|\\b(?:i'?m|im|i am) ready now\\b",
    1,
  ],
  // Means gathered, with or without a time (C-SSRS preparatory acts).
  [
    "means-pills",
    `\\b(?:sav(?:e|ed|ing)(?: up)?|stockpil\\w*|hoard\\w*|collect(?:ed|ing)? up|gather(?:ed|ing)?|stash(?:ed|ing)?|stor(?:ed|ing) up|squirrel\\w* away|put(?:ting)? aside|lined up|lining up|counted out|counting out|kept back|keeping back|building up)${gap(
      25,
    )}\\b${PILLS}\\b|\\b${PILLS} (?:saved|stockpiled|hoarded|stashed|lined up|counted out|collected)\\b|\\b(?:from|at|round) (?:different|several|every|various|all the) (?:pharmacies|chemists|shops)\\b`,
    2,
  ],
  [
    "means-ligature",
    `\\b(?:rope|noose|ligature)\\b${gap(30)}\\b(?:ready|tied|hook|beam|banister|loft|tree|door|hold (?:my|the) weight)\\b|\\b(?:bought|got|have|found|tied|made|tested|put up)${gap(10)}\\b(?:a|the) (?:rope|noose|ligature)\\b`,
    2,
  ],
  [
    "means-high-place",
    `\\b(?:top|edge|ledge) of (?:the |a |this |that |my )?${gap(25)}\\b${HIGH_PLACE}\\b|\\b(?:sat|sitting|stood|standing|perched|climbed|climbing|i'?m|im|i am|he'?s|she'?s|they'?re|been)${gap(
      12,
    )}\\b(?:on|onto|over|off|at the top of) (?:the |a |this )?(?:roof|ledge|cliff edge|cliffs?|parapet|railings|sea wall|viaduct|bridge|balcony rail)\\b|\\b(?:jump(?:ing)?|fall(?:ing)?|throw(?:ing)? (?:my|him|her)self) (?:from|off|out of) (?:the |a |my |his |her )?(?:window|balcony|roof|bridge|building|cliff|car park|flats)`,
    2,
  ],
  [
    "place:high",
    `\\b(?:top|edge|roof) of (?:the |a |this |that |my )?${gap(25)}\\b${HIGH_BUILT}\\b|\\b\\d+(?:st|nd|rd|th) floor\\b|\\b(?:up|out) here\\b`,
    1,
  ],
  [
    "means-tracks",
    "\\b(?:sat|sitting|stood|standing|lying|lay|laid|walking|waiting|i'?m|im|i am|he'?s|she'?s)\\b[^.?!\\n]{0,20}\\b(?:the (?:train |railway |rail )?tracks?|railway line|train line|level crossing|platform edge)\\b",
    2,
  ],
  [
    "means-exhaust",
    "\\bengine (?:running|on|going)\\b[^.?!\\n]{0,60}\\b(?:garage|door|hose|pipe|exhaust|answer|shut|closed|down)\\b|\\b(?:garage|hose ?pipe|hose)\\b[^.?!\\n]{0,60}\\bengine (?:running|on|going)\\b|\\bhose ?(?:pipe)? (?:to|into|in|on|from) (?:the|his|her|my) exhaust\\b|\\bexhaust fumes\\b|\\bcarbon monoxide\\b[^.?!\\n]{0,30}\\b(?:myself|end|die)|\\bcharcoal\\b[^.?!\\n]{0,30}\\b(?:tent|room|car|sealed)\\b",
    2,
  ],
  [
    "means-blades",
    "\\b(?:bought|got|have|found|kept|hid|hidden|hiding|holding|with|sharpened)\\b[^.?!\\n]{0,10}\\b(?:razor ?blades?|blades|a blade|scalpel)\\b",
    1,
  ],
  // Overdose taken, by the writer or by someone else.
  [
    "overdose-taken",
    `\\b(?:took|taken|swallowed|downed|necked|had|eaten|ate) (?:(?:her|his|their|my) (?:whole|entire)|${QUANTITY})\\b${gap(
      20,
    )}\\b${PILLS}\\b|\\b(?:going to|gonna|will|i'?ll|ill|about to|want to|planning to|plan to) (?:take|swallow|neck|down)\\b${gap(
      15,
    )}\\b(?:as many|all (?:of )?|every|the (?:lot|whole|rest)|everything|loads|a (?:load|lot|handful))${gap(25)}\\b(?:${PILLS}|them|i'?ve got|i have|in the house|in the cupboard)\\b`,
    2,
  ],
  [
    "overdose-unresponsive",
    `\\b${PILLS}\\b${gap(60)}\\b(?:won'?t|can'?t|cannot|not|isn'?t|hardly|barely)(?: be able to)? (?:wake|waking|responding|breathing|make sense|stay awake)|\\b(?:won'?t|can'?t|cannot|not|isn'?t) (?:wake|waking|responding|breathing)${gap(
      60,
    )}\\b${PILLS}\\b`,
    2,
  ],
  // The means at hand, beside the writer now: "the blade is on the bed next to me".
  [
    "means-at-hand",
    `\\b(?:the|a|my) (?:knife|kitchen knife|blade|razor|rope|noose|belt|cord|lighter|${PILLS})\\b${gap(
      30,
    )}\\b(?:next to me|beside me|in my hands?|in front of me|on my lap|by my side|in my pocket)\\b`,
    2,
  ],
  // Nothing mattering after a time: "by this time tomorrow none of it will matter".
  [
    "intent-matter",
    `\\b(?:none of (?:it|this)|nothing) (?:will|is going to|gonna) matter(?: to me)?(?: any ?more)? (?:after|by|soon|tomorrow|tonight|once)\\b|\\b(?:by|after) (?:this time )?(?:tomorrow|tonight|the weekend|friday|next week)${gap(
      25,
    )}\\b(?:none of (?:it|this)|nothing) (?:will|is going to|gonna) matter\\b`,
    2,
  ],
  // Thanks for trying with an absolution, either order: "thanks for everything you tried, none of this is on you".
  [
    "farewell-absolve",
    `\\bthank(?:s| you)(?: all| everyone| so much)? for (?:everything you(?: all)? tried|trying|all you tried|all your tries|putting up with me|everything over the years)\\b[^\\n]{0,60}\\b(?:none of (?:this|it) (?:is|was) (?:on|your|down to)|(?:not|never) (?:on you|your fault|down to you)|(?:isn'?t|wasn'?t|is not|was not) (?:on you|your fault)|don'?t blame (?:yourself|yourselves))\\b(?! (?:he|she|they|that|my|the|it|we|his|her)\\b)|\\b(?:none of (?:this|it) (?:is|was) (?:on|your|down to)|(?:not|never) (?:on you|your fault))\\b[^\\n]{0,60}\\bthank(?:s| you)(?: all| everyone)? for (?:everything you(?: all)? tried|trying|all you tried|putting up with me)\\b`,
    2,
  ],
  // Someone else who will be around: the appointment handed on because the writer will not be.
  [
    "absence-someone-else",
    "\\bsomeone (?:else )?(?:who|that)(?:'ll| will| is going to| can)? (?:(?:actually|definitely|really) be (?:around|here|alive)|still be (?:around|here|alive))\\b(?![^.?!\\n]{0,40}\\b(?:away|holiday|working|busy|can'?t make|cannot make|instead of me)\\b)",
    2,
  ],
  // A sudden calm with a decision made (Samaritans, ZSA): "feel weirdly peaceful, made my mind up".
  [
    "calm-decided",
    `\\b(?:calm|peaceful|at peace|relief|relieved|weight off|weight lifted|lighter)\\b[^\\n]{0,60}\\b(?:made my mind up|made up my mind|my mind(?:'s| is) made up|decision(?:'s| is)? made|everything(?:'s| is) decided|i'?ve decided(?! to)|know what i(?:'m going to| need to| have to| am going to) do)\\b(?! (?:to|about|on|for|with))|\\b(?:made my mind up|made up my mind|my mind(?:'s| is) made up|decision(?:'s| is)? made|everything(?:'s| is) decided|i'?ve decided(?! to))\\b(?! (?:to|about|on|for|with))[^\\n]{0,60}\\b(?:calm|peaceful|at peace|weight off|weight lifted|so much lighter|relief)\\b`,
    2,
  ],
  // Not coming to clinic again, with no reason that explains it (a move, a discharge).
  [
    "absent:clinic",
    "\\b(?:won'?t|wont|will not) be (?:at|coming to|in|back at|back to) (?:clinic|the clinic|my appointments?|group|the group|therapy|my sessions?|the drop[- ]in)(?: again| any ?more| after (?:this|today|tonight))\\b(?![^.?!\\n]{0,40}\\b(?:moving|moved|discharged|transferred|elsewhere|another|new gp|better now|private(?:ly)?|holiday|work)\\b)",
    1,
  ],
  // Life not getting better, said flatly: a hopeless sign (it counts with another kind).
  [
    "hopeless:never",
    "\\b(?:it'?s|its|it is|things are|life is|i'?m|im|i am) (?:never|not ever|not) (?:going to|gonna|gunna|ever going to) get (?:any )?better\\b",
    1,
  ],
  // A note written to be found: "if you see this, none of this is on you".
  [
    "farewell-note",
    `\\b(?:if|when|once|whoever) (?:you |anyone |someone )?(?:see|sees|read|reads|find|finds|get|gets) this\\b${gap(
      60,
    )}\\b(?:none of (?:this|it) is|not on you|(?:isn'?t|is not|wasn'?t) your fault|not your fault|forgive me|i'?m sorry(?= ?[.,!]|$| x\\b| for (?:everything|all of it|all this|being)| to (?:everyone|all))|goodbye|don'?t blame)`,
    2,
  ],
  // Being a burden.
  [
    "burden-self",
    "(?<!used to |once |would )\\b(?:i'?m|im|i am|i'?ve become|i feel like|feel like|i feel|i'?m just|i'?m only) (?:just |such |nothing but |only |a |an )*(?:burden|drain on|waste of (?:space|money|time|oxygen|a bed))\\b(?! (?:asking|to ask|for asking|chasing|bothering|by asking|messaging|emailing|writing|ringing))",
    2,
  ],
  [
    "burden-better",
    "\\b(?:kinder|better|easier|happier|simpler|best|fairer) (?:for |to |off )?(?:everyone|everybody|all|them|my family|the kids|my \\w+|us all)?[^.?!\\n]{0,15}\\bif i (?:just )?(?:went|was gone|were gone|wasn'?t (?:here|around|alive)|weren'?t (?:here|around|alive)|died|disappeared|didn'?t wake up|never woke up|vanished|just vanished|was never born|wasn'?t born|never existed|was dead|ended it|wasn'?t in the picture)\\b",
    2,
  ],
  [
    "burden:cost",
    "\\ball (?:i do|i am|i'?m good for)(?: now)? is (?:cost|costing|waste|wasting|drain|draining|worry|worrying|upset|ruin)\\b|\\b(?:i|i'?m|im) (?:just )?(?:ruin|ruining|spoil|spoiling) (?:everyone'?s|everything for)\\b",
    1,
  ],
  // Hopelessness, including about services.
  [
    "hopeless:nothing",
    "\\bnothing (?:works|helps|is working|is helping|has (?:worked|helped|changed)|will (?:ever )?(?:change|help|work|get better)|is (?:ever )?going to (?:change|help|get better|work)|ever (?:changes|helps|works))\\b|\\bno (?:future|hope) (?:in|for|left|ahead)\\b",
    1,
  ],
  [
    "hopeless:nobody",
    "\\b(?:no ?one|nobody|no-one)(?: is| will| can|'s| ever)? (?:ever )?(?:going to )?(?:help|listen|care|takes? me seriously|believe me)\\b",
    1,
  ],
  [
    "hopeless-dead",
    "\\b(?:until|till|unless|before) (?:you'?re|i'?m|i am|someone'?s|someone is|somebody is|they'?re|we'?re|i end up|someone ends up) dead\\b",
    2,
  ],
  [
    "giving-up:done",
    "\\b(?:i'?m|im|i am) (?:so )?(?:done|finished) (?:trying|fighting|with (?:life|it all|everything|trying))\\b(?! to)|\\bgiv(?:e|en|ing) up (?:trying|fighting|hope)\\b(?! (?:to|of) (?:get|ring|call|phone|book|contact|reach|find|park|complain|speak|talk to)| (?:with|on) (?:the|your) (?:phone|app|website|system|switchboard|line))|\\bno (?:fight|strength) left\\b",
    1,
  ],
  [
    "tired-living",
    "\\b(?:tired|sick|exhausted) of (?:living|being alive|existing|being here|this life|everything)\\b|\\bso tired of it all\\b",
    2,
  ],
  // Self-harm in progress or urges.
  [
    "self-harm-now",
    "\\bcut (?:again|deeper|myself|too deep|last night|this morning)\\b|\\b(?:cutting|burning|scratching|hitting|punching|carving|bruising|stabbing|hurting|burnt|burned|scratched|punched|carved) myself\\b|\\b(?:cutting|carving|cut|carved) (?:my|her|his) (?:arms?|legs?|wrists?|thighs?|skin|stomach)\\b|\\b(?:cuts?|wounds?) (?:won'?t|wont|will not|that won'?t) stop bleeding\\b|\\bcouldn'?t stop (?:myself )?(?:cutting|hurting myself)\\b|\\b(?:urges?|tempted|itching) (?:to |for )?(?:cut|self[- ]?harm|hurt myself|burn myself)\\b|\\b(?:my|her|his) (?:fresh|new|deep|deeper) (?:cuts|wounds)\\b",
    2,
  ],
  // Affairs put in order.
  [
    "affairs:order",
    "\\b(?:sorted|made|wrote|written|writing|updated|changed|finished|signed|done|did) (?:out )?(?:my|a|the) (?:will|funeral (?:plan|arrangements|wishes)|passwords?)\\b|\\bmy (?:will|funeral)\\b[^.?!\\n]{0,20}\\b(?:sorted|done|ready|written|in order|arranged|planned)\\b|\\b(?:affairs|paperwork|papers|bills|accounts) (?:are |is )?(?:in order|put in order|sorted|arranged|organised|tied up|paid)\\b|\\b(?:put|putting|got|getting) (?:my |all my )?(?:affairs|things|life|papers|house) in order\\b|\\bpasswords?\\b[^.?!\\n]{0,30}\\b(?:written|in the|are in|envelope|drawer|for (?:my|the))\\b|\\bwho gets (?:my|the)\\b|\\b(?:tied|tying) up (?:the |all the |my )?loose ends\\b|\\b(?:cancel|don'?t need|won'?t need) (?:all )?(?:of )?my (?:appointments|prescriptions|follow[- ]ups)\\b",
    1,
  ],
  [
    "affairs-letters",
    `\\b(?:wrote|written|writing|left|leaving|sent|recorded|made)\\b${gap(15)}\\b(?:notes?|letters?|cards?|videos?|messages?)\\b${gap(
      15,
    )}\\b(?:to|for) (?:everyone|everybody|all of (?:you|them)|each of|the (?:kids|children|family|girls|boys)|my (?:kids|children|family|son|daughter|sons|daughters|wife|husband|partner|mum|dad|parents|brother|sister|grandchildren|little one))\\b`,
    2,
  ],
  // Giving away pets and belongings.
  [
    "giving:belongings",
    `\\b(?:gave|given|giving|give|handed|handing|passed|passing|left|leaving) (?:away )?(?:all )?(?:of )?my${gap(15)}\\b${alt(...BELONGINGS)}\\b${gap(20)}\\b(?:to|away)\\b|\\b(?:rehom(?:e|ing)|new home for|find (?:a )?home for|look after|take (?:on )?)${gap(
      15,
    )}\\b(?:dog|cat|puppy|kitten|pets?|rabbit|budgie|parrot|hamster|horse)\\b|\\b(?:does anyone|anyone|who) wants? (?:a|my)${gap(
      20,
    )}\\b(?:dog|cat|puppy|kitten|pet)\\b|\\b(?:dog|cat|pets?|kids|children) (?:is|are|will be|'s) going to (?:my|a|the|live with)\\b|\\b(?:booked|put|sent) (?:the |my )?(?:dog|cat|pets?) (?:into|in|to) (?:a )?(?:cattery|kennels?)\\b|\\bneed (?:him|her|them|it) gone by\\b`,
    1,
  ],
  [
    "absence:care",
    "\\b(?:won'?t|will not|wont) be (?:able to|here to|around to) (?:look after|care for|feed|walk|take care of)\\b|\\b(?:no ?one|nobody) (?:left |will be )?(?:to )?(?:look after|feed|walk|care for)\\b|\\bso (?:someone|somebody) (?:finds|will find)\\b",
    1,
  ],
  // Sudden calm after distress, and being resolved.
  [
    "calm:peace",
    "\\b(?:feel|feeling|felt|i'?m|im|i am|finally|so|really|honestly)\\b[^.?!\\n]{0,15}\\b(?:calm|at peace|peaceful|relieved|content|settled)\\b|\\b(?:weight (?:off|lifted)|a load off)\\b|\\b(?:can|will|could) finally (?:rest|sleep|be free|be at peace|stop)\\b|\\bnot (?:angry|upset|cross|bitter) (?:with|at|about)\\b[^.?!\\n]{0,30}\\bany ?more\\b",
    1,
  ],
  [
    "calm:resolved",
    "\\bmade (?:my )?peace\\b|\\b(?:know|knew) what i (?:need|have|'ve got|must) to do\\b|\\bmade (?:up )?my (?:mind|decision|choice)\\b|\\b(?:i'?ve|ive|i have) decided\\b|\\beverything(?:'s| is) (?:clear|clearer|sorted|arranged|organised|taken care of) now\\b|\\b(?:that'?s|it'?s|all) (?:all )?(?:sorted|arranged|organised|taken care of) now\\b",
    1,
  ],
  // Wanting to join someone who has died.
  [
    "grief:without",
    "\\b(?:first|second) (?:christmas|birthday|anniversary|new year|year|summer|winter) without (?:him|her|them|my)\\b|\\bsince (?:he|she|they) (?:died|passed|went)\\b",
    1,
  ],
  [
    "join-dead",
    "\\b(?:be with|join|joining|see) (?:him|her|them|my (?:late )?[a-z]+) (?:again|soon|tonight|forever|at last|up there|in heaven)\\b",
    1,
  ],
  // A third party's concern: said sorry, not answering, said they would end it.
  [
    "third-said",
    `\\b(?:said|says|saying|told (?:me|us|her|him)|keeps? saying|texted|messaged|posted|sent (?:me |us )?(?:a )?(?:message|text))\\b${gap(
      25,
    )}\\b(?:going to|gonna|wants? to|would|will|'d|'ll|to)\\b${gap(10)}\\b(?:end it|end (?:his|her|their) life|kill (?:him|her|them)sel(?:f|ves)|jump|not be (?:here|around)|be gone|hang (?:him|her|them)sel(?:f|ves)|take (?:all )?(?:his|her|their) (?:pills|tablets|meds))\\b`,
    2,
  ],
  [
    "third-sorry",
    `\\b(?:said|says|saying|texted|messaged|posted|wrote|sent)${gap(25)}\\b(?:sorry (?:for|about) (?:everything|all of it|all this|it all|being)|sorry (?:to )?(?:everyone|everybody|us all|you all|all of us)|goodbye|bye forever|i love you all|(?:she|he|they) (?:loves?|loved) (?:us|you all|them all|everyone)|look after (?:mum|dad|the kids|each other|my|him|her|them))`,
    2,
  ],
  ["third:sorry", "\\b(?:said|says|saying|texted|messaged|posted|sent)\\b[^.?!\\n]{0,20}\\bsorry\\b", 1],
  [
    "unreachable:phone",
    "\\b(?:not|isn'?t|won'?t|wont|hasn'?t been|stopped|hasn'?t|doesn'?t) (?:answering|picking up|replying|responding|answer|pick up|reply)\\b|\\b(?:phone|mobile)(?:'s| is| has| went)? (?:off|switched off|turned off|going straight to voicemail|dead|gone off)\\b|\\b(?:turned|switched) (?:his|her|their|the) (?:phone|mobile) off\\b|\\bwithout (?:his|her|their) (?:phone|mobile|keys|wallet|purse)\\b|\\b(?:locked|shut) (?:him|her|them)sel(?:f|ves) in\\b",
    1,
  ],
  [
    "context:discharged",
    `\\b(?:just |recently |only )?(?:discharged|released|let out|sent home)\\b${gap(30)}\\b(?:psych\\w*|mental health|ward|unit|crisis|hospital|a&e)\\b|\\b(?:under|with|known to|a patient of|seen by) (?:your|the|one of your)${gap(
      15,
    )}\\b(?:mental health|crisis|cmht|psych\\w*|teams?)\\b`,
    1,
  ],
  [
    "third-state",
    `\\b${THIRD} (?:is|was|has been|keeps?|just)? ?(?:sat|sitting|stood|standing|on|at|up) ${gap(20)}\\b(?:edge|ledge|top of|roof|bridge|railway|tracks|cliff)\\b`,
    2,
  ],
  // Welsh (Cymraeg): the same kinds, for the Welsh-speaking trusts' accounts.
  [
    "cy-intent",
    "\\b(?:eisiau|isio|moyn|am) (?:marw|farw)\\b|\\b(?:lladd|ladd|niweidio|torri) (?:fy|ei|eu) hun(?:an)?\\b|\\bhunan-?niweidio\\b|\\bdim pwynt (?:byw|mwyach|bellach|i fyw)\\b|\\bblino ar (?:fyw|bopeth|fywyd)\\b|\\b(?:yn |n )faich\\b",
    2,
  ],
  [
    "cy-farewell",
    "\\bddim\\b[^.?!\\n]{0,25}\\bbydda i (?:yma|o gwmpas|yn fyw)\\b|\\bna fydda i (?:yma|o gwmpas|yn fyw)\\b|\\bfydda i ddim (?:yma|o gwmpas|yn fyw)\\b|\\bsori am bopeth\\b|\\bddrwg (?:gen i|gyda fi) am bopeth\\b|\\bhwyl fawr (?:bawb|am byth)\\b",
    2,
  ],
  [
    "cy-means",
    "\\b(?:cymryd|cymerodd|cymerais|llyncu|llyncodd|llyncais)\\b[^.?!\\n]{0,30}\\b(?:tabledi|pils|paracetamol|moddion|meddyginiaeth)\\b[^.?!\\n]{0,20}\\b(?:i gyd|y cyfan|gormod|llawer)\\b|\\b(?:casglu|cadw|hel) (?:fy |ei )?(?:tabledi|pils|moddion)\\b|\\bar (?:ben|ymyl) (?:y |yr )?(?:bont|to|clogwyn|clogwyni|adeilad)\\b",
    2,
  ],
  ["farewell:cy-thanks", "\\bdiolch am (?:drio|geisio|bopeth wnaethoch chi drio)\\b", 1],
  ["third:cy-unreachable", "\\bddim yn ateb\\b|\\bffôn (?:i ffwrdd|wedi diffodd)\\b", 1],
  ["calm:cy-resolved", "\\bwedi penderfynu\\b|\\bwedi blino gormod\\b|\\bwedi cael digon\\b", 1],
  // "I" is a sign only with the rest of the sentence; this one is the C-SSRS "wish to be dead".
  [
    "wish-dead",
    `\\b${ME} (?:wish|hope) i (?:could )?(?:just )?(?:die|disappear|not wake up|was never born|wasn'?t here|could sleep forever)\\b`,
    2,
  ],
];

/**
 * Everyday speech that the kinds above would otherwise catch: hyperbole about
 * waiting, cuts to hours or budgets, being dead on one's feet. A cue hit inside
 * one of these spans is dropped; anything else in the message still counts.
 */
/**
 * A death in care told by the family ("he said his goodbyes to all of us"), or a crisis that is
 * over and told as thanks ("this time last year I took an overdose … I'm doing OK now"): the
 * farewell and overdose cues then describe the past. classify.ts checks these only when every
 * crisis hit is a farewell or an overdose; recovery needs a past time as well.
 */
export const DEATH_IN_CARE =
  /\b(?:palliative|hospice|end of life care|passed away|died peacefully|passed peacefully|slipped away|surrounded by (?:family|us|his|her|their|loved)|(?:making|made|keeping|kept) (?:him|her|them) comfortable|until the end|(?:his|her|their) (?:last|final) (?:days|hours|weeks)|rest in peace)\b/;
export const RECOVERED =
  /\b(?:i'?m (?:still here and|doing (?:ok|okay|well|better|great)|in recovery|better now)|(?:saved|turned around) my life)\b/;
export const PAST_TIME =
  /\b(?:this time last year|last year|(?:\d+|one|two|three|a few|a|many) (?:years|months) ago)\b/;

export const CRISIS_KIND_IDIOMS =
  /\b(?:if looks could kill[^.?!\n]{0,40}|(?:hours|budget|funding|pay|staff|service|services|benefits|money|power|hair|line|call|phone|bus|appointment|appointments|it|they|got|been|was|were|is|are|being|get|gets) cut (?:again|deeper|last night|this morning)|kill me now(?:[,.!]| the| this| that| lol| haha)|(?:i'?ll|ill|i will|i'?d|we'?ll) be (?:dead|gone) (?:by the time|before) (?:you|they|anyone|someone|the (?:phone|doctor|ambulance|letter|results?)|i (?:get|see|hear))|(?:would|'d) rather die than|(?:bored|scared|sick|worried|frightened) to death|dead on my feet|dead (?:tired|good|easy)|over my dead body|die of (?:embarrassment|shame|boredom)|(?:nearly|almost) died (?:laughing|of)|jump (?:the queue|through hoops|at the chance|in the car|on a call|on the bus|on board|in)|(?:this|the) (?:wait|queue|heat|parking|traffic) (?:is|was) (?:killing|torture)|(?:thank you|thanks) for everything you (?:did|do|have done) for (?:my|our|him|her|them|mum|dad)|feel(?:ing)? free|calm (?:and|,) (?:kind|professional|reassuring|caring)|(?:kept|keep|keeping|stayed|stay) (?:me |us |everyone )?calm)\b/g;
