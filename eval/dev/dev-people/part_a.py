# English, blocking: named patients next to care
from lib import *

P("honestly best bit of my shift was maureen in bay 4 asking if id marry her grandson 😂 she goes home tmrw bless her",
  [CLIN, NAME], "first name + bay + discharge date: identifiable patient", plat="x")

P("Big shout out to Terry Blackwood who finally had his leg off on Tuesday after 3 months of us fighting to save it. Took it like a champ 💪 ward 4 will miss your singing Tel",
  [CLIN, NAME], "full name + amputation + ward", plat="facebook",
  acc=per("@kaz.ward.sister", "Ward sister, mum of 3, views my own"))

P("Side room 2 is Mr Kowalczyk again. third time this month. pray for us tonight lads",
  [CLIN, NAME], "surname + side room + repeat admissions", plat="x")

P("JR in cubicle 6 has now been waiting 14 hrs for a bed. 91 years old. on a trolley. this is not ok and i'm sick of pretending it is",
  [CLIN, NAME, PERF], "initials + A&E cubicle + age; plus comment on waits from a staff voice", plat="x")

P("Big Dave's back on AMU 🙄 4th admission since xmas, someone buy that man a new liver",
  [ABU, CLIN, NAME], "nickname + ward + admissions; mocking the patient", plat="x")

P("Welcome to the world baby Amara 💛 7lb 2oz at 39+4, mum Chidinma was an absolute warrior in delivery room 3 last night 🥹",
  [CLIN, NAME], "baby and mum named with weight, gestation and room", plat="instagram",
  acc=per("@midwife.bee", "Midwife 👶 all views my own"))

P("Popped in on Mrs Eileen Hargreaves for her home visit today, 2 weeks post op and the wound's healing lovely. She made me a brew and a bacon barm, best patient on my caseload",
  [CLIN, NAME], "full name + home visit + wound", plat="facebook")

P("RIP Stanley. You went at 3am on ward 9 holding my hand. 40 years down the pit and the gentlest man I ever nursed. I'll never forget you x",
  [CLIN, NAME], "first name + death on named ward + job history", plat="facebook")

P("just had to tell 24 yr old keisha her scan shows it's spread. sat in my car in the multistorey and i cant make myself drive home",
  [CLIN, NAME], "name + age + scan result", plat="x")

P("Day 147 for our Ronnie on ward 31!!! longest stay we've ever had. care home FINALLY found, discharge friday 🎉🎉",
  [CLIN, NAME], "first name + ward + length of stay + discharge date", plat="x")

P("9 hour whipple today on Mr Adeyemi. Tough as old boots, walked to the chair on day 1 post-op. Incredible team in theatre 5 👏 #surgery",
  [CLIN, NAME], "surname + operation + theatre", plat="linkedin",
  acc=per("@tunde-hpb-surgeon", "Consultant HPB surgeon. Views are my own."))

P("Bye bye Gladys!!! 6 weeks with us after her fall and she's walked out on her own two feet 😭❤️ our physios are actual wizards",
  [CLIN, NAME], "devolved ward account names a patient with fall and length of stay, no consent stated", plat="facebook",
  acc=dev("@Ward12Rehab", "Ward 12 rehab team. Run by the team, monitored by Comms."))

P("can someone chase bloods for Priya Raman bed 12 pls, the DKA one, family asking every 10 mins",
  [CLIN, NAME], "colleague WhatsApp group still counts: name + bed + diagnosis", plat="whatsapp")

P("found an appointment letter on the floor of the level 2 car park for a Graham Ellison, NHS no 999 526 0182. if its yours DM me and ill drop it to reception",
  [NAME, NHSN], "name + valid NHS number, no care detail", plat="facebook")

P("system's got her as Siobhán AND Shevaun Murtagh, both dob 03/09/1987, which one do i merge into 🙃",
  [DOB, NAME], "name + date of birth in a records context, no care word", plat="x")

P("is Karen Doyle off sick AGAIN?? thats her 4th stress note this year, some of us have to carry her",
  [ABU, NAME], "named colleague + sickness absence + dig", plat="x")

P("heard Dr Lewandowski has been suspended pending the investigation into the CD discrepancies. whole department's in shock",
  [NAME], "named doctor + suspension: staff confidential context", plat="facebook")

P("please send love to our lovely Jess from blood bank, she lost the baby at 18 weeks on Sunday. she'll be back when she's ready ❤️ no need to ask her about it",
  [NAME], "named colleague + pregnancy loss", plat="facebook")

P("so wayne from portering failed his drugs test lol, explains the speed he pushes the beds 🏎️",
  [ABU, NAME], "named colleague + drugs test + mockery", plat="x")

P("Marta Nowicka has put a grievance in against the ward manager. whole ward knows. awkward shift tmrw 😬",
  [NAME], "named colleague + grievance", plat="x")

P("Disciplinary hearing for Sam Oduya is Thurs 2pm in the boardroom if anyone wants to come and sit outside for moral support ✊ he's done nothing wrong",
  [NAME], "named colleague + disciplinary", plat="facebook")

P("Our matron Helen Quigley is having her chemo on our own day unit now and STILL insists on working Fridays. legend doesn't cover it",
  [CLIN, NAME], "named staff member who is also a patient: treatment on the unit", plat="facebook")

P("guess who's in resus tonight 👀 only Jordan Maddix off Love Villa. came off an e-scooter. not saying any more 🤐",
  [CLIN, NAME], "a celebrity is still a patient: name + resus + injury", plat="x")

P("the lad from the crash on the Mancunian Way last night is still with us on ICU. family in bits in the relatives room. hug your kids",
  [CLIN], "identified by a local news event + ICU", plat="facebook")

P("85 yr old lady from Gorton brought in at 2am in her nightie, found wandering on Hyde Road. she's on ward 45 now, safe and warm",
  [CLIN], "age + place + time + ward", plat="x")

P("the fella with the full face Man City tattoo is in majors 3 again, overdose number 4 this year. we all know him by name now",
  [CLIN], "distinguishing mark + cubicle + overdose", plat="x")

P("our MP's mum is on ward 7 with a broken hip. he rocked up at 9pm still in his suit lol",
  [CLIN], "relation to a known person + ward + injury", plat="x")

P("the head teacher from St Bede's had her baby with us overnight!! boy, 8lb 1oz at 6.14am 💙 St Bede's parents you'll know soon enough",
  [CLIN], "job + birth weight + time: identifiable mother", plat="facebook")

P("delivered the baby of the only female firefighter at Moss Side station tonight. 33 weeks, tiny but perfect 🔥👶",
  [CLIN], "job + gestation: identifiable mother", plat="instagram",
  acc=per("@nightshift.nell", "Midwife. Opinions mine, not my employer's."))

P("home visit to the house with the yellow door opposite the Co-op on Ladybarn Lane this morning. poor man hasn't been out of bed in 3 weeks, pressure sores everywhere",
  [ADDR, CLIN], "home located by description + care detail", plat="x")

P("Mrs Bhatti needs her insulin pens dropping round to M14 5QR tomorrow, can whoever's on community days take them? she's out",
  [CLIN, NAME, PC], "name + treatment + home postcode", plat="whatsapp")

P("still can't get hold of Ade Bankole's daughter. number on the system is 07700 900417 but it just rings out. if anyone knows the family pls get her to call the ward",
  [CLIN, NAME, PHONE], "patient named, relative's phone, on the ward", plat="facebook")

P("pt's son wants the discharge summary emailed to dkinsella88@gmail.com - can someone sort before 5, I'm in clinic",
  [CLIN, EMAIL], "relative's personal e-mail + discharge summary", plat="whatsapp")

P("the woman at the desk just read her NI number out to the whole waiting room, JH 48 27 16 C, for a parking permit form 🤦‍♀️",
  [NINO], "a person's National Insurance number", plat="x")

P("Night shift selfie with our fave patient Doris who turned 100 today 🎂🥳",
  [CLIN, NAME, NOCONS], "named patient on shift; photo of her without consent", plat="instagram",
  acc=per("@hca_chantelle", "HCA ✨ views my own"), media=[img(True, False)])

P("AK bed 3 refusing meds again. 3rd night running. i give up honestly",
  [CLIN, NAME], "initials + bed + treatment", plat="x")

P("my patient today - 74, retired bus driver on the 86, everyone in Chorlton knows him - told me he's ready to die. i held his hand and said nothing",
  [CLIN], "age + job + area: identifiable; end of life", plat="x")

P("twins born at 29 weeks to the couple from the Rusholme restaurant fire story 😭 both in NICU and fighting hard. keep them in your prayers",
  [CLIN], "local news event + births with gestation + NICU", plat="facebook")

P("Mr Fitzgerald on ward 12 is comfortable tonight. His family asked me to update here because they're all stuck in Cork with the ferries off",
  [CLIN, NAME], "name + ward + condition; family request is not the patient's consent", plat="facebook")

P("lost Mrs Achterberg tonight. 102. outlived three husbands and every one of her doctors 🕊️",
  [CLIN, NAME], "surname + death", plat="x")

P("shoutout to 'Mr Whippy' in bay C who wouldn't stop asking the HCAs for ice cream at 4am. you know who you are 😂🍦",
  [CLIN, NAME], "nickname + bay", plat="x")

P("ward 30 bed 8 is a lazy waste of a bed. 26 stone and wont even roll for us. 4 of us every turn. done.",
  [ABU, CLIN], "bed + ward + weight; insulting the patient", plat="x")

P("another one straight off the boat in cubicle 4 tonight, no english, no GP, no nothing. wonder who's paying for this one",
  [CLIN, DISC], "described patient in a cubicle + nationality slur", plat="x")

P("Adaeze Okonkwo from ward 8 tested positive for TB, all her bays are being screened this week",
  [NAME], "named staff member's own health", plat="facebook")

P("lmaooo Ellie from day unit is on the psych ward herself now, the irony",
  [ABU, CLIN, DISC, NAME], "named colleague now a patient; mocking mental illness", plat="x")

P("Need a Mandarin interpreter for 王秀英 in bay 2 at 10am - she's nil by mouth for theatre and doesn't understand why. anyone free?",
  [CLIN, NAME], "name in Chinese script + bay + theatre", plat="whatsapp")

P("Ahmed in HDU bed 2 woke up and asked for his mum. 3 weeks on the vent. I'm not crying you're crying",
  [CLIN, NAME], "first name + bed + ventilation", plat="x")

P("had the loveliest lady today, Bronwen, 96, from Llandudno originally, in for her pacemaker. sang me the whole of Calon Lân in recovery 🏴",
  [CLIN, NAME], "name + age + procedure + recovery", plat="facebook")

P("Seamus on Ward 3 finally got his whiskey - doctor said a wee drop was fine at this stage. pure joy on his face",
  [CLIN, NAME], "first name + ward + end of life", plat="facebook")

P("Today our little fighter Oliwia went home after 94 days on NICU!!! Born at 24+1 weighing 640g, now a chunky 2.3kg 😭😭 our whole team cried",
  [CLIN, NAME], "baby named + gestation + weight + stay; no consent stated", plat="instagram",
  acc=per("@neonatal_nurse_al", "Neonatal nurse. Views my own."))

P("Anyone else looking after Kayden P in bay 5 tonight? his mum's told me to 'watch my back' 3 times. security's been called",
  [CLIN, NAME], "first name + initial + bay", plat="whatsapp")

P("so we've got the Love Villa girl in for her boob job revision tomorrow lol. no names but you KNOW",
  [CLIN], "a celebrity identified by description + procedure", plat="x")

P("Mrs N. Achebe, bed 14, DNACPR signed today. family not aware yet so be careful what you say at visiting",
  [CLIN, NAME], "initial + surname + bed + resus decision", plat="whatsapp")

P("when the paed reg tells you the 14 yr old in cubicle 9 from the stabbing outside the Arndale is going to make it 🙏",
  [CLIN], "age + news event + cubicle", plat="x")

P("Wilfred (93) on the discharge lounge at 7pm waiting for transport since 11am. he's had one sandwich. this is the NHS in 2025",
  [CLIN, NAME, PERF], "name + age + discharge; plus commentary on service", plat="x")

P("Welcome baby Zainab 🌸 born 02/11/2025 at 4.02am, 6lb 9oz. Proud auntie and proud midwife, I caught my own niece!!",
  [CLIN, DOB, NAME], "baby named + birth date + weight", plat="facebook")

P("we had Fr Dominic from St Anne's in for his angiogram today and the whole parish has rung the ward to ask how he is 😅",
  [CLIN, NAME], "priest named + procedure + ward", plat="facebook")

P("Chioma Eze, DOB 21/07/1979, NHS 999 159 0838 - can whoever's on the phone to the GP read this out, scanned letter won't upload",
  [DOB, NAME, NHSN], "name + date of birth + NHS number", plat="whatsapp")

P("9990166137 — this is the number on Mr Patel's wristband, it's not matching the drug chart, can pharmacy check??",
  [CLIN, NAME, NHSN], "NHS number + named patient + drug chart (medication)", plat="whatsapp")

P("The man in the wheelchair who sells the Big Issue outside Piccadilly station is in with us with pneumonia. he's asking if someone can feed his dog Bruno",
  [CLIN], "identified by description (known local figure) + diagnosis", plat="facebook")

P("Sister Grace Mensah has been signed off for 3 months after her breakdown, she asked me to tell everyone she's ok 💔",
  [NAME], "named staff member's mental health absence", plat="facebook")

P("Can't believe Dr Farouk is being investigated by the GMC over that complaint from the lady in bay 6",
  [LEGAL, NAME], "named doctor + regulator investigation", plat="x")

P("Nurse Bethan Pryce has handed her notice in because of how she's been treated on ward 20. Ask her yourselves, she's not hiding it",
  [NAME, RAISE], "named colleague + employment dispute; airing the concern in public", plat="facebook")

P("had a vid call with Agnieszka's family in Poland today, showed them her on the ventilator so they could say goodbye 💔 one of the hardest calls of my career",
  [CLIN, NAME], "first name + ventilator + end of life", plat="facebook")

P("bay 3 lady (the one whose son is the goalie for the town team) going to theatre at 2, can someone do her obs",
  [CLIN], "relation to a known person + bay + theatre", plat="whatsapp")

P("Billy Sandhu, 58, came in with chest pain and walked out 4 hours later with two stents. I love my job",
  [CLIN, NAME], "full name + age + procedure", plat="linkedin",
  acc=per("@cath-lab-ceri", "Cardiac physiologist. Posts are my own views."))

P("The school lollipop man from Levenshulme passed away on our ward this morning. Everyone's kids knew him. Hope they do something at the school for him",
  [CLIN], "job + area + death on the ward", plat="facebook")

P("Dear whoever reads this — our patient Lindiwe (28, from Zimbabwe, mum of two) didn't make it tonight after the PPH. please hug your midwives",
  [CLIN, NAME], "name + age + origin + death", plat="x")

P("Mr and Mrs Okoro in bed 11 and 12 on the same bay. 61 years married and admitted together. the team pushed the beds together ❤️",
  [CLIN, NAME], "named couple + beds + bay", plat="facebook")

P("Huge thanks to Dana Ivanova's husband for bringing in pizza for the whole of delivery suite after her section last night 🍕 made our shift!",
  [CLIN, NAME], "name + caesarean section: the thank-you names a patient", plat="facebook")

P("Bloody hell the poor girl from the Rusholme pub - 19, collapsed on the dancefloor, we worked on her for 50 mins. she made it. she MADE IT",
  [CLIN, PROF], "age + place + event + resuscitation; swearing", plat="x")

P("Anyone know who has the key for room 4? Mr Hussain's relatives want to stay overnight, he's end of life",
  [CLIN, NAME], "surname + room + end of life", plat="whatsapp")

P("Tbh if one more person asks me for a sick note for their cat I will scream. Also Jade Mills bay 2 I'm sorry I laughed when you said your catheter had a name",
  [CLIN, NAME], "full name + bay + catheter, wrapped in a joke", plat="x")

P("P.O., 67, retired headmistress at Didsbury High, came in with an AKI today and spent the whole shift correcting my grammar on her fluid chart 😂",
  [CLIN, NAME], "initials + age + job + diagnosis", plat="x")

P("🚑 Lad off the 50 bus who got hit outside Fallowfield Sainsbury's at 8.15 this morning is in theatre now. Broken pelvis. his nan's on her way",
  [CLIN], "place + time + event + theatre", plat="x")

P("Tomasz's wife just gave birth on ward 4 car park 😳 9lb 4oz, in the back of a Vauxhall Astra. he's on our bay with a broken ankle so couldn't even get up lol",
  [CLIN, NAME], "first name + bay + injury; wife's birth with weight", plat="x")

P("my favourite patient Fiona (the one with the purple hair and the parrot tattoo) had her last chemo today and rang the bell 🔔🔔🔔",
  [CLIN, NAME], "name + mark + treatment", plat="instagram",
  acc=per("@onc_nurse_ros", "Chemo nurse. 💜 Views my own"))

P("dear management, Ward 6 bed 2 has been waiting 19 days for a social care package. His name is Kenneth. He is not a 'bed blocker'. He is a person.",
  [CLIN, NAME, PERF, RAISE], "name + ward + bed + delayed discharge; public 'dear management' escalation", plat="x")

P("Our pregnant nurse Leah Woodhouse was hit by a patient last night on ward 2. Police are involved. She and the baby are ok",
  [LEGAL, NAME], "named staff member: pregnancy + assault + police", plat="facebook")

P("can whoever's doing the sim training tomorrow use a different name please? we actually have a real Susan Hart in bay 7 and the poor woman overheard",
  [CLIN, NAME], "a real patient named next to a bay", plat="whatsapp")

P("the bloke who does the weather on the local news is in having his vasectomy reversed on Monday 🤫 you didn't hear it from me",
  [CLIN], "TV presenter identified by job + procedure", plat="x")

P("Kwame, 6, from the Longsight estate, who we've had on ward 84 since September, rang the end-of-treatment bell today 🔔 The corridor was FULL",
  [CLIN, NAME], "child named + age + area + ward", plat="facebook")

P("She's 15, she's from Harpurhey, she's 36 weeks and she came in on her own. I stayed after my shift and I'd do it again",
  [CLIN], "age + area + gestation: identifiable girl", plat="x")

P("Uzma's mum is dying in side room 3 and the family want the imam in tonight. who's the on-call chaplain? urgent",
  [CLIN, NAME], "named relative's mother + dying + side room", plat="whatsapp")

P("Little Jacob (4) who swallowed a battery at his nan's on Saturday is doing amazing - we're all so relieved 💙",
  [CLIN, NAME], "child named + age + incident", plat="facebook")

P("Ruth from the pharmacy team — the one who had the stroke in the canteen — is on ward 41 now and asking for visitors! go see her xx",
  [CLIN, NAME], "named colleague as a patient: stroke + ward", plat="facebook")

P("The gentleman with one arm who plays the keyboard outside Boots on Market St was admitted last night with hypothermia. He's asking for his keyboard.",
  [CLIN], "distinguishing mark + known local spot + diagnosis", plat="facebook")

P("Marion Kershaw, 79, 44 Claremont Road - her son hasn't been to see her in 3 weeks on ward 10, if anyone knows him tell him she's asking",
  [ADDR, CLIN, NAME], "name + age + street address + ward", plat="facebook")

P("Mrs Francesca Lombardi is back in the maternity assessment unit with her 4th reduced movements this week 🙄 same every pregnancy with her",
  [ABU, CLIN, NAME], "full name + unit + pregnancy, with a dig at the patient", plat="x")

P("ffs. the Gandalf lookalike in bay 6 (you know the one) pulled his cannula out AGAIN. 4th time. I'm going home",
  [CLIN, NAME, PROF], "nickname-by-lookalike + bay + cannula; swearing", plat="x")

P("when Miss Delyth Rhys-Evans (bed 9) asks you to help her write a letter to her first love from 1962 😭 i have never been more honoured",
  [CLIN, NAME], "full name + bed", plat="x")

P("shout out to Rita in bed 4 who just beat me at Connect 4 for the 6th time in a row. 88 and ruthless",
  [CLIN, NAME], "first name + bed + age", plat="x")

P("our mum Pat Donnelly is on ward 11 at the MRI, NHS number 999 186 0916, please can any staff reading this check she's had her tablets, she has dementia and can't say",
  [CLIN, NAME, NHSN], "relative posting: name + ward + NHS number + dementia", plat="facebook")

P("Our patient Mr Gbadamosi's daughter left her purse on ward 3 with her driving licence in. Full address is 18 Birchfields Road — can someone drop it round?",
  [ADDR, CLIN, NAME], "patient surname + ward + relative's street address", plat="whatsapp")

P("🍼 Stillbirth at 38 weeks last night for the couple who run the florist on Burton Road. Please be gentle with them if they come in to the shop again",
  [CLIN], "identified by business + stillbirth + gestation", plat="facebook")

P("Nurse Kofi Asante — I saw your drink driving conviction in the MEN. NMC will love that. maybe don't lecture us about professionalism",
  [ABU, LEGAL, NAME], "named colleague + conviction + dig", plat="x")

P("Irene (the one who lost her husband in the Oldham Road fire last year) came in for her hip today and the whole ward knew her story 💔",
  [CLIN, NAME], "first name + news event + hip surgery", plat="facebook")

P("I'm so done with Ward 25's charge nurse Gemma, absolute cow to the students, someone needs to sort her out",
  [ABU, NAME], "named colleague insulted; 'sort her out' is intimidation", plat="x")

P("Mr Rashid Ali you are a legend 😂 90 years old, 3 days post hip and already asking the OT if you can drive home",
  [CLIN, NAME], "full name + age + hip surgery", plat="tiktok", media=[img(False, False, kind="video")])

P("This one's for Bolu 💔 22, came in with headaches, went home with a tumour. We did everything. Rest easy king.",
  [CLIN, NAME], "name + age + diagnosis + death", plat="instagram")

P("Not naming her but the receptionist at our GP who went to school with me is 12 weeks pregnant and just had her booking scan with us 👀",
  [CLIN], "job + relation to the writer + scan + gestation", plat="x")

P("Just done Mrs Ng's home visit, 3rd floor flat above the chippy on Wilmslow Rd, lift broken again and she can't get down the stairs on her frame",
  [ADDR, CLIN, NAME], "surname + home visit + home located by description", plat="facebook")

P("pls keep Sean McAuley (the Irish lad on ward 22 with the burns) in your prayers, surgery tomorrow at 8",
  [CLIN, NAME], "full name + ward + burns + surgery", plat="facebook")

P("can whoever's on community tomorrow take the spare syringe driver to Mr Levi at 7 Elm Grove, he's at end of life, wife's expecting us at 9",
  [ADDR, CLIN, NAME], "surname + address + end of life", plat="whatsapp")

P("Big love to Ifeoma, our nurse who collapsed mid-shift on Monday — she's had her test results back and it's MS. She wanted us to know. Be kind",
  [NAME], "named colleague's own diagnosis", plat="facebook")

P("Yo @deano_88 your nan's been moved from AMU to ward 46, bed 3, she's doing alright just tired. tell your mum",
  [CLIN], "patient identified by relation to a handle + ward + bed", plat="x")

P("When the woman in bay 1 who's married to the manager of our local football club tells you they're naming the baby after you 🥹",
  [CLIN], "relation to a known person + bay + birth", plat="x")

P("Florence, 7lb 11oz, born 12.40 on Christmas Day to a very shocked mum who thought she had indigestion 😂🎄 Happy birthday little one",
  [CLIN, NAME], "baby named + weight + time + date of birth (a named baby's birthday)", plat="facebook")

P("Mr Baptiste in ED cubicle 11 thinks I'm his daughter. I've let him. Some nights that's the job",
  [CLIN, NAME], "surname + A&E cubicle", plat="x")

P("Our lovely cleaner Roxana has been off 6 weeks with her back and management have started her on a stage 2 absence review. disgusting",
  [NAME, RAISE], "named staff + sickness absence review; complaint about the process in public", plat="facebook")
