# Official and devolved team accounts. Written one by one.
from helpers import *

X, B, F, I, L = "x", "bluesky", "facebook", "instagram", "linkedin"

# --- clean official / devolved ---

it("Flu and COVID jabs for staff this week in the New Cross Hospital atrium, 8am-6pm. Book your slot: royalwolverhampton.nhs.uk/jabs",
   [], "TRAP: official general health information with a link", X, OFF["RWT"])

it("Visiting over Christmas: wards are open 11am-8pm on 25 and 26 December. Hillingdon Hospital, Pield Heath Road, Uxbridge UB8 3NN. Switchboard: 01895 238282.",
   [], "TRAP: the hospital's own postcode and published switchboard", F, OFF["THH"])

it("If you need urgent mental health support, call NHS 111 and choose option 2, or text SHOUT to 85258. You are not alone this Christmas 💙",
   [], "TRAP: national helplines from the official account", X, OFF["TEWV"])

it("In November our emergency departments saw 21,384 patients and 71% were seen within four hours. Thank you to every member of staff. Full figures: mft.nhs.uk/performance",
   [], "TRAP: the official account publishing its own figures", X, OFF["CMFT"])

it("We are delighted to welcome Dr Anjali Rao as our new Medical Director. Anjali joins us from the North East and brings 20 years of experience in psychiatry.",
   [], "TRAP: new appointment naming staff", L, OFF["EPUT"])

it("Congratulations to Staff Nurse Grace Oduya, winner of our Chief Nurse's Award for Compassion 🏆 Grace's patients describe her as 'sunshine in a uniform'.",
   [], "TRAP: award naming staff, photo with consent and no tags", I, OFF["RWT"], [M(True, True)])

it("Planned exercise: we're holding a major incident exercise at Roseberry Park on Wednesday 13 January. You may see emergency vehicles on site. There is nothing to worry about.",
   [], "TRAP: planned exercise", F, OFF["TEWV"])

it("Happy retirement to Sister Margaret Dunne after 41 years at Hillingdon 💐 Read her story: thh.nhs.uk/news",
   [], "TRAP: retirement naming staff, with link", X, OFF["THH"])

it("We're hiring healthcare assistants across Teesside, no experience needed. Find out more and apply: tewv.nhs.uk/jobs",
   [], "TRAP: 'find out more' with a bare-domain link", X, DEV["careers"])

it("Labour ward tours are back at Saint Mary's! Parents-to-be can book a slot through the maternity pages of our website.",
   [], "TRAP: 'labour ward'; facebook has no link rule", F, OFF["CMFT"])

it("Stay safe online: never share your password with anyone, even someone who says they're from IT. Forward suspicious emails to spamreports@nhs.net",
   [], "TRAP: generic password advice and a national NHS mailbox from the official account", X, OFF["EPUT"])

it("We're recruiting people with lived experience of psychosis to help shape a new study. Info and sign-up: tewv.nhs.uk/research",
   [], "devolved account recruitment with link", B, DEV["research"])

it("Merry Christmas from all of us at RWT 🎄 To everyone working today across our hospitals and community teams: thank you.",
   [], "bank holiday greeting", F, OFF["RWT"])

it("Meet the Hillingdon Hospital portering team, who walk an average of 12 miles a shift! 🚶",
   [], "TRAP: identifiable staff with consent, no tags", I, OFF["THH"], [M(True, True)])

it("Our Board papers for January are now published on our website, including the month 9 finance report and our quality and performance dashboard.",
   [], "TRAP: official publication of performance and finance", L, OFF["TEWV"])

it("Our emergency departments are very busy today. Please use NHS 111 online or your local pharmacy for anything that isn't an emergency: 111.nhs.uk",
   [], "TRAP: official account commenting on its own pressures", X, OFF["CMFT"])

it("Our midwife-led unit is now open 24/7. Questions about booking? Email the team at rwh-tr.maternityenquiries@nhs.net",
   [], "TRAP: team mailbox posted by a devolved account", F, DEV["rwtmat"])

it("The new sensory garden at The Lakes in Colchester is open! Thank you to our League of Friends for funding it 🌿",
   [], "thanks to a hospital charity", F, OFF["EPUT"])

it("The fire alarms at West Park Hospital will be tested at 11am on Wednesday as usual. No action is needed.",
   [], "TRAP: routine alarm test", X, OFF["TEWV"])

it("New in the staff library: 40 titles on trauma-informed care. Browse the catalogue: tewv.nhs.uk/library",
   [], "devolved account with link", X, DEV["library"])

it("A warm welcome to the 48 international nurses who joined us this month from India, the Philippines, Nigeria and Zimbabwe 🌍💙",
   [], "TRAP: international staff celebrated", X, OFF["RWT"])

it("Hillingdon Hospital's new Urgent Treatment Centre opens on Monday 18 January. Details: thh.nhs.uk/utc",
   [], "TRAP: an opening date, with link", B, OFF["THH"])

it("Christmas party night for the Ward 5 team 🎉 Thank you to our matron for organising and to everyone who covered the ward.",
   [], "TRAP: 'party', staff pictured with consent", I, DEV["ward5"], [M(True, True)])

it("Join us on 20 January for our Freedom to Speak Up webinar. If something worries you at work, speak to your FTSU guardian in confidence.",
   [], "TRAP: official signposting of the internal route; linkedin has no link rule", L, OFF["CMFT"])

it("Due to snow, our community clinics in Basildon are closed today. Patients will be contacted to rebook. Updates: eput.nhs.uk",
   [], "TRAP: weather closure announced by the official account itself", X, OFF["EPUT"])

it("Congratulations to our Arch Recovery College tutors, shortlisted for the Mental Health Nursing award at the RCN awards! 🏆",
   [], "TRAP: award; devolved account, no media", F, DEV["arch"])

it("Our peer support workers bring lived experience into every team. Read Liam's story on our careers blog: tewv.nhs.uk/careers/liam",
   [], "TRAP: staff story with link; Liam is a member of staff", X, DEV["careers"])

it("Give birth with us: our antenatal classes run every Tuesday evening at Hillingdon Hospital. Book through your community midwife.",
   [], "maternity service info", F, DEV["thhmat"])

# --- positives on official / devolved ---

it("Our Nursing Times Award finalists! 🌟 So proud of you both.",
   [TAG], "official account tagging staff in media", I, OFF["RWT"], [M(True, True, ["@gracie_rn", "@dr.tomlee"])])

it("Ben from our estates team has kept our heating running through the coldest week of the year. Thank you Ben!",
   [TAG], "official account tagging a member of staff in a photo", F, OFF["TEWV"], [M(True, True, ["@BenReevesEstates"])])

it("Amira, occupational therapist, on why she chose mental health: tewv.nhs.uk/careers",
   [TAG], "devolved account tagging a person in a video", X, DEV["careers"], [M(True, True, ["@amira_ot"], kind="video")])

it("Congratulations to Sophie Lam, our new Chief Nursing Information Officer.",
   [TAG], "official account tagging in media", L, OFF["THH"], [M(True, True, ["Sophie Lam"])])

it("Thank you to the staff at Thurrock Academy for welcoming our Mental Health Support Team this term 💚",
   [TAG], "devolved account tagging a teacher in a photo", I, DEV["eputmhst"], [M(True, True, ["@mr_patel_teaches"])])

it("Our theatre team at MRI, celebrating 500 robotic procedures 🎉 mft.nhs.uk/news",
   [CONSENT, TAG], "official account: identifiable staff without recorded consent, and tags", X, OFF["CMFT"], [M(True, False, ["@olu_theatres_mcr", "@shannon.theatres"])])

it("Jess, one of our community midwives, is retiring after 30 years. Happy retirement Jess! 💜",
   [TAG], "devolved account tagging in media", F, DEV["rwtmat"], [M(True, True, ["@jess.midwife"])])

it("A busy morning at our vaccination clinic in Southend. Thank you to everyone who came along! 💉",
   [CONSENT], "official account: identifiable public in a photo without consent", F, OFF["EPUT"], [M(True, False)])

it("Dancing on the ward for Elsie's 100th birthday! 🎂💃 Happy birthday from all of us on Ward 5",
   [CLIN, CONSENT, NAME], "devolved ward account: named patient, birthday on the ward, photo without consent", I, DEV["ward5"], [M(True, False)])

it("Huge well done to Ken, who walked the full length of the ward today, three weeks after his stroke. Keep going Ken! 💪",
   [CLIN, NAME], "devolved ward account naming a patient with his diagnosis", F, DEV["ward5"])

it("Patient Joan Hart, 84, has thanked our stroke team for getting her home in time for Christmas after a clot-busting treatment in our ED. Read Joan's story: royalwolverhampton.nhs.uk/news",
   [CLIN, NAME], "official patient story naming a patient in a care context (guide: always both labels)", X, OFF["RWT"])

it("This winter we're asking everyone to help us keep our emergency departments for emergencies. If you're unwell and unsure where to go, NHS 111 online can point you to the right service, whether that's your pharmacy, a GP, an urgent treatment centre or A&E. Our teams are working flat out. Please be kind to them. tewv.nhs.uk/winter",
   [LEN], "official x post over 280 characters", X, OFF["TEWV"])

it("We are proud to open our new Community Diagnostic Centre in Uxbridge this month, offering CT, MRI, ultrasound, blood tests and lung function tests closer to home. Most patients will be referred by their GP. Opening hours are 8am to 8pm, seven days a week, and there's free parking on site. Find all the details at thh.nhs.uk/cdc",
   [LEN], "official bluesky post over 300 characters", B, OFF["THH"])

it("NEW STUDY: we're looking for carers of people living with dementia in County Durham and Darlington to take part in a six-week research study about sleep. You'll be asked to keep a short sleep diary and have two interviews with our team, at home or online. Travel expenses are covered. Sign up at tewv.nhs.uk/research",
   [LEN], "devolved x post over 280 characters", X, DEV["research"])

it("Find out more about our new diabetes service on our website.",
   [LINK], "promises more information with no link", X, OFF["RWT"])

it("Open day for nursing and HCA roles next Saturday at Lanchester Road Hospital, 10-2. Details on our careers page.",
   [LINK], "promises details with no link", X, DEV["careers"])

it("Full visiting guidance for our wards over the winter is available on our website.",
   [LINK], "promises guidance with no link", B, OFF["CMFT"])

it("Our annual report on staff wellbeing is out today. Read the full report here 👇",
   [LINK], "promises a report with no link", X, OFF["EPUT"])

it("Applications for our peer support worker roles close on Friday. Find out more and apply on our website.",
   [LINK], "promises more information with no link", X, OFF["TEWV"])

it("Sign up for our lunchtime literature search session on 14 January, more information on the intranet.",
   [LINK], "promises more information with no link", X, DEV["library"])

it("We're running on generator power after a power cut across the New Cross site. ED remains open but please expect delays. Updates: royalwolverhampton.nhs.uk",
   [EMERG], "live emergency posted by a devolved account, not the official one", X, DEV["rwted"])

it("Due to flooding on the ground floor this morning, today's antenatal clinic has moved to level 2. Please follow the signs.",
   [EMERG], "live flood posted by a devolved account", F, DEV["thhmat"])

it("Sad news: our Grays base will be closing at the end of March as part of the restructure. Staff were only told this morning so more to follow.",
   [CONF], "devolved account announcing a closure before it is public", F, DEV["eputcomm"])

it("We love the new KneeMax braces and so do our patients. Get 10% off with code RWTPHYSIO 🦵",
   [COMM], "devolved account promoting a product with a discount code", I, DEV["rwtphysio"])

it("Proud to stand with our international colleagues against the Government's new visa rules for care workers. #ScrapTheCap",
   [POL], "devolved account attacking government policy/campaigning", X, DEV["careers"])

it("Reminder to staff: the multi-storey barrier is out of action overnight, so security patrols are every 2 hours until it's fixed. Please park near the lit entrance.",
   [SEC], "devolved account disclosing security patrol frequency and a broken barrier", X, DEV["estates"])

it("Massive shout out to Dr Maria Jones and the team for tonight. ED waits are currently 9 hours and we're doing our best 💙",
   [PERF], "devolved ED account: waiting-time commentary from a non-official voice", X, DEV["thhed"])
