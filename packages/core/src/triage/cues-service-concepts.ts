import type { Cue, CueHit } from "./cue.js";
import { STAFF } from "./cue-grammar.js";
import type { TriageCategory } from "./triage.schema.js";

/**
 * A grievance by CONCEPT (docs/judgement.md, "Categories by concept"). A complaint that uses none
 * of the complaint cues' phrases still tells of the same few things: care that went wrong or was
 * neglected, contact that failed, a member of staff's manner, the same thing again, a cost, a
 * verdict ("a disgrace"). Two different ones, or one told about a member of staff, make a grievance
 * (docs/labelling.md: "pals … any grievance → complaint"). Each concept is one word list; the
 * words are the team's own, from the complaint kinds of the NHS complaints guidance, never a
 * labelled set's.
 */

export type GrievanceConcept =
  | "failed"
  | "neglect"
  | "contact"
  | "manner"
  | "again"
  | "cost"
  | "verdict"
  | "waiting"
  | "harmed"
  | "decision"
  | "staff"
  | "service";

const concept = (id: GrievanceConcept, source: string): Cue => [`grievance.${id}`, source, 1];

export const GRIEVANCE_CONCEPT_CUES: readonly Cue[] = [
  concept(
    "failed",
    "\\b(?:cancell?ed|postponed|lost|mixed up|wrong|mistake|forgot(?:ten)?|refused|turned away|fobbed off|told (?:him|her|me|us|them) to go home|shrugg\\w*|missed|misdiagnos\\w*|sent (?:\\w+ ){0,2}home with|never (?:got|had|came|rang|called|told|received|arrived|turned up|bothered)|didn'?t (?:bother|get|receive|turn up|ring|call)|wasn'?t (?:told|given|offered|seen|checked)|weren'?t (?:told|given|offered)|not (?:told|given|offered|informed)|without (?:anyone |anybody |someone )?(?:asking|consulting|telling|warning|informing|letting)|without any (?:notice|warning|explanation)|crashed|keeps? (?:crashing|freezing|failing|cancelling|losing|saying)|won'?t let (?:me|us)|can'?t get (?:to|through|a space|parked|seen|an appointment|a slot|a bed)|couldn'?t understand (?:a word|anything|what)|moved (?:wards|beds|rooms|bays)|(?:nobody|no ?one) (?:knows|knew|could tell (?:me|us)|can tell (?:me|us)) (?:where|what|why|when|who)|didn'?t (?:give|check|explain|examine|listen|notice|come))\\b",
  ),
  concept(
    "neglect",
    "\\b(?:left (?:in|on|for|lying|sitting|without|alone|to)|soiled|unwashed|not (?:fed|washed|changed|turned)|cold food|food (?:is|was) cold|is cold every|filthy|dirty|(?:no|without) (?:water|food|pain relief|a drink|help)|understaffed|short[- ]staffed|no staff|chaos|(?:with )?(?:no ?one|nobody) (?:checking|coming|helping|looking in)|bed ?sores?|pressure sores?|(?:on|in) a (?:chair|trolley)|in (?:the|a) corridor|(?:till|until|at) \\d ?am|went missing|gone missing|getting worse|in (?:her|his|their|my) own (?:urine|wee|poo|faeces|mess|vomit|sick)|(?:nobody|no ?one) (?:checked|got (?:her|him|them|me) up|helped|came to help|noticed)|no ?(?:one|body) to (?:see|talk to|turn to|help)|nowhere (?:else )?to (?:go|turn)|in (?:your|the) corridors?|on the floor (?:all|for)|freezing|no heating|heating (?:has been |is |was )?(?:off|broken|not working)|haven'?t been cleaned|hasn'?t been cleaned|not been cleaned)\\b",
  ),
  concept(
    "contact",
    "\\b(?:no ?(?:one|body) (?:picks up|answers|rings|calls|replies|gets back|responds)|nobody (?:picks up|answers|rings|calls|replies|gets back|responds)|not (?:picking up|answering|replying)|hung up|voicemail|no communication|no reply|no response|no answer|heard nothing|not heard back|rung (?:\\w+ )?(?:times|again)|rang (?:\\w+ )?times|on hold|can'?t get (?:through|hold of|anyone|anybody)|couldn'?t get (?:through|hold of|anyone|anybody)|(?:haven'?t|hasn'?t|not) heard (?:a thing|anything|back|a word)|rings? out|rang out|ringing out|call ?back|goes (?:straight )?to voicemail|emailed (?:\\w+ ){0,3}(?:twice|times|again)|chased (?:\\w+ ){0,3}(?:twice|times|again)|nobody (?:rang|called|phoned) (?:back|me|us))\\b",
  ),
  concept(
    "manner",
    "\\b(?:(?:said|saying|told (?:us|me|him|her)) it was (?:just|only|a|nothing)|short with|rude|dismissive|abrupt|snapped|sarcastic|patronising|condescending|didn'?t even (?:look|listen|ask|examine|say|introduce)|not even (?:a|look|an)|rolled (?:her|his|their) eyes|tutted|laughed at|talked over|wouldn'?t listen|didn'?t listen|no compassion|no empathy|no ?one cares|nobody cares|couldn'?t care less|laughing at|laughed at|screamed at|yelled at|shouted at|swore at|snapped at|on (?:her|his|their) phones?|gossip\\w*|laughing and joking|talking about (?:patients|other patients)|spoke to (?:\\w+ ){0,3}like|like (?:a|an) (?:child|idiot|nuisance|inconvenience|number|criminal)|no (?:privacy|dignity|respect)|in front of (?:the whole|everyone|other patients)|told (?:us|me|him|her|them|my \\w+) (?:it was|it'?s|she had|he had|i had|she was|he was) (?:just |only )?(?:a |an |nothing|anxiety|in (?:her|his|my) head|wind|a virus|constipation|period pain|attention))\\b",
  ),
  concept(
    "again",
    "\\b(?:again|twice|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+) times|every (?:single )?(?:day|time|visit|week)|yet again|still (?:no|not|waiting|haven'?t|hasn'?t|nothing)|(?:second|third|fourth|fifth|sixth) (?:time|day|week|month)|(?:days?|weeks?|nights?) running|another (?:cancell?ed|cancellation|delay|postponed|wasted|missed|lost|wrong|letter|excuse))\\b",
  ),
  concept(
    "cost",
    "\\b(?:parking (?:charges?|fees?|fines?|costs?)|charg(?:es|ing) (?:patients|visitors|us|me|£)|rip[- ]off|extortionate|daylight robbery|£\\d+ (?:to park|for parking|an hour))\\b",
  ),
  concept(
    "verdict",
    "\\b(?:non-existent|a disgrace|disgraceful|a joke|a shambles|shambolic|appalling|terrible|awful|dreadful|atrocious|shocking|unacceptable|ridiculous|pathetic|worst|rubbish|not good enough|not on|embarrassing|scandalous|cruel|heartless|inhumane|callous|falling apart|a farce|not fit for purpose|shame on you|should be ashamed|should be embarrassed|how (?:does|did|can|could) (?:that|this) (?:even )?happen|why (?:do|should|must) (?:i|we|patients|people|families) (?:always |still |keep )?(?:have to|need to)|is it too much to ask|what(?:'s| is) the point)\\b",
  ),
  // A wait told as a grievance: sat or stuck somewhere, since a time, still not seen, no update.
  concept(
    "waiting",
    "\\b(?:sat (?:in|here|there|waiting|around)|sitting (?:in|here|there|waiting|around)|(?:sat|sitting|left) on (?:a|the) (?:chair|trolley|floor|bench)|stuck (?:in|on|at|here)|still (?:sat|sitting|stuck|not seen|not been seen)|(?:haven'?t|hasn'?t|not|not yet|yet to) (?:been )?(?:seen|triaged) (?:yet|by|since)|no (?:update|updates|news|information) (?:from|since|for|at all)|and counting|going nowhere|how much longer|(?:waiting|waited|sat|here|stuck|trying|rung|ringing|calling|chasing|phoning|on hold) (?:\\w+ ){0,4}since (?:\\d{1,2}(?::\\d\\d)? ?(?:am|pm)|lunch(?:time)?|breakfast|this morning|last night|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|since (?:we|i) (?:arrived|got here|came in)|(?:ran|running|run) (?:\\w+ ){0,3}late|for (?:hours|ages) (?:with|and|without|on end)|(?:waited|waiting|stuck|lying|lay|been (?:here|there|sat)) (?:\\w+ ){0,3}all (?:night|day|morning|afternoon|evening|weekend)|(?:over|nearly|almost|more than) (?:an? |\\d+ |two |three |four |five |six |seven |eight |nine |ten )(?:hours?|days?|weeks?|months?) now|day (?:two|three|four|five|\\d) (?:in|on|of)|months? on the waiting list)\\b",
  ),
  // What care did to the patient: a misdiagnosis found out, back in days later, a fall, unable to walk.
  concept(
    "harmed",
    "\\b(?:turned out (?:to be|it was|she had|he had|i had|to have)|(?:back|readmitted|rushed back) in (?:\\w+ ){0,3}(?:later|after|within)|only (?:picked up|found|diagnosed|spotted) (?:\\w+ ){0,3}(?:later|by|when|after)|left (?:a|an|the) \\w+ inside|(?:fell|had a fall|fallen) (?:out of|off|trying|on the ward|twice|again|while)|(?:couldn'?t|could barely|unable to) (?:move|walk|stand|eat|sit up)|came out (?:worse|unable|with)|worse than (?:when|before)|in agony|with no (?:care package|support|follow[- ]up|explanation|pain relief)|(?:costs?|cost|costing) lives|lives at risk|(?:put|done|did|fitted|set|read|given) (?:\\w+ ){0,3}wrong(?:ly)?|(?:gave|sent|given|told) (?:\\w+ ){0,3}(?:the )?wrong (?:clinic|hospital|ward|date|day|time|address|department|site|information))\\b",
  ),
  // What the organisation decided: closing, cutting, moving or taking a service away.
  concept(
    "decision",
    "\\b(?:closing (?:down )?(?:the|our|a|your)|closure of|shutting (?:down )?(?:the|our|a)|downgrad\\w*|scrapp(?:ing|ed)|axing|axed|cuts? to|cutting (?:the|our|back)|taken (?:\\w+ ){0,5}away|taking (?:\\w+ ){0,5}away|moving (?:\\w+ ){0,4}(?:away|miles)|moved (?:\\w+ ){0,4}miles)\\b",
  ),
  concept(
    "staff",
    `\\b(?:${STAFF}|receptionists?|the (?:ward|clinic|hospital|department|trust)|on ward|ward \\d+|a&e|outpatients)\\b`,
  ),
  // The service a wait, a harm or a manner is told of: a place, a system, a care act.
  concept(
    "service",
    "\\b(?:ward|wards|clinic|hospital|department|unit|a&e|majors|resus|minor injuries|waiting (?:room|area|list)|reception|pharmacy|switchboard|appointments? line|booking (?:system|line)|ambulance|paramedics|surgery|operation|op|scan|x-?ray|blood tests?|cannula|drip|catheter|stitches|dressings?|discharge|referral|prescription|meds|medication|tablets|trolley|corridor|side room|cubicle|bay|nhs|trust|service|services|system|app|website)\\b",
  ),
];

/** The grievance concepts proper (not the staff or service they may be told of). */
const KINDS = [
  "failed",
  "neglect",
  "contact",
  "manner",
  "again",
  "cost",
  "verdict",
  "waiting",
  "harmed",
  "decision",
] as const;

/** How many of the grievance concepts (not counting a mention of staff) occur. */
export function grievanceCount(has: (c: GrievanceConcept) => CueHit | undefined): number {
  let n = 0;
  for (const c of KINDS) if (has(c)) n++;
  return n;
}

/** Distinct grievance concepts in a text; `has` says whether one occurs (asked lazily). */
export function grievance(has: (c: GrievanceConcept) => CueHit | undefined): CueHit[] {
  const hits: CueHit[] = [];
  for (const c of KINDS) {
    const h = has(c);
    if (h) hits.push(h);
  }
  const first = hits[0];
  if (hits.length === 1 && first && !/\.(?:again|cost|verdict|decision)$/.test(first.cue)) {
    // One concept told of a member of staff or the service is a grievance too ("the doctor didn't even look at me").
    // A wait, a harm, neglect, failed contact or a manner told of a place or a care act is one too
    // ("sat in the eye clinic since 9am"); a failure alone is not ("I missed my appointment at the clinic").
    const staff = has("staff") ?? (/\.failed$/.test(first.cue) ? undefined : has("service"));
    if (staff) hits.push(staff);
  }
  return hits.length >= 2 ? hits.map((h) => ({ ...h, weight: 1 })) : [];
}

/**
 * Concepts for the fallback (weakestWinner): kinds of message told without any of their category's
 * cue phrases. Two different concepts of one category are weak evidence for it: spam is a sale or
 * money and a way to reach the seller; a subject access request a record, a request and the
 * writer (or their relative); a clinical question a body or a medicine and a person's health
 * asked about; abuse an insult and a target.
 */
export const FALLBACK_CONCEPTS: Readonly<Partial<Record<TriageCategory, Readonly<Record<string, string>>>>> =
  {
    subject_access: {
      record:
        "\\b(?:notes|records?|file|medical history|case history|written about me|wrote about me|recorded about me|scans?|x-?rays?|images|photos|footage|recording|recordings|data|letters? (?:the|my|your) (?:consultant|doctor|gp|surgeon) (?:wrote|sent))\\b",
      asked:
        "\\b(?:a copy|copies|send me|send them|request(?:ing)?|obtain|access|get hold of|release|apply for|see what|read what|have a look at|let me see|can i (?:have|get|see))\\b",
      mine: "\\b(?:i'?d like a copy|i would like a copy|i want a copy|about me|of me|on me|my own|mine|my late|my (?:son|daughter|mum|mother|dad|father|husband|wife|partner|child|baby)'?s?)\\b",
    },
    clinical_question: {
      body: "\\b(?:pain|painful|ache|aches|aching|sore|swollen|swelling|rash|spots|lump|bump|bleed(?:ing)?|blood|temperature|temp|fever|cough(?:ing)?|wheez\\w*|breath(?:ing|less)?|vomit\\w*|sick|nause\\w*|diarrh\\w*|constipat\\w*|poo|wee|urine|itch\\w*|dizz\\w*|faint\\w*|tired|exhausted|numb|tingl\\w*|headaches?|migraines?|stitches|scar|wound|bruis\\w*|infection|infected|discharge|period|pregnan\\w*|weeks pregnant|contractions|movements?|kicks|heart ?rate|palpitations|blood pressure|sugar levels?|chest|stomach|tummy|throat|ear|eyes?|skin|mole|tablets?|pills|meds|medication|dose|inhaler|cream|jab|vaccine|antibiotics?|side effects?|shingles|flu|covid|chicken ?pox|measles|norovirus|sickness bug|uti|water infection|thrush|eczema|asthma|colic|croup|tonsillitis|conjunctivitis|a cold|sore throat|runny nose|chesty)\\b",
      person:
        "\\b(?:my (?:son|daughter|baby|little one|toddler|child|boy|girl|mum|dad|husband|wife|partner|nan|grandad|grandson|granddaughter|\\d+ (?:day|week|month|year)[- ]old|youngest|eldest)|i'?ve (?:had|got|been)|i have (?:had|got|been)?|i'?m (?:\\d+|on|taking)|since (?:my|his|her|the) (?:op|operation|surgery|jab|vaccine|birth|section|procedure|treatment)|(?:he|she)'?s (?:had|got|been))\\b",
      ask: "\\?|\\b(?:any advice|advice please|what (?:can|should|do) (?:i|we)|is (?:it|this|that) (?:normal|ok|okay|safe|serious|worth)|should (?:i|we|he|she)|do (?:i|we) need|how long|worried|concerned|is there anything)\\b",
    },
    spam: {
      sale: "\\b(?:buy|sale|discount|\\d+ ?% off|offers?|deals?|prices?|cheap|order now|shop now|store|promo|coupon|free delivery|wholesale|bargain)\\b",
      money:
        "\\b(?:earn|earning|income|profit|invest\\w*|crypto|bitcoin|forex|trading|cash|loans?|win|winner|prize|giveaway|free|funds|transfer|guaranteed|verified|blue tick|unbeatable|quote|£\\d[\\d,]*|\\$\\d[\\d,]*)\\b",
      reach:
        "\\b(?:dm|inbox me|whatsapp|telegram|message me|click|link|visit (?:my|our)|www\\.|https?|\\.com|in bio|follow (?:me|us)|followers|subscribe|dm us|reply for|email sales|sales@|contact us now|i need your help|call or text|text (?:me|us)|call (?:me|us) (?:on|now)|inbox (?:me|us)|pm (?:me|us|for)|add me|07\\d{3} ?\\d{3} ?\\d{3})\\b",
    },
    abuse: {
      insult:
        "\\b(?:idiots?|morons?|clowns?|parasites?|scum|scumbags?|incompetent|lazy|thick|stupid|pathetic|vile|muppets?|numpties|wasters?|scroungers?|leeches?|jobsworths?|vermin|losers?|imbeciles?|halfwits?|cretins?|cowards?|liars?|shut up|get lost|rot in hell|go to hell|cows?|pigs?|witch(?:es)?|slags?|prats?|gits?|wankers?|tossers?|bellends?|knobheads?|dinosaurs?|wastes? of (?:space|oxygen|money)|shut (?:the f\\w* |the hell )?up|crooks|butchers|murderers|killers|criminals|frauds|quacks|snowflakes|lefty|lefties|woke|bum wipers|get in the sea|karma will|too many (?:foreigners|immigrants|foreign (?:\\w+ )?(?:staff|nurses|doctors))|(?:what'?s|whats|give me|get me|i want) (?:her|his) (?:number|digits)|is she single|sexy|bed bath anytime|nice (?:legs|bum|arse|body)|hope (?:\\w+ ){0,4}(?:loses?|rots?|suffers?|get sacked|gets sacked|get what)\\b)\\b|🤡|🖕|💩",
      target:
        "\\b(?:you|you lot|your|yous|ya|the lot of you|every (?:last )?one of you|bunch of|load of|nurses|doctors|staff|management|managers|the nhs|this (?:place|trust|hospital)|receptionists?|the lot|nobody asked|no ?one asked|nhs|nurse|doctor|midwife)\\b",
    },
  };

/** A clinical question's own forms of asking (whether to be seen, what to take, whether it can wait). */
export const CLINICAL_ASK =
  "\\b(?:does (?:he|she|it|my \\w+) need|do (?:i|we) need (?:to|a|an)|is (?:this|it|that) (?:urgent|normal|serious|ok|okay|safe|dangerous|worth|something)|can (?:it|this) wait|something (?:else )?(?:i|he|she|we) can (?:take|give|use)|what can (?:i|we) (?:take|give|do|use)|should (?:i|we|he|she) (?:be|go|take|see|worry|ring|call|stop|keep)|who should (?:i|we|he|she) (?:speak|talk) to|can (?:you|i|he|she|a baby|babies|kids|children) (?:get|catch|spread|pass on) (?:\\w+ )?(?:twice|again|from|if|while|when|after))\\b";

/** Ids of the fallback concepts, as cues: "fallback.<category>.<concept>". */
export const FALLBACK_CONCEPT_CUES: readonly Cue[] = [
  ["fallback.ask.clinical", CLINICAL_ASK, 1],
  ...Object.entries(FALLBACK_CONCEPTS).flatMap(([category, concepts]) =>
    Object.entries(concepts ?? {}).map(([name, source]): Cue => [`fallback.${category}.${name}`, source, 1]),
  ),
];

/** The fallback concepts a category's evidence starts from (the rarer words); the others are its company. */
export const FALLBACK_KEYS: ReadonlySet<string> = new Set([
  "fallback.subject_access.record",
  "fallback.clinical_question.body",
  "fallback.spam.sale",
  "fallback.spam.money",
  "fallback.abuse.insult",
]);

/** The fallback concepts of a category that occur, one hit each; none unless enough occur (all three for subject access). */
export function fallbackConcepts(
  category: TriageCategory,
  has: (id: string) => CueHit | undefined,
): CueHit[] {
  const concepts = FALLBACK_CONCEPTS[category];
  if (!concepts) return [];
  const names = Object.keys(concepts);
  const needed = category === "subject_access" ? 3 : 2;
  const hits: CueHit[] = [];
  for (let i = 0; i < names.length; i++) {
    // Stop as soon as too few concepts are left to reach the count.
    if (hits.length + (names.length - i) < needed) return [];
    const h = has(`fallback.${category}.${names[i]}`);
    if (h) hits.push({ ...h, weight: 1 });
  }
  return hits.length >= needed ? hits : [];
}

/** Cues that are only the shape of a question: they tell nothing of which service is asked about. */
const SHAPE_ONLY = new Set(["question", "open-q"]);

/**
 * When no category reached its own threshold, the one with the most weak evidence (ties in the
 * contract's priority order), so that `general` is what is left when nothing scores at all.
 * Evidence that is only a question mark counts for nothing; two weak cues of one category, or
 * one cue of a kind that decides its category (weight 2 never reaches here), are needed.
 */
export function weakestWinner(
  partial: readonly (readonly [TriageCategory, readonly CueHit[]])[],
): { category: TriageCategory; evidence: CueHit[] } | null {
  let best: { category: TriageCategory; evidence: CueHit[]; total: number } | null = null;
  for (const [category, hits] of partial) {
    const evidence = hits.filter((h) => !SHAPE_ONLY.has(h.cue));
    let total = 0;
    for (const h of evidence) total += h.weight;
    // A question mark with real evidence behind it adds one ("is this rash normal?").
    if (total > 0 && evidence.length < hits.length) total += 1;
    if (total >= 2 && (!best || total > best.total)) best = { category, evidence, total };
  }
  return best && { category: best.category, evidence: best.evidence };
}

/** PALS cues that say only that a question is asked about some service or place. */
const PALS_GENERIC = new Set([
  "question",
  "open-q",
  "service-q",
  "service-2",
  "access",
  "how-do-i",
  "appointment",
  "pals-word",
]);
/** Whether a PALS decision rests only on generic question cues (then insteadOfPals may apply). */
export function palsOnlyGeneric(pals: readonly CueHit[]): boolean {
  return pals.every((h) => h.weight < 2 && PALS_GENERIC.has(h.cue));
}

/** Chit-chat that asks nothing of the trust: "does anyone remember …", "is it me or …". */
const CHITCHAT =
  /\b(?:does anyone (?:remember|else)|anyone else (?:remember|think|notice|watching|seen)|is it (?:just )?me or|did anyone (?:see|watch|catch)|has anyone (?:else )?(?:seen|noticed|watched)|who (?:else )?remembers|remember when)\b/;

/**
 * A PALS decision made only of generic cues (a question about some service or place) gives way to
 * the kind the message really is: a health question in its own words, a grievance, or chit-chat.
 */
export function insteadOfPals(
  lower: string,
  pals: readonly CueHit[],
  clinical: readonly CueHit[],
  complaint: readonly CueHit[],
  grievances: number,
  clinicalAsk: CueHit | undefined,
  body: CueHit | undefined,
): { category: TriageCategory; evidence: CueHit[] } | null {
  if (!palsOnlyGeneric(pals)) return null;
  if (CHITCHAT.test(lower)) return { category: "general", evidence: [] };
  const health = clinical[0] ?? body;
  if (clinicalAsk && health) return { category: "clinical_question", evidence: [health, clinicalAsk] };
  if (grievances >= 1 && complaint.length > 0) return { category: "complaint", evidence: [...complaint] };
  if (grievances >= 2) return { category: "complaint", evidence: [...complaint] };
  return null;
}
