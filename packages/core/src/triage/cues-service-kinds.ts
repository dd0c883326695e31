import type { CueList } from "./cue.js";
import { alt, gap, MONTH_NAMES, STAFF } from "./cue-grammar.js";

/**
 * Service categories by KIND of message (docs/labelling.md), for the ways people write them
 * without the category's own words. A complaint is usually a failure told as a story: a delay
 * given as a length of time, a visit that never happened, something lost, moved at short notice,
 * broken, wrong or unsafe, a discharge or a remark by staff, a sarcastic or rhetorical close, a
 * demand for someone senior. Praise by its forms ("shout out", stars, "can't fault"); clinical
 * questions as "is this normal" in other words; spam by the offer it makes.
 */

const NUMBER = alt(
  "\\d+",
  "an?",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "eleven",
  "twelve",
  "fifteen",
  "twenty",
  "thirty",
  "forty",
  "a couple of",
  "several",
);
const SPAN = alt("minutes", "mins", "hours", "hrs", "days", "weeks", "months", "years");
const MONTH = alt(...MONTH_NAMES);

export const COMPLAINT_KIND_CUES: CueList = [
  // A delay given as a length of time.
  [
    "delay-span",
    `\\b${NUMBER} (?:more |whole |full )?${SPAN}\\b (?:for (?:a|an|the|my|her|his|our|patient|someone|somebody|anyone)|waiting|on hold|in (?:a&e|resus|the waiting room|majors|the corridor)|to (?:get|be|see|wait)|and (?:still|no|nobody|not)|just to|stuck)\\b|\\bon hold\\b${gap(
      30,
    )}\\b${NUMBER} ${SPAN}\\b|\\brang out for\\b|\\bno (?:\\w+ ){0,3}(?:slots|appointments|dates) (?:until|till|before) (?:${MONTH}|next)\\b|\\b${NUMBER} (?:and a half )?${SPAN} (?:on|in|at) (?:the |a )?(?:\\w+ ){0,3}(?:waiting list|waiting room|waiting area|corridor|trolley|chair|a&e|majors|resus|minor injuries|department|clinic|queue)\\b|\\band counting\\b`,
    2,
  ],
  // Dignity and privacy, what the organisation posts, staff misusing the disabled bays, the cost.
  [
    "dignity",
    "\\bno (?:privacy|dignity|respect)\\b|\\b(?:discussed|talked about|announced|read out|shouted out|said) (?:my|her|his|our) (?:\\w+ ){0,2}in front of\\b|\\bin (?:her|his|their|my) own (?:urine|wee|poo|faeces|mess|vomit|excrement)\\b",
    2,
  ],
  [
    "posts",
    "\\b(?:content|trigger) warnings?\\b|\\b(?:please |can you |could you |will you )?stop (?:posting|putting|sharing|tagging|charging|closing|cutting|ignoring)\\b|\\b(?:your|these|this|the) (?:\\w+ )?posts? (?:\\w+ ){0,6}(?:insensitive|offensive|upsetting|tone[- ]deaf|inappropriate|misleading|triggering|never mention|ignores?)\\b|\\bwarning on (?:\\w+ )?posts\\b",
    2,
  ],
  [
    "misuse-bays",
    "\\b(?:parking|parked|park) (?:in|on|across) (?:the )?(?:disabled|blue badge|ambulance|drop[- ]off)\\b|\\b(?:blocking|blocked) (?:the )?(?:disabled|blue badge|ambulance bay|entrance)\\b",
    2,
  ],
  ["rip-off", "\\b(?:a|an|such a|what a|total|absolute|complete|is a) rip[- ]?off\\b|\\bextortionate\\b", 2],
  // A verdict on a service, a rule or the staff: "the new visiting rules are cruel".
  [
    "service-verdict",
    "\\b(?:service|system|rules?|policy|care|treatment|staff|ward|hospital|a&e|clinic|trust|management|parking|food|communication|booking|app|website|phone line|switchboard|aftercare|follow up|follow-up)\\b (?:here |there |now |today |itself )?(?:is|are|was|were|has been|have been) (?:\\w+ )?(?:cruel|heartless|inhumane|callous|appalling|awful|terrible|shocking|dreadful|diabolical|a joke|a disgrace|a farce|a shambles|rubbish|useless|non-existent|chaos|chaotic|shambolic|atrocious|horrible|disgusting|falling apart|not fit for purpose|a mess)\\b|\\b(?:ignores|ignoring) (?:every|all|our|my|the|us|patients|families)\\b",
    2,
  ],
  [
    "late-letter",
    "\\b(?:appointment|clinic|scan) (?:that|which) (?:was|had been) (?:yesterday|last week|this morning|already)\\b|\\b(?:letter|text|reminder) (?:arrived|came|turned up|dropped) (?:\\w+ ){0,4}(?:after|too late|the day after)\\b",
    2,
  ],
  // A visit that never happened, nobody rang.
  [
    "no-show",
    "\\bno[- ]show\\b|\\b(?:never|didn'?t|did not) (?:turn(?:ed)? up|show(?:ed)? up|arrive|come|came)\\b|\\bno (?:phone )?call,? no\\b|\\bnobody (?:came|turned up|rang|called)\\b",
    2,
  ],
  // Lost, moved at short notice, late letters.
  [
    "lost-moved",
    `\\b(?:was|were|got|been|had been) '?lost'?\\b|\\b(?:moved|changed|rescheduled|rearranged|cancelled)\\b${gap(
      40,
    )}\\bwith (?:two|three|\\d+|a|one|less than a|only a|only two|no) (?:(?:days?|hours?|weeks?)(?:'s|s'|')? )?notice\\b|\\barrived${gap(
      20,
    )}\\bafter the appointment\\b|\\bmarked (?:as )?(?:a )?dna\\b|\\b(?:nobody|no ?one) (?:knows|knew|can tell (?:me|us)) where (?:they|it|his|her|my|our) (?:\\w+ )?(?:are|is|went|were|have gone|has gone)\\b|\\b(?:weren'?t|wasn'?t|not|never|didn'?t get) (?:seen|called in|called|triaged|looked at) (?:till|until|til|before) (?:\\d{1,2}(?::\\d\\d)? ?(?:am|pm)?|gone|after|late|midnight|the next|the following)\\b|\\bback (?:at|to) the (?:end|bottom|back) of (?:a|the)\\b`,
    2,
  ],
  // Wrong or unsafe: another patient's medicines, a near miss.
  [
    "unsafe",
    "\\b(?:somebody|someone|some ?one) else'?s (?:tablets|medication|meds|notes|letter|results|records|baby|name)\\b|\\banother patient'?s (?:name|tablets|medication|meds|notes|letter|results|records)\\b|\\bcould have been (?:a disaster|fatal|much worse|serious|killed)\\b|\\bwhat if it had been (?:an emergency|serious)\\b",
    2,
  ],
  // Broken, not working, unfit.
  [
    "broken",
    "\\b(?:broken|not working|hasn'?t worked|hasnt worked|doesn'?t work|out of order|hasn'?t been fixed)\\b[^.?!\\n]{0,40}\\b(?:since|for (?:\\d+|two|three|weeks|days|months)|again)\\b|\\b(?:the|your) \\w+ (?:are|is) broken\\b|\\bno working (?:toilet|lift|disabled toilet|loo|phone|tv|heating)\\b|\\b(?:is|was|are|were) inedible\\b|\\bdaylight robbery\\b|\\bthe state of the\\b",
    2,
  ],
  // Discharge and transport told as a failure.
  [
    "discharge-story",
    "\\b(?:discharged|sent (?:her |him |them |me )?home)\\b[^.?!\\n]{0,50}\\b(?:at (?:\\d+|midnight)(?: ?(?:pm|am))?|in (?:a|her|his) (?:taxi|nightie|nightdress|pyjamas|gown)|with no|without (?:any|a|crutches|her|his|pain|medication)|no crutches)\\b",
    2,
  ],
  // What a member of staff did or said.
  [
    "staff-conduct",
    `\\brefus(?:ed|ing|es) to (?:examine|see|treat|help|listen|look at|give|let)\\b|\\bspoke (?:about|to) (?:my|her|him|them)${gap(
      30,
    )}\\blike (?:she|he|they) (?:wasn'?t|weren'?t|was|were)\\b|\\b(?:said|told (?:me|us|her|him))(?: (?:it'?s|it was|that'?s|that it was))? '?not my (?:problem|job)\\b|\\b${STAFF}\\b${gap(
      20,
    )}\\basleep (?:at|on)\\b|\\bfollowed${gap(40)}\\bbecause (?:he'?s|she'?s|they'?re|he is|she is)\\b|\\btalking to${gap(
      20,
    )}\\blike (?:he'?s|she'?s|he was|she was|they were|i was|i'?m) (?:a|an|some)\\b|\\battention seeking\\b|\\bwithout a (?:wash|drink|meal)\\b|\\bfor (?:\\w+ )?(?:days|hours) without\\b`,
    2,
  ],
  // Rhetorical and sarcastic closes, demands for someone senior.
  [
    "rhetoric",
    "\\bwho signs? (?:that|this) off\\b|\\bsays it all\\b|\\bgenuinely how\\b|\\bis this how you treat\\b|\\bhow is (?:that|this) (?:acceptable|ok|okay|right|fair)\\b|\\bi want (?:an answer|answers|this looked into|someone senior|it looked into|a proper)\\b|\\bwant (?:this|it) looked into\\b|\\bhow (?:does|did|can|could) (?:that|this|it) (?:even )?happen\\b|\\b(?:does|do|will|is) (?:anyone|anybody|someone|any of you) (?:there )?(?:actually|ever|even|going to|gonna) (?:\\w+ )?(?:answer|reply|respond|ring|call|get back|pick up|read)\\b|\\bor is it just for show\\b|\\bnot impressed\\b|\\bhow is (?:that|this) (?:even )?(?:allowed|possible|legal)\\b|\\b(?:every|each)\\.? single\\.? time\\b|\\bsort it(?: out)?\\.",
    2,
  ],
  [
    "sarcasm:brilliant",
    "(?:^|[.!?] )(?:brilliant|great|lovely|fantastic|fab|marvellous|cheers|thanks nhs|well done)[.!]+ *$",
    1,
  ],
  [
    "conditions:food",
    "\\b(?:diabetic|gluten|coeliac|allergic|vegan|halal|kosher)\\b[^.?!\\n]{0,60}\\b(?:keep|kept|still) (?:bringing|giving|serving)\\b|\\bfrozen\\b(?! shoulder)",
    1,
  ],
];

export const CLINICAL_KIND_CUES: CueList = [
  // Recovery and infection asked about: when one may start again, how long one is catching.
  [
    "tell-if",
    "\\bhow (?:can|do|would|will) (?:you|i|we) (?:tell|know) (?:if|whether|when)\\b[^.?!\\n]{0,60}\\b(?:needs? (?:to be seen|looking at|to be looked at|stitches|antibiotics|a doctor)|is (?:infected|serious|broken|fractured))\\b",
    2,
  ],
  [
    "recovery-q",
    "\\bwhen (?:can|should|could) (?:i|we|he|she|my \\w+) (?:start|go back to|return to|get back to|resume) (?:\\w+ ){0,2}(?:again )?(?:after|following)\\b|\\bhow long (?:am i|is (?:he|she|it|my \\w+)|are (?:we|they|you)|will (?:i|he|she) be) (?:\\w+ )?(?:contagious|infectious|catching)\\b|\\b(?:does|do|will|should) (?:he|she|they|my \\w+) need to (?:come in|be seen|go to a&e|see (?:a|the) doctor)\\b|\\bhow long (?:will|does|should|do) (?:i|he|she|it|my \\w+) (?:be (?:sore|in pain|bleeding|swollen|off work|tired|on crutches)|hurt|bleed|ache|take to heal|stay swollen)\\b|\\bis (?:that|this|it) (?:normal|expected|usual|common) (?:after|with|for|when|at|in)\\b",
    2,
  ],
  [
    "normal-q",
    "\\b(?:normal|usual|expected|common)\\?|\\bwhat'?s (?:a )?normal\\b|\\bor (?:just )?(?:normal|normal healing|nothing|something to worry about)\\?|\\bis (?:that|this|it) (?:a|an) \\w+ or\\b|\\bshould (?:i|we) (?:ring|call|phone) (?:the|111|999|my)\\b|\\bhow long should (?:i|we|he|she) (?:keep|leave|wait|wear)\\b|\\bwhat'?s the (?:max|maximum|most)\\b[^.?!\\n]{0,20}\\b(?:i|you) can (?:take|have)\\b|\\bnobody has explained what\\b",
    2,
  ],
  // Whether to be seen, or what one may do while ill or recovering: a health question in other words.
  [
    "seen-or-wait",
    "\\b(?:do|should|would|will) (?:i|we|he|she|they|my \\w+) (?:need to |have to )?(?:come back in|come in|be seen|get (?:it|this|that|them|him|her) (?:looked at|checked)|see (?:someone|a doctor|a nurse|my gp))\\b|\\bhow long (?:after|before|until|till) (?:a |an |my |the |his |her )?(?:\\w+ )?\\w+ (?:can|should|do|does|will) (?:i|we|you|he|she)\\b|\\bcan (?:i|we|he|she) (?:still )?(?:have|go ahead with|get) (?:my|the|his|her|a) (?:\\w+ ){0,2}(?:operation|op|surgery|procedure|jab|vaccine|scan|mri|treatment|chemo)\\b[^.?!\\n]{0,30}\\b(?:if|with|while|when)\\b|\\bwhen should (?:she|he|i|we|they|my \\w+) (?:be|start) (?:feeding|eating|sleeping|walking|crawling|talking|weaning)\\b|\\bcan i (?:still )?(?:drive|fly|swim|bath|shower|exercise|drink|eat|lift|go back to work)\\b[^.?!\\n]{0,40}\\b(?:after|with|while|on)\\b",
    2,
  ],
  [
    "ranges:ask",
    "\\b(?:normal range|safe level|safe dose|too high|too low|should (?:i|we) be worried|is (?:that|this|it) (?:ok|okay|alright|a worry|worrying))\\b",
    1,
  ],
];

export const COMPLIMENT_KIND_CUES: CueList = [
  // Hearts stand alone (no word boundary comes before an emoji after a space); like praise words, they
  // count only about people or care (classify.ts).
  ["praise-hearts", "(?:❤️|❤|👏|💙|😍|🥰|💕|💖|💗|💜|🫶)", 1],
  [
    "acclaim-manner",
    `\\b(?:was|were|is|are|been) (?:so|really|very|incredibly|super|amazingly|always) (?:kind|calm|patient|gentle|reassuring|helpful|caring|lovely|friendly|professional|thorough|attentive)\\b|\\byou (?:made|make) (?:my|our|me|him|her)\\b${gap(
      40,
    )}\\b(?:feel (?:like|so|safe|at ease|better|welcome)|an adventure|laugh|smile)\\b|\\bexplained everything\\b|\\bworth the wait\\b|\\b(?:looked after|took care of|cared for) (?:my|our|me|him|her)\\b${gap(
      30,
    )}\\b(?:when we couldn'?t|so well|brilliantly|beautifully|like family)\\b|\\bknocked me back into shape\\b`,
    2,
  ],
  [
    "acclaim-forms",
    "\\b(?:shout ?out to|5 stars|five stars|10/10|unsung heroes?|can'?t fault|couldn'?t fault|legends?|is the bomb|always remembers|a credit to|nothing but praise|so refreshing|made (?:my|our|his|her) (?:needle-phobic |nervous )?\\w+ laugh)\\b|⭐",
    2,
  ],
  // Care told as thanks: kindness, dignity, a hand held, a death made gentle.
  [
    "care-told",
    "\\bwith such (?:care|kindness|compassion|dignity|patience|respect|warmth)\\b|\\b(?:we|i)(?:'ll| will) never forget (?:it|the|your|how kind|what you|you)\\b|\\bsat with (?:us|me|him|her|mum|dad|my \\w+)\\b|\\bheld (?:my|her|his|their) hand\\b|\\bproud (?:of|to have) (?:our|my|this|the|you)\\b|\\bspotless\\b|\\bextra mile\\b|\\bcouldn'?t have been (?:kinder|better|more (?:helpful|caring))\\b|\\b(?:best|kindest) (?:care|nurses|staff|team) (?:i'?ve|we'?ve|i have|we have) ever\\b",
    1,
  ],
  // Praise in slang, in a person's or a team's honour, and kindness told as a story.
  [
    "acclaim-slang",
    "\\b(?:killed|smashed|nailed|rocked|aced|bossed) it\\b|\\bnailed (?:the|this|that)\\b|\\byou(?:'re| are) (?:a |an |such a |an absolute |the |all )?(?:star|superstar|angel|legend|gem|diamond|hero|heroes|stars|angels|legends|gems|diamonds|the best)\\b|\\b(?:an? )?(?:absolute|real|total|true) (?:credit|star|gem|diamond|asset)\\b|\\b(?:five|5)[- ]star (?:service|care|treatment|experience|team|hospital)\\b|\\bwhat a (?:team|service|hospital|place|woman|man|nurse|doctor|midwife|crew|unit)\\b!",
    2,
  ],
  [
    "kindness-told",
    "\\bstayed (?:past|after|beyond|on after) (?:her|his|their) shift\\b|\\bwhat a difference\\b|\\bmade (?:such|a huge|a massive|a real|all the|the world of) difference\\b|\\bmade (?:it|everything) (?:so |really |much )?(?:easy|easier|painless|comfortable|bearable|less scary)\\b|\\bput (?:me|us|him|her|my \\w+) at ease\\b|\\b(?:didn'?t|did not|don'?t|doesn'?t) have to (?:do that|do it)\\b|\\bwent out of (?:her|his|their|the|your) way\\b|\\bmade (?:his|her|their|mum'?s|dad'?s|my \\w+'?s) (?:last|final) (?:days|hours|moments|weeks) (?:so |as )?(?:peaceful|comfortable|dignified|special|bearable)\\b|\\b(?:every|each) (?:single )?(?:person|member of staff|one of (?:them|you)|nurse|doctor|midwife|staff member)\\b[^.?!\\n]{0,30}\\b(?:kind|lovely|amazing|brilliant|wonderful|calm|caring|great|fantastic|professional|helpful)\\b",
    2,
  ],
  // Gated like the other praise words (classify.ts): about people or care, not the weather.
  [
    "praise-manner",
    "\\b(?:was|were|is|are) (?:so |really |very |incredibly |just |all )?(?:kind|lovely|wonderful|gentle|caring|amazing|brilliant|fantastic)\\b(?! of)|\\b(?:are|is|were|was) something (?:else|special)\\b|\\bso kind\\b",
    1,
  ],
];

export const SPAM_KIND_CUES: CueList = [
  // Click-bait, adult and romance: "is this you in this video", "ladies near you", "add me".
  [
    "bait",
    "\\b(?:is (?:this|that) (?:you|your)|this you|is it you) (?:in (?:this|the) )?(?:video|vid|photo|pic|picture|clip)\\b|\\bwho is (?:this|that) in (?:the|this) (?:photo|video|pic|clip)\\b|\\bbefore (?:it'?s|its|it gets|they delete) (?:deleted|taken down|removed|it)\\b|\\byou won'?t believe (?:who|what|this)\\b|\\b(?:hot|sexy|sweet|lonely|naughty|horny|single) (?:\\w+ )?(?:ladies|girls|women|singles|mums|milfs|guys|babes)\\b|\\b(?:ladies|girls|women|singles|mums) (?:in|near|from) (?:your area|you|\\w+) (?:\\w+ )?(?:waiting|want|looking|to meet|to chat)\\b|\\b(?:click|tap|check|visit|see) (?:on )?my (?:profile|page|bio|pics|link)\\b|\\bprivate (?:pics|photos|videos)\\b|\\blooking for (?:a )?(?:serious |genuine |loving |real )?(?:relationship|soulmate|partner to|lady|woman to|man to)\\b",
    2,
  ],
  ["bait:kiss", "💋|😘|\\bbabe\\b|\\badd me\\b|\\bgood time\\b", 1],
  [
    "offer-service",
    "\\b100% (?:success|guaranteed|pass|results|satisfaction)\\b|\\bguaranteed (?:first|pass|success|results|approval)\\b|\\bno credit checks?\\b|\\bcomment (?:yes|below) to\\b|\\bassignment help\\b|\\brecovery experts?\\b|\\bgot my (?:funds|money) back\\b|\\binbox (?:us|me) (?:for|now|today)\\b|\\b(?:we|i)(?:'ll| will) write your\\b",
    2,
  ],
  [
    "offer",
    "\\b(?:processing fee|guarantee(?:d)? (?:an? )?(?:nhs )?(?:job|visa|place)|you'?ve been selected|claim (?:before|now|your|it)|affordable seo|rank higher on google|seo packages?|wholesale (?:price|prices)|in stock at|contact sales@|limited places|per month\\b[^.?!\\n]{0,20}\\bsign up)\\b",
    2,
  ],
  ["offer:voucher", "\\b(?:voucher|selected for|congratulations)\\b", 1],
  [
    "offer-growth",
    "\\bmore (?:views|followers|likes|subscribers|engagement|traffic)\\b[^.?!\\n]{0,40}\\b(?:we can|i can|dm|cheap|rates|price|help)\\b|\\bcheap rates\\b|\\b(?:we|i) can (?:help you )?(?:grow|boost|double) your\\b",
    2,
  ],
];

/** Questions about facilities, visiting, the way in and how to reach a service, asked without PALS's words. */
export const PALS_KIND_CUES: CueList = [
  [
    "where-can",
    "\\bwhere (?:can|do|should|could|would) (?:i|we|you|relatives|visitors|families|parents|carers|patients|people|my \\w+) (?:get|find|buy|park|stay|eat|sleep|go|wait|pray|smoke|charge|leave|drop|collect|pick)\\b|\\b(?:is|are) there (?:somewhere|anywhere|a place|a room|facilities|a space) (?:for|to|i|we|where|that|on|in)\\b|\\b(?:is|are) there (?:any )?\\w+ (?:anywhere|somewhere|available) (?:at|in|on|for|near)\\b|\\bsomewhere for (?:parents|families|relatives|carers|visitors|me|us|dads?|mums?) to\\b|\\b(?:do|does) (?:\\w+ ){1,3}have (?:somewhere|anywhere|a place|a room|facilities) (?:for|to)\\b",
    2,
  ],
  [
    "open-days",
    "\\b(?:are|is) (?:the |your )?(?:\\w+ ){0,3}(?:open|running|closed|on) (?:on|over|during|this|next|tomorrow|today|christmas|boxing|new year|bank holidays?|the bank holiday|weekends?|sundays?|saturdays?)\\b",
    2,
  ],
  [
    "still-running",
    "(?<!how )\\b(?:does|do|is|are) (?:the |your |there )?(?:\\w+ ){0,5}still (?:run|running|on|going|open|take|taking|do|doing|have|offer|offering|available|happening|meet|meeting)\\b",
    2,
  ],
  [
    "visit-ask",
    "\\bcan (?:\\w+ ){1,2}visit\\b|\\bwhich (?:bus|train|number bus|buses|trains) (?:goes|go|do|should|stops?)\\b|\\bvisit(?:ors)? at (?:once|a time)\\b|\\bhow many (?:people|visitors|of us) can\\b|\\bwhich (?:entrance|door|car park|building|lift|floor|level|reception) (?:is|do|should|for)\\b|\\b(?:nearest|closest) (?:entrance|car park|door|bus stop|station|parking) (?:to|for)\\b|\\bwhat'?s the (?:phone |contact |direct |telephone )?(?:number|email|address|postcode|extension) (?:for|of)\\b|\\bhow (?:early|soon) (?:should|do|must) (?:i|we) (?:arrive|get there|come)\\b|\\bwhat (?:should|do) (?:i|we) (?:bring|wear|pack) (?:for|to)\\b",
    2,
  ],
];

/** Newsrooms, broadcasters, podcasts and channels asking for comment, an interview or a guest. */
export const MEDIA_KIND_CUES: CueList = [
  [
    "making-film",
    "\\b(?:making|filming|producing|shooting|researching) (?:a|an|our|the) (?:\\w+ )?(?:documentary|film|series|programme|feature)\\b",
    2,
  ],
  [
    "host-show",
    `\\b(?:i|we) (?:host|present|produce|run|make) (?:a |the |an )?(?:\\w+ )?(?:\\w+ )?(?:podcast|channel|show|blog|programme|radio show|youtube channel|tiktok)\\b|\\bpodcast\\b${gap(
      60,
    )}\\b(?:chat|interview|guest|come on|join|be up for)\\b`,
    2,
  ],
  [
    "guest-ask",
    `\\b(?:would|could|can|will) (?:your|one of your|the trust'?s?|a) (?:chief executive|ceo|chief nurse|medical director|consultants?|spokesperson|press officer|director|someone)\\b${gap(
      30,
    )}\\b(?:come on|be up for|join us|talk to us|speak to us|give (?:us )?(?:a|an) (?:interview|statement|comment)|talk about|chat)\\b|\\b(?:like|want|need|request|requesting) (?:a|an) (?:statement|comment|interview|response) from (?:the trust|you|your)\\b`,
    2,
  ],
  [
    "newsroom:readers",
    "\\b(?:readers|listeners|viewers|subscribers|subs) (?:are|have been) (?:reporting|telling us|asking|getting in touch)\\b|\\bhas the trust (?:declared|confirmed|commented|responded)\\b|\\b(?:i'?m|i am|we'?re|we are) covering\\b",
    1,
  ],
  [
    "outlet-asks",
    "\\b(?:bbc|itv|sky|channel \\d|radio \\w+|[a-z]+ (?:news|echo|post|gazette|herald|chronicle|live|fm))\\b[^.?!\\n]{0,20}\\b(?:would like|wants?|is hoping|are hoping|hope|is looking|are looking) to (?:come and |come in and )?(?:film|interview|speak|talk|visit|feature|cover)\\b",
    2,
  ],
];

/** Requests for one's own records (or, as executor or parent, someone else's). */
export const SUBJECT_ACCESS_KIND_CUES: CueList = [
  [
    "records-forms",
    `\\b(?:executor|next of kin|power of attorney|lasting power)\\b${gap(
      80,
    )}\\b(?:records?|notes|file)\\b|\\bcopy of (?:the|my) (?:call )?recording\\b|\\b(?:call|phone) recording\\b${gap(
      30,
    )}\\b(?:from when i|of me|of my call)\\b|\\b(?:images|scans?|x-?rays?|pictures) from my\\b${gap(
      30,
    )}\\b(?:on a (?:disc|cd|usb)|a link|copy|sent)\\b|\\b(?:see|read|get) (?:everything|what|all) (?:the \\w+ |that \\w+ |they |you |he |she )?(?:wrote|has written|have written|recorded|said) about me\\b|\\bunder (?:gdpr|the data protection act|data protection)\\b|\\bwhat (?:did|has|have) (?:the \\w+|they|you|he|she|my \\w+) (?:write|written|wrote|put|record(?:ed)?) about me\\b`,
    2,
  ],
  // A relative's or one's own notes asked for, what the trust holds about me, who looked at my record.
  [
    "records-of",
    "\\b(?:request|get|see|access|obtain|apply for|ask for|asking for|copy of|copies of) (?:my|our|his|her|their) (?:late )?(?:\\w+'?s )?(?:medical |health |hospital |patient |maternity |gp )?(?:notes|records?|file|x-?rays?|scans?)\\b|\\b(?:hold|have|keep|store)(?: on| about) me\\b|\\b(?:accessed|looked at|looked in|been in|looking at|looking in|looking through|snooping (?:in|through|at)|been into) (?:my|her|his) (?:patient |medical |health )?(?:records?|notes|file)\\b",
    2,
  ],
  // A letter about one's own care asked for again: "my discharge summary never came, send me a copy".
  [
    "letter-copy",
    "\\b(?:my|his|her|our) (?:\\w+ ){0,2}(?:discharge summary|discharge letter|clinic letters?|notes|records?|report)\\b[^.?!\\n]{0,60}\\b(?:send|email|post|give) (?:me|us|them) (?:a )?cop(?:y|ies)\\b|\\b(?:send|email|post) me a copy of (?:my|his|her|the) (?:\\w+ ){0,2}(?:discharge summary|discharge letter|clinic letter|notes|records?|report)\\b|\\bcopy of (?:the|my) (?:\\w+ ){0,2}letters? (?:the|my|from (?:the|my)) (?:\\w+ )?(?:consultant|doctor|surgeon|hospital|clinic|specialist)\\b|\\b(?:send|email|post) (?:me|us) (?:my|a copy of my|the) (?:\\w+ ){0,2}(?:results? letter|discharge summary|discharge letter|clinic letter|consultant'?s? letter|notes|records?)\\b|\\b(?:photos?|pictures?|images?|videos?|recordings?|footage) (?:that were |which were |they )?(?:taken|made|recorded) of (?:me|my)\\b|\\bwhat (?:was|is|has been|they|you) (?:\\w+ )?(?:written|recorded|put|said|wrote) (?:down )?(?:in|on|about) (?:my|me)\\b",
    2,
  ],
];

/** Recorded information the trust holds: what it paid or spent. */
export const FOI_KIND_CUES: CueList = [
  [
    "spend-asked",
    "\\b(?:what|how much) did (?:the trust|you|the hospital|the nhs trust|your trust) (?:pay|spend)\\b|\\bhow much (?:has|have) (?:the trust|you) (?:paid|spent)\\b",
    2,
  ],
  [
    "held-asked",
    "\\bwhat contracts?\\b|\\bcontracts? (?:does|do|did|has) (?:the trust|the hospital|your trust|you)\\b|\\btotal cost of\\b|\\bcost the trust\\b|\\bcost to the (?:trust|taxpayer|nhs)\\b",
    2,
  ],
  [
    "policy:asked",
    "\\b(?:your|the trust'?s|the hospital'?s) (?:policy|policies|guidance|protocol) (?:on|for|about)\\b",
    1,
  ],
  [
    "policy-asked",
    "\\bwhat(?:'?s| is| are) (?:the trust'?s|the hospital'?s|the organisation'?s) (?:\\w+ )?polic(?:y|ies) (?:on|for|about|regarding)\\b",
    2,
  ],
  [
    "bill-asked",
    "\\b(?:total |annual |yearly )?(?:salary|pay|wage|agency|overtime|consultancy|legal|bonus|taxi|locum) bill\\b|\\brequest(?:ing)? for (?:the )?(?:following )?information\\b",
    2,
  ],
  ["copy:asked", "\\bsend (?:me |us )?(?:a )?cop(?:y|ies)\\b|\\bpublish (?:it|them|the)\\b", 1],
];
