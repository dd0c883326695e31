from common import M

# ---------------- English: threats ----------------
M("sort my mums bed out by 6pm or im coming down there and someone is getting hurt. not joking",
  "x", "mention", "H", "@lee_w_hayes|Lee", "threat", note="ultimatum with violence")
M("That receptionist at the Cannock walk-in with the blonde bob. Finishes at 8 doesn't she. Would be a shame if she didn't make it home safe.",
  "fb", "comment", "R", "@cannock_kev|Kev", "threat", note="veiled threat about staff going home")
M("Dr Farrukh Amin lives at 22 Hawthorn Rise in Tettenhall and drives a white Tesla. Go round and ask him yourself why he sent my dad home to die.",
  "fb", "comment", "R", "@wolves.justice.4.dad|Justice for Dad", "threat", flags="names_staff contains_pii", note="doxxing a named doctor's home and car, inciting visits")
M("Nurse Bev on ward 3, I know which school your kids go to. Think about that next time you speak to my mum like that.",
  "fb", "comment", "T", "@d.hartley.1980|Dean Hartley", "threat", flags="names_staff", note="children's school hinted: veiled threat")
M("there is a bomb in the outpatients building at mount vernon. 2 hours.",
  "x", "dm", "H", "@user83920174|user83920174", "threat", note="bomb threat/hoax", t="day")
M("keep ignoring me and see how quick that portacabin you call a clinic goes up. petrol's cheap",
  "fb", "comment", "E", "@clacton_carl|Carl", "threat", note="arson threat")
M("man's gonna get merked if he touches my bro again on that ward, say nothing more",
  "x", "reply", "C", "@m1ll4h_mcr|Millah", "threat", note="violent slang: 'merked'")
M("Everyone in Wolverhampton share this. This is the security guard who threw my uncle out of A&E on Saturday. Photo attached. You know what to do lads 👊",
  "fb", "comment", "R", "@wolvesbornbred|Jay", "threat", flags="names_staff recording", note="pictured staff + incitement; photo of staff")
M("I swear down I will stab the next doctor that tells me to go home and wait",
  "x", "mention", "C", "@cheetham_j|J", "threat", note="direct threat of violence")
M("If my daughter dies because of your neglect I will burn that hospital to the ground with every one of you inside it",
  "fb", "comment", "H", "@angryfather_uxb|Mo", "threat", note="conditional arson/violence threat")
M("tell the consultant in fracture clinic to watch his back. big car park, no cameras round the side.",
  "x", "reply", "R", "@shadowwolves01|.", "threat", note="veiled threat, location hint")
M("lol imagine if someone rang in a fake bomb threat at MRI, would clear A&E quicker than triage does 😂 might do it tbh",
  "x", "mention", "C", "@kieranxz|kieran", "threat", note="bomb hoax floated as a joke 'might do it'")
M("For anyone wanting a word with the charge nurse on Ward 14 — grey Qashqai, parks in staff car park B every morning about 7.",
  "fb", "comment", "H", "@hillingdon_truths|Hillingdon Truths", "threat", note="doxxing a staff member's car and movements, inciting")
M("gonna batter that security guard when i see him on the 529 bus, he knows who he is",
  "x", "mention", "R", "@tyler_wv14|Tyler", "threat", note="violent slang: 'batter'")
M("you fat useless c*nts have till monday to give my dad his operation date or im bringing my brothers down. not a threat its a promise",
  "fb", "comment", "R", "@ricky.dale.88|Ricky Dale", "threat", flags="abuse", note="ultimatum with obscene abuse")
M("I've got video of the nurse who restrained me. Her face is going everywhere and so is her name, Sophie Lang, and people know where Sophie lives now.",
  "x", "mention", "T", "@unheard_in_teesside|Unheard", "threat", flags="names_staff recording", note="recording + name + hinting at the staff member's home")
M("Somebody should sort that receptionist at the Lakes out properly, if you get me. First round's on me for whoever does it.",
  "fb", "comment", "E", "@colchester_rich|Rich", "threat", note="inciting others to 'sort out' staff")
M("Your hospital deserves a bomb. Might leave one in the car park as a review.",
  "other", "review", "C", "|Mr K", "threat", note="bomb threat on a review site")
M("Funny how the night staff all walk down that unlit path to the bus stop on their own. Anything could happen to any one of them.",
  "fb", "comment", "T", "@roseberry_watcher|RW", "threat", note="veiled threat about staff going home")
M("Dr Patel's kids go to Brackenwood Primary. I bet the other parents would love to know what he did to my wife. Might go and tell them at pick up.",
  "x", "mention", "H", "@justice4zara|Amir", "threat", flags="names_staff", note="children's school of a named doctor")
M("You have 24 hours to reinstate my mother's care package. After that I won't be responsible for what happens to your staff.",
  "fb", "dm", "E", "@harvey.b.essex|Harvey Bloom", "threat", note="ultimatum, veiled harm to staff", t="day")
M("going to smash every window in the crisis house tonight. see if you take me seriously then",
  "x", "mention", "T", "@darlo_dan|Dan", "threat", note="threat to premises", t="night")
M("the midwife who did this to my wife better not show her face in Moss Side again",
  "x", "reply", "C", "@mosside_deano|Deano", "threat", note="veiled threat to a staff member")
M("There's a device in Roseberry Park. You won't find it in time.",
  "fb", "dm", "T", "@no.name.given.2|.", "threat", note="bomb hoax", t="night")
M("Pass this on to the ward manager on Bluebell: I've been parked outside your house on Maple Crescent the last two nights. Lovely roses.",
  "fb", "dm", "E", "@x.z.q.w|Z", "threat", note="stalking a staff member's home: veiled threat")
M("any of the lads fancy coming down A&E with me tonight to teach these nurses a lesson? they think they can treat my nan like dirt",
  "fb", "comment", "H", "@bradley.s.88|Brad S", "threat", note="inciting a group to go and harm staff", t="eve")

# ---------- traps: threat-like words, true category something else ----------
M("If this isn't sorted by Friday I'm going straight to my solicitor and the Express & Star. You've been warned.",
  "fb", "comment", "R", "@a.patel.wv|Anjali Patel", "complaint", trap=True, note="ultimatum, but legal/press = complaint")
M("Heads will roll when the CQC read my letter. 11 hours for a bed for an 88 year old.",
  "x", "mention", "H", "@grumpy_grandson|Will", "complaint", trap=True, note="idiom 'heads will roll'")
M("Watched that new thriller they filmed at your old hospital building last night, the bomb scene in the basement was class 💣",
  "x", "reply", "C", "@filmbuff_mcr|Ray", "general", trap=True, note="film review mentioning a bomb")
M("The new A&E is the bomb honestly, seen and sorted in 40 minutes on a Saturday night",
  "fb", "comment", "R", "@shaz.wolves|Sharon", "compliment", trap=True, note="slang 'the bomb' = great")
M("Was that a fire alarm test at Cannock Chase this morning or should we be worried? Everyone just carried on drinking their tea",
  "fb", "comment", "R", "@jean.at.cannock|Jean", "general", trap=True, note="fire alarm test question, no incident; not a patient-service question either", t="day")
M("Nurse Dawn absolutely smashed it with my dad's care this week, somebody give that woman a pay rise",
  "fb", "comment", "T", "@joanne.wilkes|Joanne Wilkes", "compliment", flags="names_staff", trap=True, note="'smashed it' = did brilliantly; staff named in praise")
M("I'd kill for a parking space at Hillingdon at 2pm on a weekday. Went round six times and missed my appointment.",
  "x", "mention", "H", "@frustrated_in_ub8|Nina", "complaint", trap=True, note="idiom 'I'd kill for'")
M("My son wants to know if the fire brigade ever visits the kids ward? He's obsessed with fire engines 🚒 and he's in for another week",
  "fb", "comment", "C", "@kayleigh.mum.of.3|Kayleigh", "pals", trap=True, note="fire words, harmless question")
M("I hope you all rot. Useless, the lot of you.",
  "x", "reply", "H", "@bitter_bob1|Bob", "abuse", trap=True, note="ill-wishing without a threat = abuse")
M("Shoot me a DM and I'll send you the photos of the state of the toilets in outpatients. Grim.",
  "x", "reply", "R", "@clean_hands_cliff|Cliff", "complaint", trap=True, note="'shoot' + photos of toilets, no staff in them")
M("The physios on ward 10 knocked me back into shape 💪 walking with a stick after 4 months in bed",
  "ig", "comment", "R", "@gav_gets_walking|Gav", "compliment", trap=True, note="'knocked me' = praise")
M("Bonfire night tonight, please be careful with the fireworks everyone, A&E doesn't need the extra business 🎆",
  "fb", "comment", "C", "@mcr.mum.lara|Lara", "general", trap=True, note="fireworks safety chat", t="bonfire")
M("I'm going to the papers with this. Eleven hours on a trolley in a corridor for my 88 year old mother.",
  "fb", "comment", "R", "@k.ellis.bilston|Karen Ellis", "complaint", trap=True, note="'going to the papers' = complaint")
M("You'll be hearing from my solicitor about my wife's missed cancer diagnosis. I've kept every letter.",
  "fb", "dm", "H", "@graham.fry.uxb|Graham Fry", "complaint", trap=True, note="legal threat = complaint")
M("Our team absolutely killed it at the staff pantomime 😂 the matron as the dame deserves an award",
  "fb", "comment", "E", "@lauren.t.basildon|Lauren T", "compliment", trap=True, note="'killed it' = did well", t="weekend")
M("Does anyone know if the armed forces breakfast club at the Lanchester Road site is still going? My dad loved it",
  "fb", "comment", "T", "@pete.army.son|Pete Armstrong", "pals", trap=True, note="'armed' in a harmless service question")
