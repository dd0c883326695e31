from common import A

# Code-mixed messages. lang "en" + mix=X: English dominates (no non_english);
# lang X + mix="en": the other language dominates (non_english).

# ------------------------------------------------------ English-dominant mixes
A("en", "crisis", "H", "ig", "d",
  "honestly I can't do this anymore yaar, sab khatam. thank you for trying with me, tell my mum I'm sorry",
  "EN+HI: '... mate, it's all over. ...' Farewell in English with Hindi = crisis",
  kind="farewell", mix="hi")
A("en", "complaint", "R", "fb", "c",
  "ok so my babcia has been on the ward since Monday and nobody explains anything to her, she doesn't speak English, she just says 'nic nie rozumiem' all day. how is that ok??",
  "EN+PL: 'babcia' = grandma, 'nic nie rozumiem' = 'I don't understand anything'. Dissatisfaction = complaint",
  mix="pl")
A("en", "compliment", "C", "ig", "c",
  "Just wanted to say a massive thank you to the maternity team, you were all amazing, mi bebé y yo estamos super bien 💕",
  "EN+ES: '... my baby and I are doing really well.' Thanks = compliment",
  mix="es")
A("en", "complaint", "C", "x", "m",
  "@CMFTNHS bro the parking at MRI is a joke, 45 minutes for a space, phir bhi ticket mil gaya. sort it out",
  "EN+UR: '... and still I got a ticket.' Dissatisfaction with parking = complaint",
  mix="ur")
A("en", "compliment", "R", "fb", "c",
  "Diolch for sorting Mam's appointment so quick, chware teg to the lady on the phone, she was lush",
  "EN+CY: 'Diolch' = thanks, 'chware teg' = fair play. Thanks = compliment",
  mix="cy")
A("en", "crisis", "C", "ig", "d",
  "Wallah I'm done with everything. gave my PS5 and all my stuff to my cousins. inshallah you won't hear from me again",
  "EN+AR: 'I swear ... God willing ...' Giving belongings away + not expecting to be around = crisis",
  kind="giving_away", mix="ar")
A("en", "pals", "R", "fb", "c",
  "Hi po, can I ask if pwede mag-bring ng food sa ward for my tita? She doesn't like the hospital food hehe",
  "EN+TL: '... if it's OK to bring food onto the ward for my aunt?' Visiting question = pals",
  mix="tl")
A("en", "crisis", "E", "fb", "c",
  "Ami honestly don't know what to do anymore. GP says wait, CMHT says wait, I've waited 2 years. nothing works, amar life shesh",
  "EN+BN: 'I honestly ... my life is over.' Hopelessness after every service = crisis",
  kind="hopelessness", mix="bn")
A("en", "compliment", "C", "fb", "c",
  "The nurse on nights, Mihaela I think, is a total angel. Sincer, mersi mult pentru tot ce ati facut pt tata 🙏",
  "EN+RO: '... Honestly, thank you so much for everything you did for dad.' Thanks naming a nurse",
  fl="n", mix="ro")
A("en", "pals", "C", "fb", "c",
  "is there anyone who speaks portuguese at the fracture clinic? minha mãe doesn't speak english at all and she's super nervous",
  "EN+PT: '... my mum doesn't ...' Interpreter question = pals",
  mix="pt")
A("en", "abuse", "R", "x", "r",
  "Yo whoever was on reception at New Cross last night, you're a proper mug. bh*nchod attitude for what",
  "EN+PA: insult plus a Panjabi obscenity, no complaint or request = abuse",
  fl="a", mix="pa")
A("en", "crisis", "C", "fb", "d",
  "Walaal I'm just tired of everything. Nobody would even notice if I was gone. waan ka xumahay hooyo",
  "EN+SO: 'Sibling ... I'm sorry, mum.' Burden + apology to mother = crisis",
  kind="burden", mix="so")
A("en", "threat", "H", "x", "m",
  "@HillingdonNHSFT if my dad doesn't get his op date by Friday main khud aa ke dekhunga what happens to that consultant. not joking",
  "EN+HI: '... I'll come myself and see ...' Ultimatum against a consultant = threat",
  kind="ultimatum", mix="hi", when="2026-11-25T19:40:00Z")
A("en", "pals", "H", "fb", "c",
  "merhaba! quick question, is the Turkish interpreter available at weekends? annem panics in hospitals",
  "EN+TR: 'Hello! ... my mum panics in hospitals.' Interpreter question = pals",
  mix="tr")
A("en", "compliment", "C", "fb", "c",
  "Really appreciate the nurse who helped my grandma on the eye ward, 真的很感谢 🙏 she was so patient with her",
  "EN+ZH: '... really very grateful ...' Thanks = compliment",
  mix="zh-Hans")
A("en", "general", "T", "x", "r",
  "lol the 'mental health matters' tote bags are everywhere in Durham now, even my nain has one 😂",
  "EN+CY: 'nain' = grandma. Chat about campaign merchandise, no action needed = general",
  mix="cy")

# ---------------------------------------------------- other-language dominant
A("pl", "complaint", "T", "fb", "c",
  "serio ten waiting list to jakiś joke, 14 miesięcy na ADHD assessment i dalej nic. no i super",
  "PL+EN: 'seriously this waiting list is some joke, 14 months for an ADHD assessment and still nothing. just great.' Complaint",
  mix="en")
A("hi-Latn", "crisis", "H", "ig", "d",
  "yaar maine apni saari cheezein donate kar di, no need anymore. bas sabko bolna I love them",
  "HI+EN: 'mate I've donated all my things, no need any more. just tell everyone I love them.' Giving belongings away + farewell = crisis",
  kind="giving_away", mix="en")
A("ur-Latn", "complaint", "C", "fb", "c",
  "Doctor sahab ne bola tha ke follow up appointment 2 weeks mein aayega, ab 2 months ho gaye. kya system hai yeh",
  "UR+EN: 'The doctor said the follow-up appointment would come in 2 weeks, now it's been 2 months. what kind of system is this.' Complaint",
  mix="en")
A("es", "compliment", "H", "fb", "c",
  "Ayer me atendieron genial en A&E, the staff were lovely, muchísimas gracias de verdad 🙏",
  "ES+EN: 'Yesterday they treated me brilliantly in A&E, the staff were lovely, thank you so much, really.' Thanks = compliment",
  mix="en")
A("ar-Latn", "pals", "C", "fb", "c",
  "ya gama3a ana 3ayez a3raf el visiting hours fel ward, w law fi parking free lel blue badge",
  "AR+EN (Arabizi): 'hey everyone, I want to know the visiting hours on the ward, and whether there's free parking for a blue badge.' pals",
  mix="en")
A("pa-Latn", "complaint", "R", "fb", "c",
  "Bhaji kithe aa oh appointment letter? mainu koi letter nahi aaya, online check kita te 'cancelled' likhya. koi explain ta kare",
  "PA+EN: 'Brother, where is that appointment letter? I never got a letter, checked online and it says \"cancelled\". someone at least explain.' Complaint",
  mix="en")
A("ro", "pals", "H", "fb", "c",
  "Buna, am o intrebare, pot sa aduc un charger pentru tata in ward? Nu mai are baterie si e stresat ca nu ne poate suna",
  "RO+EN: 'Hi, I have a question, can I bring a charger for dad on the ward? His battery's dead and he's stressed he can't call us.' pals",
  mix="en")
A("fr", "compliment", "C", "fb", "c",
  "Franchement the night staff étaient top, merci beaucoup pour tout 🙏 mon père est rentré à la maison hier",
  "FR+EN: 'Honestly the night staff were brilliant, thank you so much for everything, my father came home yesterday.' Thanks = compliment",
  mix="en")
