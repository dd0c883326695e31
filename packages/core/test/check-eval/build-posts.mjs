// Builds posts.jsonl (the labelled post-checker evaluation set) from the hand-written cases below.
// Run: node packages/core/test/check-eval/build-posts.mjs
// Numbers (NHS numbers, failing look-alikes) come from a seeded generator so the output is reproducible.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

let seed = 20261124;
function rnd() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function digits(n) {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(rnd() * 10);
  return s;
}
export function nhsCheck(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  const c = 11 - (sum % 11);
  if (c === 11) return 0;
  if (c === 10) return -1;
  return c;
}
function validNhs() {
  for (;;) {
    const nine = String(Math.floor(rnd() * 9) + 1) + digits(8);
    const c = nhsCheck(nine);
    if (c >= 0) return nine + c;
  }
}
function invalidNhs() {
  for (;;) {
    const nine = String(Math.floor(rnd() * 9) + 1) + digits(8);
    const c = nhsCheck(nine);
    const last = Math.floor(rnd() * 10);
    if (c !== last) return nine + last;
  }
}
const fmt = {
  S: (n) => `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
  H: (n) => `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
  U: (n) => n,
};
function fill(text) {
  return text
    .replace(/\{NHS_([SHU])\}/g, (_, f) => fmt[f](validNhs()))
    .replace(/\{BAD_([SHU])\}/g, (_, f) => fmt[f](invalidNhs()));
}

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

const posts = [];
/** cats: string or array; opts: { platform, account, media, note, verdict } */
function P(cats, text, opts = {}) {
  const categories = Array.isArray(cats) ? cats : cats ? [cats] : [];
  posts.push({ categories, text, ...opts });
}
const clean = (text, opts = {}) => P([], text, opts);

// Account helpers
const off = (handle, bio) => ({ type: "official", handle, ...(bio ? { bio } : {}) });
const dev = (handle, bio) => ({ type: "devolved", handle, ...(bio ? { bio } : {}) });
const per = (handle, bio, identifiesAsEmployee = true) => ({
  type: "personal",
  handle,
  ...(bio ? { bio } : {}),
  identifiesAsEmployee,
});
const img = (identifiablePeople, consent, tags) => ({
  kind: "image",
  identifiablePeople,
  consent,
  ...(tags ? { tags } : {}),
});
const vid = (identifiablePeople, consent, tags) => ({
  kind: "video",
  identifiablePeople,
  consent,
  ...(tags ? { tags } : {}),
});

const NHS = "pii.nhs_number";
const NINO = "pii.nino";
const PC = "pii.postcode";
const DOB = "pii.date_of_birth";
const PHONE = "pii.phone";
const EMAIL = "pii.email";
const ADDR = "pii.address";
const NAME = "pii.person_name";
const CLIN = "clinical.patient_information";
const PROF = "language.profanity";
const DISC = "language.discriminatory";
const ABUSE = "language.abusive";
const POL = "topic.political";
const LEGAL = "topic.legal_matter";
const EMERG = "topic.emergency_incident";
const PERF = "topic.trust_performance";
const ADVICE = "topic.medical_advice";
const COMM = "topic.commercial";
const CONF = "topic.confidential_business";
const SEC = "topic.security";
const CONCERN = "topic.raising_concerns";
const AWAY = "topic.away_from_home";
const DISCL = "account.disclaimer_missing";
const BRAND = "account.brand_in_handle";
const NHSMAIL = "account.nhs_email";
const LOGO = "account.logo_use";
const CONSENT = "media.consent_missing";
const TAG = "media.tagging";
const LEN = "platform.length";
const LINK = "platform.link_missing";

// ---------------------------------------------------------------- pii.nhs_number
P(
  [NHS, CLIN],
  "Can someone on the late shift chase the CT report for {NHS_S}? Family keep ringing the ward.",
  {
    platform: "x",
    note: "valid NHS number with care detail",
  },
);
P([NHS, CLIN], "NHS no {NHS_H} — bloods haemolysed AGAIN. third time this week 🙄", {
  platform: "x",
  account: per("@nightowl_rn", "Nurse. Views my own."),
  note: "NHS number, hyphenated, with bloods",
});
P(NHS, "My NHS number is {NHS_U} and the app still says it can't find me. Anyone else?? #NHSApp", {
  platform: "x",
  account: per("@leanne_k_77", "Mum. Baker.", false),
  note: "own NHS number, unspaced",
});
P(NHS, "keep forgetting it so posting here lol: nhs number {NHS_S}", {
  platform: "bluesky",
  note: "own NHS number, lower case label",
});
P([NHS, CLIN], "Handover for nights: {NHS_S}, bay 4, nil by mouth from midnight for theatre first thing.", {
  platform: "whatsapp",
  note: "NHS number at start, handover detail",
});
P([NHS, CLIN], "RE: the patient with NHS number {NHS_U} — did pharmacy ever send up the TTOs?", {
  platform: "x",
  note: "NHS number, medication",
});
P(
  [NHS, CLIN],
  "Anyone know why PAS won't let me book {NHS_H} into Thursday's diabetes clinic?? Tried three times #NHSIT",
  { platform: "x", note: "NHS number and clinic booking" },
);
P(
  [NHS, CLIN],
  "My mum's NHS number is {NHS_S} and she has been waiting 9 weeks for her cardiology letter. Can anyone at the hospital help please?",
  { platform: "facebook", account: per("@gary.hollis", "", false), note: "relative posts NHS number + care" },
);
P([NHS, CLIN], "{NHS_U} 👈 this lovely gentleman went home today after six weeks with us. Bittersweet!", {
  platform: "instagram",
  note: "NHS number at very start",
});
P(NHS, "Is the training patient on the new system {NHS_S}, or is that a real one? 😬", {
  platform: "x",
  note: "any valid NHS number is treated as real",
});
P(
  [NHS, CLIN],
  "nhs number:{NHS_U} date of referral 03/02/2026 urgent 2ww — can the booking team ring her back",
  { platform: "other", note: "no space after colon; referral date is not a DOB" },
);
P(
  [NHS, CLIN],
  "Huge thanks to the lovely lady (NHS No. {NHS_H}) who brought the whole team chocolates after her hip replacement. You made our week!",
  {
    platform: "facebook",
    account: off("@RWTHospitals"),
    note: "official account, NHS number in parentheses",
  },
);
P(
  NHS,
  "Data quality matters: in this month's audit the same record, {NHS_S}, turned up twice with different addresses. Duplicate records are a real safety risk. #DigitalHealth",
  {
    platform: "linkedin",
    account: per("Ioana Popescu", "Clinical informatician. Opinions mine."),
    note: "NHS number in data-quality post",
  },
);
P([NHS, CLIN], "NHS No {NHS_S} – DNACPR form not found in the notes, please escalate to the reg", {
  platform: "whatsapp",
  note: "NHS number + resus status",
});
P(
  NHS,
  "Why is it that every time I ring 111 they ask for my NHS number ({NHS_H}) and then ask for it again five minutes later?",
  { platform: "bluesky", note: "own NHS number; 111 is not a finding" },
);

// ---------------------------------------------------------------- pii.nino
P(
  NINO,
  "Payroll have my NI number wrong AGAIN. It's JT 48 39 20 B, not whatever they've got. Three months of emergency tax 😡",
  {
    platform: "x",
    note: "own NINO, spaced pairs",
  },
);
P(NINO, "Can anyone help my dad with his pension form? NI: AB123456C. The website keeps timing out.", {
  platform: "facebook",
  note: "NINO unspaced",
});
P(NINO, "service user's NI number is ne 77 31 09 a, benefits team need it by friday", {
  platform: "whatsapp",
  note: "NINO lower case",
});
P(
  NINO,
  "PR-62-18-44-D — that's the National Insurance number on the form someone left in the lift. Handed in at main reception.",
  {
    platform: "x",
    note: "NINO hyphenated",
  },
);
P(NINO, "First payslip as a qualified nurse!!! 🎉 (blurred my name but not my NI no. KL 906213 A oops)", {
  platform: "instagram",
  account: per("@kez.qualified", "Newly qualified nurse 💙 views my own"),
  note: "NINO mixed spacing",
});
P(NINO, "Tax code finally sorted. For anyone in HR reading this: NINO WM310785C, please update my record.", {
  platform: "x",
  note: "NINO labelled NINO",
});
P(
  NINO,
  "Please don't share your national insurance number with us on social media — an applicant posted HX 48 22 06 B on our page today. We've hidden the comment, but protect your data!",
  {
    platform: "facebook",
    account: off("@TEWVCareers"),
    note: "official account repeats the NINO it warns about",
  },
);
P(NINO, "Locum agency keeps asking, so here: ni no. se112279d. Now can I get paid?", {
  platform: "x",
  note: "NINO lower case, no spaces",
});
P(NINO, "Patient's wife read his NI number out across the whole waiting room: CE 64 08 13 A. Cringe.", {
  platform: "bluesky",
  note: "NINO at end",
});
P(
  NINO,
  "Lost purse near the hospital car park — it has my bank cards and a letter with my NI number (RY 27 45 90 B) on it. Please message me if found!",
  { platform: "facebook", note: "NINO in parentheses" },
);
P(NINO, "can u put me down for the bank shift, NI TL 55 81 36 C, staff no 448213", {
  platform: "whatsapp",
  note: "NINO with staff number",
});
P(NINO, "pov: you memorised your national insurance number (MA 02 94 67 D) but not your locker code", {
  platform: "tiktok",
  note: "NINO in joke",
});
P(NINO, "National Insurance: EP 38 71 25 C — sorry for posting here, the pension portal is down", {
  platform: "x",
  note: "NINO after label",
});

// ---------------------------------------------------------------- pii.postcode
P(
  [PC, ADDR],
  "Happy retirement Jean! If anyone wants to send a card her new address is 7 Heather Way, HA5 3XZ 💐",
  {
    platform: "facebook",
    note: "colleague's home address and postcode",
  },
);
P([PC, CLIN], "Our regular from DL1 4PQ is back in again this week, third admission since October 🙄", {
  platform: "x",
  note: "postcode identifies a patient",
});
P(
  [PC, CLIN],
  "Dropping a food parcel to a service user in SS2 6LT after my visit tonight, anyone on that side of town fancy coming?",
  {
    platform: "whatsapp",
    note: "service user's postcode",
  },
);
P(PC, "If my neighbour at M21 7QA blocks my drive one more time I'm calling the council", {
  platform: "x",
  note: "postcode tied to a person",
});
P(PC, "LOST: black cat, answers to Miso. Please bring her back to Aleksandra at WV6 8RF 🐈", {
  platform: "facebook",
  note: "own postcode with name",
});
P([PC, CLIN], "home visit list tmrw: UB10 9JW 9am, CO15 5AB 11am, LS6 2QT 2pm — leg dressings at all three", {
  platform: "whatsapp",
  note: "several patients' postcodes",
});
P([PC, CLIN], "Patient discharged to CO4 5TR with no package of care. This is how readmissions happen.", {
  platform: "x",
  note: "postcode plus discharge",
});
P(PC, "Moving day!! New flat keys 🔑 B15 2TH — housewarming Saturday, everyone welcome", {
  platform: "instagram",
  note: "own postcode, lower risk but still personal",
});
P(
  [PC, ABUSE],
  "The man who screamed at our receptionist today lives at M14 6PL. Just saying. Pay him a visit.",
  {
    platform: "x",
    note: "doxxing + intimidation",
  },
);
P(
  PC,
  "Colleague's car broken into outside her house in ts5 6ah last night. Second time this month. Anyone seen anything?",
  {
    platform: "bluesky",
    note: "lower-case postcode",
  },
);
P(
  PC,
  "Little fundraiser Mia (age 7) from NE29 0SF raised £340 for the children's ward by selling her drawings!",
  { platform: "facebook", account: off("@CMFTCharity"), note: "child's postcode on official account" },
);
P([PC, CLIN], "Crew went to SR4 7TP for a 94 year old fall, she'd been on the floor seven hours", {
  platform: "x",
  note: "postcode of patient's home",
});

// ---------------------------------------------------------------- pii.date_of_birth
P([DOB, CLIN], "DOB 14/09/1947 — the gentleman in bay 6 has no ID band, can nights sort it please", {
  platform: "whatsapp",
  note: "DOB + bay",
});
P(
  [DOB, NAME, CLIN],
  "Happy 100th birthday to Winifred Ashby on Larch Ward, born 2nd May 1926 and still beating us all at dominoes! 🎂",
  { platform: "facebook", account: off("@EPUTNHS"), note: "official account; patient name, DOB, ward" },
);
P(DOB, "my date of birth is 29/02/1996 and the e-roster thinks I don't exist in non-leap years 😂", {
  platform: "x",
  account: per("@leapday_lou", "Theatre nurse, views my own"),
  note: "own DOB",
});
P(
  [DOB, CLIN],
  "Patient born 03.11.58 found wandering in the car park, now in ED. Anyone missing a relative?",
  {
    platform: "facebook",
    note: "dotted DOB",
  },
);
P(DOB, "It's Bilal's birthday! Born 17 Aug 1995, officially ancient now. Cake in the staff room 🎉", {
  platform: "instagram",
  note: "colleague's DOB",
});
P([DOB, CLIN], "d.o.b. 1962-07-21, female, query sepsis — bed 12 needs a senior review ASAP", {
  platform: "whatsapp",
  note: "ISO DOB",
});
P(
  [DOB, CLIN],
  "Baby girl born 09:42 on 18/11/2026 in our birth centre to a very brave mum from Canvey, weighing 7lb 2oz 💕",
  { platform: "facebook", note: "birth date + birth details" },
);
P([DOB, CLIN], "The lady born on 1 January 1930 who came to outpatients today told me the best stories.", {
  platform: "bluesky",
  note: "DOB written out",
});
P(DOB, "Date of birth: 05/05/1985. Sent my bank info by DM as asked.", {
  platform: "x",
  note: "labelled DOB",
});
P(
  DOB,
  "Celebrating my colleague Ama Owusu-Darko (born 12 March 1961) on 40 years of service at the trust! What a career.",
  { platform: "linkedin", account: per("Grace Boateng", "Matron. Views are my own."), note: "staff DOB" },
);
P(
  [DOB, NAME, CLIN],
  "Twins born 4th & 5th June 2026 (either side of midnight!) to the Kowalski family went home from NICU today 🥹",
  { platform: "instagram", note: "birth dates + family name + NICU" },
);
P(
  [DOB, CLIN, CONSENT],
  "DOB 7/1/39, fractured hip, no next of kin details. Anyone recognise him? Photo attached",
  {
    platform: "facebook",
    media: [img(true, false)],
    note: "DOB + patient photo",
  },
);
P(
  [DOB, NAME, CLIN],
  "Mrs Achebe in side room 2 turns 95 today — born 24/11/1931! The whole ward sang to her",
  {
    platform: "x",
    note: "named patient DOB",
  },
);

// ---------------------------------------------------------------- pii.phone
P(PHONE, "If anyone wants to swap my Saturday late, text me on 07700 900461", {
  platform: "x",
  note: "personal mobile",
});
P(
  PHONE,
  "Patient's son asked us to call back on 07700900187 but he's not answering, anyone got another number?",
  {
    platform: "whatsapp",
    note: "relative's mobile, unspaced",
  },
);
P(PHONE, "Selling my old uniform bundle, size 12, £20. Ring or WhatsApp Nadia 07700 900 532", {
  platform: "facebook",
  note: "mobile in 5-3-3",
});
P(
  PHONE,
  "+44 7700 900 218 — that's the bloke who's been ringing the ward pretending to be a relative. Don't pick up.",
  {
    platform: "x",
    note: "international format",
  },
);
P(
  PHONE,
  "Our wonderful volunteer Bernard is starting a walking group for patients' families — call him on (07700) 900 744!",
  {
    platform: "facebook",
    account: off("@THHNHSFT"),
    note: "official account posts a volunteer's mobile",
  },
);
P(PHONE, "Lost my phone at the staff do 😭 if found please call my partner on 07700-900-903", {
  platform: "instagram",
  note: "hyphenated mobile",
});
P([PHONE, COMM], "Nail appointments this weekend, 20% off for NHS staff 💅 book on 07700 900 316", {
  platform: "instagram",
  note: "mobile + selling",
});
P(
  [PHONE, NAME, CLIN],
  "Mrs Dlamini's husband's mobile is 07700 900 055 if the night team need him — she's deteriorating",
  { platform: "bluesky", note: "named patient + relative's phone" },
);
P(PHONE, "my new number 07700 900 671, delete the old one x", { platform: "whatsapp", note: "own number" });
P(PHONE, "Anyone want to lift share from Coventry to New Cross? I start at 7:30. Call 07700 900 829", {
  platform: "x",
  note: "own mobile at end",
});
P(PHONE, "Contact the ward manager on her personal mobile, 07700900394, the ward phone's broken", {
  platform: "whatsapp",
  note: "colleague's personal mobile",
});
P(PHONE, "call me 07700 900 120 if u wanna join our hospital netball team 🏐 all staff welcome!!", {
  platform: "tiktok",
  note: "lower-case casual",
});
P(
  [PHONE, NAME, CLIN],
  "Mrs Ferreira's home landline is 0161 496 0734 — can someone ring her daughter and say visiting on Ward 4 is cancelled",
  { platform: "whatsapp", note: "landline of a patient" },
);
P(
  PHONE,
  "I started this blog to talk about life as a student midwife. If you're thinking about the course and want a chat, you can reach me on my mobile, 07700 900 977, most evenings.",
  {
    platform: "blog",
    account: per("student-midwife-diaries", "Student midwife. All views my own."),
    note: "blog with own mobile",
  },
);

// ---------------------------------------------------------------- pii.email
P(EMAIL, "Send your bake sale orders to my personal email jo.whitfield84@gmail.com 🍰", {
  platform: "facebook",
  note: "personal gmail",
});
P(EMAIL, "Patient's daughter said to email updates to sarah.k.m@hotmail.co.uk — is that even allowed?", {
  platform: "x",
  note: "relative's email",
});
P(
  EMAIL,
  "The man harassing our receptionists emails from darren.pike1977@yahoo.com, block him if he contacts you",
  {
    platform: "facebook",
    note: "third party email",
  },
);
P(EMAIL, "FYI my new email is tomasz_nowak@outlook.com, the old one got hacked", {
  platform: "whatsapp",
  note: "own email",
});
P(EMAIL, "Organising the ward reunion! Email me: ifeoma.obi@icloud.com ✨", {
  platform: "instagram",
  note: "icloud",
});
P(
  EMAIL,
  "We've been trying to reach our raffle winner Mrs Ellis on ellisfamily@sky.com — Mrs Ellis, please check your inbox!",
  {
    platform: "facebook",
    account: off("@RWTCharity"),
    note: "official account posts a member of the public's email",
  },
);
P(
  [EMAIL, CLIN],
  "Mum's email is Margaret.Hughes55@Gmail.com if the clinic could send her appointment letter, she's housebound",
  {
    platform: "x",
    note: "mixed-case email + housebound",
  },
);
P(EMAIL, "Looking for a new role in health informatics — contact me directly at priyaraman.dev@proton.me", {
  platform: "linkedin",
  account: per("Priya Raman", "Analyst. Views my own."),
  note: "own personal email",
});
P(EMAIL, "Service user asked me to add him: jay.r.bloggs@gmail.com. Not doing that am I", {
  platform: "whatsapp",
  note: "service user's email",
});
P(EMAIL, "anyone selling 2 tickets for the hospital ball? email kez_m@live.co.uk", {
  platform: "x",
  note: "lower case",
});
P([EMAIL, COMM], "Email dr.amina.yusuf.private@gmail.com for private consultations, no waiting list", {
  platform: "bluesky",
  note: "private practice email",
});

// ---------------------------------------------------------------- pii.address
P(
  [ADDR, CLIN],
  "Patient lives at 22 Alder Grove and has had no heating for a week — social services please!!",
  {
    platform: "x",
    note: "patient's street address",
  },
);
P(ADDR, "Flat 4, 19 Victoria Road — that's where the bloke who threatened us lives. Staff be careful.", {
  platform: "facebook",
  note: "flat number address",
});
P(ADDR, "Party at mine Saturday! 31 Kingfisher Drive, bring a bottle 🍾", {
  platform: "instagram",
  note: "own address",
});
P(
  ADDR,
  "Dropping the leaving gift at Anita's house, 8 Orchard Lane, Brentwood, if anyone wants to sign the card first",
  {
    platform: "whatsapp",
    note: "colleague's address",
  },
);
P(
  [ADDR, CLIN],
  "District nurse run today: 14 Cedar Court, then 3 Mill Street, then 57 Sandringham Avenue. Long one!",
  {
    platform: "x",
    note: "patients' addresses",
  },
);
P(
  [ADDR, CLIN],
  "The lady at 102 Station Road rings 999 every night, surely the crisis team can do something",
  {
    platform: "facebook",
    note: "address + mental health",
  },
);
P(ADDR, "new house who dis 🏡 12 rowan close, finally on the ladder!!", {
  platform: "tiktok",
  note: "lower-case address",
});
P(
  [ADDR, CLIN],
  "Could whoever keeps parking across 6 Beech Crescent please stop, my elderly patient can't get her wheelchair out",
  {
    platform: "x",
    note: "patient's address",
  },
);
P(
  ADDR,
  "Thank you to the Hussain family of 45 Greenbank Street for their generous donation to our neonatal unit 💙",
  {
    platform: "facebook",
    account: off("@MFTCharity"),
    note: "official account posts donors' address",
  },
);
P(ADDR, "Moving to 27b Warwick Terrace next week, send any post there xx", {
  platform: "facebook",
  note: "own address",
});
P(ADDR, "For the secret santa: parcels to me at 9 The Paddocks, Great Ayton please, I'll hand them out", {
  platform: "whatsapp",
  note: "own address, named street",
});

// ---------------------------------------------------------------- pii.person_name
P(
  [NAME, CLIN],
  "Lovely chat with Mr Adewale Okonkwo on Ward 7 this morning, he's doing so much better since his surgery",
  {
    platform: "x",
    note: "named patient on ward",
  },
);
P([NAME, CLIN], "Doreen Pritchard in bed 3 keeps asking for her cat. Anyone got a cat we can borrow? 😂", {
  platform: "facebook",
  note: "named patient with bed",
});
P([NAME, CLIN], "Big shout out to our service user Kieran Walsh for finishing his recovery course today!", {
  platform: "x",
  account: off("@TEWV"),
  note: "official account names a service user without stated consent",
});
P(NAME, "Heard Dr Farah Siddiqui has been suspended pending an investigation. Shocking.", {
  platform: "x",
  note: "named staff in confidential HR context",
});
P(NAME, "Staff nurse Ciara Doyle is off with stress again, hence our staffing tonight", {
  platform: "whatsapp",
  note: "named staff sickness",
});
P([NAME, CLIN], "Poor Mr Haddad, third admission this month for his COPD", {
  platform: "bluesky",
  note: "surname + condition",
});
P(
  [NAME, CLIN],
  "RIP Albert Grimshaw, our longest-serving patient on Rosewood. Thinking of his family today 💔",
  {
    platform: "facebook",
    note: "named deceased patient",
  },
);
P(
  [NAME, CLIN],
  "Visiting Gita Bhattacharya in ICU later — she's one of our patients and a friend. Sending love",
  {
    platform: "instagram",
    note: "named patient in ICU",
  },
);
P(NAME, "Just found out Tom Ferris from estates failed his drugs test. Wow.", {
  platform: "x",
  note: "named staff, confidential",
});
P([NAME, CLIN, CONSENT], "Cheeky selfie with my fave patient Bob Whitaker before his discharge 😍", {
  platform: "instagram",
  media: [img(true, false)],
  note: "named patient + photo no consent",
});
P([NAME, CLIN], "mrs chen (lin chen, bay 2) refused her meds again, can the day team try", {
  platform: "whatsapp",
  note: "lower-case name",
});
P([NAME, CLIN], "Service user Marcus Bellamy has gone AWOL from the unit again, police informed", {
  platform: "x",
  note: "named service user absconded",
});
P([NAME, CONF], "HR meeting about Oluwaseun Bakare's grievance is Monday, should be interesting 👀", {
  platform: "x",
  note: "named staff grievance",
});

// ---------------------------------------------------------------- clinical.patient_information
P(CLIN, "The man in bed 14 on Ward 22 with the leg amputation asked me to marry him today 😂", {
  platform: "x",
  note: "bed + ward + condition",
});
P(CLIN, "Just admitted a 16 year old overdose from the school down the road, third this month", {
  platform: "facebook",
  note: "age + school + overdose",
});
P(
  CLIN,
  "A certain striker from the local club came into A&E last night with a broken ankle. Won't say who but you'll read it in the papers 😉",
  {
    platform: "x",
    note: "identifiable public figure",
  },
);
P(CLIN, "Side room 4 on Elm Ward is MRSA positive, gown up please", {
  platform: "whatsapp",
  note: "room + infection",
});
P(CLIN, "Youngest ever patient on our stroke unit today — a 29-year-old primary teacher from Wickford", {
  platform: "bluesky",
  note: "age, job, town",
});
P(CLIN, "Local councillor's wife in for her chemo today, lovely lady", {
  platform: "x",
  note: "identifiable via relation",
});
P(CLIN, "pregnant 15yo in triage AGAIN, same girl as last week. safeguarding anyone??", {
  platform: "x",
  note: "repeat attender",
});
P(CLIN, "Bed 7 in CCU is the guy from this week's viral video. Small world.", {
  platform: "x",
  note: "identifiable by fame",
});
P(CLIN, "Delivered the vicar of St Mary's baby this morning 👶", {
  platform: "facebook",
  note: "identifiable by role",
});
P(CLIN, "Did a mental health assessment on the receptionist from my own GP surgery today. Awkward!", {
  platform: "x",
  note: "identifiable via workplace",
});
P(
  CLIN,
  "Our 101-year-old on Ward 9 (ex-RAF, the one who was in the paper last year) is going home tomorrow!",
  {
    platform: "facebook",
    note: "identifiable by story",
  },
);
P(CLIN, "storytime: the patient in cubicle 3 tonight with something stuck where it really shouldn't be 💀", {
  platform: "tiktok",
  note: "cubicle + presentation",
});
P(
  CLIN,
  "Four of the lads from the Eston rugby team came in together with food poisoning after the club dinner",
  {
    platform: "x",
    note: "identifiable group",
  },
);

// ---------------------------------------------------------------- language.profanity
P(PROF, "What a fucking night. No breaks, no food, no tea.", { platform: "x", note: "f-word" });
P(PROF, "This rota is absolute shite. Who signed this off?", {
  platform: "x",
  account: per("@bex_odp", "ODP. Views my own."),
  note: "shite",
});
P(PROF, "F*cking printers. Every. Single. Day.", { platform: "bluesky", note: "masked f-word" });
P(PROF, "Bollocks to the new parking charges, I'm getting the bus", {
  platform: "facebook",
  note: "bollocks at start",
});
P(PROF, "holy sh!t the canteen finally has a proper coffee machine ☕", {
  platform: "x",
  note: "obfuscated",
});
P(PROF, "Well and truly pissed off that my annual leave got rejected again", {
  platform: "facebook",
  note: "pissed off",
});
P(PROF, "WTF is going on with the IT today, four hours down and counting", {
  platform: "x",
  note: "acronym",
});
P(PROF, "Some arsehole has nicked my lunch from the staff fridge AGAIN", {
  platform: "facebook",
  note: "arsehole, untargeted",
});
P(PROF, "Crap day. Bed. Wine.", { platform: "instagram", note: "mild" });
P(PROF, "absolute c*nt of a shift, never again", { platform: "whatsapp", note: "masked c-word" });
P(PROF, "s h i t storm in ED tonight, stay safe everyone", { platform: "x", note: "spaced letters" });
P(PROF, "This is BULLSHIT. Twelve hours and not one cup of tea.", { platform: "tiktok", note: "upper case" });
P(PROF, "Piss-poor signage in the new car park, took me 20 mins to find the exit", {
  platform: "bluesky",
  note: "hyphenated",
});

// ---------------------------------------------------------------- language.discriminatory
P(DISC, "Half the new nurses can't even speak proper English. Send them back where they came from.", {
  platform: "x",
  note: "race/nationality",
});
P(DISC, "Never let a woman do your surgery, just saying", { platform: "x", note: "sex" });
P(DISC, "Why do we keep hiring disabled people who can't pull their weight?", {
  platform: "facebook",
  note: "disability",
});
P(DISC, "Another trans 'woman' demanding a bed on the female ward. Not on my shift.", {
  platform: "x",
  note: "gender reassignment",
});
P(DISC, "Old people bed-blocking again. They should just stay at home and die quietly.", {
  platform: "facebook",
  note: "age",
});
P(DISC, "The pikeys from the site are back in A&E nicking everything", {
  platform: "x",
  note: "Traveller slur",
});
P(DISC, "Muslims always want special treatment on the ward, sick of it", {
  platform: "bluesky",
  note: "religion",
});
P(
  DISC,
  "Colleague pregnant AGAIN. Another year of covering for her. Shouldn't be allowed to hire women her age.",
  {
    platform: "facebook",
    note: "pregnancy/sex",
  },
);
P(DISC, "That gay doctor on paeds shouldn't be allowed near kids", {
  platform: "x",
  note: "sexual orientation",
});
P(DISC, "Why are the mental health lot always such retards", {
  platform: "whatsapp",
  note: "disability slur",
});
P(DISC, "Eastern Europeans on the bank staff are all lazy, every last one", {
  platform: "x",
  note: "national origin",
});
P(DISC, "Had another patient refuse a black nurse today and honestly? Can't blame him.", {
  platform: "facebook",
  note: "race",
});

// ---------------------------------------------------------------- language.abusive
P(ABUSE, "@NightManagerKaz you are a useless waste of oxygen and everyone on the ward hates you", {
  platform: "x",
  note: "targeted insult",
});
P(ABUSE, "Whoever keyed my car in the staff car park: I know who you are and you WILL regret it", {
  platform: "facebook",
  note: "threat",
});
P(ABUSE, "The consultant on Ward 10 is a pathetic bully and a joke of a doctor", {
  platform: "x",
  note: "insult of staff",
});
P(ABUSE, "Next patient who spits at me is getting decked. I'm done.", {
  platform: "x",
  note: "threat of violence",
});
P(ABUSE, "To the relative who complained about me today: crawl back under your rock, you vile woman", {
  platform: "facebook",
  note: "abuse of public",
});
P(ABUSE, "Our new manager is thick as mince. Seriously, how did she get the job", {
  platform: "x",
  note: "insult",
});
P(ABUSE, "Let's make sure the new starter on Ward 5 knows she's not welcome 😈 freeze her out", {
  platform: "whatsapp",
  note: "bullying",
});
P(ABUSE, "@RegistrarRob better watch your back in the car park tonight", {
  platform: "x",
  note: "intimidation",
});
P(ABUSE, "Whoever reported me, I hope you rot", { platform: "bluesky", note: "hostility" });
P(ABUSE, "The porters here are idiots, every single one of them", {
  platform: "facebook",
  note: "group insult",
});
P(ABUSE, "Jenny from finance is a lying two-faced cow", { platform: "x", note: "named colleague insult" });
P(ABUSE, "Patients like you are why nurses quit. Selfish, entitled scum.", {
  platform: "x",
  note: "insult of patient",
});

// ---------------------------------------------------------------- topic.political
P(POL, "Vote Labour on Thursday if you care about the NHS 🌹", { platform: "x", note: "party support" });
P(POL, "The Tories have destroyed this health service. Never again.", {
  platform: "x",
  account: per("@ward6sister", "Sister. Own views."),
  note: "party attack",
});
P(POL, "Reform UK are the only ones talking sense on immigration", {
  platform: "facebook",
  note: "party support",
});
P(POL, "Sign the petition to stop the Conservatives privatising our hospitals!", {
  platform: "x",
  note: "campaign",
});
P(POL, "Proud to be out canvassing for the Lib Dems this weekend — orange rosette on 🧡", {
  platform: "instagram",
  note: "canvassing",
});
P(POL, "The Health Secretary should resign. Today.", { platform: "bluesky", note: "politician" });
P(POL, "Green Party manifesto has the best mental health pledges by miles", {
  platform: "x",
  note: "party support",
});
P(POL, "Join us on the march against the government's NHS cuts, Saturday 11am outside the town hall", {
  platform: "facebook",
  note: "political campaign",
});
P(POL, "Our MP voted against the nurses' pay rise. Remember that at the ballot box.", {
  platform: "x",
  note: "MP + election",
});
P(
  POL,
  "Why I'm standing as a Labour council candidate in May — and what it means for health and care in our town.",
  {
    platform: "linkedin",
    account: per("Olumide Adeyemi", "Nurse consultant. Views my own."),
    note: "candidate",
  },
);
P(POL, "can't believe anyone would vote conservative after 14 years of waiting lists", {
  platform: "x",
  note: "lower case",
});
P(POL, "The Prime Minister's so-called NHS plan is smoke and mirrors. #GeneralElection", {
  platform: "bluesky",
  note: "PM",
});

// ---------------------------------------------------------------- topic.legal_matter
P(LEGAL, "The inquest into the death on our ward starts tomorrow. Honestly, the family have a point.", {
  platform: "x",
  note: "inquest",
});
P(LEGAL, "Employment tribunal for my colleague next week — the trust is going to lose this one", {
  platform: "facebook",
  note: "tribunal",
});
P(
  LEGAL,
  "Police are still investigating what happened in the hospital car park last month. I know more than I can say 🤐",
  {
    platform: "x",
    note: "police investigation",
  },
);
P(LEGAL, "So the trust is being sued over the maternity cases. Not surprised.", {
  platform: "x",
  note: "lawsuit",
});
P(LEGAL, "Coroner's findings on the unit out today. Read between the lines.", {
  platform: "bluesky",
  note: "coroner",
});
P(LEGAL, "Giving evidence at the tribunal on Friday against my old manager, wish me luck", {
  platform: "x",
  note: "tribunal",
});
P(LEGAL, "The CQC prosecution of our trust is all over the news. Here's what really happened:", {
  platform: "facebook",
  note: "prosecution",
});
P(LEGAL, "Anyone else been interviewed by police about the missing drugs from theatres?", {
  platform: "whatsapp",
  note: "police",
});
P(LEGAL, "The clinical negligence claim against us has settled. Can't say how much 😉", {
  platform: "x",
  note: "claim",
});
P(
  LEGAL,
  "Judicial review of the trust's decision to close the birth centre — hearing's next month and I really hope the campaigners win",
  {
    platform: "facebook",
    note: "judicial review",
  },
);
P(LEGAL, "court case about the nurse assaulted in our ED starts this week. hope he gets what's coming", {
  platform: "x",
  note: "criminal trial",
});

// ---------------------------------------------------------------- topic.emergency_incident
P(
  EMERG,
  "Fire alarm going off and smoke pouring out of the pharmacy block right now, we're all stood outside",
  {
    platform: "x",
    note: "live fire",
  },
);
P(EMERG, "Major incident declared at the hospital, all hands on deck, can't say more", {
  platform: "facebook",
  note: "major incident",
});
P(EMERG, "Flooding on level 2!! Theatres closed, water coming through the ceiling 😱", {
  platform: "instagram",
  note: "flood",
});
P(EMERG, "We're in lockdown at the unit right now, someone has a knife", { platform: "x", note: "attack" });
P(EMERG, "Power cut across the whole site, generators kicking in, ITU on backup", {
  platform: "x",
  note: "power failure",
});
P(EMERG, "Police everywhere outside A&E, we've been told to stay inside", {
  platform: "bluesky",
  note: "police incident",
});
P(EMERG, "Coach crash on the M6 — we've been told to expect 20+ casualties any minute", {
  platform: "x",
  note: "mass casualty",
});
P(EMERG, "Massive bang near the hospital, the windows in outpatients shook. What's going on??", {
  platform: "facebook",
  note: "explosion",
});
P(EMERG, "cyber attack here, every system down, paper notes everywhere right now", {
  platform: "x",
  note: "cyber incident",
});
P(
  EMERG,
  "Part of the roof in the old wing collapsed this morning. No one hurt but the ward's been evacuated.",
  {
    platform: "x",
    note: "structural",
  },
);
P(EMERG, "CBRN alert at the front door, decontam tent going up", { platform: "whatsapp", note: "CBRN" });

// ---------------------------------------------------------------- topic.trust_performance
P(PERF, "Our A&E is a disgrace. 14-hour waits and the board still hands out bonuses.", {
  platform: "x",
  account: per("@ed_nurse_tash", "ED nurse. Views my own."),
  note: "performance, personal",
});
P([PERF, CONF], "Heard the trust is £40m in the red and they're cutting band 6 posts", {
  platform: "facebook",
  note: "finances + unannounced cuts",
});
P(PERF, "We missed every single cancer target this quarter. Again.", { platform: "x", note: "targets" });
P(PERF, "RTT waits here are the worst in the region, no wonder patients are furious", {
  platform: "bluesky",
  note: "waits",
});
P(PERF, "CQC rated us 'requires improvement' and honestly they were being generous", {
  platform: "x",
  note: "rating",
});
P(PERF, "Eleven ambulances queued outside tonight, handover delays over four hours", {
  platform: "x",
  note: "handover delays",
});
P(PERF, "Trust finances are a shambles, agency spend is through the roof", {
  platform: "facebook",
  note: "finances",
});
P(PERF, "4-hour target? We hit 58% last week lol", { platform: "x", note: "figures from staff" });
P(PERF, "The waiting list for ADHD assessments here is three years. THREE YEARS.", {
  platform: "tiktok",
  note: "waiting list",
});
P(PERF, "Our sickness absence rate is the highest it's ever been and management don't care", {
  platform: "linkedin",
  account: per("Ravi Chandran", "Service manager. Views my own."),
  note: "workforce performance",
});
P(PERF, "Board papers show we'll miss the elective recovery target by a mile", {
  platform: "x",
  note: "targets",
});

// ---------------------------------------------------------------- topic.medical_advice
P(
  ADVICE,
  "If you've missed a dose of warfarin just take a double dose tomorrow, that's what I tell my patients",
  {
    platform: "facebook",
    note: "individual dosing advice",
  },
);
P(ADVICE, "DM me your rash pics and I'll tell you if it's shingles 👍", {
  platform: "x",
  note: "diagnosis by DM",
});
P(ADVICE, "@sophie_m honestly you don't need antibiotics for that, gargle salt water — nurse's orders", {
  platform: "x",
  note: "reply with advice",
});
P(ADVICE, "@Jess_B with those symptoms I'd stop your metformin for a few days", {
  platform: "x",
  note: "medication change",
});
P(ADVICE, "Your baby's temp of 38.5 is fine, no need to call 111, just give her Calpol", {
  platform: "facebook",
  note: "advice incl. 111",
});
P(ADVICE, "Pharmacist here: yes you can take ibuprofen with your blood pressure tablets, don't worry", {
  platform: "bluesky",
  note: "professional advice",
});
P(ADVICE, "Chest pain going down your arm is usually just muscular, try some stretches first", {
  platform: "tiktok",
  note: "dangerous advice",
});
P(ADVICE, "You can come off your antidepressants over two weeks, no need to ask your GP", {
  platform: "x",
  note: "medication advice",
});
P(ADVICE, "sounds like a UTI hun, cranberry juice and you'll be fine, don't waste the GP's time", {
  platform: "facebook",
  note: "comment advice",
});
P(ADVICE, "For your son's asthma, double his blue inhaler and skip the brown one for now", {
  platform: "whatsapp",
  note: "inhaler advice",
});
P(ADVICE, "Physio here — with that knee, do 3x20 squats a day and you won't need the scan", {
  platform: "instagram",
  note: "physio advice",
});

// ---------------------------------------------------------------- topic.commercial
P(
  COMM,
  "These compression socks from StrideWell are the ONLY ones I recommend to my patients. Code NURSEJO15 for 15% off!",
  {
    platform: "instagram",
    note: "discount code + patients",
  },
);
P(COMM, "Use my code NHS20 at FitScrubs for 20% off 💙 #ad", { platform: "tiktok", note: "affiliate" });
P(COMM, "Partnered with GlowVita vitamins — honestly the best thing for your immune system. Link in bio", {
  platform: "instagram",
  note: "sponsored",
});
P(COMM, "Our ward only uses DermaHeal dressings now, the rest are rubbish", {
  platform: "x",
  note: "product bias",
});
P(COMM, "If you're a nurse you NEED the Lumio pen torch, changed my life (gifted)", {
  platform: "tiktok",
  note: "gifted",
});
P(COMM, "Signed up with AgencyPlus — they pay £15/hr more than the bank. DM me for my referral bonus", {
  platform: "x",
  note: "referral bonus",
});
P(
  COMM,
  "Come to my private clinic for faster treatment than you'll get on the NHS. Appointments this week.",
  {
    platform: "facebook",
    note: "private practice",
  },
);
P(
  [COMM, CONF],
  "Big thanks to MediSupply Ltd for the free lunch — they'll definitely be getting the new contract 😉",
  {
    platform: "x",
    note: "supplier bias + contract",
  },
);
P(
  COMM,
  "Best coffee near the hospital? Bean There on Station Road, tell them Amir sent you for a free muffin",
  {
    platform: "x",
    note: "referral",
  },
);
P(COMM, "Selling Herbalife — lost 2 stone, ask me how! Perfect for busy NHS workers 💪", {
  platform: "facebook",
  note: "MLM",
});
P(COMM, "My sister's cleaning company does 10% off for NHS staff — DM me and I'll pass your details on", {
  platform: "instagram",
  note: "undeclared interest",
});
P(
  COMM,
  "As a consultant dermatologist, SkinPure is the only sunscreen I'll ever recommend. Not sponsored* (*they sent me a box)",
  {
    platform: "bluesky",
    note: "professional endorsement",
  },
);

// ---------------------------------------------------------------- topic.confidential_business
P(CONF, "Just seen the board papers — Ward 9 is closing in April. Not announced yet so shhh", {
  platform: "x",
  note: "closure",
});
P(CONF, "We've lost the community nursing contract to a private provider and staff haven't even been told", {
  platform: "facebook",
  note: "contract",
});
P(CONF, "EPR tender is down to two suppliers and the cheaper one is rubbish", {
  platform: "x",
  note: "tender",
});
P(CONF, "Merger with the trust next door is happening, I've seen the draft business case", {
  platform: "x",
  note: "merger",
});
P(CONF, "Restructure consultation starts next week, 30 admin posts going. Not official yet.", {
  platform: "whatsapp",
  note: "restructure",
});
P(CONF, "Internal audit found £2m of missing equipment — that report will never see daylight", {
  platform: "x",
  note: "internal audit",
});
P(CONF, "Our partner care home group is about to go bust, the trust's been told privately", {
  platform: "facebook",
  note: "partner info",
});
P(CONF, "Leaked email says ParkSure won the car parking contract and prices are doubling in January", {
  platform: "x",
  note: "leaked contract",
});
P([CONF, PERF], "The draft CQC report landed on the chief exec's desk today. It's bad.", {
  platform: "x",
  note: "draft report",
});
P(CONF, "Bank pay rates are being cut from January — HR slides attached, not public yet", {
  platform: "facebook",
  note: "HR process",
});
P(CONF, "heads up: procurement said in today's meeting the pharmacy robot supplier is being dropped", {
  platform: "x",
  note: "procurement",
});

// ---------------------------------------------------------------- topic.security
P(SEC, "Door code for the staff room on Ward 4 is 4721 if anyone's forgotten", {
  platform: "facebook",
  note: "door code",
});
P(SEC, "Wifi password for the staff network is Summer2026! btw", { platform: "x", note: "password" });
P(SEC, "Only one security guard on site after midnight — just so you all know", {
  platform: "x",
  note: "security staffing",
});
P(SEC, "CCTV in the pharmacy corridor hasn't worked for months", { platform: "bluesky", note: "CCTV gap" });
P(SEC, "I'm lone working at the Canvey clinic every Friday night, 7pm–7am", {
  platform: "facebook",
  note: "lone working rota",
});
P(SEC, "New keypad code for the drugs room: 1987. Stop asking!", { platform: "whatsapp", note: "keypad" });
P(SEC, "Night rota: only two nurses on Rowan Ward Sat and Sun all month", { platform: "x", note: "rota" });
P(SEC, "The back door by the kitchens never locks properly, you can walk straight in", {
  platform: "x",
  note: "access",
});
P(SEC, "My e-roster login is j.bennett / Password123 if you need to swap my shifts", {
  platform: "whatsapp",
  note: "credentials",
});
P(SEC, "VIP coming in Thursday, police protection arranged through the side entrance at 2pm", {
  platform: "x",
  note: "security arrangement",
});
P(SEC, "Cash from the League of Friends shop gets collected every Tuesday at 3pm from the main entrance", {
  platform: "facebook",
  note: "cash collection",
});
P(SEC, "The pharmacy safe keys are kept in the blue box behind reception", { platform: "x", note: "keys" });

// ---------------------------------------------------------------- topic.raising_concerns
P(
  CONCERN,
  "I've reported unsafe staffing five times and nothing. So I'm saying it here: our ward is not safe.",
  {
    platform: "x",
    note: "going public",
  },
);
P(CONCERN, "Whistleblowing time: my manager is falsifying the audit figures", {
  platform: "x",
  note: "whistleblowing",
});
P(
  [CONCERN, PERF],
  "Patients are being left in corridors for 20 hours here. Someone needs to listen. #SpeakUp",
  {
    platform: "x",
    note: "concern + performance",
  },
);
P(
  CONCERN,
  "The Freedom to Speak Up guardian ignored me so I'm taking this public. Bullying on our unit is rife.",
  {
    platform: "facebook",
    note: "bypassing FTSU",
  },
);
P(CONCERN, "Nobody in management will act on the broken hoist. Tagging @CQCProf so someone does.", {
  platform: "x",
  note: "escalating",
});
P(
  CONCERN,
  "Raised a Datix about expired drugs in the resus trolley 3 weeks ago. Still there. Posting so it gets fixed.",
  {
    platform: "x",
    note: "incident report",
  },
);
P(CONCERN, "I'm going to the press if the trust doesn't sort the mould in the nurses' accommodation", {
  platform: "facebook",
  note: "press threat",
});
P(CONCERN, "HR haven't answered my grievance in four months, so here it is publicly:", {
  platform: "x",
  note: "grievance",
});
P(
  CONCERN,
  "Care home staff are telling us residents are going without food. The trust won't escalate it. I will.",
  {
    platform: "bluesky",
    note: "escalation",
  },
);
P(
  CONCERN,
  "Am I the only one worried agency doctors aren't being checked properly here? Raised it twice internally, nothing.",
  {
    platform: "x",
    note: "concern",
  },
);
P(
  CONCERN,
  "My public concern: night staffing on Elm Ward is 1 nurse to 14 patients. Management, your move.",
  {
    platform: "linkedin",
    account: per("Chidi Nwosu", "Staff nurse. Views are my own."),
    note: "public concern",
  },
);

// ---------------------------------------------------------------- topic.away_from_home
P(AWAY, "Off to Lanzarote for two weeks tomorrow!! House is all yours burglars 😂", {
  platform: "facebook",
  note: "holiday",
});
P(AWAY, "Finally on holiday, 10 days in Thailand, see you all in December", {
  platform: "instagram",
  note: "holiday",
});
P(AWAY, "Whole family's away in Cornwall this week, dog's at my mum's", {
  platform: "facebook",
  note: "family away",
});
P(AWAY, "Leaving the house empty for the first time in years, flight's at 6am ✈️", {
  platform: "x",
  note: "house empty",
});
P(AWAY, "Airport selfie! Two weeks of sun and no night shifts", {
  platform: "instagram",
  media: [img(false, false)],
  note: "airport",
});
P(AWAY, "Spending Christmas at my sister's in Glasgow this year, back on the 2nd", {
  platform: "facebook",
  note: "dates away",
});
P(AWAY, "We're away all half term so no babysitting requests pls 😂", {
  platform: "whatsapp",
  note: "half term",
});
P(AWAY, "Three weeks backpacking in Peru starts NOW 🎒", { platform: "tiktok", note: "travelling" });
P(AWAY, "Can someone feed the cat while I'm in Tenerife? Key's under the mat", {
  platform: "facebook",
  note: "away + key",
});
P(AWAY, "On a cruise until the 18th — no wifi, no work emails, bliss", { platform: "x", note: "cruise" });
P(AWAY, "nobody home at ours till sunday, we're all at the festival 🎶", {
  platform: "x",
  note: "lower case",
});

// ---------------------------------------------------------------- account.disclaimer_missing
P(DISCL, "Proud of my team today — the new discharge lounge opened and it's already making a difference 💙", {
  platform: "x",
  account: per("@SisterAmyB", "Ward sister at New Cross. Mum of 2."),
  note: "employee talks about work, no disclaimer",
});
P(DISCL, "Lovely morning running a sensory group with colleagues. This job is a privilege.", {
  platform: "x",
  account: per("@KwameOT", "Occupational therapist at TEWV. Runner."),
  note: "no disclaimer",
});
P(DISCL, "Night shift done, four babies safely welcomed into the world ✨", {
  platform: "instagram",
  account: per("@rhi.midwife", "Midwife | Hillingdon"),
  note: "no disclaimer",
});
P(
  DISCL,
  "Reflecting on a year of antimicrobial stewardship work in our hospital pharmacy team — here's what we learned and what we'd do differently.",
  {
    platform: "linkedin",
    account: per("Dariusz Kowalski", "Senior Pharmacist at The Royal Wolverhampton NHS Trust"),
    note: "LinkedIn employee, no disclaimer",
  },
);
P(DISCL, "Started my nursing degree apprenticeship through work today!! Can't believe it", {
  platform: "x",
  account: per("@ZainabHCA", "HCA 💙 mental health"),
  note: "no disclaimer",
});
P(DISCL, "Rehab gym at work got a makeover! Our patients are going to love it", {
  platform: "instagram",
  account: per("@hiro.physio", "Physio at Manchester Royal Infirmary"),
  note: "no disclaimer",
});
P(DISCL, "Team away day today — we talked about how to make our wards feel more like home.", {
  platform: "facebook",
  account: per("Marta Silva", "Works at Tees, Esk and Wear Valleys NHS Foundation Trust"),
  note: "no disclaimer",
});
P(DISCL, "First week as an F2 done. Learning so much from my registrar on the respiratory ward.", {
  platform: "bluesky",
  account: per("@ioanap.bsky.social", "Junior doctor, Manchester. Coffee-powered."),
  note: "no disclaimer",
});
P(DISCL, "day in the life of a mental health nurse on an inpatient ward (no patients shown!)", {
  platform: "tiktok",
  account: per("@nurse_ngozi", "Mental health nurse 🧠 NHS"),
  note: "no disclaimer",
});
P(DISCL, "Great shift in resus with an amazing team. This is why I do it.", {
  platform: "x",
  account: per("@EwanMcLeodRN", "Charge nurse, A&E. Dad. Rugby."),
  note: "no disclaimer",
});
P(
  DISCL,
  "Our patient experience team have just finished this year's listening events. Thank you to everyone who took part.",
  {
    platform: "linkedin",
    account: per("Aoife Brennan", "Head of Patient Experience at EPUT"),
    note: "senior staff, no disclaimer",
  },
);
P(DISCL, "Our dietetics team have been sharing healthy lunch ideas in the staff canteen all week 🥗", {
  platform: "x",
  account: per("@LeilaHaddadRD", "Dietitian @RWTHospitals"),
  note: "no disclaimer",
});

// ---------------------------------------------------------------- account.brand_in_handle
P(BRAND, "Sunday roast and a long walk, perfect day off 🌳", {
  platform: "x",
  account: per("@EPUT_NurseJo", "Nurse. Views my own."),
  note: "EPUT in handle",
});
P(BRAND, "Parkrun PB this morning!", {
  platform: "x",
  account: per("@TEWVdad", "Dad, runner, support worker. Personal account, views mine."),
  note: "TEWV in handle",
});
P(BRAND, "Loving the autumn colours on my cycle in this week", {
  platform: "bluesky",
  account: per("@rwt-physio-sam.bsky.social", "Physio. All views my own."),
  note: "RWT in handle",
});
P(BRAND, "Six years qualified today. Still love it.", {
  platform: "x",
  account: per("@HillingdonMidwife", "Views my own"),
  note: "trust place-name brand in handle",
});
P(BRAND, "City win, happy porter 😁", {
  platform: "x",
  account: per("@CMFT_Gaz", "Porter. Opinions mine."),
  note: "CMFT in handle",
});
P(BRAND, "New running shoes, who dis", {
  platform: "instagram",
  account: per("@royalwolverhampton.rn", "RN. Views are my own."),
  note: "full trust name in handle",
});
P(BRAND, "Made lasagne for the first time. 10/10 would eat again", {
  platform: "x",
  account: per("@NHS_Kerry_B", "Nurse, views my own"),
  note: "NHS brand in personal handle",
});
P(BRAND, "Book club pick this month is a good one 📚", {
  platform: "instagram",
  account: per("@tewv.nurse.life", "Personal account — views mine"),
  note: "tewv lower case in handle",
});
P(BRAND, "rainy day = soup day", {
  platform: "x",
  account: per("@eputhca", "HCA. Own views."),
  note: "lower-case abbreviation",
});
P(BRAND, "Congrats to my sister on her graduation today 🎓", {
  platform: "facebook",
  account: per("@THH_Pharmacist", "Pharmacist. Views my own."),
  note: "THH in handle",
});
P(BRAND, "Gym, then a nap. Living the dream", {
  platform: "tiktok",
  account: per("@rwtnhs_kayla", "views my own ✌️"),
  note: "RWT + NHS in handle",
});
P(BRAND, "Autumn baking season has begun 🍂", {
  platform: "instagram",
  account: per("@centralmanchester_radiographer", "Radiographer. Views my own."),
  note: "trust name in handle",
});

// ---------------------------------------------------------------- account.nhs_email
P(NHSMAIL, "Lovely day at the seaside 🌊", {
  platform: "x",
  account: per("@priya_r_rn", "Nurse. Views my own. DMs closed — email priya.raman2@nhs.net"),
  note: "nhs.net in bio as contact",
});
P(NHSMAIL, "For collabs and enquiries: tomos.pritchard@nhs.net 📩", {
  platform: "instagram",
  account: per("@tomos.cooks", "Home cook. Personal account.", false),
  note: "nhs.net in post as contact",
});
P(NHSMAIL, "Open to speaking opportunities on digital health — get in touch!", {
  platform: "linkedin",
  account: per("Olu Adeyemi", "Digital nurse. Views my own. Contact: o.adeyemi@nhs.net"),
  note: "nhs.net in LinkedIn bio",
});
P(NHSMAIL, "Selling my road bike, barely used. Email me at gemma.wright7@nhs.net", {
  platform: "facebook",
  account: per("Gemma Wright", "Nurse. Views my own."),
  note: "nhs.net for personal sale",
});
P(NHSMAIL, "If you want to join my book club drop me a line on my work email k.mensah@nhs.net", {
  platform: "x",
  account: per("@kofi_reads", "Reader. Views my own."),
  note: "work email as personal contact",
});
P(NHSMAIL, "Cupcakes for my niece's birthday 🧁", {
  platform: "instagram",
  account: per("@sues_bakes", "Mum, baker, nurse. Own views. Personal enquiries: sue.hartley@tewv.nhs.uk"),
  note: "trust nhs.uk email in bio",
});
P(NHSMAIL, "Contact me about my podcast at ravi.chandran@nhs.net 🎙️", {
  platform: "x",
  account: per("@ravi_pods", "Podcaster and service manager. Own views."),
  note: "podcast contact",
});
P(NHSMAIL, "cooking, hiking, the odd dance trend", {
  platform: "tiktok",
  account: per("@marta.silva.eats", "💌 marta.silva1@nhs.net · views my own"),
  note: "nhs.net in TikTok bio",
});
P(NHSMAIL, "Reunion for the 2015 nursing cohort! RSVP to declan.murphy4@nhs.net by the end of the month", {
  platform: "facebook",
  account: per("Declan Murphy", "Charge nurse. Views my own."),
  note: "nhs.net for RSVP",
});
P(NHSMAIL, "Snow at last ❄️", {
  platform: "bluesky",
  account: per("@amaradiallo.bsky.social", "GP trainee. Personal account. Contact: amara.diallo@nhs.net"),
  note: "bluesky bio",
});
P(NHSMAIL, "my personal email is dead so use my nhs one for wedding RSVPs: lars.eriksen@nhs.net 💍", {
  platform: "facebook",
  account: per("Lars Eriksen", "Personal page. Views mine."),
  note: "wedding RSVP",
});
P(NHSMAIL, "Best way to reach me about the charity walk is sunita.patel14@NHS.NET", {
  platform: "x",
  account: per("@sunita_walks", "Walking for charity. Views my own."),
  note: "upper-case domain",
});

// ---------------------------------------------------------------- account.logo_use
P(
  LOGO,
  "Made our own unofficial ward Instagram and used the Trust logo as the profile pic, looks legit right? 😎",
  {
    platform: "instagram",
    note: "unofficial account with trust logo",
  },
);
P(LOGO, "Printed the NHS logo on our running vests for the half marathon 🏃‍♀️", {
  platform: "facebook",
  note: "NHS logo on kit",
});
P([LOGO, COMM], "Selling mugs with the NHS logo on, £8 each, DM to order", {
  platform: "facebook",
  note: "logo merchandise",
});
P(
  [LOGO, COMM],
  "Designed a poster for my private yoga classes with the EPUT logo in the corner so people trust it",
  {
    platform: "instagram",
    note: "trust logo for private business",
  },
);
P(LOGO, "Our band's album cover is the NHS logo with a guitar through it 🎸", {
  platform: "x",
  note: "NHS logo artwork",
});
P(LOGO, "Stuck the trust logo on my personal blog header, hope comms don't mind", {
  platform: "blog",
  note: "logo on blog",
});
P(LOGO, "Created a Facebook group 'Ward 12 Staff' with the hospital logo as the banner, come and join!", {
  platform: "facebook",
  note: "group banner",
});
P(LOGO, "Made cake toppers with the blue NHS lozenge for my sister's party", {
  platform: "instagram",
  note: "NHS lozenge",
});
P([LOGO, COMM], "Using the RWT logo on my LinkedIn banner for my freelance consultancy work", {
  platform: "linkedin",
  note: "logo for consultancy",
});
P(LOGO, "Stuck an NHS logo sticker on my car so I get let off parking tickets 😂", {
  platform: "x",
  note: "misuse",
});
P(
  [LOGO, POL],
  "Our petition leaflet against the government's cuts has the trust logo on it so it looks official",
  {
    platform: "facebook",
    note: "logo + campaign",
  },
);
P(LOGO, "Hand-sewed the TEWV logo into bunting for our unofficial fundraising stall", {
  platform: "facebook",
  note: "logo craft",
});

// ---------------------------------------------------------------- media.consent_missing
P(CONSENT, "Night shift crew 💪", {
  platform: "instagram",
  account: per("@nightshift_nat", "HCA. Views my own."),
  media: [img(true, false)],
  note: "staff photo without consent",
});
P(CONSENT, "Christmas jumper day on the ward! 🎄", {
  platform: "facebook",
  account: off("@EPUTNHS"),
  media: [img(true, false)],
  note: "official account, no consent recorded",
});
P(CONSENT, "Look who's back 😂", {
  platform: "x",
  media: [vid(true, false)],
  note: "video of identifiable person",
});
P([CONSENT, CLIN], "Sing-along on the dementia ward this afternoon, so heart-warming", {
  platform: "facebook",
  media: [vid(true, false)],
  note: "patients on video",
});
P(CONSENT, "Team building at the bowling alley!", {
  platform: "facebook",
  media: [img(true, false)],
  note: "colleagues",
});
P(CONSENT, "Caught my colleague napping on her break 😂😂", {
  platform: "tiktok",
  media: [img(true, false)],
  note: "candid",
});
P(CONSENT, "Family fun day at the hospital — look at those faces!", {
  platform: "x",
  account: off("@TEWV"),
  media: [img(true, false), img(false, false)],
  note: "one of two images identifiable",
});
P(CONSENT, "Shoutout to this legend who fixed our coffee machine", {
  platform: "x",
  media: [img(true, false)],
  note: "photo",
});
P(CONSENT, "waiting room selfie while mum's in for her appointment", {
  platform: "instagram",
  media: [img(true, false)],
  note: "others in waiting room",
});
P(CONSENT, "Our ward does the dance trend 💃", {
  platform: "tiktok",
  media: [vid(true, false)],
  note: "dance video",
});
P(CONSENT, "Fiona's leaving do last night 🍹", {
  platform: "facebook",
  media: [img(true, false)],
  note: "social event",
});
P(CONSENT, "Welcoming our new cohort of international nurses at their induction event today", {
  platform: "linkedin",
  account: off("The Royal Wolverhampton NHS Trust"),
  media: [img(true, false)],
  note: "official LinkedIn",
});

// ---------------------------------------------------------------- media.tagging
P(TAG, "Congratulations to our Volunteer of the Year! 🏆", {
  platform: "x",
  account: off("@RWTHospitals"),
  media: [img(true, true, ["@MaryVolunteers"])],
  note: "official tags individual",
});
P(TAG, "Please welcome our new matron for surgery", {
  platform: "x",
  account: off("@THHNHSFT"),
  media: [img(true, true, ["@SarahMatronUK"])],
  note: "official tags staff",
});
P(TAG, "Thank you to everyone who came to our research showcase", {
  platform: "x",
  account: off("@TEWV"),
  media: [img(true, true, ["@dr_li_research", "@ProfOkafor"])],
  note: "two tags",
});
P(TAG, "Fun run finishers! 🏃", {
  platform: "instagram",
  account: off("@eputnhs"),
  media: [img(true, true, ["@runnerjo", "@sam_k"])],
  note: "instagram tags",
});
P(TAG, "Our estates team at this morning's tree planting 🌳", {
  platform: "facebook",
  account: off("@CMFTNHS"),
  media: [img(true, true, ["Tom Hargreaves"])],
  note: "facebook name tag",
});
P(TAG, "Meet the pharmacy team 💊", {
  platform: "instagram",
  account: off("@rwt_nhs"),
  media: [img(true, true, ["@pharm.amy", "@kwame.rx"])],
  note: "tags",
});
P(TAG, "Our Ward 12 team celebrating a year without a pressure ulcer!", {
  platform: "x",
  account: dev("@Ward12RWT", "Ward 12 team, The Royal Wolverhampton NHS Trust"),
  media: [img(true, true, ["@nurse_bella"])],
  note: "devolved account tags individual",
});
P(TAG, "Celebrating our apprentices' graduation today 🎓", {
  platform: "linkedin",
  account: off("Tees, Esk and Wear Valleys NHS Foundation Trust"),
  media: [img(true, true, ["Jade Whitfield"])],
  note: "LinkedIn tag",
});
P(TAG, "Our chaplaincy team's harvest festival service", {
  platform: "x",
  account: off("@EPUTNHS"),
  media: [img(true, true, ["@RevAdeyemi"])],
  note: "tag chaplain",
});
P(TAG, "Inside our new endoscopy unit", {
  platform: "youtube",
  account: off("@MFTNHS"),
  media: [vid(true, true, ["@dr.marsh"])],
  note: "video tag",
});
P(TAG, "Thank you to the Mayor for opening our new sensory garden", {
  platform: "bluesky",
  account: off("@tewv.bsky.social"),
  media: [img(true, true, ["@mayorofwickford.bsky.social"])],
  note: "bluesky tag",
});
P(TAG, "Our physio team trying the latest trend 😂", {
  platform: "tiktok",
  account: dev("@hillingdonphysio", "Physiotherapy team at Hillingdon Hospital"),
  media: [vid(true, true, ["@physio.dan", "@physio.mo"])],
  note: "devolved TikTok tags",
});

// ---------------------------------------------------------------- platform.length
P(
  LEN,
  "This winter our emergency department is busier than ever, and we want to thank every patient for their patience. Please help us help you: use NHS 111 online for urgent but not life-threatening problems, visit your pharmacy for minor illnesses, and keep A&E for emergencies. Our teams are working incredibly hard around the clock.",
  { platform: "x", account: off("@RWTHospitals"), note: "official X post over 280" },
);
P(
  LEN,
  "We are delighted to announce that our new community mental health hub in Middlesbrough is now open, bringing together adult community teams, psychology, occupational therapy and peer support under one roof, with longer opening hours, a calm waiting area designed with people who use our services, and a café run by volunteers.",
  { platform: "bluesky", account: off("@tewv.bsky.social"), note: "Bluesky over 300" },
);
P(
  LEN,
  "Huge congratulations to all of our newly qualified nurses who started with us this week! You chose to join us at a busy time and we could not be prouder of you. Over the next few months you'll rotate through wards, get support from our practice educators and preceptorship team, and make friends for life. Welcome!",
  { platform: "x", account: off("@THHNHSFT"), note: "X over 280" },
);
P(
  LEN,
  "Visiting times are changing from Monday 7 December. Adult wards will be open to visitors from 11am to 8pm every day, with two visitors per bed at a time. Children's wards remain open to parents and carers at all times. Please don't visit if you have had diarrhoea, vomiting or flu-like symptoms in the last 48 hours. Thank you.",
  { platform: "x", account: off("@EPUTNHS"), note: "X over 280" },
);
P(
  LEN,
  "honestly proud of my team today. we had a really tough shift with lots of poorly patients, and everyone pulled together without a single complaint. the HCAs were amazing, the students stepped up, and our ward clerk kept us all going with tea and biscuits. this is what nursing is about and I wouldn't change it for anything x",
  { platform: "x", account: per("@jen_rn_ward5", "Nurse. Views my own."), note: "personal X over 280" },
);
P(
  LEN,
  "Our Freedom to Speak Up Month starts today. Every member of staff should feel able to raise concerns about patient safety or the way we work, and know they will be listened to. You can speak to your line manager, any of our Freedom to Speak Up guardians, or the chief nurse directly. Speaking up protects patients and colleagues alike.",
  { platform: "x", account: off("@CMFTNHS"), note: "X over 280 about FTSU (not raising a concern)" },
);
P(
  LEN,
  "A big thank you to the Rotary Club for their donation of twelve reclining chairs for relatives staying overnight on our palliative care unit. Families often sit with loved ones for many hours, and these chairs will make a real difference to their comfort at one of the hardest times of their lives. We are so grateful for your support.",
  { platform: "bluesky", account: off("@rwthospitals.bsky.social"), note: "Bluesky over 300" },
);
P(
  LEN,
  "Reminder for colleagues: the staff flu vaccination programme runs until the end of January. Drop-in clinics are held in the education centre every weekday from 8am to 4pm and on wards by our peer vaccinators. Protect yourself, your family and your patients this winter. Getting vaccinated takes five minutes and it really does matter to all of us.",
  { platform: "x", account: off("@TEWV"), note: "X over 280" },
);
P(
  LEN,
  "Been thinking a lot lately about how lucky I am to do this job. Twenty years as a healthcare assistant and I still get butterflies when a patient remembers my name. The pay isn't great and the shifts are long, but there is nothing like knowing you made someone's worst day a little bit easier. Here's to the next twenty years.",
  {
    platform: "bluesky",
    account: per("@maggie-hca.bsky.social", "HCA. Views my own."),
    note: "personal Bluesky over 300",
  },
);
P(
  LEN,
  "This Black History Month we're celebrating the contributions of colleagues from Black and minority ethnic backgrounds who have shaped our health service since 1948. Throughout October we'll be sharing stories from staff across our hospitals, hosting a lunchtime talk series and a food festival in the staff restaurant. Everyone is welcome to join in.",
  { platform: "x", account: off("@RWTHospitals"), note: "X over 280" },
);
P(
  LEN,
  "Our stop smoking service is free for anyone who lives or works in the borough. Our advisers offer one-to-one support for twelve weeks, nicotine replacement therapy and vapes, and they will work with you on a plan that suits you. People who use specialist support are three times as likely to quit for good than those who go it alone.",
  { platform: "x", account: off("@THHNHSFT"), note: "X over 280" },
);
P(
  LEN,
  "Parking update: from 1 February the multi-storey car park will be closed for six weeks while we replace the lifts. Blue badge spaces are moving to car park B next to the main entrance, and a free shuttle bus will run every ten minutes from the park and ride site. We are sorry for the disruption and thank you for your patience.",
  { platform: "bluesky", account: off("@cmftnhs.bsky.social"), note: "Bluesky over 300" },
);

// ---------------------------------------------------------------- platform.link_missing
P(LINK, "Our flu vaccination clinics for staff start next week. Find out more on the intranet.", {
  platform: "x",
  account: off("@EPUTNHS"),
  note: "promises more, no URL",
});
P(LINK, "We're recruiting healthcare assistants! Find out more 👇", {
  platform: "x",
  account: off("@TEWV_careers"),
  note: "no URL",
});
P(LINK, "New visiting times from 1 December. More information on our website.", {
  platform: "bluesky",
  account: off("@rwthospitals.bsky.social"),
  note: "no URL",
});
P(LINK, "Read more about our award-winning stroke team in our latest blog", {
  platform: "x",
  account: off("@THHNHSFT"),
  note: "no URL",
});
P(LINK, "Details of our Christmas and New Year opening hours here:", {
  platform: "x",
  account: off("@CMFTNHS"),
  note: "details, no URL",
});
P(LINK, "Want to volunteer with us? Find out more and apply today!", {
  platform: "bluesky",
  account: off("@tewv.bsky.social"),
  note: "no URL",
});
P(LINK, "Our new patient app is live! For more information, visit our website.", {
  platform: "x",
  account: off("@RWTHospitals"),
  note: "no URL",
});
P(LINK, "Thinking about a career in mental health nursing? Read more in our careers hub", {
  platform: "bluesky",
  account: off("@eput.bsky.social"),
  note: "no URL",
});
P(LINK, "Car park 3 is closed for resurfacing. Details on alternative parking below ⬇️", {
  platform: "x",
  account: off("@THHNHSFT"),
  note: "details below, no URL",
});
P(LINK, "Applications for our healthcare support worker academy close 12/03/2027. Find out more.", {
  platform: "x",
  account: off("@TEWV_careers"),
  note: "closing date (not DOB) + no URL",
});
P(LINK, "More information about the changes to outpatient letters is available online.", {
  platform: "bluesky",
  account: off("@cmftnhs.bsky.social"),
  note: "no URL",
});
P(LINK, "find out more about our free menopause clinic for staff", {
  platform: "x",
  account: per("@jo_hr_lead", "HR. Views my own."),
  note: "lower case, personal account",
});

// ================================================================= CLEAN POSTS (expect pass)
// Official performance figures
clean(
  "Last month our A&E saw 96% of patients within 4 hours. Thank you to our amazing emergency department teams 💙",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "official performance figure",
  },
);
clean(
  "Good news: 94.2% of our patients would recommend our maternity services to friends and family (Friends and Family Test, October).",
  {
    platform: "facebook",
    account: off("@THHNHSFT"),
    note: "official FFT figure",
  },
);
clean(
  "Our waiting list for routine hip and knee surgery has fallen by 1,200 patients since April. Here's how we did it: https://www.rwt.nhs.uk/news/elective-recovery",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "official waiting list figure with link",
  },
);
clean(
  "We met the 28-day faster diagnosis standard for 81% of people referred with suspected cancer in September.",
  {
    platform: "linkedin",
    account: off("Central Manchester University Hospitals NHS Foundation Trust"),
    note: "official cancer target",
  },
);
clean(
  "Our annual report is out. Highlights: 1.2 million outpatient appointments, 98% of staff completed IG training, and a balanced budget. https://www.tewv.nhs.uk/about/annual-report",
  {
    platform: "bluesky",
    account: off("@tewv.bsky.social"),
    note: "official finance/performance",
  },
);
clean(
  "CQC has rated our community mental health services Good overall. Thank you to every colleague who made this possible.",
  {
    platform: "facebook",
    account: off("@EPUTNHS"),
    note: "official CQC rating",
  },
);
clean("Ambulance handovers at New Cross averaged 24 minutes this week, down from 41 minutes last winter.", {
  platform: "x",
  account: off("@RWTHospitals"),
  note: "official handover times",
});
clean(
  "Our Board meets in public on Thursday 3 December at 10am. Papers, including our latest finance and performance report, are on our website: https://www.eput.nhs.uk/board",
  {
    platform: "x",
    account: off("@EPUTNHS"),
    note: "board meeting, official",
  },
);
clean(
  "Despite record demand, 9 out of 10 people referred to our talking therapies service started treatment within six weeks.",
  {
    platform: "instagram",
    account: off("@tewvnhsft"),
    note: "official access figure",
  },
);

// Event dates and closing dates
clean(
  "Applications close 12/03/2027 for our preceptorship programme. Apply at https://www.tewv.nhs.uk/careers",
  {
    platform: "x",
    account: off("@TEWV_careers"),
    note: "closing date, not DOB",
  },
);
clean("Save the date: our annual members' meeting is on 15 January 2027 at the Hub, 6pm. All welcome.", {
  platform: "facebook",
  account: off("@CMFTNHS"),
  note: "event date",
});
clean(
  "Our staff awards ceremony takes place on Friday 20th March 2027. Nominations close 31/01/2027 — nominate a colleague at https://www.rwt.nhs.uk/awards",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "two dates, neither DOB",
  },
);
clean("Join our research open day on 2027-02-18 to see how clinical trials work behind the scenes.", {
  platform: "linkedin",
  account: off("The Hillingdon Hospitals NHS Foundation Trust"),
  note: "ISO event date",
});
clean("Happy 78th birthday to the NHS! Founded on 5 July 1948 and still here for everyone 💙", {
  platform: "x",
  account: off("@EPUTNHS"),
  note: "NHS birthday, not a person",
});
clean(
  "Reminder: Baby Loss Awareness Week runs 9–15 October. Our bereavement midwives are here to support families.",
  {
    platform: "facebook",
    account: off("@THHNHSFT"),
    note: "awareness week dates",
  },
);
clean(
  "The consultation on our new clinical strategy closes on 28.02.2027. Have your say: https://www.eput.nhs.uk/strategy",
  {
    platform: "bluesky",
    account: off("@eput.bsky.social"),
    note: "dotted date",
  },
);
clean(
  "Deadline for the January intake of our nursing associate apprenticeship is 4 December. Speak to your line manager if you're interested.",
  {
    platform: "facebook",
    account: off("@TEWVCareers"),
    note: "deadline",
  },
);
clean(
  "Our new outpatient building opened on 1 September 2026 and has already welcomed over 20,000 patients.",
  {
    platform: "instagram",
    account: off("@rwt_nhs"),
    note: "opening date",
  },
);

// Published numbers and helplines
clean(
  "Feeling low? You don't have to struggle alone. Call Samaritans free on 116 123, any time, day or night.",
  {
    platform: "x",
    account: off("@TEWV"),
    note: "Samaritans number",
  },
);
clean("If you need to talk, text SHOUT to 85258 for free, confidential support 24/7.", {
  platform: "instagram",
  account: off("@tewvnhsft"),
  note: "SHOUT text line",
});
clean(
  "Not sure where to go? Use NHS 111 online or call 111. In a life-threatening emergency always call 999.",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "111/999",
  },
);
clean("To contact any of our wards, call our switchboard on 01895 238282 and ask for the ward by name.", {
  platform: "facebook",
  account: off("@THHNHSFT"),
  note: "published switchboard",
});
clean(
  "Our main switchboard is 01902 307999 — please don't message this account about appointments, we can't access records here.",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "published switchboard",
  },
);
clean(
  "If you're in crisis, our 24/7 mental health crisis line is open to people of all ages. Call NHS 111 and choose option 2.",
  {
    platform: "bluesky",
    account: off("@tewv.bsky.social"),
    note: "111 option 2",
  },
);
clean(
  "Patient Advice and Liaison Service (PALS): call 0161 276 8686 or email pals@mft.nhs.uk, Monday to Friday 9am–4pm.",
  {
    platform: "facebook",
    account: off("@CMFTNHS"),
    note: "published PALS number and team inbox",
  },
);
clean(
  "Questions about your appointment? Ring our central booking team on 0300 123 0808, lines open 8am–6pm.",
  {
    platform: "x",
    account: off("@EPUTNHS"),
    note: "0300 helpline",
  },
);
clean(
  "Worried about someone's safety right now? Call 999. For advice on domestic abuse, the National Domestic Abuse Helpline is free on 0808 2000 247.",
  {
    platform: "linkedin",
    account: off("Essex Partnership University NHS Foundation Trust"),
    note: "national helpline",
  },
);
clean("Struggling with gambling? The National Gambling Helpline is free on 0808 8020 133, 24 hours a day.", {
  platform: "x",
  account: off("@CMFTNHS"),
  note: "0808 helpline",
});
clean("Papyrus HOPELINE247 supports young people with thoughts of suicide: 0800 068 4141 or text 88247.", {
  platform: "instagram",
  account: off("@eputnhs"),
  note: "helpline + text number",
});
clean(
  "Press office enquiries: 01642 837300 (Monday–Friday). Out of hours, journalists can ask switchboard for the on-call comms manager.",
  {
    platform: "x",
    account: off("@TEWV"),
    note: "published press line",
  },
);

// 10-digit numbers that FAIL the NHS modulus-11 check
clean("Order {BAD_U} has been dispatched — the new chairs for the day room arrive Tuesday!", {
  platform: "x",
  account: off("@Ward12RWT"),
  note: "10-digit order ref failing mod 11",
});
clean("Tracking number {BAD_S} says our donated laptops are out for delivery. Thank you, Rotary! 🎉", {
  platform: "facebook",
  account: off("@THHNHSFT"),
  note: "tracking number failing mod 11",
});
clean(
  "Charity registration no. 1048661 — every penny raised goes to patients. Donation ref {BAD_H} received with thanks from the Rotary Club!",
  {
    platform: "linkedin",
    account: off("The Royal Wolverhampton NHS Trust"),
    note: "charity number + invalid 10-digit ref",
  },
);
clean("Parcel {BAD_U} from the fundraising shop went missing, courier says it's on its way back 🙄", {
  platform: "x",
  account: per("@friendsofward3", "League of Friends volunteer. Views my own.", false),
  note: "invalid 10-digit parcel",
});
clean("Quote ref {BAD_S} when you call about your parking permit.", {
  platform: "x",
  account: off("@EPUTNHS"),
  note: "reference failing mod 11",
});
clean("Just booked our team's Christmas meal, booking ref {BAD_U}, can't wait 🎄", {
  platform: "instagram",
  account: per("@physio_jess", "Physio. Views my own."),
  note: "booking ref failing mod 11",
});
clean("JustGiving page ID {BAD_H} is now closed — we raised £4,210 for the neonatal unit!", {
  platform: "facebook",
  account: per("Kemi Adebayo", "Views my own"),
  note: "fundraising ID failing mod 11",
});
clean("Our purchase order {BAD_S} for the new bladder scanners has gone through 🎉", {
  platform: "x",
  account: dev("@UrologyRWT", "Urology team, The Royal Wolverhampton NHS Trust"),
  note: "PO failing mod 11",
});
clean("Lottery ticket {BAD_U} didn't win. Back to work on Monday then 😂", {
  platform: "x",
  account: per("@porter_pete", "Porter. Views my own."),
  note: "lottery number failing mod 11",
});
clean(
  "Survey ref {BAD_S}: thank you to the 500 people who told us about their outpatient experience this year.",
  {
    platform: "linkedin",
    account: off("Tees, Esk and Wear Valleys NHS Foundation Trust"),
    note: "survey ref failing mod 11",
  },
);

// Wards and conditions in general terms
clean(
  "Our new dementia ward opens on Monday, designed with families and people living with dementia. https://www.eput.nhs.uk/news",
  {
    platform: "x",
    account: off("@EPUTNHS"),
    note: "ward opening, no patient",
  },
);
clean("Did you know 1 in 4 adults will experience a mental health problem each year? You're not alone.", {
  platform: "instagram",
  account: off("@tewvnhsft"),
  note: "general statistic",
});
clean("Our stroke unit has been rated among the best in the country in the latest national audit.", {
  platform: "facebook",
  account: off("@RWTHospitals"),
  note: "unit in general terms",
});
clean("Ward 7 has a fresh coat of paint and new artwork chosen by patients and staff 🎨", {
  platform: "x",
  account: dev("@Ward7THH", "Ward 7, Hillingdon Hospital"),
  note: "ward named without patient",
});
clean("The children's diabetes team has launched a new transition clinic for 16–18 year olds.", {
  platform: "linkedin",
  account: off("Central Manchester University Hospitals NHS Foundation Trust"),
  note: "condition, general",
});
clean(
  "Today is World COPD Day. If you're short of breath, have a persistent cough or chest infections, talk to your GP.",
  {
    platform: "x",
    account: off("@THHNHSFT"),
    note: "general health info",
  },
);
clean(
  "Our perinatal mental health team supports mums and birthing parents across the region. Ask your midwife about a referral.",
  {
    platform: "facebook",
    account: off("@TEWV"),
    note: "service description",
  },
);
clean("Twenty years of our eating disorders unit — thank you to every clinician who has worked there.", {
  platform: "bluesky",
  account: off("@tewv.bsky.social"),
  note: "unit anniversary",
});
clean("The new MRI scanner in Bay 2 of radiology is now up and running, cutting scan waits for everyone.", {
  platform: "x",
  account: off("@RWTHospitals"),
  note: "bay = equipment bay, no patient",
});
clean(
  "ICU is one of the most rewarding places to work. Come and see for yourself at our open evening: https://www.mft.nhs.uk/careers",
  {
    platform: "x",
    account: off("@CMFTNHS"),
    note: "unit + recruitment",
  },
);
clean(
  "Our learning disability liaison nurses help make hospital visits easier. Let us know about any reasonable adjustments you need.",
  {
    platform: "facebook",
    account: off("@THHNHSFT"),
    note: "general",
  },
);

// Staff awards with consent
clean("Congratulations to Staff Nurse Grace Adeyemi, our Nurse of the Year! 🏆", {
  platform: "x",
  account: off("@RWTHospitals"),
  media: [img(true, true)],
  note: "named staff award, consent recorded, no tags",
});
clean(
  "Meet Hamza Qureshi, our Porter of the Month, nominated by colleagues for his kindness. Well done Hamza!",
  {
    platform: "facebook",
    account: off("@THHNHSFT"),
    media: [img(true, true)],
    note: "named staff with consent",
  },
);
clean("Our Team of the Year award goes to the community perinatal team. Huge congratulations! 💙", {
  platform: "instagram",
  account: off("@tewvnhsft"),
  media: [img(true, true)],
  note: "team photo with consent",
});
clean(
  "Dr Mei Lin Chen has been appointed as our new Medical Director. Mei Lin joins us from the north west with 20 years' experience.",
  {
    platform: "linkedin",
    account: off("Essex Partnership University NHS Foundation Trust"),
    media: [img(true, true)],
    note: "appointment announcement",
  },
);
clean(
  "Congratulations to our healthcare support worker Tomasz Nowak, who has completed his nursing degree after 8 years with us!",
  {
    platform: "x",
    account: off("@CMFTNHS"),
    media: [img(true, true)],
    note: "staff milestone",
  },
);
clean(
  "Thirty years of service for domestic supervisor Bridget O'Hara — thank you for everything, Bridget! 🎉",
  {
    platform: "facebook",
    account: off("@EPUTNHS"),
    media: [img(true, true)],
    note: "long service",
  },
);
clean(
  "Well done to Sunita Patel, highly commended in the national pharmacy awards for her work on safer prescribing.",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "named staff, no media",
  },
);
clean("So proud of my colleague who won Midwife of the Year tonight! 🥂", {
  platform: "instagram",
  account: per("@midwife.lauren", "Midwife. Views my own."),
  media: [img(true, true)],
  note: "personal, consent",
});

// Personal posts mentioning the employer but not work content
clean("Sunday roast at my mum's, the best way to end the week", {
  platform: "facebook",
  account: per("Fatima Begum", "Nurse at Royal Wolverhampton NHS Trust. Views my own."),
  note: "personal life",
});
clean("Can't believe my little one starts school tomorrow 😭", {
  platform: "instagram",
  account: per("@sara.and.bump", "Physio at Hillingdon Hospital. Views my own."),
  note: "personal life",
});
clean("Five-a-side tonight, we lost 9–2, still buzzing", {
  platform: "x",
  account: per("@yusuf_d", "Works at TEWV. All views my own."),
  note: "personal",
});
clean("Finished my first marathon!! Legs are jelly", {
  platform: "x",
  account: per("@arjunruns", "Junior doctor at MFT. Tweets are personal."),
  media: [img(true, true)],
  note: "own photo",
});
clean("Back from holiday and straight into a week of earlies. Tan fading already ☀️", {
  platform: "x",
  account: per("@sian_nurse", "Nurse. Views my own."),
  note: "back home — not away",
});
clean("Finally got round to repainting the hallway. Send biscuits.", {
  platform: "bluesky",
  account: per("@hannah-ot.bsky.social", "OT at EPUT. Views my own."),
  note: "personal",
});
clean("Had the best curry of my life tonight with the girls from uni 🍛", {
  platform: "instagram",
  account: per("@zee.eats", "Views my own", false),
  note: "personal",
});
clean("Loving this autumn weather, perfect for a walk with the dog", {
  platform: "x",
  account: per("@EssexGardener", "Grower of onions. Views my own.", false),
  note: "Essex in handle is a place, not the trust",
});
clean("Snowdon done! 1,085 metres of pure pain and joy", {
  platform: "facebook",
  account: per("@ManchesterRambler", "Walker", false),
  note: "Manchester in handle is a place",
});
clean("Ten years at the trust today. Grateful for every colleague along the way 💙", {
  platform: "linkedin",
  account: per("Ngozi Eze", "Ward manager. Views expressed are mine, not my employer's."),
  note: "work-related, with disclaimer",
});

// Rude-substring traps
clean("Our Scunthorpe General Hospital colleagues are joining us for a joint training day on sepsis.", {
  platform: "x",
  account: off("@RWTHospitals"),
  note: "Scunthorpe",
});
clean("New community clinic now open at Penistone Road, with free parking.", {
  platform: "facebook",
  account: off("@CMFTNHS"),
  note: "Penistone",
});
clean("Proud to serve the people of Essex, Bedfordshire and Suffolk 💙", {
  platform: "x",
  account: off("@EPUTNHS"),
  note: "Essex",
});
clean("Book your memory assessment at our new clinic — just ask your GP for a referral.", {
  platform: "x",
  account: off("@EPUTNHS"),
  note: "assessment",
});
clean("Lovely weekend in Cockermouth, such a beautiful little town", {
  platform: "instagram",
  account: per("@hiker_hel", "Views my own", false),
  note: "Cockermouth",
});
clean("Spent the afternoon cycling through Shitterton in Dorset — yes, that's really its name", {
  platform: "x",
  account: per("@cyclingclaire", "Cyclist.", false),
  note: "Shitterton",
});
clean(
  "Thinking about becoming a therapist? Our psychology team is hiring trainee psychological wellbeing practitioners: https://www.tewv.nhs.uk/careers",
  {
    platform: "x",
    account: off("@TEWV_careers"),
    note: "therapist",
  },
);
clean("First-class care delivered by world-class teams. Thank you for the lovely feedback!", {
  platform: "facebook",
  account: off("@THHNHSFT"),
  note: "class",
});
clean("Our Dickens-themed Christmas fair is on Saturday in the main atrium, with mince pies and carols.", {
  platform: "facebook",
  account: off("@RWTHospitals"),
  note: "Dickens",
});
clean("Charity cocktail evening raised £2,300 for our cancer centre. Cheers to everyone who came!", {
  platform: "instagram",
  account: off("@rwt_nhs"),
  note: "cocktail",
});
clean("Our Middlesex and Sussex colleagues visited to share their work on virtual wards.", {
  platform: "linkedin",
  account: off("The Hillingdon Hospitals NHS Foundation Trust"),
  note: "Middlesex, Sussex",
});
clean("Clitheroe-born author visits our children's ward library to read to families.", {
  platform: "x",
  account: off("@CMFTNHS"),
  note: "Clitheroe; general",
});
clean("Analysis of our staff survey shows a big jump in colleagues who'd recommend us as a place to work.", {
  platform: "linkedin",
  account: off("Tees, Esk and Wear Valleys NHS Foundation Trust"),
  note: "Analysis",
});
clean("Shiitake mushroom risotto is on the staff restaurant menu today, plus a great vegan option 🍄", {
  platform: "x",
  account: off("@THHNHSFT"),
  note: "Shiitake",
});
clean("Watched Arsenal with my dad, a proper father–son day out", {
  platform: "x",
  account: per("@Kwame_M", "Views my own.", false),
  note: "Arsenal",
});
clean("Our cumulative fundraising total for the new chemo suite has passed £1 million!", {
  platform: "facebook",
  account: off("@RWTCharity"),
  note: "cumulative",
});
clean("Grapefruit can interact with some medicines — always read the leaflet or ask your pharmacist.", {
  platform: "x",
  account: off("@EPUTNHS"),
  note: "grape; general pharmacist advice",
});
clean("Specialist nurses from our Hancock Centre will be at the town's health fair on Saturday.", {
  platform: "facebook",
  account: off("@TEWV"),
  note: "Hancock, Specialist",
});
clean("Mindfulness class for staff every Wednesday lunchtime in the chapel. Just turn up.", {
  platform: "x",
  account: off("@CMFTNHS"),
  note: "class",
});

// Generic health promotion
clean(
  "Get your flu jab! It's free for over-65s, pregnant women and people with long-term conditions. Book at your GP or local pharmacy.",
  {
    platform: "x",
    account: off("@THHNHSFT"),
    note: "health promotion",
  },
);
clean(
  "Eligible for the winter COVID-19 booster? Book via the NHS App or at https://www.nhs.uk/book-a-vaccine",
  {
    platform: "bluesky",
    account: off("@rwthospitals.bsky.social"),
    note: "vaccination with link",
  },
);
clean("Know the signs of a stroke: Face, Arms, Speech, Time to call 999. #ActFAST", {
  platform: "x",
  account: off("@RWTHospitals"),
  note: "FAST campaign",
});
clean(
  "Stoptober is here! Quitting smoking is the best thing you can do for your health. Free support from your local stop smoking service.",
  {
    platform: "facebook",
    account: off("@EPUTNHS"),
    note: "health promotion",
  },
);
clean(
  "Wash your hands, catch your coughs and sneezes, and stay home if you have diarrhoea or vomiting. Simple steps protect our patients.",
  {
    platform: "instagram",
    account: off("@tewvnhsft"),
    note: "infection prevention",
  },
);
clean("Dry January starts tomorrow — cutting down on alcohol can improve sleep, mood and blood pressure.", {
  platform: "x",
  account: off("@CMFTNHS"),
  note: "health promotion",
});
clean(
  "Five ways to wellbeing: connect, be active, take notice, keep learning, give. Which one will you try this week?",
  {
    platform: "linkedin",
    account: off("Tees, Esk and Wear Valleys NHS Foundation Trust"),
    note: "wellbeing",
  },
);
clean(
  "Check your boobs, pecs and chests regularly. If you notice a lump or change, see your GP. #BreastCancerAwareness",
  {
    platform: "instagram",
    account: off("@rwt_nhs"),
    note: "awareness (boobs not profanity)",
  },
);
clean("Cervical screening saves lives. If you've had your letter, ring your GP practice to book.", {
  platform: "x",
  account: off("@THHNHSFT"),
  note: "screening",
});
clean(
  "Hot weather tips: drink plenty of water, stay out of the sun between 11am and 3pm, and check on older neighbours.",
  {
    platform: "facebook",
    account: off("@EPUTNHS"),
    note: "heatwave",
  },
);
clean(
  "Keep antibiotics working: they don't work for colds or flu. Ask your pharmacist for advice on treating common illnesses.",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "general advice, not individual",
  },
);
clean("If you or someone you know has chest pain, don't wait — call 999 straight away.", {
  platform: "bluesky",
  account: off("@cmftnhs.bsky.social"),
  note: "general emergency advice",
});
clean("Loneliness can affect anyone. Reaching out to a friend today could make a real difference. 💙", {
  platform: "x",
  account: per("@mh_nurse_dee", "Mental health nurse. Views my own."),
  note: "personal, general wellbeing",
});
clean(
  "Sepsis can be hard to spot. Slurred speech, extreme shivering, passing no urine in a day, severe breathlessness — call 999 or go to A&E.",
  {
    platform: "facebook",
    account: off("@THHNHSFT"),
    note: "symptom awareness",
  },
);

// Recruitment
clean(
  "We're recruiting registered nurses across our medical wards, with flexible shifts and a relocation package. Apply now: https://www.rwt.nhs.uk/jobs",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "recruitment with link",
  },
);
clean(
  "Join our team as a Band 5 Occupational Therapist in our community mental health service. Find out more: https://www.tewv.nhs.uk/careers",
  {
    platform: "x",
    account: off("@TEWV_careers"),
    note: "find out more WITH link",
  },
);
clean(
  "Healthcare support worker open day, Saturday 10am–2pm at the education centre. No experience needed — we'll train you.",
  {
    platform: "facebook",
    account: off("@EPUTNHS"),
    note: "recruitment event",
  },
);
clean(
  "We're hiring a Consultant Psychiatrist for our older people's service. Read more: https://www.eput.nhs.uk/vacancies",
  {
    platform: "bluesky",
    account: off("@eput.bsky.social"),
    note: "read more WITH link",
  },
);
clean(
  "Our trust has vacancies for Advanced Clinical Practitioners, Specialist Registrars and Clinical Nurse Specialists. Come and talk to us at the careers fair.",
  {
    platform: "linkedin",
    account: off("The Royal Wolverhampton NHS Trust"),
    note: "job titles",
  },
);
clean(
  "Could you be a volunteer ward befriender? Just a few hours a week makes a big difference. More information: https://www.thh.nhs.uk/volunteer",
  {
    platform: "x",
    account: off("@THHNHSFT"),
    note: "more information WITH link",
  },
);
clean(
  "Apprenticeships in finance, estates, IT and HR are open now. Details: https://www.mft.nhs.uk/apprenticeships",
  {
    platform: "x",
    account: off("@CMFTNHS"),
    note: "details WITH link",
  },
);
clean(
  "My team is recruiting a Band 6 community nurse — lovely team, great manager (me 😉). Link on the trust website.",
  {
    platform: "linkedin",
    account: per("Hiroshi Tanaka", "Community matron. Views my own."),
    note: "personal recruitment, LinkedIn not short-form",
  },
);
clean(
  "Looking for a new challenge? We're recruiting a Head of Estates. Salary and full job description at https://www.jobs.nhs.uk",
  {
    platform: "x",
    account: off("@EPUTNHS"),
    note: "recruitment",
  },
);

// Fundraising thanks
clean(
  "A massive thank you to everyone who took part in our Santa Dash — you raised £12,400 for our children's ward! 🎅",
  {
    platform: "facebook",
    account: off("@RWTCharity"),
    note: "fundraising",
  },
);
clean("Thank you to the pupils of Hillside Primary for their Easter egg donations to our wards 🐣", {
  platform: "x",
  account: off("@THHNHSFT"),
  note: "school donation",
});
clean("Thanks to the Harbour Bakery for donating mince pies to our night staff — a lovely gesture 💙", {
  platform: "instagram",
  account: off("@eputnhs"),
  note: "thanking local business for donation (not endorsement)",
});
clean(
  "Our League of Friends has funded a new garden for the stroke rehab unit. Thank you for your continued support!",
  {
    platform: "facebook",
    account: off("@CMFTNHS"),
    note: "fundraising",
  },
);
clean(
  "Huge thanks to the local running club who raised £3,000 for our mental health charity. You're amazing!",
  {
    platform: "x",
    account: off("@TEWV"),
    note: "fundraising",
  },
);
clean("Did the sponsored head shave for the cancer centre! £850 raised so far, thank you all 💇", {
  platform: "instagram",
  account: per("@baldbymonday", "Radiographer. Views my own."),
  media: [img(true, true)],
  note: "personal fundraising",
});
clean(
  "Thank you to the family who donated a piano to our day hospital in memory of their grandad. It's already being played every day.",
  {
    platform: "facebook",
    account: off("@EPUTNHS"),
    note: "unnamed family, no patient info",
  },
);
clean("Our charity's abseil challenge is back for 2027! Sign up at https://www.rwtcharity.org.uk", {
  platform: "x",
  account: off("@RWTCharity"),
  note: "fundraising event",
});

// Political-word traps
clean(
  "Our labour ward team delivered 412 babies last month. Thank you to every midwife and obstetrician 💙",
  {
    platform: "x",
    account: off("@THHNHSFT"),
    note: "labour ward (not party)",
  },
);
clean(
  "Not every fracture needs surgery — conservative management with a cast works well for many wrist injuries.",
  {
    platform: "facebook",
    account: off("@RWTHospitals"),
    note: "conservative (clinical)",
  },
);
clean("Green light for our new rooftop garden! Work starts in the spring.", {
  platform: "x",
  account: off("@CMFTNHS"),
  note: "Green (not party)",
});
clean("Staff Christmas party tickets are on sale now in the social club. Black tie optional 🎉", {
  platform: "facebook",
  account: off("@EPUTNHS"),
  note: "party (event)",
});
clean(
  "Congratulations to our new Mayor's Award winners, recognised for their volunteering in the community.",
  {
    platform: "x",
    account: off("@TEWV"),
    note: "civic award, not political",
  },
);
clean(
  "The Mental Health Act is changing. Our training team is running sessions for all clinical staff this spring.",
  {
    platform: "linkedin",
    account: off("Tees, Esk and Wear Valleys NHS Foundation Trust"),
    note: "legislation training, not political comment",
  },
);
clean(
  "Visit from our local MP today to see the new urgent treatment centre. Thank you for your interest in our services.",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "official neutral MP visit",
  },
);

// Emergency / legal / security / away look-alikes
clean(
  "Thanks to everyone who took part in last week's planned major incident exercise. Practice keeps us ready.",
  {
    platform: "x",
    account: off("@EPUTNHS"),
    note: "planned exercise, not live",
  },
);
clean("Fire alarm test every Wednesday at 10am — no need to evacuate unless the alarm sounds continuously.", {
  platform: "facebook",
  account: off("@THHNHSFT"),
  note: "scheduled test",
});
clean(
  "Reminder for all colleagues: never share your passwords or smartcards, and lock your screen when you step away.",
  {
    platform: "x",
    account: off("@CMFTNHS"),
    note: "generic security advice",
  },
);
clean(
  "Our legal services team is hiring a paralegal to support clinical negligence claims. Apply: https://www.jobs.nhs.uk",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "legal job, no matter discussed",
  },
);
clean("Back at my desk after a lovely fortnight off. Inbox: 412. Wish me luck.", {
  platform: "x",
  account: per("@pa_to_the_ceo", "PA. Views my own."),
  note: "returned, not away",
});
clean(
  "Storm Darragh is forecast this weekend. If you have an appointment with us, please check our website for updates: https://www.tewv.nhs.uk",
  {
    platform: "x",
    account: off("@TEWV"),
    note: "forecast, not live incident at trust",
  },
);
clean("Our security team won the regional award for conflict resolution training. Well done!", {
  platform: "facebook",
  account: off("@EPUTNHS"),
  note: "security team praise, no arrangements",
});
clean("Back from a week in Devon — the house plants survived! ☀️", {
  platform: "facebook",
  account: per("Aleksandra Petrova", "Views my own", false),
  note: "already back home",
});

// Official contact addresses / premises (not personal data)
clean(
  "Our vaccination hub is at Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN. Parking is free for appointments.",
  {
    platform: "facebook",
    account: off("@THHNHSFT"),
    note: "hospital premises postcode, no person",
  },
);
clean(
  "New Cross Hospital, Wolverhampton Road, Wolverhampton WV10 0QP — the new main entrance opens on Monday.",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "hospital postcode",
  },
);
clean("Our walk-in centre at Manchester Royal Infirmary, Oxford Road, M13 9WL is open 8am–8pm.", {
  platform: "facebook",
  account: off("@CMFTNHS"),
  note: "hospital postcode",
});
clean("Media enquiries: email communications@tewv.nhs.uk or call our press office.", {
  platform: "x",
  account: off("@TEWV"),
  note: "team inbox on official account",
});
clean("Questions about volunteering? Email our volunteer services team at rwt.volunteering@nhs.net", {
  platform: "facebook",
  account: off("@RWTHospitals"),
  note: "team nhs.net on official account",
});
clean("Send your stories and photos for the staff newsletter to comms@eput.nhs.uk by Friday.", {
  platform: "x",
  account: dev("@EPUTstaffnews", "Staff news from the EPUT communications team"),
  note: "team inbox on devolved account",
});

// Job titles and professional posts
clean("As a Consultant Clinical Psychologist I'm proud of our team's new trauma service. Views my own.", {
  platform: "x",
  account: per("@DrLHaddad", "Psychologist"),
  note: "disclaimer in text",
});
clean("Delighted to start my new role as Associate Director of Nursing today. Views are my own.", {
  platform: "linkedin",
  account: per("Rhiannon Evans", "Nurse leader"),
  note: "job title, disclaimer in text",
});
clean(
  "Chief Pharmacist, Deputy Head of Midwifery and Lead Nurse for Safeguarding all on today's panel at the conference. Great discussion.",
  {
    platform: "linkedin",
    account: per("Lars Eriksen", "Nurse educator. Personal views only."),
    note: "job titles",
  },
);
clean("Newly qualified paramedic and loving it. All views my own.", {
  platform: "instagram",
  account: per("@para_ola", "Paramedic"),
  note: "job title",
});
clean(
  "Our Chief Executive Professor Amara Diallo will host a staff Q&A on Thursday lunchtime in the education centre.",
  {
    platform: "x",
    account: off("@CMFTNHS"),
    note: "named executive, official",
  },
);

// Personal work posts with a disclaimer (must pass)
clean("Proud of my team today. We opened our new discharge lounge and it's already making a difference 💙", {
  platform: "x",
  account: per("@SisterDeeB", "Ward sister at New Cross. Views my own."),
  note: "clean twin of disclaimer_missing",
});
clean("Great shift in resus with an amazing team. This is why I do it.", {
  platform: "x",
  account: per("@EwanMcLeodRN2", "Charge nurse, A&E. Opinions are my own."),
  note: "disclaimer present",
});
clean(
  "Reflecting on a year of our antimicrobial stewardship work — what we learned and what we'd do differently.",
  {
    platform: "linkedin",
    account: per(
      "Adebayo Okafor",
      "Senior Pharmacist at The Royal Wolverhampton NHS Trust. Views expressed here are my own.",
    ),
    note: "disclaimer present",
  },
);
clean("Night shift done, four babies safely welcomed into the world ✨", {
  platform: "instagram",
  account: per("@midwife.rhi2", "Midwife | Hillingdon | all views mine"),
  note: "disclaimer present",
});
clean("Team away day — lots of ideas on making our wards feel more like home.", {
  platform: "facebook",
  account: per(
    "Tomos Pritchard",
    "Works at Tees, Esk and Wear Valleys NHS Foundation Trust. Any views are personal.",
  ),
  note: "disclaimer present",
});
clean("First week as an F2 done. Learning loads from my registrar.", {
  platform: "bluesky",
  account: per("@drjdemir.bsky.social", "Junior doctor. Posts are personal and not those of my employer."),
  note: "disclaimer present",
});
clean("Loved teaching the student nurses today. They ask the best questions.", {
  platform: "x",
  account: per("@clin_educator_mo", "Clinical educator @TEWV. RTs ≠ endorsements. Views mine."),
  note: "RT disclaimer",
});
clean("Our ward's garden project is coming along nicely 🌻", {
  platform: "instagram",
  account: per("@ward_gardener", "HCA. Thoughts my own."),
  media: [img(false, false)],
  note: "photo without people",
});

// Media and tagging traps
clean("Our new family room on the children's ward is ready 🧸", {
  platform: "instagram",
  account: off("@rwt_nhs"),
  media: [img(false, false)],
  note: "no identifiable people",
});
clean("The new hospital entrance at sunrise", {
  platform: "x",
  account: off("@THHNHSFT"),
  media: [img(false, false)],
  note: "building photo",
});
clean("Beach day with my besties 🏖️", {
  platform: "instagram",
  account: per("@ifeoma.o", "Views my own", false),
  media: [img(true, true, ["@bestie_amy", "@lou.lou"])],
  note: "tagging on a personal account is fine",
});
clean("Our volunteers' Christmas lunch 🎄 (everyone pictured gave consent)", {
  platform: "facebook",
  account: off("@EPUTNHS"),
  media: [img(true, true)],
  note: "consent recorded, no tags",
});
clean("Behind the scenes in our pathology lab — how your blood tests are processed", {
  platform: "youtube",
  account: off("@MFTNHS"),
  media: [vid(true, true)],
  note: "video with consent",
});
clean("Hand hygiene demo from our infection prevention team 🧼", {
  platform: "tiktok",
  account: off("@tewvnhsft"),
  media: [vid(true, true)],
  note: "video with consent",
});
clean("Wedding day 💍 married my best friend", {
  platform: "facebook",
  account: per("Declan Murphy", "", false),
  media: [img(true, true, ["Siobhan Murphy"])],
  note: "personal tags",
});

// Short X/Bluesky posts with links
clean("Winter visiting guidance: https://www.thh.nhs.uk/visiting", {
  platform: "x",
  account: off("@THHNHSFT"),
  note: "link only",
});
clean("Read more about our award-winning stroke team: https://www.thh.nhs.uk/news/stroke-award", {
  platform: "x",
  account: off("@THHNHSFT"),
  note: "read more WITH link",
});
clean("Want to volunteer with us? Find out more and apply today: tewv.nhs.uk/volunteer", {
  platform: "bluesky",
  account: off("@tewv.bsky.social"),
  note: "bare domain link",
});
clean("New outpatient letters are coming. More information: https://mft.nhs.uk/letters", {
  platform: "bluesky",
  account: off("@cmftnhs.bsky.social"),
  note: "more information WITH link",
});
clean("Our flu clinics for staff start Monday. Find out more: https://intranet.eput.nhs.uk/flu", {
  platform: "x",
  account: off("@EPUTNHS"),
  note: "clean twin of link_missing",
});
clean("Car park 3 is closed for resurfacing; please use car park 5 next to the main entrance instead.", {
  platform: "x",
  account: off("@THHNHSFT"),
  note: "self-contained, no promise of more",
});
clean("Good morning from the night team! ☕", {
  platform: "x",
  account: dev("@AAU_RWT", "Acute assessment unit, The Royal Wolverhampton NHS Trust"),
  note: "short, self-contained",
});

// Long posts on platforms where the length is fine
clean(
  "This winter our emergency department is busier than ever, and we want to thank every patient for their patience. Please help us help you: use NHS 111 online for urgent but not life-threatening problems, visit your pharmacy for minor illnesses, and keep A&E for emergencies. Our teams are working incredibly hard around the clock.",
  { platform: "facebook", account: off("@RWTHospitals"), note: "same long text is fine on Facebook" },
);
clean(
  "Twenty years ago I walked onto a ward as a nervous student nurse. Today I became a director of nursing. Along the way I've learned that the best care comes from teams who feel safe to speak up, who are kind to each other and who never stop learning. Thank you to every patient, colleague and mentor who shaped me. Views my own.",
  { platform: "linkedin", account: per("Gwen Pritchard", "Director of Nursing"), note: "long LinkedIn post" },
);
clean(
  "We are delighted to announce that our new community mental health hub is now open, bringing together adult community teams, psychology, occupational therapy and peer support under one roof, with longer opening hours, a calm waiting area designed with people who use our services, and a café run by volunteers.",
  { platform: "instagram", account: off("@tewvnhsft"), note: "long Instagram caption" },
);
clean(
  "Our new cancer centre has been designed with patients at every step. From the light-filled waiting areas to the private treatment bays and the wellbeing garden, everything is built around comfort and dignity. Thank you to the patient panel who spent two years helping us get it right, and to everyone who donated to the appeal.",
  { platform: "blog", account: off("RWT Charity blog"), note: "long blog" },
);
clean("Happy Friday! 🎉", { platform: "x", account: off("@CMFTNHS"), note: "very short" });
clean("Thank you NHS 💙", { platform: "x", note: "no account" });
clean("Lovely to see so many people at today's carol service in the hospital chapel.", {
  platform: "x",
  note: "no account",
});

// Misc traps: names in positive public context, numbers, ages
clean("Meet our youngest volunteer, 17-year-old Ellie, who helps out at the café every Saturday!", {
  platform: "facebook",
  account: off("@EPUTNHS"),
  media: [img(true, true)],
  note: "volunteer with consent, not a patient",
});
clean("Our oldest volunteer celebrated 90 years young this week — thank you for 25 years of service, Joan!", {
  platform: "instagram",
  account: off("@eputnhs"),
  media: [img(true, true)],
  note: "age without DOB, volunteer not patient",
});
clean("Pleased to welcome Dr Kofi Mensah to our board as a non-executive director.", {
  platform: "linkedin",
  account: off("The Hillingdon Hospitals NHS Foundation Trust"),
  note: "public appointment",
});
clean("3,482 steps before 9am on a ward round. My smartwatch is proud of me.", {
  platform: "x",
  account: per("@f1_chloe", "FY1 doctor. Views my own."),
  note: "number that isn't PII",
});
clean(
  "Room 101 in the education centre has moved to room 214 — please update your calendars for the induction sessions.",
  {
    platform: "x",
    account: dev("@EPUTeducation", "Education team, EPUT"),
    note: "room numbers",
  },
);
clean("Our maternity unit has a new birthing pool, thanks to £24,000 raised by families and staff.", {
  platform: "facebook",
  account: off("@THHNHSFT"),
  note: "maternity general",
});
clean(
  "Research shows that people who were born prematurely benefit from follow-up in childhood. Our neonatal outreach team provides exactly that.",
  {
    platform: "linkedin",
    account: off("Central Manchester University Hospitals NHS Foundation Trust"),
    note: "'born' without a person",
  },
);
clean("We're proud to be a Disability Confident employer and welcome applications from everyone.", {
  platform: "x",
  account: off("@RWTHospitals"),
  note: "protected characteristic, positive",
});
clean(
  "Happy Pride month from everyone at the trust 🏳️‍🌈 Our LGBT+ staff network meets monthly, all welcome.",
  {
    platform: "instagram",
    account: off("@tewvnhsft"),
    note: "inclusive",
  },
);
clean(
  "Celebrating International Day of Older Persons with our fabulous over-65s exercise group at the rehab gym!",
  {
    platform: "facebook",
    account: off("@CMFTNHS"),
    note: "older people, positive",
  },
);
clean("Our Muslim staff network is hosting an iftar on Thursday evening. Colleagues of all faiths welcome.", {
  platform: "x",
  account: off("@EPUTNHS"),
  note: "religion, inclusive",
});
clean(
  "Feeling burnt out? Our staff wellbeing hub offers free counselling, physio and financial advice. Ask your manager or visit https://intranet.rwt.nhs.uk/wellbeing",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "staff wellbeing",
  },
);

// ================================================================= MORE POSITIVES (second pass: varied wording)
P([NHS, CLIN], "Pt {NHS_S} in majors cubicle 9 has been waiting 6hrs for a surgical review, who's on?", {
  platform: "whatsapp",
  note: "abbreviation Pt + NHS number",
});
P(NHS, "NHS#{NHS_U}", { platform: "x", note: "number alone after hash" });
P(
  [NHS, CLIN],
  "Coding query: spell for {NHS_H} coded as sepsis but the discharge summary says UTI. Which is right?",
  {
    platform: "linkedin",
    account: per("Hamza Qureshi", "Clinical coder. Views my own."),
    note: "NHS number on LinkedIn",
  },
);
P(NINO, "Form says 'NI No.' — do I put JG 10 33 58 D or my staff number? New starter, help 😅", {
  platform: "x",
  note: "NINO in question",
});
P(
  NINO,
  "Bank staff: make sure payroll have your NI number. Mine was typed as ZA 40 88 17 C instead of ZA 40 88 71 C 🙄",
  {
    platform: "facebook",
    note: "NINO twice",
  },
);
P(
  [PC, NAME, CLIN],
  "Could the community team check on Mr Obi Nwachukwu at L8 7SA? Missed his depot injection twice.",
  {
    platform: "x",
    note: "named patient + postcode + treatment",
  },
);
P([PC, ADDR], "Leaving card for Kath — post it through 3 Holly Bank, Marton, TS7 8BL by Friday!", {
  platform: "facebook",
  note: "colleague's address and postcode",
});
P(
  [DOB, CLIN],
  "Any family for a gentleman DOB 11/06/1944 brought in from the bus station? He's asking for 'Pat'.",
  {
    platform: "facebook",
    note: "DOB appeal",
  },
);
P(DOB, "22.03.1990 — that's my birthday, in case anyone at work wants to put it on the calendar 🎂", {
  platform: "x",
  note: "own DOB at start",
});
P(
  [PHONE, CLIN],
  "If anyone finds the lady who left the eye clinic without her drops, her daughter's on 07700 900 482",
  {
    platform: "facebook",
    note: "relative's mobile + clinic",
  },
);
P(PHONE, "WhatsApp me on 07700900555 for the night shift swap group", {
  platform: "instagram",
  note: "unspaced mobile",
});
P(EMAIL, "Applicants, send CVs to my personal address karen.b.hr@gmail.com, the work one is full", {
  platform: "x",
  note: "personal gmail for work",
});
P(
  [EMAIL, NAME, CLIN],
  "Mr Dubois asked us to email his scan results to pierre.dubois44@orange.fr — can we?",
  {
    platform: "whatsapp",
    note: "named patient + personal email",
  },
);
P(
  [ADDR, NAME, CLIN],
  "Ms Yolanda Reyes, 16 Ferndale Road — first visit tomorrow for wound care, she has a dog so ring first",
  {
    platform: "whatsapp",
    note: "named patient + address + care",
  },
);
P([NAME, CLIN], "Happy to see Jamal Aziz back at the day centre after his stay on the acute ward 🙌", {
  platform: "facebook",
  account: dev("@RecoveryCollegeEPUT", "EPUT Recovery College team"),
  note: "devolved account names service user",
});
P(NAME, "Can't believe Sister Okoro is leaving over the bullying investigation. Keep your head up x", {
  platform: "instagram",
  note: "named staff in HR context",
});
P(CLIN, "That famous footballer's mum is on our ward. No, I won't tell you who. Ok, it rhymes with…", {
  platform: "tiktok",
  note: "celebrity relative hinted",
});
P(CLIN, "the lad from the crash on the A19 last night is still in resus, pray for him", {
  platform: "facebook",
  note: "identifiable via event",
});
P(PROF, "Christ on a bike, this ward is a f**king sauna in summer", {
  platform: "facebook",
  note: "masked + blasphemy",
});
P(PROF, "Morning all. Car park full again. Fml.", { platform: "x", note: "acronym" });
P(DISC, "Ugh, another 'they/them' on the student list. Snowflakes, the lot of them.", {
  platform: "x",
  note: "gender identity",
});
P(DISC, "Asian doctors are all the same, can't tell them apart", { platform: "facebook", note: "race" });
P(ABUSE, "I swear if the night reg ignores my bleep again I'll knock his teeth out", {
  platform: "whatsapp",
  note: "threat",
});
P([ABUSE, PROF], "@agency_nurse_21 you're a f*cking disgrace, don't come back", {
  platform: "x",
  note: "targeted abuse with profanity",
});
P(POL, "Honestly the Lib Dems are the only party with a credible social care plan. #VoteLibDem", {
  platform: "bluesky",
  note: "hashtag campaign",
});
P(POL, "Proud member of the Labour Party and I'm not afraid to say it 🌹", {
  platform: "instagram",
  account: per("@hca_charlotte", "HCA. My views."),
  note: "party membership",
});
P(LEGAL, "So the coroner wants statements from all of us about the death on Ward 2. Nervous.", {
  platform: "x",
  note: "coroner",
});
P(LEGAL, "Our trust is taking the agency to court over unpaid invoices. About time!", {
  platform: "facebook",
  note: "lawsuit",
});
P(EMERG, "Ward 3 being evacuated right now, smoke in the corridor, patients going to the day room", {
  platform: "facebook",
  note: "live evacuation",
});
P(EMERG, "gas leak on site, main entrance closed, everyone's out in the rain", {
  platform: "x",
  note: "gas leak",
});
P(
  PERF,
  "Board just signed off another £5m on agency staff while our ward has 6 vacancies. Brilliant management.",
  {
    platform: "x",
    account: per("@sister_k", "Ward sister. Own views."),
    note: "finance criticism",
  },
);
P(PERF, "Bottom of the league tables again for cancer waits. We deserve better leaders.", {
  platform: "facebook",
  note: "league tables",
});
P(ADVICE, "Reply to @Tasha_J: yes, that sounds like a migraine, take 2 sumatriptan and lie down", {
  platform: "x",
  note: "reply advice",
});
P(ADVICE, "Message me privately with your test results and I'll explain what they mean for you 💬", {
  platform: "instagram",
  account: per("@the.biochemist", "Clinical scientist. Views my own."),
  note: "offer of individual advice",
});
P(
  COMM,
  "Shout out to PetalPlus florists — the only place I buy flowers for my patients' bedsides. 10% off with code WARD10",
  {
    platform: "facebook",
    note: "discount code",
  },
);
P(
  COMM,
  "Loving my new stethoscope from CardioPro, they sent it free and I've been told to recommend it to students 🩺",
  {
    platform: "instagram",
    note: "undeclared gifted",
  },
);
P(CONF, "Overheard the execs — we're bidding for the new diagnostics centre contract, keep it quiet", {
  platform: "x",
  note: "bid",
});
P(
  CONF,
  "Draft budget for next year has the community team losing 4 posts. Haven't been told officially yet.",
  {
    platform: "bluesky",
    note: "draft budget",
  },
);
P(SEC, "Porters' lodge door is propped open every night 10pm till 6am, anyone could walk in", {
  platform: "x",
  note: "access",
});
P(SEC, "Alarm on the maternity unit exit doesn't go off if you hold the button down for 5 seconds", {
  platform: "facebook",
  note: "security weakness",
});
P(
  CONCERN,
  "Posting this because internal routes have failed: we're being told to falsify obs charts on nights.",
  {
    platform: "x",
    note: "public disclosure",
  },
);
P(
  CONCERN,
  "Tagging the chief exec because my Datix about the broken fridge got closed without action. @ChiefExecRWT",
  {
    platform: "x",
    note: "escalation via social",
  },
);
P(
  AWAY,
  "First time both of us have had the same week off — heading to Crete in the morning, house sitter cancelled 😬",
  {
    platform: "facebook",
    note: "house empty",
  },
);
P(AWAY, "Greetings from Florida! 🌴 Back at work on the 14th", { platform: "instagram", note: "away now" });
P(DISCL, "Another lovely day on the children's ward. The play specialists are magic 💫", {
  platform: "instagram",
  account: per("@nurse.on.paeds", "Children's nurse at Wolverhampton's New Cross Hospital 🧸"),
  note: "no disclaimer",
});
P(
  DISCL,
  "Proud to present our ward's falls-prevention project at the trust's quality improvement showcase today!",
  {
    platform: "linkedin",
    account: per("Siobhan Kelly", "Staff Nurse, Tees, Esk and Wear Valleys NHS Foundation Trust"),
    note: "no disclaimer",
  },
);
P(BRAND, "Quiz night win with the girls 🏆", {
  platform: "facebook",
  account: per("Jo EPUT Nurse", "Nurse. Opinions my own."),
  note: "trust abbreviation in display name",
});
P(BRAND, "Best Sunday: pancakes and a lie-in", {
  platform: "x",
  account: per("@NurseAmy_TEWV", "Views my own"),
  note: "abbreviation at end of handle",
});
P(NHSMAIL, "Getting married in June! Save-the-date replies to james.oconnor@nhs.net please", {
  platform: "instagram",
  account: per("@jamesandbeth2027", "", false),
  note: "personal matter",
});
P(NHSMAIL, "Fostering info evening — drop me a line if interested", {
  platform: "facebook",
  account: per("Ruth Adebayo", "Foster carer and nurse. Views my own. Email: ruth.adebayo1@nhs.net"),
  note: "bio contact",
});
P([LOGO, COMM], "Custom NHS-logo keyrings, £3 each, all proceeds to my holiday fund 😂 DM me", {
  platform: "instagram",
  note: "logo merch",
});
P(LOGO, "My wedding invites have the trust logo on them because that's where we met 💙", {
  platform: "facebook",
  note: "logo on invitations",
});
P(CONSENT, "Ward party last night, what a team! 🎉", {
  platform: "facebook",
  account: per("Mei Lin Chen", "Nurse. Views my own."),
  media: [img(true, false), img(true, false)],
  note: "two images, no consent",
});
P([CONSENT, CLIN], "Our ward's oldest resident doing the conga at the Christmas party 😂", {
  platform: "tiktok",
  media: [vid(true, false)],
  note: "patient on video",
});
P(TAG, "Welcome to our new cohort of nursing associates!", {
  platform: "facebook",
  account: off("@TEWV"),
  media: [img(true, true, ["Amira Khan", "Ben Lowe", "Chris Ng"])],
  note: "three name tags",
});
P(TAG, "Thanks to our amazing domestic team for keeping us spotless 🧽", {
  platform: "instagram",
  account: dev("@ward_4_thh", "Ward 4, The Hillingdon Hospitals"),
  media: [img(true, true, ["@housekeeper_hazel"])],
  note: "devolved account tags",
});
P(
  LEN,
  "Thank you to everyone who came to our community open day on Saturday. Over 400 people visited to learn about our services, meet our teams and find out about careers in mental health and learning disability care. Special thanks to the volunteers who ran the tea stall and the young people's choir who performed.",
  { platform: "x", account: off("@TEWV"), note: "over 280" },
);
P(
  LEN,
  "New to the area? Registering with a GP practice is easy and you don't need proof of address or ID. Just contact the practice you'd like to join. Once registered you can book appointments, order repeat prescriptions and see your records through the NHS App, which saves time for you and for the busy practice team alike. Welcome!",
  { platform: "bluesky", account: off("@eput.bsky.social"), note: "over 300" },
);
P(LINK, "We've changed how you book blood tests. Full details in our news section", {
  platform: "x",
  account: off("@RWTHospitals"),
  note: "full details, no URL",
});
P(LINK, "Want to know more about our research? Learn more on our website", {
  platform: "bluesky",
  account: off("@rwthospitals.bsky.social"),
  note: "learn more, no URL",
});

// ================================================================= MORE CLEAN POSTS (second pass)
clean("Proud to work for the NHS 💙 Happy New Year everyone!", {
  platform: "x",
  account: per("@theatre_tom", "Scrub nurse. Views my own."),
  note: "generic pride",
});
clean("Pizza and a film night with the kids. Perfect.", {
  platform: "facebook",
  account: per("Sunita Patel", "Pharmacist at RWT. Personal page, views my own."),
  note: "personal, employer in bio",
});
clean(
  "Our hospital radio volunteers are looking for new presenters. Fancy it? Apply at https://www.rwt.nhs.uk/volunteer",
  {
    platform: "x",
    account: off("@RWTHospitals"),
    note: "volunteer recruitment",
  },
);
clean("The staff choir will be singing carols in the main atrium on 18 December at 12:30. Come along!", {
  platform: "facebook",
  account: off("@THHNHSFT"),
  note: "event",
});
clean(
  "Our A&E is very busy today. Please only attend for serious or life-threatening conditions and use NHS 111 for everything else.",
  {
    platform: "x",
    account: off("@CMFTNHS"),
    note: "official busy message, not personal performance commentary",
  },
);
clean("Dementia Friends session for staff and visitors, Tuesday 2pm, seminar room 3. No need to book.", {
  platform: "x",
  account: off("@EPUTNHS"),
  note: "condition named generally",
});
clean("Love this picture of our hospital at night ✨", {
  platform: "instagram",
  account: per("@night.porter.nick", "Porter. Views my own."),
  media: [img(false, false)],
  note: "building photo",
});
clean("Celebrating #NursesDay with cake and a big thank you to every nurse across our hospitals 🎂", {
  platform: "x",
  account: off("@RWTHospitals"),
  note: "cake, no birthday",
});
clean(
  "Our patient panel meets on the first Monday of every month. If you've used our services recently and want to help shape them, email involvement@tewv.nhs.uk",
  {
    platform: "facebook",
    account: off("@TEWV"),
    note: "team inbox",
  },
);
clean("Guess who's a grandma!! 👶💕", {
  platform: "facebook",
  account: per("Bridget O'Hara", "", false),
  note: "family news without DOB",
});
clean(
  "New blog from our chief nurse on why compassionate leadership matters: https://www.eput.nhs.uk/blog/compassion",
  {
    platform: "x",
    account: off("@EPUTNHS"),
    note: "blog link",
  },
);
clean(
  "Our ward 10 team are running the Great North Run for the hospital charity. Sponsor them at https://www.justgiving.com/ward10gnr",
  {
    platform: "x",
    account: dev("@Ward10TEWV", "Ward 10 team, TEWV"),
    note: "ward name, fundraising",
  },
);
clean(
  "It's Speak Up Month. If something doesn't feel right at work, talk to your manager or a Freedom to Speak Up guardian.",
  {
    platform: "x",
    account: off("@TEWV"),
    note: "encouraging internal route, not raising a concern",
  },
);
clean(
  "Remember: if you post about work on your personal accounts, add a line saying your views are your own.",
  {
    platform: "x",
    account: off("@CMFTNHS"),
    note: "policy reminder",
  },
);
clean("Teddy bear hospital day at the local primary school! Our student doctors checked over 60 teddies 🧸", {
  platform: "instagram",
  account: off("@cmftnhs"),
  media: [img(false, false)],
  note: "teddies, no people",
});
clean("Just passed my driving test at the fourth attempt, don't judge me 🚗", {
  platform: "x",
  account: per("@hca_harriet", "HCA. Own views."),
  note: "personal",
});
clean(
  "Interesting read on the history of the NHS logo and brand guidelines: https://www.england.nhs.uk/nhsidentity/",
  {
    platform: "x",
    account: per("@design_dave", "Comms officer. Views my own."),
    note: "talks about the logo without using it",
  },
);
clean("Class of 2026 nursing graduates, we can't wait to welcome you in September! 🎓", {
  platform: "instagram",
  account: off("@tewvnhsft"),
  note: "class",
});
clean("Our hospital's Dickens ward has been renamed Hope Ward after a vote by patients and staff.", {
  platform: "facebook",
  account: off("@THHNHSFT"),
  note: "Dickens, ward naming",
});
clean("Cocktail sausages and mince pies at the volunteers' party, what more could you want 😄", {
  platform: "x",
  account: per("@vol_val", "Volunteer", false),
  note: "cocktail, party",
});
clean("Mrs Brown's Boys is on again, my favourite Christmas tradition 😂", {
  platform: "x",
  account: per("@kayleigh_x", "", false),
  note: "Mrs + surname that is a TV show, not a patient",
});
clean("First shift back after maternity leave. Nervous but excited!", {
  platform: "instagram",
  account: per("@midwife_mo", "Midwife. Views my own."),
  note: "personal work news with disclaimer",
});
clean("The flu vaccine can't give you flu. It's safe, quick, and it protects the people you care about.", {
  platform: "bluesky",
  account: off("@eput.bsky.social"),
  note: "health promotion",
});
clean("Lots of you asked about parking for the open day: the visitor car park is free all day on Saturday.", {
  platform: "x",
  account: off("@RWTHospitals"),
  note: "self-contained info",
});
clean("Spent my day off volunteering at the food bank. Good for the soul.", {
  platform: "facebook",
  account: per("Kwame Mensah", "OT. All views mine."),
  note: "personal",
});
clean(
  "Tip: the NHS App lets you order repeat prescriptions and see your GP record. Download it: https://www.nhs.uk/nhs-app/",
  {
    platform: "x",
    account: off("@THHNHSFT"),
    note: "NHS App promotion",
  },
);
clean("Annual leave request for my sister's wedding approved! Views my own, obviously 😄", {
  platform: "x",
  account: per("@admin_abi", "Medical secretary"),
  note: "leave approved, no absence from home; disclaimer in text",
});
clean(
  "Welcome to the 48 international nurses who joined us this month from India, Nigeria, the Philippines and Zimbabwe 💙",
  {
    platform: "linkedin",
    account: off("The Royal Wolverhampton NHS Trust"),
    note: "nationality, inclusive",
  },
);
clean(
  "Our Arabic, Polish and Urdu interpreters are available free for all appointments — just ask when you book.",
  {
    platform: "facebook",
    account: off("@CMFTNHS"),
    note: "languages, inclusive",
  },
);
clean("Tonight's ward quiz answer: the Penistone Paramount cinema. Well done to Bay B! 🎬", {
  platform: "x",
  account: dev("@StaffSocialTEWV", "TEWV staff social committee"),
  note: "Penistone; Bay B is a quiz team",
});

// ================================================================= THIRD PASS: harder variants
P(
  [NHS, CLIN],
  "Long day. The worst bit was finding out that the lady we'd been looking after all week (NHS: {NHS_U}) had been given the wrong diet for three days because her allergy wasn't on the system. We've fixed it now.",
  {
    platform: "facebook",
    note: "NHS number mid-paragraph",
  },
);
P(NHS, "nhs no.{NHS_S} - that's the one on the letter", {
  platform: "whatsapp",
  note: "no space after label",
});
P(
  NINO,
  "Employee details for the bank office: Tomasz Nowak, NI number tn 12 34 56 a? No wait, it's TW 12 34 56 A. Sorry!",
  {
    platform: "facebook",
    note: "invalid TN prefix then valid TW NINO",
  },
);
P(
  PC,
  "Anyone live near DL36HX? Looking for a lift in for early shifts — it's my postcode, so close by would be ideal",
  {
    platform: "facebook",
    note: "unspaced postcode",
  },
);
P(
  [PC, ADDR, NAME, CLIN, SEC],
  "Handover: Mr Ayo Bankole, Apartment 12, Riverside Court, WV1 3FQ — needs insulin 8am and 6pm, key safe code with the office",
  {
    platform: "whatsapp",
    note: "patient address, postcode, treatment",
  },
);
P(
  [DOB, NAME, CLIN],
  "Patient: O'SULLIVAN, Maeve. DOB: 3rd Feb 1972. Query DVT. Can vascular see her before 5?",
  {
    platform: "x",
    note: "surname-first patient label",
  },
);
P([DOB, CLIN], "Aged 84 (d.o.b. 02/02/1942), fall at home, long lie — family on their way", {
  platform: "whatsapp",
  note: "DOB in parentheses",
});
P(PHONE, "Need a babysitter for Friday night shifts, message me on +447700900714", {
  platform: "facebook",
  note: "+44 unspaced",
});
P(PHONE, "07700-900-288 is my new work mobile... jk it's my personal one, text me about the bake-off", {
  platform: "x",
  note: "hyphenated mobile at start",
});
P(EMAIL, "For the retirement collection, PayPal to maureen.o.briggs@btinternet.com by Friday please!", {
  platform: "facebook",
  note: "btinternet address",
});
P(EMAIL, "reach me at hannah dot quinn 91 at gmail dot com if you want the rota swap", {
  platform: "x",
  note: "obfuscated personal email",
});
P([NAME, CLIN], "Pt: KOWALCZYK, Zofia — bed 18 — for discharge today, TTOs awaited", {
  platform: "whatsapp",
  note: "surname-first patient",
});
P(
  NAME,
  "Everyone's talking about why Sandeep Gill from theatres was walked off site by security yesterday. Anyone know?",
  {
    platform: "facebook",
    note: "named staff, disciplinary rumour",
  },
);
P(
  CLIN,
  "The lady with early-onset Alzheimer's who runs the corner shop on Albert Street came to memory clinic today. So sad.",
  {
    platform: "facebook",
    note: "identifiable by shop and street",
  },
);
P(CLIN, "Guess which local news presenter was in our eye clinic this morning? 👀 Cataracts, poor thing", {
  platform: "x",
  note: "identifiable celebrity + diagnosis",
});
P([PROF, SEC], "FFS, who keeps leaving the drugs trolley unlocked?", {
  platform: "whatsapp",
  note: "FFS + unlocked drugs trolley",
});
P(PROF, "Sodding car park barrier ate my ticket again. B*llocks.", { platform: "x", note: "mild + masked" });
P(PROF, "what a bloody shitshow of a handover", { platform: "bluesky", note: "compound" });
P(DISC, "We've got more than enough coloured staff on this ward already, thanks", {
  platform: "facebook",
  note: "race",
});
P(DISC, "Not being funny but the deaf patients are just hard work, should have their own hospital", {
  platform: "x",
  note: "disability",
});
P(ABUSE, "@troll_account_99 go and kill yourself, honestly, nobody would miss you", {
  platform: "x",
  note: "incitement to self-harm",
});
P(ABUSE, "Our matron is a spineless, useless excuse for a manager and I'll be telling her that to her face", {
  platform: "facebook",
  note: "insult",
});
P(POL, "#ToriesOut. That's it, that's the tweet.", { platform: "x", note: "hashtag" });
P(POL, "Proud Conservative here and I'll be voting that way again, whatever my colleagues think", {
  platform: "facebook",
  note: "party support",
});
P(POL, "Vote Reform. Fix Britain.", { platform: "x", note: "short slogan" });
P(
  LEGAL,
  "My fitness to practise hearing about what happened on the ward last year is next week. The trust hung me out to dry.",
  {
    platform: "facebook",
    note: "regulatory hearing involving trust",
  },
);
P(LEGAL, "HSE are prosecuting us over the lift accident. Honestly it was only a matter of time.", {
  platform: "x",
  note: "HSE prosecution",
});
P(EMERG, "Suspicious package at the main entrance, area cordoned off, bomb squad on the way", {
  platform: "x",
  note: "bomb alert",
});
P(EMERG, "Water main burst under the hospital, no running water on any ward right now", {
  platform: "facebook",
  note: "utility failure",
});
P(PERF, "The trust's deficit is now bigger than the whole community budget. Let that sink in.", {
  platform: "x",
  note: "finances",
});
P(PERF, "CQC slapped a warning notice on our ED last month and nothing has changed.", {
  platform: "bluesky",
  note: "regulator",
});
P(ADVICE, "Don't bother with the MMR for your little one, measles is mild. Trust me, I'm a nurse.", {
  platform: "facebook",
  note: "anti-vaccine advice",
});
P(ADVICE, "@new_mum_kat you can stop the antibiotics once the redness goes, no need to finish the course", {
  platform: "x",
  note: "reply advice",
});
P(COMM, "Sponsored by NutriBoost — the shakes I give to all my dietetic patients. Link in bio for 25% off", {
  platform: "instagram",
  note: "sponsorship",
});
P(COMM, "Affiliate link for the best nursing fob watch on the market ⬇️ (I get a small commission)", {
  platform: "tiktok",
  note: "affiliate",
});
P(
  CONF,
  "The chief exec is leaving next month. Announcement isn't until Friday so you didn't hear it from me",
  {
    platform: "x",
    note: "unannounced departure",
  },
);
P(
  CONF,
  "Minutes from today's private board session: they're outsourcing the laundry service. Staff not told yet.",
  {
    platform: "facebook",
    note: "private board",
  },
);
P(SEC, "CD cupboard key is on the red lanyard in the top drawer of the nurses' station", {
  platform: "x",
  note: "keys",
});
P(SEC, "Security guards' shift pattern is 7 till 7, with a gap between 3 and 4am while they swap over", {
  platform: "facebook",
  note: "security rota",
});
P(
  CONCERN,
  "#NHSWhistleblower here. Our infection rates are being hidden from the board and I can prove it.",
  {
    platform: "x",
    note: "whistleblowing hashtag",
  },
);
P(
  CONCERN,
  "I've been raising concerns about the night staffing for a year. Going to post every day until someone acts.",
  {
    platform: "bluesky",
    note: "campaign of public concern",
  },
);
P(AWAY, "Out of office: in Spain until the 3rd, house locked up, cat at the cattery 🐱", {
  platform: "facebook",
  note: "dates + empty house",
});
P(AWAY, "Empty house for a fortnight while we're in Canada! Neighbours, keep an eye out 🇨🇦", {
  platform: "x",
  note: "empty house",
});
P(
  DISCL,
  "A week in the life of a district nurse — from wound care to end-of-life visits. Watch to the end!",
  {
    platform: "youtube",
    account: per("@DistrictNurseDiaries", "District nurse in Essex. New videos every Sunday."),
    media: [vid(false, false)],
    note: "YouTube, no disclaimer",
  },
);
P(DISCL, "What I've learned after ten years as a ward manager in a busy hospital: a blog post", {
  platform: "blog",
  account: per("wardmanagerwrites", "Ward manager at Hillingdon Hospital."),
  note: "blog without the required disclaimer",
});
P(BRAND, "Best sunset ever from the allotment 🌅", {
  platform: "instagram",
  account: per("@rwt.gardening.nurse", "Views my own"),
  note: "abbreviation in handle",
});
P(BRAND, "Thirty today! Cake please", {
  platform: "x",
  account: per("@TheHillingdonHospitalsHCA", "My own views"),
  note: "full trust name in handle",
});
P(NHSMAIL, "Wedding photography enquiries welcome 📸", {
  platform: "instagram",
  account: per("@shotsbyshaz", "Photographer. Nurse by day. Views mine. ✉️ sharon.hughes3@nhs.net"),
  note: "side business contact on NHS email",
});
P(NHSMAIL, "For the allotment society newsletter, send articles to me at peter.lowe@rwt.nhs.uk", {
  platform: "facebook",
  account: per("Peter Lowe", "Allotment society secretary. Views my own."),
  note: "trust email for hobby society",
});
P(LOGO, "Photoshopped the NHS logo onto my fantasy football team badge 😂⚽", {
  platform: "x",
  account: per("@fpl_nurse", "Views my own"),
  note: "logo parody",
});
P(
  LOGO,
  "Ordered hoodies for our unofficial ward netball team with the hospital's logo on the back — look official eh?",
  {
    platform: "instagram",
    account: per("@netball_nic", "Views mine"),
    note: "logo on team kit",
  },
);
P(CONSENT, "Our physio team's charity calendar shoot, behind the scenes 😂", {
  platform: "youtube",
  account: dev("@PhysioTeamEPUT", "EPUT physiotherapy"),
  media: [vid(true, false)],
  note: "devolved account, no consent",
});
P(CONSENT, "Spotted at the staff canteen: the world's longest queue for chips 🍟", {
  platform: "x",
  media: [img(true, false)],
  note: "candid crowd photo",
});
P(TAG, "Congratulations to our Long Service Award winners! 🥇", {
  platform: "linkedin",
  account: off("The Royal Wolverhampton NHS Trust"),
  media: [img(true, true, ["Gurpreet Sandhu", "Mary Kavanagh"])],
  note: "LinkedIn person tags",
});
P(TAG, "Welcome back to our returning nurses 💙", {
  platform: "x",
  account: off("@EPUTNHS"),
  media: [img(true, true), img(true, true, ["@ret_nurse_ruth"])],
  note: "tag on second image only",
});
P(
  LEN,
  "We know that waiting for an operation can be worrying. That's why we've launched a new 'waiting well' service for patients on our surgical waiting lists, offering help with exercise, diet, stopping smoking and mental wellbeing so that you're as fit as possible for surgery. Ask your GP or visit https://www.rwt.nhs.uk/waitingwell",
  { platform: "x", account: off("@RWTHospitals"), note: "long even though it has a link" },
);
P(
  LEN,
  "lovely to finally meet so many of you at the regional nursing conference today!! honestly came away buzzing with ideas for our ward, especially the session on compassionate rostering and the one on supporting international nurses in their first year. thank you to the organisers, the speakers and everyone who said hi 💙 views my own",
  {
    platform: "bluesky",
    account: per("@nurse-nkem.bsky.social", "Nurse"),
    note: "long personal Bluesky, disclaimer in text",
  },
);
P(LINK, "Click the link for more information about our new visiting hours", {
  platform: "x",
  account: off("@CMFTNHS"),
  note: "refers to a link that is not there",
});
P(LINK, "Full details of the new parking permits for staff are now available — check them out!", {
  platform: "bluesky",
  account: off("@rwthospitals.bsky.social"),
  note: "details, no URL",
});

// ================================================================= NO PLATFORM GIVEN (platform is optional)
P([NHS, CLIN], "Pls can someone re-send the referral for {NHS_S}, ortho never got it", {
  note: "no platform",
});
P(PROF, "Another bloody IT upgrade that breaks everything. Shit.", { note: "no platform" });
P(POL, "Honestly, voting Green this time. The big two have failed the NHS.", { note: "no platform" });
P(AWAY, "Two weeks in Portugal from Saturday, so the house will be empty — can someone water the tomatoes?", {
  note: "no platform",
});
P(
  [NAME, CLIN],
  "Please keep Mr Henryk Zielinski in your thoughts, he's back in our high dependency unit tonight",
  {
    note: "no platform",
  },
);
P(SEC, "Reminder: the staff entrance code changes to 5590 on Monday", { note: "no platform" });
clean("Thank you to all our colleagues working over the bank holiday weekend 💙", {
  account: off("@TEWV"),
  note: "no platform, official",
});
clean(
  "This post is deliberately long to show that without a platform there is no length limit to apply. Our new physiotherapy gym has opened with state-of-the-art equipment donated by the League of Friends, and patients recovering from strokes, fractures and major surgery are already using it every day with our therapy teams. Find out more on our website.",
  { account: off("@RWTHospitals"), note: "long text, no platform: no length or link check" },
);
clean("Lovely walk on the beach with the dog this morning 🐕", {
  account: per("@beach_dog_mum", "Nurse. Views my own."),
  note: "no platform, personal",
});
clean("Applications for the volunteer befriender scheme close on 30/11/2026 — ask at the main reception.", {
  account: off("@THHNHSFT"),
  note: "no platform, closing date",
});

// Give a personal account (with a disclaimer) to every account.* positive that has none, and to
// every third other positive without one, so account presence varies.
const ROTA = [
  per("@jojo_b", "Views my own."),
  per("@marcus_t", "Dad | Villa fan | views mine"),
  per("Aisha Rahman", "Opinions are my own."),
  per("@the_night_owl", "Night worker. Personal account."),
  per("@ollie_p", "All views my own."),
  per("Gareth Lloyd", "Views expressed are my own."),
  per("@wendy_w", "Mum of 3. My own views, not my employer's."),
  per("@priti_k", "Baker, walker. Views my own."),
  per("@steph_sw", "Own views."),
  per("@tunde_o", "Views my own. RTs ≠ endorsement."),
  per("@bella.m", "💙 views my own"),
  per("Niamh Byrne", "Personal page — views mine."),
];
{
  let r = 0;
  let k = 0;
  for (const p of posts) {
    if (p.account || p.categories.length === 0) continue;
    const accountCat = p.categories.some((c) => c.startsWith("account."));
    if (accountCat || (p.platform !== "whatsapp" && k++ % 3 === 0)) p.account = ROTA[r++ % ROTA.length];
  }
}

// ================================================================= OUTPUT
// Deterministic shuffle so categories are interleaved, then number the posts.
// Ids are stable: the first FROZEN posts keep their shuffled positions; posts added later (always
// append them at the end of the list above) are numbered after them in the order written.
const FROZEN = 706;
const order = posts.map((p, i) => ({ p, k: i < FROZEN ? rnd() : 1 + i, i }));
order.sort((a, b) => a.k - b.k || a.i - b.i);
const lines = order.map(({ p }, n) => {
  const categories = [...new Set(p.categories)].sort();
  const verdict =
    p.verdict ??
    (categories.some((c) => BLOCKING.has(c)) ? "block" : categories.length > 0 ? "review" : "pass");
  const obj = { id: `c${String(n + 1).padStart(4, "0")}`, text: fill(p.text) };
  if (p.platform) obj.platform = p.platform;
  if (p.account) obj.account = p.account;
  if (p.media) obj.media = p.media;
  obj.expect = { verdict, categories };
  if (p.note) obj.note = p.note;
  return JSON.stringify(obj);
});
writeFileSync(join(here, "posts.jsonl"), `${lines.join("\n")}\n`);
console.log(`wrote ${lines.length} posts`);
