# More patient, staff and identifier cases across care settings. Written one by one.
from helpers import *

W, F, X, B, I, T, L = "whatsapp", "facebook", "x", "bluesky", "instagram", "tiktok", "linkedin"

sal = pa("@sal_in_resus", "ED nurse in Wolverhampton. Views are my own.")
gaz = pa("@gazza_paramedic", "Paramedic. Views mine not my employer's.")
nina = pa("@nina.ot", "OT in community mental health, Essex. Personal account, views my own.")

it("Can someone book transport for " + nhs("999456789") + " Mr Aldous, renal clinic Thursday 10:40, he needs a stretcher",
   [CLIN, NAME, NHS], "NHS number with name and appointment", W)

it("Mrs Gwen Price, 14 Beacon Rise, Sedgley DY3 1LP – DN visiting twice daily for her PEG feeds. Saving this here so I don't lose it lol",
   [ADDR, CLIN, NAME, PC], "patient's name, address, postcode and treatment", F)

it("New admission to Ashby ward overnight, first name Callum, DOB 04/02/2001, brought in on a 136 from Redcar",
   [CLIN, DOB, NAME], "MH unit admission with first name, date of birth and section", W)

it("Just delivered a baby girl in the back of the ambulance on the A40 near Harefield at 04:22 😭 3.1kg, mum called her Ava. Best shift ever",
   [CLIN, NAME], "ambulance job: named baby, place, time, weight; no full date", X)

it("Bloods for Thompson in bay 5 came back, Hb 64, needs 2 units. Can someone bleep the reg",
   [CLIN, NAME], "surname alone + bay + result", W)

it("Mr Ahmed in room 2 wants his sick note backdating to October, says the doctor agreed. Can someone check his notes before I print it",
   [CLIN, NAME], "GP surgery: patient by title and surname with a fit note request", W)

it("So proud of our HCA Tanya who stayed two hours after her shift to sit with the end of life patient in side room 6 because his family were stuck on the M25 💙",
   [CLIN], "praise of staff is clean, but the patient is identifiable: side room + end of life + today + family's situation", F)

it("Day 47 of the gent in bed 12 proposing to me every morning 😂 he's 93 and I've finally said yes",
   [CLIN], "bed + age + length of stay", T)

it("Pt in resus 1 is the Year 11 from Highfields, the one in the video everyone's sharing. Mum's with her. NOBODY talks to press",
   [CLIN], "identifiable by school, the viral video and resus", W)

it("Home visit in Stockton this morning and the lady's son turned out to be my old PE teacher 😂 she's doing well after her hip though",
   [CLIN], "home visit identifiable by relation to someone known + place + operation", F)

it("Lisa Marsh, bed 7, DNACPR signed this afternoon, family aware, please update the board",
   [CLIN, NAME], "full name, bed, resuscitation decision", W)

it("We had a local councillor in ED tonight with chest pain. Not saying which one. Yes, the one campaigning to close our A&E. The irony.",
   [CLIN, POL], "identifiable by his job and campaign, with his complaint; jab at a politician", X)

it("Mrs Ola from Basildon comes to see her husband on our unit every single day on two buses. Love like that 💕",
   [CLIN, NAME], "relative named, which identifies the patient on a unit", I)

it("Room 6 is 8cm, G4P3, previous stillbirth so be gentle with her. Her name's Danielle, partner is Mark",
   [CLIN, NAME], "maternity: first name, room, obstetric history", W)

it("Just discharged our last covid patient of the winter. 58, ex-miner from Easington, three weeks in ICU and he walked out. Cried my eyes out",
   [CLIN], "discharge identifiable by age + job + place + length of stay", F)

it("Mr Grainger in theatre 2 has had a reaction to the gent, anaesthetist wants an ITU bed asap",
   [CLIN, NAME], "theatre: title+surname with adverse reaction", W)

it("Case reflection: a 34-year-old primary school teacher from Grays was admitted to our acute ward in November after her first manic episode. What struck me most was how quickly the stigma started...",
   [CLIN], "blog reflection identifiable by age + job + town + month + diagnosis", "blog", pa("reflective_rmn", "Mental health nurse, Essex. Any views expressed in this blog are entirely my own.", True))

it("The Wilsons' baby came at 29 weeks last night, 1.3kg, she's on CPAP in NICU. Dad's one of our porters so please be discreet",
   [CLIN, NAME], "surname, gestation, weight, neonatal care", W)

it("Two years supporting a young man with schizophrenia in Hartlepool and today he started his first job at the Asda on Marina Way. Best day.",
   [CLIN], "community MH: diagnosis + place + workplace identifies him", F, nina)

it("Ambo crew brought in Pat from the Red Lion again 🙄 same as every Friday, same cubicle, same story",
   [CLIN, NAME], "first name + where he drinks + ED attendance", W)

it("DWP form for the lady in bed 7, her NI is ZE 61 04 29 B, can someone witness her signature?",
   [CLIN, NINO], "patient's NI number with bed", W)

it("Student finance STILL haven't paid me. Rang four times and gave them my NI number, JK 48 29 17 C, every. single. time.",
   [NINO], "own NI number", F)

it("The agency sent my payslip to someone else and it's got my NI on it, TP 60 43 12 B. Cheers guys",
   [NINO], "own NI number", X)

it("New starter Marta's NI is PE 28 19 64 A, HR need it for her smartcard, can someone forward to ESR",
   [NINO], "colleague's NI number (not a confidential context, so no name label)", W)

it("Patient lives at TS5 7HZ, DN to visit tomorrow am for his dressing change",
   [CLIN, PC], "patient's home postcode with a home visit", W)

it("Anyone near CO4 9RJ want to car share to The Lakes? I do 8-4 Mon-Fri ⛽",
   [PC], "own home postcode", F)

it("Doris Fairweather, UB10 8LT — the home oxygen delivery has failed again, 3rd time this month",
   [CLIN, NAME, PC], "named patient, home postcode, treatment", W)

it("Car broken into outside my house in M14 6PR last night while I was on nights. Second time this year.",
   [PC], "own home postcode", F)

it("Taxi for Mr Bhatt from the discharge lounge to WV10 6QH at 3pm please",
   [CLIN, NAME, PC], "discharge with patient's home postcode", W)

it("Mr Collins DOB 02/07/1948 needs repeat U&Es before he goes home",
   [CLIN, DOB, NAME], "name + date of birth + bloods", W)

it("The lady in bay 1 told me she was born on 11 November 1918, Armistice Day! 108 years young and sharper than me",
   [CLIN, DOB], "patient's date of birth with bay", F)

it("Jade on ward 9 turns 30 next week, born 09/01/1997! Collection for her present is in the office",
   [DOB], "colleague's full date of birth (not a confidential context, so no name label)", W)

it("Anyone want my Boxing Day shift? Ring me on 0161 496 0772, I'll owe you forever",
   [PHONE], "own phone number", X)

it("Number for Mr Ali's son is 07700 900118, he wants a call before the family meeting about the care home",
   [CLIN, NAME, PHONE], "patient named with relative's mobile and care planning", W)

it("Babysitter needed for the odd night shift, must be DBS checked, call 0113 496 0550 after 6",
   [PHONE], "own phone number", F)

it("email me at kez dot moran at outlook dot com and I'll send you the rota swap sheet",
   [EMAIL], "obfuscated personal e-mail", F)

it("Forward all the Christmas do photos to becky_midwife@icloud.com pls, want to make a collage",
   [EMAIL], "personal e-mail", W)

it("Looking for a band 6 community role in Essex from March. CV available, email d.king.nurse@gmail.com 🙏",
   [EMAIL], "personal e-mail", L)

it("Patient's wife asked me to email her husband's discharge letter to jan.rowley58@btinternet.com. Is that even allowed??",
   [CLIN, EMAIL], "relative's personal e-mail tied to a patient's discharge", F)

it("Patient lives at 3 Willow Walk, Hillingdon, DN going in twice daily for insulin, key with the neighbour at no. 5",
   [ADDR, CLIN, SEC], "patient's street address, treatment and where the key is kept", W)

it("Raffle prizes can be dropped at mine, 8 Kingfisher Court, Colchester, any evening this week 🎁",
   [ADDR], "own street address", F)

it("Car boot for the ward fund this Sunday on my drive, 11 Ferndale Crescent, Darlington, 8am onwards. All welcome!",
   [ADDR], "own home street address", F)

it("Can someone re-send the referral, the NHS number on it is wrong. Should be " + nhs("999567891") + " for Mrs Abara, not the one we used",
   [CLIN, NAME, NHS], "NHS number with name and referral", W)

it("Found a handover sheet in the canteen with " + nhs("999678901", " ") + " and 'bed 14 ?sepsis' written on it. Whoever left it, shred your sheets!!",
   [CLIN, NHS], "NHS number with bed and query diagnosis", F)

it(nhs("999789012", " ") + " – Sandra Pike",
   [NAME, NHS], "name next to an NHS number, no care word", None)

it("Reform want to turn the NHS into an insurance scheme. Anyone who works in it and votes for them needs to think again.",
   [POL], "attack on a party", X)

it("Fair play to the Lib Dem councillor for actually turning up to our picket line. Where was our MP?",
   [POL], "support for one politician, attack on another", F)

it("IT is down across the whole trust and they're saying it's a cyber attack. Back to paper. Don't post anything 😬",
   [EMERG], "live cyber attack affecting the trust", W)

it("Lockdown at the unit right now, someone came in with a knife. We're all safe in the staff room. Stay away from the site if you're not on shift.",
   [EMERG], "live attack at a trust site; disclaimer in bio", X, sal)

it("Major incident declared at MRI after the tram crash, off-duty staff are being asked to come in. Going now 🙏",
   [EMERG], "live major incident", F)

it("Reported the night staffing to my manager, matron and FTSU. Nothing. So I'm saying it here: our ward is not safe after 10pm.",
   [RAISE], "escalating a concern in public after internal routes; disclaimer in bio", X, sal)

it("Posting this because Datix goes nowhere: the sharps bins on our unit haven't been collected in 3 weeks and there are needles on the floor.",
   [RAISE], "raising a workplace safety concern in public", F)

it("Whistleblowing time 🧵 our manager makes us sign off training we never actually did. Come at me",
   [RAISE], "raising a workplace concern in public", T)

it("Coroner said 'missed opportunities' at the inquest today. Nobody who works there is surprised.",
   [LEGAL], "comment on an inquest involving the organisation; disclaimer in bio", X, gaz)

it("The family of the lady who fell on ward 9 are suing apparently. Legal want all our statements by Friday",
   [CLIN, LEGAL], "lawsuit; patient identifiable by ward + fall", W)

it("Great meeting with the supplier today, we go live with the new EPR on 6 April. Keep it under your hats for now!",
   [CONF], "partner information and go-live date not yet public; disclaimer in bio", L, nina)

it("Restructure papers leaked, 40 band 7 posts going across community. Consultation not till Feb",
   [CONF], "restructure not yet public", W)

it("Bank holiday and the agency nurse didn't turn up. Absolute shit show.",
   [PROF], "swearing", W)

it("Whoever decided to move the staff car park to a field a mile away can kiss my arse",
   [PROF], "swearing; disclaimer in bio", X, gaz)

it("when the consultant says 'just one more patient' at 7:58pm 🤬 FFS",
   [PROF], "acronym swearing", T)

it("Had a right loony in tonight, absolute psycho, took four of us to hold him down",
   [ABU, DISC], "mental-illness slurs aimed at a person; no detail identifies him", X)

it("Why do the old biddies always press the buzzer the second you sit down 😂 honestly nobody should be kept going past 90",
   [DISC], "demeaning remarks about age", F)

it("The new lad on nights is a bit too camp for the male bays if you know what I mean 👀",
   [ABU, DISC], "coded remark about sexual orientation aimed at a recognisable colleague", W)

it("@sazzle in an attack you take 10 puffs of your blue one through the spacer, one at a time, and if you're no better ring 999 💙",
   [MED], "individual dosage advice in reply to a friend", I)

it("Replying to @mike_h: mate, 10mg of your wife's diazepam won't hurt you for the flight, I'd just take it",
   [MED], "advice to take someone else's prescription drug", X)

it("Selling my Fiesta, 2015, 62k miles, £4,500 ono. Email me at priya.shah12@nhs.net if interested 🚗",
   [NHSMAIL], "NHS e-mail used for a personal matter", F, pa("@priya.s.rn", "Nurse, Essex. Views my own.", True))

it("Mad set at the Civic last night, thank you Wolverhampton 🎶",
   [NHSMAIL], "NHS e-mail given as a personal account's contact", I, pa("@dj_liamo", "DJ & HCA 🎧 bookings: liam.oconnor7@nhs.net", True))

it("parkrun volunteers needed this Saturday at Albert Park, drop me a line at andy.cole3@nhs.net",
   [NHSMAIL], "NHS e-mail for a personal matter; disclaimer in bio", X, pa("@andy_runs_boro", "Charge nurse, Middlesbrough. Views my own.", True))

it("Our choir's carol concert is on the 19th at St Mary's, free entry. Any questions email me at jenny.walsh@nhs.net 🎶",
   [NHSMAIL], "NHS e-mail for a personal matter", F, pa("@jennywalsh", "Midwife. Singer. Views my own.", True))

it("Thoroughly recommend the new cycle path from Durham to Chester-le-Street, gorgeous on a frosty morning",
   [NHSMAIL], "NHS e-mail as a personal account's contact", X, pa("@garyp_cycles", "Charge nurse, Durham. Views my own. Contact gary.pearson2@nhs.net", True))

it("I've made a Facebook page for our ward and used the trust logo as the profile picture, go and give it a like 👍",
   [LOGO], "trust logo used on an unofficial page; disclaimer in bio", F, pa("@wardsister_lin", "Ward sister, Hillingdon. Views my own.", True))

it("Got the NHS logo printed on the back of our charity 10k vests 💙 come and cheer us on at Heaton Park",
   [LOGO], "NHS logo on fundraising kit; disclaimer in bio", X, pa("@runningrn_mcr", "Nurse & runner, Manchester. Views my own.", True))

it("Selling NHS logo keyrings, £3 each, all money to the ward Christmas fund. DM me 🎄",
   [LOGO], "NHS logo on merchandise", F, pa("@keyrings_by_kim", "HCA and crafter. Views my own.", True))

it("Right. Here's the thing nobody says out loud. We spend twelve and a half hours on our feet, we skip our breaks because there's nobody to cover, we go home and cry in the car, and then some idiot on the radio says NHS staff are lazy. Come and do one shift with us. Just one. I'll even buy the f***ing coffee.",
   [LEN, PROF], "x post over 280 characters with masked swearing; no account", X)

it("My commute to the Lakes this week: Monday, fog. Tuesday, a tractor. Wednesday, a tractor AND fog. Thursday, a sheep in the road that refused to move, and I swear it looked me in the eye. Friday, perfect sunshine and a rainbow over the A12, which is how I know the universe is just messing with me now. Views my own, and the sheep's views are its own.",
   [LEN], "bluesky post over 300 characters; disclaimer in post", B, pa("@lakes.commuter.bsky.social", "Mental health nurse in Colchester", True))

it("Our team has spent the last six months redesigning how we support people after a fall at home, working with patients, carers and the ambulance service. The new pathway launches in February and I'm so proud of what we've built together. Find out more about the pathway, the evidence behind it and how to refer in our write-up.",
   [LEN, LINK], "x post over 280 characters promising more information with no link; disclaimer in bio", X, nina)

it("Our team has written up the new falls pathway, find out more in the link below 👇",
   [LINK], "promises a link that is missing; disclaimer in bio", X, nina)

it("Fundraiser for new cots for our neonatal unit — more info on my page!",
   [LINK], "promises more information with no link", B)
