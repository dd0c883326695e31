from common import A

# ---------------------------------------------------------- Lithuanian (lt)
A("lt", "crisis", "E", "fb", "c",
  "nebematau jokios prasmes. viska bandziau, psichologus, vaistus, niekas nepades",
  "LT: 'I don't see any point any more. I've tried everything, psychologists, medication, nothing will help.' Hopelessness = crisis",
  kind="hopelessness")
A("lt", "crisis", "E", "ig", "d",
  "vel susipjausciau rankas, sita karta gilai. bet nenoriu eiti i ligonine, ten vel ziures kaip i beprote",
  "LT: 'I cut my arms again, deep this time. but I don't want to go to hospital, they'll look at me like a madwoman again.' Self-harm now = crisis",
  kind="self_harm")
A("lt", "crisis", "H", "fb", "d",
  "Per Kūčias viską užbaigsiu. Tik noriu paskutinį kartą pabūti su mama prie stalo.",
  "LT: 'On Christmas Eve I'll end everything. I just want to sit at the table with mum one last time.' Plan with a date = crisis",
  kind="plan_date", when="2026-12-15T22:10:00Z")
A("lt", "pals", "E", "fb", "c",
  "Laba diena, ar galima gauti vertėją į lietuvių kalbą nėštumo konsultacijai? Ačiū",
  "LT: 'Good afternoon, is it possible to get a Lithuanian interpreter for an antenatal appointment? Thanks.' Interpreter request = pals")
A("lt", "complaint", "E", "fb", "c",
  "laukiau 8 val skubios pagalbos skyriuj su lauzta ranka ir niekas net neatsiprase. gėda",
  "LT: 'I waited 8 hours in A&E with a broken arm and nobody even apologised. shameful.' Complaint")
A("lt", "clinical_question", "E", "fb", "d",
  "ar galima duoti paracetamolio kartu su antibiotikais? vaikui 6 metai, skauda ausį",
  "LT: 'can paracetamol be given together with antibiotics? the child is 6, has earache.' Medication question = clinical_question")
A("lt", "compliment", "C", "fb", "c",
  "Labai ačiū slaugytojai Rūtai iš 12 skyriaus, jūs nuostabi ❤️",
  "LT: 'Many thanks to nurse Rūta on ward 12, you're wonderful.' Thanks naming a nurse",
  fl="n")
A("lt", "compliment", "H", "ig", "c",
  "Jau maniau, kad numirsiu iš nuobodulio laukiamajame, bet jūsų savanorė su arbatos vežimėliu išgelbėjo dieną ☕ ačiū!",
  "LT: 'I thought I'd die of boredom in the waiting room, but your volunteer with the tea trolley saved the day, thanks!' Idiom; thanks",
  trap="idiom: die of boredom")
A("lt", "abuse", "E", "x", "r",
  "kiaulės jūs visi, gėda kad tokie žmonės dirba ligoninėj",
  "LT: 'you're all pigs, shameful that such people work in a hospital.' Insults = abuse",
  fl="a")
A("lt", "threat", "E", "fb", "r",
  "jei dar karta mano mamai taip pasakys ta seselė, sulauks ne žodžių. pažadu.",
  "LT: 'if that nurse speaks to my mum like that once more, she'll get more than words. I promise.' Veiled threat = threat",
  kind="veiled")
A("lt", "spam", "E", "fb", "c",
  "Pigūs skrydžiai į Vilnių nuo £19! Rašykite žinutę, vietų liko nedaug ✈️",
  "LT: 'Cheap flights to Vilnius from £19! Send a message, few seats left.' Spam")
A("lt", "foi", "E", "fb", "d",
  "Laba diena, norėčiau sužinoti, kiek 2025 m. išleista lietuvių kalbos vertėjams ir kiek kartų vertėjas nebuvo suteiktas. Atsakymą prašau siųsti j.petrauskas@gmail.com. Jonas Petrauskas",
  "LT: 'Good afternoon, I'd like to know how much was spent on Lithuanian interpreters in 2025 and how many times an interpreter was not provided. Please send the answer to [e-mail]. Jonas Petrauskas.' foi")

# ----------------------------------------------------------- Bulgarian (bg)
A("bg", "crisis", "C", "fb", "d",
  "Вече нямам сили. Оставих писмо за сина ми на масата. Благодаря ви за всичко.",
  "BG: 'I have no strength left. I left a letter for my son on the table. Thank you for everything.' Farewell = crisis",
  kind="farewell")
A("bg-Latn", "crisis", "R", "ig", "c",
  "nikoi nqma da zabeleji ako me nqma. taka shte e po-dobre za vsichki",
  "BG (Latin script): 'nobody will notice if I'm gone. it'll be better for everyone that way.' Burden = crisis",
  kind="burden")
A("bg", "pals", "R", "fb", "c",
  "Здравейте, може ли преводач на български за прегледа в ортопедията? Майка ми не говори английски. Благодаря предварително",
  "BG: 'Hello, can I have a Bulgarian interpreter for the orthopaedic appointment? My mother doesn't speak English. Thanks in advance.' Interpreter request = pals")
A("bg-Latn", "complaint", "R", "fb", "c",
  "4 dni davat na mama samo sandvichi i nikoi ne q pita dali e diabetichka. tq e diabetichka!! bezobrazie",
  "BG (Latin script): 'for 4 days they've given mum only sandwiches and nobody asks whether she's diabetic. she IS diabetic!! outrageous.' Complaint")
A("bg", "compliment", "C", "fb", "c",
  "Огромно благодаря на екипа в родилното! Д-р Петрова беше невероятна 💐",
  "BG: 'Huge thanks to the labour ward team! Dr Petrova was incredible.' Thanks naming a doctor",
  fl="n")
A("bg", "compliment", "C", "ig", "c",
  "Умрях от смях на видеото с Дядо Коледа в детското 😂 браво!",
  "BG: 'I died laughing at the video with Father Christmas on the children's ward, bravo!' Idiom; praise",
  when="xmas",
  trap="idiom: died laughing")
A("bg", "threat", "R", "fb", "d",
  "Ако утре не ми дадете отговор, ще дойда и ще ви изпочупя кабинета",
  "BG: 'If you don't give me an answer tomorrow, I'll come and smash up your office.' Ultimatum = threat",
  kind="ultimatum")
A("bg", "abuse", "E", "fb", "c",
  "Скапани боклуци сте всички, м*мка ви",
  "BG: 'You're all rotten rubbish, [obscenity].' Abuse",
  fl="a")
A("bg", "spam", "R", "fb", "c",
  "Работа във Великобритания без опит! Заплата £3000, осигурена квартира. Пишете на лично 📩",
  "BG: 'Work in the UK with no experience! Salary £3000, accommodation provided. Message privately.' Spam")
A("bg-Latn", "clinical_question", "R", "fb", "d",
  "zdraveite, moje li da pia alkohol ako vzimam antibiotik amoksicilin? blagodarq",
  "BG (Latin script): 'hello, can I drink alcohol while taking the antibiotic amoxicillin? thanks.' Clinical question")
A("bg", "foi", "R", "fb", "d",
  "Здравейте, колко са платили за агенционни медицински сестри през 2025 г.? Моля за отговор на имейл maria.ivanova.wv@abv.bg. Мария Иванова",
  "BG: 'Hello, how much was paid for agency nurses in 2025? Please reply to [e-mail]. Maria Ivanova.' foi")

# ----------------------------------------------------------- Hungarian (hu)
A("hu", "crisis", "R", "fb", "d",
  "mar nem birom tovabb. mindenkinek jobb lesz nelkulem, foleg a gyerekeknek",
  "HU: 'I can't go on any more. everyone will be better off without me, especially the children.' Burden = crisis",
  kind="burden")
A("hu", "crisis", "R", "fb", "d",
  "A párom írt egy búcsúlevelet és elment itthonról, a gyógyszerei is hiányoznak a fiókból. Wolverhamptonban lakunk. Kérem, segítsenek!",
  "HU: 'My partner wrote a farewell letter and left home, and his medication is missing from the drawer. We live in Wolverhampton. Please help!' Third party's worry = crisis",
  kind="third_party")
A("hu", "crisis", "H", "fb", "d",
  "Szilveszter éjjel, amikor mindenki a tűzijátékot nézi, én csendben elmegyek. Már minden el van rendezve.",
  "HU: 'On New Year's Eve, when everyone is watching the fireworks, I'll quietly go. Everything is arranged.' Plan with a date = crisis",
  kind="plan_date", when="2026-12-28T20:44:00Z")
A("hu", "pals", "R", "fb", "c",
  "Sziasztok! Apukám jövő héten megy a szívambulanciára. Lehet magyar tolmácsot kérni, vagy vigyem a lányomat fordítani?",
  "HU: 'Hi all! My dad is going to the cardiology clinic next week. Can we ask for a Hungarian interpreter, or should I bring my daughter to translate?' Interpreter question = pals")
A("hu", "complaint", "H", "fb", "c",
  "5 órát vártunk a sürgősségin a kisfiammal, és a végén azt mondták, jöjjünk vissza holnap. Felháborító.",
  "HU: 'We waited 5 hours in A&E with my little boy, and in the end they said come back tomorrow. Outrageous.' Complaint")
A("hu", "compliment", "R", "fb", "c",
  "Halálra izgultam magam a műtét alatt, de a sebész utána rögtön kijött és elmondta, hogy minden rendben ment. Köszönöm szépen!",
  "HU: 'I worried myself to death during the operation, but the surgeon came out straight afterwards and told me everything went fine. Thank you very much!' Idiom; thanks",
  trap="idiom: worried to death")
A("hu", "compliment", "E", "ig", "c",
  "Bomba jó lett a kávé a büfében, végre! 💣☕",
  "HU: 'The coffee in the café has become bomb-good, finally!' 'Bomba' = great; praise",
  trap="'bomba' = great")
A("hu", "threat", "R", "fb", "r",
  "ha még egyszer így beszél velem az a recepciós, megmutatom neki, hol lakik a magyarok istene. tudom, hol parkol.",
  "HU: 'if that receptionist talks to me like that once more, I'll show her where the god of the Hungarians lives (I'll make her pay). I know where she parks.' Veiled threat = threat",
  kind="veiled")
A("hu", "abuse", "C", "ig", "c",
  "hülye barmok vagytok mind, a k*rva anyátokat",
  "HU: 'you're all stupid cattle, [obscenity about your mothers].' Abuse",
  fl="a")
A("hu", "clinical_question", "R", "fb", "d",
  "Szedhetek Nurofent a vérhígító mellett? A háziorvos nem veszi fel, és nagyon fáj a fogam",
  "HU: 'Can I take Nurofen alongside my blood thinner? The GP isn't answering and my tooth hurts a lot.' Medication question = clinical_question")
A("hu", "subject_access", "H", "x", "m",
  "@HillingdonNHSFT Kérem, töröljék az összes adatomat a rendszerükből, már nem élek Angliában. A GDPR szerint ez a jogom.",
  "HU: 'Please delete all my data from your system, I don't live in England any more. Under GDPR this is my right.' Erasure = subject_access")
A("hu", "crisis", "E", "fb", "d",
  "bevettem az összes altatót ami itthon volt. csak el akartam köszönni valakitől",
  "HU: 'I've taken all the sleeping pills there were at home. I just wanted to say goodbye to someone.' Overdose taken by the writer = crisis",
  kind="overdose", when="2026-12-25T23:51:00Z")

# ------------------------------------------------ Chinese, Simplified (zh-Hans)
A("zh-Hans", "crisis", "C", "wa", "d",
  "我真的撑不下去了，活着太累了。谢谢你们一直以来的帮助，以后不用再联系我了",
  "ZH: 'I really can't hold on any more, living is too tiring. Thank you for all your help, you don't need to contact me again.' Farewell / not expecting to be around = crisis",
  kind="not_around")
A("zh-Hans", "crisis", "C", "wa", "d",
  "我室友刚刚吞了一整瓶安眠药，现在叫不醒！！我们在学校宿舍，Oxford Road这边，怎么办",
  "ZH: 'My roommate just swallowed a whole bottle of sleeping pills and now I can't wake her!! We're in student halls, by Oxford Road, what do I do.' Overdose taken by someone else = crisis",
  kind="overdose", when="2026-11-05T03:09:00Z")
A("zh-Hans", "pals", "C", "fb", "c",
  "你好，请问做胃镜可以安排普通话翻译吗？我妈妈下周三在Manchester Royal Infirmary做",
  "ZH: 'Hello, can a Mandarin interpreter be arranged for a gastroscopy? My mum is having it next Wednesday at Manchester Royal Infirmary.' Interpreter request = pals")
A("zh-Hans", "complaint", "C", "fb", "c",
  "急诊等了六个小时，最后说没床位让我们回家，老人烧到39度，太过分了",
  "ZH: 'We waited six hours in A&E, in the end they said no beds and sent us home, an elderly person with a 39 fever, outrageous.' Complaint")
A("zh-Hans", "clinical_question", "C", "fb", "d",
  "请问怀孕期间可以吃布洛芬吗？头疼得厉害，28周",
  "ZH: 'Can I take ibuprofen during pregnancy? Terrible headache, 28 weeks.' Clinical question")
A("zh-Hans", "compliment", "T", "ig", "c",
  "笑死我了，你们护士跳舞的视频太可爱了😂",
  "ZH: 'Laughing myself to death, your nurses' dance video is so cute.' Idiom; praise",
  trap="idiom: laughed to death")
A("zh-Hans", "compliment", "C", "ig", "c",
  "累死了，但是终于生了！感谢产房的助产士们🙏",
  "ZH: 'Dead tired, but finally gave birth! Thanks to the midwives on the labour ward.' Idiom; thanks",
  trap="idiom: dead tired")
A("zh-Hans", "spam", "C", "fb", "c",
  "英国正品奶粉代购，低价包邮，加微信 ukdaigou888 👍",
  "ZH: 'Genuine UK formula milk buying service, low price free delivery, add WeChat [id].' Spam")
A("zh-Hans", "abuse", "T", "fb", "c",
  "垃圾医院，一群废物，什么都不会",
  "ZH: 'Rubbish hospital, a bunch of useless trash, can't do anything.' Insults = abuse",
  fl="a")
A("zh-Hans", "threat", "C", "fb", "c",
  "我知道急诊那个男护士住在哪，每天骑电动车下班走同一条路。让他小心点。",
  "ZH: 'I know where that male A&E nurse lives, he rides his e-bike home the same way every day. Tell him to be careful.' Staff home and route + veiled threat = threat",
  kind="doxxing")
A("zh-Hans", "media", "C", "fb", "d",
  "您好，我是《英伦华人周报》的记者，想就医院的中文翻译服务做个采访，请问应该联系哪位？",
  "ZH: 'Hello, I'm a journalist at the \"UK Chinese Weekly\", I'd like to do an interview on the hospital's Chinese interpreting service, who should I contact?' Journalist = media")

# ----------------------------------------------- Chinese, Traditional (zh-Hant)
A("zh-Hant", "crisis", "R", "wa", "d",
  "我真係好攰，唔想再做人。我啲嘢已經分晒俾朋友，隻貓都搵咗人照顧",
  "ZH (Cantonese): 'I'm really tired, I don't want to be a person any more. I've given all my things to friends, even found someone to look after the cat.' Giving things away = crisis",
  kind="giving_away")
A("zh-Hant", "crisis", "C", "ig", "d",
  "冇人會掛住我嘅，我走咗佢哋仲開心",
  "ZH (Cantonese): 'Nobody will miss me, if I'm gone they'll be happier.' Burden = crisis",
  kind="burden")
A("zh-Hant", "pals", "R", "fb", "c",
  "你好，請問可唔可以安排廣東話傳譯？我阿爸下個禮拜喺New Cross覆診",
  "ZH (Cantonese): 'Hello, can a Cantonese interpreter be arranged? My dad has a follow-up at New Cross next week.' Interpreter request = pals")
A("zh-Hant", "compliment", "H", "fb", "c",
  "多謝晒急症室嘅醫生同護士，好有耐性，好專業👍",
  "ZH (Cantonese): 'Many thanks to the A&E doctors and nurses, very patient, very professional.' Thanks = compliment")
A("zh-Hant", "subject_access", "C", "fb", "c",
  "你好，我想申請我自己嘅醫療紀錄副本，因為我要搬返香港，請問點樣申請？",
  "ZH (Cantonese): 'Hello, I'd like to apply for a copy of my own medical records because I'm moving back to Hong Kong, how do I apply?' Own records = subject_access")
A("zh-Hant", "complaint", "R", "fb", "c",
  "打咗十幾次電話都冇人聽，預約又改咗三次都冇通知，真係好離譜",
  "ZH (Cantonese): 'Rang more than ten times and nobody answered, the appointment was changed three times without notice, really ridiculous.' Complaint")
A("zh-Hant", "compliment", "R", "ig", "c",
  "今日飯堂嘅雞肉飯好食到死😂",
  "ZH (Cantonese): 'Today's chicken rice in the canteen is so good it's killing me.' Idiom; praise",
  trap="idiom: delicious to death")

# ---------------------------------------------------------------- Tamil (ta)
A("ta", "crisis", "H", "fb", "d",
  "இனிமேல் வாழ்வதில் அர்த்தமே இல்லை. எல்லோருக்கும் நான் ஒரு சுமை தான்",
  "TA: 'There's no meaning in living any more. I'm just a burden to everyone.' Burden = crisis",
  kind="burden")
A("ta-Latn", "crisis", "H", "wa", "d",
  "en thambi whatsapp la 'sorry amma, bye' nu message potutu phone off pannitan. avan Hayes la thaniya irukkan. please help",
  "TA (romanised): 'my younger brother sent \"sorry mum, bye\" on whatsapp and switched his phone off. he lives alone in Hayes. please help.' Third party's worry = crisis",
  kind="third_party")
A("ta", "pals", "H", "fb", "c",
  "வணக்கம், என் அம்மாவின் அப்பாயிண்ட்மென்ட்டுக்கு தமிழ் மொழிபெயர்ப்பாளர் கிடைக்குமா?",
  "TA: 'Hello, can we get a Tamil interpreter for my mother's appointment?' Interpreter request = pals")
A("ta-Latn", "complaint", "H", "fb", "c",
  "moonu thadava appointment cancel panniteenga, ellame last minute la oru text. naan leave eduthu vandhen. romba mosam",
  "TA (romanised): 'you cancelled the appointment three times, every time with a last-minute text. I took leave and came. really bad.' Complaint")
A("ta", "compliment", "H", "fb", "c",
  "மருத்துவமனை ஊழியர்கள் அனைவருக்கும் மிக்க நன்றி. என் அப்பாவை நன்றாக கவனித்தீர்கள் 🙏",
  "TA: 'Many thanks to all the hospital staff. You looked after my father well.' Thanks = compliment")
A("ta", "clinical_question", "H", "fb", "d",
  "அப்பாவுக்கு சர்க்கரை நோய். காலில் ஒரு புண் மூன்று வாரமாக ஆறவே இல்லை, கொஞ்சம் சிவப்பாக இருக்கிறது. GP-ஐ பார்க்கணுமா, A&E போகணுமா?",
  "TA: 'Dad is diabetic. A sore on his foot hasn't healed for three weeks and is a bit red. Should we see the GP or go to A&E?' Clinical advice = clinical_question")
A("ta-Latn", "compliment", "H", "ig", "c",
  "semma comedy video 😂 sirichu sirichu sethuten. nurses ellam vera level",
  "TA (romanised): 'brilliant comedy video, I laughed and laughed till I died. the nurses are all next level.' Idiom; praise",
  trap="idiom: laughed till I died")
A("ta-Latn", "abuse", "H", "fb", "c",
  "ellarum naaye maari, oru arivum illa",
  "TA (romanised): 'you're all like dogs, not a shred of sense.' Insults = abuse",
  fl="a")
A("ta", "spam", "H", "fb", "c",
  "தங்க நகைகளுக்கு 50% தள்ளுபடி! இந்த வாரம் மட்டும், Southall கடையில். இப்போதே அழையுங்கள் 💍",
  "TA: 'Gold jewellery 50% off! This week only, at the Southall shop. Call now.' Irrelevant advertising = spam")

# -------------------------------------------------- other less common languages
A("uk", "crisis", "E", "fb", "d",
  "Я більше не можу. Війна забрала все, а тут я нікому не потрібна. Дякую вам за все, що робили.",
  "UK: 'I can't any more. The war took everything, and here nobody needs me. Thank you for everything you did.' Hopelessness/farewell = crisis",
  kind="hopelessness")
A("uk", "pals", "E", "fb", "c",
  "Доброго дня! Чи можна отримати перекладача української на прийом до гінеколога? Дякую",
  "UK: 'Good afternoon! Can I get a Ukrainian interpreter for a gynaecology appointment? Thanks.' Interpreter request = pals")
A("uk", "compliment", "R", "fb", "c",
  "Дякую лікарям New Cross, врятували мого тата ❤️ низький вам уклін",
  "UK: 'Thank you to the New Cross doctors, you saved my dad. I bow low to you.' Thanks = compliment")
A("ru", "threat", "E", "fb", "d",
  "Если с моей матерью что-то случится, я вашего доктора найду. Адрес уже знаю.",
  "RU: 'If something happens to my mother, I'll find your doctor. I already know the address.' Threat hinting at home address = threat",
  kind="doxxing")
A("ru", "clinical_question", "C", "fb", "d",
  "Здравствуйте, можно ли пить нурофен при грудном вскармливании? Ребёнку 2 месяца",
  "RU: 'Hello, can I take Nurofen while breastfeeding? The baby is 2 months old.' Clinical question")
A("ru-Latn", "spam", "R", "fb", "c",
  "Prodam akkaunt v Instagram, 10k zhivyh podpischikov, nedorogo. Pishite v lichku 💸",
  "RU (transliterated): 'Selling an Instagram account, 10k real followers, cheap. Message me privately.' Follower-selling = spam")
A("sq", "complaint", "H", "fb", "c",
  "E nxorrën gjyshin në 2 të natës, me pizhame, pa makinë, pa asgjë. 84 vjeç! Turp!",
  "SQ: 'They discharged grandad at 2 in the morning, in pyjamas, with no transport, nothing. 84 years old! Shame!' Complaint")
A("sq", "threat", "H", "fb", "c",
  "Nëse i ndodh gjë nënës sime, do t'ua djeg spitalin. Mos mendoni se bëj shaka.",
  "SQ: 'If anything happens to my mother, I'll burn your hospital down. Don't think I'm joking.' Arson threat = threat",
  kind="arson")
A("vi", "crisis", "C", "fb", "d",
  "em met moi qua roi, khong muon song nua. cam on moi nguoi da giup em thoi gian qua",
  "VI (no tone marks): 'I'm so exhausted, I don't want to live any more. thank you everyone for helping me all this time.' Hopelessness/farewell = crisis",
  kind="hopelessness")
A("vi", "pals", "C", "fb", "c",
  "Cho em hỏi khoa sản St Mary's có phiên dịch tiếng Việt không ạ? Vợ em sắp sinh mà tiếng Anh chưa tốt lắm",
  "VI: 'May I ask whether the St Mary's maternity unit has a Vietnamese interpreter? My wife is due soon and her English isn't very good yet.' Interpreter question = pals")
A("tl", "crisis", "R", "fb", "c",
  "pagod na pagod na ako. sana di na lang ako magising bukas",
  "TL: 'I'm so so tired. I wish I just wouldn't wake up tomorrow.' Passive wish to die = crisis",
  kind="hopelessness")
A("tl", "compliment", "R", "fb", "c",
  "Salamat po sa lahat ng nurses sa ward 10, ang babait nyo po! 🙏 Sobrang alaga kay lola",
  "TL: 'Thank you to all the nurses on ward 10, you're so kind! Took such good care of grandma.' Thanks = compliment")
A("yo", "compliment", "C", "fb", "c",
  "E se gan o! Awon nọọsi yin dara pupo. Olorun a bukun yin 🙏",
  "YO: 'Thank you very much! Your nurses are very good. God will bless you.' Thanks = compliment")
A("cs", "complaint", "H", "fb", "c",
  "pri prevozu na jine oddeleni jste tatovi ztratili bryle i naslouchatko a nikdo nic nevi. fakt super sluzba",
  "CS (no diacritics): 'when moving him to another ward you lost dad's glasses and hearing aid and nobody knows anything. really great service (sarcasm).' Complaint")
A("cs", "compliment", "C", "ig", "c",
  "Sestřička na dětském mě úplně zabila, když dceři vysvětlovala, že injekce je jen „kouzelný komár“ 😂 děkujeme!",
  "CS: 'The nurse on the children's ward absolutely killed me when she explained to my daughter that the injection is just a \"magic mosquito\". Thank you!' Idiom 'killed me' = made me laugh; thanks",
  trap="idiom: she killed me (laughing)")
A("sk", "pals", "E", "fb", "c",
  "Dobrý deň, kde presne je Brockfield House? V piatok idem prvýkrát na návštevu za bratom a neviem, či sa tam dá zaparkovať",
  "SK: 'Good afternoon, where exactly is Brockfield House? On Friday I'm visiting my brother for the first time and don't know if I can park there.' Visiting/parking = pals")
A("sk", "crisis", "E", "fb", "d",
  "moja sestra napisala na fb ze sa so vsetkymi luci a nedviha telefon. byva v Basildone sama, prosim pomozte",
  "SK (no diacritics): 'my sister wrote on fb that she is saying goodbye to everyone and isn't picking up the phone. she lives alone in Basildon, please help.' Third party's worry = crisis",
  kind="third_party")
A("el-Latn", "compliment", "H", "fb", "c",
  "pethaina apo ton pono sti mesi alla o fysiotherapeftis sas ekane thavmata se 3 synedries. efxaristo poli!",
  "EL (Greeklish): 'I was dying of back pain but your physiotherapist worked miracles in 3 sessions. thank you very much!' Idiom; thanks",
  trap="idiom: dying of pain")
A("el", "general", "C", "fb", "c",
  "Καλά Χριστούγεννα σε όλο το προσωπικό που δουλεύει σήμερα! 🎄",
  "EL: 'Merry Christmas to all the staff working today!' Greeting = general",
  when="2026-12-25T14:05:00Z")
A("ne", "pals", "H", "fb", "c",
  "नमस्ते, बुवाको एक्स-रे रिपोर्ट कहिले आउँछ? GP ले अस्पतालबाट आउँछ भन्नुभयो, दुई हप्ता भयो",
  "NE: 'Hello, when will dad's X-ray report come? The GP said it comes from the hospital, it's been two weeks.' Results query = pals")
