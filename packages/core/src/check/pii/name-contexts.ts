/**
 * The settings that make a named person a patient or a colleague in confidence, for the
 * person-name detector (listed-names.ts). Written from the kinds the policies list (CPG58 §3.3
 * person-identifiable information; RWT §4.3.4 patient information and sickness absence;
 * CORP-0068 §4.4.1), in English and in the main languages of England and Wales that staff
 * write in. Every pattern is a plain alternation: linear in the text.
 */

/** Word cues for where a patient is, what was done to them and what happened. */
const STRONG_PATIENT_WORDS = [
  // locators and wards
  String.raw`\b(?:beds?|bay|cubicle|side room)\s*\d+[a-z]?\b|\bbay [b-h]\b|\bbay a(?=[,.;:!?)]| (?:is|was|has|had|and)\b)`,
  String.raw`\b(?:side[\s-]?rooms?|bedside|dayroom|day room|seclusion|resus|majors|minors|end (?:room|bay|bed)|single room)\b`,
  String.raw`\b(?:in|on|to|into|at|from|in the|on the|to the|into the) (?:a&e|icu|itu|hdu|ccu|cdu|amu|mau|sau|eau|epu|nicu|scbu|pacu|theatre|recovery|resus|intensive care|special care|high dependency)\b`,
  // admission, stay and discharge
  String.raw`\b(?:re)?admitted\b|\b(?:re)?admissions?\b(?!\s+(?:team|office|staff|coordinator|co-ordinator|nurse|clerk|lounge|policy|process|criteria))|\breadmi\w*|\bdischarg\w*(?!\s+(?:co-?ordinators?|lounge|team|teams|nurses?|planning|planners?|hub|liaison|facilitators?|navigators?|policy|process|pathways?|training|lead|leads|manager|managers)\b)|\blength of stay\b|\b(?:his|her|their) (?:stay|section|obs|meds|medication|depot|care plan|discharge|admission|diagnosis|bloods|operation|surgery|sats|ews|news score|fluids|stoma|dressings?|pressure areas|ct|mri|x-?ray|scan|biopsy|results|test results|swab|leave|section 17 leave|ground leave)\b|\b(?:section 17|s17|ground|escorted|unescorted|home|overnight) leave\b|\b(?:commode|hoist|pressure mattress|walking frame|zimmer frame|oxygen concentrator|oxygen cylinders?) (?:delivery|delivered|collection)\b`,
  String.raw`\b(?:few|two|three|six|several|many) (?:days|weeks|months|years) (?:with us|on the ward|on our ward|in hospital|as an inpatient)\b|\bbeen with us since\b`,
  String.raw`\b(?:caseload|care plan|care package|package of care|home visit|birth visit|new birth|district nurse|on my list|my patients?|our patients?|service users?|residents?|inpatients?|outpatients?)\b`,
  String.raw`\b(?:moved|transferred|rushed|blue[\s-]?lighted|blue[\s-]?lit) (?:from|to|into|in to)\b|\bwalked off (?:the )?(?:ward|unit)\b|\babsconded\b|\bawol\b|\bwent missing\b`,
  // what happened: deaths, births and milestones on the ward
  String.raw`\b(?:passed away|passed peacefully|slipped away|died|death|rip|end of life|palliative|dnacpr|dnar|lost (?:you|him|her|them)|we lost|(?:last|final) (?:days|hours|weeks))\b`,
  String.raw`\bbloods? (?:back|came back)\b|\btransfused\b|\bneeds? (?:a )?(?:blood )?transfusion\b|\bhb (?:of )?\d{2,3}\b|\bno (?:visitors|one visits|family visits)\b|\b(?:is|was|back) in again\b|\b(?:ventilator|extubated|weaned off)\b`,
  String.raw`\bbirthday on (?:the|our) (?:ward|unit)\b|\b(?:longest|long) (?:stay|staying|resident|admission)\b`,
  String.raw`\b(?:born|arrived|delivered) (?:at|on|weighing|early|at just)\b|\bgestation\b|\bweighing\b`,
  // a baby's gestation and weight: "came in at 31 weeks", "1.4kg", "2lb 3oz", "on CPAP", "in an incubator"
  String.raw`\b(?:at|just) \d{2}(?:\s?\+\s?\d)? ?weeks?\b|\b(?:cpap|incubator|neonatal unit|special care baby unit|tube[\s-]fed|nasogastric|ng tube)\b`,
  // care, conditions and treatment
  String.raw`\b(?:diagnos\w*|prognosis|chemo\w*|radiotherapy|dialysis|overdosed?|od'd|self[\s-]harm\w*|sepsis|stroke|heart attack|cardiac arrest|seizure|dementia|delirium|psychosis|psychotic|schizophreni\w*|bipolar|anorexi\w*|bulimi\w*|pneumonia|covid|cancer|tumour|fracture\w*|broken (?:hip|leg|arm|wrist|ankle)|had a fall|fell (?:over|down|out of bed|on the ward)|(?:fell|a fall|found on the floor) (?:by|beside|next to|near|at the side of) (?:the|her|his|their) (?:bed|chair|commode)|found on the floor|amputat\w*)\b`,
  String.raw`\b(?:surgery|operation|op|replacement|transplant|bypass|caesarean|c-section|intubated|ventilated|cannula|catheter|nil by mouth|depot|injection|insulin|methadone|clozapine|lithium|one to one|obs|observations|mha|mental health act|sectioned|section \d+|detained|ect)\b`,
  String.raw`\b(?:communication (?:device|aid|book)|speech and language|physio(?:therapy)?|rehab|therapy|treatment|recovering|recovery from|relaps\w*|detox|sober|clean for)\b`,
  // procedures and what brought them in: "two stents", "in for his angiogram", "3 days post hip", "had his leg off"
  String.raw`\b(?:chest pains?|stents?|angiogram|angioplasty|aki|days post|post[\s-]?op|in for (?:his|her|their) \w+|had (?:his|her|their) (?:leg|foot|arm|hand|toes?|fingers?) off|lost (?:mr|mrs|miss|ms|mx)\b)`,
  String.raw`\b(?:patient|patients|pt|service user|client|resident)(?:'s|s')?\b`,
  // on a clinic, theatre or GP list, or did not attend: "from the GP list", "on the colposcopy list", "the DNA"
  String.raw`\b(?:on|from|off) (?:the|our|my|today's|tomorrow's|yesterday's|this morning's|this afternoon's) (?:[\w'-]+ ){0,3}list\b|\b(?:the|a) dna\b|\bdna'?d\b|\bdid not attend\b`,
  // days or weeks of care, and care of their own: "came off oxygen after 19 days", "a reaction after his jab"
  String.raw`\bafter (?:\d{1,3}|two|three|four|five|six|seven|ten) (?:days|weeks)\b|\b(?:on|off) (?:oxygen|the ventilator|cpap|a drip|iv antibiotics|abx)\b|\b(?:his|her|their) (?:jab|jabs|vaccine|vaccination|mmr|inr|warfarin|inhaler|nebuliser|cast|plaster|prosthetic|stent|pacemaker|iron tablets|tablets|insulin|biopsy|smear|labour|waters)\b|\bthis admission\b`,
];

/** The same kinds of cue that start with a number: lengths of stay, birthdays, gestation, an age beside a name. */
const STRONG_PATIENT_NUMBERS = [
  String.raw`\b\d+ (?:days|weeks|months|years) (?:with us|on the ward|on our ward|in hospital|as an inpatient|and counting)\b`,
  // a baby's weight: "1.4kg", "2lb 3oz", "980g"
  String.raw`\b\d\.\d{1,2}\s?kgs?\b|\b\d{1,2}\s?lbs?\s?\d{1,2}\s?oz\b|\b\d{3,4}\s?(?:g|grams)\b`,
  String.raw`\b(?:[89]\d|10\d)\s+today\b|\b(?:9\dth|100th|10[1-9]th)\b|\b\d+(?:st|nd|rd|th) birthday\b|\bturned \d{2,3}\b|\b\d{2}\s*(?:\+\s*\d\s*)?weeks?\s+(?:gestation|early|pregnant)\b|\b1:1 obs\b`,
  // an age beside the name: "Alfie (7)", "Eileen, 81,", "78yo"
  String.raw`\(\d{1,3}\)|,\s*\d{1,3}\s*[,)]|\b\d{1,3}\s*(?:yo|y\/o|yrs? old|years? old|year-old)\b`,
];

/** Where a patient is, what was done to them, and what happened: a name here is a patient's. */
export const STRONG_PATIENT = new RegExp(
  [...STRONG_PATIENT_WORDS, ...STRONG_PATIENT_NUMBERS].join("|"),
  "gi",
);
/** The word cues alone, for the whole-text gate (every one starts at a word, so the gate stays one cheap scan). */
export const STRONG_PATIENT_GATE = new RegExp(STRONG_PATIENT_WORDS.join("|"), "i");

/**
 * The cues that make a name a patient's even in a post that celebrates or thanks someone: a bed,
 * an admission, a birth, an age, an operation, their own illness ("Happy 100th birthday Doris",
 * "Alfie (7)", "Gary, 9 months after his knee replacement"). A specialty ("our stroke team") is not one.
 */
export const PATIENT_SPECIFIC = new RegExp(
  [
    String.raw`\b(?:beds?|bay|cubicle|side room)\s*\d+[a-z]?\b|\bside[\s-]?rooms?\b|\bbay [b-h]\b`,
    // a centenarian's birthday, a length of stay, first steps after an illness
    String.raw`\b(?:9\dth|100th|10[1-9]th)\b|\b(?:days|weeks|months) (?:on the ward|on our ward|in hospital) (?:after|with|for)\b|\bwalked (?:to the end|unaided|the length|without (?:a|her|his|their) (?:frame|stick|zimmer))\b`,
    String.raw`\b(?:re)?admitted\b|\bdischarg\w*(?!\s+(?:co-?ordinators?|lounge|team|teams|nurses?|planning|planners?|hub|liaison|facilitators?|navigators?|policy|process|pathways?|training|lead|leads|manager|managers)\b)|\bpassed away\b|\bdied\b|\bpassed peacefully\b|\bslipped away\b|\bend of life\b|\blength of stay\b|\blongest (?:stay|resident)\b`,
    String.raw`\b(?:\d+(?:st|nd|rd|th)|100th|90th|80th) birthday\b|\b(?:born|arrived|delivered) (?:at|weighing|early)\b|\bweighing\b|\bgestation\b`,
    String.raw`\b(?:at|just) \d{2}(?:\s?\+\s?\d)? ?weeks?\b|\b\d\.\d{1,2}\s?kgs?\b|\b\d{1,2}\s?lbs?\s?\d{1,2}\s?oz\b|\bcpap\b|\bincubator\b`,
    // One patient, not the patients a colleague cares for ("42 years caring for patients" is a career).
    String.raw`\b(?:service user|resident|patient|inpatient|one of (?:our|my) (?:patients|residents|service users))\b(?!s)`,
    String.raw`\b(?:his|her|their) (?:first |last |recent |new )?(?:psychotic episode|episode|diagnosis|illness|stroke|surgery|operation|op|treatment|recovery|admission|stay|relapse|overdose|heart attack|seizure|transplant|chemo\w*|knee|hip|replacement)\b|\breplacement\b|\bhip op\b`,
    String.raw`\(\d{1,2}\)|\b\d{1,3}\s*(?:yo|y\/o)\b`,
    // a great age beside the name ("Hazel, 94,", "96 today", "aged 101"): staff are not 80 or more
    String.raw`,\s*(?:[89]\d|10\d)\s*[,)!.]|\b(?:[89]\d|10\d)\s+today\b|\baged\s+(?:[89]\d|10\d)\b`,
    // someone who comes to a service for their care ("coming to our leg ulcer clinic every week")
    String.raw`\b(?:coming|comes|came|attend(?:s|ed|ing)?) (?:to )?(?:our|the) (?:[a-z]+ ){0,3}(?:clinic|day centre|day hospital|group|programme|sessions?)\b(?!\s+(?:to|and)\s+(?:volunteer|help|work|teach|talk|speak|run|lead|support))`,
    String.raw`\bcommunication (?:device|aid|book)\b`,
    // a procedure of their own in a thank-you or shout-out ("after her section", "had his leg off")
    String.raw`\b(?:his|her|their) (?:section|c-section|caesarean|angiogram|stents?|amputation|labour|delivery)\b|\bhad (?:his|her|their) (?:leg|foot|arm|hand|toes?|fingers?) off\b|\bdays post\b`,
    // a child's age beside the name ("Layla, 7, who…"): colleagues are not children
    String.raw`,\s*(?:[1-9]|1[0-7])\s*,`,
    // treatment finished or a programme of care completed ("rang the bell", "last round of chemo", "28 days clean")
    String.raw`\b(?:rang|ringing|ring|rings) the bell\b|\b(?:last|final) (?:round|dose|session|cycle|course) of\b|\brounds? of (?:chemo\w*|radiotherapy|treatment)\b|\b(?:complet\w*|finish\w*) (?:his|her|their|your) (?:detox|rehab|treatment|chemo\w*|radiotherapy|therapy)\b|\b\d+ (?:days|weeks|months) (?:clean|sober|dry)\b`,
    // a programme of care the person is on ("our eating disorders day programme"); not a unit or a
    // ward, where colleagues work too ("42 years in our stroke unit")
    String.raw`\b(?:eating disorders?|detox|addiction|substance misuse|drug and alcohol|cardiac rehab|pulmonary rehab) (?:day )?(?:programme|service)\b(?!\s+(?:team|staff|lead|manager|nurses?))`,
    // time spent on a ward, leaving it, an injury or an illness of their own ("after 6 weeks on", "on Ward 3 with her heart";
    // not "leading with your heart")
    String.raw`\bafter \d+ (?:days|weeks|months) (?:on|in|with)\b|\b(?:been|was|were) (?:on|in) (?:our|the) (?:[a-z]+ )?(?:ward|unit) (?:for )?\d+ (?:days|weeks|months)\b|\bwalk(?:ed|s)? out of (?:our|the) (?:[a-z]+ )?(?:unit|ward)\b|\bafter (?:his|her|their) (?:spinal |head |brain )?(?:injury|accident|crash|fall)\b|\b(?:ward|unit|hospital|in|poorly|unwell|bad|struggling) (?:\w+ ){0,3}with (?:his|her|their|your) (?:heart|chest|lungs|breathing|leg ulcers?|ulcers?|pneumonia|kidneys|cancer)\b(?! of)`,
  ].join("|"),
  "gi",
);

/** Care words that make a name a patient's only when nothing says it is a colleague's. */
export const WEAK_PATIENT =
  /\b(?:ward\s*\d+|ward|wards|unit|clinic|hospital|a&e|ed|icu|hdu|theatre|visit(?:ed|ing)?|visitors?|relatives|next of kin|carer|care home|hospice|meds|medication|tablets|scan|bloods|x-?ray|appointment|referral|poorly|unwell|in hospital|condition|recovery)\b/gi;

/** Words in other languages for a patient, a bed, a ward, medicine, admission and discharge. */
const MULTILINGUAL_PATIENT = [
  // Polish
  "pacjent\\p{L}*",
  "sal[iaę] \\d+",
  "łóżk\\p{L}* \\d+",
  "oddzia\\p{L}*",
  "szpital\\p{L}*",
  "lek(?:i|ów|ami)",
  "wypis\\p{L}*",
  "przyjęt\\p{L}*",
  "zmarł\\p{L}*",
  "urodzon\\p{L}*",
  // Romanian
  "pacient\\p{L}*",
  "patul \\d+",
  "salonul \\d+",
  "spital\\p{L}*",
  "internat\\p{L}*",
  "externat\\p{L}*",
  "născut\\p{L}*",
  "clinic[ăa]",
  "tratament\\p{L}*",
  // Spanish and Portuguese
  "paciente\\p{L}*",
  "cama \\d+",
  "habitación \\d+",
  "quarto \\d+",
  "de alta",
  "dad[oa] de alta",
  "ingresad\\p{L}*",
  "internad\\p{L}*",
  "planta",
  "urgencias",
  "hospital\\p{L}*",
  "falleci\\p{L}*",
  "faleceu",
  "nacid[oa]",
  // Italian, French, German, Turkish, Lithuanian and Somali: numbered beds and rooms, intensive care, admission
  "letto \\d+",
  "stanza \\d+",
  "ricoverat\\p{L}*",
  "dimess[oa]",
  "terapia intensiva",
  "lit \\d+",
  "chambre \\d+",
  "hospitalisé\\p{L}*",
  "réanimation",
  "zimmer \\d+",
  "bett \\d+",
  "intensivstation",
  "yatak \\d+",
  "\\d+ numaralı (?:oda|yatak)\\p{L}*",
  "yoğun bakım\\p{L}*",
  "\\d+ palat\\p{L}*",
  "reanimacij\\p{L}*",
  "qolka \\d+",
  "sariirta \\d+",
  // Welsh
  "claf",
  "cleifion",
  "ysbyty",
  "gwely \\d+",
  // Romanised Urdu, Panjabi and Hindi (code-mixed with English care words)
  "chhutti",
  "chutti",
  "dawai\\p{L}*",
  "davai\\p{L}*",
  "haspatal",
  "aspataal",
  "mareez",
  "mariz",
  "bimar\\p{L}*",
  // Arabic and Urdu script
  "المريض\\p{L}*",
  "مريض\\p{L}*",
  "مستشفى",
  "مریض\\p{L}*",
  "ہسپتال",
  "ہسپتال",
  "রোগী",
  "হাসপাতাল",
  "ਮਰੀਜ਼",
  "ਹਸਪਤਾਲ",
  // beds, wards, intensive care, admission and discharge in Arabic, Urdu, Gurmukhi and Bengali
  "السرير",
  "سرير",
  "العناية",
  "الجناح",
  "بستر",
  "وارڈ",
  "ڈسچارج",
  "داخل",
  "ਛੁੱਟੀ",
  "ਵਾਰਡ",
  "ਦਾਖਲ",
  "ਬੈੱਡ",
  "বেড",
  "ওয়ার্ড",
  "ভর্তি",
  // Russian, Ukrainian and Bulgarian: a ward or bed, discharge, admission, a patient, a hospital, intensive care
  "палат\\p{L}*",
  "койк\\p{L}*",
  "выписк\\p{L}*",
  "выписа\\p{L}*",
  "виписк\\p{L}*",
  "виписа\\p{L}*",
  "госпитализ\\p{L}*",
  "госпіталіз\\p{L}*",
  "пациент\\p{L}*",
  "пацієнт\\p{L}*",
  "больниц\\p{L}*",
  "лікарн\\p{L}*",
  "болниц\\p{L}*",
  "реанимаци\\p{L}*",
  "реанімаці\\p{L}*",
  // Greek
  "κρεβάτι\\p{L}*",
  "θάλαμο\\p{L}*",
  "ασθεν\\p{L}*",
  "νοσοκομεί\\p{L}*",
  "νοσηλε\\p{L}*",
  "εξιτήριο",
  "εντατική",
  // Hindi, Gujarati and Tamil (vowel signs are marks: some words end in [\p{L}\p{M}]*)
  "वार्ड",
  "भर्ती",
  "मरीज़?",
  "अस्पताल",
  "बिस्तर",
  "बेड",
  "छुट्टी",
  "દર્દી",
  "હોસ્પિટલ",
  "વોર્ડ",
  "દાખલ",
  "வார்டு",
  "நோயாளி[\\p{L}\\p{M}]*",
  "மருத்துவமனை[\\p{L}\\p{M}]*",
  "அனுமதிக்கப்பட்ட[\\p{L}\\p{M}]*",
  "படுக்கை[\\p{L}\\p{M}]*",
  // Persian
  "بیمارستان",
  "بیمار",
  // Hebrew (a one-letter preposition may be joined to the word: "מחדר" from room)
  "[מבל]?חדר \\d+",
  "[במל]?מיטה \\d+",
  "[במל]?בית החולים",
  "[במל]?בית חולים",
  "ה?ניתוח",
  "אושפז\\p{L}*",
  "שוחרר\\p{L}*",
  "[הל]?מטופל\\p{L}*",
  // Irish, Romanian, Polish, Portuguese and Somali care words the lists above lacked
  "leaba \\d+",
  "bh?arda",
  "ospidéal\\p{L}*",
  "externare\\p{L}*",
  "oiom\\p{L}*",
  "intensywnej terapii",
  "cuidados intensivos",
  "avc",
  "qaybta gurmadka",
  // a birth: its weight in kilos written in other scripts, Welsh pounds and ounces, the word for birth
  "\\d[.,]\\d{1,2}\\s?(?:kg|كغ|كجم|кг|கிலோ|ਕਿਲੋ|किलो|কেজি|કિલો)",
  "\\d{1,2} pwys",
  "ganwyd",
  "ولدت",
  "ਜਨਮ",
  "जन्म",
  "জন্ম",
  "பிறந்த[\\p{L}\\p{M}]*",
];

/**
 * Given and family names common in England and Wales, written in Arabic, Urdu, Gurmukhi and
 * Bengali script, where capitals cannot mark a name; counted only beside a care setting or a
 * confidential matter. Written for Parapet from general knowledge of naming (no labelled set read).
 */
const OTHER_SCRIPT_NAMES = [
  // Arabic and Urdu
  "محمد",
  "أحمد",
  "احمد",
  "علي",
  "علی",
  "عمر",
  "حسن",
  "حسين",
  "حسین",
  "فاطمة",
  "فاطمہ",
  "عائشة",
  "عائشہ",
  "مريم",
  "مریم",
  "زينب",
  "زینب",
  "خديجة",
  "خدیجہ",
  "يوسف",
  "یوسف",
  "إبراهيم",
  "ابراہیم",
  "عبدالله",
  "عبداللہ",
  "خالد",
  "طارق",
  "عمران",
  "بلال",
  "حمزة",
  "حمزہ",
  "سارة",
  "سارہ",
  "نسرین",
  "پروین",
  "شازیہ",
  "رحمان",
  "خان",
  "بیگم",
  "بی بی",
  "اقبال",
  "حسینہ",
  // Gurmukhi
  "ਗੁਰਪ੍ਰੀਤ",
  "ਹਰਪ੍ਰੀਤ",
  "ਮਨਪ੍ਰੀਤ",
  "ਜਸਪ੍ਰੀਤ",
  "ਸਿਮਰਨ",
  "ਹਰਜੀਤ",
  "ਬਲਜੀਤ",
  "ਮਨਜੀਤ",
  "ਕੁਲਵਿੰਦਰ",
  "ਸੁਖਵਿੰਦਰ",
  "ਜਸਵਿੰਦਰ",
  "ਪਰਮਿੰਦਰ",
  "ਰਾਜਿੰਦਰ",
  "ਅਮਨਦੀਪ",
  "ਨਵਦੀਪ",
  "ਗੁਰਦੀਪ",
  "ਹਰਭਜਨ",
  "ਕੌਰ",
  "ਸਿੰਘ",
  // Bengali
  "মোহাম্মদ",
  "মুহাম্মদ",
  "আহমেদ",
  "রহমান",
  "হোসেন",
  "ফাতেমা",
  "আয়েশা",
  "বেগম",
  "খাতুন",
  "আলী",
  "উদ্দিন",
  "আক্তার",
  "নাসরিন",
  "হাসান",
  // Devanagari (Hindi, Marathi, Nepali) and Gujarati
  "राजेश",
  "सुरेश",
  "रमेश",
  "महेश",
  "अमित",
  "राहुल",
  "विजय",
  "संजय",
  "अशोक",
  "दीपक",
  "मोहन",
  "सुनीता",
  "अनीता",
  "प्रिया",
  "पूजा",
  "गीता",
  "सीता",
  "कमला",
  "लक्ष्मी",
  "कुमार",
  "शर्मा",
  "सिंह",
  "पटेल",
  "देवी",
  "गुप्ता",
  "वर्मा",
  "શાહ",
  "પટેલ",
  "રમેશ",
  "મીના",
  "ભાવના",
  "જયેશ",
  "હંસા",
  // Tamil
  "ராஜேஷ்",
  "குமார்",
  "முருகன்",
  "லட்சுமி",
  "செல்வி",
  "கணேஷ்",
  "சுரேஷ்",
  "பிரியா",
  "கீதா",
  "ராமன்",
  // Hebrew
  "כהן",
  "לוי",
  "מזרחי",
  "פרץ",
  "ביטון",
  "פרידמן",
  "אברהם",
  "יוסי",
  "יוסף",
  "דוד",
  "משה",
  "יעקב",
  "יצחק",
  "שרה",
  "רחל",
  "מרים",
  "רבקה",
  "לאה",
  "נועה",
  "תמר",
  "מיכל",
];
/** A name of OTHER_SCRIPT_NAMES, with a second one or an Arabic "al-" family name after it ("محمد الشامي"). */
export const OTHER_SCRIPT_NAME = new RegExp(
  // a title and any word: Hebrew מר / גברת, Arabic السيد / السيدة, Urdu جناب, Hindi श्री / श्रीमती
  `(?<![\\p{L}\\p{M}])(?:(?:מר|גברת|הגברת|السيد|السيدة|جناب|श्रीमती|श्री)\\s+[\\p{L}\\p{M}]+(?![\\p{L}\\p{M}])|` +
    // Arabic joins "for", "with" and "and" to the word after: "لفاطمة"
    `(?:[لبو])?(?:${OTHER_SCRIPT_NAMES.join("|")})(?:\\s+(?:${OTHER_SCRIPT_NAMES.join("|")}|ال\\p{L}+)(?![\\p{L}\\p{M}]))?(?![\\p{L}\\p{M}]))`,
  "gu",
);
/**
 * A Chinese family name and one or two given-name characters, before a word that ends a name
 * (在 "at", 的, 先生 "Mr", 女士, a comma): Chinese runs words together, so a name has no boundary
 * but the word after it. Counted only beside a care setting, like OTHER_SCRIPT_NAME.
 */
export const CJK_NAME =
  /(?:王|李|张|張|刘|劉|陈|陳|杨|楊|黄|黃|赵|趙|吴|吳|周|徐|孙|孫|朱|胡|郭|何|林|罗|羅|郑|鄭|梁|谢|謝|宋|唐|许|許|韩|韓|邓|鄧|冯|馮|曹|彭|曾|萧|蕭|潘|袁|蔡|蒋|蔣|杜|叶|葉|程|魏|苏|蘇|吕|呂|沈|姚|卢|盧|钟|鍾|姜|崔|谭|譚|廖|汪|陆|陸|邱|邹|鄒|熊|秦|薛|雷|黎|龙|龍|贺|賀|顾|顧|郝|龚|龔|邵|钱|錢|严|嚴)[\u4e00-\u9fff]{1,2}?(?=先生|女士|太太|小姐|阿姨|奶奶|爷爷|伯伯|在|的|是|已|今|昨|被|从|從|住|入|出|说|說|要|和|与|與|需|[\s,，。、:：(（]|$)/gu;

/**
 * Two capitalised Cyrillic or Greek words, a given name and a family name ("Олег Петров",
 * "Γιώργος Παπαδόπουλος"): the name lexicon holds Latin spellings only. Counted only beside a
 * care setting, a confidential matter or an identifier, like OTHER_SCRIPT_NAME.
 */
export const CASED_OTHER_SCRIPT_NAME =
  /(?<=(?:^|\s)(?:Ο|Η|ο|η|τον|την|του|της|Τον|Την|Του|Της)\s)[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+(?![\p{L}\p{M}])|(?<=[\p{Ll},]\s)[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?![\p{L}\p{M}])(?!\s+[А-ЯЁІЇЄҐ])|(?<![\p{L}\p{M}])(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+\s+[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+|[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+\s+[Α-ΩΆΈΉΊΌΎΏ][α-ωάέήίόύώϊϋΐΰς]+)(?![\p{L}\p{M}])/gu;
/** A Cyrillic or Greek letter. */
export const CASED_OTHER_SCRIPT_LETTER = /[\u0370-\u03ff\u0400-\u04ff]/;

/** Care settings in Chinese, which has no spaces between words: bed, ward, admission, discharge, patient, A&E, intensive care. */
export const CJK_PATIENT_SETTING =
  /号床|號床|病床|床位|病房|出院|入院|住院|病人|患者|急诊|急診|重症|监护|監護|医院|醫院|手术|手術/gu;

/** A letter of a script with no capitals to mark a name, or a Latin letter with an accent: calls for the other languages' cues. */
export const OTHER_SCRIPT_LETTER =
  /[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0980-\u09ff\u0a00-\u0a7f\u0a80-\u0aff\u0b80-\u0bff\u4e00-\u9fff]/;
/** Hebrew, Arabic, Urdu, Devanagari, Bengali, Gurmukhi, Gujarati and Tamil letters: the scripts of OTHER_SCRIPT_NAME. */
export const NAME_SCRIPT_LETTER =
  /[\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0980-\u09ff\u0a00-\u0a7f\u0a80-\u0aff\u0b80-\u0bff]/;
/** A Chinese character. */
export const CJK_LETTER = /[\u4e00-\u9fff]/;

export const MULTILINGUAL_PATIENT_SETTING = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MULTILINGUAL_PATIENT.join("|")})(?![\\p{L}\\p{N}])`,
  "giu",
);

/** Confidential matters of a colleague (RWT §4.3.4 sickness absence; CPG58 §3.3). */
export const STAFF_CONFIDENTIAL =
  /\b(?:off sick|sick leave|sick note|sickness(?: absence)?|signed off|long[\s-]term sick|off with (?:stress|anxiety|depression|her nerves|his nerves)|with stress|stress leave|burn[\s-]?out|nervous breakdown|phased return|occupational health|suspend(?:ed|ing)?|suspension|disciplinar\w*|grievance|misconduct|dismiss(?:ed|al)|sacked|capability (?:process|hearing|meeting|plan|procedure|review)|return[\s-]to[\s-]work (?:meeting|interview)|rtw (?:meeting|interview)|drink[\s-]?driv\w*|done for (?:drink|drugs|speeding|shoplifting|assault|fraud|theft)|police caution|criminal record|mum'?s the word|formal hearing|under investigation|being investigated|struck off|fitness to practise|(?:nmc|gmc|hcpc) referral|referred to the (?:nmc|gmc|hcpc)|drugs? test|drug screen|failed (?:a|her|his|their) (?:drugs? )?test|breathalys\w*|miscarri\w*|pregnancy loss|(?:lost|losing) (?:the|her|his|their|a) baby|baby loss|stillb\w*|ectopic|ivf|early pregnancy unit|epu|terminally ill|relapse\w*|arrested|in custody|divorc\w*|compassionate leave|hr meeting|hr investigation|performance plan|written warning|final warning|restricted duties|got the sack|being let go|(?:hasn't|has not|haven't|have not|hasnt|havent|not|not yet) told (?:anyone|anybody|people|the team|work|her manager|his manager)|(?:don't|dont|do not) (?:tell|mention it to) (?:her|him|them|anyone)|(?:keep|kept) it (?:quiet|between us|to yourselves|under wraps)|(?:don't|dont|do not) (?:say|mention) (?:anything|a word)|(?:just |only )?found out (?:she's|she is|they're|they are) pregnant|(?:hasn't|has not|haven't|have not) announced|zwolnieni\w* lekarski\w*|na l4|zawieszon\w*|postępowani\w* dyscyplinarn\w*|poroni\w*|concediu medical|suspendat\w*|cercetare disciplinar\w*|a pierdut sarcina|de baja|suspendid[oa]|expediente disciplinario|aborto espontáneo|de baixa|suspens[oa]|absenoldeb salwch|off (?:again |sick )?with (?:her|his|their) (?:back|knee|shoulder|neck|hip|migraines?|nerves|anxiety|depression|stress|health|mental health|long covid)|off for (?:the rest of the (?:week|month|year)|(?:a|two|three|four|six|\d+) (?:days|weeks|months)) with (?:her|his|their)|gardening leave|took (?:his|her|their) own life|(?:don't|dont|do not) say I told you|(?:you )?didn't hear (?:it|this) from me|(?:got|has|have|having) (?:a|her|his|their) (?:disciplinary )?hearing|panic attack|hysterectomy|mastectomy|(?:she|he)(?:'s| is| has) (?:got )?(?:ms|multiple sclerosis|cancer|early onset dementia|motor neurone disease))\b/gi;

/**
 * STAFF_CONFIDENTIAL's matters in Cyrillic, Greek, Hebrew, Devanagari and Chinese, which \b does
 * not bound: dismissal, suspension, a disciplinary, sick leave, depression, a miscarriage.
 */
export const STAFF_CONFIDENTIAL_OTHER_SCRIPT =
  /(?<![\p{L}\p{M}])(?:уволи\p{L}*|дисциплинар\p{L}*|больничн\p{L}*|отстран\p{L}*|выкидыш\p{L}*|депресси\p{L}*|звільни\p{L}*|лікарнян\p{L}*|αναρρωτικ\p{L}*|απολύθηκε|απόλυσ\p{L}*|πειθαρχικ\p{L}*|κατάθλιψη|αποβολ\p{L}*|פוטר\p{L}*|הושע\p{L}*|השעי\p{L}*|הפלה|דיכאון|निलंबित|बर्खास्त|अवसाद|गर्भपात)|停职|开除|病假|流产|抑郁/gu;

/** Posts celebrating or thanking staff: their names are meant to be seen. */
export const RECOGNITION =
  /\b(?:congrat\w*|awards?|awarded|winners?|won(?!['’]t)|shortlisted|nominat\w*|welcome|welcoming|joins|joined|joining|new starters?|thank(?:s|\s+you|ing)?|well done|shout[\s-]?out|kudos|proud|celebrat\w*|retir(?!ed\s+(?:[a-z]+\s+){0,2}(?:teacher|headteacher|headmaster|headmistress|miner|policeman|police officer|officer|vicar|builder|farmer|soldier|postman|bus driver|lorry driver|taxi driver|driver|engineer|lecturer|professor|judge|footballer|boxer|nurse|gp|doctor|midwife|dentist|butcher|plumber|electrician|fireman|firefighter|pilot|sailor|priest|councillor|solicitor|accountant|steelworker|docker)\b)\w*|farewell|leaving do|good luck|promot\w*|appointed|qualified|graduat\w*|star of|(?:nurse|colleague|employee|volunteer|team) of the (?:year|month)|recognis\w*|above and beyond|volunteers?|fundrais\w*|marathon|bake sale|happy birthday|meet|introducing|spotlight|say hello|sponsor\w*|donat\w*|justgiving|raising money|raise money|charity|send[\s-]?off|said goodbye|goodbye|last shift|leaving|leaves us|moving on|best wishes|milestone|long service|years of service|dzi[ęe]kuj\w*|gratulacj\w*|gratuluj\w*|witamy|mul[țt]umi\w*|mul[țt]umesc|felicit[ăa]ri|bun venit|gracias|felicidades|enhorabuena|bienvenid\w*|obrigad\w*|parab[ée]ns|bem[\s-]vind\w*|diolch|llongyfarchiadau|croeso|shukriya|shukria|mubarak|shukran|grazie|complimenti|benvenut[oa]|merci|félicitations|bienvenue|danke|glückwunsch|willkommen|teşekkür\w*|tebrikler|hoş geldin\w*|ačiū|sveikinam\w*|mahadsanid|hambalyo)\b|مبروك|شكرا|شکریہ|مبارک|ধন্যবাদ|অভিনন্দন|ਧੰਨਵਾਦ|ਵਧਾਈ/i;

/** A staff role said of the person named ("Amina, our healthcare assistant"). */
export const STAFF_ROLE =
  /\b(?:nurses?|sister|matron|hcas?|healthcare assistants?|support workers?|doctors?|consultants?|registrars?|physios?|physiotherapists?|occupational therapists?|pharmacists?|porters?|midwi(?:fe|ves)|students?|ward managers?|(?:co-?ordinator|practitioner|specialist|technician|administrator|facilitator|navigator|educator|trainer|coach)s?|receptionists?|housekeepers?|domestics?|cleaners?|colleagues?|paramedics?|surgeons?|anaesthetists?|sonographers?|radiographers?|chaplains?|estates|on nights|on days|our own|ward clerk|bank staff|agency|new starter|preceptee|volunteers?|and (?:the|our) (?:\w+ )?team|from (?:the|our) (?:\w+ ){0,2}team|(?:night|day|late|early|ward|bank) (?:team|staff|shift)|piel[ęe]gniar\w*|po[łl]o[żz]n\w*|lekar\w*|asystent\w*|asistent\w*|infirmier\w*|enfermer\w*|m[ée]dic[oa]s?|nyrs\w*|meddyg\w*|bydwraig|doktor\w*|koleżank\w*|kolega|colega\w*|coleg[ăa])\b/i;

/** Titles and honorifics before a name, in English and the other languages staff write in. */
export const BEFORE_NAME_TITLE: ReadonlySet<string> = new Set(
  (
    "mr mrs ms miss mx master mister missus auntie aunty uncle nana nanna grandma grandad granny baby " +
    "fr revd rev reverend pastor canon imam rabbi sheikh " +
    "pani pan pana panią panu doamna doamnei domnul domnului señora señor senora senor sra sr senhora senhor " +
    "dona don madame monsieur mme frau herr signora signor sig bayan bay hanım hanim bey"
  ).split(" "),
);

/** Staff titles: the name after one is a colleague's unless the post is about their care or a confidential matter. */
export const STAFF_TITLE: ReadonlySet<string> = new Set(
  "dr doctor sister nurse matron prof professor charge consultant".split(" "),
);

/** Honorifics after a name in South Asian languages and English: "Singh ji", "Ahmed sahab". */
export const AFTER_NAME_HONORIFIC: ReadonlySet<string> = new Set(
  "ji jee sahab sahib saab sb bhai bhaiya baji aunty auntie uncle chacha khala nani dada bibi".split(" "),
);

/** Labels before a name in a record: "surname Nowak", "nazwisko Nowak", "name: Okafor". */
export const NAME_LABEL: ReadonlySet<string> = new Set(
  "name surname forename nazwisko imię imie nume prenume nombre apellido nome sobrenome".split(" "),
);

/** Words after a sentence-initial name that is also a common word ("Sue on nights is…", "Grace was…"). */
export const FOLLOWS_SENTENCE_INITIAL_NAME: ReadonlySet<string> = new Set(
  "is was has had in on from who got went came says said passed died fell needs wants keeps".split(" "),
);

/** Words after a capitalised word that make it a place, a thing or a team ("Maple ward", "Turner Road"). */
export const NOT_A_PERSON_AFTER: ReadonlySet<string> = new Set(
  (
    "ward wards unit wing centre center hospital hospitals road street avenue lane close drive way court " +
    "house primary school surgery practice clinic site park green hill station building college " +
    "university library church hall team teams service services group groups trust foundation campus hub " +
    "suite block gardens place square crescent terrace grove walk rise view mews parade row estate " +
    "caterpillar bear cake day week month awards award appeal fund charity programme project"
  ).split(" "),
);

/** Words before a capitalised word that make it something other than a person ("Storm Darragh", "a Colin"). */
export const BEFORE_NON_NAME: ReadonlySet<string> = new Set(
  "storm hurricane operation project hms a an whole st saint ss".split(" "),
);

/** Words before a capitalised word that make it a place or a thing rather than a person ("admitted to Broomfield"). */
export const BEFORE_A_PLACE: ReadonlySet<string> = new Set(
  "to at from in into on near outside inside by via towards toward of the a an our my their his her its this that".split(
    " ",
  ),
);

/** Care given to the person named next: "caring for Aleksandra", "discharged Tobi", "visited Mrs Hale". */
export const CARE_VERB_BEFORE =
  /\b(?:caring for|cared for|care of|nursed|nursing|looking after|looked after|supported|supporting|discharged|discharging|admitted|admitting|visited|visiting|treated|treating|transferred|assessed|assessing|triaged|sectioned|restrained|resuscitated|operated on|scanned)\s+$/i;
