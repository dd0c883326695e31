# ---- Part 3: profanity, discriminatory and abusive language, and their near-misses ----

A("12.5 hour shift, no break, and the vending machine ate my last quid. fml.",
  'prof', "FML acronym; disclaimer in bio", 'x',
  Pn('@jaz_hca', 'HCA. Views my own.'))

A("Who the f*ck keeps nicking the milk from the staff fridge on Cedar. I WILL find you 🥛",
  'prof', "masked swearing; the 'threat' is a joke aimed at nobody identifiable", 'facebook')

A("shit shit shit left my lanyard in the clinic room, can someone on nights grab it for me 🙏",
  'prof', "swearing; a left lanyard reveals no security arrangement", 'whatsapp')

A("when the printer jams for the 9th time before 10am: WTF is this machine even for 😤 #nhsadmin",
  'prof', "WTF acronym", 'tiktok')

A("Finished my last ever placement night shift 🎓 holy sh*t what a ride. Thank you Poplar ward for everything 🥲",
  'prof', "masked swearing; thanking a ward is fine; disclaimer in bio", 'instagram',
  Pn('@student.nurse.abi', 'Student nurse | views my own'))

A("Hot take: if your leadership style is sending emails at 11pm on a Sunday, you're a bit of a d*ckhead. Rest is productive.",
  'prof', "masked insult aimed at nobody in particular: profanity, not a dig at a recognisable person", 'linkedin',
  Pn('@coach-sam-d', 'Leadership coach. Former nurse.', emp=False))

A("Three years waiting for the new rostering system and it's still sh*te. Same sh*te, different login.",
  'prof discl', "masked swearing; work talk without a disclaimer", 'facebook',
  Pn('@ward.clerk.bev', 'Ward clerk at Rochford'))

A("Kurwa, znowu zabrali mi przerwę, trzeci raz w tym tygodniu 😤",
  'prof', "PL: 'F***, they took my break again, third time this week.'", 'whatsapp', lang='pl')

A("Reviewer 2 wants us to 'consider a larger sample'. Mate, we recruited through a pandemic. Bollocks to that.",
  'prof', "swearing; disclaimer in bio", 'bluesky',
  Pn('@lou-research.bsky.social', 'Research nurse. Own views.'))

A("Absolutely knackered. 4 hours of arse-numbing training on the new records system and I still can't find the discharge tab 😩",
  'prof', "mild swearing ('arse'); disclaimer in bio", 'facebook',
  Pn('@pete.cpn', 'CPN. Views mine.'))

A("ngl this shift was a sh1tshow from start to finish 🫠",
  'prof', "masked swearing with a digit", 'tiktok',
  Pn('@nurse.rhi', 'nurse 🌙 views are my own'))

A("Joder, qué turno. Tres ingresos en dos horas y sin cenar.",
  'prof', "ES: 'F***, what a shift. Three admissions in two hours and no dinner.' No patient described", 'whatsapp', lang='es')

A("s h i t e day. cuddling the cat now and ignoring my phone",
  'prof', "spaced-out swearing; not about work", 'instagram',
  Pn('@em.and.mittens', None, emp=False))

A("Day in the life of a mental health nurse: nights edition. Warning, there are a lot of crisps and at least two F-bombs at 4:32 😅 Nothing about patients, ever.",
  '', "TRAP: mentions that swearing exists without swearing; disclaimer in bio", 'youtube',
  Pn('@NightsWithNat', 'Mental health nurse vlogs. All views my own.'))

A("Scunthorpe, Penistone and Cockfosters: the three best place names from today's staff quiz 😂 Well done Team Estates on the win!",
  '', "TRAP: place names containing rude letters", 'x', OFF())

A("Shiitake mushroom risotto in the canteen today and honestly? banging 🍄",
  '', "TRAP: a word containing rude letters; disclaimer in bio", 'x',
  Pn('@chef_of_the_lakes', 'Catering team. Views my own.'))

A("Not being funny but the overseas lot on nights can't even do a set of obs without asking twice",
  'disc', "coded demeaning remark about nationality", 'whatsapp')

A("Why do we keep hiring people who can barely speak English? Half the bank staff at Brockfield need subtitles",
  'disc', "demeaning remark about nationality/race", 'x')

A("Every single night it's the same. Schizos, junkies and some nutter who thinks he's Jesus. Living the dream 🙄",
  'disc discl', "demeaning slurs about mental illness (no individual identifiable); work talk, no disclaimer", 'facebook',
  Pn('@big_al_hca', 'HCA at the MHU'))

A("pregnant staff on the rota are a liability tbh, always 'feeling faint' the minute it gets busy 🙄",
  'disc', "demeaning remark about pregnancy", 'tiktok')

A("Why does the trans staff network get a budget when we can't get a new kettle. Pandering.",
  'disc', "demeaning remark about gender reassignment", 'x',
  Pn('@steve_porter_', 'Porter. Views my own.'))

A("Old nurses need to retire and let the rest of us get on with it. Dinosaurs who can't even log on to a computer 🦖",
  'disc', "demeaning remark about age", 'facebook')

A("Colegele astea din India miros a curry toată ziua, nu mai pot să stau cu ele în camera de pauză",
  'disc', "RO: 'These colleagues from India smell of curry all day, I can't sit with them in the break room anymore.' Racist remark", 'whatsapp', lang='ro')

A("Hiring managers: if a candidate tells you they're autistic, just know you'll be making 'reasonable adjustments' forever. Choose wisely.",
  'disc', "demeaning remark about disability", 'linkedin',
  Pn('@recruiter-gary-t', 'Healthcare recruiter', emp=False))

A("Ramadan again so half the team will be useless by 3pm. Every year.",
  'disc', "demeaning remark about religion", 'x')

A("gay lads make the best psych nurses because they're all drama queens anyway 💅",
  'disc', "demeaning stereotype about sexual orientation, however 'jokey'", 'instagram',
  Pn('@kyle.rmn', 'RMN ✨ views my own'))

A("the new band 6 is such a typical woman, cries every time you give her feedback 🙄",
  'disc abuse', "sexist remark plus a dig at a recognisable colleague", 'whatsapp')

A("Proud to be part of our Race Equality Network. This Black History Month we heard from three incredible colleagues about their journeys into nursing. Thank you Funmi, Grace and Marcus.",
  '', "TRAP: equality content naming staff positively", 'linkedin', OFF('@EPUT'))

A("Someone called me a 'psycho nurse' today as an insult and honestly the stigma around mental illness is still so real. We have work to do.",
  '', "TRAP: quotes a slur to condemn it; disclaimer in bio", 'x',
  Pn('@rmn_jules', 'Mental health nurse. Views my own.'))

A("Shoutout to our 'manager' who took 3 weeks to sign off my annual leave then flew to Dubai herself. Leadership queen 👑🙃",
  'abuse discl', "veiled dig at a recognisable colleague; work talk, no disclaimer", 'x',
  Pn('@hca_ellie_b', 'HCA. Southend.'))

A("If the HCA on Willow who grassed me up is reading this, everyone knows it was you. Enjoy your lonely breaks x",
  'abuse', "intimidation of a recognisable colleague", 'facebook')

A("Dr Lewis is a useless waste of space, I'd rather be seen by the window cleaner",
  'abuse', "insult to a named colleague", 'whatsapp')

A("driving past the house where my manager lives (the one on Kingsway with the tacky light-up reindeer lol) and thinking about every rota she's ruined 🦌",
  'abuse', "hints at a colleague's home: doxxing and intimidation", 'tiktok',
  Pn('@nurse.chaos.era', 'views mine'))

A("Tag someone who takes 4 smoke breaks a shift 👀 @carla_b_xo you know exactly who you are 😂",
  'abuse', "public mockery of a tagged colleague", 'instagram',
  Pn('@dani.hca', 'HCA • views my own'))

A("To the agency nurse who left my ward in a state last night: you're the reason patients stop trusting nurses. Do better or don't come back.",
  'abuse', "public dig at a recognisable colleague", 'linkedin',
  Pn('@ward-manager-lisa', 'Ward manager. Views are my own.'))

A("Our new deputy director's kids go to St Mary's in Prittlewell. Maybe someone should have a word with her at the school gates about the cuts 🤷",
  'abuse', "names a colleague's children's school and invites confrontation: intimidation", 'x')

A("Let's be honest, Karen from payroll couldn't organise a p*ss-up in a brewery",
  'abuse prof', "insult to a named colleague, with masked swearing", 'facebook')

A("Ta nowa z nocek jest głupia jak but, nie wiem kto ją zatrudnił",
  'abuse', "PL: 'That new one from nights is as thick as a boot, no idea who hired her.' Insult to a recognisable colleague", 'whatsapp', lang='pl')

A("Patients who kick off at reception get what they deserve. Wish I could tell that man in the waiting room this morning what I really think of him.",
  'abuse clin discl', "hostility aimed at a recognisable patient; the bio gives the place (Linden Centre) and the post the time, so his attendance is identifiable (stricter reading); work talk, no disclaimer", 'x',
  Pn('@receptionist_rach', 'Receptionist at the Linden Centre'))

A("Dear Gemma on Ward 4, maybe if you spent less time on your phone you'd actually know your patients' names. Just a thought 💅",
  'abuse', "public dig at a named colleague (staff named, but not in a confidential context)", 'facebook')

A("I know where the bloke who keyed my car in the staff car park parks now. Let's see how he likes it.",
  'abuse', "threat of retaliation aimed at a person", 'x')

A("Funny how Prof. Whitcombe only remembers my name when it's time to put hers first on the paper. Parasite.",
  'abuse', "insult to a named colleague", 'bluesky',
  Pn('@drkwame.bsky.social', 'Postdoc. Own views.'))

A("filming my colleague asleep on her break 😂😂 she's going to kill me",
  'abuse consent discl', "mocking video of an identifiable colleague without consent; work talk, no disclaimer", 'tiktok',
  Pn('@jay.porter', 'porter life'), M(True, False, kind='video'))

A("Roast our ward Christmas jumpers in the comments 😂 worst one wins a tub of Celebrations on Friday",
  '', "TRAP: playful 'roast' of the team's own jumpers; a prize is not an endorsement", 'facebook',
  D('@EPUTWard9', 'Ward 9, older adults. Run by the ward team.'))

A("I could murder a bacon roll after that shift 🥓",
  '', "TRAP: idiom; disclaimer in bio", 'x',
  Pn('@tom.hca', 'HCA. Views my own.'))

A("Killing it today team! 🔥 Over 300 staff vaccinated at our pop-up clinic.",
  '', "TRAP: idiom and an emoji on an official figure", 'instagram', OFF('@eputnhs'))

A("Our recovery college tutors are an absolute nightmare… for anyone who thinks learning can't be fun 😄 Spring courses open for booking on 5 January.",
  '', "TRAP: mock-insult that turns into praise", 'facebook',
  D('@EPUTRecoveryCollege', 'EPUT Recovery College'))
