import type { CueList } from "./cue.js";

/**
 * Data-rights requests (UK GDPR Arts. 15–17, Access to Health Records Act 1990):
 * the writer's own records or data, copies of CCTV of them, correction or erasure.
 */
export const SUBJECT_ACCESS_CUES: CueList = [
  [
    "sar",
    "\\b(?:subject access|sar request|data subject|dsar|access to (?:my|our|his|her) (?:health |medical )?records|access to health records act)\\b",
    2,
  ],
  [
    "my-records",
    "\\b(?:cop(?:y|ies) of|see|get|access|request(?:ing)?|obtain|view|read|want|need|send me|release|have) (?:all )?(?:of )?(?:my|mine|our|his|her|my (?:late |son'?s|daughter'?s|mum'?s|dad'?s|mother'?s|father'?s|husband'?s|wife'?s|partner'?s|child'?s|baby'?s|\\w+'?s)) ?(?:own |full |complete |whole |entire |medical |health |hospital |patient |care |clinical |mental health |maternity |gp |a&e |nursing |case |personal )*(?:records?|notes|file|files|history|data|details you hold|information you hold|letters|discharge summary|scans?|x-?rays?|test results|paperwork)\\b",
    2,
  ],
  [
    "data-on-me",
    "\\b(?:all )?(?:the )?(?:data|information|info|records|details|personal data|emails|notes) (?:that )?(?:you|the trust|your (?:organisation|trust|staff)|you guys|you lot)(?: have| hold| keep| store| held| kept| stored| are holding| are keeping)+ (?:on|about|regarding|relating to) (?:me|my|myself|us|him|her)\\b|\\bwhat (?:data|information|info|records) (?:do )?you (?:have|hold|keep) (?:on|about) (?:me|my)\\b",
    2,
  ],
  [
    "cctv",
    "\\b(?:cctv|camera footage|body ?cam(?:era)? footage|footage)\\b[^.?!]{0,60}\\b(?:of me|of my|of us|showing me|with me|i was|where i|from when|of when|restrained me|copy|copies|request|release|send|keep|preserve)|\\b(?:copy|copies|request|release|preserve) (?:of )?(?:the )?(?:cctv|footage)\\b",
    2,
  ],
  [
    "erasure",
    "\\b(?:delete|erase|remove|destroy|wipe) (?:all )?(?:of )?(?:my|our|his|her) (?:personal )?(?:data|details|information|info|records?|account|number|email|address)\\b|\\bright to (?:be forgotten|erasure|rectification|object|restrict)\\b|\\berasure\\b",
    2,
  ],
  [
    "rectify",
    "\\b(?:correct|amend|change|fix|update|rectify) (?:the |an? )?(?:error|mistake|wrong|incorrect|inaccurate)?(?:s)? ?(?:in|on)? ?(?:my|our|his|her) (?:medical |health |patient |care )?(?:records?|notes|file|details|address|name|date of birth)\\b|\\b(?:my|his|her) (?:records?|notes|file) (?:is|are|says?|say|has|have|shows?|lists?) (?:wrong|incorrect|inaccurate|an error|a mistake|false|not true)|\\b(?:wrong|incorrect|inaccurate|false) (?:information|info|details|diagnosis|entry) (?:in|on) (?:my|his|her) (?:records?|notes|file)\\b",
    2,
  ],
  ["gdpr", "\\b(?:gdpr|data protection act|dpa 2018|ico)\\b", 1],
  [
    "call-recording",
    "\\b(?:recording|transcript) of (?:my|the) (?:call|phone call|conversation)\\b[^.?!]{0,30}\\b(?:copy|request|send|get|have)|\\b(?:copy|request|send me|get) (?:a |the )?(?:recording|transcript) of (?:my|the|our) (?:call|phone call|conversation)\\b",
    2,
  ],
  [
    "my-notes-say",
    "\\b(?:my|his|her|our) (?:\\w+ )?(?:notes|records?|file|letter|discharge letter|report)\\b[^.?!]{0,50}\\b(?:say|says|said|show|shows|list|lists|has|have|wrong|incorrect|inaccurate|corrected|removed|taken off|fixed|amended|deleted)\\b",
    2,
  ],
  [
    "about-me",
    "\\b(?:notes|records?|file|report|incident report|emails?|data|information|photos?|pictures?|footage|video|recording|messages|letters|minutes)\\b[^.?!]{0,30}\\b(?:about|of|on|discussing|concerning|mentioning|regarding) me\\b",
    2,
  ],
  [
    "accessed",
    "\\bwho (?:has |have )?(?:accessed|looked at|viewed|seen|opened) (?:my|her|his) (?:records?|notes|file|data)\\b|\\baudit (?:trail|log) (?:of|for|on) (?:my|her|his)\\b",
    2,
  ],
  [
    "can-i-see",
    "\\b(?:can|could|may) i (?:please )?(?:see|have|get|ask for|request|access|read|obtain) (?:a copy of )?(?:my|the) (?:\\w+ ){0,3}(?:notes|records?|file|report|results|letters|scans)\\b|\\bi (?:need|want|would like|'d like) (?:a copy of |copies of |to see )?my (?:\\w+ ){0,3}(?:notes|records?|file|results|history)\\b",
    2,
  ],
  [
    "sar-word",
    "\\b(?:sar|dsar)\\b|\\bthat'?s my (?:data|information)\\b|\\bopt (?:me )?out\\b[^.?!]{0,40}\\b(?:data|research|sharing|records)\\b|\\bmy data (?:being|is being|was) (?:used|shared|sold)\\b|\\bremoved from your (?:systems|records|database|website)\\b|\\b(?:data|information|details) you (?:shared|passed|sent|gave) (?:about|on) me\\b",
    2,
  ],
  [
    "about-me-2",
    "\\b(?:everything|anything|all|what)(?: that)?(?: is| has been| you'?ve| was)? (?:written|recorded|held|kept|said|noted|stored) (?:down )?(?:about|on) me\\b|\\b(?:my|our) (?:personal )?(?:data|details|information|info|records?|address|email|number) (?:removed|deleted|erased|wiped|taken off|corrected|updated|changed|amended)\\b|\\b(?:correct|update|change|amend) my (?:address|name|details|date of birth|gp|phone number|email) (?:on|in) your (?:system|records|database)\\b",
    2,
  ],
  [
    "sar-3",
    "\\b(?:recording|recordings|transcript|audio|call log)s? of (?:my|our) (?:phone |telephone |999 |111 )?(?:call|calls|conversation|consultation)\\b|\\b(?:need|want|like|have|get|send|copy of|copies of|see|access to|access) (?:all )?(?:of )?(?:my|our) (?:[\\w'-]+ ){0,3}(?:records?|notes|file|files|results|reports?|scans|x-?rays)(?: in writing| please| pls)?\\b|\\b(?:your|the) (?:notes|records?|file) (?:say|says|said|show|shows|list|lists|state|states) (?:that )?(?:i|i'?m|my|me)\\b|\\b(?:emails|notes|messages|documents|records|minutes)[^.?!]{0,30}\\b(?:discussed|mentioned|mentioning|referring to|refer to) me\\b|\\bcopy of (?:the )?(?:notes|minutes|report|records?) (?:from|of) (?:my|our|the meeting about)\\b",
    2,
  ],
  [
    "erasure-2",
    "\\b(?:delete|erase|remove|destroy|wipe) (?:all )?(?:of )?(?:my|our|his|her) (?:\\w+ )?(?:data|details|information|info|records?|account|number|email|address|photos?)\\b|\\bstop (?:using|processing|sharing|selling|holding) (?:my|our) (?:personal )?(?:data|details|information|info)\\b",
    2,
  ],
];

/** FOIA s.1: recorded information the organisation holds — spend, numbers, policies, contracts. */
export const FOI_CUES: CueList = [
  [
    "foi",
    "\\b(?:foi|foia|freedom of information|foi request|eir request|environmental information regulations)\\b",
    2,
  ],
  [
    "how-many",
    "\\bhow many (?:\\w+ ){0,5}(?:did|does|do|have|has|were|are|was|is) (?:the trust|your trust|you|your (?:hospital|organisation|wards?|staff|services?)|there|employed|recorded|reported|vacant|on|in)\\b",
    2,
  ],
  [
    "how-much",
    "\\bhow much (?:\\w+ ){0,3}(?:did|does|has|have|is|was) (?:the trust|your trust|you|your (?:hospital|organisation)|the nhs|being|spent|paid|spend)\\b|\\bhow much (?:money|was spent|is spent|does it cost the trust)\\b",
    2,
  ],
  [
    "spend",
    "\\b(?:total |annual |agency |consultancy |overall )?(?:spend|spent|spending|expenditure|cost|costs|amount paid|payments?) (?:on|for|by|to) (?:the trust|your|agency|consultants?|locums?|taxis?|parking|interpreters?|security|management|legal|it|private|outsourc|\\w+ (?:staff|services|contracts?|firms?|companies))\\b",
    2,
  ],
  [
    "number-of",
    "\\b(?:the )?(?:total )?(?:number|numbers|figures|statistics|stats|data|breakdown|list|register|details) (?:of|on|for|showing) (?:\\w+ ){0,4}(?:in|during|per|for|since|over|between|by|at) (?:20\\d\\d|the (?:last|past|previous)|each|every|your|the trust|financial|calendar)\\b",
    2,
  ],
  [
    "documents",
    "\\b(?:cop(?:y|ies) of|publish|disclose|release|see|send me|share) (?:the |your |any |all )?(?:trust'?s |hospital'?s )?(?:policy|policies|procedure|procedures|contract|contracts|minutes|board papers|register|gifts and hospitality|risk register|business case|tender|invoices?|report|audit|correspondence|emails|guidance|protocol|strategy)\\b(?! (?:about|on|regarding) me)",
    2,
  ],
  [
    "recorded-info",
    "\\b(?:information|info|data|records) (?:you|the trust) (?:hold|holds|keep|have) (?:on|about|regarding) (?!me\\b|my\\b|myself\\b)(?:the|your|how|what|any|staff|patients|agency|spend|waiting|the number)\\b|\\bplease (?:provide|disclose|confirm|send) (?:the|details|figures|data|information|copies|a breakdown|the number)\\b",
    2,
  ],
  [
    "contracts",
    "\\b(?:contract|contracts|tender|procurement|supplier|suppliers) (?:with|awarded to|value|for)\\b|\\bwho (?:supplies|provides|holds the contract)\\b",
    1,
  ],
  ["figures", "\\b(?:statistics|figures|data|percentage|proportion|how many|number of)\\b", 1],
  [
    "publish-figures",
    "\\b(?:publish|provide|release|disclose|share|send)\\b[^.?!]{0,30}\\b(?:how much|how many|figures|the amount|the cost|the number|data|breakdown|statistics)\\b|\\bfigures,? please\\b|\\bthe data,? please\\b|\\brequest: (?:the )?(?:number|figures|data|details|copies)\\b",
    2,
  ],
  [
    "how-many-2",
    "\\bhow many (?:staff|nurses|doctors|patients|beds|people|complaints|incidents|deaths|agency|vacancies|consultants|managers|operations|cancellations|requests|serious incidents|never events|restraints|assaults|referrals|ambulances)\\b",
    2,
  ],
  [
    "average",
    "\\b(?:average|median|mean|longest|total|annual) (?:time|wait|waiting time|cost|spend|salary|pay|number)\\b[^.?!]{0,60}\\b(?:trust|your|per|for|in 20\\d\\d|last|monthly|each)\\b",
    1,
  ],
  [
    "assessment-doc",
    "\\b(?:equality impact assessment|business case|board minutes|board papers|risk register|policy document|serious incident reports?|cqc action plan|staff survey results|the contract|the tender|the procurement)\\b",
    2,
  ],
  [
    "by-period",
    "\\b(?:by month|by year|per month|per year|monthly|annually|each year|each month|for the (?:last|past) \\d+ (?:years|months)|since 20\\d\\d|in 20\\d\\d|between 20\\d\\d and 20\\d\\d|20\\d\\d to (?:now|20\\d\\d)|financial year)\\b",
    1,
  ],
  [
    "request-doc",
    "\\b(?:request|provide|have|get|obtain|see|view) (?:a copy of )?(?:the |your )?(?:trust'?s |hospital'?s |organisation'?s )?(?:policy|policies|procedure|strategy|protocol|guidance|contract|minutes|register|report|audit|business case|action plan) (?:on|for|about|regarding|covering|relating to|with)\\b",
    2,
  ],
];

/** Journalists and newsrooms (EPUT CPG58 §3.8; TEWV CORP-0068 §4.5.1: media contact goes to the press office). */
export const MEDIA_CUES: CueList = [
  [
    "journalist",
    "\\b(?:i'?m|i am|im|we'?re|we are)(?: a| an)? (?:journalist|reporter|correspondent|producer|researcher|editor|freelance (?:journalist|writer|reporter))\\b|\\b(?:journalist|reporter|correspondent|news ?desk|newsroom|press enquiry|media enquiry|press office|producer|editor) (?:at|from|for|with|here)\\b",
    2,
  ],
  [
    "story",
    "\\b(?:for|writing|working on|doing|running|putting together|researching) (?:a|an|our|my|the) (?:story|piece|feature|article|report|investigation|segment|package|documentary|news item|bulletin|programme|podcast)\\b|\\b(?:running|publishing|broadcasting) (?:a|the|this) (?:story|piece)\\b",
    2,
  ],
  [
    "comment",
    "\\b(?:request(?:ing)? (?:for )?(?:a )?comment|(?:a|any|your|the trust'?s) (?:comment|statement|response) (?:for|on|ahead|before)|comment (?:for|on) (?:our|a|the) (?:story|piece|article)|on the record|off the record|right of reply|our deadline|deadline (?:is|of) \\d|by \\d{1,2}(?::\\d\\d)? ?(?:am|pm) (?:today|tomorrow) for)\\b",
    2,
  ],
  [
    "outlet",
    "\\b(?:bbc|itv|sky news|channel 4|channel 5|five news|reuters|press association|pa media|guardian|telegraph|the times|the sun|daily mail|mail online|mirror|independent|evening standard|metro|hsj|health service journal|nursing times|pulse|express (?:and|&) star|manchester evening news|northern echo|teesside live|gazette|echo|chronicle|radio \\w+|look north|midlands today|granada reports|bbc look|news at|newspaper|the paper|our readers|our listeners|our viewers)\\b",
    1,
  ],
  [
    "interview",
    "\\b(?:interview|speak to|talk to|spokesperson|spokesman|spokeswoman|someone to come on)\\b[^.?!]{0,40}\\b(?:programme|show|broadcast|air|bulletin|story|piece|tonight|tomorrow morning|live)\\b",
    1,
  ],
  [
    "desk-here",
    "\\b(?:newsdesk|news desk|health desk|news team|newsroom|press enquiry|media enquiry|press query|media query)\\b|\\b(?:news|bbc|itv|sky|channel \\d|guardian|times|telegraph|mirror|metro|echo|live|post|gazette|standard|herald|chronicle|express|radio|fm|podcast|reports)\\b[^.?!,]{0,20}\\b(?:here|newsdesk|health desk)\\b",
    2,
  ],
  [
    "media-role",
    "\\b(?:health correspondent|reporter|journalist|researcher (?:on|for|at)|producer (?:on|for|at)|editor (?:of|at)|news creator|podcast host|broadcaster)\\b",
    2,
  ],
  [
    "comment-ask",
    "\\b(?:seeking|request(?:ing)?|want|like|get|provide|issue|have) (?:a |your |any |an? official )?(?:comment|statement|quote|response|reaction)\\b|\\byour (?:side of the story|response to|comment on)\\b|\\b(?:would you|would your trust|does the trust|is the trust) (?:like to )?(?:comment|respond)\\b|\\bembargo(?:ed)?\\b|\\bbefore publication\\b|\\bgoing to (?:print|air)\\b|\\b(?:interview|feature|round-?up|segment|piece)\\b",
    1,
  ],
  [
    "media-role-weak",
    "\\b(?:presenter|photographer|documentary|film crew|camera crew|content creator|filming)\\b",
    1,
  ],
  [
    "media-weak-2",
    "\\b(?:press (?:team|office|officer)|comms team|communications team|blog|blogger|vlog|newsletter|magazine|news site|news website|tiktok news|can you confirm|could you confirm|are you aware|making a (?:short )?film|for (?:the|our) (?:paper|programme|show|channel))\\b",
    1,
  ],
  ["story-2", "\\bwould make a (?:lovely|great|good|nice|brilliant|fantastic) (?:story|feature|piece)\\b", 2],
  [
    "outlet-here",
    "\\b(?:[a-z]+ ){0,2}(?:news|radio \\w+|echo|post|gazette|times|mirror|live|standard|herald|chronicle|express|star|telegraph|guardian|bbc \\w+|itv \\w+|sky news|channel \\d|reports|today|tonight|fm) here\\b|\\b(?:give|send|provide) (?:us|me) (?:a |your |any |an )?(?:comment|statement|quote|response|interview)\\b",
    2,
  ],
];
