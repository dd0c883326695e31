# Facebook personal posts, mostly with no account field. Written one by one.
from helpers import *

F = "facebook"

it("Such a sad shift. Lovely Mr Pritchard who we've had with us since September passed away this afternoon with his daughters holding his hands. RIP Ted, the ward won't be the same without your awful jokes 💔",
   [NAME, CLIN], "named patient, death on the ward, length of stay", F)

it("Worst night in ED I've had in years. Little girl, 4, brought in from the house fire in Bilston. We did everything we could. I can't stop thinking about her.",
   [CLIN], "child identifiable by age + incident + place + time; the house fire does not affect the trust, so not an emergency incident", F)

it("Welcome to the world baby Oliver 💙 born 03:42 this morning on delivery suite, 34+2 and 2.1kg of pure fight. Mum Chantelle you were incredible. So proud to be your midwife x",
   [NAME, CLIN], "baby and mother named, gestation and weight; no full date written, so no date of birth", F)

it("Stillbirth on our unit last night at 37 weeks. The mum teaches at my son's school. I'm heartbroken for her and I don't know what I'll say when I see her at the gate",
   [CLIN], "identifiable by her job and relation to the poster", F)

it("It was Arthur's 95th on the ward today so we got him a Colin the Caterpillar and sang to him in bay 3. His face!!! ❤️",
   [NAME, CLIN], "birthday on the ward, first name and bay", F)

it("District nurse life: visited a lovely chap on Cromwell Street today, 89, leg ulcers, lives alone with six cats. Made me a brew in a mug older than me 😂",
   [CLIN], "home visit identifiable by street + age + cats + condition; no house number so not a full address", F)

it("Receptionist at our surgery here. Had Mr Derek Whitlow in again wanting antibiotics for a cold, took me 20 minutes to get him to go home",
   [NAME, CLIN], "GP surgery: full name and what he came in for", F)

it("Picked up a regular tonight, Dazza from the flats behind the bus station. Fourth time this week, drunk and 'can't feel his legs'.",
   [NAME, CLIN], "ambulance job: nickname + where he lives + condition", F)

it("One of our girls on the eating disorder unit hit her target weight today 🎉 Chloe if you see this, I'm so so proud of you",
   [NAME, CLIN], "mental-health unit, first name, treatment progress", F)

it("RIP Brenda Hollis. Our longest-serving ward volunteer died on ward 5 yesterday, the same ward where she'd made tea for hundreds of patients. We held her hand at the end.",
   [NAME, CLIN], "she died as a patient on the ward: named, death on the ward", F)

it("Pray for our Bev, HCA on ward 6 for 20 years, she's just been told it's breast cancer. Let's get her card signed before Friday 💗",
   [NAME], "STAFF-CONF: colleague named with her own diagnosis", F)

it("Dr Mensah is off with stress AGAIN apparently, third time this year. Must be nice.",
   [ABU, NAME], "STAFF-CONF: colleague's sickness absence, with a dig", F)

it("Jenna from reception is off after her miscarriage, there's a collection in the staff room for flowers if anyone wants to chip in",
   [NAME], "STAFF-CONF: pregnancy loss", F)

it("Tenerife for 2 weeks from Saturday ☀️ house is all yours burglars 😂",
   [AWAY], "announces absence from home", F)

it("Christmas in Lapland with the kids!! We fly Monday and we're not back till the 30th 🎅❄️",
   [AWAY], "announces absence from home with dates", F)

it("Leaving do for our Gaz from portering, Friday 7pm at The Swan. 31 years pushing beds and he still can't drive the tug 😂 come and give him a proper send off",
   [], "TRAP: leaving do naming staff, pub is a public venue", F)

it("After 38 years our Sister Pauline Hughes hangs up her belt on Friday. She trained half of us. Ward 8 won't be the same without her 💐",
   [], "TRAP: retirement naming staff", F)

it("Leaving do at mine, 42 Penn Road, Saturday from 8! Bring a bottle and your dancing shoes 💃",
   [ADDR], "own home street address", F)

it("Selling my old scrubs, sizes 10-12, £5 each or 3 for £12. Text 07700 900417",
   [PHONE], "own mobile number", F)

it("lost dog in Uxbridge near the hospital, black lab called Bruno, please call 020 7946 0318 if you see him 😭",
   [PHONE], "personal phone number", F)

it("send any money for the ward fundraiser to my paypal sarahjonesrn@gmail.com, we're on £340 already!!",
   [EMAIL], "personal gmail address", F)

it("Never voted Tory in my life and after 14 years of what they did to the NHS I never will",
   [POL], "attack on a party", F)

it("Our local MP voted against our pay rise and then turned up on the ward for a photo op with a box of Roses. The cheek of it.",
   [POL], "attack on a politician", F)

it("Inquest into Mr Fenwick's death on ward 14 starts tomorrow. I'm giving evidence. Terrified doesn't cover it.",
   [CLIN, LEGAL, NAME], "inquest: named patient who died on the ward", F)

it("Police on the ward all day interviewing everyone about the missing oramorph. Feels like we're all suspects",
   [LEGAL], "police investigation involving the trust's staff", F)

it("Fire on ward 12 at New Cross, we're evacuating patients to the main atrium, please pray for us 🙏🔥",
   [EMERG], "live fire in a trust building posted by a member of staff", F)

it("Burst pipe has flooded the basement at Hillingdon, outpatients cancelled for the rest of the day. Absolute chaos",
   [EMERG], "live flood affecting services", F)

it("ED had 62 patients waiting for a bed at midnight. Four hour target? More like forty hour target.",
   [PERF], "waiting times and targets from a non-official voice", F)

it("Trust is £30 million in the red and they've just paid consultants to redesign the lanyards. Make it make sense",
   [PERF], "finances commentary", F)

it("Hun just give him calpol 5ml every 4-6 hours and ibuprofen in between, he'll be fine, no need for A&E x",
   [MED], "dosage advice to a friend about her child", F)

it("Use my code AMYRN15 for 15% off at Scrubbies UK 💙 honestly the comfiest scrubs I've worn in 12 years of nursing",
   [COMM], "discount code and endorsement", F)

it("Refer a friend to Tempest Nursing and we both get a £200 bonus 🤑 message me for my link",
   [COMM], "agency referral scheme", F)

it("Not announced yet but Ward 9 is closing in March and we're all being redeployed. Nobody's been told where.",
   [CONF], "closure not yet public", F)

it("I've tried every internal route. So here it is: our ward has been running with broken bed sensor alarms for 6 weeks and someone WILL fall. CQC, are you reading this?",
   [RAISE], "escalating a workplace safety concern in public", F)

it("Bullying on our maternity unit is out of control and HR do nothing. Midwives are leaving in droves. Somebody needs to look at what's going on in there",
   [RAISE], "raising a workplace concern in public", F)

it("12 hr shift, no break, no dinner, f*cking knackered. Goodnight.",
   [PROF], "masked swearing", F)

it("Another one on our team announcing she's pregnant. Rota's screwed till 2028 then 🙄 they should be allowed to ask at interview",
   [DISC], "demeaning remark about pregnancy", F)

it("The overseas lot on our ward can't even do a set of obs without asking someone. But yeah, 'international recruitment' is going great",
   [DISC], "coded remark about international staff", F)

it("Can't understand a word the new Indian reg says. Maybe learn English before you come over, mate",
   [ABU, DISC], "nationality/race remark aimed at a recognisable colleague", F)

it("Geriatric ward = god's waiting room. Coffin dodgers the lot of them 😂",
   [DISC], "age slur", F)

it("Huge congratulations to Priya Natarajan, Nurse of the Year at the RWT staff awards last night! Nobody deserves it more 🏆",
   [], "TRAP: staff award naming staff", F)

it("Welcome to the team Dr Femi Adeyemi, our new respiratory consultant! Cake in the seminar room at 3",
   [], "TRAP: welcome naming staff", F)

it("Happy birthday to me 🥳 07.12.1991 baby and still getting ID'd for wine",
   [DOB], "own full date of birth", F)

it("If you're struggling this Christmas, please reach out. Samaritans are on 116 123, 24/7, or text SHOUT to 85258. You matter ❤️",
   [], "TRAP: national helplines", F)

it("Flu jabs for staff are in the New Cross atrium all week, takes 2 minutes, go and get it done",
   [], "TRAP: general health information", F)

it("Lift share anyone? I live in WV6 8QP and do 7-7.30s at New Cross Mon-Thu 🚗",
   [PC], "own home postcode", F)

it("Found a P60 in the staff room with someone's NI number on it, NS 20 71 88 A. If it's yours come and see me on ward 2",
   [NINO], "a colleague's NI number", F)

it("Sat with a man in his last hours tonight whose family couldn't get there in time. I held his hand and told him about my garden. It's a privilege nobody tells you about.",
   [], "TRAP: a death told with nothing that could identify him (no name, age, place or mark)", F)

it("Happy retirement to Kev on security, 25 years keeping us all safe. The car park won't be the same",
   [], "TRAP: retirement; 'security' as a job, no arrangements disclosed", F)

it("Conservative management it is for my dodgy ankle, ice and feet up for a week. Doctor's orders (I am the doctor)",
   [], "TRAP: 'conservative' is clinical, own health", F)

it("My employment tribunal against the trust is finally listed for March. Can't say much but they know what they did.",
   [LEGAL], "tribunal involving the organisation", F)

it("Christmas Day shift done ✅ 7 patients, 1 tin of Quality Street, 0 breaks, and I'd do it all again with this team",
   [], "TRAP: patients counted, none identifiable", F)

it("Can't believe I'm saying it but I actually miss the ward. Mat leave is lovely but I need adult conversation 😂",
   [], "own maternity leave, told by herself", F)

it("Our HCA Tina's been suspended while the police look into something. Nobody knows what. Whole ward's talking.",
   [LEGAL, NAME], "STAFF-CONF: suspension and police investigation of a named colleague", F)

it("Dr Hughes is under GMC investigation, heard it from medical staffing. Explains a lot.",
   [ABU, LEGAL, NAME], "STAFF-CONF: regulatory investigation of a named doctor, with a dig", F)

it("As a nurse I'd honestly say come off the sertraline for a week and see how you feel, half of those side effects are the tablets",
   [MED], "individual medication advice", F)

it("Your mum should up her furosemide to 80mg in the mornings if her ankles are that swollen, then get the GP to check her bloods",
   [MED], "dosage advice to a friend about her mother", F)

it("Doing the Great North Run in September for our local hospice. If you can spare a quid it means the world 🏃‍♀️",
   [], "charity fundraising, no product or company", F)

it("Night shift bingo: someone says 'it's quiet' ✔️ printer jams ✔️ consultant rings at 4am ✔️ toast at 5 ✔️",
   [], "work humour, no personal data", F)

it("Sixteen years on the same ward this week. Still love it (most days 😂)",
   [], "own work, no account", F)

it("PSA to my friends: if your kid has a temperature that won't come down or they're floppy and not themselves, don't sit on it, ring 111 or go to A&E.",
   [], "TRAP: general health information, not individual advice", F)

it("Back from Lanzarote and straight into a night shift, who even am I",
   [], "TRAP: already back home", F)

it("Blood donor session at Manchester Royal Infirmary, Oxford Road, M13 9WL, Saturday 10-3. Give blood, save lives 🩸",
   [], "TRAP: a hospital's own postcode", F)

it("Sad to see our old maternity block come down. It opened on 4 March 1968 and half of Wolverhampton was born in there",
   [], "TRAP: an opening date, not a birth date", F)

it("Massive thanks to Jo on ward 7 for covering my shift so I could see my little lad's nativity ❤️",
   [], "TRAP: thanks naming a colleague", F)

it("Who else is in on the 25th? Solidarity 🎄 I'll be the one in the antlers on AMU",
   [], "bank holiday shift chat", F)

it("Remember, if something at work is worrying you, speak to your Freedom to Speak Up guardian. Ours is brilliant and it's confidential",
   [], "TRAP: signposting the internal route", F)

it("Still buzzing from the ward quiz night. We came last. Again. Our specialist subject is apparently nothing",
   [], "social", F)

it("Mr and Mrs Patel from bed 7 and 8 have been married 70 years today and the ward did them a little cake 🥹 love is real",
   [CLIN, NAME], "named patients with beds: an anniversary on the ward", F)


it("Cannot believe how many folk are still parking in the ambulance bay. Absolute weapons",
   [ABU], "insult aimed at people", F)

it("The lady I nursed on the stroke unit in 2023, the one who ran the chippy on Dudley Road, stopped me in Tesco today to say she's walking again. Made my week",
   [CLIN], "identifiable by her job and place, with her stroke care and outcome", F)

it("To whoever keeps nicking the milk from the ward fridge, I hope your tea is always lukewarm",
   [], "TRAP: mild joke, no recognisable target", F)
