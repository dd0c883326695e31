from common import A

# Further items: personal data posted in public, recordings, mentions, reviews,
# and the mental health trusts' accounts.

A("pl", "complaint", "R", "ot", "rv",
  "Mój tata Zbigniew Kowalczyk leży od tygodnia na oddziale 22 i do dziś nikt nam nie powiedział, co mu właściwie jest. Dzwonimy codziennie. Jedna gwiazdka i to za dużo.",
  "PL: 'My dad Zbigniew Kowalczyk has been on ward 22 for a week and to this day nobody has told us what is actually wrong with him. We ring every day. One star and that's too many.' Complaint; a named patient with his ward in a public review",
  fl="p")
A("ro", "pals", "H", "fb", "c",
  "Buna ziua, ma numesc Elena Vasile, data nasterii 14.03.1986. Nu am primit scrisoarea pentru RMN-ul de la Mount Vernon, puteti verifica va rog daca am programare?",
  "RO: 'Good afternoon, my name is Elena Vasile, date of birth 14.03.1986. I haven't received the letter for the MRI at Mount Vernon, could you check whether I have an appointment?' Appointment = pals; name and date of birth posted publicly",
  fl="p")
A("es", "complaint", "H", "x", "m",
  "@HillingdonNHSFT grabé al de seguridad empujando a mi hermano en urgencias anoche, lo tengo todo en vídeo. Quiero saber qué vais a hacer con ese tío.",
  "ES: 'I filmed the security guard pushing my brother in A&E last night, I have it all on video. I want to know what you're going to do about that guy.' Complaint; video of staff",
  fl="r")
A("tr", "complaint", "C", "fb", "c",
  "Doktorun bize söylediklerini telefonla ses kaydına aldım. 'Sizin gibilere burada yer yok' dedi. Bunu resmi olarak şikayet ediyorum, kayıt elimde.",
  "TR: 'I recorded on my phone what the doctor said to us. He said \"there's no room here for people like you\". I'm complaining about this formally, I have the recording.' Complaint; audio recording of staff",
  fl="r")
A("ar", "pals", "C", "fb", "c",
  "ابني في جناح الأطفال من أمس وأنا ما أقدر أوصل للتمريض بالتلفون. ممكن حد يتصل فيني على 07700 900543؟ الله يعطيكم العافية",
  "AR (Gulf): 'My son has been on the children's ward since yesterday and I can't get through to the nurses by phone. Could someone call me on [phone]? God give you strength.' Request for contact = pals; own phone number in public",
  fl="p")
A("tr", "complaint", "R", "fb", "c",
  "Babam Hasan Yıldırım 3 gündür New Cross'ta ward 8'de yatıyor, kimse bize bir şey söylemiyor. Telefonu da açmıyorsunuz. Bu nasıl hastane?",
  "TR: 'My father Hasan Yıldırım has been lying on ward 8 at New Cross for 3 days, nobody tells us anything. You don't answer the phone either. What kind of hospital is this?' Complaint; a named patient with his ward in public",
  fl="p")
A("gu-Latn", "pals", "H", "fb", "c",
  "mara sasuji no appointment letter juna address par jay che. navu address 14 Coldharbour Lane, Hayes che, please update kari ne tya moklo",
  "GU (romanised): 'my father-in-law's appointment letter goes to the old address. the new address is [house number and street], Hayes, please update it and send it there.' Address change = pals; a home address in public",
  fl="p")
A("pt", "complaint", "E", "ot", "rv",
  "Meu NHS number é {nhs:999460283:s} e vocês perderam meu encaminhamento DUAS vezes. Oito meses esperando a avaliação de autismo e nada. Péssimo.",
  "PT (BR): 'My NHS number is [valid test number] and you lost my referral TWICE. Eight months waiting for the autism assessment and nothing. Terrible.' Complaint; NHS number in a public review",
  fl="p")
A("pt", "pals", "T", "fb", "c",
  "Olá, o meu filho tem consulta na Roseberry Park na quinta e não sabemos onde estacionar. Há estacionamento para visitas?",
  "PT (PT): 'Hello, my son has an appointment at Roseberry Park on Thursday and we don't know where to park. Is there visitor parking?' Parking question = pals")
A("it", "general", "T", "fb", "c",
  "Noi domenica saremo alla camminata di beneficenza a Durham, con il cane ovviamente 🐕 ci vediamo lì",
  "IT: 'We'll be at the charity walk in Durham on Sunday, with the dog obviously, see you there.' Chat, no action = general")
A("pl", "general", "E", "fb", "c",
  "Moim zdaniem rząd powinien dawać więcej pieniędzy na zdrowie psychiczne, a nie na kolejne kampanie w internecie. Ale to tylko moje zdanie.",
  "PL: 'In my opinion the government should give more money to mental health, not to yet more online campaigns. But that's just my opinion.' Opinion needing no action = general")
A("ro", "compliment", "T", "ot", "rv",
  "Am fost internata 3 saptamani la Foss Park in vara. Personal extraordinar, mancarea ok, m-am simtit in siguranta pt prima data dupa mult timp. 5 stele.",
  "RO: 'I was an inpatient at Foss Park for 3 weeks in the summer. Extraordinary staff, food ok, I felt safe for the first time in a long while. 5 stars.' Review praising a past admission = compliment",
  trap="past admission told as praise")
A("es", "clinical_question", "T", "x", "m",
  "@TEWVNHS una pregunta, ¿la clozapina se puede tomar con café? mi hermano se bebe como cinco al día 😅",
  "ES: 'a question, can clozapine be taken with coffee? my brother drinks about five a day.' Medication interaction = clinical_question")
A("hu", "general", "T", "x", "m",
  "@TEWVNHS kellemes ünnepeket és boldog új évet mindenkinek Darlingtonból 🎄",
  "HU: 'happy holidays and a happy new year to everyone from Darlington.' Greeting = general",
  when="xmas")
A("fr", "complaint", "E", "ot", "rv",
  "Équipe de santé mentale de Colchester : injoignable. Trois semaines que je laisse des messages, jamais rappelée. 1 étoile.",
  "FR: 'Colchester mental health team: unreachable. Three weeks of leaving messages, never called back. 1 star.' Complaint (review)")
A("bn", "pals", "E", "x", "m",
  "@EPUTNHS Southend এ কি মেমোরি ক্লিনিক আছে? আব্বার জন্য রেফারেল কিভাবে পাব? জিপি বলছে আপনাদের কাছে",
  "BN: 'Is there a memory clinic in Southend? How do we get a referral for dad? The GP says it's with you.' Referral question = pals")
A("so", "complaint", "C", "ot", "rv",
  "Isbitaalka carruurta waxaan joognay 10 saac, gabadhayda 2 jirka ahna cunto lama siin. Qofna nama weydiin. Xiddig keliya.",
  "SO: 'We were at the children's hospital for 10 hours and my 2-year-old daughter was given no food. Nobody asked after us. One star.' Complaint (review)")
A("ta-Latn", "compliment", "C", "x", "m",
  "@CMFTNHS eye hospital la irundha nurse akka romba pasama paathukittaanga amma va. romba nandri 🙏",
  "TA (romanised): 'the nurse at the eye hospital looked after mum really lovingly. many thanks.' Thanks = compliment")
A("de", "general", "E", "x", "m",
  "@EPUTNHS Frohes neues Jahr aus Leigh-on-Sea! Auf ein ruhigeres 2027 für euch alle 🥂",
  "DE: 'Happy new year from Leigh-on-Sea! To a calmer 2027 for you all.' Greeting = general",
  when="2027-01-01T11:34:00Z")
A("ar", "general", "T", "fb", "c",
  "شاركت المنشور لأنو التوعية بالصحة النفسية مهمة كتير بمجتمعاتنا، كتير ناس بتستحي تحكي عن الاكتئاب أو الانتحار وبتضل ساكتة",
  "AR (Levantine): 'I shared the post because mental health awareness matters a lot in our communities, many people are ashamed to talk about depression or suicide and stay silent.' Comment on an awareness post = general",
  trap="mental health awareness post")
A("pl", "general", "C", "fb", "c",
  "Marta Zając patrz, szukają położnych na St Mary's, to coś dla ciebie 😉",
  "PL: 'Marta Zając look, they're looking for midwives at St Mary's, that's something for you.' Tagging a friend under a job post = general")
A("es", "general", "H", "fb", "c",
  "Yo creo que deberían volver las mascarillas en las salas de espera en invierno, pero bueno, cada uno que haga lo que quiera 🤷‍♀️",
  "ES: 'I think masks should come back in waiting rooms in winter, but well, everyone can do as they like.' Opinion needing no action = general")
A("tr", "general", "T", "x", "r",
  "Bu sabah Middlesbrough'da yollar buz gibiydi, randevusu olan herkes dikkatli gelsin ❄️",
  "TR: 'This morning the roads in Middlesbrough were like ice, everyone with an appointment take care coming in.' Chat = general")
A("ro", "general", "E", "fb", "c",
  "Salut fetelor de pe tura de noapte! Ne vedem diseara, aduc eu cozonac 😄",
  "RO: 'Hi girls on the night shift! See you tonight, I'm bringing cozonac (sweet bread).' Staff chit-chat on a trust post = general")
A("ur-Latn", "general", "R", "fb", "c",
  "yeh photo mein jo nayi building hai, yeh wohi jagah hai na jahan pehle purana car park hota tha? bachpan yaad aa gaya",
  "UR (romanised): 'the new building in this photo, that's the same spot where the old car park used to be, isn't it? takes me back to childhood.' Reminiscing = general")
A("pt", "pals", "R", "fb", "c",
  "O endereço do New Cross é Wolverhampton Road, WV10 0QP, certo? Vou de Uber pela primeira vez amanhã",
  "PT (PT): 'New Cross's address is Wolverhampton Road, WV10 0QP, right? I'm going by Uber for the first time tomorrow.' The hospital's own published postcode is not personal data = pals",
  trap="hospital's own postcode")
A("es", "spam", "C", "fb", "c",
  "Su paquete con número de seguimiento 4829301756 no ha podido entregarse. Pague 1,99£ de reenvío aquí: royalmail-reenvio-uk.com",
  "ES: 'Your parcel with tracking number [10 digits] could not be delivered. Pay £1.99 redelivery here: [fake site].' Delivery scam = spam; the 10-digit number is not an NHS number",
  trap="10-digit tracking number, not an NHS number")

# more near-misses
A("pl", "pals", "R", "fb", "c",
  "Widziałam w Express & Star, że zamykacie porodówkę w Cannock. To prawda? Mam termin w marcu i nie wiem gdzie mam jechać",
  "PL: 'I saw in the Express & Star that you're closing the maternity unit in Cannock. Is it true? I'm due in March and don't know where to go.' A member of the public quoting a newspaper is not media; service question = pals",
  trap="member of the public quoting the press")
A("ur-Latn", "pals", "H", "fb", "c",
  "Geo News pe dekha ke agle hafte NHS mein strike hai. meri ammi ka Mount Vernon wala operation cancel to nahi hoga?",
  "UR (romanised): 'I saw on Geo News that there's an NHS strike next week. my mum's operation at Mount Vernon won't be cancelled, will it?' Quoting news is not media; appointment question = pals",
  trap="quoting a news channel")
A("hi-Latn", "pals", "C", "fb", "c",
  "agar mere pati phir se appointment bhool gaye na toh main unko maar hi dalungi 😂 kya naya date mil sakta hai? eye clinic wala",
  "HI (romanised): 'if my husband forgets the appointment again I'll just kill him, can we get a new date? the eye clinic one.' Joking idiom about her husband, not a threat to staff; rebooking = pals",
  trap="joking 'I'll kill him' about a relative")
A("cy", "pals", "C", "fb", "c",
  "Dwi'n mynd i ladd y gath 'ma 😂 mae hi wedi cnoi'r llythyr apwyntiad yn ddarnau. Oes modd cael copi arall? Clinig llygaid, dydd Mawrth",
  "CY: 'I'm going to kill this cat, she's chewed the appointment letter to pieces. Can I get another copy? Eye clinic, Tuesday.' Idiom; request for a letter = pals",
  trap="joking 'I'll kill the cat'")
A("so", "compliment", "C", "fb", "c",
  "Sannad ka hor waxaan isku dayay inaan naftayda qaado. Maanta waan fiicnahay, shaqo ayaan helay, hooyaday waa faraxsan tahay. Mahadsanidiin kooxda caafimaadka maskaxda 🙏",
  "SO: 'A year ago I tried to take my own life. Today I'm well, I found a job, my mother is happy. Thank you to the mental health team.' Past crisis told as thanks = compliment",
  trap="past crisis told as thanks")
A("it", "compliment", "C", "fb", "c",
  "Ho condiviso il vostro post sulla prevenzione del suicidio nel gruppo Italiani a Manchester. Grazie per averlo tradotto anche in italiano, serviva",
  "IT: 'I shared your suicide-prevention post in the Italians in Manchester group. Thanks for translating it into Italian too, it was needed.' Thanks about an awareness post = compliment",
  trap="suicide-prevention awareness post")
A("bn", "pals", "C", "fb", "c",
  "ভাইয়া বলছে আজকে ইউনাইটেড লিভারপুলরে মেরে ফেলবে 😂 যাই হোক, আব্বার ওয়ার্ডে কি টিভি আছে? খেলাটা দেখতে চায়",
  "BN: 'My brother says United will kill Liverpool today. Anyway, is there a TV on dad's ward? He wants to watch the match.' Football idiom; ward facilities question = pals",
  trap="football idiom 'kill'")
A("de", "compliment", "C", "fb", "c",
  "Bombenstimmung gestern bei der Weihnachtsfeier auf der Kinderstation! Unser Kleiner redet von nichts anderem mehr. Danke ans ganze Team 🎄",
  "DE: 'A bomb(-great) atmosphere yesterday at the Christmas party on the children's ward! Our little one talks of nothing else. Thanks to the whole team.' 'Bomben-' = great; thanks",
  trap="'Bombenstimmung' = great atmosphere", when="xmas")
A("pa-Latn", "compliment", "R", "fb", "c",
  "bebe kehndi si 'main mar jaana par hospital nahi jaana' 😂 par ward 9 walian kudiyan ne inna pyaar kita ke hun ghar aun nu dil nahi karda. thank u sab da",
  "PA (romanised): 'grandma used to say \"I'd rather die than go to hospital\", but the girls on ward 9 were so loving that now she doesn't want to come home. thank you all.' Reported idiom; thanks",
  trap="idiom: rather die than go to hospital")
