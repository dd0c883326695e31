from common import A

# -------------------------------------------------------------- Arabic (ar)
A("ar", "crisis", "C", "ig", "c",
  "خلص ما عاد فيني، تعبت من كل شي. سامحوني",
  "AR (Levantine): 'That's it, I can't any more, I'm tired of everything. Forgive me.' Farewell = crisis",
  kind="farewell")
A("ar", "crisis", "T", "fb", "d",
  "مش هتحتاجوا تتصلوا بيا تاني. بعد بكرة مش هكون موجود",
  "AR (Egyptian): 'You won't need to call me again. After tomorrow I won't be around.' Not expecting to be around = crisis",
  kind="not_around")
A("ar-Latn", "crisis", "T", "fb", "d",
  "akhoya katab 3ala el facebook 'ma3 el salama ya gama3a' w mesh byrod 3al telefon. howa kan 3andkom fel ward el shahr elly fat. e3melo 7aga plz",
  "AR (Egyptian, Arabizi): 'my brother wrote on facebook \"goodbye everyone\" and isn't answering the phone. he was on your ward last month. do something please.' Third party's worry = crisis",
  kind="third_party")
A("ar", "crisis", "C", "wa", "d",
  "أحس إني عبء على أهلي، وجودي مو مفيد لأحد. يمكن لو رحت يرتاحون",
  "AR (Gulf): 'I feel I'm a burden on my family, my being here is no use to anyone. Maybe if I went they'd have some rest.' Burden = crisis",
  kind="burden")
A("ar", "pals", "C", "fb", "c",
  "السلام عليكم، هل يمكن توفير مترجم عربي لموعد والدتي في مستشفى العيون يوم الثلاثاء؟ شكراً لكم",
  "AR: 'Peace be upon you, can an Arabic interpreter be provided for my mother's appointment at the eye hospital on Tuesday? Thank you.' Interpreter request = pals")
A("ar", "complaint", "H", "fb", "c",
  "بقالنا ٥ ساعات في الطوارئ ومحدش عبرنا، والممرضة كلمتنا بقلة ذوق. ده مش مستشفى ده سوق",
  "AR (Egyptian): 'We've been in A&E 5 hours and nobody has paid us any attention, and the nurse spoke to us rudely. This isn't a hospital, it's a market.' Complaint")
A("ar", "clinical_question", "C", "fb", "d",
  "مرحبا، بنتي عمرها سنة وحرارتها ٣٩ من امبارح، عطيتها بنادول من ساعتين، قديش بقدر أعطيها كمان؟",
  "AR (Levantine): 'Hi, my daughter is one and has had a temperature of 39 since yesterday, I gave her Panadol two hours ago, how much more can I give her?' Dosage = clinical_question")
A("ar", "compliment", "C", "fb", "c",
  "جزاكم الله خيراً على حسن المعاملة، الطاقم في قسم الولادة كانوا رائعين مع زوجتي وطمّنونا طول الليل",
  "AR: 'May God reward you for your kindness, the maternity staff were wonderful with my wife and reassured us all night.' Thanks = compliment")
A("ar", "compliment", "E", "fb", "c",
  "كنت رح موت من الخوف قبل العملية، بس الممرضة ضلت ماسكة إيدي لحد ما نمت. الله يحميها ويحميكم كلكم",
  "AR (Levantine): 'I was going to die of fear before the operation, but the nurse kept holding my hand until I fell asleep. God protect her and all of you.' Idiom; thanks",
  trap="idiom: going to die of fear")
A("ar-Latn", "threat", "H", "ig", "c",
  "wallahi law ma 7ada 7all mawdoo3 abouya el yom, ra7 aji w a7ra2 el makan kollo",
  "AR (Levantine, Arabizi): 'I swear if nobody sorts out my father's case today, I'll come and burn the whole place.' Arson threat = threat",
  kind="arson")
A("ar", "abuse", "T", "x", "r",
  "كلاب، كلكم كلاب ولاد ستين كلب",
  "AR: 'Dogs, you're all dogs, sons of sixty dogs.' Insults = abuse",
  fl="a")
A("ar", "subject_access", "H", "fb", "d",
  "أرجو تزويدي بنسخة من تسجيلات كاميرات المراقبة لي في قسم الطوارئ ليلة ١٢ ديسمبر، لأنني سقطت هناك في الممر وأحتاجها للتأمين",
  "AR: 'Please provide me with a copy of the CCTV footage of me in A&E on the night of 12 December, because I fell in the corridor there and need it for insurance.' CCTV of oneself = subject_access",
  when="2026-12-16T11:20:00Z")
A("ar", "spam", "R", "fb", "c",
  "مبروك! 🎁 لقد ربحت آيفون ١٦ برو. اضغط على الرابط لاستلام جائزتك قبل انتهاء العرض bit.ly/3Gf9kQz",
  "AR: 'Congratulations! You've won an iPhone 16 Pro. Click the link to claim your prize before the offer ends.' Scam = spam")
A("ar", "media", "E", "fb", "d",
  "مرحباً، أنا ريم صحفية في قناة 'العرب في بريطانيا'. نعدّ تقريراً عن الصحة النفسية للاجئين في إسكس، هل يمكن ترتيب مقابلة مع أحد مسؤولي الخدمة؟",
  "AR: 'Hello, I'm Reem, a journalist at the \"Arabs in Britain\" channel. We're preparing a report on refugees' mental health in Essex, can an interview with a service lead be arranged?' Journalist = media")
A("ar", "compliment", "R", "fb", "c",
  "الأكل في الكافتيريا صار قنبلة 🔥 برافو عليكم",
  "AR: 'The food in the cafeteria has become a bomb (amazing), bravo to you.' 'Bomb' = great; praise",
  trap="'bomb' = amazing")
A("ar", "foi", "C", "fb", "d",
  "السلام عليكم، أرغب بمعرفة عدد الشكاوى المتعلقة بعدم توفر مترجمين خلال عام ٢٠٢٥، وما هي سياسة الترست المكتوبة لحجز المترجمين. مع الشكر، سامر الحلبي - samer.halabi@hotmail.co.uk",
  "AR: 'I'd like to know the number of complaints about interpreters not being available in 2025, and what the trust's written policy is for booking interpreters. Thanks, Samer Al-Halabi, [e-mail].' foi")
A("ar", "complaint", "H", "fb", "c",
  "سجلت صوت الحارس عند المدخل وهو يهيننا ويقول لنا ارجعوا لبلدكم، التسجيل معي. هذا تصرف عنصري وأريد تقديم شكوى رسمية",
  "AR: 'I recorded the voice of the guard at the entrance insulting us and telling us to go back to our country, I have the recording. This is racist behaviour and I want to make a formal complaint.' Complaint; audio recording of staff",
  fl="r")

# ------------------------------------------------------------- Persian (fa)
A("fa", "crisis", "E", "fb", "d",
  "امروز یه آرامش عجیبی دارم. بعد از این همه ماه، بالاخره تصمیمم رو گرفتم. از همه‌تون ممنونم",
  "FA: 'Today I have a strange calm. After all these months, I've finally made my decision. Thank you all.' Sudden calm + decision = crisis",
  kind="calm")
A("fa-Latn", "crisis", "T", "ig", "d",
  "kheyli khaste shodam. dige hich omidi nadaram ke behtar sham, har chi dar zadam baste bood",
  "FA (Finglish): 'I've got so tired. I have no hope left of getting better, every door I knocked on was closed.' Hopelessness = crisis",
  kind="hopelessness")
A("fa", "crisis", "T", "fb", "d",
  "برادرم رفته بالای پل و نمیاد پایین، نزدیک میدلزبرو هستیم. تلفنش رو جواب میده ولی فقط خداحافظی می‌کنه. لطفا کمک کنید",
  "FA: 'My brother has gone up on the bridge and won't come down, we're near Middlesbrough. He answers his phone but only says goodbye. Please help.' High place, third party = crisis",
  kind="high_place", when="2026-11-22T19:33:00Z")
A("fa", "pals", "C", "fb", "c",
  "سلام، امکانش هست برای نوبت دکتر مادرم یه مترجم فارسی داشته باشیم؟ ممنون میشم",
  "FA: 'Hi, is it possible to have a Persian interpreter for my mother's doctor's appointment? I'd be grateful.' Interpreter request = pals")
A("fa", "complaint", "T", "fb", "c",
  "سه ماهه منتظر نوبت روانپزشک هستم، هیچ کس جواب ایمیل‌هامو نمیده. واقعا افتضاحه",
  "FA: 'I've been waiting three months for a psychiatrist appointment, nobody answers my emails. Really awful.' Complaint")
A("fa", "compliment", "H", "fb", "c",
  "قربونتون برم، خیلی با بابام مهربون بودین 🌹 دستتون درد نکنه",
  "FA: 'May I be sacrificed for you (endearment), you were so kind to my dad. Thank you so much.' Idiom of affection; thanks",
  trap="idiom: 'may I be sacrificed for you'")
A("fa", "compliment", "T", "ig", "c",
  "کشته‌مرده‌ی این تیم پرستاری‌ام 😍 دمتون گرم که این‌قدر حواستون به مامانم بود",
  "FA: 'I'm \"killed-and-dead\" (crazy) about this nursing team, well done for taking such care of my mum.' Idiom; praise",
  trap="idiom: 'killed-and-dead' = huge fan")
A("fa-Latn", "threat", "C", "ig", "d",
  "age ta farda javab nadin miam oonja ye kari mikonam ke hamatun ta akhar omr yadetun bemoone",
  "FA (Finglish): 'if you don't answer by tomorrow I'll come there and do something you'll all remember for the rest of your lives.' Ultimatum, veiled = threat",
  kind="ultimatum")
A("fa", "abuse", "E", "ig", "c",
  "همه‌تون بی‌شعور و آشغالید",
  "FA: 'All of you are idiots and rubbish.' Insults = abuse",
  fl="a")
A("fa", "media", "T", "x", "d",
  "سلام، من از پادکست «ایرانی‌های شمال انگلیس» هستم. درباره خدمات سلامت روان برای پناهجویان گزارشی تهیه می‌کنیم. امکان مصاحبه با کسی از تیم هست؟",
  "FA: 'Hi, I'm from the podcast \"Iranians of the North of England\". We're preparing a report on mental health services for asylum seekers. Is an interview with someone from the team possible?' Podcast = media")

# ------------------------------------------------------------- Turkish (tr)
A("tr", "crisis", "E", "fb", "d",
  "artık dayanamıyorum. herkes kendine iyi baksın. hakkınızı helal edin",
  "TR: 'I can't bear it any more. everyone look after yourselves. forgive me any wrong I've done you (a deathbed farewell).' Farewell = crisis",
  kind="farewell")
A("tr", "crisis", "H", "wa", "d",
  "Evdeki bütün ilaçları bir kenara ayırdım. Sanırım yeterli. Bu gece sessiz olacak.",
  "TR: 'I've set aside all the medicines in the house. I think it's enough. Tonight will be quiet.' Means = crisis",
  kind="means")
A("tr", "crisis", "C", "fb", "d",
  "abim 3 gundur odasindan cikmiyor, bugun 'yakinda hepinizi rahatlatacagim' dedi. ne yapmaliyiz, kime soyleyelim",
  "TR: 'my brother hasn't left his room for 3 days, today he said \"soon I'll give you all relief\". what should we do, who do we tell.' Third party's worry = crisis",
  kind="third_party")
A("tr", "pals", "H", "fb", "c",
  "Merhaba, Türkçe tercüman talep edebilir miyim? Annemin gelecek hafta MR randevusu var",
  "TR: 'Hello, can I request a Turkish interpreter? My mum has an MRI appointment next week.' Interpreter request = pals")
A("tr", "complaint", "H", "ot", "rv",
  "Acil serviste 9 saat bekledik, çocuğum kustu durdu, kimse ilgilenmedi. Rezalet!",
  "TR: 'We waited 9 hours in A&E, my child kept vomiting, nobody paid attention. Disgraceful!' Complaint (review)")
A("tr", "compliment", "C", "fb", "c",
  "Doğumhanedeki ebe Ayşe Hanım'a çok teşekkürler, benimle Türkçe konuşup beni çok rahatlattı 🙏",
  "TR: 'Many thanks to midwife Ayşe Hanım on the labour ward, she spoke Turkish with me and put me at ease.' Thanks naming a midwife",
  fl="n")
A("tr", "compliment", "R", "fb", "c",
  "Babamın ameliyatı bitene kadar korkudan ölecektim ama hemşireler her saat gelip bilgi verdi. Allah razı olsun 🙏",
  "TR: 'I was going to die of fear until my father's operation finished, but the nurses came every hour to update us. God bless them.' Idiom; thanks",
  trap="idiom: going to die of fear")
A("tr", "compliment", "C", "ig", "c",
  "Kafeteryadaki çocuk her sabah kahvemi hazır ediyor, sizin için ölürüm ☕😄",
  "TR: 'The lad in the cafeteria has my coffee ready every morning, I'd die for you.' Idiom; praise",
  trap="idiom: I'd die for you")
A("tr", "threat", "H", "fb", "c",
  "o güvenlik görevlisini dışarıda bir görürsem bacaklarını kırarım, bilsin",
  "TR: 'if I see that security guard outside I'll break his legs, let him know.' Threat of violence",
  kind="direct")
A("tr", "abuse", "E", "x", "r",
  "şerefsizler, hepiniz bir işe yaramazsınız. a.q.",
  "TR: 'dishonourable scum, you're all useless. [obscenity abbreviation].' Abuse",
  fl="a")
A("tr", "foi", "H", "fb", "d",
  "Merhaba, 2025 yılında tercümanlık hizmeti için toplam ne kadar ödendi ve hangi firmalarla sözleşme yapıldı? Cevabı emre.kaya.ldn@gmail.com adresine gönderebilir misiniz? Emre Kaya",
  "TR: 'Hello, how much was paid in total for interpreting services in 2025 and which firms were contracted? Could you send the answer to [e-mail]? Emre Kaya.' foi")
A("tr", "threat", "R", "fb", "c",
  "o klinikte bir daha anneme böyle davranırlarsa benzin döküp yakarım orayı, şaka sanmayın",
  "TR: 'if they treat my mother like that at that clinic again I'll pour petrol and burn the place, don't think it's a joke.' Arson threat = threat",
  kind="arson")
A("tr", "media", "H", "fb", "d",
  "Merhaba, Londra'da yayın yapan Avrupa Türk FM'den arıyorum. Türkçe konuşan hastalar için tercüman hizmeti hakkında canlı yayında kısa bir röportaj yapabilir miyiz?",
  "TR: 'Hello, I'm calling from Avrupa Türk FM which broadcasts in London. Could we do a short live interview about interpreter services for Turkish-speaking patients?' Broadcaster = media")

# -------------------------------------------------------------- Somali (so)
A("so", "crisis", "C", "fb", "d",
  "Waan daalay walaal, noloshu macno ma leh. Qof walba wuu iga nasan lahaa haddii aan maqnaado.",
  "SO: 'I'm tired, sibling, life has no meaning. Everyone would get a rest from me if I were gone.' Burden = crisis",
  kind="burden")
A("so", "crisis", "C", "fb", "d",
  "Fadlan i caawiya, walaalkay wuxuu facebook ku qoray 'nabad gelyo dhammaantiin' hadda telefoonka ma qabanayo. Wuxuu deggan yahay Moss Side",
  "SO: 'Please help me, my brother wrote on facebook \"goodbye all of you\" and now isn't answering the phone. He lives in Moss Side.' Third party's worry = crisis",
  kind="third_party")
A("so", "pals", "C", "fb", "c",
  "Asc, ma heli karaa turjubaan Soomaali ah ballanta hooyaday ee Isniinta? Mahadsanid",
  "SO: 'Salaam, can I get a Somali interpreter for my mother's appointment on Monday? Thank you.' Interpreter request = pals")
A("so", "complaint", "C", "fb", "c",
  "Saddex saac ayaan sugnay, dhakhtar nala hadlay ma jirin. Turjubaan ayaan codsanay lamana keenin. Aad baan uga xunnahay sida naloola dhaqmay",
  "SO: 'We waited three hours and no doctor spoke to us. We asked for an interpreter and none was brought. I'm very upset at how we were treated.' Complaint")
A("so", "compliment", "C", "fb", "c",
  "Mahadsanidiin kalkaalisooyinka qaybta carruurta, Ilaahay ha idin barakeeyo 🤲",
  "SO: 'Thank you to the nurses on the children's unit, may God bless you.' Thanks = compliment")
A("so", "clinical_question", "C", "fb", "d",
  "Wiilkayga 5 jirka ah qandho ayuu qabaa laba maalmood, ma siin karaa Calpol iyo ibuprofen isku mar?",
  "SO: 'My 5-year-old son has had a fever for two days, can I give Calpol and ibuprofen at the same time?' Medication question = clinical_question")
A("so", "crisis", "C", "wa", "d",
  "Wax walba waan isku dayay, dhakhtar, daawo, wadaad. Waxba isma beddelayaan. Ma rabo inaan sii noolaado sidan.",
  "SO: 'I've tried everything, doctor, medicine, religious healer. Nothing changes. I don't want to go on living like this.' Hopelessness = crisis",
  kind="hopelessness")
A("so", "abuse", "C", "fb", "c",
  "Nacasyo doqomo ah baad tihiin dhammaantiin, waxba ma taqaanniin",
  "SO: 'You're all stupid idiots, you know nothing.' Insults = abuse",
  fl="a")
A("so", "threat", "C", "fb", "c",
  "Haddii hooyaday wax ku dhacaan, dhakhtarka mas'uulka ka ah waan raadin doonaa. Waan garanayaa halka uu deggan yahay.",
  "SO: 'If anything happens to my mother, I will go looking for the doctor responsible. I know where he lives.' Threat hinting at the doctor's home = threat",
  kind="doxxing")
A("so", "general", "C", "fb", "c",
  "Sanad cusub oo wanaagsan dhammaan shaqaalaha 🎉 Ilaahay ha idinla jiro",
  "SO: 'A good new year to all the staff, may God be with you.' Greeting = general",
  when="2027-01-01T15:48:00Z")
A("so", "spam", "T", "fb", "c",
  "Lacag u dir Soomaaliya qiimo jaban! Dhaqso iyo ammaan. Nagala soo xiriir WhatsApp 📲",
  "SO: 'Send money to Somalia at low cost! Fast and safe. Contact us on WhatsApp.' Irrelevant advertising = spam")

# ----------------------------------------------------- less common languages
A("ckb", "crisis", "T", "fb", "d",
  "ئیتر ناتوانم. زۆر ماندووم لە ژیان، هیچ شتێک باشتر نابێت",
  "KU (Sorani): 'I can't any more. I'm so tired of life, nothing will get better.' Hopelessness = crisis",
  kind="hopelessness")
A("ckb", "pals", "T", "fb", "c",
  "سڵاو، دایکم لە Roseberry Park ـە. کاتی سەردانیکردن کەیە؟ دەتوانم منداڵەکانم لەگەڵ خۆم بهێنم؟",
  "KU (Sorani): 'Hello, my mother is at Roseberry Park. When are visiting times? Can I bring my children with me?' Visiting question = pals")
A("ps", "crisis", "C", "wa", "d",
  "نور نه شم کولای. ټول به زما نه پرته خوشحاله وي",
  "PS: 'I can't any more. Everyone would be happier without me.' Burden = crisis",
  kind="burden")
A("ps", "pals", "H", "fb", "c",
  "سلام، زه له Southall نه Hillingdon روغتون ته څنګه ورشم؟ کوم بس ځي؟ مننه",
  "PS: 'Hello, how do I get from Southall to Hillingdon Hospital? Which bus goes there? Thanks.' Access question = pals")
A("ti", "crisis", "T", "fb", "d",
  "ኣዝየ ደኺመ። ህይወተይ ትርጉም የብላን። ኩሉ ነገር ክውዳእ እደሊ።",
  "TI: 'I am very tired. My life has no meaning. I want everything to end.' Hopelessness = crisis",
  kind="hopelessness")
A("ti", "pals", "E", "fb", "c",
  "ሰላም፡ ንቆጸራ ኣደይ ተርጓሚ ትግርኛ ክረክብ ይኽእል ዶ? የቐንየለይ",
  "TI: 'Hello, can I get a Tigrinya interpreter for my mother's appointment? Thank you.' Interpreter request = pals")
A("am", "crisis", "H", "fb", "d",
  "ከዚህ በኋላ መኖር አልፈልግም። ሁሉም ያለ እኔ ይሻላቸዋል።",
  "AM: 'I don't want to live after this. Everyone is better off without me.' Burden = crisis",
  kind="burden")
A("am", "compliment", "H", "fb", "c",
  "ለነርሶቹ በጣም አመሰግናለሁ፣ እናቴን በደንብ ተንከባከባችኋት። እግዚአብሔር ይባርካችሁ",
  "AM: 'Thank you very much to the nurses, you looked after my mother well. God bless you.' Thanks = compliment")
