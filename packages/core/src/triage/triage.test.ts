import { describe, expect, it } from "vitest";
import {
  defaultTriageConfig,
  parseTriageFile,
  resolveTriageConfig,
  type TriageFile,
  triageMessage,
} from "./index.js";

/**
 * Hand-written cases, separate from the labelled evaluation set, in wording
 * that set does not use: they check that the rules generalise. A missed crisis
 * is worse than a false alarm, so the crisis table is the longest.
 */
const config = defaultTriageConfig();
const now = new Date("2026-11-24T10:00:00Z");
const triage = (text: string, extra: Record<string, unknown> = {}) =>
  triageMessage({ id: "t", text, ...extra }, config, { now });

const CRISIS = [
  "I want to end my life",
  "thinking of ending it all",
  "I've had enough of life",
  "I can't see a way forward any more",
  "my partner has been self harming again",
  "he says he wants to kill himself",
  "I'm planning to take an overdose tonight",
  "what's the lethal dose of sertraline",
  "I'm standing on the bridge",
  "everything would be easier if I wasn't here",
  "I've cut myself again",
  "I want to hurt myself",
  "I feel suicidal",
  "I keep thinking about killing myself",
  "my mate is talking about suicide",
  "no one would miss me",
  "I'm going to jump",
  "I've been hoarding pills",
  "I don't want to live anymore",
  "life isn't worth living",
  "I'm not going to be here much longer",
  "I wrote a note",
  "scared of what I might do to myself",
  "she's locked herself in the bathroom with a knife",
  "my daughter says she wants to die",
  "I just want it all to stop",
  "I've taken my whole prescription",
  "going to walk into the sea tonight",
  "my son has tied a rope in his room",
  "I have thoughts of not being here",
  "mum's threatening to take all her tablets",
  "please help I can't keep myself safe",
  "Nie chcę już żyć",
  "Vreau să mor",
  "I'm done with life",
  "can't be arsed living anymore",
  "wanna go to sleep forever",
  "I'm going to end it tonight",
  "I've got a plan and the means",
  "I'm so tired of everything, I just want out",
  "nobody would care if I disappeared",
  "I've bought a rope",
  "thinking about ending things",
  "I'm better off gone",
  "I don't see the point in anything anymore",
  "I want to die",
  "ready to end it",
  "my brother's gone missing and left a note",
  "she said she's going to take all her pills",
  "he's posted a goodbye message on facebook",
  "sat on the edge of the bridge",
  "I'm not going to make it through tonight",
  "can someone check on my friend, she's saying goodbye to everyone",
  "i've self harmed again",
  "I keep hurting myself",
  "I want to cut",
  "voices tell me to hurt myself",
  "I need help now, I'm not safe",
  "my head is telling me to end it",
  "I want to end the pain",
  "I'm going to take everything in the medicine cabinet",
  "nothing matters anymore and I want it over",
  "I'm a waste of space, everyone would be happier without me",
  "I want to go to sleep and never wake up",
  "the world would be better without me",
  "I can't stop thinking about dying",
  "my dad said he'd be better off dead",
  "i just want to end it all",
  "how do I kill myself painlessly",
  "I can't cope any more with anything",
  "I'm at the end of my rope",
];

const NOT_CRISIS = [
  "I'm dying to know when the new car park opens",
  "this queue is killing me",
  "dying for a cuppa after that shift",
  "my feet are killing me after the 5k",
  "I nearly died laughing at the panto",
  "I'd kill for a parking space",
  "the suicide prevention training was brilliant",
  "I'm dead tired after nights",
  "could murder a coffee",
  "How many suicides were recorded on your wards in 2024? FOI request",
  "The crisis team were amazing with my son, thank you",
  "killing myself laughing at the staff video 😂",
  "I'm done with this queue",
  "the suspense is killing me",
  "ready to go home after my op",
  "I'm on the edge of my seat watching the match",
  "I'd rather die than eat that hospital food again lol",
  "end of life care for my nan was excellent",
  "My mum is on the end of life pathway, can we visit any time?",
  "We raised £500 for the suicide prevention charity",
  "is the crisis café open on Sundays?",
  "She died peacefully on ward 6, thank you to the staff",
];

const CATEGORIES: [string, string][] = [
  ["threat", "I'll be waiting for her in the car park"],
  ["threat", "I'm going to punch that receptionist when I see her"],
  ["threat", "If my appointment gets cancelled again someone will get hurt"],
  ["threat", "that nurse needs a good kicking"],
  ["threat", "Someone should teach that doctor a lesson he won't forget"],
  ["threat", "There's a bomb in the outpatients building"],
  ["abuse", "you're all useless idiots"],
  ["abuse", "fuck the lot of you"],
  ["complaint", "I've been waiting 6 hours in A&E with my 2 year old and nobody has seen us"],
  ["complaint", "My operation has been cancelled three times now. This is ridiculous"],
  ["subject_access", "Please send me a copy of my medical records from my stay in 2024"],
  ["subject_access", "I want you to delete all the information you hold about me"],
  ["subject_access", "Can I get the CCTV footage of me being assaulted in your car park?"],
  ["foi", "Under FOI, please tell me how much the trust spent on agency staff last year"],
  ["foi", "How many patients waited more than 12 hours in A&E in 2025?"],
  ["media", "Hi, I'm a reporter at the Express & Star, can you comment on the ward closure?"],
  ["clinical_question", "Can I take ibuprofen with my blood pressure tablets?"],
  ["pals", "What are the visiting hours on the children's ward?"],
  ["pals", "How do I get a referral to the memory clinic?"],
  ["compliment", "Huge thanks to the team on ward 7 who looked after my dad, you were all amazing"],
  ["spam", "Earn £500 a day from home, click the link in my bio"],
  ["general", "Happy new year from the Smith family"],
  ["threat", "I'm going to hurt that nurse"],
  ["threat", "she'll get what's coming to her"],
  ["threat", "I'll wait for him after his shift"],
  ["threat", "I've got a knife and I'm coming in"],
  ["threat", "I swear I'll kill the next receptionist who hangs up on me"],
  ["threat", "if my mum dies I'm burning the place down"],
  ["threat", "you'd better lock your doors tonight"],
  ["threat", "I'm going to find that doctor and make him pay"],
  ["threat", "someone's going to get stabbed if this carries on"],
  ["threat", "I'll be outside the staff entrance at 8, come and find out"],
  ["threat", "your nurses should be scared of me"],
  ["threat", "I'm going to break every bone in his body"],
  ["threat", "one more cancellation and I'm going to kick off and someone will get hurt"],
  ["threat", "me and my brothers are coming for the security guard"],
  ["threat", "I hope your car gets smashed up tonight, I know which one it is"],
  ["threat", "I'm going to slap that receptionist"],
  ["threat", "tell the consultant to watch his back"],
  ["threat", "going to put the windows in at the clinic"],
  ["threat", "I'll make sure that midwife never works again, and that's the least of it"],
  ["threat", "I will end you"],
  ["foi", "What's the trust's annual spend on interpreters?"],
  ["foi", "Could you share the number of nurses recruited from overseas since 2022?"],
  ["foi", "I'm requesting under the Freedom of Information Act details of all parking income"],
  ["foi", "How much money did the hospital make from car parking last year?"],
  ["foi", "Please disclose the salaries of your executive directors"],
  ["foi", "How many times was restraint used on the mental health wards in 2025?"],
  ["media", "Hello, Manchester Evening News here, can you give us a comment about the fire at the hospital?"],
  ["media", "I'm a freelance journalist working on a piece about maternity safety"],
  ["media", "Press enquiry re: norovirus outbreak. Please call the newsdesk"],
  [
    "media",
    "Hi from BBC Radio WM - could someone come on the breakfast show tomorrow to talk about flu jabs?",
  ],
  ["spam", "Hey, loved your post! We help NHS trusts get more followers, DM us for a free trial"],
  ["spam", "CLICK HERE for free covid tests delivered to your door!!!"],
  ["spam", "Your Apple ID has been locked, verify now at apple-support-check.com"],
  ["spam", "I can recover your hacked account in 24 hours, message me"],
  ["compliment", "Massive thank you to the ambulance crew who came out to my nan"],
  ["compliment", "Just want to say the night staff on ward 10 are incredible"],
  ["compliment", "Had my first chemo today, the nurses were so kind and put me at ease"],
  ["compliment", "Well done to the team for the new cafe, it looks great"],
  ["subject_access", "How can I get a copy of my birth notes from 1998?"],
  ["subject_access", "I'd like access to my late father's medical records please"],
  ["subject_access", "Please stop using my data for marketing and delete my contact details"],
  ["clinical_question", "Is it safe to take codeine while breastfeeding?"],
  ["clinical_question", "I had a fall yesterday and my wrist is swollen, do I need an x-ray?"],
  ["clinical_question", "What's the best thing to do for a toddler with croup?"],
  ["pals", "Do I need to bring anything to my pre-op assessment?"],
  ["pals", "Can I get a wheelchair at the main entrance?"],
  ["pals", "Is there free wifi for patients?"],
  ["general", "Proud to have been part of the charity bike ride for the children's hospital"],
  ["general", "RIP to our old family doctor who worked there for years"],
  ["complaint", "Disgusted that my 90 year old mother was left on a trolley in a corridor all night"],
  ["complaint", "I've emailed PALS three times and had no reply"],
  ["abuse", "The NHS is full of lazy scroungers"],
  ["threat", "Keep ignoring me and see what happens when I turn up at the ward"],
  ["abuse", "you lot are a bunch of lazy overpaid clowns"],
  ["abuse", "absolute idiots running this place"],
  ["abuse", "nurse Smith is a fat ugly cow"],
  ["abuse", "shut up you muppets"],
  ["abuse", "bunch of useless tossers"],
  ["abuse", "go to hell the lot of you"],
  ["abuse", "immigrant nurses should go home, we don't want them"],
  ["abuse", "@NHSTrust wankers"],
  ["complaint", "Appalling treatment of my elderly father in A&E last night"],
  ["complaint", "I want to make a complaint about the way I was spoken to"],
  ["complaint", "My referral was lost and now I have to start again. Unbelievable"],
  ["complaint", "Why is nobody answering the phone at the fracture clinic?! Been ringing all morning"],
  ["complaint", "The ward was so understaffed my mum didn't get her meds on time"],
  ["compliment", "Brilliant service at the walk in centre today, seen in 20 minutes"],
  ["compliment", "Thank you to Dr Ahmed for taking the time to explain everything"],
  ["compliment", "So grateful to the midwives who delivered our baby girl"],
  ["spam", "Get rich quick with our crypto trading bot 🚀🚀 link in bio"],
  ["spam", "Hot singles in your area want to meet you"],
  ["spam", "Buy Instagram followers cheap, 10k for £5"],
  ["spam", "Work from home and earn £200 a day, message me for details"],
  ["media", "This is Sarah from BBC Radio Stoke, we'd like to talk to someone about the new cancer centre"],
  ["media", "Journalist here, could I get a statement on the junior doctors strike?"],
  ["foi", "Freedom of Information request: number of agency nurses used in 2025"],
  ["foi", "Please provide the number of beds closed due to norovirus each month this year"],
  ["clinical_question", "I've got a really bad headache and blurred vision, is that a migraine?"],
  ["clinical_question", "How much paracetamol can I give my 4 year old?"],
  ["clinical_question", "Should my dad still take his statins before his operation?"],
  ["pals", "How can I find out if my dad has been admitted?"],
  ["pals", "I'd like to arrange a meeting with my mum's consultant, how do I do that?"],
  ["pals", "Is there a quiet room for families on the cancer ward?"],
  ["general", "Thinking of all the staff working over Christmas"],
  ["general", "Good luck to everyone running the half marathon for the hospital charity"],
  ["general", "Interesting article about NHS funding"],
  ["subject_access", "I need a copy of my son's A&E notes from last week for his school"],
  ["threat", "if I see that security guard again he's getting knocked out"],
  ["threat", "I'm going to come down there and kick off if nobody calls me back today"],
  ["pals", "Does the hospital have a hearing loop at reception?"],
  ["pals", "Hi, my mum's appointment letter says clinic 4 but we can't find it, where is it?"],
  ["pals", "Can my husband stay with me overnight after the birth?"],
  ["pals", "Who do I contact about getting a copy of my son's discharge letter sent to his GP?"],
  ["pals", "Is there a bus from the train station to the hospital?"],
  ["pals", "What time does the pharmacy close on Saturdays?"],
  ["pals", "How long is the waiting list for a hip replacement at the moment?"],
  ["pals", "Do you have any volunteering opportunities?"],
  ["pals", "I need to change my scan date, who should I ring?"],
  ["pals", "Are dogs allowed to visit patients on the ward?"],
  ["complaint", "Third time my dad's hearing appointment has been moved without telling us"],
  ["complaint", "The toilets in outpatients were absolutely filthy today"],
  ["complaint", "Nobody explained anything to us and we were left in the dark for hours"],
  ["complaint", "My mum was discharged without her medication and had to come back in"],
  ["complaint", "The consultant didn't even look at me, just typed the whole time. Felt ignored"],
  ["complaint", "Parking machines are broken again and I got a fine. Not fair"],
  ["complaint", "Been trying to get through on the phone for 2 days. Absolutely ridiculous"],
  ["complaint", "The food my wife was given was cold and she couldn't reach it"],
  ["compliment", "Can't thank the A&E team enough for how they looked after my son last night"],
  ["compliment", "Shout out to the porters who are always smiling"],
  ["compliment", "Fantastic care from the cardiology team, nothing was too much trouble"],
  ["clinical_question", "Is it normal to still be bleeding a week after a tooth extraction?"],
  ["clinical_question", "How long after my covid booster can I give blood?"],
  ["clinical_question", "My stitches look red and a bit swollen, should I be worried?"],
  ["clinical_question", "Can I drink alcohol while on antibiotics?"],
  ["general", "Go Wolves! Big game tonight"],
  ["general", "My granddad used to work at this hospital in the 70s"],
  ["spam", "Check out my page for amazing deals on designer handbags"],
  ["spam", "I made £3000 last week trading forex, DM me to learn how"],
  [
    "media",
    "Good morning, I'm writing a piece for the Northern Echo about winter pressures. Could your press office call me?",
  ],
  [
    "media",
    "We're producing a segment for Granada Reports on nurse recruitment. Is anyone free to talk on camera?",
  ],
  ["foi", "Can you tell me how many complaints the trust received last year?"],
  ["foi", "I'd like to request the trust's policy on staff use of social media"],
  ["foi", "What was the total spend on private ambulances in 2024/25?"],
  ["subject_access", "I'd like to see everything written about me in my mental health notes"],
  ["subject_access", "Please correct my address on your system, it's wrong on every letter"],
  ["subject_access", "I want my personal details removed from your mailing list and records"],
];

describe("crisis: safety first", () => {
  it.each(CRISIS)("%j is crisis, critical, routed to crisis with an immediate deadline", (text) => {
    const r = triage(text, { receivedAt: "2026-11-21T23:10:00Z" });
    expect(r).toMatchObject({ category: "crisis", urgency: "critical", route: "crisis" });
    expect(r.dueBy).toBe("2026-11-21T23:10:00.000Z");
  });
  it.each(NOT_CRISIS)("%j is not crisis", (text) => {
    expect(triage(text).category).not.toBe("crisis");
  });
  it("signposts 999, NHS 111 (mental health option), Samaritans 116 123 and SHOUT 85258", () => {
    const config = resolveTriageConfig("nhs-core", () =>
      parseTriageFile(
        "pack: nhs-core\ncategories:\n  crisis:\n    template:\n      id: t\n      clause: c\n      text: Call 999, NHS 111 mental health option, Samaritans 116 123, text SHOUT to 85258\n",
      ),
    );
    const r = triageMessage({ id: "c", text: "i can't go on" }, config, { now });
    expect(r.template?.text).toMatch(/999.*111.*116 123.*85258/s);
  });
});

describe("categories in the contract's priority order", () => {
  it.each(CATEGORIES)("%s: %j", (category, text) => {
    expect(triage(text).category).toBe(category);
  });
  it("crisis beats a complaint in the same message", () => {
    expect(
      triage("You discharged my brother with nothing and now he keeps saying he's going to end it").category,
    ).toBe("crisis");
  });
  it("a threat beats abuse", () => {
    expect(triage("you useless cow, I'll be waiting for you after your shift").category).toBe("threat");
  });
});

const NOT_THREAT = [
  "The nurse said the injection might hurt a bit",
  "My dad was attacked by a dog and is in A&E",
  "Security were great when a man kicked off in reception",
  "I'm going to kill this exam tomorrow",
  "The killer whale documentary was great",
  "They shot a film at the hospital last week",
];

describe("threats: not every violent word is a threat", () => {
  it.each(NOT_THREAT)("%j is not a threat", (text) => {
    expect(triage(text).category).not.toBe("threat");
  });
});

describe("flags", () => {
  it("abuse, names_staff, contains_pii, non_english and recording", () => {
    expect(triage("Nurse Kelly on ward 3 is a useless idiot").flags).toEqual(
      expect.arrayContaining(["abuse", "names_staff"]),
    );
    expect(triage("My NHS number is 943 476 5919, please check my referral").flags).toContain("contains_pii");
    expect(triage("Dziękuję bardzo całemu personelowi oddziału położniczego").flags).toContain("non_english");
    expect(triage("I filmed the receptionist shouting at my mum and it's going online").flags).toContain(
      "recording",
    );
    expect(triage("Thank you to everyone on the children's ward").flags).toEqual([]);
  });
});

describe("deadlines from the working calendar", () => {
  it("same working day in hours, next working day out of hours, 20 working days for FOI, a month for SAR", () => {
    expect(
      triage("Why has nobody rung me back about my appointment? Disgraceful", {
        receivedAt: "2026-11-23T10:00:00Z",
      }).dueBy,
    ).toBe("2026-11-23T17:00:00.000Z");
    expect(
      triage("Why has nobody rung me back about my appointment? Disgraceful", {
        receivedAt: "2026-11-27T18:00:00Z",
      }).dueBy,
    ).toBe("2026-11-30T17:00:00.000Z");
    expect(
      triage("FOI request: how much did you spend on taxis in 2025?", { receivedAt: "2026-11-23T11:00:00Z" })
        .dueBy,
    ).toBe("2026-12-22T17:00:00.000Z");
    expect(
      triage("Please send me a copy of my medical records", { receivedAt: "2026-01-31T10:00:00Z" }).dueBy,
    ).toBe("2026-02-28T17:00:00.000Z");
    expect(triage("buy cheap followers now, click the link").dueBy).toBeNull();
  });
});

describe("templates", () => {
  it("never repeat the writer's personal data", () => {
    const text = "My name is Jolene Marsh, DOB 03/09/1991, NHS number 943 476 5919. Send me my records";
    const resolved = resolveTriageConfig("nhs-core", () =>
      parseTriageFile(
        "pack: nhs-core\ncategories:\n  subject_access:\n    template:\n      id: sar\n      clause: Core §1\n      text: We will reply by {dueDate}.\n",
      ),
    );
    const r = triageMessage({ id: "p", text }, resolved, { now });
    expect(r.template?.text).toBeDefined();
    for (const piece of ["Jolene", "Marsh", "03/09/1991", "943 476 5919"])
      expect(r.template?.text).not.toContain(piece);
  });
  it("trust packs extend nhs-core and override field by field", () => {
    const files: Record<string, TriageFile> = {
      "nhs-core": parseTriageFile(
        "pack: nhs-core\ncalendar:\n  closes: '17:00'\ncategories:\n  pals:\n    route: pals\n",
      ),
      trust: parseTriageFile("pack: trust\nextends: nhs-core\ncalendar:\n  closes: '16:30'\n"),
    };
    const resolved = resolveTriageConfig("trust", (id) => files[id] as TriageFile);
    expect(resolved.calendar.closes).toBe("16:30");
    expect(resolved.calendar.opens).toBe("09:00");
    expect(resolved.categories.pals.route).toBe("pals");
    expect(() => parseTriageFile("pack: x\ncalendar:\n  opens: '9am'\n")).toThrow(/HH:MM/);
  });
});
