from common import A

# ---------------------------------------------------------------- Welsh (cy)
A("cy", "crisis", "T", "ig", "d",
  "dwi di blino bod yn faich ar bawb. mam, y partner, chi... fysa pawb yn well hebdda i onest",
  "CY: 'I'm tired of being a burden on everyone. mum, the partner, you... everyone would be better off without me honestly.' Burden = crisis",
  kind="burden")
A("cy", "crisis", "C", "fb", "c",
  "Os oes rhywun isio gitar fi a'r amp, dewch i nôl nhw o'r fflat cyn dydd Sul. Fydda i ddim eu hangen nhw lle dwi'n mynd",
  "CY: 'If anyone wants my guitar and the amp, come and get them from the flat before Sunday. I won't need them where I'm going.' Giving belongings away + not expecting to be around = crisis",
  kind="giving_away")
A("cy", "crisis", "R", "fb", "d",
  "Plis helpwch. Ma mrawd i di gyrru neges 'sori am bopeth, caru chi' ar y grŵp teulu a dydi o ddim yn ateb ei ffôn. Mae o'n byw ar ben ei hun yn Wolverhampton. Be dwi fod i neud??",
  "CY: 'Please help. My brother sent \"sorry for everything, love you\" on the family group and isn't answering his phone. He lives alone in Wolverhampton. What am I supposed to do??' Third party's worry = crisis",
  kind="third_party")
A("cy", "crisis", "T", "x", "d",
  "Diolch am bopeth dros y misoedd diwetha. Dwi'n teimlo'n dawel iawn heddiw, am y tro cynta ers oes. Dwi wedi penderfynu. Peidiwch poeni amdana i",
  "CY: 'Thanks for everything over the last months. I feel very calm today, for the first time in ages. I've decided. Don't worry about me.' Sudden calm after despair + decision = crisis",
  kind="calm")
A("cy", "crisis", "E", "wa", "d",
  "Dwi di bod yn cadw'r tabledi i gyd ers mis. Ma gen i ddigon rwan. Jyst isio i rywun wybod",
  "CY: 'I've been keeping all the tablets for a month. I've got enough now. Just wanted someone to know.' Means = crisis",
  kind="means")
A("cy", "compliment", "C", "fb", "c",
  "Bron i fi farw o gywilydd pan nes i chwydu dros esgidiau'r nyrs 😂 ond oedd hi mor ffeind am y peth. Diolch ward 7!",
  "CY: 'I nearly died of embarrassment when I threw up over the nurse's shoes but she was so kind about it. Thanks ward 7!' Idiom 'nearly died of embarrassment' = thanks, not crisis",
  trap="idiom: dying of embarrassment")
A("cy", "pals", "C", "fb", "d",
  "Helo, oes modd cael cyfieithydd Cymraeg ar gyfer apwyntiad Nain yn yr ysbyty llygaid mis nesa? Mae hi'n 91 a mae ei Saesneg hi'n mynd i gyd pan ma hi'n nerfus",
  "CY: 'Hello, is it possible to get a Welsh interpreter for Nan's appointment at the eye hospital next month? She's 91 and her English all goes when she's nervous.' Interpreter request = pals")
A("cy", "complaint", "R", "fb", "rv",
  "Gofynnais i am y ffurflenni yn Gymraeg TAIR gwaith. Dim byd. Dim hyd yn oed ateb i'r ebost. Siomedig iawn, a Dad yn cael trafferth efo'r Saesneg ar ôl y strôc.",
  "CY: 'I asked for the forms in Welsh THREE times. Nothing. Not even a reply to the email. Very disappointed, and Dad struggling with English after the stroke.' Dissatisfaction = complaint")
A("cy", "compliment", "H", "fb", "c",
  "Diolch o galon i'r tîm ym Mount Vernon, yn enwedig Dr Rhys Pugh, am edrych ar ôl Dad mor dda. Ma fe adre ac yn cwyno am y teledu eto, felly ma pethe nôl i normal 😄",
  "CY: 'Heartfelt thanks to the team at Mount Vernon, especially Dr Rhys Pugh, for looking after Dad so well. He's home and moaning about the telly again, so things are back to normal.' Thanks naming a doctor",
  fl="n")
A("cy", "complaint", "C", "x", "r",
  "ma'r ciw i'r maes parcio 'ma'n fy lladd i 😩 40 munud a dal heb le, a finna'n hwyr i'r sgan",
  "CY: 'the queue for this car park is killing me, 40 minutes and still no space, and me late for the scan.' Idiom 'killing me'; dissatisfaction with parking = complaint",
  trap="idiom: queue is killing me")
A("cy", "abuse", "R", "x", "r",
  "Ffycin iob o reolwr sgynnoch chi. Pen dafad gwirion. Cer i grafu.",
  "CY: 'Fucking yob of a manager you've got. Stupid sheep's head. Get lost.' Insults at staff with no complaint behind them = abuse",
  fl="a")
A("cy", "threat", "T", "fb", "c",
  "Os dach chi'n ei ryddhau o heb ddeud wrth y teulu eto, fydda i lawr yna efo'r hogia a gewch chi weld be sy'n digwydd. Dwi ddim yn jocian.",
  "CY: 'If you discharge him without telling the family again, I'll be down there with the lads and you'll see what happens. I'm not joking.' Conditional threat = threat",
  kind="ultimatum")
A("cy", "general", "C", "fb", "c",
  "Nadolig llawen a blwyddyn newydd dda i'r staff i gyd o Fangor 🎄 gobeithio bod rhywun wedi dod â mins peis i chi",
  "CY: 'Merry Christmas and a happy new year to all the staff from Bangor, hope someone brought you mince pies.' Greeting = general",
  when="2026-12-25T10:42:00Z")
A("cy", "foi", "C", "x", "m",
  "@CMFTNHS Faint wnaeth yr ymddiriedolaeth wario ar gyfieithu i'r Gymraeg yn 2025/26? Ac oes ganddoch chi bolisi iaith Gymraeg ar gyfer cleifion? Atebwch i gwenllian.apdafydd@gmail.com os gwelwch yn dda. Gwenllian ap Dafydd",
  "CY: 'How much did the trust spend on Welsh translation in 2025/26? And do you have a Welsh language policy for patients? Please answer to [e-mail]. Gwenllian ap Dafydd.' Request for recorded information = foi; personal e-mail posted publicly",
  fl="p")
A("cy", "media", "C", "x", "d",
  "Shwmae, Elin dw i o raglen 'Bore Da Manceinion' ar y radio cymunedol. Fasa rhywun o'r ymddiriedolaeth yn fodlon gwneud cyfweliad byr am wasanaethau i siaradwyr Cymraeg yn yr ysbyty? Rydan ni'n recordio dydd Iau. Diolch!",
  "CY: 'Hi, I'm Elin from the \"Bore Da Manceinion\" programme on community radio. Would someone from the trust do a short interview about services for Welsh speakers in the hospital? We record on Thursday. Thanks!' Broadcaster asking for interview = media")
A("cy", "subject_access", "T", "fb", "d",
  "Helo. Dwi isio copi o'r nodiadau i gyd o'r adeg o'n i'n glaf yn Lanchester Road yn 2024. Sut dwi'n gwneud cais? Dwi'n byw yng Nghaernarfon rwan felly post neu ebost plis",
  "CY: 'Hello. I want a copy of all the notes from when I was a patient at Lanchester Road in 2024. How do I apply? I live in Caernarfon now so post or email please.' Own records = subject_access")

# --------------------------------------------------------------- Polish (pl)
A("pl", "crisis", "E", "fb", "c",
  "bylam juz wszedzie. GP, crisis team, talking therapies, 2 lata czekania i nic. nic sie nie zmieni i juz nie mam sily probowac",
  "PL: 'I've been everywhere. GP, crisis team, talking therapies, 2 years of waiting and nothing. nothing will change and I have no strength left to try.' Hopelessness after every service = crisis (wins over complaint)",
  kind="hopelessness")
A("pl", "crisis", "E", "ig", "d",
  "Kochani, dziękuję Wam za wszystko. Przepraszam, że byłam taka trudna. Pozdrówcie ode mnie Basię z oddziału, była dla mnie jak siostra. Żegnajcie 🕊️",
  "PL: 'Dear all, thank you for everything. Sorry I was so difficult. Say hello from me to Basia on the ward, she was like a sister to me. Farewell.' Farewell = crisis; names a staff member",
  fl="n", kind="farewell")
A("pl", "crisis", "H", "fb", "d",
  "Pomocy, moja współlokatorka połknęła całe opakowanie paracetamolu godzinę temu i każe mi nikomu nie mówić. Mieszkamy w Uxbridge. Co mam robić???",
  "PL: 'Help, my flatmate swallowed a whole pack of paracetamol an hour ago and tells me not to tell anyone. We live in Uxbridge. What do I do???' Overdose taken by someone else = crisis",
  kind="overdose", when="2026-11-14T02:37:00Z")
A("pl", "crisis", "E", "x", "m",
  "@EPUTNHS stoje na moscie nad A13 i patrze w dol. nikt nie odbiera na crisis line",
  "PL: 'I'm standing on the bridge over the A13 looking down. nobody answers the crisis line.' High place = crisis",
  kind="high_place", when="2026-12-06T23:18:00Z")
A("pl", "crisis", "R", "fb", "d",
  "Postanowiłem, że po Sylwestrze kończę z tym wszystkim. Chcę tylko jeszcze zobaczyć córkę w święta, żeby zapamiętała mnie normalnego.",
  "PL: 'I've decided that after New Year's Eve I'm ending all of this. I just want to see my daughter at Christmas once more, so she remembers me normal.' Plan with a date = crisis",
  kind="plan_date", when="2026-12-19T21:05:00Z")
A("pl", "crisis", "C", "wa", "d",
  "Spisałem hasła do banku i testament, wszystko leży w szufladzie dla brata. Kot już u sąsiadki. Dzięki, że próbowaliście.",
  "PL: 'I've written down the bank passwords and a will, it's all in the drawer for my brother. The cat is already with the neighbour. Thanks for trying.' Affairs in order = crisis",
  kind="affairs")
A("pl", "threat", "R", "fb", "c",
  "jak jeszcze raz ta pielegniarka z nocki dotknie mojej matki to jej łeb rozwale. zapamietajcie sobie",
  "PL: 'if that night nurse touches my mother once more I'll smash her head in. remember that.' Threat of violence against staff",
  kind="direct")
A("pl", "threat", "E", "fb", "c",
  "Wiem gdzie mieszka ten wasz psychiatra z Basildon. Czerwona toyota, codziennie o 8 wozi dzieci do szkoły przy Moulsham. Może ktoś go w końcu odwiedzi 😉",
  "PL: 'I know where that psychiatrist of yours from Basildon lives. Red Toyota, takes the kids to school by Moulsham at 8 every day. Maybe someone will finally visit him.' Staff member's car and children's school = doxxing threat",
  kind="doxxing")
A("pl", "threat", "C", "x", "m",
  "@CMFTNHS w piątek coś pięknie wybuchnie w waszej poczekalni na SORze. nie mówcie potem że nie ostrzegałem 💣",
  "PL: 'on Friday something will blow up beautifully in your A&E waiting room. don't say afterwards I didn't warn you.' Bomb threat/hoax = threat",
  kind="bomb")
A("pl", "threat", "H", "fb", "c",
  "Chłopaki, kto jutro jedzie ze mną pod Hillingdon pogadać z tym ordynatorem po męsku? Wiadomo o co chodzi. Piszcie na priv",
  "PL: 'Lads, who's coming with me to Hillingdon tomorrow to have a man-to-man talk with that head of department? You know what I mean. Message me privately.' Inciting others to 'sort out' staff = threat",
  kind="incitement")
A("pl", "abuse", "R", "fb", "c",
  "banda kretynów i nierobów, wszyscy co do jednego. ch*j wam w d*pę 🖕🖕",
  "PL: 'a bunch of morons and idlers, every single one of you. [obscenity] up your [arse].' Obscene insults, no complaint = abuse",
  fl="a")
A("pl", "abuse", "H", "x", "r",
  "Zatrudniacie samych c*apatych, co nawet po angielsku nie umieją się dogadać. Obrzydliwe, wracajcie skąd przyszliście.",
  "PL: 'You hire nothing but [racist slur for South Asians] who can't even get by in English. Disgusting, go back where you came from.' Racist hate about staff = abuse",
  fl="a")
A("pl", "subject_access", "C", "fb", "d",
  "Dzień dobry, chciałabym otrzymać kopię mojej dokumentacji medycznej z porodu w St Mary's w marcu 2025 r. Numer NHS {nhs:999218474:s}. Gdzie mam wysłać wniosek? Wolę po polsku jeśli się da 🙂",
  "PL: 'Good morning, I'd like a copy of my medical records from my labour at St Mary's in March 2025. NHS number [valid test number]. Where should I send the request? I'd prefer Polish if possible.' Own records = subject_access (dm, so contains_pii not asserted)")
A("pl", "subject_access", "R", "fb", "c",
  "W mojej karcie macie złą datę urodzenia i nazwisko bez „ł”, przez to listy w ogóle do mnie nie dochodzą. Jak mam to poprawić? Bo przychodnia mówi że to u was.",
  "PL: 'In my record you have the wrong date of birth and my surname without the \"ł\", so letters never reach me. How do I get it corrected? The surgery says it's on your side.' Correction of own record = subject_access")
A("pl", "foi", "E", "fb", "d",
  "Dzień dobry. Proszę o informację: ile w roku 2025 trust wydał na tłumaczy języka polskiego i ile razy tłumacz nie został zapewniony mimo prośby pacjenta. Odpowiedź proszę na t.wrona.pl@outlook.com. Tomasz Wrona",
  "PL: 'Good morning. Please tell me how much the trust spent on Polish interpreters in 2025 and how many times an interpreter was not provided despite the patient's request. Reply to [e-mail]. Tomasz Wrona.' Recorded information = foi")
A("pl", "media", "C", "fb", "d",
  "Dzień dobry, nazywam się Agnieszka Lis i piszę dla portalu Polonia Północ. Przygotowujemy artykuł o dostępie do tłumaczy w szpitalach w Manchesterze. Czy rzecznik prasowy mógłby to skomentować do środy?",
  "PL: 'Good morning, my name is Agnieszka Lis and I write for the Polonia Północ news site. We're preparing an article on access to interpreters in Manchester hospitals. Could the press officer comment by Wednesday?' Journalist asking for comment = media")
A("pl", "complaint", "H", "fb", "c",
  "3 godziny na SORze z dzieckiem z gorączką prawie 40 stopni i nikt nawet nie spojrzał. a potem recepcjonistka mi mówi że 'to nie jest emergency'. serio???",
  "PL: '3 hours in A&E with a child with a fever of almost 40 and nobody even looked. then the receptionist tells me \"this isn't an emergency\". seriously???' Dissatisfaction with care = complaint")
A("pl", "clinical_question", "E", "fb", "d",
  "czy moge brac ibuprofen jak biore sertraline 50mg? glowa mi peka od wczoraj a lekarz rodzinny nie odbiera",
  "PL: 'can I take ibuprofen when I'm on sertraline 50mg? my head has been splitting since yesterday and the GP isn't answering.' Medication question = clinical_question")
A("pl", "pals", "R", "fb", "c",
  "Czy na porodówce w New Cross mąż może zostać na noc? I czy parking jest płatny w weekend? Termin mam na styczeń 🙂",
  "PL: 'Can my husband stay overnight on the labour ward at New Cross? And is parking paid at weekends? I'm due in January.' Visiting and parking questions = pals",
  when="predec")
A("pl", "compliment", "E", "fb", "c",
  "Rok temu chciałam się zabić i trafiłam do Was na Linden Centre. Dzisiaj mam pracę, mieszkanie i znowu się uśmiecham. Dziękuję Wam z całego serca ❤️",
  "PL: 'A year ago I wanted to kill myself and ended up with you at the Linden Centre. Today I have a job, a flat and I smile again. Thank you from the bottom of my heart.' Past, resolved crisis told as thanks = compliment",
  trap="past crisis told as thanks")
A("pl", "compliment", "H", "ig", "c",
  "Nowa kawiarnia w holu to BOMBA 💣🔥 sernik jak u babci, polecam każdemu kto czeka na wizytę",
  "PL: 'The new café in the lobby is THE BOMB, cheesecake like grandma's, recommend to anyone waiting for an appointment.' 'Bomba' = great; praise",
  trap="'bomba' = great")
A("pl", "spam", "R", "fb", "c",
  "Szybkie pożyczki bez BIK dla Polaków w UK!!! Decyzja w 15 minut, bez zaświadczeń. Pisz na WhatsApp 07700 900871 💷💷",
  "PL: 'Fast loans with no credit check for Poles in the UK!!! Decision in 15 minutes, no paperwork. Write on WhatsApp [number].' Irrelevant advertising = spam")
A("pl", "general", "C", "fb", "c",
  "Wesołych Świąt dla wszystkich, którzy dziś siedzą na nocce 🎄 moja siostra też u Was dzisiaj pracuje, trzymajcie się",
  "PL: 'Merry Christmas to everyone on nights today, my sister is working with you today too, hang in there.' Greeting = general",
  when="2026-12-25T20:12:00Z")
A("pl", "pals", "C", "x", "r",
  "umieram z ciekawości 😅 kiedy w końcu otwieracie ten nowy parking przy Oxford Road?",
  "PL: 'I'm dying of curiosity, when are you finally opening the new car park on Oxford Road?' Idiom; question about parking = pals",
  trap="idiom: dying of curiosity")
A("pl", "complaint", "H", "fb", "c",
  "Nagrałam telefonem jak ta recepcjonistka na mnie krzyczy przy okienku. Jak do piątku nie przeprosi to wrzucam na tiktoka i niech się cała Polonia dowie.",
  "PL: 'I recorded on my phone that receptionist shouting at me at the desk. If she doesn't apologise by Friday I'm putting it on TikTok and the whole Polish community can find out.' Publicity ultimatum, not violence = complaint; recording of staff",
  fl="r", trap="ultimatum without violence")
A("pl", "general", "E", "fb", "c",
  "Udostępniam, bo ważne 💛 w czwartek w bibliotece w Southend darmowe szkolenie „jak rozmawiać z kimś, kto myśli o samobójstwie”. Byłam w zeszłym roku, polecam każdemu.",
  "PL: 'Sharing because it matters: free training on Thursday at Southend library, \"how to talk to someone who is thinking about suicide\". I went last year, recommend it to everyone.' Awareness/training post = general",
  trap="suicide-prevention training post")
A("pl", "pals", "R", "fb", "c",
  "Czy ktoś z kardiologii może do mnie oddzwonić w sprawie przełożenia wizyty taty? Mój numer 07700 900218, najlepiej po 17",
  "PL: 'Can someone from cardiology call me back about rescheduling my dad's appointment? My number is [phone], best after 5pm.' Appointment question = pals; own phone number posted publicly",
  fl="p")

# ------------------------------------------------------------- Romanian (ro)
A("ro", "crisis", "E", "fb", "d",
  "sunt doar o povara pt familia mea. muncesc, nu dorm, nu mai pot. poate ar fi mai bine pt toti fara mine",
  "RO: 'I'm just a burden for my family. I work, I don't sleep, I can't go on. maybe it would be better for everyone without me.' Burden = crisis",
  kind="burden")
A("ro", "crisis", "T", "fb", "d",
  "Caut pe cineva sa o ia pe pisicuta mea, Mia, de maine. Are tot ce ii trebuie, va dau si mancarea si cusca. Eu nu mai pot avea grija de ea... de nimic de fapt",
  "RO: 'I'm looking for someone to take my kitten, Mia, from tomorrow. She has everything she needs, I'll give you the food and the carrier too. I can't look after her any more... or anything really.' Giving a pet away = crisis",
  kind="giving_away")
A("ro", "crisis", "C", "ig", "d",
  "m-am taiat iar in seara asta, mai adanc ca de obicei. nu stiu daca trebuie sa merg la urgente, nu vreau sa ma certe nimeni",
  "RO: 'I cut myself again tonight, deeper than usual. I don't know if I should go to A&E, I don't want anyone to tell me off.' Self-harm now = crisis",
  kind="self_harm", when="2026-11-27T01:48:00Z")
A("ro", "crisis", "E", "fb", "d",
  "Buna seara, sotul meu a plecat de acasa acum 3 ore, si-a lasat telefonul si un bilet „iertati-ma”. Anul trecut a fost internat la Basildon. Va rog ajutati-ma, ce fac??",
  "RO: 'Good evening, my husband left home 3 hours ago, left his phone and a note \"forgive me\". Last year he was admitted at Basildon. Please help me, what do I do??' Third party's worry = crisis",
  kind="third_party")
A("ro", "crisis", "T", "x", "r",
  "nu va mai obositi sa ma programati in ianuarie. nu o sa mai fiu aici atunci",
  "RO: 'don't bother booking me in for January. I won't be here then.' Not expecting to be around = crisis",
  when="predec",
  kind="not_around")
A("ro", "crisis", "H", "fb", "d",
  "am luat toate pastilele de la psihiatru acum vreo ora. nu stiu de ce va scriu. poate doar sa stie cineva",
  "RO: 'I took all the pills from the psychiatrist about an hour ago. I don't know why I'm writing to you. maybe just so someone knows.' Overdose taken by the writer = crisis",
  kind="overdose", when="2027-01-09T03:22:00Z")
A("ro", "threat", "R", "fb", "c",
  "Daca pana vineri nu primesc un raspuns despre mama, vin peste voi si nu o sa fie frumos. Stiu pe cine sa caut.",
  "RO: 'If I don't get an answer about my mother by Friday, I'm coming for you and it won't be pretty. I know who to look for.' Ultimatum = threat",
  kind="ultimatum")
A("ro", "threat", "H", "fb", "c",
  "o sa va dau foc la spital cu toti nenorocitii in el, sa stiti. m-ati distrus",
  "RO: 'I'm going to set fire to your hospital with all the wretches in it, just so you know. you've destroyed me.' Arson threat = threat",
  kind="arson")
A("ro", "threat", "C", "fb", "c",
  "Asistenta aia blonda de la urgente, Cristina, sta pe Wilmslow Road langa Tesco, o stiu bine. Poate trecem cu totii pe la ea sa-i explicam cum se vorbeste cu oamenii.",
  "RO: 'That blonde A&E nurse, Cristina, lives on Wilmslow Road near Tesco, I know her well. Maybe we all drop by hers to explain how to talk to people.' Hinting at a named nurse's home and inviting others = doxxing threat",
  fl="n", kind="doxxing")
A("ro", "abuse", "H", "fb", "c",
  "m**e asistentelor de la urgente, niste vaci grase si lenese toate",
  "RO: '[obscenity] to the A&E nurses, fat lazy cows all of them.' Obscene, sexist insults with no complaint = abuse",
  fl="a")
A("ro", "complaint", "H", "fb", "c",
  "Am stat 7 ore la A&E cu copilul si nimeni nu ne-a oferit un translator desi am cerut de 3 ori. Mi-au dat niste hartii in engleza sa semnez fara sa-mi explice nimic. Inacceptabil.",
  "RO: 'We spent 7 hours in A&E with my child and nobody offered us an interpreter although I asked 3 times. They gave me papers in English to sign without explaining anything. Unacceptable.' Complaint")
A("ro", "pals", "R", "fb", "d",
  "Buna ziua, as vrea sa stiu daca se poate muta programarea de la fizioterapie. Lucrez in ture si joia nu pot deloc. Multumesc frumos",
  "RO: 'Good afternoon, I'd like to know if my physiotherapy appointment can be moved. I work shifts and can't do Thursdays at all. Thank you kindly.' Appointment = pals")
A("ro", "clinical_question", "H", "fb", "d",
  "Fetita mea de 2 ani are febra 38,9 de ieri si o eruptie pe burtica. E normal dupa vaccin sau trebuie sa o duc la urgente?",
  "RO: 'My 2-year-old daughter has had a fever of 38.9 since yesterday and a rash on her tummy. Is it normal after the vaccine or should I take her to A&E?' Clinical advice = clinical_question")
A("ro", "subject_access", "E", "fb", "d",
  "Vreau inregistrarea apelului pe care l-am facut la voi pe 3 decembrie, cand operatoarea mi-a spus ca nu au loc pt mine. Am dreptul la ea conform GDPR, va rog sa mi-o trimiteti.",
  "RO: 'I want the recording of the call I made to you on 3 December, when the operator told me there was no space for me. I have a right to it under GDPR, please send it to me.' Call recording of oneself = subject_access")
A("ro", "compliment", "C", "fb", "c",
  "Multumim din suflet echipei de la maternitate St Mary's! Moasa Ioana a vorbit cu mine in romana toata noaptea si m-a linistit. Bebe si mami sunt bine 💕",
  "RO: 'Heartfelt thanks to the St Mary's maternity team! Midwife Ioana spoke Romanian with me all night and calmed me. Baby and mum are fine.' Thanks naming a midwife",
  fl="n")
A("ro", "compliment", "C", "ig", "c",
  "Am murit de ras la clipul cu asistentul pe sanie in parcare 😂😂 cei mai tari sunteti",
  "RO: 'I died laughing at the clip of the nurse on a sledge in the car park, you're the best.' Idiom 'died laughing'; praise",
  when="xmas",
  trap="idiom: died laughing")
A("ro", "compliment", "R", "fb", "c",
  "Credeam ca ma omoara durerea de masea aseara, dar doctorita de la urgente m-a rezolvat in 20 de minute. Respect!",
  "RO: 'I thought the toothache would kill me last night, but the doctor in A&E sorted me out in 20 minutes. Respect!' Idiom; thanks",
  trap="idiom: pain would kill me")
A("ro", "spam", "E", "fb", "c",
  "Castiga 500£ pe zi din confortul casei tale!!! Investitii crypto garantate, fara risc. Scrie-mi in privat 💰💰 link in bio",
  "RO: 'Earn £500 a day from the comfort of your home!!! Guaranteed crypto investments, no risk. Message me privately, link in bio.' Scam advertising = spam")
A("ro", "general", "R", "fb", "c",
  "La multi ani 2027 tuturor! Sanatate in primul rand, restul vine 🥂",
  "RO: 'Happy 2027 to everyone! Health first, the rest will follow.' New Year greeting = general",
  when="2027-01-01T00:41:00Z")
A("ro", "foi", "H", "fb", "d",
  "Buna ziua. Doresc sa aflu cati interpreti de limba romana are trustul sub contract si cat s-a cheltuit pe ei in 2025. Va rog sa-mi raspundeti in scris la mihai.dobre77@yahoo.com. Cu stima, Mihai Dobre",
  "RO: 'Good afternoon. I'd like to know how many Romanian interpreters the trust has under contract and how much was spent on them in 2025. Please reply in writing to [e-mail]. Regards, Mihai Dobre.' Recorded information = foi")
A("ro", "media", "H", "fb", "d",
  "Buna ziua, sunt Andreea Stan, reporter la Diaspora TV Londra. Pregatim un material despre romancele care lucreaza ca asistente in NHS. Ati fi de acord sa filmam cateva minute la Hillingdon, cu acordul lor desigur?",
  "RO: 'Good afternoon, I'm Andreea Stan, reporter at Diaspora TV London. We're preparing a piece on Romanian women working as nurses in the NHS. Would you agree to us filming a few minutes at Hillingdon, with their consent of course?' Broadcaster asking to film = media")
A("ro", "complaint", "C", "fb", "c",
  "Daca pana luni nu primesc un raspuns oficial despre ce s-a intamplat cu tata, merg la presa si la televiziunile romanesti cu toata povestea. M-am saturat sa fiu plimbat.",
  "RO: 'If I don't get an official answer by Monday about what happened to my dad, I'm going to the press and the Romanian TV channels with the whole story. I'm fed up being passed around.' Going to the press = complaint, not threat",
  trap="press ultimatum, not a threat")
