# English, clean: near-misses that a careless detector would flag
from lib import *
MFT = "Official account of Manchester University NHS Foundation Trust"

# staff named: awards, thanks, welcomes, retirements, appointments
P("Huge congratulations to Sister Maureen Pickles who retires today after 42 years on the wards 💐 From student nurse in 1983 to matron of our surgical unit. Enjoy every minute Maureen!",
  [], "staff retirement with a name: clean", plat="facebook", acc=off("@MFTnhs", MFT))

P("Well done Dr Priya Raghunathan, winner of Junior Doctor of the Year at last night's staff awards 🏆 nominated by her patients and her team",
  [], "staff award", plat="x", acc=off("@MFTnhs", MFT))

P("welcome to the team Tomasz, Ola and Chiamaka 👋 our three new theatre ODPs started today and already survived their first list",
  [], "staff welcome; 'theatre' here is the place of work, no patient", plat="instagram",
  acc=dev("@MRItheatres", "Theatres team at the MRI. Managed under trust social media policy."))

P("Massive thank you to Gary from estates who came in at 6am on a Sunday to fix our boiler so the babies stayed warm ❤️ hero",
  [], "thanks to a named staff member", plat="facebook",
  acc=dev("@StMarysNeonates", "Neonatal unit team at Saint Mary's. Moderated Mon–Fri."))

P("We're delighted to announce Professor Adaobi Nwachukwu as our new Medical Director from 1 March. Adaobi joins us from Leeds, where she led the maternity safety programme.",
  [], "new appointment: the date is a start date, not a birth date", plat="linkedin", acc=off("@MFTnhs", MFT))

P("so proud of my mentor Jen Aldridge who's just been made a Queen's Nurse!! 20 years in district nursing and still the first one in every morning",
  [], "staff recognition from a personal account with a disclaimer", plat="facebook",
  acc=per("@katie.dn", "District nurse, views my own"))

P("Retirement cake for our lovely porter Des 🎂 38 years, over 50,000 miles of corridor walked (he counted). We'll miss your terrible jokes",
  [], "retirement of a named porter", plat="instagram",
  acc=dev("@MRIfacilities", "Facilities team. Monitored office hours."),
  media=[img(True, True)])

P("Congratulations to our midwife Hannah O'Rourke on her Chief Midwifery Officer's Silver Award 🥈 for her work setting up the bereavement suite",
  [], "award; 'bereavement suite' is a service, no patient", plat="x", acc=off("@MFTnhs", MFT))

P("thank u so much to everyone who came to my leaving do 🥂 11 years on ward 64 and I've cried at every single one of you. Off to be a practice educator next!",
  [], "staff leaving message about herself; ward is her workplace", plat="instagram",
  acc=per("@sophiaeducates", "Nurse → educator. Views my own."))

P("Meet Dr Kwabena Osei-Bonsu, our new consultant in emergency medicine 👋 Kwabena trained in Kumasi and Sheffield and is a massive Arsenal fan (we forgive him)",
  [], "welcome of a named consultant", plat="facebook", acc=off("@MFTnhs", MFT))

P("Shout out to HCA Lorraine who got Nurse of the Month for the 3rd time this year 🌟 the patients literally fight over who gets her",
  [], "award to a named HCA; no patient identifiable", plat="x", acc=dev("@Ward45Team", "Ward 45 team — views of the team"))

P("Thank you Rev. Sarah Fenwick, our lead chaplain, who retires at Easter after 19 years of sitting with families at the hardest moments. 🕯️",
  [], "retirement of a chaplain", plat="facebook", acc=off("@MFTnhs", MFT))

P("First day as ward manager of the children's ward today. terrified. excited. mostly terrified. pls send biscuits 🍪",
  [], "staff talking about her own new role", plat="x",
  acc=per("@leannemcg", "Paeds nurse. Views are my own."))

P("Congratulations to Mr Chinedu Okafor and Ms Ewa Zielińska, our newly appointed consultant obstetricians — welcome to Saint Mary's!",
  [], "new appointments", plat="x", acc=off("@MFTnhs", MFT))

P("A huge thank you to our volunteer Ken, 84, who has just done his 1,000th shift on the help desk. Ken, you are a treasure!",
  [], "volunteer thanked; age of a volunteer in a thank-you, not a patient", plat="facebook", acc=off("@MFTnhs", MFT))

P("Our amazing maternity support worker Fatima Begum has been shortlisted for the RCM awards!! 🎉 vote link in bio",
  [], "award shortlisting", plat="instagram", acc=dev("@StMarysMidwives", "Midwives of Saint Mary's. Team account."))

# celebrities and public figures, not as patients
P("Massive thanks to singer Kezia Lamb who dropped into the children's ward today to sing with our patients and staff 🎤 (all photos shared with parents' consent)",
  [], "a celebrity visiting, consent stated; no patient named", plat="instagram", acc=off("@MFTnhs", MFT),
  media=[img(True, True)])

P("can't believe Tomasz Wrona scored in the 94th min 😭😭 I screamed so loud in the staff room a patient's relative asked if I was ok",
  [], "footballer named for football, not care", plat="x")

P("Jordan Maddix from Love Villa is running the Manchester 10k for our neonatal charity! Sponsor him if you can, every penny buys kit for tiny babies 💙",
  [], "celebrity fundraising; no care context about him", plat="facebook", acc=off("@MFTnhs", MFT))

P("listening to the health secretary on the radio this morning talking about midwife numbers. nice to hear maternity get a mention for once",
  [], "public figure mentioned neutrally; no party support or attack", plat="x")

P("Met author Ngozi Achterberg at the Didsbury book festival, she signed my copy for the staff room library 📚 every night shift needs a thriller",
  [], "an author at a public event", plat="instagram",
  acc=per("@bookish.midwife", "Midwife who reads. Views my own."))

P("Dame Shirley, our patron, opened the new garden on Friday and spent an hour chatting to our volunteers 🌷",
  [], "patron opening a garden", plat="facebook", acc=off("@MFTnhs", MFT))

# TV drama characters
P("did anyone else watch The Night Shift last night?? when Dr Reuben Okafor told the mum in cubicle 3 her baby wasn't going to make it I sobbed. that actor is unreal",
  [], "a character in a TV hospital drama; fiction, no real patient", plat="x")

P("the way Ward 9 (the show not our actual ward lol) had Sister Mags do CPR with bent elbows 😤 someone get that production a clinical advisor",
  [], "TV drama critique; named fictional nurse", plat="x")

P("Anyone else think Nurse Kelly in Holloway General is the most realistic nurse ever on telly? She's exhausted, eats crisps for dinner and never gets a break",
  [], "fictional nurse in an invented drama", plat="facebook")

P("Ok who's watching Maternity Lives tonight? Last week's cliffhanger with Bernadette going into labour in the lift 😱 my mum keeps texting me asking if that really happens",
  [], "TV drama: a fictional woman in labour", plat="x")

P("Spoilers!! In tonight's ep of Blue Lights Ward, Dr Hassan finally tells Anya the truth about the scan results and I'm not ok",
  [], "fictional characters and fictional scan", plat="bluesky")

# streets and buildings named after people
P("Reminder: from Monday the Nightingale Building entrance is closed for refurb, please use the Seacole entrance on Oxford Road",
  [], "buildings named after historical figures", plat="x", acc=off("@MFTnhs", MFT))

P("Parking on Alan Turing Way is suspended for the marathon on Sunday, staff please use the multistorey",
  [], "a street named after a person", plat="facebook", acc=dev("@MRIstaffnews", "Staff news, MRI site"))

P("The Elizabeth Garrett Anderson unit has moved to level 2 of the women's hospital. Follow the purple signs 💜",
  [], "a unit named after a historical person", plat="x", acc=off("@MFTnhs", MFT))

P("anyone know if the Costa in the Mary Seacole building is open on bank hols? asking for a very tired night shift",
  [], "building named after a person", plat="x")

P("New signs for the Aneurin Bevan day unit went up today, looking fancy 🪧",
  [], "unit named after a historical figure", plat="instagram",
  acc=per("@estates_emma", "Estates & facilities. All views mine."))

P("Our Dr Gerald Burke Lecture Theatre is being renamed after a staff vote — shortlist is up on the intranet",
  [], "lecture theatre named after a person; theatre is not an operating theatre", plat="linkedin", acc=off("@MFTnhs", MFT))

P("the statue of Sister Dora outside the old infirmary got a knitted hat for Christmas again 🧶😂 whoever does this every year, we love you",
  [], "statue of a historical nurse", plat="x")

# the hospital's own address, switchboards, helplines
P("Manchester Royal Infirmary, Oxford Road, Manchester M13 9WL. Main switchboard 0161 276 1234. Open 24/7.",
  [], "hospital's own published address, postcode and switchboard", plat="facebook", acc=off("@MFTnhs", MFT))

P("If you're worried about a patient's care please talk to PALS first: pals@mft.nhs.uk, or ring the switchboard on 0161 276 1234 and ask for PALS.",
  [], "published PALS line and team mailbox from the official account", plat="x", acc=off("@MFTnhs", MFT))

P("Feeling low this Christmas? You are not alone. Samaritans are on 116 123, any time, free. Or text SHOUT to 85258 💛",
  [], "national helplines", plat="instagram", acc=off("@MFTnhs", MFT))

P("New Cross Hospital, Wolverhampton Road, Wolverhampton WV10 0QP. Drop-off zone is now at the main entrance, not the old multistorey.",
  [], "hospital's own address and postcode", plat="facebook", acc=off("@RWTHNHS", "The Royal Wolverhampton NHS Trust"))

P("Not an emergency but need help? Call 111 or go online. Save 999 for life-threatening emergencies only please 🙏",
  [], "national numbers", plat="x", acc=off("@HillingdonNHSFT", "The Hillingdon Hospitals NHS Foundation Trust"))

P("Our Uxbridge site is at Pield Heath Road, Uxbridge UB8 3NN. Blood tests are by appointment only from 1 December.",
  [], "hospital's own address", plat="facebook", acc=off("@HillingdonNHSFT", "The Hillingdon Hospitals NHS Foundation Trust"))

P("Maternity triage is open 24 hours: ring the switchboard on 0161 276 1234 and ask for triage. If you're worried about your baby's movements, don't wait until morning — ring us.",
  [], "published service line; general advice to all", plat="x", acc=off("@MFTnhs", MFT))

# consented patient stories from official accounts
P("Meet Gloria, 71, who ran her first 5k today six months after her heart bypass at the MRI 🏃‍♀️ Gloria asked us to share her story to encourage others — thank you Gloria!",
  [], "official account, patient's story published with her consent", plat="facebook", acc=off("@MFTnhs", MFT),
  media=[img(True, True)])

P("With Aisha and Ravi's permission, we're sharing this photo of baby Noor going home after 118 days on our neonatal unit 💛 Born at 23 weeks, now 3.1kg.",
  [], "official account, parents' consent stated", plat="instagram", acc=off("@MFTnhs", MFT),
  media=[img(True, True)])

P("\"I didn't think I'd see my grandchildren grow up.\" Derek, 64, tells his story of lung cancer surgery and recovery. Shared with Derek's consent. Watch the full film: mft.nhs.uk/derek",
  [], "official consented patient story with link", plat="x", acc=off("@MFTnhs", MFT),
  media=[img(True, True, kind="video")])

P("Patient stories: Mei Lin was 32 when she was diagnosed with breast cancer during pregnancy. She has chosen to share her journey with us for Breast Cancer Awareness Month.",
  [], "official consented story", plat="linkedin", acc=off("@MFTnhs", MFT))

P("Thank you to Mr and Mrs Hamid who have given permission for us to share their twins' first birthday visit back to the unit that cared for them 🎈🎈",
  [], "consent stated by official account", plat="facebook", acc=off("@MFTnhs", MFT),
  media=[img(True, True)])

P("Our Young Ambassador Callum (17) talks about life with type 1 diabetes and why he joined our youth forum. Callum and his parents agreed to this video.",
  [], "consented story; age + condition with consent", plat="youtube", acc=off("@MFTnhs", MFT),
  media=[img(True, True, kind="video")])

# general health information with ages and conditions, nobody identifiable
P("1 in 2 women over 50 will break a bone because of osteoporosis. Ask your GP about a bone health check if you've had a fracture from a simple fall.",
  [], "general health information", plat="x", acc=off("@MFTnhs", MFT))

P("If you're over 65, pregnant, or have a long term condition like asthma or diabetes you can get your free flu jab now. Walk-in clinics at the MRI every Weds.",
  [], "general eligibility information", plat="facebook", acc=off("@MFTnhs", MFT))

P("Babies born before 37 weeks are called premature. Around 1 in 13 babies in the UK are born early. This World Prematurity Day we're lighting our hospital purple 💜",
  [], "general statistics about births", plat="instagram", acc=off("@MFTnhs", MFT))

P("reduced movements after 24 weeks? don't wait, don't google, ring triage. every time. even at 3am. even if you rang yesterday.",
  [], "general advice from a midwife, no patient", plat="x",
  acc=per("@midwife_mags", "Midwife. My views, not my trust's."))

P("Men aged 65-74 are invited for AAA screening. It's a quick ultrasound of your tummy and it saves lives. Your letter will come in the post.",
  [], "screening information with ages", plat="facebook", acc=off("@RWTHNHS", "The Royal Wolverhampton NHS Trust"))

P("Sepsis can affect anyone, at any age. Slurred speech, extreme shivering, passing no urine in a day, severe breathlessness — call 999.",
  [], "general health information with 999", plat="x", acc=off("@HillingdonNHSFT", "The Hillingdon Hospitals NHS Foundation Trust"))

P("Stroke doesn't only happen to older people. About 1 in 4 strokes in the UK happen to people under 65. Think FAST.",
  [], "health statistics", plat="bluesky", acc=off("@MFTnhs", MFT))

P("Teaching session today on gestational diabetes: women over 40, BMI over 30, South Asian heritage all raise the risk. Great questions from our students 👏",
  [], "risk factors in teaching; no patient", plat="linkedin",
  acc=per("@dr-lucy-endo", "Diabetes consultant. Views are mine."))

# staff own work, no one identifiable
P("3 babies, 2 sections, 1 cold cup of tea. night shift done. bed.",
  [], "own shift, nobody identifiable; 'sections' = caesareans in general", plat="x",
  acc=per("@obs_reg_ro", "Obs reg. Tweets my own."))

P("Labour ward was absolutely rammed tonight. Proud of every single midwife who stayed late without being asked 💪",
  [], "'labour ward' is a place, not politics", plat="x")

P("conservative management isn't doing nothing. it's watching carefully and knowing when to act. hill i will die on.",
  [], "'conservative management' is clinical jargon, not politics; idiom", plat="x",
  acc=per("@surgeonsays", "General surgeon. Views my own."))

P("Ward Christmas party tonight!! 🎄 who's bringing the Quality Street",
  [], "'party' is a social event", plat="facebook")

P("Today I did my first solo home birth as a newly qualified midwife. I won't share anything about the family but I will say this: what a privilege.",
  [], "home birth mentioned with nothing identifying", plat="facebook",
  acc=per("@newmidwife_amy", "NQ midwife. Views my own."))

P("What nobody tells you about ICU nursing: you learn the name of every family member, the dog, the favourite song. then you go home and forget how to talk",
  [], "reflection, no patient identifiable", plat="x")

P("had my gallbladder out at the MRI last week, ward 5 staff were brilliant. back at work monday (yes I'm a nurse and yes I was a terrible patient 😅)",
  [], "staff member disclosing her own care, unnamed: self-disclosure is not a breach", plat="x",
  acc=per("@nurse.sal", "Nurse. Views my own."))

P("sim training today: our manikin 'Mrs Smith' had a PPH, an anaphylaxis and a cardiac arrest all before lunch. poor woman.",
  [], "a named training manikin, not a patient", plat="x")

P("Top baby names at Saint Mary's in 2025: Muhammad, Olivia, Noah, Amelia and Isla 👶 Did yours make the list?",
  [], "aggregate baby names, no individual", plat="instagram", acc=off("@MFTnhs", MFT))

P("can anyone swap a long day with Dan on the 14th? he's got his sister's wedding",
  [], "staff named for a rota swap; not confidential", plat="whatsapp")

P("The order ref for the new bladder scanners is 9997741211 if anyone's chasing procurement",
  [], "ten-digit reference that fails the NHS number check", plat="whatsapp")

P("Invoice 9995472808 for the coffee machine has been paid, stop ringing us 😂",
  [], "ten-digit invoice number, fails the check", plat="x",
  acc=per("@finance_fran", "Accounts payable. Views my own."))

P("Bleep 9993852808? no. our bleeps are 4 digits. whoever wrote the new poster pls fix it",
  [], "ten digits that fail the check", plat="whatsapp")

P("Happy 30th birthday to me 🎉 spending it on a long day in ED because of course I am",
  [], "own birthday, no date", plat="x")

P("Me: I'll just pop into the staff room for 5 mins\nAlso me, 40 mins later: explaining to the new F1 why bay 4's call bell has a life of its own 👻",
  [], "bay mentioned with no patient", plat="x")

P("Dr Rahman and Dr Jones did a 6am bake sale for the Ronald McDonald House and sold out in 45 minutes 🍰",
  [], "named staff fundraising", plat="facebook", acc=dev("@MRIpaeds", "Paediatrics team account"))

P("To the family who left a card for ward 12 today saying 'you made his last days gentle' — thank you. We read it together at handover.",
  [], "thanks from an unnamed family, no identifying detail", plat="facebook", acc=dev("@Ward12Rehab", "Ward 12 rehab team."))

P("RIP Dr Alan Pearce, consultant physician here from 1979 to 2012, who died peacefully last week aged 88. His family asked us to share the funeral details on our intranet.",
  [], "death of a retired consultant announced at family's request; not a patient", plat="linkedin", acc=off("@MFTnhs", MFT))

P("Our new gastro consultant is Dr Siobhán Murtagh — welcome Siobhán! She's already found the best biscuit tin in the building.",
  [], "welcome; the same name appears elsewhere as a patient, here it is staff", plat="x", acc=off("@MFTnhs", MFT))

P("Proud to have been elected RCN steward for our directorate. If you're a member and need support, find me on the intranet or in the canteen most lunchtimes",
  [], "staff's own new role", plat="linkedin",
  acc=per("@marc-rcn-steward", "Staff nurse & RCN steward. Views my own."))

P("The bay 6 call bell is fixed!!! estates came at 11pm. we had a little cheer",
  [], "a bay without a patient; repaired equipment is not a security matter", plat="x")

P("Got my MSc results today. Distinction 🥹 4 years of night shifts and essays and I did it",
  [], "own achievement", plat="facebook")

P("Theatre list cancelled due to the snow, so we deep cleaned theatre 2 and had a bake off instead 🧁",
  [], "theatre without patients", plat="instagram",
  acc=per("@scrubnurse_jo", "Scrub nurse, views mine"))

P("my 4 yr old told nursery that mummy 'cuts babies out of ladies' tummies'. technically correct. nursery were not impressed",
  [], "own child, general", plat="x", acc=per("@obs.consultant.k", "Obstetrician. Views my own."))

P("That moment when you realise the lady you're chatting to at the bus stop is your old GCSE chemistry teacher and she remembers you set fire to the sink",
  [], "non-clinical anecdote", plat="x")

P("10 years ago today I started as a student nurse. Today I'm a ward sister. Thank you to everyone who got me here, especially Sister Pauline Kerr who never let me give up ❤️",
  [], "staff thanks with a name; anniversary date is not a birth date", plat="facebook")

P("Good luck to our Frances and Dev who are running the Great Manchester Run on Sunday for the bereavement suite!",
  [], "staff fundraising", plat="x", acc=dev("@StMarysMidwives", "Midwives of Saint Mary's. Team account."))

P("Why do all the interesting patients come in at 3am? asking for a friend. (the friend is me. I'm the friend.)",
  [], "general joke, no patient", plat="x")

P("Welcome Dr Ioana Popescu, our new clinical lead for the birth centre! Ioana has been a midwife for 18 years and a doctor for 10. #NewStarter",
  [], "appointment", plat="x", acc=off("@MFTnhs", MFT))

P("Did a talk at my old school today about becoming a paramedic. One kid asked if I'd ever seen a dead body. I said 'have you met year 11 on a Monday'",
  [], "joke, no patient", plat="tiktok", media=[img(False, False, kind="video")])

P("A massive well done to Maria Santos, Joseph Kamara and Huda Al-Rashid, who qualified as nurse associates this week 🎓 #ProudToBeNHS",
  [], "qualification congratulations; names from several origins, all staff", plat="facebook", acc=off("@MFTnhs", MFT))

P("Today we remember Nurse Edith Cavell, executed on this day in 1915. Our Cavell ward is named in her honour.",
  [], "historical person and a ward named after her; 1915 date is not a birth date", plat="x", acc=off("@MFTnhs", MFT))

P("Proud moment: our patient experience scores for maternity came back as the highest in the region 🎉 Thank you to every family who filled in the survey",
  [], "official account publishing its own figures", plat="facebook", acc=off("@MFTnhs", MFT))

P("can someone explain to my nan that 'the Christie' is a hospital and not a person, she thinks I've got a new girlfriend called Christie 😭",
  [], "a hospital named after a person; joke", plat="x")

P("the bereavement midwives do a thing where they press the baby's hand and foot in clay for the parents. I've never seen anything so tender. #BabyLossAwarenessWeek",
  [], "general description of a service", plat="x",
  acc=per("@rosie_hca", "Maternity HCA. Views my own"))

P("Junior doctors' mess is getting a new sofa!!! thank you to the Friends of the MRI. Dr Okoye you may now stop sleeping on the floor",
  [], "named staff in a light thank-you", plat="x")
