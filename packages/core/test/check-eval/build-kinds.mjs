// Builds kinds.jsonl: hand-written regression posts for the kinds of miss issue 11 names (patients
// named without a title, patients identified by description, staff in confidential matters, and
// the topics dosage advice, endorsements and discount codes, concerns raised in public and
// unannounced closures), each with near misses that must stay clean. Written for Parapet by its
// developers from the kinds alone; no text is taken from any evaluation set.
// Run: node packages/core/test/check-eval/build-kinds.mjs
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const BLOCKING = new Set([
  "pii.nhs_number",
  "pii.nino",
  "pii.postcode",
  "pii.date_of_birth",
  "pii.phone",
  "pii.email",
  "pii.address",
  "pii.person_name",
  "clinical.patient_information",
  "language.discriminatory",
  "language.abusive",
  "media.consent_missing",
]);
const NAME = "pii.person_name";
const CLIN = "clinical.patient_information";
const PERSONAL = {
  type: "personal",
  handle: "@kc_runs",
  bio: "Mum, runner. Views my own.",
  identifiesAsEmployee: true,
};
const OFFICIAL = { type: "official", handle: "@FenmoorNHS" };
const TEAM = { type: "devolved", handle: "@FenmoorWard12", bio: "Ward 12 team, Fenmoor Community Health" };

/** [kind, text, categories, account?, note] */
const CASES = [
  // ---- a patient named without a title, next to a care setting --------------------------
  [
    "named-patient",
    "Siobhan Gallagher in the side room asked for her rosary again tonight",
    [CLIN, NAME],
    null,
    "full name + side room",
  ],
  [
    "named-patient",
    "Chukwuemeka has finally been discharged after nine weeks, the whole bay cheered",
    [CLIN, NAME],
    PERSONAL,
    "first name + discharge + stay",
  ],
  [
    "named-patient",
    "Lovely moment on nights: Gwyneth turned 99 on the ward and sang the whole of Calon Lân",
    [CLIN, NAME],
    PERSONAL,
    "birthday on the ward",
  ],
  [
    "named-patient",
    "heartbroken, we lost Stanisław on the unit this morning. he always saved me a biscuit",
    [CLIN, NAME],
    PERSONAL,
    "death on the unit, name with diacritic",
  ],
  [
    "named-patient",
    "Baby Zainab arrived at 29 weeks weighing 2lb 3oz and is now off CPAP!! so proud of her mum",
    [CLIN, NAME],
    TEAM,
    "named baby + gestation + weight",
  ],
  [
    "named-patient",
    "Tariq Mahmood is back in resus, third time this month, can someone let the family liaison know",
    [CLIN, NAME],
    null,
    "full name + resus",
  ],
  [
    "named-patient",
    "Margaret has been moved from bay 2 to the discharge lounge, pharmacy still chasing her TTOs",
    [CLIN, NAME],
    null,
    "first name + bay + discharge",
  ],
  [
    "named-patient",
    "Kwabena Owusu came round in recovery asking for jollof rice 😂 op went well",
    [CLIN, NAME],
    PERSONAL,
    "full name + recovery + operation",
  ],
  [
    "named-patient",
    "Happy 80th to Bernadette, our longest stay on Larch, 14 months and counting 🎂",
    [CLIN, NAME],
    TEAM,
    "length of stay + ward on a team account",
  ],
  [
    "named-patient",
    "doreen in bay 4 is refusing her obs again, can someone on lates try",
    [CLIN, NAME],
    null,
    "lower-case first name + bay",
  ],
  [
    "named-patient",
    "Had the privilege of caring for Aleksandra during her last days in the hospice. Her daughters sang to her.",
    [CLIN, NAME],
    PERSONAL,
    "end of life + first name",
  ],
  [
    "named-patient",
    "Reminder Rukhsana on the list for theatre at 2, nil by mouth since midnight",
    [CLIN, NAME],
    null,
    "theatre list",
  ],
  [
    "named-patient",
    "Ibrahim (6) was so brave having his cannula in today, he picked a dinosaur sticker",
    [CLIN, NAME],
    TEAM,
    "child + age + cannula",
  ],
  [
    "named-patient",
    "Anyone know if Roisin Doherty was readmitted over the weekend? she was on my caseload last year",
    [CLIN, NAME],
    null,
    "readmission + caseload",
  ],
  // a named patient with an identifier and no care word
  [
    "named-identifier",
    "Found a letter for Mehmet Yilmaz, NHS number 999 283 6423, on the bus. DM me if it's yours",
    [NAME, "pii.nhs_number"],
    PERSONAL,
    "name + NHS number only",
  ],
  [
    "named-identifier",
    "Olumide Bakare, NI number JT 48 21 07 C, can you check this is right for the bank form",
    [NAME, "pii.nino"],
    null,
    "name + NINO only",
  ],
  // patients identified by description
  [
    "described-patient",
    "the 17 year old from the motorbike crash on the bypass last night is stable in ITU",
    [CLIN],
    PERSONAL,
    "age + event + place + time",
  ],
  [
    "described-patient",
    "You'll never guess which local footballer came in with a broken ankle today 👀",
    [CLIN],
    PERSONAL,
    "job + injury",
  ],
  [
    "described-patient",
    "the man with the eagle tattoo on his neck is back in A&E again, third time this week",
    [CLIN],
    null,
    "distinguishing mark + A&E",
  ],
  [
    "described-patient",
    "To the teacher from Brook Lane Primary we treated on Tuesday: the whole team hopes your wrist heals quickly",
    [CLIN],
    PERSONAL,
    "job + place + time + treatment",
  ],
  [
    "described-patient",
    "my neighbour's husband was admitted to the stroke unit last night, so scary",
    [CLIN],
    PERSONAL,
    "relation + admission",
  ],
  // staff in confidential matters
  [
    "staff-confidential",
    "FYI Dr Mensah has been suspended pending the investigation, keep it off the group",
    [NAME],
    null,
    "titled staff + suspension",
  ],
  [
    "staff-confidential",
    "Can we all send some love to Kerry-Ann, she had a miscarriage at the weekend and is off for a bit",
    [NAME],
    PERSONAL,
    "pregnancy loss",
  ],
  [
    "staff-confidential",
    "Paulina's off sick again with stress, that's the third time since September",
    [NAME],
    null,
    "sickness absence",
  ],
  [
    "staff-confidential",
    "heard Rhys Pritchard failed his drugs test last week, HR are involved",
    [NAME],
    null,
    "drugs test",
  ],
  [
    "staff-confidential",
    "Gurpreet has put in a grievance about the rota and it's going to a formal hearing",
    [NAME],
    null,
    "grievance",
  ],
  // clean: staff named in awards, welcomes, thanks and retirements
  [
    "staff-recognition",
    "Congratulations to Priyanka Shah from Ward 7, our Nurse of the Year! 🏆",
    [],
    OFFICIAL,
    "award, ward named",
  ],
  [
    "staff-recognition",
    "A huge welcome to Chidi, our new healthcare assistant on the stroke unit 👋",
    [],
    TEAM,
    "welcome, unit named",
  ],
  [
    "staff-recognition",
    "After 38 years on the wards, Maureen is retiring today. Thank you for everything, Mo ❤️",
    [],
    TEAM,
    "retirement",
  ],
  [
    "staff-recognition",
    "Thank you to Tomasz and the night team on Ward 3 for keeping everyone safe in the storm",
    [],
    OFFICIAL,
    "thanks to staff",
  ],
  [
    "staff-recognition",
    "Well done to Aoife Brennan, who qualified as a nurse specialist in palliative care this week",
    [],
    OFFICIAL,
    "qualification, palliative named",
  ],
  [
    "staff-recognition",
    "Shout out to Delroy on reception at the clinic, always has a smile for everyone",
    [],
    PERSONAL,
    "thanks to staff, clinic named",
  ],
  // clean: places, wards, things and storms that look like names
  [
    "not-a-name",
    "Our new Rowan Ward opens on Monday with 24 beds and four side rooms",
    [],
    OFFICIAL,
    "ward name + side rooms",
  ],
  [
    "not-a-name",
    "Storm Fionnuala means some clinics will run online on Thursday: check our website for updates https://fenmoor.nhs.uk",
    [],
    OFFICIAL,
    "named storm",
  ],
  [
    "not-a-name",
    "Visiting at Kingsley Ward is 2pm to 8pm. Children under 12 with an adult, please.",
    [],
    OFFICIAL,
    "ward name + visiting",
  ],
  [
    "not-a-name",
    "Mary Seacole House, our new day hospital, is now open for referrals",
    [],
    OFFICIAL,
    "building named after a person",
  ],
  [
    "not-a-name",
    "Meet Funmilayo, one of the sisters on Ward 4, who has worked nights here for 20 years",
    [],
    TEAM,
    "meet-the-team post, ward number",
  ],
  [
    "not-a-name",
    "Yusuf Ali joins our stroke team as a consultant physiotherapist next month",
    [],
    OFFICIAL,
    "new appointment in a specialty team",
  ],
  [
    "not-a-name",
    "Isla joined our dementia support service as a volunteer and already knows everyone by name",
    [],
    TEAM,
    "volunteer in a specialty service",
  ],
  [
    "not-a-name",
    "Ewan is running the Great North Run for the hospice that cared for his grandad. Please sponsor him!",
    [],
    PERSONAL,
    "fundraising colleague",
  ],
  [
    "not-a-name",
    "Jasmine from our admissions team will be at the careers fair on Saturday",
    [],
    OFFICIAL,
    "admissions is a team",
  ],
  [
    "not-a-name",
    "Please welcome our new matron for the surgical wards, Bronwen Price",
    [],
    OFFICIAL,
    "welcome, surgical wards",
  ],
  [
    "not-a-name",
    "Our ward cat Biscuit has retired to a farm. The patients on Ward 6 made him a card",
    [],
    TEAM,
    "a cat and a ward",
  ],
  ["not-a-name", "Reading Dickens on my break in the staff room, bliss", [], PERSONAL, "an author"],
  [
    "not-a-name",
    "Prof Hannah Okoro will give this year's lecture on sepsis recognition in the education centre",
    [],
    OFFICIAL,
    "lecture on a condition",
  ],
  [
    "named-patient",
    "Thank you Winston for the lovely card after your discharge, the bay isn't the same without your jokes",
    [CLIN, NAME],
    PERSONAL,
    "thanks from staff to a named patient",
  ],
  // ---- topics -------------------------------------------------------------------------
  [
    "dosage-advice",
    "hun if the 50mg isn't touching it just take two, that's what I do",
    ["topic.medical_advice"],
    PERSONAL,
    "dose to a person",
  ],
  [
    "dosage-advice",
    "Your mum can have her paracetamol every 4 hours with the co-codamol, honestly it's fine",
    ["topic.medical_advice"],
    PERSONAL,
    "frequency to a person",
  ],
  [
    "dosage-advice",
    "I'd halve your sertraline for a fortnight before you stop, worked for me",
    ["topic.medical_advice"],
    null,
    "taper advice",
  ],
  [
    "dosage-advice-clean",
    "Antibiotics: always take them exactly as prescribed and finish the course. Questions? Ask your pharmacist.",
    [],
    OFFICIAL,
    "general advice",
  ],
  [
    "dosage-advice-clean",
    "Our pharmacists are running a medicines review clinic on Tuesday, bring your tablets along",
    [],
    OFFICIAL,
    "service announcement",
  ],
  [
    "commercial",
    "Use code NURSE15 for 15% off my scrub caps, link in bio 💙",
    ["topic.commercial"],
    PERSONAL,
    "discount code",
  ],
  [
    "commercial",
    "Genuinely the best compression socks money can buy, I wear them every shift",
    ["topic.commercial"],
    PERSONAL,
    "endorsement",
  ],
  [
    "commercial",
    "Sign up with my referral link and we both get £20 off the meal kits",
    ["topic.commercial"],
    PERSONAL,
    "referral link",
  ],
  [
    "commercial",
    "Now taking bookings for private 1:1 coaching sessions in the new year, DM me",
    ["topic.commercial"],
    PERSONAL,
    "paid service",
  ],
  [
    "commercial-clean",
    "Thank you to the local bakery who donated mince pies to our wards this week",
    [],
    OFFICIAL,
    "donation thanks",
  ],
  [
    "commercial-clean",
    "Bookings for the spring falls-prevention classes open on 6 January",
    [],
    OFFICIAL,
    "trust service bookings",
  ],
  [
    "raising-concerns",
    "Three times I've raised the staffing on nights with my manager and nothing changes, so here it is in public",
    ["topic.raising_concerns"],
    PERSONAL,
    "concern escalated in public",
  ],
  [
    "raising-concerns",
    "Nobody at the trust is taking the broken hoist seriously. Posting it here because internal channels went nowhere",
    ["topic.raising_concerns"],
    PERSONAL,
    "internal route failed",
  ],
  [
    "raising-concerns-clean",
    "Freedom to Speak Up month: if something worries you at work, our guardians are here to listen",
    [],
    OFFICIAL,
    "promoting the internal route",
  ],
  [
    "confidential-business",
    "Between us, the minor injuries unit is closing in April and staff haven't been told",
    ["topic.confidential_business"],
    PERSONAL,
    "unannounced closure",
  ],
  [
    "confidential-business",
    "Word is they're selling off the old nurses' home site to pay the deficit, nothing announced yet",
    ["topic.confidential_business"],
    PERSONAL,
    "unannounced sale",
  ],
  [
    "confidential-business-clean",
    "The Christmas market in the atrium closes at 4pm today. Thank you to everyone who came!",
    [],
    OFFICIAL,
    "closing time",
  ],
  [
    "fiction-clean",
    "Binge-watched a hospital drama series last night where the whole A&E floods in episode two 🙄",
    [],
    PERSONAL,
    "fiction, not a live incident",
  ],
  [
    "fiction-clean",
    "Reading a crime novel where the consultant ends up in court for negligence, gripping stuff",
    [],
    PERSONAL,
    "fiction, not a legal matter",
  ],
  [
    "rota-clean",
    "january rota is finally out and I've got every bank holiday, send help",
    [],
    null,
    "a shift rota, not a security rota",
  ],
  [
    "security",
    "only one guard on the night patrol rota this week and the car park CCTV is down",
    ["topic.security"],
    null,
    "guard rota + CCTV",
  ],
];

const posts = CASES.map(([kind, text, categories, account, note], i) => {
  const sorted = [...categories].sort();
  const verdict = sorted.some((c) => BLOCKING.has(c)) ? "block" : sorted.length > 0 ? "review" : "pass";
  return {
    id: `k${String(i + 1).padStart(4, "0")}`,
    text,
    ...(account ? { account } : {}),
    expect: { verdict, categories: sorted },
    note: `${kind}: ${note}`,
  };
});
writeFileSync(join(here, "kinds.jsonl"), `${posts.map((p) => JSON.stringify(p)).join("\n")}\n`);
console.log(`kinds.jsonl: ${posts.length} posts`);
