# ---- Part 7: everyday clean posts, more near-misses, and a few more positives ----

A("Our talking therapies service is open to anyone aged 18+ registered with an Essex GP. You can refer yourself online: eput.nhs.uk/talkingtherapies",
  '', "ordinary service information", 'x', OFF())

A("Feeling lonely this Christmas? You're not alone. Our carers' café in Southend is open on Wednesday 23 December, 10am to 1pm. Mince pies provided 🥧",
  '', "ordinary event post", 'facebook', D('@EPUTCarers', 'Carers support, EPUT'))

A("Safe sleep reminder 💤 Babies should sleep on their back, in a clear cot, in the same room as you for the first six months.",
  '', "general health information, not individual advice", 'instagram', D('@BasildonHVteam', 'Basildon health visiting team'))

A("We're proud to be shortlisted for a national patient safety award for our work on reducing restrictive practice across our inpatient wards.",
  '', "ordinary news post", 'linkedin', OFF('@EPUT'))

A("New in the staff library: twelve new titles on trauma-informed care. Reserve yours at eput.nhs.uk/library 📚",
  '', "ordinary devolved post with a link", 'x', D('@EPUT_library', 'Staff library'))

A("Just finished my first year as a mental health nursing associate. Best thing I've learned? Listening is a clinical skill, not a soft one.",
  '', "staff talking about their own work with a disclaimer", 'linkedin',
  Pn('@nursing-associate-dee', 'Nursing associate. Views my own.'))

A("Christmas Day shift tomorrow. Mince pies packed, tinsel on the lanyard. See you on the other side 🎄",
  '', "working, not away; disclaimer in bio", 'x', Pn('@tinsel_rmn', 'RMN. Views my own.'))

A("Happy Diwali to all our colleagues, patients and communities celebrating this week 🪔✨",
  '', "ordinary festival greeting", 'instagram', OFF('@eputnhs'))

A("Our dementia café in Clacton is back on Tuesday 5 January, 2–4pm, at the Methodist Church hall. Everyone welcome, no need to book ☕",
  '', "ordinary event post", 'facebook', D('@EPUTDementiaTendring', 'Dementia services, Tendring'))

A("It's #TimeToTalk Day on 5 February. Five minutes over a cuppa can make a real difference: eput.nhs.uk/timetotalk",
  '', "ordinary campaign post with link", 'x', OFF())

A("Journal club this week: a paper on therapeutic relationships on acute wards. Anyone want to join online on Thursday? DM me 📖",
  '', "professional chat with a disclaimer", 'bluesky',
  Pn('@rmn-educator-ian.bsky.social', 'Practice educator. Own views.'))

A("things I wish I knew as a student nurse: 1) ask the question 2) eat your lunch 3) your mentor was scared once too",
  '', "staff talking about work with a disclaimer", 'tiktok', Pn('@nurse.tips.tam', 'nurse 🩺 views my own'))

A("who's bringing what for the team Christmas lunch on the 23rd? I'll do sausage rolls 🎄",
  '', "ordinary team chat", 'whatsapp')

A("Happy New Year team 🎆 thank you for everything this year, proud of every one of you x",
  '', "ordinary team chat on 1 January", 'whatsapp')

A("A huge welcome to the 42 international nurses who joined us this month from India, Nigeria, the Philippines and Zimbabwe 💙 We're so glad you're here.",
  '', "TRAP: a welcome naming countries of origin, not a demeaning remark", 'facebook', OFF())

A("Congratulations to Sister Joan Pearce, who retires this week after 41 years on our older adult wards. Enjoy every minute, Joan! 💐",
  '', "TRAP: a staff retirement naming staff and wards", 'x', OFF())

A("Welcome to the team, Dr Rahul Mehta, our new consultant psychiatrist in the perinatal service! 👋",
  '', "TRAP: a new appointment naming staff", 'instagram', D('@EPUTPerinatal', 'Perinatal mental health team'))

A("Thank you to everyone who sponsored my Santa Dash, we raised £640 for the ward garden! 🎅💚",
  '', "ordinary fundraising thanks; disclaimer in bio", 'facebook', Pn('@santa.runner.sue', 'Nurse. Views my own.'))

A("Video: what to expect when you visit our Crisis Café for the first time, told by the team who run it.",
  '', "ordinary video post", 'youtube', OFF('@EPUTNHSTrust'))

A("Potrzebujesz pilnej pomocy w sprawie zdrowia psychicznego? Zadzwoń pod numer 111 i wybierz opcję zdrowia psychicznego. Linia działa całą dobę.",
  '', "PL: 'Need urgent mental health help? Call 111 and choose the mental health option. The line is open 24 hours.' National helpline", 'facebook', OFF(), lang='pl')

A("ذہنی صحت کے بارے میں بات کرنا ٹھیک ہے۔ فوری مدد کے لیے 111 پر کال کریں۔",
  '', "UR: 'It is OK to talk about mental health. For urgent help call 111.' National helpline", 'x', OFF(), lang='ur')

A("শীতে ফ্লু টিকা নিন। আপনার জিপি বা ফার্মেসির সাথে যোগাযোগ করুন।",
  '', "BN: 'Get the flu vaccine this winter. Contact your GP or pharmacy.' General health information", 'facebook', OFF(), lang='bn')

A("Căutăm voluntari care vorbesc limba română pentru grupul nostru de sprijin pentru părinți, în fiecare marți la Basildon.",
  '', "RO: 'We're looking for Romanian-speaking volunteers for our parents' support group, every Tuesday in Basildon.'", 'facebook', D('@BasildonHVteam', 'Basildon health visiting team'), lang='ro')

A("يوم طويل في المستشفى، لكن فخورة جداً بفريقي ❤️",
  '', "AR: 'Long day at the hospital, but very proud of my team.' Disclaimer in bio", 'instagram',
  Pn('@nurse.samar', 'ممرضة. الآراء آرائي الشخصية.'), lang='ar')

A("Nadolig Llawen i'n holl staff, cleifion a theuluoedd 🎄",
  '', "CY: 'Merry Christmas to all our staff, patients and families.'", 'x', OFF(), lang='cy')

A("Mi primer turno de noche en Inglaterra 🇬🇧🌙 ¡qué nervios!",
  '', "ES: 'My first night shift in England, so nervous!' Disclaimer in bio", 'tiktok',
  Pn('@enfermero.pablo', 'Enfermero. Opiniones mías.'), lang='es')

A("Sat sri akal sab nu, kal di shift lai main samose le ke aawanga 😋",
  '', "pa-Latn: 'Hello everyone, I'll bring samosas for tomorrow's shift.'", 'whatsapp', lang='pa-Latn')

A("Our perinatal team supports mums with mental health needs from pregnancy until their baby's first birthday. Ask your midwife or health visitor about a referral: eput.nhs.uk/perinatal",
  '', "TRAP: pregnancy and baby words in general service information", 'x', OFF())

A("Bank holiday Monday on the ward and someone brought in a whole Colin the Caterpillar cake. Best team 🐛",
  '', "TRAP: a product mentioned, not endorsed; disclaimer in bio", 'x', Pn('@bankhol_bex', 'Nurse. Views my own.'))

A("Our 'Coping with Christmas' workshop covers anxiety, low mood and loneliness. No diagnosis or referral needed, just turn up.",
  '', "TRAP: clinical words in a general workshop notice", 'facebook', D('@EPUTRecoveryCollege', 'EPUT Recovery College'))

A("Twelve years ago I was admitted to the ward I now manage. Today I lead the team that once looked after me. Recovery is real, and it belongs to all of us.",
  '', "TRAP: a member of staff sharing their own history by choice; no other person identified; disclaimer in bio", 'linkedin',
  Pn('@ward-manager-leon', 'Ward manager. Lived experience. Views my own.'))

A("It's 'Blue Monday' but there's no such thing as the saddest day of the year. If you're struggling on any day, call 111 and choose the mental health option.",
  '', "TRAP: awareness post with a national helpline", 'x', OFF())

A("Thank you to everyone who came to our open day at Brockfield House yesterday!",
  '', "ordinary thanks", 'x', D('@EPUT_ForensicServices', 'Forensic mental health services'))

A("can anyone swap my late on the 28th? it's the bank hol and I've got my nephew's party",
  '', "TRAP: 'party' and a bank holiday in a shift swap", 'whatsapp')

A("Our ward won Team of the Year tonight!!! So proud of every single one of you, especially our amazing manager Priti 🏆",
  '', "TRAP: an award naming staff; disclaimer in bio", 'facebook', Pn('@hca.kaz', 'HCA. Views my own.'))

A("We are very sad to share that our former chair, Professor Anne Gray, has died. Our thoughts are with her family and friends.",
  '', "TRAP: an official announcement of a former chair's death, not a patient", 'x', OFF())

A("Went to see the new film about the atomic bomb last night and it absolutely blew me away 💣🎬",
  '', "TRAP: a film review that mentions a bomb; not about work", 'instagram', Pn('@cinema.sal', 'Nurse. Views my own.'))

A("Overdosed on mince pies again. Send help 🥧",
  '', "TRAP: idiom", 'x', Pn('@pie_queen_rgn', 'Nurse. Views my own.'))

A("Our day room bay windows finally have new blinds! Sunny afternoons are back ☀️",
  '', "TRAP: 'bay' as in bay window", 'facebook', D('@EPUTMapleWard', 'Maple ward, older adults mental health'))

A("Bed 3 of our allotment project is dug and ready for spring planting 🌱",
  '', "TRAP: 'bed' as in garden bed", 'x', D('@EPUT_GreenCare', 'Green care & allotment project'))

A("side room 2 deep cleaned and ready, let bed management know",
  '', "TRAP: a room, no patient", 'whatsapp')

A("Our discharge coordinators help people get home safely and quickly. Here's how they do it: eput.nhs.uk/news/discharge",
  '', "TRAP: 'discharge' in a service feature", 'linkedin', OFF('@EPUT'))

A("Happy retirement to our wonderful ward clerk Bev after 33 years 💐 the office won't be the same",
  '', "TRAP: a retirement naming staff; disclaimer in bio", 'instagram', Pn('@ward.admin.nic', 'Admin | views my own'))

A("Five things I've learned in ten years of community nursing: be on time, be kind, carry snacks, write it down, and never underestimate a cup of tea.\n\nAny views expressed in this blog are entirely my own and not those of my employer.",
  '', "ordinary blog post with the blog disclaimer", 'blog', Pn('@tenyearsdn', 'District nurse writing.'))

A("How I revise for my nursing exams 📚 (flashcards, coffee, crying, repeat)",
  '', "ordinary personal video; disclaimer in bio", 'youtube', Pn('@StudentNurseAisha', 'Student nurse. Views my own.'))

A("Anyone else in UK mental health nursing find the jump from student to band 5 brutal? How did you cope?",
  '', "ordinary forum post, no account", 'other')

A("Best roast dinner in Essex? Go.",
  '', "TRAP: an employee account with no disclaimer, but the post is not about work", 'facebook', Pn('@kelly.k', 'Nurse at EPUT'))

A("Draft for the staff bulletin: congratulations to our estates team, who kept every ward warm through last week's cold snap. Thank you!",
  '', "ordinary draft, no platform or account")

A("Draft caption: Meet the Crisis Café team, here for you every evening from 6pm to 11pm in Southend.",
  '', "ordinary draft, no platform")

A("Parcel for Sunita, flat 2 above the chemist on the high street, CM1 1JT. She's on my caseload, tell the driver to knock loud",
  'pc name clin', "postcode + first name + caseload (no street number, so no address)", 'whatsapp')

A("Anyone in CO3 3LD fancy car-sharing to the Lakes for earlies? I leave at 6:40 🚗",
  'pc', "own full postcode", 'facebook', Pn('@earlybird.hca', 'HCA. Views my own.'))

A("Our street WhatsApp has moved! Email me to be added: p.gordon@nhs.net",
  'nhsmail', "NHS e-mail for a personal matter", 'facebook', Pn('@phil.gordon.essex', None, emp=True))

A("Anyone watching the darts tonight? 🎯",
  'nhsmail', "NHS e-mail as a personal account's contact", 'x',
  Pn('@chris_rmn', 'RMN | contact chris.evans22@nhs.net | views own'))

A("Prayers for Amina, our healthcare assistant, who was rushed into Southend Hospital last night with sepsis 🙏",
  'name clin', "named colleague + admission + diagnosis; disclaimer in bio", 'facebook',
  Pn('@ward.sister.val', 'Ward sister. Views my own.'))

A("A big welcome back to Pat, one of our longest-standing service users, who rejoins the allotment group this week after his hip op 🌱",
  'name clin', "named service user + operation, on a team account", 'x', D('@EPUT_GreenCare', 'Green care & allotment project'))

A("tell Ruth in HR that Kelvin's grievance about Mo is going to a formal hearing, she'll know what it's about",
  'name', "named staff in a grievance", 'whatsapp')

A("Five years ago I supported Daniel Hughes through his first psychotic episode. Today he finished the Southend half marathon for Mind. So proud 🏃",
  'name clin', "full name + diagnosis + care", 'linkedin',
  Pn('@eip-care-coordinator', 'Care coordinator. Views my own.'))
