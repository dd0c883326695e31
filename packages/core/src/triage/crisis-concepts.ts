import { MORE_CONCEPTS, readingGateLiterals, readWholeMessage } from "./crisis-reading.js";
import type { CompiledCues, CueCandidates, CueHit } from "./cue.js";
import { BELONGINGS, KIN_WORDS, PILLS } from "./cue-grammar.js";
import { LiteralScanner } from "./literal-scan.js";

/**
 * Crisis by concept, not by phrase. The published warning-sign lists (NHS "Help for suicidal
 * thoughts", Samaritans' signs someone may be struggling, the Zero Suicide Alliance training, the
 * C-SSRS ideation and behaviour items) name kinds of thing a person says: that they will not be
 * here, the means, a time, a farewell, belongings handed on, affairs put in order, a sudden calm,
 * being a burden, that nothing helps, self-harm, an overdose, a relative missing or in a high place.
 * Each kind is a concept class of words and short word sequences; a message is read once as words,
 * each word (or the longest sequence starting there) gets its classes, and rules on the classes that
 * co-occur in a sentence or a short window of sentences decide. A phrase list must anticipate the
 * wording; co-occurring concepts need only the words of each kind.
 *
 * Linear: one pass over the characters makes the words, one walk of a trie of at most MAX_SEQUENCE
 * words from each word finds the classes, and the rules look at a fixed number of bit sets.
 */

/** Concept classes, one bit each. */
const C = {
  self: 1 << 0,
  /** Not being here, disappearing, sleeping for ever: absence said of oneself. */
  absence: 1 << 1,
  /** Die, dead, death, suicide: crisis said of oneself, a bereavement said of others. */
  death: 1 << 2,
  /** Ways of dying (rope, ligature, blade, carbon monoxide, jumping). */
  method: 1 << 3,
  /** High and dangerous places (bridge, cliff, railway, roof). */
  place: 1 << 4,
  /** Being at such a place now (sat by, stood on, at the top of, up here). */
  presence: 1 << 5,
  pills: 1 << 6,
  /** A large amount or a store (all, a whole box, a stash, saved up). */
  amount: 1 << 7,
  /** Taking or having taken (took, swallowed, downed). */
  taken: 1 << 8,
  time: 1 << 9,
  farewell: 1 << 10,
  give: 1 << 11,
  belonging: 1 << 12,
  affairs: 1 << 13,
  calm: 1 << 14,
  burden: 1 << 15,
  /** Nothing helps, no point, tried everything, had enough. */
  hopeless: 1 << 16,
  /** Cutting, burning, hurting (a verb of self-harm). */
  harm: 1 << 17,
  body: 1 << 18,
  kin: 1 << 19,
  /** Missing, not answering, phone off, not home. */
  missing: 1 << 20,
  /** Saying, texting, keeps talking about (a third party's words). */
  say: 1 << 21,
  /** Wanting, wishing, planning, thinking about. */
  desire: 1 << 22,
  /** He, she, they: someone else, when the message says who. */
  pron: 1 << 26,
  /** Mental-health help: therapy, the crisis line, the CMHT, antidepressants. */
  mhservice: 1 << 27,
  /** Medicine as a routine: every morning, with breakfast, twice a day. */
  routine: 1 << 28,
  /** A care setting: a farewell word there ("please look after my mum on ward 2") is a request. */
  care: 1 << 29,
  /** Ways of dying said loosely (jumping, a rope, a train): a means only beside wanting or planning it. */
  loose: 1 << 30,
  /** Words that take "die" or "not be here" out of crisis: scared of, could, holiday, lol. */
  guard: 1 << 23,
  /** Message-level look-alikes: fundraising, a peaceful death in care, recovery told as past, as prescribed. */
  lookalike: 1 << 24,
  /** Idioms ("dying to know", "killing me"): the words they cover carry no class. */
  idiom: 1 << 25,
} as const;

type ConceptName = keyof typeof C;
/** Classes are bits 0 … CLASS_COUNT - 1 of a 32-bit integer (bit 31, the sign, is never used). */
const CLASS_COUNT = Object.keys(C).length;
if (CLASS_COUNT > 31) throw new Error("at most 31 concept classes");

/** Word sequences by class. Apostrophes are dropped from words ("won't" is "wont", "I'm" is "im"). */
const LEXICON: Partial<Record<ConceptName, readonly string[]>> = {
  self: [
    "i",
    "im",
    "ive",
    "id",
    "ill",
    "me",
    "myself",
    "this is the last",
    "my arm",
    "my arms",
    "my leg",
    "my legs",
    "my wrist",
    "my wrists",
    "my thigh",
    "my thighs",
    "my skin",
    "my stomach",
    "my hips",
    "my body",
  ],
  absence: [
    "not be here",
    "not be around",
    "wont be here",
    "wont be around",
    "wont still be here",
    "not still be here",
    "not going to be here",
    "not gonna be here",
    "not going to be around",
    "not here anymore",
    "not here any more",
    "not be alive",
    "wont be alive",
    "be gone",
    "be long gone",
    "sleep forever",
    "sleep for ever",
    "go to sleep and not",
    "never wake up",
    "not wake up",
    "not to wake up",
    "didnt wake up",
    "stop existing",
    "stop breathing",
    "not exist",
    "not existing",
    "end it",
    "end it all",
    "end things",
    "end everything",
    "end my life",
    "leave this world",
    "leaving this world",
    "no longer be here",
    "no longer be around",
    "wont have to deal with me",
    "wont have to worry about me",
    "not have to worry about me",
    "all be over",
    "be over soon",
    "it will be over",
    "itll be over",
    "not worth living",
    "isnt worth living",
    "rather not be here",
    "rather be dead",
    "if i wasnt here",
    "if i werent here",
    "if i wasnt around",
    "if i was gone",
    "if i were gone",
    "if i just went",
    "go away forever",
    "away for good",
    "for good this time",
    "one way ticket",
    "give up on life",
    "given up on life",
    "gone by then so",
    "wont be needing any of it",
    "wont need any of it",
    "be with him again",
    "be with her again",
    "be with them again",
    "not see christmas",
    "not see another",
    "wont see another",
    "wont see christmas",
    "wont see the new year",
    "see another year",
    "my last christmas",
    "my last birthday",
    "never waking up",
    "not waking up",
    "not wake up",
    "it all to be over",
    "it to be over",
    "all to stop",
    "want it to stop",
    "make it stop",
    "make it all stop",
    "when im gone",
    "when i am gone",
    "after im gone",
    "once im gone",
    "where im going",
    "wont need them where",
    "wont need it where",
    "wont be a problem for anyone",
    "wont be anyones problem",
    "not be a problem for",
    "not sure ill still be here",
    "not sure i will still be here",
    "not sure ill be here",
    "dont think ill still be here",
    "dont think ill be here",
    "dont think i will be here",
    "doubt ill be here",
    "doubt ill still be here",
    "dont know if ill be here",
    "dont know if ill still be here",
    "last time youll hear from me",
    "last you will hear from me",
    "you wont hear from me",
    "wont hear from me again",
    "never hear from me again",
    "not hear from me again",
    "signing off for good",
    "sign off for good",
    "logging off for good",
    "goodnight forever",
    "good night forever",
    "bye forever",
    "goodbye forever",
    "see you never",
    "not be a burden much longer",
    "wont be a burden much longer",
    "not be here for",
    "wont be here for",
    "wont be here to",
    "not be here to",
    "wont be alive for",
    "wont be alive to",
  ],
  death: [
    "die",
    "died",
    "dying",
    "dead",
    "death",
    "suicide",
    "suicidal",
    "kill myself",
    "killing myself",
    "unalive",
    "not alive",
    "end my life",
    "take my life",
    "disappear",
    "disappear forever",
    "vanish",
    "dont wake up",
    "not be alive",
  ],
  method: [
    "noose",
    "ligature",
    "ligatures",
    "carbon monoxide",
    "charcoal",
    "hosepipe",
    "hose pipe",
    "exhaust",
    "engine running",
    "razor blade",
    "razor blades",
    "scalpel",
    "jump off",
    "throw myself",
    "step in front",
    "walk in front",
    "in front of a train",
    "in front of a lorry",
    "in front of a bus",
    "drown myself",
    "hang myself",
    "antifreeze",
    "weedkiller",
    "weed killer",
    "rat poison",
    "walk into the sea",
    "walk into the river",
    "walking into the sea",
    "walking into the river",
    "the rope",
    "a rope",
    "rope from",
    "ropes gone",
    "the ropes",
    "my belt",
    "a belt",
    "a blade",
    "the blade",
    "blades hidden",
    "razor blades",
    "a razor",
    "jump off",
    "jump from",
    "jumping off",
    "jumping from",
    "jumped off",
    "jump in front",
    "drown myself",
    "hang myself",
    "hanging myself",
    "bleach",
    "poisoned myself",
    "poison myself",
    "gas oven",
    "the gas on",
  ],
  place: [
    "bridge",
    "viaduct",
    "cliff",
    "cliffs",
    "cliff edge",
    "ledge",
    "roof",
    "rooftop",
    "top floor",
    "multi storey",
    "multistorey",
    "railway",
    "railway line",
    "tracks",
    "train tracks",
    "level crossing",
    "motorway bridge",
    "sea wall",
    "reservoir",
    "quarry",
    "balcony",
    "window ledge",
    "the river",
    "the canal",
    "the pier",
    "the sea",
    "into the sea",
    "top of the car park",
    "car park roof",
    "top level",
    "top deck",
    "railings",
    "the railings",
    "footbridge",
    "flyover",
    "overpass",
  ],
  presence: [
    "sat by",
    "sat on",
    "sat at",
    "sitting on",
    "sitting by",
    "sitting at",
    "standing on",
    "stood on",
    "standing at",
    "stood at",
    "stood by",
    "standing by",
    "at the top",
    "on top of",
    "up here",
    "edge of",
    "over the edge",
    "looking down",
    "been stood",
    "been sat",
    "on the edge",
    "on the ledge",
    "on the roof",
    "on the bridge",
    "walking to the",
    "walked to the",
    "heading to the",
    "driving to the",
    "drove to the",
    "going to the bridge",
    "on my way to the",
    "climbed",
    "climbing",
    "so high",
    "very high",
    "high enough",
    "down there",
    "its quiet here",
    "its quiet up",
    "the view from",
    "photo from",
    "photo of the view",
    "wrong side of the railings",
    "other side of the railings",
    "over the railings",
    "climbed over",
    "on the footbridge",
    "on the flyover",
    "on the overpass",
    "long way down",
    "from up here",
    "small from here",
    "tiny from here",
    "at the cliffs",
    "at the cliff",
    "at the bridge",
    "at the viaduct",
    "at the railway",
    "at the edge",
  ],
  pills: [
    "pills",
    "tablets",
    "meds",
    "medication",
    "medicine",
    "paracetamol",
    "co codamol",
    "cocodamol",
    "codeine",
    "sertraline",
    "citalopram",
    "fluoxetine",
    "mirtazapine",
    "amitriptyline",
    "diazepam",
    "zopiclone",
    "insulin",
    "painkillers",
    "antidepressants",
    "tramadol",
    "morphine",
    "lithium",
    "propranolol",
    "quetiapine",
    "ibuprofen",
    "aspirin",
    "sleeping pills",
    "sleeping tablets",
    "prescription",
    "overdose",
    "every tablet",
    "every pill",
  ],
  amount: [
    "all",
    "all of",
    "whole",
    "lot of",
    "load of",
    "loads of",
    "handful",
    "boxes",
    "box of",
    "packet of",
    "packets",
    "packet",
    "packs",
    "strips",
    "bottle of",
    "enough",
    "too many",
    "dozens",
    "as many",
    "stash",
    "stashed",
    "stockpile",
    "stockpiled",
    "stockpiling",
    "saved up",
    "saving up",
    "been saving",
    "saving them",
    "saving my",
    "saved my",
    "hoard",
    "hoarding",
    "collecting",
    "kept back",
    "keeping back",
    "put aside",
    "putting aside",
    "hidden",
    "hiding",
    "months worth",
    "weeks worth",
    "a months supply",
    "every one",
    "rest of",
    "on purpose",
    "deliberately",
    "with vodka",
    "with wine",
    "with alcohol",
    "with drink",
    "with booze",
    "with gin",
    "with whisky",
    "with beer",
    "most of",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "a hundred",
    "half a box",
    "half a bottle",
    "two boxes",
    "three boxes",
    "a box",
    "every tablet",
    "every pill",
    "found empty",
    "empty packets",
    "empty packet",
    "empty blister",
    "blister packs",
    "empty boxes",
    "empty bottles",
    "empty bottle",
  ],
  taken: ["took", "taken", "swallowed", "swallow", "downed", "necked", "had", "ate", "overdosed", "drank"],
  time: [
    "tonight",
    "tonite",
    "2nite",
    "tomorrow",
    "tmrw",
    "tomoz",
    "this weekend",
    "the weekend",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "midnight",
    "by then",
    "by the time",
    "by morning",
    "in the morning",
    "next week",
    "soon",
    "very soon",
    "after christmas",
    "before christmas",
    "new year",
    "my birthday",
    "when the kids",
    "when everyone",
    "after the funeral",
    "the date",
    "this time next",
    "end of the week",
    "end of the month",
    "in a few days",
    "in a few hours",
    "in an hour",
    "after the weekend",
    "once the",
    "once everything",
    "once its",
    "once this",
    "once thats",
    "when its done",
    "after the kids",
    "when the house",
    "when hes at work",
    "when shes at work",
    "while everyone",
    "before anyone wakes",
  ],
  farewell: [
    "goodbye",
    "goodbyes",
    "good bye",
    "farewell",
    "last message",
    "final message",
    "last post",
    "final post",
    "last words",
    "this is the last",
    "thank you for everything",
    "thanks for everything",
    "thank you for trying",
    "thanks for trying",
    "thank you for all you tried",
    "please look after",
    "take care of my",
    "love you all",
    "i love you all",
    "love you both",
    "sorry for everything",
    "sorry for all of it",
    "sorry for being",
    "forgive me",
    "dont blame",
    "not your fault",
    "none of it is",
    "none of this is",
    "wasnt your fault",
    "isnt your fault",
    "dont be sad",
    "dont cry",
    "see you on the other side",
    "before i go",
    "sorry to everyone",
    "texted sorry",
    "said sorry",
    "saying sorry",
    "tell my family",
    "tell my kids",
    "tell my children",
    "tell everyone i",
    "please look after",
    "look after my",
    "look after the kids",
    "look after the dog",
    "look after the cat",
    "take care of mum",
    "take care of the kids",
    "love you always",
    "this is my last",
    "my last post",
    "my last message",
    "told them i love them",
    "told them i loved them",
    "told everyone i love them",
    "tell them i love them",
    "tell them i loved them",
    "i love them all",
    "grateful for all",
    "grateful for everything",
    "for all he did",
    "for all she did",
    "for all you did",
    "for all they did",
    "none of this is on",
    "none of it is on",
    "isnt on you",
    "if you see this",
    "whoever reads this",
    "whoever finds this",
  ],
  give: [
    "giving away",
    "give away",
    "given away",
    "gave away",
    "giving my",
    "gave my",
    "given my",
    "give my",
    "rehome",
    "rehoming",
    "rehomed",
    "new home for",
    "new homes for",
    "a home for",
    "want you to have",
    "can have my",
    "you can have",
    "going to my",
    "gave me his",
    "gave me her",
    "gave me an envelope",
    "handed me",
    "handing over",
    "sold all my",
    "selling all my",
    "find a home for",
    "needs a new home",
    "need a new home",
    "who wants my",
    "can someone take",
    "someone to take",
    "take my dog",
    "take my cat",
    "take my",
  ],
  belonging: [
    ...BELONGINGS.flatMap((b) => (b.endsWith("s?") ? [b.slice(0, -2), `${b.slice(0, -2)}s`] : [b])).filter(
      (b) => /^[a-z ]+$/.test(b),
    ),
    "jewellery",
    "jewelry",
    "medals",
    "keys",
    "car keys",
    "bank cards",
    "money",
    "everything",
    "the lot",
    "ps5",
    "xbox",
    "rabbit",
    "hamster",
    "budgie",
    "fish",
    "horse",
    "envelope",
    "savings",
  ],
  affairs: [
    "my will",
    "a will",
    "the will",
    "wrote letters",
    "written letters",
    "letters for",
    "letter for",
    "letters to everyone",
    "notes for",
    "note for",
    "wrote notes",
    "written notes",
    "written a note",
    "wrote a note",
    "left a note",
    "a letter for",
    "passwords",
    "password",
    "pin number",
    "pin numbers",
    "bank details",
    "life insurance",
    "insurance policy",
    "my funeral",
    "funeral plan",
    "funeral is",
    "funeral paid",
    "affairs in order",
    "everything in order",
    "in order now",
    "sorted everything",
    "everything sorted",
    "everythings sorted",
    "all sorted now",
    "thats all sorted",
    "all sorted",
    "loose ends",
    "paperwork",
    "instructions",
    "cancelled my",
    "cancel all my",
    "cancel my",
    "cancelled all",
    "direct debits",
    "closed my accounts",
    "closed my account",
    "someone finds",
    "somebody finds",
    "who finds me",
    "in the drawer",
    "on the table for",
    "booked into a cattery",
    "booked into kennels",
    "songs i want played",
    "songs i want at",
    "want played at",
    "music i want at",
    "knows where the folder",
    "knows where everything is",
    "take me off the waiting list",
    "take me off your list",
    "take me off the list",
    "key under the mat",
    "key is under the mat",
    "key will be under the mat",
    "key under the plant pot",
    "left the door unlocked",
    "leave the door unlocked",
  ],
  calm: [
    "at peace",
    "made my peace",
    "make my peace",
    "feel calm",
    "so calm",
    "calm now",
    "really calm",
    "strangely calm",
    "weirdly calm",
    "feel peaceful",
    "peaceful now",
    "decision made",
    "made my decision",
    "made a decision",
    "mind is made up",
    "made up my mind",
    "i know what i need to do",
    "know what i have to do",
    "know what to do now",
    "everything is clear",
    "everythings clear",
    "weight off",
    "weight lifted",
    "finally free",
    "be free",
    "no more pain",
    "wont be a problem",
    "wont be a problem much longer",
    "not a problem much longer",
    "not for much longer",
    "wont be for much longer",
    "for the first time in months",
    "for the first time in years",
    "feel lighter",
    "feels lighter",
    "no more fighting",
    "stop fighting",
    "done fighting",
  ],
  burden: [
    "burden",
    "a burden",
    "waste of space",
    "waste of oxygen",
    "weight round",
    "weight around",
    "dragging them down",
    "dragging everyone down",
    "drag everyone down",
    "drag them down",
    "dragging down",
    "nobody would miss",
    "no one would miss",
    "nobody would notice",
    "no one would notice",
    "nobody would care",
    "no one would care",
    "kinder for everybody",
    "kinder for everyone",
    "kinder on everyone",
    "easier for everyone",
    "easier for everybody",
    "easier for them",
    "better without me",
    "better off without me",
    "in everyones way",
    "cost everyone",
    "costing everyone",
    "all i do is cost",
    "all i do now is cost",
    "ruin everything",
    "ruin everyones",
    "ruined everyones",
    "ruining everyones",
    "no use to anyone",
    "useless to everyone",
    "nobody needs me",
    "no one needs me",
    "nobody wants me",
    "no one wants me",
    "not wanted",
    "everyones problem",
    "a problem for everyone",
    "deserve better than me",
    "deserve a better",
    "fine without me",
    "happier without me",
    "manage without me",
    "be better without me",
    "a drain on",
    "anyone would even notice",
    "anyone would notice",
    "anyone would even clock",
    "anyone would clock",
    "nobody would clock",
    "no one would clock",
    "wouldnt even notice",
    "wouldnt even clock",
    "drain on everyone",
  ],
  hopeless: [
    "no point",
    "pointless",
    "whats the point",
    "what is the point",
    "nothing works",
    "nothing helps",
    "nothing has helped",
    "nothing will help",
    "nothing will change",
    "never going to get better",
    "never gonna get better",
    "not going to get better",
    "never get better",
    "wont ever get better",
    "nothing is going to change",
    "nothing ever changes",
    "never change",
    "never get better",
    "wont get better",
    "not getting better",
    "tried everything",
    "tried every",
    "no one can help",
    "nobody can help",
    "no one can help me",
    "cant be helped",
    "beyond help",
    "give up",
    "given up",
    "giving up",
    "gave up",
    "hopeless",
    "no hope",
    "no future",
    "no way out",
    "trapped",
    "no way forward",
    "cant see a way",
    "cant see a way out",
    "cant see the point",
    "cant see a future",
    "running out of reasons",
    "no reason to",
    "nothing left",
    "nothing to look forward",
    "done trying",
    "done with trying",
    "done with life",
    "done with everything",
    "had enough",
    "cant do this",
    "cant do it any more",
    "cant do it anymore",
    "cant cope",
    "cant take it",
    "cant take any more",
    "cant go on",
    "cant carry on",
    "sick of living",
    "sick of being alive",
    "tired of everything",
    "tired of it all",
    "so tired",
    "just so tired",
    "numb",
    "worthless",
    "no one listens",
    "nobody listens",
    "no one cares",
    "nobody cares",
    "nobody picks up",
    "no one picks up",
    "ringing out",
    "rings out",
    "no point ringing",
    "no point calling",
    "whats the use",
    "falling apart",
    "in pieces",
  ],
  harm: [
    "hit myself",
    "hitting myself",
    "banging my head",
    "blood everywhere",
    "wont stop bleeding",
    "stitches",
    "relapse",
    "relapsed",
    "cut",
    "cuts",
    "cutting",
    "burn",
    "burning",
    "burnt",
    "burned",
    "scratch",
    "scratching",
    "scratched",
    "carved",
    "carving",
    "slit",
    "slitting",
    "slashed",
    "slashing",
    "cut myself",
    "cutting myself",
    "cut again",
    "cutting again",
    "cut deeper",
    "cuts deeper",
    "burning myself",
    "burnt myself",
    "burned myself",
    "scratching myself",
    "hurting myself",
    "hurt myself",
    "harm myself",
    "harming myself",
    "self harm",
    "self harming",
    "self harmed",
    "selfharm",
    "sh again",
    "punish myself",
    "punishing myself",
    "slit my wrists",
    "slit my wrist",
    "started cutting",
    "been cutting",
    "been burning myself",
    "hurting herself",
    "hurting himself",
    "hurt herself",
    "hurt himself",
    "harming herself",
    "harming himself",
    "cutting herself",
    "cutting himself",
    "cut herself",
    "cut himself",
    "burning herself",
    "burning himself",
  ],
  body: [
    "arm",
    "arms",
    "wrist",
    "wrists",
    "leg",
    "legs",
    "thigh",
    "thighs",
    "skin",
    "stomach",
    "hips",
    "deeper",
    "cut myself",
    "cutting myself",
    "cut again",
    "cutting again",
    "cut deeper",
    "cuts deeper",
    "burning myself",
    "burnt myself",
    "burned myself",
    "scratching myself",
    "hurting myself",
    "hurt myself",
    "harm myself",
    "harming myself",
    "self harm",
    "self harming",
    "self harmed",
    "selfharm",
    "sh again",
    "punish myself",
    "punishing myself",
    "slit my wrists",
    "slit my wrist",
    "started cutting",
    "been cutting",
    "been burning myself",
    "hurting herself",
    "hurting himself",
    "hurt herself",
    "hurt himself",
    "harming herself",
    "harming himself",
    "cutting herself",
    "cutting himself",
    "cut herself",
    "cut himself",
    "burning herself",
    "burning himself",
    "my arm",
    "my arms",
    "my leg",
    "my legs",
    "my wrist",
    "my wrists",
    "my thigh",
    "my thighs",
    "my skin",
    "my stomach",
    "my hips",
    "my body",
  ],
  kin: KIN_WORDS,
  missing: [
    "missing",
    "gone missing",
    "not answering",
    "isnt answering",
    "wont answer",
    "not replying",
    "isnt replying",
    "wont reply",
    "not picking up",
    "isnt picking up",
    "wont pick up",
    "not responding",
    "straight to voicemail",
    "phone off",
    "phone is off",
    "phones off",
    "switched off",
    "turned his phone off",
    "turned her phone off",
    "cant reach",
    "cant get hold",
    "cant get through to him",
    "cant get through to her",
    "cant find him",
    "cant find her",
    "hasnt come home",
    "not come home",
    "didnt come home",
    "not home",
    "not back",
    "walked out",
    "stormed out",
    "disappeared",
    "gone off",
    "ran off",
    "no one has seen",
    "nobody has seen",
    "left the house",
    "took the car",
    "left his phone",
    "left her phone",
    "locked himself",
    "locked herself",
    "locked in",
    "wont open the door",
    "no answer",
    "no reply",
    "not heard from",
    "havent heard from",
    "read but",
    "last seen",
    "gone from",
    "hasnt been seen",
    "not been seen",
    "car found",
    "car was found",
    "car is at",
    "police are looking",
    "police looking",
    "nobody knows where",
    "no one knows where",
    "dont know where he",
    "dont know where she",
    "not coming home",
    "isnt coming home",
    "wont be coming home",
    "never coming home",
  ],
  say: [
    "said",
    "says",
    "saying",
    "keeps saying",
    "keeps talking",
    "talking about",
    "talked about",
    "texted",
    "text",
    "messaged",
    "message",
    "posted",
    "told me",
    "told us",
    "rang me",
    "rang us",
    "called me",
    "sent me",
    "sent us",
    "sent a",
    "wrote",
    "mentioned",
    "threatening",
    "threatened",
  ],
  desire: [
    "want",
    "wanted",
    "wanna",
    "wants",
    "wish",
    "wished",
    "wishing",
    "rather",
    "ready",
    "deserve",
    "planning",
    "planned",
    "think about",
    "keep thinking",
    "imagine",
    "imagining",
    "longing",
    "looked up",
    "reading up",
    "googled",
    "researching",
    "how to",
    "ways to",
    "better off",
    "thinking about",
    "thinking of",
    "thought about",
    "thought of",
    "hope",
    "hope i",
    "wouldnt mind",
    "dont mind if",
    "would be easier",
    "rather just",
    "pray",
    "praying",
    "can i just",
    "let me",
  ],
  mhservice: [
    "therapy",
    "therapies",
    "therapist",
    "counselling",
    "counsellor",
    "cbt",
    "dbt",
    "emdr",
    "iapt",
    "talking therapies",
    "crisis team",
    "crisis line",
    "crisis lines",
    "crisis service",
    "cmht",
    "community mental health",
    "mental health team",
    "mental health services",
    "home treatment",
    "psychiatrist",
    "psychiatrists",
    "psychologist",
    "samaritans",
    "shout",
    "antidepressants",
    "every service",
    "every drug",
    "every medication",
    "every tablet",
    "camhs",
    "recovery college",
    "the hospital",
    "a and e",
    "111",
    "999",
    "asking for help",
    "ask for help",
    "reaching out",
    "reach out",
    "ringing anyone",
    "calling anyone",
    "telling anyone",
    "talking to anyone",
    "getting help",
    "get help",
    "any help",
    "the help",
  ],
  loose: [
    "jump",
    "jumping",
    "jumped",
    "hang",
    "hanging",
    "drown",
    "drowning",
    "rope",
    "ropes",
    "blade",
    "blades",
    "razor",
    "razors",
    "gun",
    "train",
    "trains",
    "the tracks",
    "the bridge",
    "a bridge",
    "crash the car",
    "crash my car",
    "drive into",
    "drive off",
    "steer into",
    "in front of",
    "step out",
    "walk out into",
    "walk into",
    "overdose",
    "od",
    "od ing",
    "taking everything",
    "take everything",
  ],
  care: [
    "on ward",
    "ward",
    "while im in",
    "while i am in",
    "while she is in",
    "while he is in",
    "while shes in",
    "while hes in",
    "the nurses",
    "nurse",
  ],
  routine: [
    "every morning",
    "every night",
    "each morning",
    "each night",
    "with my breakfast",
    "with breakfast",
    "with food",
    "twice a day",
    "once a day",
    "daily",
    "as usual",
  ],
  pron: ["he", "she", "hes", "shes", "him", "her", "they", "theyre", "his"],
  guard: [
    "scared",
    "afraid",
    "worried",
    "frightened",
    "terrified",
    "fear",
    "nearly",
    "almost",
    "lol",
    "lmao",
    "haha",
    "hahaha",
    "jk",
    "joking",
    "holiday",
    "holidays",
    "abroad",
    "away on",
    "working",
    "at work",
    "on shift",
    "on leave",
    "wedding",
    "visiting",
    "travelling",
    "out of the country",
    "university",
    "uni",
    "not going to die",
    "dont want to die",
    "do not want to die",
    "didnt die",
    "almost died",
    "nearly died",
    "could have died",
    "could of died",
    "would have died",
    "might die",
    "could die",
    "going to die if",
    "parking",
    "pay machine",
    "ticket machine",
    "queue",
    "lift",
    "lifts",
    "could die",
    "might die",
    "may die",
    "phone",
    "battery",
    "dont die",
    "not die",
    "wont die",
    "of boredom",
    "waiting room",
    "surgery",
    "operation",
    "op",
    "anaesthetic",
    "general anaesthetic",
    "the baby",
    "my baby",
    "labour",
    "hope you",
    "hope u",
    "hope they",
    "hope he",
    "hope she",
    "hope it",
    "you die",
    "u die",
    "all die",
    "and die",
    "hope dat",
  ],
  lookalike: [
    "sponsor",
    "sponsored",
    "sponsorship",
    "donate",
    "donations",
    "fundraiser",
    "fundraising",
    "raising money",
    "raise money",
    "charity",
    "awareness",
    "in memory of",
    "bake sale",
    "quiz night",
    "passed away",
    "passed peacefully",
    "peacefully",
    "hospice",
    "palliative",
    "end of life care",
    "final days",
    "last days",
    "slipped away",
    "doing well now",
    "better now",
    "doing better now",
    "much better now",
    "in a good place now",
    "years ago",
    "used to",
    "recovered",
    "recovery",
    "clean for",
    "as prescribed",
    "as advised",
    "as directed",
    "as the pharmacist",
    "as the gp",
    "as the doctor",
    "as the nurse",
    "as usual",
    "can i take",
    "should i take",
    "safe to take",
    "how many can",
    "training",
    "course",
    "webinar",
    "film",
    "documentary",
    "episode",
    "novel",
    "book",
    "song",
    "lyrics",
    "game",
    "long time ago",
    "a while ago",
    "ago but",
    "turned it around",
    "turned my life around",
    "saved my life",
    "saved me",
  ],
  idiom: [
    "dying to",
    "dying for",
    "killing me",
    "killing us",
    "death of me",
    "died laughing",
    "die laughing",
    "die of embarrassment",
    "died of embarrassment",
    "die of shame",
    "to die for",
    "dead tired",
    "dead on my feet",
    "dead battery",
    "phone died",
    "phone is dead",
    "phones dead",
    "battery died",
    "dead end",
    "deadline",
    "end of the day",
    "end of the line",
    "cut off",
    "cut the",
    "cut out",
    "cut short",
    "cut down",
    "cut back",
    "cuts to",
    "budget cuts",
    "cutting edge",
    "cutting down",
    "cutting back",
    "power cut",
    "burn out",
    "burnt out",
    "burned out",
    "burnout",
    "heartburn",
    "jump the queue",
    "jumped the queue",
    "jump through",
    "jumping through",
    "hoops",
    "hang on",
    "hanging on",
    "hang up",
    "hung up",
    "hanging around",
    "hang around",
    "left hanging",
    "bridge the gap",
    "off the rails",
    "back on track",
    "on track",
    "in the pipeline",
    "give up smoking",
    "gave up smoking",
    "given up smoking",
    "give up drinking",
    "gave up work",
    "give up work",
    "to give up work",
    "had to give up",
    "dont give up",
    "never give up",
    "not giving up",
    "wont give up",
    "look after yourself",
    "look after yourselves",
    "take care of yourself",
    "had enough of your",
    "had enough of the",
    "had enough of this",
    "look after him",
    "look after her",
    "look after them",
    "take them",
    "take it",
    "empty stomach",
    "last time i",
    "the last time",
    "last one",
    "last week",
    "last night",
    "last month",
    "last year",
    "so tired of waiting",
    "tired of waiting",
    "phone line",
    "on the line",
    "line is",
    "at the end",
    "burden to me",
    "burden on me",
    "to death",
    "death wish",
    "wish death",
    "die waiting",
    "dying of boredom",
    "die of boredom",
    "bored to death",
    "death trap",
    "death penalty",
    "dead heat",
    "dead serious",
    "dead right",
    "dead end",
    "nearly died",
    "dead to me",
    "dead in the water",
    "disappear in",
    "phone died",
    "phones gonna die",
    "phone dying",
    "phone is dying",
    "battery dying",
    "ride or die",
    "do or die",
    "die hard",
    "diehard",
    "dying breed",
    "till i die",
    "til i die",
    "until i die",
    "hanging out",
    "hang out",
    "hung out",
    "hang w",
    "hang with",
    "hang wit",
    "hang around",
    "cut my hair",
    "cut me off",
    "cuts me off",
    "cut in",
    "haircut",
    "cut my own hair",
    "a cut",
    "fresh cut",
    "cutting my hair",
    "cut my nails",
    "burn yall",
    "burn the",
    "burn down",
    "burn it down",
    "alone with",
    "jump into",
    "jump in",
    "jump at",
    "jump the",
    "razor thin",
    "the water",
    "the heat",
    "the night",
    "look after you",
    "a burden to me",
    "being a burden to me",
    "give up my",
    "gave up my",
    "giving up my",
    "given up my",
  ],
};

/** The longest word sequence in the lexicon. */
const MAX_SEQUENCE = 7;

interface TrieNode {
  next: Map<string, TrieNode>;
  classes: number;
}

function buildTrie(): TrieNode {
  const root: TrieNode = { next: new Map(), classes: 0 };
  for (const [name, entries] of Object.entries(LEXICON) as [ConceptName, readonly string[]][]) {
    for (const entry of entries) {
      const words = entry.split(" ");
      if (words.length > MAX_SEQUENCE) throw new Error(`concept entry "${entry}" is too long`);
      let node = root;
      for (const w of words) {
        let child = node.next.get(w);
        if (!child) {
          child = { next: new Map(), classes: 0 };
          node.next.set(w, child);
        }
        node = child;
      }
      node.classes |= C[name];
    }
  }
  return root;
}

// The medicines of the shared list that are plain words (the list's patterns with "?" or "[- ]" are above).
for (const p of PILLS.slice(3, -1).split("|")) if (/^[a-z]+$/.test(p)) (LEXICON.pills as string[]).push(p);

// Synonyms, colloquial forms and guards from the whole-message reading's lists (crisis-reading.ts).
for (const [name, entries] of Object.entries(MORE_CONCEPTS)) {
  const list = LEXICON[name as ConceptName];
  if (list) (list as string[]).push(...entries);
}

const TRIE = buildTrie();

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}
const APOSTROPHE = new Set([39, 0x2019, 0x2018]);
const SENTENCE_END = new Set([46, 33, 63, 10]);

/**
 * One text read into words and classes. Buffers are reused between texts (triage is synchronous):
 * per word its text, span and sentence; per match its classes, at the word it starts.
 */
class Reading {
  words: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  sentenceOf: number[] = [];
  /** Classes of the sequence starting at each word (0 for none), and the index of its last word. */
  matched: number[] = [];
  matchEnd: number[] = [];
  sentences: number[] = [];
  count = 0;
  all = 0;
  affairs = 0;

  read(lower: string): void {
    this.tokenise(lower);
    this.classify();
  }

  /** The words of a lower-cased text, apostrophes inside a word dropped, each with its sentence number. */
  private tokenise(lower: string): void {
    let count = 0;
    let sentence = 0;
    let i = 0;
    const n = lower.length;
    while (i < n) {
      const c = lower.charCodeAt(i);
      if (!isWordChar(c)) {
        if (SENTENCE_END.has(c)) sentence++;
        i++;
        continue;
      }
      const start = i;
      let text = "";
      let from = i;
      while (i < n) {
        const d = lower.charCodeAt(i);
        if (isWordChar(d)) i++;
        else if (APOSTROPHE.has(d) && i + 1 < n && isWordChar(lower.charCodeAt(i + 1))) {
          text += lower.slice(from, i);
          i++;
          from = i;
        } else break;
      }
      text = from === start ? lower.slice(start, i) : text + lower.slice(from, i);
      this.words[count] = text;
      this.starts[count] = start;
      this.ends[count] = i;
      this.sentenceOf[count] = sentence;
      count++;
    }
    this.count = count;
    this.sentences.length = 0;
    for (let k = 0; k <= sentence; k++) this.sentences.push(0);
  }

  /** The longest lexicon sequence at each word gives that word its classes; idioms' words are skipped. */
  private classify(): void {
    const { words, count, sentences, sentenceOf } = this;
    this.all = 0;
    this.affairs = 0;
    let i = 0;
    while (i < count) {
      let node: TrieNode | undefined = TRIE;
      let best = 0;
      let bestLength = 0;
      for (let k = 0; k < MAX_SEQUENCE && i + k < count; k++) {
        node = node.next.get(words[i + k] as string);
        if (!node) break;
        if (node.classes !== 0) {
          best = node.classes;
          bestLength = k + 1;
        }
      }
      // A number of ten or more is an amount ("took 30", "about 40 of them").
      if (bestLength === 0 && isAmount(words[i] as string)) {
        best = C.amount;
        bestLength = 1;
      }
      const classes = best & C.idiom ? 0 : best;
      this.matched[i] = classes;
      this.matchEnd[i] = i + Math.max(bestLength, 1) - 1;
      if (classes !== 0) {
        const s = sentenceOf[i] as number;
        sentences[s] = (sentences[s] as number) | classes;
        this.all |= classes;
        if (classes & C.affairs) this.affairs++;
      }
      // Sequences may overlap ("at the top" and "top of the car park"): move on one word, except past an
      // idiom, whose words are not read again.
      if (best & C.idiom) {
        for (let k = 1; k < bestLength; k++) this.matched[i + k] = 0;
        i += bestLength;
      } else i++;
    }
  }

  /** The span of the first sequence in sentence s with any of the classes. */
  spanOf(s: number, classes: number): { start: number; end: number } {
    for (let i = 0; i < this.count; i++)
      if (this.sentenceOf[i] === s && ((this.matched[i] as number) & classes) !== 0)
        return { start: this.starts[i] as number, end: this.ends[this.matchEnd[i] as number] as number };
    return { start: 0, end: 0 };
  }
}

function isAmount(word: string): boolean {
  if (word.length < 2 || word.length > 3) return false;
  const first = word.charCodeAt(0);
  if (first < 49 || first > 57) return false;
  for (let k = 1; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const READING = new Reading();

/** Whether classes holds every one of up to three classes (no rest array: this runs per sentence). */
function has(classes: number, a: number, b = a, c = a): boolean {
  return (classes & a) !== 0 && (classes & b) !== 0 && (classes & c) !== 0;
}

const OTHER = C.kin | C.pron;

/** Signs that count towards the weak combination, each its own kind. */
const WEAK_SIGNS: readonly [string, (s: number) => boolean][] = [
  ["absence", (s) => has(s, C.absence)],
  ["ending", (s) => has(s, C.death, C.self) && !(s & OTHER)],
  ["farewell", (s) => has(s, C.farewell) && !has(s, C.guard) && !has(s, C.care)],
  ["giving", (s) => has(s, C.give, C.belonging)],
  ["affairs", (s) => has(s, C.affairs)],
  ["calm", (s) => has(s, C.calm)],
  ["burden", (s) => has(s, C.burden)],
  ["hopeless", (s) => has(s, C.hopeless)],
  [
    "means",
    (s) => has(s, C.method) || has(s, C.pills, C.amount) || (has(s, C.place) && (s & (C.self | OTHER)) !== 0),
  ],
  ["harm", (s) => has(s, C.harm, C.body) && (s & (C.self | OTHER)) !== 0],
  ["missing", (s) => has(s, C.missing) && (s & OTHER) !== 0],
];

/** Rules on one sentence's classes (or two adjacent sentences') that decide alone. */
const DECISIVE: readonly [string, number, (s: number) => boolean][] = [
  // "I won't be here by then", "I'd rather go to sleep and never wake up": absence said of oneself.
  ["self-absence", C.absence, (s) => has(s, C.self, C.absence) && !has(s, C.guard)],
  // "I want to die", "I keep thinking about disappearing": wanting it, said of oneself, nobody else named.
  ["self-death", C.death, (s) => has(s, C.self, C.death, C.desire) && !(s & OTHER) && !has(s, C.guard)],
  // Wanting or planning a way of dying ("keep thinking about the bridge", "looked up how long a rope").
  [
    "means-desire",
    C.desire,
    (s) =>
      has(s, C.desire) &&
      (s & (C.loose | C.method | C.place)) !== 0 &&
      !(s & OTHER) &&
      !has(s, C.guard) &&
      (s & C.self) !== 0,
  ],
  // A third party's words about not being here or wanting to die ("she keeps saying she won't be around").
  [
    "third-said",
    C.say,
    (s) =>
      (s & OTHER) !== 0 &&
      has(s, C.say) &&
      (has(s, C.absence) || has(s, C.death, C.desire)) &&
      !has(s, C.guard),
  ],
  // An overdose: taking pills in quantity, on purpose or with drink.
  ["overdose", C.pills, (s) => has(s, C.taken, C.pills, C.amount) && !has(s, C.routine)],
  // Self-harm: a verb of harm on the body, again, or deeper.
  ["self-harm", C.harm, (s) => has(s, C.harm, C.body) && (s & (C.self | OTHER)) !== 0],
  // At a high or dangerous place now.
  ["place-now", C.place, (s) => has(s, C.place, C.presence) && !has(s, C.guard)],
  // Means with a time ("the rope is for tonight", "the tablets are for Friday").
  ["means-time", C.time, (s) => has(s, C.time) && (has(s, C.method) || has(s, C.pills, C.amount, C.self))],
  // A farewell tied to a time ("goodbye everyone, tonight's the night").
  ["farewell-time", C.farewell, (s) => has(s, C.farewell, C.time, C.self)],
  // Hopelessness about help, said of oneself ("I've done every therapy going and nothing works").
  ["hopeless-help", C.hopeless, (s) => has(s, C.self, C.hopeless, C.mhservice) && !has(s, C.guard)],
  // Feeling a burden, said of oneself.
  ["self-burden", C.burden, (s) => has(s, C.self, C.burden) && !has(s, C.guard)],
  // A relative missing or not answering, with a sign of danger.
  [
    "missing-danger",
    C.missing,
    (s) =>
      (s & OTHER) !== 0 &&
      has(s, C.missing) &&
      (has(s, C.method) ||
        has(s, C.place) ||
        has(s, C.farewell) ||
        has(s, C.absence) ||
        has(s, C.death) ||
        has(s, C.hopeless)),
  ],
  // A relative at a high place, or with the means to hand.
  [
    "third-place",
    C.place,
    (s) =>
      (s & OTHER) !== 0 && (has(s, C.place) || has(s, C.method)) && (s & (C.presence | C.farewell)) !== 0,
  ],
];

export interface ConceptVerdict {
  /** Hits of rules that decide alone (weight 2). */
  decisive: CueHit[];
  /** One hit per weak sign kind found (weight 1, cue id `concept:<kind>`). */
  weak: CueHit[];
}

const NONE: ConceptVerdict = { decisive: [], weak: [] };

/** Any class a rule needs before it can fire; a text with none of them is not read further. */
const ANCHORS =
  C.absence |
  C.death |
  C.method |
  C.place |
  C.pills |
  C.farewell |
  C.give |
  C.affairs |
  C.calm |
  C.burden |
  C.hopeless |
  C.harm |
  C.missing;

/**
 * The cheap pre-check: every rule needs a class of ANCHORS, and every entry of those classes
 * contains its longest word, so a text in which no such word occurs (as a substring, one
 * Aho–Corasick pass) cannot fire a rule and is not read into words at all.
 */
/**
 * The gate's literals (exported for its test): every entry of the classes a rule needs, whole, so
 * that common words alone ("no", "point") do not open it where the entry ("no point") is absent.
 */
export function gateLiterals(): string[] {
  const literals = new Set<string>();
  for (const [name, entries] of Object.entries(LEXICON) as [ConceptName, readonly string[]][])
    if ((C[name] & ANCHORS) !== 0) for (const entry of entries) literals.add(entry);
  // The whole-message reading (crisis-reading.ts) opens the gate with its own families.
  for (const entry of readingGateLiterals()) literals.add(entry);
  return [...literals];
}

/** Words the lexicon writes without their apostrophe, as people write them with one. */
const CONTRACTIONS: Record<string, string> = {};
{
  const pairs = (
    "dont don't wont won't cant can't isnt isn't wasnt wasn't didnt didn't doesnt doesn't hasnt hasn't " +
    "havent haven't couldnt couldn't wouldnt wouldn't shouldnt shouldn't arent aren't werent weren't " +
    "aint ain't im i'm ive i've ill i'll id i'd its it's thats that's whats what's everythings everything's " +
    "everyones everyone's hes he's shes she's theyre they're youre you're itll it'll youll you'll " +
    "hadnt hadn't theres there's theyd they'd youd you'd"
  ).split(" ");
  for (let i = 0; i + 1 < pairs.length; i += 2) CONTRACTIONS[pairs[i] as string] = pairs[i + 1] as string;
}

/**
 * A gate literal in every spelling: "wont be here" also as "won't be here" and "won’t be here", and
 * "self harm" as "self-harm" (the reader splits words at hyphens and apostrophes alike).
 */
function spellings(literal: string): string[] {
  const apostrophe = literal
    .split(" ")
    .map((w) => CONTRACTIONS[w] ?? w)
    .join(" ");
  const out = new Set([literal, apostrophe, apostrophe.replaceAll("'", "\u2019")]);
  if (literal.includes(" ")) out.add(literal.replaceAll(" ", "-"));
  return [...out];
}

/**
 * The gate as a cue list for the triage prefilter (classify.ts adds it to the one Aho–Corasick pass
 * every message already gets): one pseudo-cue whose literals are the gate's, in every spelling.
 * Its regex is never run.
 */
export const CONCEPT_GATE: CompiledCues = {
  ids: ["concept-gate"],
  weights: [0],
  regex: /$^/g,
  single: [/$^/g],
  literals: [gateLiterals().flatMap(spellings)],
};

let ownGate: { scanner: LiteralScanner; found: Uint8Array } | undefined;
/** Whether the gate opens on a text: from the prefilter's candidates, or by its own scan. */
function gateOpens(lower: string, candidates?: CueCandidates): boolean {
  const offset = candidates?.offsets.get(CONCEPT_GATE);
  if (candidates && offset !== undefined) return candidates.found[offset] === 1;
  ownGate ??= {
    scanner: new LiteralScanner(new Map((CONCEPT_GATE.literals[0] ?? []).map((l) => [l, [0]]))),
    found: new Uint8Array(1),
  };
  ownGate.found[0] = 0;
  ownGate.scanner.scan(lower, ownGate.found);
  return ownGate.found[0] === 1;
}

/**
 * The concept layer's verdict on a lower-cased text. Look-alikes at the level of the message
 * (fundraising, a peaceful death in care, a recovery told as past, medicine as prescribed, a film)
 * silence it entirely; the phrase cues still judge those messages. With the prefilter's candidates
 * (classify.ts), the gate costs nothing more.
 */
export function crisisConcepts(lower: string, candidates?: CueCandidates): ConceptVerdict {
  if (!gateOpens(lower, candidates)) return NONE;
  const r = READING;
  r.read(lower);
  if (r.all & C.lookalike) return NONE;
  // Signs spread thin over the whole message (crisis-reading.ts).
  const whole = readWholeMessage(r, C);
  if ((r.all & ANCHORS) === 0) return whole ? { decisive: [whole], weak: [] } : NONE;
  const sentences = r.sentences;
  const decisive: CueHit[] = whole ? [whole] : [];
  let weakKinds: Map<string, CueHit> | undefined;
  for (let i = 0; i < sentences.length; i++) {
    const one = sentences[i] as number;
    if ((one & ANCHORS) === 0 && ((sentences[i + 1] ?? 0) & ANCHORS) === 0) continue;
    // The window: this sentence, then this sentence with the next (a sign split over two short sentences).
    const next = sentences[i + 1];
    const pair = one | (next ?? 0);
    for (const [id, key, rule] of DECISIVE) {
      if (rule(one) || (next !== undefined && next !== 0 && rule(pair) && !has(pair, C.guard))) {
        const span = r.spanOf(i, one & key ? key : ANCHORS & one);
        decisive.push({ cue: `concept-${id}`, start: span.start, end: span.end, weight: 2 });
        break;
      }
    }
    for (const [kind, sign] of WEAK_SIGNS)
      if (!weakKinds?.has(kind) && sign(one) && !(kind === "ending" && has(one, C.guard))) {
        weakKinds ??= new Map();
        const span = r.spanOf(i, ANCHORS & one);
        weakKinds.set(kind, { cue: `concept:${kind}`, start: span.start, end: span.end, weight: 1 });
      }
  }
  if (!weakKinds) return decisive.length === 0 ? NONE : { decisive, weak: [] };
  // Affairs put in order twice over (a will and the passwords, letters and the funeral) are two signs.
  const inOrder = weakKinds.get("affairs");
  if (inOrder && r.affairs >= 2) weakKinds.set("affairs-more", { ...inOrder, cue: "concept:affairs-more" });
  return { decisive, weak: [...weakKinds.values()] };
}

/** For tests: the classes of each sentence of a text, by name. */
export function conceptNames(lower: string): string[][] {
  READING.read(lower);
  return READING.sentences.map((s) =>
    (Object.keys(C) as ConceptName[]).filter((name) => (s & C[name]) !== 0),
  );
}
