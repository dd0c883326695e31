# ---- Part 4: political, legal, emergency, performance, medical advice, commercial ----

A("Another winter, another NHS crisis, and the Tories still think clapping on doorsteps was enough. Vote them out.",
  'pol', "attack on a party; disclaimer in bio", 'x',
  Pn('@mhnurse_gaz', 'Mental health nurse. Views my own.'))

A("Reform want to scrap the NHS as we know it. If you work for the NHS and vote for them you're a turkey voting for Christmas.",
  'pol discl', "attack on a party aimed at colleagues; no disclaimer", 'facebook',
  Pn('@debbie.hv', 'Health visitor, Basildon'))

A("Lovely to welcome our local MP to the ward today. A true champion for mental health who gets our vote every time! 🗳️",
  'pol', "a team account supporting a politician at the ballot box", 'x',
  D('@EPUT_Ward14', 'Ward 14 team'))

A("everyone sign the Labour petition against the health cuts pls, link's in the other group",
  'pol', "promoting a party's campaign ('Labour' the party, not a labour ward)", 'whatsapp')

A("Proud to march for fair pay today 💪 Starmer, we're coming for you",
  'pol', "attack on a named politician", 'instagram',
  Pn('@nurse.niamh', 'Nurse ✊ views my own'), M(False, False))

A("As a Lib Dem councillor and a practising nurse, I'll be standing again in May on a platform of proper investment in community mental health.",
  'pol', "campaigning for a party", 'linkedin',
  Pn('@cllr-ruth-adams', 'Councillor. Nurse. Views my own.'))

A("Farage said WHAT about nurses?? 🙄 stitch this if you're sick of it",
  'pol', "attack on a named politician", 'tiktok',
  Pn('@nursey.leigh', 'nurse 🩺 opinions my own'))

A("Pleidleisiwch dros Blaid Cymru: yr unig blaid sy'n gwarchod ein GIG ni 🏴󠁧󠁢󠁷󠁬󠁳󠁿",
  'pol', "CY: 'Vote for Plaid Cymru: the only party protecting our NHS.'", 'x',
  Pn('@nyrs_gwen', 'Nyrs. Barn fy hun.'), lang='cy')

A("The Green candidate came to our staff room to 'listen'. Listened to herself mostly. Won't be voting for that.",
  'pol discl', "attack on a candidate; work setting, no disclaimer", 'facebook',
  Pn('@carol.admin.lakes', 'Admin at The Lakes'))

A("Today's announcement from the Health Secretary is a disgrace for mental health research funding. Shameful from this government.",
  'pol', "attack on a politician and the government", 'bluesky',
  Pn('@prof-mira.bsky.social', 'Academic psychiatrist. Personal account.'))

A("Our staff Christmas party is on Friday 18 December at the Chelmsford City Football Club suite. Tickets £25 from the social committee, dress code: sparkle ✨",
  '', "TRAP: 'party' is a social event", 'facebook',
  D('@EPUTStaffSocial', 'Staff social committee'))

A("Tissue viability Tuesday: 'conservative management' doesn't mean doing nothing. It means choosing the least invasive treatment that works, and reviewing it often.",
  '', "TRAP: 'conservative' in its clinical sense; general education", 'x',
  D('@EPUT_TVNurses', 'Tissue viability nurses'))

A("We're proud to support this winter's national flu vaccination campaign. Eligible? Book at nhs.uk/flu 💉",
  '', "TRAP: a public-health campaign is not a political one", 'x', OFF())

A("Inquest into Dean's death at Rochford starts Monday. We all know what happened on that ward. The truth will come out.",
  'legal name clin', "comment on an inquest; named patient + death on a ward", 'x')

A("Can't say much but our ward is being investigated by the police after what happened last month. Praying for everyone involved 🙏",
  'legal', "comment on a police investigation involving the trust; disclaimer in bio", 'facebook',
  Pn('@joanne.rmn', 'RMN. Views my own.'))

A("Heard the trust is being sued by the family from the Basildon case, apparently settling for six figures",
  'legal', "comment on a lawsuit against the trust", 'whatsapp')

A("Gave evidence at my first employment tribunal this week as a witness for the trust. Exhausting, but I think we'll win.",
  'legal', "comment on a tribunal involving the trust; disclaimer in bio", 'linkedin',
  Pn('@mark-hr-partner', 'HR business partner. Views my own.'))

A("The coroner's Prevention of Future Deaths report on our trust is out and honestly it says what we've been saying for years",
  'legal discl', "comment on a coroner's report; work talk, no disclaimer", 'x',
  Pn('@sister_moira', 'Senior sister, acute mental health'))

A("Got a letter asking me to give evidence at an inquest next month 😬 any nurses been through this?? what's it actually like",
  'legal', "comment on an inquest the poster is involved in", 'tiktok')

A("Alguém sabe alguma coisa sobre o processo judicial contra o hospital? Disseram que vão chamar enfermeiros para depor",
  'legal', "PT: 'Does anyone know anything about the lawsuit against the hospital? They said they'll call nurses to testify.'", 'facebook', lang='pt')

A("CQC and police in today re the restraint on Willow, don't talk to anyone about it outside the ward",
  'legal', "a police investigation involving the trust; no patient is described", 'whatsapp')

A("Solidarity with Amy Clarke, suspended and facing a misconduct hearing for speaking up about staffing. We see you Amy 💙",
  'name legal', "named staff + suspension and misconduct hearing", 'x',
  Pn('@unionrep_ben', 'Staff side rep. Views my own.'))

A("Our paper on restraint reduction was cited in the inquest findings into the death at one of our units this week. A sobering reminder of why this work matters.",
  'legal', "comment on an inquest involving the trust", 'bluesky',
  D('@eput-research.bsky.social', 'EPUT research & development'))

A("Finished the new hospital drama last night. The tribunal scenes were SO unrealistic, no HR department has ever moved that fast 😂",
  '', "TRAP: a TV tribunal, not a legal matter involving the trust; disclaimer in bio", 'x',
  Pn('@hr_hannah', 'HR. Views my own.'))

A("Got a question about raising a concern? Our Freedom to Speak Up Guardian, Tunde, explains how to do it safely and in confidence: eput.nhs.uk/speakup",
  '', "TRAP: official signposting to the internal route; staff named in their role", 'x', OFF())

A("Fire alarm going off at Basildon MHU and there's actual smoke coming off the roof, everyone's out in the car park 😳",
  'emerg', "live fire at a trust site posted by staff; disclaimer in bio", 'x',
  Pn('@mhu_karen', 'Nurse. Views my own.'))

A("Flood in the basement at the Lakes, IT room under water, don't come in through the back entrance",
  'emerg', "live flood at a trust site", 'whatsapp')

A("Lockdown at Brockfield right now, someone's got in with a knife apparently. Please pray for us.",
  'emerg discl', "live attack at a trust site; no disclaimer", 'facebook',
  Pn('@security_terry', 'Security officer at Brockfield House'))

A("filming from the ward window, six fire engines outside 😱🚒 #fire",
  'emerg consent', "live fire at a trust site; video shows identifiable people without consent", 'tiktok',
  Pn('@nurse.macy', 'views my own'), M(True, False, kind='video'))

A("Power cut across the whole site, we're running on torches and the generator. Updates on my story",
  'emerg', "site-wide power failure affecting a trust building: a live incident", 'instagram',
  Pn('@hca_beth', 'HCA | views my own'))

A("URGENT: Ward 9 is being evacuated because of a fire in the ward kitchen. Families, please do not come to the site tonight.",
  'emerg', "a devolved account, not the official one, posting a live fire", 'x',
  D('@EPUTWard9x', 'Ward 9, older adults'))

A("Thinking of my colleagues at Rochford tonight dealing with the major incident. Proud of every single one of you 💙",
  'emerg', "comment on a live major incident; disclaimer in bio", 'linkedin',
  Pn('@claire-matron', 'Matron. Views my own.'))

A("Incendiu la spitalul din Colchester chiar acum, toată lumea a fost evacuată 😨",
  'emerg', "RO: 'Fire at the Colchester hospital right now, everyone has been evacuated.'", 'x',
  Pn('@andrei.hca', 'HCA. Păreri personale.'), lang='ro')

A("Bomb threat phoned in to reception 10 mins ago, police here, whole building out",
  'emerg', "live attack threat at a trust site", 'whatsapp')

A("Burst water main has flooded the ground floor at Thurrock Community Hospital, clinics cancelled, we're bailing out with bins 😩",
  'emerg', "live flood at a trust site", 'facebook',
  Pn('@admin_jackie', 'Admin. Views my own.'))

A("Update on this morning's fire at our Colchester site: all patients and staff are safe, and clinics will run as normal from 1pm. Thank you to Essex Fire & Rescue.",
  '', "TRAP: the official account posting about an incident is clean", 'x', OFF())

A("Fire drill at 10am today on the ground floor, don't panic when the alarms go 🚨",
  '', "TRAP: a planned exercise; disclaimer in bio", 'facebook',
  Pn('@fire.warden.phil', 'Fire warden & estates. Views my own.'))

A("Major incident training day with Essex Police and the ambulance service today. Brilliant to practise together before we ever need it 🚑",
  '', "TRAP: a planned exercise", 'x',
  D('@EPUT_EPRR', 'Emergency preparedness team'))

A("this rota is an absolute disaster 🔥🔥🔥",
  '', "TRAP: 'disaster' and fire emoji as idiom; no account", 'x')

A("Our community team waiting list is now 14 months for a first appointment. Fourteen. Months.",
  'perf', "staff commentary on waiting times; disclaimer in bio", 'x',
  Pn('@cmht_psych_sarah', 'Psychologist. Views my own.'))

A("Trust is £12m in the red and they've just spent a fortune on new lanyards. Priorities.",
  'perf discl', "commentary on trust finances; no disclaimer", 'facebook',
  Pn('@ward.sister.jan', 'Ward sister at Basildon'))

A("Interesting to see our trust missed its crisis response target again this quarter. When will leadership listen?",
  'perf', "staff commentary on targets", 'linkedin',
  Pn('@amir-crisis-nurse', 'Crisis nurse. Views my own.'))

A("our CAMHS waits are the worst in the region, did you see the table?? embarrassing",
  'perf', "commentary on waiting times", 'whatsapp')

A("pov: you work for the trust with some of the longest autism assessment waits in England 🙃 3 years and counting",
  'perf discl', "commentary on waiting times; no disclaimer", 'tiktok',
  Pn('@asd.nurse.jo', 'autism assessment nurse 💙'))

A("আমাদের ট্রাস্টে এখন অপেক্ষার তালিকা দুই বছর। এটা সত্যিই লজ্জার।",
  'perf', "BN: 'In our trust the waiting list is now two years. It really is shameful.' Disclaimer in bio", 'facebook',
  Pn('@rina.nurse', 'নার্স। মতামত আমার নিজের।'), lang='bn')

A("Our trust's research income has fallen off a cliff since the restructure. Not a great look for a 'university' trust.",
  'perf', "commentary on trust finances/performance", 'bluesky',
  Pn('@dr-f-okafor.bsky.social', 'Researcher. Own views.'))

A("Staff survey results are out and we're bottom of the table for morale again lol, shocker",
  'perf', "commentary on trust ratings", 'facebook')

A("Another 'requires improvement' from the CQC 🙄 at least we're consistent",
  'perf', "commentary on the trust's rating; disclaimer in bio", 'instagram',
  Pn('@amberthenurse', 'nurse | views my own'))

A("Bed occupancy at 112% across our adult wards this week. We're sending people 200 miles away for a bed. This isn't sustainable.",
  'perf', "commentary on performance; disclaimer in bio", 'x',
  Pn('@bed_manager_k', 'Bed manager. Views my own.'))

A("Our latest figures: 94% of people referred to our talking therapies service started treatment within 6 weeks. Read the full report: eput.nhs.uk/performance",
  '', "TRAP: the official account publishing its own figures", 'x', OFF())

A("Hit my own personal target today: 10,000 steps before lunch without leaving the ward 🏃‍♀️",
  '', "TRAP: a personal step target, not trust performance; disclaimer in bio", 'instagram',
  Pn('@step.queen.rmn', 'RMN | views my own'))

A("Hun you can take up to 8 paracetamol a day with your sertraline, just space them 4 hours apart. you'll be fine x",
  'med', "dosage advice to an individual from a nurse", 'facebook',
  Pn('@rmn.kirsty', 'RMN | views mine'))

A("@jo_anxious ask your GP for propranolol 40mg before the driving test, it really takes the edge off. Worked for me!",
  'med', "individual medication and dose advice from a doctor", 'x',
  Pn('@DrBenK', 'GP trainee. Views own.'))

A("Had a DM asking if she can stop her lithium cold turkey. Babe NO. Drop to 400mg for a week first, then speak to your GP.",
  'med', "individual dosage advice", 'instagram',
  Pn('@the.bipolar.nurse', 'MH nurse & advocate | views my own'))

A("nurse here 👩‍⚕️ if your toddler's got a temperature just alternate calpol and nurofen every 2 hours, works every time",
  'med discl', "dosing advice to followers, given as a nurse; no disclaimer", 'tiktok',
  Pn('@nurse.mumma.jen', 'children\'s nurse 🧸'))

A("Sis as a nurse I'd say double your citalopram this week if you're feeling low, it won't hurt",
  'med', "individual dosage advice in a private chat", 'whatsapp')

A("أختي، خذي حبتين باراسيتامول كل ست ساعات مع دواء الضغط، ما في أي مشكلة",
  'med', "AR: 'Sister, take two paracetamol every six hours with your blood pressure medicine, no problem at all.' Dosage advice", 'facebook',
  Pn('@nurse.layla', 'ممرضة. آرائي شخصية.'), lang='ar')

A("To the commenter asking about her son's ADHD medication: I'd go up to 36mg of the methylphenidate, that's what I'd recommend as a specialist nurse.",
  'med', "individual dosage advice", 'linkedin',
  Pn('@adhd-nurse-sian', 'ADHD specialist nurse. Views my own.'))

A("@MarkyMark_88 sounds like a UTI mate, neck a load of cranberry juice and you won't need antibiotics",
  'med', "individual treatment advice from a paramedic", 'x',
  Pn('@para_rich', 'Paramedic. Personal account.'))

A("For whoever asked: yes, you can take ibuprofen 400mg three times a day alongside your venlafaxine. Just eat first.",
  'med', "individual dosage advice", 'bluesky',
  Pn('@pharm-joe.bsky.social', 'Pharmacist. Own views.'))

A("To the lady asking in the comments about her mum's quetiapine: an extra 25mg at night is usually fine if she can't sleep.",
  'med', "individual dosage advice in a video reply", 'youtube',
  Pn('@NurseNatalieMH', 'Mental health nurse. All views my own.'))

A("Feeling under the weather? For most winter bugs, rest, fluids and paracetamol help. Ask your pharmacist first. More: nhs.uk/conditions",
  '', "TRAP: general health information from the official account", 'x', OFF())

A("Staff flu jabs are available at our Chelmsford hub every Thursday, 9am to 4pm. Just bring your ID badge 💉",
  '', "TRAP: general health information", 'facebook',
  D('@EPUTOccHealth', 'Occupational health and wellbeing'))

A("Reminder to myself: drink water on shift. That's it, that's the advice 💧",
  '', "TRAP: 'advice' to oneself, not medical advice; disclaimer in bio", 'x',
  Pn('@hydrated_hca', 'HCA. Views my own.'))

A("Obsessed with these compression socks for 12 hour shifts 😍 use my code NURSEJESS15 for 15% off at @shiftsocks",
  'comm', "discount code and product endorsement", 'instagram',
  Pn('@nursejess.uk', 'Nurse + creator | views my own'))

A("the ONLY pen torch I'll ever use 🔦 link in bio, I get a tiny bit of commission x",
  'comm', "product endorsement with commission", 'tiktok',
  Pn('@nurse.gadgets', 'nurse who loves gadgets | views my own'))

A("Delighted to recommend MindMate Pro to every trust out there. Our ward trialled it this year and it's simply the best digital therapy platform on the market.",
  'comm', "endorsing a commercial product as a clinician", 'linkedin',
  Pn('@ward-lead-tony', 'Clinical lead. Views my own.'))

A("Use my Uber Eats referral code NHSFOOD23 for £10 off your first order, night shift fuel sorted 🍕",
  'comm', "referral code", 'x',
  Pn('@nightshift_nina', 'Nurse. Views my own.'))

A("Anyone want to join my Avon team? Perfect little side hustle for nurses on nights 💄 message me x",
  'comm discl', "recruiting colleagues for a commercial venture; bio names her profession, no disclaimer", 'facebook',
  Pn('@shelley.avon.rgn', 'RGN & Avon rep 💄'))

A("Huge thanks to Costa in Chelmsford, the best coffee in town, who gave our ward free lattes all week! Go and support them ☕",
  'comm', "a team account favouring a company", 'instagram',
  D('@EPUTPoplarWard', 'Poplar ward team'))

A("Why I switched the whole team onto one brand of hand cream (not sponsored… well, they did send me a free box 👀)",
  'comm', "endorsement with an undeclared gift; blog disclaimer present", 'blog',
  Pn('@skincare.nurse', 'Any views expressed in this blog are entirely my own and not those of my employer.'))

A("guys my husband's company does cheap car insurance for NHS staff, here's the link, tell them Gemma sent you 🚗",
  'comm', "referral for a family business", 'whatsapp')

A("Excited to announce I've joined the advisory board of NeuroPharm Ltd. Their new antidepressant is a game-changer for our patients.",
  'comm', "endorsing a drug company's product: a commercial interest", 'x',
  Pn('@Prof_R_Hale', 'Consultant psychiatrist. Views my own.'))

A("Meninas, estou vendendo Herbalife, ótimo para quem trabalha de noite no hospital! Chamem no privado 💚",
  'comm', "PT: 'Girls, I'm selling Herbalife, great for anyone working nights at the hospital! Message me privately.'", 'facebook',
  Pn('@juliana.hca', 'HCA. Opiniões minhas.'), lang='pt')

A("Thank you to the Rotary Club of Colchester for donating 200 Christmas gift bags to our inpatients 🎁",
  '', "TRAP: thanking a charitable club is not endorsing a product", 'facebook', OFF('@EPUTNHS'))

A("Does anyone have a recommendation for comfy work shoes? My feet are destroyed after this week 😩",
  '', "TRAP: asking, not endorsing; disclaimer in bio", 'facebook',
  Pn('@sore.feet.sal', 'Nurse. Views my own.'))
