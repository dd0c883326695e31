import type { CueList } from "./cue.js";

/** Complaints and concerns about care, services, staff or the organisation (to complaints/PALS). */
export const COMPLAINT_CUES: CueList = [
  [
    "complain",
    "\\b(?:complain(?:t|ts|ing|ed)?|make a complaint|formal complaint|raise (?:a|my) concern|raising (?:a )?concern|escalat(?:e|ing) this|ombudsman|cqc|report(?:ing)? you)\\b",
    2,
  ],
  [
    "appalled",
    "\\b(?:disgust(?:ed|ing)|disgrace(?:ful)?|appall?(?:ed|ing)|shocking|shocked|unacceptable|outrage(?:d|ous)?|atrocious|diabolical|shambolic|shambles|scandal(?:ous)?|horrendous|horrific|a joke|beyond a joke|not good enough|not acceptable|fuming|furious|livid|absolutely gutted|let (?:us|me|her|him|them) down|let down|failed (?:by|my|us|her|him)|failing|neglect(?:ed|ful)?|negligen(?:t|ce)|inhumane|treated like (?:dirt|rubbish|a number|an animal|cattle)|worst (?:hospital|service|experience|care|trust)|never again|poor (?:care|service|treatment|communication)|terrible|awful|dreadful|rubbish|useless|incompetent|a nightmare|ridiculous|pathetic|hopeless|embarrassing)\\b",
    2,
  ],
  [
    "waited",
    "\\b(?:waited|waiting|been waiting|sat|left|kept waiting|still waiting|wait(?:ed)? over|queued?) (?:for )?(?:over |nearly |almost |more than |about |around )?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|hours|weeks|months|a year|ages|forever)\\s*(?:hours?|hrs?|weeks?|months?|days?|mins?|minutes)?\\b|\\bstill (?:no|not|waiting|haven'?t|hasn'?t)\\b|\\b(?:no ?one|nobody|noone) (?:has )?(?:called|rang|rung|phoned|replied|got back|bothered|answered|came|listened|helped|told)\\b",
    2,
  ],
  [
    "rude",
    "\\b(?:rude|dismissive|unprofessional|condescending|patronising|arrogant|uncaring|unhelpful|shouted at|laughed at|ignored|ignoring|hung up on|fobbed off|lied to|belittled|humiliated|no compassion|no empathy|no dignity|lack of (?:care|dignity|compassion|empathy|communication))\\b",
    2,
  ],
  [
    "went-wrong",
    "\\b(?:cancell?ed (?:again|my|her|his|our|twice|three times|at the last minute)|lost (?:my|her|his|our) (?:\\w+ )?(?:notes|referral|records|results|belongings|property|teeth|dentures|glasses|hearing aids?)|wrong (?:medication|medicine|dose|drug|diagnosis|leg|arm|patient|results)|misdiagnos(?:ed|is)|missed (?:her|his|my) (?:cancer|diagnosis|fracture)|discharged (?:too early|with nothing|without|in the middle of the night)|left (?:in|on|lying|sitting) (?:pain|agony|a corridor|the floor|a trolley|soiled|her own|his own)|(?:filthy|dirty|unclean|not cleaned|blood on) (?:ward|toilets?|bathroom|room|bed|floor|sheets)|no (?:food|water|pain relief|painkillers) for\\b|bed sores?|pressure sores?|overcharged|parking fine|clamped)\\b",
    2,
  ],
  [
    "how-can",
    "\\b(?:how (?:is|can|do) (?:this|that|it|you|they|the nhs) (?:be )?(?:acceptable|allowed|right|ok|okay|legal|happen|treat|get away)|why (?:has|have|is|was|were|did) (?:no ?one|nobody|nothing|my|our|her|his)|sort (?:it|this|yourselves) out|do better|get a grip|take responsibility|answer me|explain (?:why|how|this)|i want (?:an explanation|answers|an apology|someone to)|demand (?:an|a|to))\\b",
    1,
  ],
  [
    "thanks-nothing",
    "\\bthanks? for nothing\\b|\\bthanks a lot\\b[^.?!]{0,30}\\b(?:not|never|nothing)\\b",
    2,
  ],
  [
    "bad-review",
    "\\b(?:one|1|zero|0) stars?\\b|\\b(?:avoid|stay away from) (?:this|the) (?:hospital|place|trust|ward|clinic|a&e)\\b",
    2,
  ],
  [
    "escalate",
    "\\b(?:solicitor|lawyer|legal action|sue|suing|going to the (?:papers|press|media|news)|my mp|the ombudsman|investigat(?:ed|ion)|who is (?:accountable|responsible)|want (?:an apology|answers|an explanation)|heads? (?:should|will) roll|compensation)\\b",
    2,
  ],
  [
    "failure",
    "\\b(?:missed|forgot|forgotten|went missing|gone missing|lost|broken|not working|doesn'?t work|didn'?t work|still doesn'?t|never (?:turned up|arrived|came|rang|called)|wasn'?t told|weren'?t told|without (?:anyone |anybody )?(?:telling|asking|informing|consulting|warning)|(?:nobody|no one|noone) (?:thought|seems|bothered|told|explained)|too complex|not ill enough|where am i supposed to|gave up|on hold (?:for )?\\d+|\\d+ (?:times|calls)\\b)",
    1,
  ],
  [
    "duration",
    "\\b\\d+ ?(?:hrs?|hours|mins|minutes|weeks|months|days)\\b|\\b(?:all night|all day|all weekend|a fortnight|since (?:january|february|march|april|may|june|july|august|september|october|november|december|last))\\b",
    1,
  ],
  [
    "quality",
    "\\b(?:inedible|cold food|freezing|like a sauna|leaking|stinks|smelt|stank|haven'?t been cleaned|not been cleaned|wasn'?t cleaned|filthy|dirty|disgusting|a disgrace|disgrace|unsafe|understaffed|short[- ]staffed|only \\d+ staff|no staff)\\b|\ud83e\udd22|\ud83d\ude21|\ud83e\udd2c|\ud83d\ude24|\ud83d\ude20",
    1,
  ],
  [
    "mistreated",
    "\\b(?:shout(?:ed|ing) at|swore at|swearing at|aggressive|laughing at|mocked|snapped at|talked down|made (?:me|her|him) feel|treated (?:me|her|him|us|my)|is this how you treat|how (?:is|was) (?:that|this) (?:ok|okay|acceptable|allowed)|please explain why|explain why|why (?:was|were|has|have|did|is|are|does) (?:i|my|we|she|he|they|no ?one|nobody|it|the|our)\\b)",
    1,
  ],
  [
    "sort-it",
    "\\b(?:sort it out|sort this out|get it sorted|if this isn'?t sorted|not happy|unhappy|disappointed|gutted|fed up|sick of|had enough|joke of a|you lot couldn'?t|couldn'?t organise|piss up in a brewery|#corridorcare|corridor care|lay in (?:a|the) corridor|on a trolley)\\b",
    2,
  ],
  [
    "complaint-2",
    "\\b(?:(?:absolutely|so|really|completely|utterly|totally) (?:filthy|disgusting|appalling|dirty|useless|ridiculous|shocking|awful|unacceptable|rude|dreadful)|without (?:telling|asking|informing|warning|consulting) (?:us|me|him|her|anyone|the family)|(?:left|kept) in the dark|(?:nobody|no one|noone|nothing was) (?:explained|told us|was explained)|(?:broken|not working|out of order|cancelled|moved|late) again|(?:food|dinner|meal|tea|breakfast|lunch)[^.?!]{0,30}\\bcold\\b|\\bcold (?:food|dinner|toast|meal|tea))\\b",
    2,
  ],
  [
    "complaint-weak",
    "\\b(?:(?:third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) time|not fair|unfair|couldn'?t reach|(?:got|given|received|issued) (?:a|another) (?:parking )?(?:fine|ticket)|filthy|dirty|broken|ignored|trying to get through|can'?t get through|no answer|nobody answers|never answer)\\b",
    1,
  ],
  [
    "complaint-3",
    "\\b(?:(?:was|were|got|have been|has been|'s been) lost|(?:start|starting) (?:all )?(?:over )?again|(?:nobody|no one|noone) (?:is )?(?:answering|picking up|responding|replying)|ringing (?:all|for) (?:morning|day|week|hours)|didn'?t get (?:her|his|my|their) (?:meds|medication|medicine|tablets|insulin|food|dinner|pain relief|painkillers)|(?:missed|late) (?:her|his|my) (?:meds|medication|insulin|dose))\\b",
    2,
  ],
  [
    "complaint-4",
    "\\b(?:unbelievable|understaffed|short[- ]staffed|not on time|too late|hours late|no one came|nobody came)\\b",
    1,
  ],
  [
    "no-reply",
    "\\b(?:no reply|no response|no answer|heard nothing|not heard back|never heard back|still no word|nobody has (?:replied|responded|got back))\\b",
    2,
  ],
];

/** Requests for individual medical or clinical advice: never answered in public (signpost to 111 or a GP). */
export const CLINICAL_CUES: CueList = [
  [
    "should-i",
    "\\b(?:should|can|could|do|must|shall) (?:i|he|she|we|they|my \\w+|my (?:son|daughter|baby|mum|dad|husband|wife|partner)) (?:still )?(?:take|stop taking|be taking|give|double|skip|mix|use|apply|eat|drink|breastfeed|exercise|drive|fly|go to a&e|go to hospital|see a doctor|be worried|worry|be concerned|be seen|get (?:it|this) checked|need (?:antibiotics|a tetanus|stitches|an x-?ray|a scan|to see))\\b",
    2,
  ],
  [
    "is-it-normal",
    "\\b(?:is (?:it|this|that) (?:normal|safe|ok|okay|serious|dangerous|contagious|infectious|bad|a sign|something to worry)|is it safe to|is it ok(?:ay)? to|how (?:long|much|many|often) (?:should|can|do|does) (?:i|he|she|you|my)\\b[^.?!]{0,30}\\b(?:take|last|heal|recover|wait|bleed|hurt|leave)|what (?:dose|dosage|is the dose|should i do about)|side effects? of)\\b",
    2,
  ],
  [
    "meds",
    "\\b(?:paracetamol|ibuprofen|calpol|antibiotics?|amoxicillin|sertraline|citalopram|fluoxetine|mirtazapine|metformin|insulin|inhaler|steroids?|antidepressants?|painkillers?|codeine|tramadol|morphine|dose|dosage|tablets?|medication|medicine|prescription|the pill|vaccine|jab|booster)\\b",
    1,
  ],
  [
    "symptoms",
    "\\b(?:symptoms?|rash|temperature|fever|high temp|swollen|swelling|lump|bleeding|chest pain|headache|migraine|dizzy|dizziness|vomiting|being sick|diarrh(?:o)?ea|cough|breathless|short of breath|infection|infected|itchy|sore|pain in|aching|stitches|wound|blood pressure|blood sugar|glucose|period|pregnan(?:t|cy)|breastfeeding|contractions|waters broke|mole|spots?|burn|sprain|bruise|allergic|allergy|reaction)\\b",
    1,
  ],
  [
    "diagnosis-q",
    "\\b(?:what (?:does|do|could) (?:this|that|it|these|my) (?:mean|be)|could (?:it|this) be|does (?:this|that|it) sound like|do you think (?:it'?s|i have|i need|this is)|any advice (?:on|for|about)|advice (?:on|for|about) (?:my|his|her))\\b",
    1,
  ],
  [
    "should-i-2",
    "\\b(?:should|do|would|can) (?:i|we|he|she) (?:need to )?(?:bring (?:her|him|them) in|stop|fast|take|have (?!to\\b)|go to a&e|go to hospital|come in|ring 111|call 111)\\b(?=[^.?!]{0,60}\\?)|\\bdo i need to (?:fast|stop|take|see a doctor|see my gp)\\b|\\bwhat should i do\\b|\\b(?:a&e|gp|111|walk-?in) or (?:a&e|gp|111|walk-?in|wait)\\b|\\bsigns of\\b|\\bsymptoms of\\b|\\bis it (?:actually )?(?:bad|harmful|dangerous|ok|okay|safe) (?:to|for|if)\\b|\\bhigh enough to\\b|\\bcan \\w+(?: levels?)? be affected\\b|\\b(?:can|could) (?:you|i) have (?:an? )?(?:mri|scan|x-?ray|vaccine|jab|blood test|operation|surgery|procedure) (?:with|if|after|while|when)\\b",
    2,
  ],
  [
    "clinical-terms",
    "\\b(?:blood thinners?|warfarin|anticoagulant|colonoscopy|endoscopy|cholesterol|chest tightness|sepsis|lithium|d&v|long covid|brain fog|thyroid|blood pressure|tattoo|button battery|swallowed|fever|temperature|rash|lump|bleeding|dizzy|vomit\\w*|diarrh\\w*|asthma|diabetes|diabetic|epilepsy|seizure|migraine|inhaler|pregnan\\w*|breastfeed\\w*|contraception|antibiotics?|painkillers?|dosage|mg\\b)",
    1,
  ],
  [
    "best-treatment",
    "\\bwhat(?:'?s| is) the best (?:thing to do|thing|treatment|way to treat|medicine|remedy|cream|painkiller) for\\b|\\bhow (?:do|should) i treat\\b|\\bcroup\\b|\\bchicken ?pox\\b|\\bconjunctivitis\\b|\\bearache\\b|\\bteething\\b",
    2,
  ],
];

/** PALS-type questions: services, referrals, appointments, visiting, access, directions. */
export const PALS_CUES: CueList = [
  [
    "appointment",
    "\\b(?:appointments?|appt|referrals?|refer(?:red)?|waiting list|rebook|re-?book|reschedul(?:e|ing)|cancel (?:my|an|the)|change (?:my|an|the) (?:appointment|time|date)|outpatients?|clinic letter|follow[- ]up)\\b",
    1,
  ],
  [
    "visiting",
    "\\b(?:visiting (?:hours|times|time)|visit(?:ing|or|ors)? (?:policy|rules|restrictions|allowed)|can (?:i|we) visit|how many visitors|bring (?:a|my) (?:partner|child|children|kids|dog)|open(?:ing)? (?:hours|times)|what time (?:does|do|is)|when (?:does|do|is) (?:the|your) (?:\\w+ )?(?:open|close|start)|is (?:the |your )?(?:\\w+ )?open)\\b",
    2,
  ],
  [
    "access",
    "\\b(?:parking|car park|disabled (?:parking|access|bay|badge)|blue badge|wheelchair|accessible|hearing loop|interpreter|translator|bsl|transport|bus (?:to|from|route)|shuttle|directions|how do i get to|where (?:is|are|do|can|would) (?:i|the|your|we)|which (?:entrance|building|ward|floor|department|door)|postcode for|sat ?nav|wi-?fi|cafe|canteen|cash machine|lost property)\\b",
    1,
  ],
  [
    "how-do-i",
    "\\b(?:how (?:do|can|would|should) (?:i|we|my \\w+) (?:get|book|make|change|cancel|find|contact|reach|speak|refer|register|apply|access|request|arrange|order|collect|pay|claim|complain)|who (?:do|should|can) (?:i|we) (?:speak|talk|contact|ask|call|ring|email|write)|(?:is|are) there (?:a|an|any)|do you (?:have|offer|do|provide|run|accept)|can (?:i|we|you|someone|anyone) (?:get|book|have|bring|help|tell|advise|send|arrange|let me know|confirm|point)|could (?:you|someone|anyone) (?:tell|let|help|advise|confirm|point|send)|what (?:number|email|phone|is the number|are the)|(?:phone|contact|telephone) (?:number|details) for|please (?:advise|help|let me know|could you|can you))\\b",
    1,
  ],
  [
    "service-q",
    "\\b(?:clinic|ward|department|a&e|minor injuries|urgent treatment|walk-in|maternity|pharmacy|blood tests?|phlebotomy|x-?ray|scan|mri|ultrasound|physio|gp|discharge|results|letter|sick note|fit note|carer|support group|service|services|volunteer(?:ing)?|job|jobs|vacanc(?:y|ies)|work experience|donat(?:e|ion)|fundrais)\\b",
    1,
  ],
  ["question", "\\?", 1],
  [
    "pals-word",
    "\\b(?:pals|patient advice|liaison service|multi-?faith|chapel|prayer room|carers'? (?:cafe|caf\u00e9|centre|passport)|cafe|caf\u00e9|shop|league of friends|hospital radio|lost property)\\b",
    1,
  ],
  ["open-q", "\\b(?:is|are|does|do|will|can) (?:the|your|there|a|an|i|we)\\b(?=[^.?!]{2,60}\\?)", 1],
  [
    "allowed",
    "\\b(?:am i|are we|is my \\w+) allowed to\\b|\\bcan (?:i|we) (?:bring|park|come|visit|stay|film|record|eat|use)\\b",
    2,
  ],
  [
    "service-2",
    "\\b(?:hospital|reception|waiting list|waiting times?|overnight|stay with|the birth|birth partner|volunteer\\w*|opportunit\\w*|hearing loop|loop system|facilities|toilets?|lifts?|entrance|car park|shop|wifi|chaplain\\w*|bereavement|mortuary|prayer|quiet room|baby change|breast ?feeding room|induction|pre-?op|post-?op|discharge lounge|outpatients?|inpatients?|hip replacement|knee replacement|operation|surgery|treatment|scan|test|results)\\b",
    1,
  ],
  [
    "can-someone",
    "\\bcan (?:my|a|our) \\w+ (?:stay|come|visit|bring|be with|sleep)\\b|\\bhow long is the (?:wait|waiting list|waiting time)\\b|\\bdo you have (?:any|a|an)\\b|\\bwho (?:do|should|can) i (?:ring|call|phone|contact|email|speak to)\\b",
    2,
  ],
];

/** Thanks and praise (to communications: share with the team, with consent). */
export const COMPLIMENT_CUES: CueList = [
  [
    "thanks",
    "\\b(?:thank you|thanks|thank u|thankyou|ta very much|cheers|grateful|gratitude|appreciate(?:d)?|indebted)\\b(?! for (?:nothing|sharing|the info|posting|letting me know|the follow))",
    1,
  ],
  [
    "praise",
    "\\b(?:amazing|brilliant|fantastic|wonderful|outstanding|excellent|exceptional|superb|fab(?:ulous)?|incredible|lovely|kind(?:ness)?|caring|compassionate|angels?|heroes|superstars?|stars|legends?|top notch|first class|second to none|couldn'?t (?:have )?(?:asked|wish) for (?:better|more)|above and beyond|well done|hats off|shout ?out|kudos|credit to|so impressed|really impressed|great (?:job|work|care|service|team|staff)|best (?:care|team|nurses|staff|hospital)|saved (?:my|her|his|our) life|proud of)\\b",
    1,
  ],
  ["love", "\\b(?:love (?:you|the|this|our|my|your)|❤️|❤|🙏|👏|💙|😍|🥰)", 1],
  [
    "praise-2",
    "\\b(?:credit where (?:it'?s|its) due|big up|deserves? (?:a pay rise|a medal|an award|recognition|praise)|brought a tear|made (?:my|our) (?:day|christmas|week|year)|forever (?:thankful|grateful)|massive respect|huge respect|killing it|smashed it|awesome|so organised|well organised|loved (?:the|it|every)|thankful|feeling like myself again|couldn'?t fault|can'?t fault|faultless|nothing (?:was )?too much trouble|went above|so grateful|top job|great job|good job|the best)\\b",
    1,
  ],
  [
    "thank-verb",
    "\\b(?:can'?t|cannot|couldn'?t) thank\\b|\\bthank(?:s|ing)? (?:the|all|every|you|your|to)\\b|\\bshout ?out to\\b",
    1,
  ],
];

/** Irrelevant advertising and scams. */
export const SPAM_CUES: CueList = [
  [
    "money",
    "\\b(?:crypto|bitcoin|btc|ethereum|forex|nft|investment opportunit|invest (?:now|with)|trading (?:account|signals)|earn (?:£|\\$)|make (?:£|\\$)|(?:£|\\$)\\d+[k,]?\\d* (?:a|per) (?:day|week|month)|passive income|financial freedom|loan|casino|betting|payday|work from home|get rich)\\w*",
    2,
  ],
  [
    "promo",
    "\\b(?:dm me|message me|check (?:out )?my (?:page|profile|bio|link|channel|store)|link in (?:my )?bio|follow (?:me|back|for follow)|followers|likes|promo ?code|discount code|% off|giveaway|click (?:the |this )?link|buy now|limited (?:time )?offer|free (?:iphone|gift|trial|followers)|onlyfans|hot singles|dating|seo services|web design services|grow your (?:account|business|page)|boost your|cheap (?:followers|likes|meds|viagra)|viagra|cialis|weight loss (?:pills|secret)|miracle cure|whatsapp \\+|telegram @|visit (?:my|our) (?:site|website|store))\\b",
    2,
  ],
  ["link", "\\b(?:https?://|www\\.|bit\\.ly|tinyurl|t\\.co/)\\S+", 1],
  [
    "scam",
    "\\b(?:you (?:have )?won|claim your (?:prize|reward)|congratulations you|winner|verify your account|account (?:will be )?suspended|urgent(?:ly)? (?:reply|respond)|send (?:your )?(?:bank|card) details)\\b",
    2,
  ],
  [
    "spam-2",
    "\\b(?:verify your (?:details|account|identity)|(?:account|card) (?:has been|will be|is) (?:suspended|locked|blocked)|no win no fee|order now|lose \\d+ ?(?:kg|lbs|pounds|stone)|(?:keto|diet|slimming) ?\\w* pills|collab|promo rates|contact them now|recover(?:ed|y)? (?:my |your )?(?:lost )?(?:usdt|crypto|funds|bitcoin|account)|hack ?recovery|exemption certificate|only \u00a3\\d+|without (?:a )?prescription|discreet delivery|sign ?up bonus|t&cs apply|could not be delivered|reschedule delivery|redeliver|dot (?:net|com|co)\\b|one (?:weird |simple )?trick|(?:cure|reverse) \\w+ naturally|we buy any|for cash|supplier of|best price|cash ?app|flip \\$|buy cheap|essays|assignments done|writes? off \\d+%|check (?:your )?eligibility|win an? (?:tesla|iphone|car|holiday|prize|\u00a3)|follow,? like (?:and|&) share|sugar (?:daddy|baby|mummy)|google reviews|cheapest in|be your friend|army doctor|deployed in|hello dear|hello (?:beautiful|handsome|gorgeous|sweetheart|pretty)|dear (?:sir|madam|friend)|inheritance|wire transfer|western union|gift cards?|investment plan|guaranteed returns|make money|earn money|extra \u00a3+|\u00a3\u00a3\u00a3|\\$\\$\\$)\\b",
    2,
  ],
  [
    "spam-3",
    "\\b(?:click here|verify (?:now|here|at|it)|(?:has been|is|was|will be) (?:locked|suspended|disabled|compromised|deactivated)|apple id|paypal account|free (?:covid tests|samples|trial|gift card|vouchers?) (?:delivered|for you|now)|delivered to your door)\\b",
    2,
  ],
  // Labels and hyphenated parts bounded (a DNS label is at most 63 characters): unbounded, "0-0-0-…"
  // with no dot made each start backtrack over the rest of the run, quadratic on a long message.
  ["domain", "\\b[a-z0-9]{1,63}(?:-[a-z0-9]{1,63}){1,10}\\.(?:com|net|co|info|xyz|online|site|uk)\\b", 1],
];
