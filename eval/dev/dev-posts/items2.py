# ---- Part 2: personal data (NINO, postcode, DOB, phone, e-mail, address) and their near-misses ----

A("Payroll keep saying my NI number is wrong on ESR, it's JT 48 21 93 B, can someone in HR check?? 2 months underpaid now",
  'nino', "own NINO posted to a group chat", 'whatsapp')

A("New starter paperwork done ✅ NI PX203715A, P45 sent, DBS cleared, starting on Cedar ward Monday!!",
  'nino', "own NINO in a celebratory post; bio has a disclaimer", 'facebook',
  Pn('@chloe.newrmn', 'Newly qualified RMN 🎓 views my own'))

A("HR need NI numbers for the agency lot by 5, Tom's is NH 62 04 18 C if anyone's filling his form in",
  'nino', "a colleague's NINO", 'whatsapp')

A("Czy ktoś wie jak zmienić numer NI w systemie kadrowym? Mój to SZ 39 71 26 D i ciągle wyskakuje błąd",
  'nino', "PL: 'Does anyone know how to change the NI number in the HR system? Mine is SZ 39 71 26 D and it keeps showing an error.'", 'facebook',
  Pn('@marta.w.nurse', 'Pielęgniarka. Opinie są moje.'), lang='pl')

A("Three weeks into my preceptorship and payroll have my NI as RT 84 22 61 B instead of RT 84 22 16 B. Still no pay. Cheers guys.",
  'nino discl', "own NINO (twice); work talk with no disclaimer", 'x',
  Pn('@preceptee_priya', 'Band 5 nurse | Chelmsford'))

A("ভাই, আমার NI নম্বর MA 58 20 74 C, ব্যাংক শিফটের ফর্মে লিখে দিও প্লিজ",
  'nino', "BN: 'Brother, my NI number is MA 58 20 74 C, please write it on the bank-shift form.'", 'whatsapp', lang='bn')

A("Agency timesheet for Sat: Chidi Obi, NI CE 91 40 58 A, 12.5 hrs Willow ward, signed by nurse in charge",
  'nino', "agency worker's NINO; a timesheet is not one of the listed confidential staff contexts", 'whatsapp')

A("Dear all, my details for the bank shift on the 28th: NINO HT 27 63 90 D, DOB 03/06/1991. Thanks, Ama",
  'nino dob', "own NINO and date of birth sent round a group", 'other')

A("Reminder for new starters: never post your National Insurance number or NHS number anywhere online, not even in a 'private' group. Payroll will never ask for it on social media.",
  '', "TRAP: generic advice that mentions NINO and NHS numbers without giving any", 'facebook',
  D('@EPUTCareers', 'Careers and recruitment at EPUT'))

A("Lost cat!! Ginger tom, answers to Biscuit, went missing near CM2 9PL last night, please message me if you see him 😿",
  'pc', "poster's home postcode", 'facebook',
  Pn('@nikki.j.essex', None, emp=False))

A("Moving day!! 📦 New flat keys in hand, SS0 7HB here I come. Night shifts just got a 10 minute commute 😍",
  'pc', "own full home postcode", 'instagram',
  Pn('@hollie.rmn', 'RMN • views my own'))

A("Car boot from my drive this Sunday, 6 Hawthorn Close, Wickford SS12 9BN, loads of kids' stuff, cash only, from 8am",
  'addr pc', "own street address and postcode", 'facebook',
  Pn('@leanne.mum.of.3', None, emp=False))

A("pov you ask the new admission for his postcode and he says 'same as the King mate, SW1A 1AA' 😂",
  '', "TRAP: the postcode is Buckingham Palace's, not the patient's, and nothing identifies the patient", 'tiktok',
  Pn('@lil.rmn', 'rmn 🧠 not my employer\'s views'))

A("Our clinic at Colchester Primary Care Centre, Turner Road, Colchester CO4 5JR is closed on Monday 28 December for the bank holiday and reopens Tuesday at 9am.",
  '', "TRAP: a venue's own published address and postcode; a closing date", 'facebook',
  D('@ColchesterMSKPhysio', 'Colchester MSK physiotherapy'))

A("Our new Mental Health Urgent Care Department at Basildon Hospital, Nethermayne, Basildon SS16 5NL is now open 24 hours a day, 7 days a week.",
  '', "TRAP: hospital's own postcode in its published address; official account", 'linkedin', OFF())

A("Happy birthday to my gorgeous girl, born 22.11.2019 at 4.12am, the best day of my life 💕 7 today!!",
  'dob', "child's full date of birth", 'facebook',
  Pn('@becca.h.chelmsford', None, emp=False))

A("Locum agency form needs my DOB, it's 08-07-1979, can someone fill it in while I'm in clinic pls",
  'dob', "own full date of birth", 'whatsapp')

A("Penblwydd hapus i Mam-gu! Ganwyd 1 Ionawr 1930, 97 oed heddiw a dal i ddawnsio 💃🎉",
  'dob', "CY: 'Happy birthday to Grandma! Born 1 January 1930, 97 today and still dancing.' A full date of birth; nothing about work", 'facebook',
  Pn('@siannrees', None, emp=False), lang='cy')

A("Twins!! Born 11 Jan 2027 at 36+2, 5lb and 4lb 12oz. My sister you absolute legend 🥹💕",
  'dob clin', "babies' birth date; a birth with weight and gestation, mother identifiable as the poster's sister", 'x',
  Pn('@auntie_kez', 'Nurse. Views my own.'))

A("my patient told me his date of birth is 29/02/1952 and I said so you're 18 then? he laughed for ten minutes 😂 #nurselife",
  'dob', "a patient's full date of birth; no care detail beyond being a patient", 'tiktok',
  Pn('@nurse.ola', 'nurse life 🩺 views my own'))

A("Our Chelmsford hub turns 10 on 12 January 2027! 🎂 Come and join us for cake and a look round from 2pm.",
  '', "TRAP: an anniversary date for a building, not a person's birth", 'instagram', OFF('@eputnhs'))

A("Congratulations to Dr Amara Nwosu, who this week marks 30 years of service with the Trust. Thank you for everything, Amara 💙",
  '', "TRAP: staff long-service award naming staff (clean)", 'x', OFF())

A("Happy 40th to the best ward manager in Essex 🎉 Big birthday, bigger heart. Drinks on you Friday Claire!",
  '', "TRAP: a colleague's birthday with no date; staff named in a celebration", 'facebook',
  Pn('@jo.ward9', 'Staff nurse. Views my own.'))

A("Selling a double buggy, barely used, £60 ono, collection Benfleet. Text me on 07700 900317",
  'phone', "own mobile number", 'facebook',
  Pn('@stacey.benfleet', None, emp=False))

A("If any of my old patients from the Thurrock team need me, my new mobile is 07700 900946 x",
  'phone', "personal mobile offered to patients (also a boundary issue)", 'x',
  Pn('@nurse_kayla', 'Views my own.'))

A("Any parent worried about their child can text our nurse Leanne directly on 07700 900155 💬",
  'phone', "an individual's mobile, not a published service line", 'instagram',
  D('@EPUT_SchoolNurses', 'School nursing team'))

A("Looking for a lodger near Colchester General, ideal for a nurse or doctor on rotation, bills included. Call Jen on 020 7946 0388",
  'phone', "personal phone for a personal matter", 'linkedin',
  Pn('@jen-okoro', 'Midwife. Views my own.'))

A("ring me 07700 900623 babe we are going OUT after these nights 🍸🍸",
  'phone', "personal mobile", 'tiktok')

A("Busco compañera de piso cerca del hospital de Basildon, habitación doble, 550 al mes. Llamadme al 07700 900584",
  'phone', "ES: 'Looking for a flatmate near Basildon hospital, double room, 550 a month. Call me on 07700 900584.'", 'facebook',
  Pn('@carmen.en.essex', None, emp=False), lang='es')

A("The number pinned in the staff room for the on-call manager is wrong, it's Dave's personal mobile 0161 496 0533 not the bleep, please fix before he murders someone 😂",
  'phone', "a colleague's personal mobile; 'murders someone' is an idiom", 'x')

A("Anyone who wants to sponsor my Santa Dash for the ward fund, text Sam on 07700 900702 🎅",
  'phone', "personal mobile for sponsorship", 'whatsapp')

A("Need to talk to someone tonight? You can call NHS 111 and choose the mental health option, or text SHOUT to 85258. In an emergency always call 999.",
  '', "TRAP: national helplines only", 'facebook',
  D('@EPUTCrisisCafe', 'The Crisis Café, Southend'))

A("Our PALS team is here to help Mon–Fri 9–5. Call 0113 496 0800 or visit eput.nhs.uk/pals",
  '', "TRAP: a published PALS line (invented, in a drama range) on the official account", 'x', OFF())

A("Samaritans are there 24/7 on 116 123, free from any phone. You don't have to be suicidal to call. Save it in your phone tonight 💚",
  '', "TRAP: national helpline; disclaimer in bio", 'x',
  Pn('@peer_worker_nat', 'Peer support worker. Lived experience. Views my own.'))

A("Please send any photos from Sue's leaving do to jenny.marsh87@gmail.com so I can make her a memory book 💐",
  'email', "personal gmail address", 'facebook',
  Pn('@jenny.marsh', 'Ward clerk. Views my own.'))

A("patients keep emailing my personal, which is daz.rmn@hotmail.co.uk, no idea how they got it, do I just ignore?",
  'email', "personal hotmail address", 'x')

A("Recruiting participants for my MSc dissertation on burnout in mental health nurses! Email me at priya dot shah dot research at gmail dot com 🙏",
  'email', "obfuscated personal gmail address", 'linkedin',
  Pn('@priya-shah-rmn', 'RMN & MSc student. Views my own.'))

A("for collabs and PR: beth.nursing.life@yahoo.com 💌",
  'email', "personal yahoo address", 'instagram',
  Pn('@beth.nursing.life', 'nurse 🩺 | lifestyle | views my own'))

A("Jeśli ktoś chce się zapisać na Secret Santa oddziału, piszcie na kasia.lis@wp.pl do piątku 🎅",
  'email', "PL: 'If anyone wants to sign up for the ward Secret Santa, write to kasia.lis@wp.pl by Friday.' Personal e-mail outside NHS domains", 'facebook',
  Pn('@kasia.lis', 'Pielęgniarka. Moje zdanie.'), lang='pl')

A("send me your funniest night shift stories (NO names or details!!) at nightshiftconfessions@gmail.com and I'll read the best ones out 🌙",
  'email', "a personal gmail address; asking for no names does not make the address a team mailbox", 'tiktok',
  Pn('@nightshiftconfessions', 'nurse. nights. views my own'))

A("His social worker's personal email is tom_b_swk at outlook dot com if the council one bounces again",
  'email', "obfuscated personal e-mail of a third party", 'whatsapp')

A("Thanks for reading. If you want to get in touch about anything in this blog, email me: themindfulnurse [at] protonmail [dot] com\n\nAny views expressed in this blog are entirely my own and not those of my employer.",
  'email', "obfuscated personal e-mail; blog disclaimer present", 'blog',
  Pn('@themindfulnurse', 'Mental health nurse who writes.'))

A("Lost my work ID badge somewhere between Rochford and Southend Victoria. If found please email leah.connors@icloud.com, thank you!!",
  'email', "personal icloud address; mentioning a lost badge reveals no security arrangement", 'x',
  Pn('@leah_c', 'Admin at the trust, views my own'))

A("Questions about the consultation? Email our engagement team at epunft.involvement@nhs.net or come along to one of the drop-in sessions listed at eput.nhs.uk/haveyoursay",
  '', "TRAP: a team NHS mailbox on the official account", 'facebook', OFF())

A("Our house-warming is this Saturday from 7, 12 Beech Drive, Billericay. Bring a bottle and your dancing shoes! Nights crew you're all invited 🥂",
  'addr', "own street address", 'facebook',
  Pn('@megan.and.joe', 'Nurse. Views my own.'))

A("If you want to drop off donations for the ward Christmas appeal I'm at 3 Rowan Walk, Witham, just leave them in the porch x",
  'addr', "own street address", 'facebook',
  Pn('@helen.ot', 'OT. Views my own.'))

A("Visit us at The Lakes, Turner Road, Colchester CO4 5JL. Visiting is 2-4pm and 6-8pm every day, including over Christmas.",
  '', "TRAP: a hospital's own published address and postcode", 'facebook',
  D('@TheLakesColchester', 'Inpatient services at The Lakes'))

A("New Year's Eve, 1am, and the kind man from number 14 opposite my flat has just shovelled my path so I don't slip on the way to my shift. Faith in humanity restored ❄️",
  '', "TRAP: a house number with no street, about a neighbour; nothing identifies anyone; disclaimer in bio", 'x',
  Pn('@carly_nurse', 'Nurse. Views my own.'))

A("Job reference 4307924402 – please quote this on your application. Closing date 15 January 2027. Full details: eput.nhs.uk/jobs",
  '', "TRAP: a 10-digit reference that fails the NHS number check; a closing date", 'x',
  D('@EPUTCareers', 'Careers and recruitment at EPUT'))

A("Datix ref for the hoist issue is 9465632122 if anyone else needs to add to it, estates are on it",
  '', "TRAP: an incident reference starting 9, failing the NHS number check; nothing about security", 'whatsapp')
