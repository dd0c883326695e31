import type { CueHit } from "./cue.js";
import { MONTH_NAMES } from "./cue-grammar.js";

/**
 * Crisis by reading the WHOLE message. The concept layer (crisis-concepts.ts) decides on what
 * co-occurs in one sentence or two; a person in crisis often spreads the signs thinner: affairs in
 * one sentence, a farewell in another, a calm in a third, none of them enough alone. This layer
 * adds, over every sentence of the message, a weighted score of the warning-sign families of the
 * published lists (NHS "Help for suicidal thoughts", Samaritans' warning signs, the C-SSRS ideation
 * and behaviour items: intent, plan, preparation and rehearsal, interrupted and aborted attempts,
 * means gathered, a farewell or last message, things no longer needed, affairs, giving away, sudden
 * calm, burden, hopelessness, self-harm or an overdose in progress), each family counted once; a
 * message whose families add up to THRESHOLD is a crisis. A few families decide alone (slang for
 * killing oneself, "no reason to live" said with a negation, a plan with its means).
 *
 * It runs only where the concept layer's gate opened (this file's literals are part of that gate)
 * and reads the words the concept layer has already made, so no message pays for it twice; the
 * work is one walk of a small trie from each word and a fixed number of bit tests per sentence.
 * Look-alikes: fiction and news, awareness posts, and a crisis told as past with recovery silence
 * it; a guard word in a sentence (fear, holidays, work, a joke) takes that sentence's weak absence,
 * death and "not needed" signs out.
 */

/** The words the concept layer read (crisis-concepts.ts `Reading`). */
export interface WordsRead {
  readonly words: readonly string[];
  readonly count: number;
  readonly sentenceOf: readonly number[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** The concept layer's classes per sentence. */
  readonly sentences: readonly number[];
}

/** The concept layer's class bits this layer reads (crisis-concepts.ts passes its own `C`). */
export interface ConceptBits {
  readonly self: number;
  readonly absence: number;
  readonly death: number;
  readonly method: number;
  readonly loose: number;
  readonly place: number;
  readonly presence: number;
  readonly pills: number;
  readonly amount: number;
  readonly taken: number;
  readonly time: number;
  readonly farewell: number;
  readonly give: number;
  readonly belonging: number;
  readonly affairs: number;
  readonly calm: number;
  readonly burden: number;
  readonly hopeless: number;
  readonly harm: number;
  readonly body: number;
  readonly kin: number;
  readonly pron: number;
  readonly missing: number;
  readonly desire: number;
  readonly mhservice: number;
  readonly guard: number;
  readonly routine: number;
}

/** This layer's own families, one bit each. */
const F = {
  /** Slang and colloquial words for killing oneself ("unalive", "kms", "top myself"). */
  exit: 1 << 0,
  /** "reason to live", "point in carrying on": crisis beside a negation. */
  noreason: 1 << 1,
  neg: 1 << 2,
  /** Intent or plan worked out (C-SSRS ideation with method and intent). */
  plan: 1 << 3,
  /** A decision without its object ("I've decided", "made my mind up"). */
  decided: 1 << 4,
  /** Rehearsal, an aborted or interrupted attempt (C-SSRS behaviour). */
  attempt: 1 << 5,
  /** A last message, things no longer needed, nobody needing to ring back. */
  final: 1 << 6,
  /** Means gathered: stockpiling, saved up, kept back, lined up. */
  stash: 1 << 7,
  /** Bleeding that will not stop, soaked, deeper than usual. */
  bleeding: 1 << 8,
  /** After an overdose: slurring, drowsy, being sick, will not wake. */
  unwell: 1 << 9,
  /** An apology with no object ("sorry.", "said my sorries"). */
  apology: 1 << 10,
  /** Fiction, news, awareness and training: the message is about others' stories. */
  fiction: 1 << 11,
  /** Told as past with recovery: "years ago", "back in 2019", "I'm well now". */
  past: 1 << 12,
  /** Recovery or being well now (makes `past` decisive as a look-alike). */
  well: 1 << 13,
  /** A future date or event the writer will not see ("for my birthday", "in january"). */
  future: 1 << 14,
  /** Not being there, not needing it ("won't need it", "won't be there", "won't make it"). */
  notthere: 1 << 15,
  /** Affairs and arrangements in everyday words ("paid off what I owe", "spare key"). */
  arranged: 1 << 16,
  /** A farewell in words the concept layer does not hold ("take care of each other"). */
  bye: 1 << 17,
  /** Giving away in other words ("has the dog now", "wants you to have"). */
  handed: 1 << 18,
  /** The effort of staying alive ("tired of trying", "can't keep going", "done fighting it"). */
  spent: 1 << 19,
  /** Words for ordinary reasons that explain absence (an appointment, a rebooking, moving house). */
  ordinary: 1 << 20,
  /** A plan that spells its own intent ("how I'd do it", "picked a date", "working up to it"). */
  planfull: 1 << 21,
  /** Means gathered in so many words (stockpiling, saved up, kept back, counted out). */
  hoard: 1 << 22,
  /** Means in everyday words (the belt, a blade, the hose, sleepers). */
  kit: 1 << 23,
  /** Not around at a date, said plainly ("not planning on being here", "gone by then"). */
  gone: 1 << 24,
  /** "love you all", "love you": a farewell beside a goodbye or an apology. */
  love: 1 << 25,
  /** "my": a person speaking of their own things. */
  mine: 1 << 26,
  /** Who gets what: belongings left in so many words (C-SSRS: gave away valuables, made a will). */
  bequest: 1 << 27,
  /** A note left (C-SSRS: wrote a suicide note): strong beside any other sign. */
  note: 1 << 28,
  /** An overdose in other words ("taken too many", "took loads"). */
  toomany: 1 << 29,
} as const;

type Family = keyof typeof F;

/** Word sequences by family, apostrophes dropped as the concept layer drops them. */
const FAMILIES: Record<Family, readonly string[]> = {
  planfull: [
    "how id do it",
    "how i would do it",
    "how i will do it",
    "how ill do it",
    "how im going to do it",
    "how im gonna do it",
    "how i am going to do it",
    "worked out how",
    "know exactly how",
    "know how im going",
    "picked a date",
    "picked the date",
    "picked a day",
    "picked the day",
    "chosen a date",
    "chosen the date",
    "chosen the day",
    "set a date",
    "set the date",
    "when and how",
    "how and when",
    "go through with it",
    "going through with it",
    "working up to it",
    "work up the courage",
    "build up the courage",
    "building up the courage",
    "planning my exit",
    "planning my death",
  ],
  hoard: [
    "stockpiling",
    "stockpiled",
    "stockpile",
    "saving up",
    "saving my",
    "saving them",
    "saved up",
    "saved them",
    "been saving",
    "kept back",
    "keeping back",
    "hoarding",
    "hoarded",
    "enough saved",
    "nearly enough",
    "lined up",
    "counted out",
    "bought a rope",
    "bought rope",
    "bought some rope",
    "got a rope",
    "bought a hose",
    "bought a blade",
    "bought blades",
    "bought a new blade",
    "bought more tablets",
    "bought more pills",
  ],
  kit: [
    "belt",
    "the belt",
    "blade",
    "blades",
    "new blade",
    "rope",
    "hose",
    "the hose",
    "cable",
    "tablets",
    "pills",
    "meds",
    "sleepers",
    "sleeping tablets",
    "sleeping pills",
    "paracetamol",
  ],
  gone: [
    "not planning on being here",
    "not planning on being around",
    "not planning to be here",
    "not planning to be around",
    "be gone by",
    "gone by then",
    "where im going",
    "where shes going",
    "where hes going",
    "wont make it that long",
    "wont last that long",
    "wont last much longer",
    "not going to last",
    "not gonna last",
    "her last christmas",
    "his last christmas",
    "my last christmas",
    "be my last",
  ],
  love: ["love you all", "love you", "love you both", "i love you", "love you always"],
  mine: ["my"],
  bequest: [
    "who gets what",
    "who gets my",
    "list of who gets",
    "who should have my",
    "who can have my",
    "who will have my",
    "who has my",
  ],
  note: [
    "a note on the",
    "note on the fridge",
    "note on the table",
    "left a note",
    "wrote a note",
    "written a note",
    "the note",
    "a letter on the",
    "goodbye letters",
    "goodbye letter",
    "letters for the kids",
    "letter for my",
  ],
  toomany: [
    "taken something",
    "took something",
    "swallowed something",
    "taken too many",
    "took too many",
    "taken too much",
    "took too much",
    "had too many",
    "taken loads",
    "took loads",
    "taken a load",
    "took a load",
    "swallowed loads",
    "swallowed a load",
    "taken a lot of",
    "took a lot of",
  ],
  exit: [
    "unalive",
    "unalive myself",
    "unaliving",
    "unaliving myself",
    "unalived",
    "kms",
    "kmsl",
    "top myself",
    "topping myself",
    "topped myself",
    "off myself",
    "offing myself",
    "do myself in",
    "doing myself in",
    "did myself in",
    "neck myself",
    "necking myself",
    "delete myself",
    "deleting myself",
    "self delete",
    "self deleting",
    "end myself",
    "ending myself",
    "check out permanently",
    "checking out permanently",
    "check out for good",
    "checking out for good",
    "exit plan",
    "sewerslide",
    "suicided",
    "take my own life",
    "taking my own life",
    "end my own life",
    "ending my own life",
    "finish myself off",
    "finished with life",
    "done with living",
    "had enough of living",
    "sick of being alive",
    "tired of living",
    "tired of being alive",
    "tired of trying to stay alive",
    "dont want to be alive",
    "dont want to live",
    "dont want to live anymore",
    "dont want to be here anymore",
    "dont want to exist",
    "want to stop living",
    "ready to die",
    "go to sleep forever",
    "be with my mum again",
    "be with my dad again",
    "join my mum",
    "join my dad",
    "by the time you read this",
    "by the time anyone reads this",
    "by the time you see this",
    "by the time anyone sees this",
    "when you read this ill",
    "when you read this i will",
    "cant keep myself safe",
    "not safe from myself",
    "not safe around myself",
    "tired of waking up",
    "wish i hadnt woken up",
    "wish i hadnt woke up",
    "wish i never woke up",
    "wish i didnt wake up",
    "wish i wouldnt wake up",
    "wish i had not woken up",
    "dont trust myself to be safe",
    "dont trust myself tonight",
    "dont trust myself anymore",
    "dont trust myself not to",
    "cant trust myself to be safe",
    "cant trust myself not to",
    "drive my car into",
    "drive his car into",
    "drive her car into",
    "crash my car on purpose",
    "crash the car on purpose",
    "how to hang yourself",
    "how to kill yourself",
    "how to end your life",
    "how to overdose",
  ],
  noreason: [
    "reason to live",
    "reason to keep living",
    "reason to go on",
    "reason to carry on",
    "reason to stay",
    "reason to be here",
    "point in living",
    "point in carrying on",
    "point in going on",
    "point of living",
    "point carrying on",
    "point going on",
    "point being alive",
    "point in being alive",
    "point in being here",
    "worth living",
    "worth staying alive",
    "worth being alive",
    "worth carrying on",
    "anything to live for",
    "nothing to live for",
    "nothing to stay for",
    "keep living like this",
    "go on living like this",
    "carry on living like this",
    "living like this",
    "survive another week",
    "survive another day",
    "survive another night",
    "make it through another",
    "see the point anymore",
    "see the point any more",
    "point in anything",
    "point anymore",
    "point any more",
  ],
  neg: ["dont", "no", "not", "cant", "nothing", "any", "never", "isnt", "whats", "what is", "why", "wont"],
  plan: [
    "how to do it",
    "work out how",
    "working out how",
    "gone through with it",
    "worked it all out",
    "planned it all",
    "planning it",
    "planned it",
    "the details",
    "which tablets",
    "how many tablets",
    "how many pills",
    "how many it takes",
    "how many would",
    "how long it takes",
    "how long it would take",
    "how high",
    "ways to end",
    "ways of ending",
    "least painful",
    "painless way",
    "quickest way",
  ],
  decided: [
    "made my mind up",
    "made up my mind",
    "ive decided",
    "i have decided",
    "decision is made",
    "my minds made up",
    "get things ready",
    "getting things ready",
    "got things ready",
    "got everything ready",
    "getting everything ready",
    "everything ready",
    "everything is ready",
    "all ready now",
    "all set now",
    "started to get",
    "you know what for",
    "what i have to do",
    "what i need to do",
    "what im going to do",
    "what im gonna do",
    "what i am going to do",
    "make sure i",
    "made sure",
    "with the hose",
  ],
  attempt: [
    "practising",
    "practicing",
    "practised",
    "practiced",
    "rehearsing",
    "rehearsed",
    "put them back",
    "put it back",
    "last second",
    "last minute",
    "couldnt make myself",
    "couldnt bring myself",
    "couldnt go through",
    "couldnt do it",
    "bottled it",
    "round my neck",
    "around my neck",
    "in my hand",
    "in my hands",
    "next time i wont",
    "next time ill",
    "wont come down",
    "not coming down",
    "dont come down",
    "sat there for hours",
    "stood there for ages",
    "tried to end",
    "tried to kill",
    "tried to hang",
    "tried to take",
    "attempted",
    "tried again",
    "stood on the edge",
    "standing on the edge",
    "sat on the edge of the bridge",
    "edge of the bridge",
    "edge of the roof",
    "edge of the cliff",
    "edge of the platform",
    "edge of the multi storey",
    "edge of the car park",
  ],
  final: [
    "last message",
    "last post",
    "last time youll hear",
    "last time you hear",
    "the last you hear",
    "last youll hear",
    "wont hear from me",
    "never hear from me",
    "wont be posting",
    "not be posting",
    "my last christmas",
    "last christmas",
    "my last birthday",
    "made sure of it",
    "no need to ring",
    "no need to call",
    "no need to chase",
    "nobody needs to",
    "no one needs to",
    "nobody has to",
    "no one has to",
    "dont bother ringing",
    "dont bother calling",
    "dont bother chasing",
    "a good run",
    "if anyone finds this",
    "if you find this",
    "whoever finds",
    "whoever reads this",
    "easier this way",
    "better this way",
    "best this way",
    "for the best",
    "nothing left to do",
    "nothing more to do",
    "no more to do",
    "all done now",
    "its done now",
    "wont have to again",
    "wont have to worry",
    "you wont have to",
    "not long now",
    "it wont be long",
    "wont be long now",
    "not be long now",
    "done fighting",
    "stop fighting",
    "dont worry about me",
    "dont worry about my",
    "no need to worry about",
    "wanted you to know",
    "want you to know",
    "wanted someone to know",
    "want someone to know",
    "wanted them to know",
    "want them to know",
    "to know they",
    "this is the last time ill",
    "last time ill ask",
    "last time im asking",
    "last time i ask",
    "will be too late",
    "itll be too late",
    "be too late by then",
    "this is it for me",
    "said this is it",
    "this is it",
    "thanking me for everything",
    "thanked me for everything",
    "thanking us for everything",
    "thanked us for everything",
    "not doing this anymore",
    "not doing this any more",
  ],
  stash: [
    "collecting",
    "collected",
    "got enough",
    "enough now",
    "enough to",
    "the lot",
    "everything in",
    "a bag of",
    "next to me",
    "in front of me",
    "in the loft",
    "in the garage",
    "in the boot",
    "bought",
    "ordered",
    "in a pile",
    "all in a pile",
    "piled up",
    "laid out",
    "on the kitchen table",
    "on the table",
    "dont know how many",
    "dont know how much",
    "not sure how many",
    "not sure how much",
  ],
  bleeding: [
    "bleeding",
    "bleed",
    "blood",
    "wont stop",
    "cant make it stop",
    "cant stop it",
    "soaked",
    "deeper than",
    "too deep",
    "really deep",
  ],
  unwell: [
    "slurring",
    "slurred",
    "drowsy",
    "really sleepy",
    "so sleepy",
    "feel sleepy",
    "being sick",
    "been sick",
    "throwing up",
    "wont wake",
    "not waking",
    "cant wake",
    "wont wake properly",
    "breathing but",
    "unresponsive",
    "passed out",
    "scared now",
    "going cold",
    "lips are blue",
    "blue lips",
    "cant stay awake",
    "taken something",
    "took something",
    "swallowed something",
  ],
  apology: [
    "sorry",
    "so sorry",
    "im sorry",
    "said my sorries",
    "my sorries",
    "apologising",
    "apologised",
    "apologizing",
  ],
  fiction: [
    "episode",
    "storyline",
    "story line",
    "soap",
    "character",
    "novel",
    "the film",
    "a film",
    "the movie",
    "documentary",
    "drama",
    "the paper reports",
    "paper reported",
    "reports that",
    "was rescued",
    "were rescued",
    "police yesterday",
    "prevention day",
    "prevention week",
    "awareness week",
    "awareness day",
    "warning signs",
    "charity walk",
    "if youre struggling",
    "if you are struggling",
    "the credits",
    "a talk",
    "great talk",
    "training day",
    "the book",
    "a book",
  ],
  past: [
    "years ago",
    "year ago",
    "years back",
    "back in",
    "when i was",
    "used to",
    "a decade",
    "decade on",
    "long time ago",
    "last year",
    "survived",
    "went through",
  ],
  well: [
    "doing great",
    "doing well",
    "well now",
    "good place",
    "better now",
    "recovered",
    "recovery",
    "saved me",
    "saved my life",
    "got me through",
    "turned it around",
    "fixed that",
    "a mum now",
    "a dad now",
    "training to be",
    "volunteer",
    "volunteering",
  ],
  future: [
    ...MONTH_NAMES,
    "christmas",
    "new year",
    "my birthday",
    "next month",
    "next year",
    "in the spring",
    "the summer",
    "after christmas",
    "by then",
    "that long",
    "the weekend",
  ],
  notthere: [
    "wont need it",
    "wont need them",
    "wont need any",
    "wont be needing",
    "not need it",
    "not going to need",
    "not gonna need",
    "wont need my",
    "wont be there",
    "not be there",
    "wont make it",
    "not going to make it",
    "not gonna make it",
  ],
  arranged: [
    "bank stuff",
    "the bank",
    "spare key",
    "the spare key",
    "paid off",
    "what i owe",
    "my debts",
    "in order",
    "the house in order",
    "sorted the",
    "sorted out the",
    "wrote everyone",
    "written everyone",
    "letters for the",
    "a card for",
    "cards for",
    "wrote everyone a card",
    "recorded a message",
    "my passwords",
    "her will",
    "his will",
    "a note on the",
    "note on the fridge",
    "note on the table",
    "note on the side",
  ],
  bye: [
    "take care of each other",
    "look after each other",
    "look after yourselves",
    "bye everyone",
    "bye all",
    "bye guys",
    "goodbye",
    "good bye",
    "tell them i loved",
    "tell her i loved",
    "tell him i loved",
    "i loved them",
    "isnt their fault",
    "not their fault",
    "wasnt their fault",
    "they did their best",
    "you did your best",
    "you tried",
    "who tried",
    "thank you to everyone",
    "thanks to everyone",
    "thanking me for everything",
    "thanked me for everything",
    "thanking us for everything",
    "thanked us for everything",
  ],
  handed: [
    "has the dog",
    "has the cat",
    "have the dog",
    "have the cat",
    "got the dog",
    "got the cat",
    "taken the dog",
    "taken the cat",
    "giving away her",
    "giving away his",
    "given her cat",
    "given his dog",
    "given her dog",
    "given his cat",
    "given away",
    "gave away",
    "left the dog with",
    "left the cat with",
    "with next door",
    "who gets what",
    "who gets my",
    "list of who",
    "who should have my",
    "who can have my",
  ],
  spent: [
    "tired of trying",
    "so tired of trying",
    "cant keep going",
    "couldnt keep going",
    "cant go on",
    "couldnt go on",
    "cant carry on",
    "couldnt carry on",
    "done fighting",
    "stop fighting",
    "fighting it",
    "so so tired",
    "nothing shifts it",
    "nothing touches it",
    "nothing left",
    "i have nothing left",
    "ive got nothing left",
    "gave up on me",
    "given up on me",
    "so have i",
    "nobody cares if",
    "no one cares if",
    "beyond help",
    "no help for",
    "no one can fix",
    "nobody can fix",
    "cant be fixed",
    "let down by every",
    "every service",
    "a drain on",
    "relieved",
    "manage fine",
    "be fine without",
    "finished with",
    "dont trust myself",
    "cant trust myself",
    "hanging on by a thread",
    "holding on by a thread",
    "cant hold on",
    "cant hold on much longer",
    "failed by every",
    "every single service",
    "out of options",
    "stopped eating",
    "not eating",
    "stopped taking his meds",
    "stopped taking her meds",
    "stopped taking my meds",
    "not like him",
    "not like her",
    "out of character",
  ],
  ordinary: [
    "rebook",
    "re book",
    "reschedule",
    "appointment on",
    "the appointment",
    "on holiday",
    "away on",
    "moving away",
    "moving house",
    "at work",
    "on shift",
    "blister",
    "blister pack",
    "blister packs",
    "dosette",
    "the pharmacy",
    "retires",
    "retiring",
    "retirement",
    "leaving do",
    "last shift",
    "last day",
    "new job",
    "damp",
    "mould",
    "mold",
    "council",
    "housing",
    "landlord",
    "noise",
    "neighbours",
    "roadworks",
  ],
};

/**
 * Entries this work adds to the concept layer's own classes (crisis-concepts.ts merges them before
 * it builds its trie): synonyms and colloquial forms of the published lists' words, and guards.
 */
export const MORE_CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  missing: [
    "hasnt come back",
    "not come back",
    "hasnt come home",
    "not come home",
    "never came home",
    "didnt come home",
  ],
  method: ["dog lead", "the dog lead", "car into a wall", "into a wall"],
  burden: [
    "a drain on everyone",
    "nothing but a drain",
    "theyd be relieved",
    "be relieved when im gone",
    "better off if i was gone",
    "better off if she was gone",
    "better off if he was gone",
    "all be better off",
  ],
  hopeless: [
    "no help for someone like me",
    "nothing shifts it",
    "nothing touches it",
    "beyond saving",
    "cant see a way through",
    "no light at the end",
    "no reason to keep",
    "nothing to live for",
    "out of options",
    "run out of options",
    "no options left",
    "nowhere left to turn",
    "nowhere else to turn",
    "end of my tether",
    "end of my rope",
    "hanging on by a thread",
    "holding on by a thread",
    "cant hold on",
    "not doing this anymore",
    "not doing this any more",
    "failed by every",
    "really low",
    "been so low",
    "been very low",
    "been really low",
  ],
  calm: [
    "weirdly peaceful",
    "strangely peaceful",
    "oddly calm",
    "oddly peaceful",
    "calm about it",
    "at ease now",
    "finally at ease",
    "feel settled now",
  ],
  farewell: [
    "take care of each other",
    "look after each other",
    "bye everyone",
    "bye all",
    "tell them i loved",
    "this isnt their fault",
  ],
  give: [
    "has the dog now",
    "has the cat now",
    "given her cat away",
    "given his dog away",
    "given the dog away",
    "given the cat away",
  ],
  lookalike: ["a decade on", "years on from", "a decade since"],
  amount: ["a load of", "loads of", "the lot", "a bag of", "a bag full of", "a carrier bag of"],
  guard: ["rebook", "reschedule", "rearrange", "can i move"],
};

/** Weight of each family found anywhere in the message; a message scoring THRESHOLD is a crisis. */
const THRESHOLD = 3;

/** The entries that open the concept gate on their own: the families that can make a score. */
const GATE_FAMILIES: readonly Family[] = [
  "exit",
  "noreason",
  "plan",
  "decided",
  "attempt",
  "final",
  "stash",
  "bleeding",
  "unwell",
  "notthere",
  "arranged",
  "bye",
  "handed",
  "spent",
  "planfull",
  "hoard",
  "gone",
  "bequest",
  "note",
  "toomany",
];

/** Literals for the concept gate (crisis-concepts.ts adds them to its own). */
export function readingGateLiterals(): string[] {
  const out = new Set<string>();
  // Entries of one short common word would open the gate on most texts; the score needs a
  // second family anyway, whose longer entries open it.
  for (const family of GATE_FAMILIES)
    for (const entry of FAMILIES[family]) if (entry.includes(" ") || entry.length >= 6) out.add(entry);
  return [...out];
}

const MAX_SEQUENCE = 7;
interface TrieNode {
  next: Map<string, TrieNode>;
  families: number;
}
const TRIE: TrieNode = { next: new Map(), families: 0 };
for (const [name, entries] of Object.entries(FAMILIES) as [Family, readonly string[]][])
  for (const entry of entries) {
    const words = entry.split(" ");
    if (words.length > MAX_SEQUENCE) throw new Error(`reading entry "${entry}" is too long`);
    let node = TRIE;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), families: 0 };
        node.next.set(w, child);
      }
      node = child;
    }
    node.families |= F[name];
  }

/** Families said twice over in different words (a will and the passwords): worth more than once. */
const REPEATABLE = F.final | F.arranged | F.bye | F.spent | F.handed;
let repeated = 0;

/** Per-sentence families, reused between texts (triage is synchronous). */
const perSentence: number[] = [];

/** Where a family first occurs (for the evidence span), by word index. */
let firstWord = -1;

function readFamilies(r: WordsRead): number {
  perSentence.length = 0;
  for (let s = 0; s < r.sentences.length; s++) perSentence.push(0);
  let all = 0;
  repeated = 0;
  firstWord = -1;
  const { words, count, sentenceOf } = r;
  for (let i = 0; i < count; i++) {
    let node: TrieNode | undefined = TRIE;
    let found = 0;
    for (let k = 0; k < MAX_SEQUENCE && i + k < count; k++) {
      node = node.next.get(words[i + k] as string);
      if (!node) break;
      // Every sequence starting here counts (shorter and longer): families are evidence, not spans.
      found |= node.families;
    }
    if (found !== 0) {
      const s = sentenceOf[i] as number;
      if (found & all & REPEATABLE) repeated |= found & all & REPEATABLE;
      perSentence[s] = (perSentence[s] as number) | found;
      all |= found;
      if (firstWord < 0 && found & SIGNS) firstWord = i;
    }
  }
  return all;
}

/** Families that are signs (not company or guards): where the evidence span starts. */
const SIGNS =
  F.exit |
  F.noreason |
  F.plan |
  F.decided |
  F.attempt |
  F.final |
  F.stash |
  F.bleeding |
  F.unwell |
  F.notthere |
  F.arranged |
  F.bye |
  F.handed |
  F.spent |
  F.planfull |
  F.hoard |
  F.gone |
  F.bequest |
  F.note |
  F.toomany;

/** Families that keep their weight in a sentence with a guard word. */
const PREPARATION =
  F.plan | F.planfull | F.attempt | F.hoard | F.stash | F.kit | F.final | F.decided | F.mine;

let familiesOfMessage = 0;
function allFamilies(): number {
  return familiesOfMessage;
}

function any(bits: number, mask: number): boolean {
  return (bits & mask) !== 0;
}

/**
 * The whole-message verdict: a decisive hit (`reading-<rule>`, weight 2) or none. `c` is the
 * concept layer's class bits; `lookalike` says the concept layer found a message-level look-alike.
 */
export function readWholeMessage(r: WordsRead, c: ConceptBits): CueHit | undefined {
  const all = readFamilies(r);
  familiesOfMessage = all;
  if (all === 0) return undefined;
  // Someone else's story (fiction, news, awareness), or a crisis told as past and well now.
  if (any(all, F.fiction) || (any(all, F.past) && any(all, F.well))) return undefined;
  const other = c.kin | c.pron;
  let conceptAll = 0;
  let unguarded = 0;
  let unguardedFamilies = 0;
  for (let s = 0; s < r.sentences.length; s++) {
    const classes = r.sentences[s] as number;
    const families = perSentence[s] as number;
    conceptAll |= classes;
    // A guard in the sentence (fear, holidays, work, a joke) takes its weak signs out.
    if (!any(classes, c.guard) && !any(families, F.ordinary)) {
      unguarded |= classes;
      unguardedFamilies |= families;
    }
    if (any(classes, c.guard)) continue;
    // Slang for killing oneself, or "no reason to live" with a negation: decisive in one sentence.
    if (any(families, F.exit)) return hit(r, "reading-exit");
    if (any(families, F.noreason) && any(families, F.neg) && !any(all, F.ordinary))
      return hit(r, "reading-no-reason");
  }
  const person = any(conceptAll, c.self | other) || any(allFamilies(), F.bye | F.mine);
  // Preparation and farewells keep their weight in a guarded sentence ("working up to it" holds the
  // guard word "working"); absence, death and "not needed" do not.
  const fam = unguardedFamilies | (allFamilies() & PREPARATION);
  let score = 0;
  const means =
    any(conceptAll, c.method | c.pills | c.place) ||
    any(fam, F.kit) ||
    (any(conceptAll, c.loose) && any(fam, F.plan | F.planfull | F.attempt));
  const dated = any(conceptAll, c.time) || any(fam, F.future);
  // Medicine as a routine ("all my tablets every morning with breakfast") is not means gathered.
  const routine = any(conceptAll, c.routine);
  // C-SSRS: a plan or method worked out; with a means or a time anywhere it decides.
  if (any(fam, F.planfull)) score += 3;
  else if (any(fam, F.plan)) score += means || dated ? 3 : 2;
  if (any(fam, F.decided)) score += 1.5;
  if (any(fam, F.attempt)) score += means ? 2 : 1;
  if (any(fam, F.final)) score += 1.5;
  if (any(fam, F.hoard)) score += means ? 3 : any(conceptAll, c.death | c.absence) ? 2 : 1;
  else if (any(fam, F.stash) && !routine) score += means ? 1.5 : 0;
  if (means && any(fam, F.plan | F.planfull | F.attempt | F.decided | F.final | F.hoard | F.stash))
    score += 1;
  if (any(fam, F.bequest)) score += 3;
  if (any(fam, F.note)) score += 2;
  if (any(fam, F.toomany)) score += 2;
  if (any(fam, F.bleeding)) score += any(conceptAll, c.harm) ? 2 : 0.5;
  if (any(fam, F.unwell))
    score += any(conceptAll, c.pills | c.taken) || any(fam, F.kit | F.toomany) ? 2 : 0.5;
  const bye = any(fam, F.bye) || any(unguarded, c.farewell);
  if (any(fam, F.apology)) score += bye ? 1 : 0.5;
  if (any(fam, F.love) && (bye || any(fam, F.apology))) score += 1;
  if (any(fam, F.gone)) score += dated ? 3 : 2;
  else if (any(fam, F.notthere)) score += dated ? 2 : 1;
  if (any(fam, F.arranged) || any(unguarded, c.affairs)) score += 1;
  if (bye) score += 1;
  if (any(fam, F.handed) || (any(unguarded, c.give) && any(conceptAll, c.belonging))) score += 1;
  if (any(fam, F.spent)) score += 1;
  if (any(unguarded, c.calm)) score += 1;
  if (any(unguarded, c.burden)) score += 1;
  if (any(unguarded, c.hopeless)) score += any(conceptAll, c.mhservice) ? 1.5 : 1;
  if (any(unguarded, c.absence)) score += 1.5;
  if (any(unguarded, c.death) && any(unguarded, c.self | c.desire)) score += 1;
  if (any(conceptAll, c.method)) score += 1;
  if (any(conceptAll, c.harm) && any(conceptAll, c.body)) score += 1;
  if (any(conceptAll, c.place) && any(conceptAll, c.presence)) score += 1;
  if (any(conceptAll, c.pills) && any(conceptAll, c.taken | c.amount) && !routine) score += 1;
  if (any(conceptAll, c.missing) && any(conceptAll, other)) score += 1;
  for (let f = repeated; f !== 0; f &= f - 1) score += 0.5;
  // An ordinary reason in the message (a rebooking, the pharmacy, a retirement, the damp) explains some of it.
  if (any(all, F.ordinary)) score -= 1;
  // With nobody named (no I, my, he, she, a relative), more is needed: it may be a story or the news.
  return score >= (person ? THRESHOLD : THRESHOLD + 1) ? hit(r, "reading-message") : undefined;
}

function hit(r: WordsRead, cue: string): CueHit {
  const i = Math.max(firstWord, 0);
  return { cue, start: (r.starts[i] as number) ?? 0, end: (r.ends[i] as number) ?? 0, weight: 2 };
}

/** Fiction, news, awareness and training, said in so many words (checked only once a crisis cue has hit). */
const STORY =
  /\b(?:episode|storyline|soap|character|novel|film|movie|documentary|drama series|the paper reports|reported that|was rescued|prevention (?:day|week)|awareness (?:day|week|month)|charity walk|the credits|warning signs|know the signs|awareness post|signs to (?:look|watch) (?:out )?for)\b/;
/** The writer or someone of theirs: a story with any of these may be the writer's own. */
const OWN = /\b(?:i|i'?m|i'?ve|i'?d|i'?ll|me|my|myself|mine|we|our|us)\b/;

/**
 * Whether the message is about a story, the news or a campaign, with nobody of the writer's own in
 * it ("the documentary about self-harm in teenagers was well made"): crisis cues there are not a
 * person at risk. One first-person word keeps them ("the film made me want to end it").
 */
export function storyNotSelf(lower: string): boolean {
  return STORY.test(lower) && !OWN.test(lower);
}
