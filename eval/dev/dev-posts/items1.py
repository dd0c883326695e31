# ---- Part 1: patients, described patients, named patients, staff in confidential contexts ----

A("anyone on lates pls keep an eye on Maureen in bay 4, she's pulled her cannula out twice since 7 and the daughter is threatening to complain again 🙄",
  'name clin', "first name + bay number + treatment: an identifiable patient in a staff group chat", 'whatsapp')

A("Little win today 🥹 Mr Okonkwo on Cedar ward ate a whole breakfast for the first time in three weeks. Told him I'd tell the world so here it is x",
  'name clin', "titled surname + ward + eating history; a verbal 'tell the world' is not recorded consent", 'facebook',
  Pn('@kerry.hca.rochford', 'HCA. Mum of 2. Views my own.'))

A("Discharged the lad who came in after the Hythe Quay bridge thing on Sunday. Never seen a turnaround like it, proper proud of our team tonight",
  'clin discl', "patient identifiable by the event, place and day ('what happened to them'); work talk, bio has no disclaimer", 'x',
  Pn('@nightowl_rmn', 'Mental health nurse. Cat mum. Coffee.'))

A("Handover for days: Bed 12 Arjun Patel 78yo NHS 999 526 0182, DNACPR signed, family aware, son visiting 2pm. Bed 14 still refusing meds, chase pharmacy",
  'nhs name clin', "full handover with valid NHS number, name, age, bed and resuscitation status", 'whatsapp')

A("Christmas jumper day on the ward 🎄✨ the patients absolutely smashed the quiz this afternoon",
  'consent clin', "photo shows identifiable inpatients without consent; the photo plus 'on the ward' discloses their admission", 'instagram',
  Pn('@sophie.ot.life', 'Occupational therapist 🌿 views my own'), M(True, False))

A("RIP Dennis 💔 we lost you on the ward last night after 11 weeks with us. you always called me trouble. never change up there x",
  'name clin', "first name + death on the ward + length of stay", 'facebook',
  Pn('@lauren.m.nurse', 'Nurse. Views my own 💙'))

A("the woman in side room 2 at the Linden Centre has been screaming for her mum since 3am and honestly it breaks me every single night",
  'clin', "side room + named unit + time: a described, identifiable inpatient", 'x')

A("POV: your patient in bay 6 (80 yrs young, the one with the Elvis tattoo on his forearm) asks you to marry him for the fourth time this shift 😂💍 #studentnurse",
  'clin', "bay + age + distinguishing tattoo; no name but identifiable", 'tiktok',
  Pn('@nursemeg_x', 'student nurse 🩺 placement life | not my employer\'s views'))

A("Just a heads up the girl from the overdose on Friday (Jade? the one from Canvey) has been readmitted to Poplar, same presentation, careful what you say around her mum",
  'name clin', "first name + town + overdose + readmission to a named ward", 'whatsapp')

A("Today I supported a young man with schizophrenia to go food shopping for the first time in 2 years. He's 24, lives on his own in Laindon and has the biggest laugh. Days like this are why I do this job 💙",
  'clin discl', "diagnosis + age + town: identifiable by description; bio names employer, no disclaimer", 'facebook',
  Pn('@gemma.supportworker', 'Support worker at EPUT 💙 Laindon born and bred'))

A("Proud moment this week: a patient I have looked after since 2019, a retired headteacher from Maldon, told me at his final outpatient review that he has started painting again after years of severe depression. Recovery is possible.",
  'clin', "job + town + diagnosis + clinic: identifiable by description even without a name", 'linkedin',
  Pn('@dr-anil-rao', 'Consultant psychiatrist. Views expressed are my own.'))

A("Happy 100th birthday Doris! 🎂 The whole team on Ward 9 celebrated with her this afternoon with cake and a singalong. What a milestone!",
  'name clin', "named inpatient on a named ward: a named patient in a care context; no full date so no date_of_birth", 'facebook',
  D('@EPUTWard9', 'Ward 9, older adults. Run by the ward team.'))

A("who's got the clinic room keys?? also Sandra in room 3 needs her clozapine bloods done before 10 or pharmacy won't release",
  'name clin', "first name + room + medication monitoring", 'whatsapp')

A("Visited the loveliest couple in Wivenhoe today, married 63 years, she's got dementia now and he still brings her tea in the china cup every morning ❤️ cried in the car after",
  'clin', "home visit + village + marriage length + diagnosis: identifiable by description", 'facebook',
  Pn('@annie.districtnurse', 'Community nurse. Views my own.'))

A("Had to tell a 34 year old mum of three at our Thurrock clinic this afternoon that her scan shows it has spread. Then went straight back into clinic like nothing happened. Medicine is weird",
  'clin', "age + family + clinic + time + diagnosis", 'x',
  Pn('@DrTomRees', 'FY2 doctor | opinions my own'))

A("Anyone know if Lena Kowalczyk got moved from the Lakes to Brockfield? she was on my caseload and her mum keeps ringing me on my personal phone",
  'name clin', "full name + caseload + transfer between units", 'facebook')

A("Mr Begum bed 3 grade 3 pressure sore on sacrum, TV referral done, photos on his file not on here obvs 😂",
  'name clin', "titled surname + bed + wound", 'whatsapp')

A("The bloke in the Santa hat who's been in our minor injuries unit since 6pm with chest pain is now singing Mariah Carey to the whole waiting room. Christmas Eve in the NHS 🎅",
  'clin', "distinguishing clothing + unit + date + symptom", 'x',
  Pn('@ENP_Chris', 'Emergency nurse practitioner. Views my own.'))

A("Please share 🙏 one of our ladies from Maple ward (Eileen, 81, short grey hair, pink dressing gown) walked off the unit about an hour ago, last seen near Rochford station. Police are aware.",
  'name clin', "first name + age + ward + description; a missing patient is not a fire/flood/major incident", 'facebook',
  Pn('@sam_rochford_nurse', 'Nurse. Views my own.'))

A("Reflecting on my week: I sat with a gentleman who was detained under the Mental Health Act on Tuesday, a retired vicar known to half of Brightlingsea, and we talked about faith for an hour.",
  'clin', "former job + town + day + detention: identifiable", 'linkedin')

A("Sending love to the family of the young man who died at the Linden Centre on Saturday. He was on our ward for five weeks and he was the kindest soul. Fly high 🕊️",
  'clin', "death on a named unit + day + length of stay", 'facebook',
  Pn('@rachel.hca', 'HCA • dog mum • views are my own'))

A("when the patient with MUM tattooed on his forehead spots you in Tesco and shouts THAT'S MY NURSE across the whole shop 💀💀 #mentalhealthnurse",
  'clin discl', "distinguishing tattoo identifies a patient; work talk without a disclaimer", 'tiktok',
  Pn('@rmn.danni', 'nights survivor 🌙'))

A("Can someone ring Mrs Adeyemi back re her son Tobi on Willow? she's on 07700 900482, wants to know about leave this weekend",
  'name clin phone', "patient first name + ward + leave; mother's personal mobile", 'whatsapp')

A("Drove 40 mins to a home visit in Tollesbury for the man to tell me through the letterbox he'd rather die than talk to another nurse. Safeguarding done. Now in a layby with a meal deal 🥲",
  'clin', "home visit + village + what he said: identifiable", 'x',
  Pn('@cpn_hannah', 'CPN. Views my own.'))

A("Congratulations to Priya and baby Arun who graduated from our breastfeeding group today! Arun arrived at 34 weeks and is now absolutely thriving 💕",
  'name clin', "named mother and baby + gestation: service users named by a team account", 'facebook',
  D('@ThurrockHealthVisitors', 'Thurrock health visiting team'))

A("Look who popped back in to see us! Our favourite former patient dropped off chocolates 🍫 so proud of how far you've come",
  'consent clin', "identifiable former patient in the photo, no consent; the caption reveals they were a patient", 'instagram',
  Pn('@jodie_rmn', 'RMN • views my own'), M(True, False))

A("Dziewczyny, pani Zofia z sali 5 znowu nie chce brać leków, lekarz mówi żeby dać jej spokój do rana. Syn dzwonił trzy razy 🙄",
  'name clin', "PL: 'Girls, Mrs Zofia from room 5 again won't take her meds, the doctor says leave her till morning. Her son rang three times.' First name + room + medication", 'whatsapp', lang='pl')

A("Am avut grijă azi de un domn de 90 de ani din Harlow, veteran de război, internat cu pneumonie. Mi-a povestit toată viața lui. Asta e meseria mea ❤️",
  'clin', "RO: 'Today I looked after a 90-year-old gentleman from Harlow, a war veteran, admitted with pneumonia. He told me his whole life. This is my job.' Age + town + veteran + diagnosis", 'facebook',
  Pn('@ioana.asistenta', 'Asistentă medicală. Părerile sunt ale mele.'), lang='ro')

A("if you're the family of the gentleman in bay 2 with the tartan flat cap please stop bringing him whisky. he is on lorazepam. i'm begging you",
  'clin', "bay + distinguishing cap + medication", 'x')

A("Ward 7 board: Mohammed K - awaiting MHA assessment, Grace T - 1:1 obs, Steven - home Fri if bed at Brockfield. Don't forward",
  'name clin', "names with initials + legal status + observation level, shared off-system", 'whatsapp')

A("Honoured to have supported a young woman through her recovery from anorexia this past year. At 17 she was admitted weighing under 35kg; last week she sent me a photo from her first day at Anglia Ruskin.",
  'clin', "age + diagnosis + weight + admission + university: identifiable by description", 'linkedin',
  Pn('@dr-helen-marsh', 'Clinical psychologist | views my own'))

A("Bhai aaj Ahmed sahab ko ward 3 pe dekha, unka sugar bohat high tha, beta keh raha tha ke ghar le jana hai",
  'name clin', "ur-Latn: 'Brother, saw Mr Ahmed on ward 3 today, his sugar was very high, his son was saying he wants to take him home.' Named patient + ward + condition", 'whatsapp', lang='ur-Latn')

A("To the lady in the blue Fiesta who sat crying outside the Linden Centre on Sunday night: I'm the nurse who brought you a tea. Your husband is going to be OK. Please look after yourself too x",
  'clin', "wife identifiable by car, place and time; discloses her husband's admission", 'facebook',
  Pn('@nurse.beth.k', 'Nurse • all views my own'))

A("Oh bande nu jehda bed 9 te si, Singh ji, ohna nu aj chhutti mil gayi, dhee lain aayi si",
  'name clin', "pa-Latn: 'That man who was in bed 9, Mr Singh, was discharged today, his daughter came to fetch him.' Named patient + bed + discharge", 'whatsapp', lang='pa-Latn')

A("Hoy se fue de alta María, la chica de 22 años que llevaba dos meses en la planta. Me abrazó en la puerta y me dijo que volvería a estudiar. Lloré 🥹",
  'name clin', "ES: 'Today María, the 22-year-old who had been on the ward two months, was discharged. She hugged me at the door and said she'd go back to studying. I cried.' First name + age + stay + discharge", 'facebook',
  Pn('@enfermera.lucia', 'Enfermera. Mis opiniones son mías.'), lang='es')

A("Absolutely gutted, one of our residents at the care home we in-reach to passed away this morning. Gerald, 94, he'd been with us since the old Runwell days. Night night Gerry",
  'name clin discl', "first name + age + death + history; bio identifies employer, no disclaimer", 'facebook',
  Pn('@tracey.olderadults', 'Older adults team, EPUT. Grandma of 5.'))

A("pls don't let the patient in room 4 (the tall ginger lad) use the ward phone unsupervised, he rang his ex 40 times yesterday",
  'clin', "room + physical description + behaviour", 'whatsapp')

A("Great session at Cherry Tree Primary today. Shout out to Alfie (7) who said his first full sentence with his communication device! 🎉",
  'name clin', "child's first name + age + school + therapy: a team account naming a service user", 'x',
  D('@EPUT_SLT_Southend', 'Children\'s speech & language therapy, Southend'))

A("dancing with our patients on Boxing Day 🕺 they taught me the Macarena properly this time",
  'consent clin', "video of identifiable patients, no consent, captioned as patients", 'tiktok',
  Pn('@hca_tash', 'HCA 🩵 thoughts my own'), M(True, False, kind='video'))

A("Caught the loveliest moment between one of our patients and her dog at visiting time today 🐶❤️",
  'consent clin', "identifiable patient in the photo without consent; caption says she is a patient", 'facebook',
  Pn('@mike.rmn', 'RMN, views my own'), M(True, False))

A("Just so everyone knows Dr Fenwick has been signed off for 6 weeks with stress, don't mention it if she rings, she doesn't want people knowing",
  'name', "named staff member + sickness absence: staff in a confidential context", 'whatsapp')

A("Has anyone heard why Carl Mensah from the crisis team got suspended? Apparently something to do with a complaint",
  'name', "named staff member + suspension", 'facebook')

A("Sending strength to my colleague Becky who lost her baby at 19 weeks last Thursday. She's so brave and she will come back when she's ready ❤️",
  'name', "named colleague + pregnancy loss: staff confidential context (not framed as our patient, so person_name only)", 'x',
  Pn('@amy_nightsister', 'Ward sister. Views my own.'))

A("Jess W's drug test came back positive apparently, HR meeting Monday. Keep it zipped",
  'name', "named staff member + drugs test", 'whatsapp')

A("Can't believe Mark from estates had a heart attack in our car park on Tuesday, he's in CCU at Broomfield now. Get well soon big man 💪",
  'name clin discl', "named colleague + event + admission to a named unit (now a patient); work talk, no disclaimer", 'facebook',
  Pn('@lee.porter.eput', 'Porter. Essex lad.'))

A("Gary completed his first 5k today, 9 months after his knee replacement with us 🏃‍♂️ huge well done!",
  'name clin tag', "named patient + operation; media tags a person on a team account (consent recorded)", 'instagram',
  D('@EPUT_MSKphysio', 'MSK physiotherapy, Essex'), M(True, True, ['@gary.runs.essex']))

A("Today's little joy: the man at 41 Seaview Avenue who always makes me a bacon sandwich before his depot. Never change Len",
  'addr name clin', "street address + first name + depot injection", 'x',
  Pn('@cpn_jamie', 'CPN. views my own'))

A("Patient's wife came onto the ward shouting that we'd lost his glasses. They were at home. At 22 Fairfield Road. In his other coat. 🙃",
  'addr clin', "patient's home address + admission", 'x')

A("Key safe at 5 Mill Lane Coggeshall for Mr Ward's 8am visit is 4471, he won't hear the bell",
  'addr name clin sec', "address + titled name + visit + key-safe code", 'whatsapp')

A("Community nursing is special. Last week I visited a lady at 7 Church Street, Dedham, who still has her wedding dress from 1951 hanging in the spare room.",
  'addr clin', "street address + home visit", 'linkedin',
  Pn('@sue-baxter-dn', 'District nurse. Views my own.'))

A("Today's new admission to bed 6: Karen Lowe DOB 14/03/1987, informal, husband bringing clothes later",
  'name dob clin', "name + date of birth + bed + legal status", 'whatsapp')

A("Brought cake in for Dot's 90th, she was born 5th December 1936 and still does the crossword in pen on the ward 🎂",
  'name dob clin', "first name + full date of birth + inpatient", 'x',
  Pn('@rosie_hca', 'HCA. Views my own.'))

A("Welcome to the world baby Noah, born 30/11/2026 🎉 so lovely to meet you and mum at your new birth visit today",
  'name dob clin', "named baby + full birth date + new-birth home visit", 'instagram',
  D('@BasildonHVteam', 'Basildon health visiting team'))

A("Colegi, pacienta nouă: Elena Popescu, născută 17.09.1964, diabet tip 2, vine la clinică joi",
  'name dob clin', "RO: 'Colleagues, new patient: Elena Popescu, born 17.09.1964, type 2 diabetes, coming to clinic Thursday.'", 'whatsapp', lang='ro')

A("Commode delivery for Mrs Thompson, flat 4, 18 Kings Road, Brentwood CM14 4DR - she says leave it with the neighbour if no answer",
  'addr pc name clin', "name + full address + postcode + equipment", 'whatsapp')

A("Visit moved to 2pm, new address is 27 Orchard Way, Laindon SS15 6QP, he's moved in with his sister after the last admission",
  'addr pc clin', "patient's new address and postcode + admission history", 'whatsapp')

A("Can the family of the patient from CO15 2RT please stop ringing the ward for updates, we CANNOT discuss anything on the phone without consent",
  'pc clin', "patient identified by full postcode + on the ward", 'x')

A("المريضة الجديدة ساكنة في RM17 5UX، الزيارة بكرة الساعة ١٠ الصبح، بنتها بتكون موجودة",
  'pc clin', "AR: 'The new patient lives in RM17 5UX, the visit is tomorrow at 10am, her daughter will be there.' Postcode + home visit", 'whatsapp', lang='ar')

A("Anyone near IG8 0TL able to give an older gent a lift to his appointment at Goodmayes on Thursday? He's one of mine and his cab fell through",
  'pc clin', "patient's postcode + appointment site", 'x',
  Pn('@cpn_olu', 'CPN. Personal account, views my own.'))

A("نئے مریض کا پتہ: 9 ملبری کورٹ، گریز۔ شوہر کہتے ہیں کہ گھنٹی خراب ہے، پیچھے والا دروازہ استعمال کریں",
  'addr clin', "UR: 'New patient's address: 9 Mulberry Court, Grays. Husband says the bell is broken, use the back door.' Address + home visit", 'whatsapp', lang='ur')

A("Does anyone know why 9991590838 keeps bouncing on the spine? It's a patient on our caseload, I've checked it three times",
  'nhs clin', "valid NHS number + on the caseload", 'x')

A("Found an appointment letter in the car park at Rochford, NHS number 999 016 6137 on it, if it's yours DM me and I'll post it back",
  'nhs', "valid NHS number; the letter's content is not described, so no care detail", 'facebook',
  Pn('@dave.estates', 'Estates. Views my own.'))

A("can someone check this NHS number for me 999 186 0916 the system says it's invalid",
  'nhs', "a valid NHS number with no care detail", 'whatsapp')

A("Pharmacy tip: always check the NHS number on the bag matches the chart! Had one today, 9993909963 on the label and a different number on the chart 🙈",
  'nhs clin', "valid NHS number tied to a dispensed medicine and an inpatient chart", 'x',
  Pn('@ellie_pharm', 'Pharmacist. Views my own.'))

A("Znalazłam kartę pacjenta na parkingu przy szpitalu, numer NHS 999 030 8241, nazwisko Nowak. Jeśli to Twoja, napisz do mnie",
  'nhs name', "PL: 'I found a patient card in the car park by the hospital, NHS number ..., surname Nowak. If it's yours, message me.' Valid NHS number + surname in a patient context", 'facebook',
  Pn('@ania.hca', 'Opiekunka. Moje poglądy.'), lang='pl')

A("9996281949 - Mr Dobson - due depot tomorrow, on the 10am clinic list",
  'nhs name clin', "NHS number + name + treatment", 'whatsapp')

A("Finally sorted the NHS app!! my NHS number is 999 821 9930 if anyone at the surgery reading this wants to sort my repeat prescription 😂",
  'nhs', "poster's own valid NHS number published", 'instagram',
  Pn('@kellie.bakes', None, emp=False))

A("Huge thank you to participant 9995181908 for completing all 12 months of the STEP study! 🎉",
  'nhs clin', "research team pasted a valid NHS number in place of a participant ID; participation in a mental-health study is health information", 'x',
  D('@EPUT_Research', 'Research & development team, EPUT'))

A("Pacientul din patul 8, număr NHS 9992319488, are programare la cardiologie luni dimineață",
  'nhs clin', "RO: 'The patient in bed 8, NHS number ..., has a cardiology appointment Monday morning.'", 'whatsapp', lang='ro')

A("Whoever left a prescription with NHS number 999 757 4915 on it in the Costa in Chelmsford, it's behind the counter 👍",
  'nhs', "valid NHS number, no further care detail", 'facebook')

A("Data quality matters. A real example from this week's audit (anonymised!): NHS no. 999 186 2528 recorded against two different patients. Check before you save.",
  'nhs', "'anonymised' example still carries a valid NHS number", 'linkedin',
  Pn('@kate-info-gov', 'Information governance. Views my own.'))

A("Helping Mr Shah on my caseload with his PIP form, his NI no is WK 73 55 09 A, can someone with a work phone ring the DWP for him?",
  'nino name clin', "patient's NINO + name + caseload", 'whatsapp')

A("storytime: found a patient's NI number (YL 50 66 32 A) written on the back of a menu in the dayroom 😭 shredded it obvs",
  'nino clin', "NINO tied to an inpatient (dayroom)", 'tiktok')

A("Mr Quinn's daughter wants a call back on 0113 496 0721, she's worried about his leave at the weekend",
  'name phone clin', "relative's personal number + named patient + leave", 'whatsapp')

A("Referral came in from Mrs Hale's own email, margaret.hale52@outlook.com, she wants us to reply there about her son's care plan",
  'email name clin', "personal e-mail + named relative + patient's care plan", 'whatsapp')

A("Sorry Rav, can't cover Saturday, my mum's been admitted to Cedar ward again with her chest",
  'clin', "poster's mother identifiable by relation to a known colleague + admission to a named ward", 'whatsapp')

A("Our patient Mrs O'Brien turned 95 on the ward today and asked for a sherry instead of cake. We compromised on both 🥂",
  'name clin', "titled surname + inpatient", 'instagram',
  D('@EPUT_MapleWard', 'Maple ward, older adults mental health'))

A("Blog: What a Christmas Day shift on an acute ward really looks like. Let's call him J: a 52-year-old former firefighter from Southend, admitted to us in October after his marriage broke down. On Christmas morning he asked if he could help serve lunch. By 2pm he was carving the turkey for the whole ward and telling us about the big Shoeburyness fire of 1998. I don't know where J's story goes next, but on that day he was a firefighter again.\n\nAny views expressed in this blog are entirely my own and not those of my employer.",
  'clin', "a pseudonym does not hide him: age + former job + town + admission month", 'blog',
  Pn('@notesfromnights', 'Mental health nurse writing about nights.'))

A("Watch Kev's story: from his first admission to Finchingfield ward to co-teaching our 'Living Well with Bipolar' course. Filmed with Kev's consent 🎥",
  'name clin', "strict reading: the text names a service user with his admission and diagnosis; the guide gives text no consent exception. Video consent is recorded so no media label", 'youtube',
  D('@EPUTRecoveryCollege', 'EPUT Recovery College'), M(True, True, kind='video'))

A("Sue on nights is in the EPU at Broomfield this morning, it's not looking good, please don't message her x",
  'name clin', "named colleague + early pregnancy unit + outcome: she is a patient here, so both", 'whatsapp')

A("Shout out to the patient who told me today my handwriting looks like a spider fell in an inkpot. You're not wrong mate ✍️",
  '', "TRAP: a patient is mentioned but nothing identifies them (no name, place, age, mark); disclaimer in bio", 'x',
  Pn('@rob_rmn', 'RMN. Views my own.'))

A("Night shift thoughts: somebody told me at 4am that the moon follows them home. By 5am we'd agreed it only does it on weekdays. Sometimes you just meet people where they are.",
  '', "TRAP: a patient conversation with no place, date, age or mark; nobody could be identified", 'instagram',
  Pn('@the.night.nurse.writes', 'nurse, poet, insomniac. views my own'))

A("Christmas Day on an acute ward: the turkey was dry, the crackers were naff, somebody's nan sent in mince pies for the whole staff team and for a few hours it felt like a family. Merry Christmas to everyone working today 🎄",
  '', "TRAP: ward Christmas described with no identifiable patient; blog-style post with disclaimer", 'blog',
  Pn('@wardlifeblog', 'Any views in this blog are mine alone, not my employer\'s.'))

A("Patient today asked if I was 'the foreign one' and wouldn't let me do his obs. 12 years qualified. Still stings.",
  'discl', "reports discrimination suffered, not made (not discriminatory); patient not identifiable; work talk, no disclaimer", 'x',
  Pn('@nurse_adaeze', 'Registered nurse. Lagos ➡️ Essex.'))
