import type { CueList } from "./cue.js";
import { alt, gap, STAFF } from "./cue-grammar.js";

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
  "twelve",
  "fifteen",
  "twenty",
  "thirty",
  "forty",
  "a couple of",
  "several",
);
const SPAN = alt("minutes", "mins", "hours", "hrs", "days", "weeks", "months", "years");
const MONTH = alt(
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
);

export const COMPLAINT_KIND_CUES: CueList = [
  // A delay given as a length of time.
  [
    "delay-span",
    `\\b${NUMBER} (?:more |whole |full )?${SPAN}\\b (?:for (?:a|an|the|my|her|his|our|patient|someone|somebody|anyone)|waiting|on hold|in (?:a&e|resus|the waiting room|majors|the corridor)|to (?:get|be|see|wait)|and (?:still|no|nobody|not)|just to|stuck)\\b|\\bon hold\\b${gap(
      30,
    )}\\b${NUMBER} ${SPAN}\\b|\\brang out for\\b|\\bno (?:\\w+ )?(?:slots|appointments|dates) (?:until|till|before) (?:${MONTH}|next)\\b`,
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
    )}\\bafter the appointment\\b|\\bmarked (?:as )?(?:a )?dna\\b|\\bback (?:at|to) the (?:end|bottom|back) of (?:a|the)\\b`,
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
    "\\bwho signs? (?:that|this) off\\b|\\bsays it all\\b|\\bgenuinely how\\b|\\bis this how you treat\\b|\\bhow is (?:that|this) (?:acceptable|ok|okay|right|fair)\\b|\\bi want (?:an answer|answers|this looked into|someone senior|it looked into|a proper)\\b|\\bwant (?:this|it) looked into\\b|\\b(?:every|each)\\.? single\\.? time\\b|\\bsort it(?: out)?\\.",
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
  [
    "normal-q",
    "\\b(?:normal|usual|expected|common)\\?|\\bwhat'?s (?:a )?normal\\b|\\bor (?:just )?(?:normal|normal healing|nothing|something to worry about)\\?|\\bis (?:that|this|it) (?:a|an) \\w+ or\\b|\\bshould (?:i|we) (?:ring|call|phone) (?:the|111|999|my)\\b|\\bhow long should (?:i|we|he|she) (?:keep|leave|wait|wear)\\b|\\bwhat'?s the (?:max|maximum|most)\\b[^.?!\\n]{0,20}\\b(?:i|you) can (?:take|have)\\b|\\bnobody has explained what\\b",
    2,
  ],
  // Whether to be seen, or what one may do while ill or recovering: a health question in other words.
  [
    "seen-or-wait",
    "\\b(?:do|should|would|will) (?:i|we|he|she|they|my \\w+) (?:need to |have to )?(?:come back in|come in|be seen|get (?:it|this|that|them|him|her) (?:looked at|checked)|see (?:someone|a doctor|a nurse|my gp))\\b|\\bhow long (?:after|before|until|till) (?:a |an |my |the )?\\w+ (?:can|should|do|does|will) (?:i|we|you|he|she)\\b|\\bcan i (?:still )?(?:drive|fly|swim|bath|shower|exercise|drink|eat|lift|go back to work)\\b[^.?!\\n]{0,40}\\b(?:after|with|while|on)\\b",
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
];

export const SPAM_KIND_CUES: CueList = [
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

/** Newsrooms, broadcasters, podcasts and channels asking for comment, an interview or a guest. */
export const MEDIA_KIND_CUES: CueList = [
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
    "\\b(?:request|get|see|access|obtain|apply for|copy of|copies of) (?:my|our|his|her|their) (?:late )?(?:\\w+'?s )?(?:medical |health |hospital |patient |maternity |gp )?(?:notes|records?|file|x-?rays?|scans?)\\b|\\b(?:hold|have|keep|store)(?: on| about) me\\b|\\b(?:accessed|looked at|looked in|been in) (?:my|her|his) (?:patient |medical |health )?(?:records?|notes|file)\\b",
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
  ["copy:asked", "\\bsend (?:me |us )?(?:a )?cop(?:y|ies)\\b|\\bpublish (?:it|them|the)\\b", 1],
];
