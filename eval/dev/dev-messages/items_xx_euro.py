from common import M

# ---------------- Welsh (cy) ----------------
M("Dwi ddim yn meddwl y bydda i yma erbyn y Nadolig. Dwi wedi blino gormod. Diolch am drio.",
  "x", "mention", "T", "@elin_durham_uni|Elin", "crisis", lang="cy",
  note="CY: 'I don't think I'll be here by Christmas. I'm too tired. Thanks for trying.' Not expecting to be around", t="prexmas")
M("Mae fy mab yn y brifysgol yn Durham ac mae e newydd anfon neges yn dweud 'sori am bopeth'. Dyw e ddim yn ateb ei ffôn. Plîs, pwy alla i ffonio?",
  "fb", "dm", "T", "@gwen.ap.rhys|Gwen ap Rhys", "crisis", lang="cy", t="night",
  note="CY: 'My son is at university in Durham and he has just sent a message saying \"sorry for everything\". He isn't answering his phone. Please, who can I ring?' Third party")
M("Hoffwn wneud cais rhyddid gwybodaeth: faint o gleifion o Gymru gafodd eu trin yn eich unedau iechyd meddwl yn 2025?",
  "x", "mention", "T", "@dafydd_ymchwil|Dafydd Llwyd", "foi", lang="cy",
  note="CY: 'I'd like to make a freedom of information request: how many patients from Wales were treated in your mental health units in 2025?'")
M("Pedair awr ar droli yn yr adran frys yn Hillingdon i fy nain, sy'n 89 oed. Cywilydd.",
  "x", "mention", "H", "@sioned_llundain|Sioned", "complaint", lang="cy",
  note="CY: 'Four hours on a trolley in A&E at Hillingdon for my gran, who is 89. Shameful.'")
M("Diolch o galon i'r tîm mamolaeth yn Saint Mary's. Roedd pawb mor garedig wrthon ni.",
  "fb", "comment", "C", "@catrin.a.manceinion|Catrin", "compliment", lang="cy",
  note="CY: 'Heartfelt thanks to the maternity team at Saint Mary's. Everyone was so kind to us.'")
M("Oes modd cael llythyr yr apwyntiad yn Gymraeg? Mae Mam yn deall Cymraeg yn well na Saesneg.",
  "fb", "dm", "R", "@huw.jenkins.trefaldwyn|Huw Jenkins", "pals", lang="cy",
  note="CY: 'Is it possible to get the appointment letter in Welsh? Mum understands Welsh better than English.'")
M("Helo, newyddiadurwr gyda BBC Cymru Fyw ydw i. Rydyn ni'n paratoi eitem am gleifion o Gymru sy'n cael eu trin yn Wolverhampton. Fyddai'r Ymddiriedolaeth yn fodlon rhoi sylw?",
  "x", "dm", "R", "@lowri_newyddion|Lowri Prys", "media", lang="cy", t="day",
  note="CY: 'Hello, I'm a journalist with BBC Cymru Fyw. We're preparing an item about Welsh patients treated in Wolverhampton. Would the Trust be willing to comment?'")

# ---------------- Polish (pl) ----------------
M("Czy ktoś może przygarnąć mojego psa? Ma 5 lat, jest grzeczny i kocha dzieci. Od przyszłego tygodnia nie będzie miał kto się nim zająć, mnie już nie będzie.",
  "fb", "comment", "E", "@tomasz.w.basildon|Tomasz W", "crisis", lang="pl",
  note="PL: 'Can someone take my dog? He's 5, well behaved and loves children. From next week there'll be nobody to look after him, I won't be here any more.' Giving away a pet")
M("Nie chcę już żyć. Jestem sam w tym kraju, nikt nawet nie zauważy. Dzwoniłem na linię kryzysową, ale nikt tam nie mówi po polsku.",
  "fb", "dm", "T", "@marek.k.stockton|Marek", "crisis", lang="pl", t="night",
  note="PL: 'I don't want to live any more. I'm alone in this country, nobody will even notice. I rang the crisis line but nobody there speaks Polish.'")
M("Jak ta pielęgniarka jeszcze raz tak potraktuje moją matkę, to ktoś na nią poczeka pod szpitalem. Wiem, o której kończy zmianę.",
  "fb", "comment", "R", "@pawel.z.wolves|Paweł", "threat", lang="pl",
  note="PL: 'If that nurse treats my mother like that once more, someone will be waiting for her outside the hospital. I know what time her shift ends.' Veiled threat about staff going home")
M("Czekałam 7 godzin na SOR-ze z dzieckiem z gorączką, a lekarz nawet na nas nie spojrzał. Skandal.",
  "fb", "review", "C", "@agnieszka.m.mcr|Agnieszka", "complaint", lang="pl",
  note="PL: 'I waited 7 hours in A&E with a feverish child and the doctor didn't even look at us. Scandalous.'")
M("Nagrałam, jak pani Karen z recepcji krzyczy na mojego tatę, że ma mówić po angielsku. Jeśli nie dostanę przeprosin, wrzucam nagranie na TikToka.",
  "fb", "comment", "R", "@kasia.n.wv|Kasia", "complaint", flags="names_staff recording", lang="pl",
  note="PL: 'I recorded Karen from reception shouting at my dad that he has to speak English. If I don't get an apology the recording goes on TikTok.'")
M("Dzień dobry, potrzebuję kopii mojej dokumentacji z porodu (listopad 2025) dla ZUS w Polsce. Jak mogę o nią poprosić?",
  "fb", "dm", "C", "@joanna.p.salford|Joanna", "subject_access", lang="pl",
  note="PL: 'Hello, I need a copy of my records from giving birth (November 2025) for the Polish social insurance office. How do I ask for them?'")
M("Czy mogę dać dziecku ibuprofen i paracetamol jednocześnie? Ma 2 latka i 38,9 gorączki.",
  "fb", "dm", "H", "@ewelina.hayes|Ewelina", "clinical_question", lang="pl", t="night",
  note="PL: 'Can I give my child ibuprofen and paracetamol at the same time? She's 2 and has a 38.9 fever.'")
M("Gdzie można zaparkować przy New Cross w niedzielę? Parking jest płatny?",
  "fb", "comment", "R", "@grzegorz.wolves|Grzegorz", "pals", lang="pl",
  note="PL: 'Where can I park at New Cross on Sunday? Is parking paid?'")
M("Tanie przeprowadzki UK–Polska, paczki co tydzień! Pisz na WhatsApp 07700 900412 🚚",
  "fb", "comment", "R", "@przeprowadzki.uk.pl|Przeprowadzki UK", "spam", lang="pl",
  note="PL: 'Cheap removals UK–Poland, parcels every week! Message on WhatsApp …' Irrelevant advertising; business number")
M("Nie martwcie się o wizytę w czwartek, I'm fine. Tylko już nie mam siły i jutro wszystko się skończy. Dziękuję za wszystko.",
  "x", "reply", "E", "@ola_k_southend|Ola", "crisis", lang="pl",
  note="PL with an English phrase: 'Don't worry about Thursday's appointment, I'm fine. It's just that I have no strength left and tomorrow it will all be over. Thank you for everything.' Crisis in the Polish half")
M("Moja mama, Halina Nowak, ur. 14.02.1949, leży na oddziale 7 od tygodnia i nikt nie odbiera telefonu z oddziału. Proszę o kontakt: 07700 900654",
  "fb", "comment", "R", "@beata.nowak.wv|Beata Nowak", "complaint", flags="contains_pii", lang="pl",
  note="PL: 'My mum, Halina Nowak, born 14.02.1949, has been on ward 7 for a week and nobody answers the ward phone. Please contact me: …' Patient name, DOB, ward and phone in public")
M("Rok temu chciałam się zabić. Dziś świętuję rok terapii i trzeźwości. Dziękuję zespołowi z Basildon, uratowaliście mnie ❤️",
  "fb", "comment", "E", "@monika.nowy.start|Monika", "compliment", lang="pl", trap=True,
  note="PL: 'A year ago I wanted to kill myself. Today I'm celebrating a year of therapy and sobriety. Thank you to the team in Basildon, you saved me.' Past crisis told as thanks")

# ---------------- Romanian (ro) ----------------
M("Sunt o povară pentru toți. Am strâns pastilele de la farmacie toată luna. Nu mai vreau să mă trezesc.",
  "fb", "dm", "E", "@ioana.p.harlow|Ioana", "crisis", lang="ro",
  note="RO: 'I'm a burden to everyone. I've been collecting pills from the pharmacy all month. I don't want to wake up any more.' Burden + means")
M("Soțul meu s-a închis în mașină în parcarea spitalului și nu răspunde. Mi-a zis că e ultima dată când mă sună. Vă rog, ajutați-mă!",
  "fb", "dm", "H", "@mihaela.d.uxb|Mihaela", "crisis", lang="ro", t="night",
  note="RO: 'My husband has shut himself in the car in the hospital car park and isn't answering. He told me it's the last time he'll call me. Please help me!' Third party")
M("Dacă mama mai stă o noapte pe hol, vin cu frații mei și vă facem praf pe toți de la urgențe.",
  "fb", "comment", "R", "@florin.c.wolves|Florin", "threat", lang="ro",
  note="RO: 'If mum spends one more night in the corridor, I'm coming with my brothers and we'll wreck the lot of you in A&E.' Conditional threat")
M("Am așteptat 5 ore la urgențe și la final mi-au zis să vin înapoi mâine. Bătaie de joc.",
  "x", "mention", "C", "@andrei_mcr_ro|Andrei", "complaint", lang="ro",
  note="RO: 'I waited 5 hours in A&E and at the end they told me to come back tomorrow. A joke.'")
M("Bună ziua, aveți interpret de limba română la clinica de maternitate? Am programare joi.",
  "fb", "dm", "C", "@elena.r.manchester|Elena", "pals", lang="ro",
  note="RO: 'Hello, do you have a Romanian interpreter at the maternity clinic? I have an appointment on Thursday.'")
M("Sunteți niște incompetenți și niște hoți, toată secția voastră e o adunătură de nesimțiți.",
  "fb", "comment", "H", "@cristi.b.1979|Cristi", "abuse", flags="abuse", lang="ro",
  note="RO: 'You're incompetents and thieves, your whole ward is a gang of shameless louts.' Abuse, no request")
M("Vreau să știu cine s-a uitat în dosarul meu medical. Cumnata mea lucrează la voi și știe lucruri pe care nu i le-am spus niciodată.",
  "fb", "dm", "H", "@roxana.m.hayes|Roxana", "subject_access", lang="ro",
  note="RO: 'I want to know who has looked at my medical file. My sister-in-law works for you and knows things I never told her.' Who accessed my record")
M("Iau antibioticul de 3 zile și mi-a apărut o eczemă pe tot corpul. E normal? Să continui?",
  "fb", "dm", "C", "@gabriela.t.mcr|Gabriela", "clinical_question", lang="ro",
  note="RO: 'I've been taking the antibiotic for 3 days and I've come out in a rash all over my body. Is that normal? Should I carry on?'")

# ---------------- Portuguese (pt) ----------------
M("Já organizei tudo: os papéis, as contas, uma carta para a minha filha. Agora posso finalmente descansar.",
  "fb", "dm", "E", "@fernanda.s.colchester|Fernanda", "crisis", lang="pt",
  note="PT: 'I've organised everything: the papers, the bills, a letter for my daughter. Now I can finally rest.' Putting affairs in order")
M("Voltei a me cortar. Todas as noites. Ninguém da equipe me liga desde outubro.",
  "ig", "dm", "E", "@luana.b.essex|Luana", "crisis", lang="pt", t="night",
  note="PT (Brazil): 'I've started cutting myself again. Every night. Nobody from the team has called me since October.' Ongoing self-harm")
M("Fala pra enfermeira do turno da noite que a gente sabe onde ela mora. Ela vai aprender a respeitar.",
  "fb", "comment", "E", "@rodrigo.m.southend|Rodrigo", "threat", lang="pt",
  note="PT (Brazil): 'Tell the night-shift nurse that we know where she lives. She'll learn some respect.' Hinting at a staff member's home")
M("Marcaram a consulta da minha mãe três vezes e cancelaram as três. Ninguém atende o telefone.",
  "fb", "comment", "H", "@ana.c.hayes|Ana", "complaint", lang="pt",
  note="PT: 'They booked my mother's appointment three times and cancelled all three. Nobody answers the phone.'")
M("Bom dia, vocês têm intérprete de português para a consulta de cardiologia?",
  "fb", "dm", "H", "@joao.f.uxbridge|João", "pals", lang="pt",
  note="PT: 'Good morning, do you have a Portuguese interpreter for the cardiology appointment?'")
M("Olá, sou jornalista do jornal As Notícias, da comunidade portuguesa no Reino Unido. Gostaria de um comentário sobre a falta de intérpretes nos vossos hospitais.",
  "fb", "dm", "H", "@asnoticias.uk|As Notícias UK", "media", lang="pt", t="day",
  note="PT: 'Hello, I'm a journalist from As Notícias, the Portuguese community paper in the UK. I'd like a comment on the lack of interpreters in your hospitals.'")
M("💰 Ganhe £300 por dia trabalhando de casa! Vagas limitadas, clique no link da bio 💰",
  "ig", "comment", "E", "@renda.extra.uk|Renda Extra", "spam", lang="pt",
  note="PT: 'Earn £300 a day working from home! Limited places, click the link in bio'")
M("Feliz Natal a todos os que estão a trabalhar hoje no hospital 🎄",
  "fb", "comment", "C", "@ines.m.didsbury|Inês", "general", lang="pt", t="xmas",
  note="PT: 'Merry Christmas to everyone working in the hospital today' Greeting")
M("Essa espera está me matando 😩 três horas na emergência e nada",
  "x", "mention", "H", "@thiago_ub8|Thiago", "complaint", lang="pt", trap=True,
  note="PT (Brazil): 'This wait is killing me, three hours in A&E and nothing' Idiom inside a complaint")

# ---------------- Spanish (es) ----------------
M("Estoy en el puente sobre el río Tees. Hace mucho frío. No sé ni por qué os escribo.",
  "x", "dm", "T", "@lucia_erasmus_tees|Lucía", "crisis", lang="es", t="night",
  note="ES: 'I'm on the bridge over the River Tees. It's very cold. I don't even know why I'm writing to you.' High place")
M("Mi compañera de piso ha dejado cartas para todos y se ha ido sin el móvil. Está en tratamiento con vuestro equipo de salud mental. ¿Qué hago?",
  "fb", "dm", "E", "@marta.g.chelmsford|Marta", "crisis", lang="es",
  note="ES: 'My flatmate has left letters for everyone and gone out without her phone. She's being treated by your mental health team. What do I do?' Third party, farewell letters")
M("Al celador que empujó a mi padre le vamos a esperar a la salida. Ya sabemos cómo se llama.",
  "fb", "comment", "C", "@javier.r.mcr|Javier", "threat", lang="es",
  note="ES: 'We're going to wait for the porter who pushed my father when he comes out. We already know his name.'")
M("Llevo seis semanas esperando los resultados de la biopsia y nadie contesta el teléfono.",
  "x", "mention", "H", "@carmen_l_ub|Carmen", "complaint", lang="es",
  note="ES: 'I've been waiting six weeks for the biopsy results and nobody answers the phone.'")
M("Gracias a la Dra. Morales y a todo el equipo de oncología. Sois increíbles.",
  "fb", "comment", "C", "@pilar.s.manchester|Pilar", "compliment", flags="names_staff", lang="es",
  note="ES: 'Thank you to Dr Morales and the whole oncology team. You're incredible.'")
M("Hola, soy periodista de Diario Salud Europa y preparo un reportaje sobre enfermeras españolas en el NHS. ¿Podría hablar con vuestro departamento de prensa?",
  "li", "dm", "R", "@elena-vidal-periodista|Elena Vidal", "media", lang="es",
  note="ES: 'Hello, I'm a journalist at Diario Salud Europa preparing a report on Spanish nurses in the NHS. Could I speak to your press office?'")
M("Panda de inútiles, no servís para nada. Ojalá os cierren el hospital.",
  "x", "reply", "H", "@paco_harto|Paco", "abuse", flags="abuse", lang="es",
  note="ES: 'Bunch of useless idiots, you're good for nothing. I hope they shut your hospital.' Ill-wishing, no threat")
M("¿Puedo tomar ibuprofeno si estoy dando el pecho? Mi bebé tiene 3 semanas.",
  "ig", "dm", "C", "@mama.primeriza.mcr|Sofía", "clinical_question", lang="es",
  note="ES: 'Can I take ibuprofen while breastfeeding? My baby is 3 weeks old.'")
M("¡Me muero de ganas de conocer a mi sobrina! ¿Cuál es el horario de visitas en maternidad?",
  "fb", "comment", "C", "@tia.rocio|Rocío", "pals", lang="es", trap=True,
  note="ES: 'I'm dying to meet my niece! What are the visiting hours on maternity?' Idiom 'me muero de ganas'")
