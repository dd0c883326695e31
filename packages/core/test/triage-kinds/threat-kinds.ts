/**
 * Threat kinds (NHS violence-prevention guidance and the trusts' policies on threats to staff):
 * ultimatums, veiled warnings about staff leaving work, slang for violence, doxxing, bomb and arson
 * hoaxes, coming back with a weapon. Written for this test by the Parapet team; no line comes from
 * a labelled set.
 */
export const THREAT_KINDS: Record<string, readonly string[]> = {
  ultimatums: [
    "if my dad isn't seen by friday you'll regret it",
    "sort my mums bed out by tomorrow or else",
    "you've got till 5pm to ring me back or there will be consequences for that nurse",
    "if you don't give me my meds today someone is going to get hurt",
    "last warning. call me back by monday or i'll be paying your receptionist a visit",
    "fix it by the end of the week or you'll be sorry",
    "if he's not moved off that ward tonight things will get nasty",
    "do it by tomorrow or watch what happens to your staff",
  ],
  "veiled warnings about staff leaving work": [
    "i know what time that receptionist finishes",
    "that nurse walks to her car on her own after her shift dont she",
    "i'll be waiting in the car park when Dr Patel leaves tonight",
    "I know which car is hers, the silver one in bay 4",
    "tell the sister on ward 6 to watch her back on her way home",
    "i've seen the security guard get the 11pm bus home. be a shame if something happened",
    "got the reg of the doctors car now",
    "your midwife finishes at 8, i'll be outside",
  ],
  "slang for violence": [
    "that receptionist is getting glassed next time i see her",
    "gonna shank the security guard",
    "i'll sort that doctor out proper when i catch him",
    "my lads will do him in",
    "im going to smash that nurse's face in",
    "i'll batter the lot of them on ward 2",
    "that porter's getting a slap, mark my words",
    "gonna deck the consultant when he comes out",
  ],
  doxxing: [
    "i know where that nurse lives, 14 Elm Road",
    "found out which school Dr Smith's kids go to",
    "the ward manager lives on Church Street, I've seen her house",
    "got the address of that midwife, posting it for everyone",
    "i know his kids go to st marys primary, see how he likes it",
    "we know where the receptionist lives and what car she drives",
    "heres the home address of the doctor who discharged my mum, go pay him a visit",
    "her house is the one with the blue door on Park Lane, we'll be round",
  ],
  "bomb and arson hoaxes": [
    "there's a package in A&E and it's going off at 3",
    "one match and your clinic is gone",
    "I've left a bomb in the hospital car park",
    "gonna burn the place down with them all in it",
    "someone should torch that ward",
    "there's a device in outpatients, you have one hour",
    "petrol through the letterbox of the surgery tonight",
    "i'll set fire to reception if i have to wait again",
  ],
  "coming back with a weapon": [
    "i'm coming back with a knife",
    "next time i come in i'll bring a blade",
    "im going home to get my baseball bat and coming back",
    "come back tomorrow with something for that security guard",
    "I'll be back with my brother's machete",
    "bringing a hammer to my next appointment",
    "going to get a weapon and come back to the ward",
    "wait till i come back tooled up",
  ],
};

/** Messages that must NOT be threat: lawful ultimatums and ordinary talk of leaving work or parking. */
export const NOT_THREAT: Record<string, readonly string[]> = {
  lawful: [
    "if this isn't sorted by friday i'll go to the ombudsman",
    "reply by monday or i'm contacting my MP",
    "if nobody rings me back I'll be making a formal complaint",
    "i'll be speaking to a solicitor if this isn't fixed",
    "fix this or I'm going to the local paper",
    "what time do the nurses finish their shift, i want to bring them chocolates",
    "where can i park my car near the maternity unit",
    "i'll smash my target at the hospital fun run",
  ],
};
