/**
 * Concepts a warning sign is made of, in any language (docs/triage-languages.md, "Concepts"). A
 * lexicon lists, per language, the words and stems that carry each concept; `signs.ts` says which
 * concepts seen together, within a few words, make a sign of crisis or threat, the way a reader
 * translating into English would see "pills … all … took" as an overdose whatever the word order.
 * Written from the NHS, Samaritans and C-SSRS warning-sign lists and the trusts' policies.
 */
export const CONCEPTS = [
  // Crisis.
  /** I, me, myself, I am: pronouns, reflexives, first-person endings that stand alone. */
  "self",
  /** myself, oneself: reflexive pronouns and endings ("matarme", "zabić się"), not the subject "I". */
  "reflexive",
  /** want, wish, would like, feel like. */
  "want",
  /** not, no, never, don't. */
  "neg",
  /** die, dead, death, to end it, to disappear, to sleep for ever. */
  "die",
  /** live, life, alive, to wake up, to go on. */
  "live",
  /** kill (myself or you: the pronoun beside it decides). */
  "kill",
  /** suicide and its derivatives: decides alone. */
  "suicide",
  /** self-harm named as such: decides alone. */
  "selfharm",
  /** cut, slash, burn (of the body). */
  "cut",
  /** wrist, arm, leg, skin, blood. */
  "body",
  /** pills, tablets, medication, paracetamol, sleeping pills. */
  "pills",
  /** took, swallowed, have taken. */
  "took",
  /** all, every, the whole, a box of, a packet of. */
  "all",
  /** overdose named as such: decides alone. */
  "overdose",
  /** jump, throw myself. */
  "jump",
  /** a bridge, a roof, a window, a cliff, the tracks, a height. */
  "height",
  /** hang myself, noose: decides alone. */
  "hang",
  /** other means: rope, razor, blade, poison, gas, a gun. */
  "means",
  /** tonight, tomorrow, today, this weekend, soon. */
  "time",
  /** goodbye, farewell, forgive me, my last message, take care of them, I love you all. */
  "farewell",
  /** a burden, a problem for everyone. */
  "burden",
  /** better off without me, nobody will miss me, when I am gone. */
  "withoutme",
  /** I can't go on, I can't take any more, no way out, no hope, no strength left. */
  "hopeless",
  /** sense, point, meaning, purpose. */
  "point",
  /** tired of, fed up with, sick of. */
  "tired",
  /** giving my things away, who will have my dog, my will. */
  "giveaway",
  /** letters written, affairs in order, passwords left, everything arranged. */
  "affairs",
  /** my son, daughter, mother, father, brother, sister, husband, wife, partner, friend. */
  "relative",
  /** missing, gone, not answering, not come home, cannot reach. */
  "missing",
  /** saving up, collecting, hoarding (tablets, a rope): a preparatory act (C-SSRS behaviour). */
  "stockpile",
  /** I won't need it any more (an appointment, a prescription). */
  "noneed",
  /** I have made my decision. */
  "decision",
  /** at peace, calm at last. */
  "peace",
  /** give, hand on, leave to (a verb of handing over), for "giving my things away". */
  "give",
  /** my things, my clothes, my books, my dog, my cat, my jewellery: what is handed on. */
  "belonging",
  /** everything is ready, prepared, arranged (a plan made). */
  "ready",
  /** a named day: on Friday, on my birthday, at Christmas (a plan for a particular day). */
  "day",
  /** to do it, I'll do it, how to do it (the act left unnamed). */
  "doit",
  /** he or she says sorry, asked forgiveness (a relative's apology). */
  "sorry",
  /** won't wake up, not breathing, unconscious, cold and pale (after an overdose). */
  "unconscious",
  /** the last time I write, my last message, you won't hear from me again. */
  "lastmsg",
  /** look after mum for me, take care of the children (entrusting others). */
  "entrust",
  /** "do something stupid", "do something crazy": the act left unnamed, a sign beside another. */
  "rash",
  /** bank papers, account details, life insurance left out for someone (affairs, a second kind of them). */
  "papers",
  /** thank you for everything (a sign only beside belongings handed on). */
  "thanks",
  /** a year ago, last year, back then, used to: a crisis told as past. */
  "past",
  /** you saved my life, I am well now, thanks to the team: a crisis that is over. */
  "saved",
  /**
   * A figure of speech over the crisis words: "dying to know", "this wait is killing me". A crisis
   * sign whose words overlap one is dropped (index.ts); a sign elsewhere in the message stays.
   */
  "idiom",
  // Threat.
  /** kill, stab, beat up, shoot, smash (said of what the writer will do). */
  "harm",
  /** you, your, to you (as the object of a threat). */
  "you",
  /** staff, nurse, doctor, receptionist, security, the manager. */
  "staff",
  /** the car park, outside, at home, the ward, the hospital, the entrance, after your shift. */
  "place",
  /** I know, we know. */
  "know",
  /** where, which street, the address. */
  "where",
  /** wait for, find, follow. */
  "wait",
  /** the target's routine: when the shift ends, their car and number plate, their children's school. */
  "routine",
  /** if you don't, unless, or else (the condition of an ultimatum). */
  "ifnot",
  /** I'll come there, I'll turn up, I'll come round (the writer's arrival). */
  "come",
  /** you'll pay for this (what the writer will make them pay). */
  "pay",
  /** we are watching you. */
  "watch",
  /** a bomb, explosives. */
  "bomb",
  /** set fire, burn down, petrol. */
  "fire",
  /** you'll regret it, you'll pay, you'll see. */
  "regret",
  /** be careful, watch out, let him look over his shoulder (a warning said of a person). */
  "beware",
] as const;
export type Concept = (typeof CONCEPTS)[number];

/**
 * One language's concept words. As in the phrase files: lower case, diacritics optional, a stem
 * matches as a substring and a leading or trailing space anchors it to a word edge ("rme " is a
 * Spanish infinitive with "me" attached: matarme, cortarme, tirarme).
 */
export interface ConceptLexicon {
  /** BCP 47 code, as in the phrase files. */
  readonly code: string;
  /** Characters a sign's concepts may spread over, where WINDOW (signs.ts) does not fit the script. */
  readonly window?: number;
  readonly concepts: Partial<Record<Concept, readonly string[]>>;
}
