from common import M

# ---------------- Romanised Urdu (ur-Latn) ----------------
M("Main apne ghar walon pe bojh ban gaya hoon. Sab mere baghair zyada khush rahenge. Ab mujh se aur nahi hota.",
  "fb", "dm", "C", "@imran.k.levenshulme|Imran", "crisis", lang="ur-Latn",
  note="UR-Latn: 'I've become a burden on my family. Everyone will be happier without me. I can't go on any more.' Feeling a burden")
M("Meri behen ne abhi bohat saari neend ki goliyan kha li hain aur kamre ka darwaza band kar ke baithi hai. Ambulance bulaun ya aap ki crisis team ko? please jaldi batayein",
  "fb", "dm", "C", "@sana.m.rusholme|Sana", "crisis", lang="ur-Latn", t="night",
  note="UR-Latn: 'My sister has just swallowed a lot of sleeping pills and is sitting with the bedroom door shut. Should I call an ambulance or your crisis team? Please tell me quickly.' Overdose taken by someone else")
M("Agar kal tak meri ammi ka operation nahi hua to main khud aa ke us doctor se nipat lunga. Mujhe pata hai woh gaari kahan khari karta hai.",
  "x", "reply", "H", "@zain_hayes_01|Zain", "threat", lang="ur-Latn",
  note="UR-Latn: 'If my mum's operation hasn't happened by tomorrow I'll come and deal with that doctor myself. I know where he parks his car.' Ultimatum + hint at the doctor's car")
M("Reception wali ne meri ammi se bohat badtameezi ki, keh rahi thi English mein baat karo warna intezar karo. Yeh koi tareeqa hai?",
  "fb", "comment", "H", "@nabila.s.southall|Nabila", "complaint", lang="ur-Latn",
  note="UR-Latn: 'The receptionist was very rude to my mum, she said speak English or wait. Is this any way to behave?'")
M("6 ghante se A&E mein bachay ke saath baithe hain, bukhaar 39 hai aur koi dekh hi nahi raha. Shame on you MRI",
  "x", "mention", "C", "@faisal_mcr_|Faisal", "complaint", lang="ur-Latn", t="night",
  note="UR-Latn/EN mix, mainly Urdu: 'We've been sitting in A&E with the child for 6 hours, fever is 39 and nobody is even looking. Shame on you MRI'")
M("Assalam o alaikum, kya hospital mein Urdu interpreter mil sakta hai? Ammi ko English nahi aati, unki appointment 12 tareekh ko hai",
  "fb", "dm", "R", "@bushra.a.wv|Bushra", "pals", lang="ur-Latn",
  note="UR-Latn: 'Peace be upon you, can we get an Urdu interpreter at the hospital? Mum doesn't speak English, her appointment is on the 12th'")
M("Kya main roza rakh sakti hoon agar insulin leti hoon? Doctor se baat nahi ho saki, agli appointment March mein hai",
  "ig", "dm", "C", "@hina.diabetes.journey|Hina", "clinical_question", lang="ur-Latn",
  note="UR-Latn: 'Can I fast if I take insulin? I couldn't speak to the doctor, the next appointment is in March'")
M("Ward 3 ki nurses ka bohat bohat shukriya, abbu ka itna khayal rakha. Allah aap sab ko khush rakhe 🤲",
  "fb", "comment", "R", "@adeel.r.wolves|Adeel", "compliment", lang="ur-Latn",
  note="UR-Latn: 'Many many thanks to the nurses on Ward 3, they looked after dad so well. May God keep you all happy'")
M("Mere abbu Muhammad Iqbal Ward 12 bed 6 pe hain, teen din se kisi ne unko nehlaya nahi. Koi sun raha hai?",
  "fb", "comment", "R", "@tariq.iqbal.wv|Tariq Iqbal", "complaint", flags="contains_pii", lang="ur-Latn",
  note="UR-Latn: 'My father Muhammad Iqbal is on Ward 12 bed 6, nobody has washed him for three days. Is anyone listening?' Patient named with ward and bed in public")

# ---------------- Romanised Panjabi (pa-Latn) ----------------
M("Sab nu meri taraf ton Sat Sri Akal. Hun main hor nahi jhal sakda. Mere pote nu dassna ke main ohnu bahut pyaar karda si.",
  "fb", "comment", "R", "@gurnam.s.1952|Gurnam Singh", "crisis", lang="pa-Latn",
  note="PA-Latn: 'Sat Sri Akal to everyone from me. I can't bear it any more. Tell my grandson that I loved him very much.' Farewell, speaking of himself in the past")
M("Mera veer nehar de pull te khada hai te phone te keh reha hai ke hun chhaal maar deni aa. Oh tuhade mental health wale doctor kol janda si. Main ki karan??",
  "fb", "dm", "R", "@harpreet.k.bilston|Harpreet", "crisis", lang="pa-Latn", t="night",
  note="PA-Latn: 'My brother is standing on the canal bridge and saying on the phone he's going to jump now. He used to see your mental health doctor. What do I do??' Third party, high place")
M("Oh security wala munda jihne mere bapu nu dhakka marya si, ohnu dass deo bahar mil ke ohdiyan lattan tod deniyan ne.",
  "fb", "comment", "R", "@jas.wolves.07|Jas", "threat", lang="pa-Latn",
  note="PA-Latn: 'That security lad who pushed my dad, tell him we'll meet him outside and break his legs.'")
M("Bebe nu ward vich 3 din ho gaye, kise doctor ne saade naal gal hi nahi kiti. Bahut maada haal aa ji.",
  "fb", "comment", "H", "@kulwinder.hayes|Kulwinder", "complaint", lang="pa-Latn",
  note="PA-Latn: 'Mum has been on the ward 3 days, no doctor has even spoken to us. It's a very bad state of affairs.'")
M("Ki Cannock hospital vich koi Punjabi bolan wala hai? Bapu ji di akhan di appointment agle hafte aa",
  "x", "mention", "R", "@manpreet_cannock|Manpreet", "pals", lang="pa-Latn",
  note="PA-Latn: 'Is there anyone who speaks Punjabi at Cannock hospital? Dad has an eye appointment next week'")
M("Christmas wale din milan da time ki aa? Saara parivar bebe nu milan aauna chahunda si",
  "fb", "comment", "H", "@simran.k.uxb|Simran", "pals", lang="pa-Latn",
  note="PA-Latn: 'What is the visiting time on Christmas day? The whole family wanted to come and see mum'", t="prexmas")
M("Mainu apne purane records chahide ne jadon main 2022 vich ward 5 te si. Immigration wale mang rahe ne. Kiven milange?",
  "fb", "dm", "R", "@balwinder.s.wv|Balwinder", "subject_access", lang="pa-Latn",
  note="PA-Latn: 'I need my old records from when I was on ward 5 in 2022. Immigration are asking for them. How do I get them?'")
M("Dr Kaur ji da bahut bahut dhanvaad, bade pyaar naal saari gal samjhayi. Rabb mehar kare",
  "fb", "review", "R", "@amarjit.k.tettenhall|Amarjit", "compliment", flags="names_staff", lang="pa-Latn",
  note="PA-Latn: 'Many many thanks to Dr Kaur, she explained everything so kindly. God bless.'")

# ---------------- Romanised Hindi (hi-Latn) ----------------
M("Sab try kar liya, therapy, dawaiyan, sab kuch. Kuch nahi badlega. Maine faisla kar liya hai, bas aakhri baar bata raha hoon.",
  "x", "dm", "H", "@rohit_v_hayes|Rohit", "crisis", lang="hi-Latn",
  note="HI-Latn: 'Tried everything, therapy, medicines, everything. Nothing will change. I've made my decision, just telling you one last time.' Hopelessness + decision")
M("main phir se apne haath pe cut kar rahi hoon, roz raat ko. mummy ko nahi pata. kisi se baat karni hai par darr lagta hai",
  "ig", "dm", "H", "@anya.s.17|anya", "crisis", lang="hi-Latn", t="night",
  note="HI-Latn: 'I'm cutting my arm again, every night. Mum doesn't know. I want to talk to someone but I'm scared.' Ongoing self-harm")
M("Us doctor ko bol dena zyada hero na bane, bahar niklega to dekh lenge. Uski gaadi ka number bhi pata hai humein.",
  "fb", "comment", "H", "@vikram.s.southall|Vikram", "threat", lang="hi-Latn",
  note="HI-Latn: 'Tell that doctor not to act the hero, when he comes out we'll sort him. We know his car number plate too.'")
M("Papa ko BP ki dawai ke saath paracetamol de sakte hain kya? Unko 101 bukhaar hai",
  "fb", "dm", "R", "@neha.g.wolverhampton|Neha", "clinical_question", lang="hi-Latn",
  note="HI-Latn: 'Can we give dad paracetamol with his blood pressure tablets? He has a fever of 101'")
M("Mount Vernon mein chemo patients ke liye parking free hai kya? Mummy ki har hafte chemo hoti hai",
  "fb", "comment", "H", "@pooja.r.harrow|Pooja", "pals", lang="hi-Latn",
  note="HI-Latn: 'Is parking free for chemo patients at Mount Vernon? Mum has chemo every week'")
M("Discharge ke time koi dawai ki list nahi di, ab GP bol raha hai hospital se poochho. Bilkul bekaar system hai",
  "x", "mention", "H", "@amit_k_uxb|Amit", "complaint", lang="hi-Latn",
  note="HI-Latn: 'They gave no medication list at discharge, now the GP says ask the hospital. Completely useless system'")
M("Aaj ka match dekh ke toh dil hi toot gaya, mar gaye hum 😭 khair, happy new year NHS walon",
  "x", "reply", "H", "@cricket_crazy_ub|Sid", "general", lang="hi-Latn", trap=True, t="ny",
  note="HI-Latn: 'Watching today's match broke my heart, we're dead 😭 anyway, happy new year NHS folks' Idiom 'mar gaye' (we died) about cricket")
M("Saale kamine log, tum sab ko sharam nahi aati? Ullu ke patthe",
  "fb", "comment", "R", "@raju.b.1985|Raju", "abuse", flags="abuse", lang="hi-Latn",
  note="HI-Latn: 'Bastards, scoundrels, have you no shame? Idiots' Abuse with no request or complaint")
