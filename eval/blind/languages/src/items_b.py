from common import A

# ----------------------------------------------------- Panjabi, Gurmukhi (pa)
A("pa", "crisis", "R", "wa", "d",
  "ਮੈਂ ਆਪਣੇ ਪਰਿਵਾਰ ਉੱਤੇ ਬੋਝ ਬਣ ਗਿਆ ਹਾਂ। ਬੱਚਿਆਂ ਦੀਆਂ ਫੀਸਾਂ, ਘਰ ਦਾ ਕਿਰਾਇਆ, ਸਭ ਕੁਝ ਮੇਰੇ ਕਰਕੇ ਔਖਾ ਹੈ। ਹੁਣ ਜੀਣ ਦਾ ਕੋਈ ਮਤਲਬ ਨਹੀਂ ਲੱਗਦਾ।",
  "PA: 'I have become a burden on my family. The children's fees, the rent, everything is hard because of me. Now there seems no point in living.' Burden = crisis",
  kind="burden")
A("pa", "crisis", "R", "fb", "d",
  "ਮੇਰੇ ਪਿਤਾ ਜੀ ਨੇ ਕੱਲ੍ਹ ਤੋਂ ਕੁਝ ਨਹੀਂ ਖਾਧਾ, ਕਹਿੰਦੇ ਹਨ 'ਮੇਰਾ ਸਮਾਂ ਪੂਰਾ ਹੋ ਗਿਆ'। ਉਹਨਾਂ ਨੇ ਆਪਣੀਆਂ ਸਾਰੀਆਂ ਗੋਲੀਆਂ ਇੱਕ ਡੱਬੇ ਵਿੱਚ ਇਕੱਠੀਆਂ ਕਰ ਲਈਆਂ ਹਨ। ਅਸੀਂ ਕੀ ਕਰੀਏ?",
  "PA: 'My father hasn't eaten anything since yesterday, he says \"my time is up\". He has collected all his tablets together in one box. What should we do?' Third party's worry + means = crisis",
  kind="third_party")
A("pa", "pals", "R", "fb", "c",
  "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਕੀ ਨਿਊ ਕਰਾਸ ਹਸਪਤਾਲ ਵਿੱਚ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲਾ ਦੁਭਾਸ਼ੀਆ ਮਿਲ ਸਕਦਾ ਹੈ? ਮਾਤਾ ਜੀ ਦੀ ਅਗਲੇ ਹਫ਼ਤੇ ਅੱਖਾਂ ਵਾਲੇ ਡਾਕਟਰ ਨਾਲ ਅਪੌਇੰਟਮੈਂਟ ਹੈ।",
  "PA: 'Sat Sri Akal, can we get a Punjabi-speaking interpreter at New Cross Hospital? Mum has an appointment with the eye doctor next week.' Interpreter request = pals")
A("pa", "compliment", "R", "fb", "c",
  "ਵਾਰਡ ਦੇ ਸਾਰੇ ਸਟਾਫ਼ ਦਾ ਬਹੁਤ ਬਹੁਤ ਧੰਨਵਾਦ। ਤੁਸੀਂ ਦਾਦਾ ਜੀ ਦੀ ਦਿਲੋਂ ਸੇਵਾ ਕੀਤੀ। ਵਾਹਿਗੁਰੂ ਤੁਹਾਨੂੰ ਚੜ੍ਹਦੀ ਕਲਾ ਵਿੱਚ ਰੱਖੇ 🙏",
  "PA: 'Many many thanks to all the ward staff. You looked after grandfather with all your heart. May Waheguru keep you in high spirits.' Thanks = compliment")
A("pa", "complaint", "R", "ot", "rv",
  "ਚਾਰ ਘੰਟੇ ਉਡੀਕ ਕਰਾਈ ਤੇ ਫਿਰ ਕਹਿ ਦਿੱਤਾ ਕਿ ਡਾਕਟਰ ਘਰ ਚਲਾ ਗਿਆ। ਅੱਸੀ ਸਾਲ ਦੇ ਬੰਦੇ ਨਾਲ ਇਹ ਸਲੂਕ? ਸ਼ਰਮ ਆਉਣੀ ਚਾਹੀਦੀ ਹੈ।",
  "PA: 'They made us wait four hours and then said the doctor had gone home. This treatment of an eighty-year-old man? You should be ashamed.' Complaint (review)")
A("pa", "clinical_question", "R", "fb", "d",
  "ਮੈਂ ਸ਼ੂਗਰ ਲਈ ਮੈਟਫੋਰਮਿਨ ਲੈਂਦਾ ਹਾਂ। ਇਹ ਰੋਟੀ ਤੋਂ ਪਹਿਲਾਂ ਲੈਣੀ ਹੈ ਜਾਂ ਬਾਅਦ ਵਿੱਚ? ਪੇਟ ਬਹੁਤ ਖ਼ਰਾਬ ਰਹਿੰਦਾ ਹੈ।",
  "PA: 'I take metformin for diabetes. Should it be taken before food or after? My stomach is always upset.' Medication question = clinical_question")
A("pa", "threat", "R", "fb", "c",
  "ਜੇ ਮੇਰੀ ਭੈਣ ਨੂੰ ਕੁਝ ਹੋਇਆ ਤਾਂ ਉਸ ਡਾਕਟਰ ਨੂੰ ਮੈਂ ਛੱਡਾਂਗਾ ਨਹੀਂ। ਮੈਨੂੰ ਪਤਾ ਹੈ ਉਹ ਕਿਹੜੀ ਗੱਡੀ ਚਲਾਉਂਦਾ ਤੇ ਕਿੱਥੇ ਖੜ੍ਹੀ ਕਰਦਾ।",
  "PA: 'If anything happens to my sister I won't spare that doctor. I know which car he drives and where he parks it.' Veiled threat with the doctor's car = threat",
  kind="veiled")
A("pa", "general", "R", "fb", "c",
  "ਸਾਰੀ ਸੰਗਤ ਨੂੰ ਗੁਰਪੁਰਬ ਦੀਆਂ ਲੱਖ ਲੱਖ ਵਧਾਈਆਂ 🙏 ਅੱਜ ਡਿਊਟੀ ਕਰ ਰਹੇ ਸਾਰੇ ਵੀਰਾਂ ਭੈਣਾਂ ਨੂੰ ਵੀ",
  "PA: 'Many congratulations on Gurpurab to the whole community, and to all the brothers and sisters on duty today.' Festival greeting = general",
  when="2026-11-24T12:30:00Z")
A("pa", "crisis", "R", "fb", "d",
  "ਹੁਣ ਕੋਈ ਫ਼ਾਇਦਾ ਨਹੀਂ ਡਾਕਟਰ ਸਾਹਿਬ। ਬੱਸ ਥੋੜ੍ਹੇ ਦਿਨ ਹੋਰ, ਫਿਰ ਸਭ ਨੂੰ ਮੇਰੇ ਤੋਂ ਛੁਟਕਾਰਾ ਮਿਲ ਜਾਊ।",
  "PA: 'There's no use now, doctor. Just a few more days, then everyone will be rid of me.' Not expecting to be around = crisis",
  kind="not_around")

# ------------------------------------------------- Panjabi, romanised (pa-Latn)
A("pa-Latn", "crisis", "R", "ig", "d",
  "bas hun hor nahi hunda yaar. roz roz ohi dard. kal gurdwara sahib ja ke sab nu aakhri vaar mil auna, fer shanti",
  "PA (romanised): 'that's it, I can't take any more mate. the same pain every day. tomorrow I'll go to the gurdwara and see everyone one last time, then peace.' Plan for a day + farewell = crisis",
  kind="plan_date")
A("pa-Latn", "crisis", "R", "ig", "d",
  "veerji help karo plz, mere chote bhra ne insta te story payi 'goodbye everyone, sorry' te hun phone band aa. oh pichle saal vi admit reh chukka. asi Wolverhampton rehnde aa",
  "PA (romanised): 'brother please help, my little brother put a story on insta \"goodbye everyone, sorry\" and now his phone is off. he was admitted last year too. we live in Wolverhampton.' Third party's worry = crisis",
  kind="third_party", when="2026-11-21T22:51:00Z")
A("pa-Latn", "pals", "R", "fb", "d",
  "sat sri akal ji, mummy di 14 January wali appointment agge karni aa, oh India gaye hoye ne te March ch aunge. ki karna paina?",
  "PA (romanised): 'Sat Sri Akal, mum's 14 January appointment needs moving, she's gone to India and will be back in March. what do we have to do?' Rescheduling = pals",
  when="2026-12-02T18:20:00Z")
A("pa-Latn", "complaint", "R", "fb", "c",
  "reception wali kudi ne bebe naal bahut bura vihaar kita. bebe nu angrezi nahi aundi te ohne hass ke gall taal ditti. eh koi tarika aa?",
  "PA (romanised): 'the girl on reception treated grandma really badly. grandma doesn't speak English and she laughed and brushed her off. is this any way to behave?' Complaint about staff")
A("pa-Latn", "compliment", "R", "fb", "c",
  "doctor sahab ne taan kamaal kar ditta 👌 main taan sochya si aaj taan mar gaye, chest ch inna dard si, par 2 ghante ch sab check karke ghar bhej ditta. thank u New Cross",
  "PA (romanised): 'the doctor was amazing. I thought today I'm done for, such pain in my chest, but in 2 hours they checked everything and sent me home. thank you New Cross.' Idiom 'thought I'd die'; thanks",
  trap="idiom: thought I was dead")
A("pa-Latn", "abuse", "R", "x", "r",
  "saare de saare k*njar bhare ne is hospital ch, dafa ho jao sab",
  "PA (romanised): 'this hospital is full of [insult/slur], every last one, get lost all of you.' Insults, no complaint = abuse",
  fl="a")
A("pa-Latn", "spam", "R", "fb", "c",
  "UK study visa 100% guarantee!! IELTS di lod nahi. Jassi naal gall karo WhatsApp 07700 900355 🇬🇧🇨🇦",
  "PA (romanised): 'UK study visa 100% guaranteed!! No IELTS needed. Talk to Jassi on WhatsApp [number].' Irrelevant advertising = spam")
A("pa-Latn", "clinical_question", "R", "fb", "d",
  "bhabi de c-section nu 10 din ho gaye, tankeyan kol thoda paani jeha te laali aa. normal aa ki doctor nu dikhauna paina?",
  "PA (romanised): 'it's been 10 days since my sister-in-law's c-section, there's a bit of watery discharge and redness by the stitches. is it normal or does she need to see a doctor?' Clinical advice = clinical_question")
A("pa-Latn", "threat", "R", "fb", "c",
  "agli vaar oh security wala mainu hath la ke dekhe. ohda ghar Bilston ch aa, mainu pata. munde bhej dunga ohde ghar",
  "PA (romanised): 'let that security guard lay a hand on me next time. his house is in Bilston, I know it. I'll send the lads to his house.' Hinting at a staff member's home + incitement = threat",
  kind="doxxing")

# ---------------------------------------------------------- Urdu, Nastaliq (ur)
A("ur", "crisis", "C", "fb", "d",
  "میں سب کے لیے بوجھ بن چکی ہوں۔ میرے بچوں کا خیال رکھنا، اب میں اور نہیں سہہ سکتی",
  "UR: 'I have become a burden for everyone. Look after my children, I can't bear it any more.' Burden + farewell = crisis",
  kind="burden")
A("ur", "crisis", "C", "wa", "d",
  "میں نے مہینوں سے اپنی گولیاں جمع کر رکھی ہیں۔ آج رات سب ختم کر دوں گا۔ معاف کرنا",
  "UR: 'I've been collecting my tablets for months. Tonight I'll end it all. Forgive me.' Means + plan = crisis",
  kind="means", when="2026-12-13T23:40:00Z")
A("ur", "crisis", "H", "fb", "d",
  "میری بہن نے ابھی فون پر کہا ہے کہ وہ اپنی بلڈنگ کی چھت پر کھڑی ہے اور نیچے کود جائے گی۔ ہم ہیز میں رہتے ہیں... خدا کے لیے کوئی مدد کرے",
  "UR: 'My sister just said on the phone she's standing on the roof of her building and will jump. We live in Hayes... for God's sake someone help.' High place, third party = crisis",
  kind="high_place")
A("ur", "complaint", "C", "fb", "c",
  "ابو کو تین دن سے وارڈ میں رکھا ہوا ہے، کوئی ڈاکٹر ہم سے بات ہی نہیں کرتا۔ مترجم مانگا تو کہا کل آئے گا، تین دن سے کل ہی آ رہا ہے۔ یہ کیا طریقہ ہے؟",
  "UR: 'Dad has been kept on the ward for three days, no doctor even talks to us. We asked for an interpreter and were told tomorrow, it's been \"tomorrow\" for three days. What way is this?' Complaint")
A("ur", "pals", "H", "fb", "c",
  "السلام علیکم، کیا ہسپتال میں نماز کے لیے کوئی کمرہ ہے؟ اور کیا مریضوں کو حلال کھانا مل سکتا ہے؟ جزاک اللہ",
  "UR: 'Peace be upon you, is there a prayer room in the hospital? And can patients get halal food? Thank you.' Facilities question = pals")
A("ur", "subject_access", "C", "fb", "d",
  "مجھے اپنی والدہ مرحومہ کا مکمل میڈیکل ریکارڈ چاہیے۔ میں ان کی وصیت کا ایگزیکیوٹر ہوں اور کاغذات میرے پاس ہیں۔ درخواست کا کیا طریقہ ہے؟",
  "UR: 'I need my late mother's full medical record. I'm the executor of her will and have the papers. What is the procedure to apply?' Executor requesting deceased's records = subject_access")
A("ur", "compliment", "C", "fb", "c",
  "مانچسٹر رائل انفرمری کے عملے کا دل سے شکریہ۔ ڈاکٹر عائشہ نے میرے بیٹے کا بہت خیال رکھا اور ہر بات اردو میں سمجھائی۔ اللہ آپ سب کو خوش رکھے",
  "UR: 'Heartfelt thanks to the Manchester Royal Infirmary staff. Dr Ayesha took great care of my son and explained everything in Urdu. May God keep you all happy.' Thanks naming a doctor",
  fl="n")
A("ur", "abuse", "C", "x", "r",
  "یہ گورے ڈاکٹر ہم مسلمانوں سے نفرت کرتے ہیں، سب کے سب سور کی اولاد ہیں",
  "UR: 'These white doctors hate us Muslims, every one of them is the offspring of pigs.' Racial hate and insults about staff = abuse",
  fl="a")
A("ur", "compliment", "H", "fb", "c",
  "بایوپسی کے نتیجے کا انتظار کرتے ہوئے تو جان ہی نکل گئی تھی، لیکن الحمدللہ سب ٹھیک ہے۔ کلینک والی سسٹر کا بہت شکریہ جو ہر روز فون کرتی رہیں",
  "UR: 'My life nearly left me waiting for the biopsy result, but thank God all is fine. Many thanks to the clinic sister who phoned every day.' Idiom; thanks",
  trap="idiom: life left me")
A("ur", "media", "C", "x", "d",
  "السلام علیکم، میں کمیونٹی ریڈیو 'صدائے مانچسٹر' سے عمران قریشی بات کر رہا ہوں۔ ہم سردیوں میں فلو ویکسین پر پروگرام کر رہے ہیں، کیا آپ کا کوئی ڈاکٹر اردو میں انٹرویو دے سکتا ہے؟",
  "UR: 'Peace be upon you, this is Imran Qureshi from community radio \"Sada-e-Manchester\". We're doing a programme on the winter flu vaccine, could one of your doctors give an interview in Urdu?' Broadcaster = media")
A("ur", "threat", "C", "x", "m",
  "@CMFTNHS تمہارے ہسپتال میں بم رکھا ہے۔ جمعہ کو سب اڑ جائے گا",
  "UR: 'A bomb has been placed in your hospital. On Friday everything will blow up.' Bomb threat = threat",
  kind="bomb")
A("ur", "foi", "C", "fb", "d",
  "براہ کرم بتائیں کہ 2025 میں ٹرسٹ نے اردو اور پنجابی مترجمین پر کتنی رقم خرچ کی اور کس ایجنسی سے معاہدہ ہے۔ جواب nadeem.akhtar.mcr@gmail.com پر بھیج دیں۔ شکریہ، ندیم اختر",
  "UR: 'Please tell me how much the trust spent on Urdu and Punjabi interpreters in 2025 and which agency holds the contract. Send the answer to [e-mail]. Thanks, Nadeem Akhtar.' Recorded information = foi")

# ------------------------------------------------------ Urdu, romanised (ur-Latn)
A("ur-Latn", "crisis", "C", "ig", "c",
  "bhai sach bataun to ab jeene ka dil nahi karta. har din same, koi faida nahi. ammi ko mat batana plz",
  "UR (romanised): 'honestly mate I don't feel like living any more. every day the same, no point. please don't tell mum.' Hopelessness = crisis",
  kind="hopelessness")
A("ur-Latn", "crisis", "R", "fb", "d",
  "kal tak bohot bura haal tha, aaj achanak bohat sukoon hai dil mein. faisla kar liya hai. sab ko maaf kar diya. shukriya aap logon ka jo itna saath diya",
  "UR (romanised): 'until yesterday I was in a very bad way, today suddenly there's such peace in my heart. I've made my decision. I've forgiven everyone. thank you all for standing by me so much.' Sudden calm after despair = crisis",
  kind="calm")
A("ur-Latn", "pals", "H", "fb", "c",
  "AoA, ye puchna tha ke Mount Vernon mein parking ka kya scene hai? disabled badge hai mere paas, kya free hai?",
  "UR (romanised): 'Salaam, I wanted to ask what the parking situation is at Mount Vernon? I have a disabled badge, is it free?' Parking question = pals")
A("ur-Latn", "complaint", "E", "fb", "c",
  "6 mahine se CAMHS referral ka wait kar rahe hain, beta din ba din chup hota ja raha hai aur koi call back nahi karta. kya mazaq hai ye",
  "UR (romanised): 'we've waited 6 months for the CAMHS referral, my son gets quieter by the day and nobody calls back. what a joke this is.' Complaint about waiting")
A("ur-Latn", "clinical_question", "C", "fb", "d",
  "doctor sahab 2 din se seene mein halka sa dard hai jab seedhiyan chadhta hun, kya A&E jana chahiye ya GP ka wait karun?",
  "UR (romanised): 'doctor, for 2 days I've had a slight chest pain when I climb stairs, should I go to A&E or wait for the GP?' Clinical advice = clinical_question")
A("ur-Latn", "compliment", "R", "ig", "c",
  "qasam se aapki canteen ki biryani ne maar dala 😍🔥 next level",
  "UR (romanised): 'I swear your canteen's biryani killed me, next level.' 'Killed me' = delicious; praise",
  trap="idiom: the biryani killed me")
A("ur-Latn", "abuse", "T", "ig", "c",
  "sab ke sab harami ho tum log, ghatiya log. thoo hai tum par",
  "UR (romanised): 'every one of you is a bastard, lowlifes. I spit on you.' Insults = abuse",
  fl="a")
A("ur-Latn", "spam", "C", "fb", "c",
  "Assalam o alaikum! bachon ke liye online Quran classes, UK ke time ke mutabiq. pehla hafta bilkul muft. abhi WhatsApp karein 07700 900614",
  "UR (romanised): 'Peace be upon you! Online Quran classes for children, on UK time. First week completely free. WhatsApp now [number].' Irrelevant advertising on a trust post = spam")
A("ur-Latn", "threat", "C", "wa", "d",
  "agar kal tak meri ammi ka operation nahi hua to main khud aa ke tumhari security ka band baja dunga, dekh lena",
  "UR (romanised): 'if my mum's operation isn't done by tomorrow I'll come myself and smash up your security, you'll see.' Ultimatum with violence = threat",
  kind="ultimatum")
A("ur-Latn", "pals", "C", "fb", "c",
  "AoA, mera NHS number {nhs:999347611:s} hai, please check kar ke bata dein meri eye hospital wali appointment kab hai? letter nahi aaya abhi tak",
  "UR (romanised): 'Salaam, my NHS number is [valid test number], please check and tell me when my eye hospital appointment is? the letter hasn't come yet.' Appointment = pals; NHS number posted publicly",
  fl="p")
A("ur-Latn", "compliment", "E", "fb", "c",
  "2 saal pehle main khud ko khatam karne wala tha, aapki crisis team ne raat 3 baje mujhe sambhala. aaj meri shaadi hai. bas shukriya kehna tha ❤️",
  "UR (romanised): '2 years ago I was about to end myself, your crisis team held me together at 3am. today is my wedding. I just wanted to say thank you.' Past crisis told as thanks = compliment",
  trap="past crisis told as thanks")

# ------------------------------------------------------- Hindi, Devanagari (hi)
A("hi", "crisis", "H", "fb", "d",
  "मैंने अपने सारे गहने छोटी बहन को दे दिए हैं और सबके लिए एक चिट्ठी भी लिख दी है। अब किसी को मेरी चिंता करने की ज़रूरत नहीं।",
  "HI: 'I've given all my jewellery to my younger sister and written a letter for everyone too. Now nobody needs to worry about me.' Giving belongings away + letter = crisis",
  kind="giving_away")
A("hi", "crisis", "E", "ig", "d",
  "हर रात हाथ पर ब्लेड चलाती हूँ, तभी नींद आती है। घर में किसी को पता नहीं है। आज ज़्यादा हो गया।",
  "HI: 'Every night I run a blade over my arm, only then can I sleep. Nobody at home knows. Today it went too far.' Ongoing self-harm, worse today = crisis",
  kind="self_harm")
A("hi", "pals", "H", "fb", "c",
  "नमस्ते, क्या अपॉइंटमेंट के लिए हिंदी दुभाषिया मिल सकता है? मेरी सास को अंग्रेज़ी बिल्कुल नहीं आती।",
  "HI: 'Hello, can we get a Hindi interpreter for the appointment? My mother-in-law doesn't speak any English.' Interpreter request = pals")
A("hi", "compliment", "H", "fb", "c",
  "हिलिंगडन अस्पताल की नर्सों को दिल से धन्यवाद, मेरी माँ का घुटने का ऑपरेशन बहुत अच्छे से हुआ 🙏",
  "HI: 'Heartfelt thanks to the nurses at Hillingdon Hospital, my mother's knee operation went very well.' Thanks = compliment")
A("hi", "complaint", "R", "x", "r",
  "पाँच बार फ़ोन किया, हर बार 'आपकी कॉल हमारे लिए महत्वपूर्ण है' और फिर लाइन कट। यह कैसी सेवा है?",
  "HI: 'I rang five times, every time \"your call is important to us\" and then the line cuts. What kind of service is this?' Complaint")
A("hi", "clinical_question", "R", "fb", "d",
  "मेरे पिताजी को वारफ़रिन दी गई है, क्या वो रात को हल्दी वाला दूध पी सकते हैं? मम्मी रोज़ देती हैं।",
  "HI: 'My father has been put on warfarin, can he drink turmeric milk at night? Mum gives it to him every day.' Interaction question = clinical_question")
A("hi", "compliment", "C", "fb", "c",
  "मरते दम तक याद रहेगा कि आप लोगों ने मेरे बेटे की कैसे देखभाल की। बच्चों के अस्पताल के सब डॉक्टरों और नर्सों को सलाम 🙏",
  "HI: 'I'll remember till my dying breath how you all looked after my son. Salute to all the doctors and nurses at the children's hospital.' Idiom 'till my dying breath'; thanks",
  trap="idiom: till my dying breath")
A("hi", "foi", "R", "x", "m",
  "@RWTNHS कृपया बताएं कि 2025-26 में ट्रस्ट ने भाषा अनुवाद सेवाओं पर कुल कितना खर्च किया और अनुबंध किस कंपनी के पास है। धन्यवाद — राजेश वर्मा",
  "HI: 'Please tell me how much the trust spent in total on language interpreting services in 2025-26 and which company holds the contract. Thank you, Rajesh Verma.' Recorded information = foi")
A("hi", "threat", "H", "fb", "c",
  "अगर मेरे भाई को आज डिस्चार्ज नहीं किया तो उस वार्ड मैनेजर को मैं सबक सिखा दूँगा। शाम को उसे घर तक छोड़ कर आऊँगा, समझ लेना।",
  "HI: 'If my brother isn't discharged today I'll teach that ward manager a lesson. I'll see her all the way home this evening, understand that.' Conditional, veiled threat to follow a staff member home = threat",
  kind="ultimatum")
A("hi", "pals", "H", "fb", "c",
  "क्या हिलिंगडन अस्पताल का पता Pield Heath Road, Uxbridge UB8 3NN ही है? टैक्सी वाले को बताना है, पहली बार आ रहे हैं",
  "HI: 'Is Hillingdon Hospital's address Pield Heath Road, Uxbridge UB8 3NN? I need to tell the taxi driver, we're coming for the first time.' Hospital's own published postcode is not personal data = pals",
  trap="hospital's own postcode")

# -------------------------------------------------------- Hindi, romanised (hi-Latn)
A("hi-Latn", "crisis", "E", "fb", "c",
  "sach bolu toh ab kisi cheez ka koi matlab nahi lagta. sab try kar liya, therapy, dawai, sab. kuch nahi badlega mere liye",
  "HI (romanised): 'to be honest nothing means anything any more. I've tried everything, therapy, medication, all of it. nothing will change for me.' Hopelessness = crisis",
  kind="hopelessness")
A("hi-Latn", "crisis", "H", "ig", "d",
  "meri friend ne abhi snap pe bheja ki usne 20 goliyan kha li hai. woh Harrow mein akeli rehti hai. kya karu pls jaldi batao",
  "HI (romanised): 'my friend just sent me on snap that she's swallowed 20 tablets. she lives alone in Harrow. what do I do please tell me quickly.' Overdose taken by someone else = crisis",
  kind="overdose", when="2026-12-28T01:15:00Z")
A("hi-Latn", "pals", "C", "fb", "c",
  "hello ji, kya visiting time mein bacche ward pe aa sakte hai? 8 saal ka beta hai, nani se milna chahta hai",
  "HI (romanised): 'hello, can children come onto the ward at visiting time? I have an 8-year-old son who wants to see his grandma.' Visiting question = pals")
A("hi-Latn", "compliment", "H", "x", "r",
  "maine toh socha tha aaj toh mar gaya 😂 itna dar lag raha tha, but nurse ne 2 min mein drip laga di, ekdum pro. thanks yaar",
  "HI (romanised): 'I thought today I was dead, I was so scared, but the nurse put the drip in in 2 minutes, totally pro. thanks mate.' Idiom; thanks",
  trap="idiom: thought I'd die")
A("hi-Latn", "abuse", "R", "x", "r",
  "tum log kisi kaam ke nahi ho, ch*tiye ho saare ke saare",
  "HI (romanised): 'you lot are good for nothing, every single one of you is a [vulgar insult].' Abuse",
  fl="a")
A("hi-Latn", "general", "H", "ig", "c",
  "naya saal mubarak ho sabko 🎉🎆 2027 mein sab healthy raho, khush raho",
  "HI (romanised): 'Happy new year everyone, stay healthy and happy in 2027.' Greeting = general",
  when="2027-01-01T09:03:00Z")
A("hi-Latn", "clinical_question", "H", "fb", "d",
  "periods 2 hafte se late hai aur neeche pet mein dard ho raha hai ek taraf. test negative aaya. kya doctor ke paas jaana chahiye?",
  "HI (romanised): 'my period is two weeks late and I have pain on one side of my lower belly. the test was negative. should I see a doctor?' Clinical advice = clinical_question")

# ------------------------------------------------------------- Bengali (bn)
A("bn", "crisis", "C", "fb", "d",
  "আমি আর পারছি না। সবাইকে বলবেন আমি দুঃখিত। আমার মেয়েটাকে দেখে রাখবেন।",
  "BN: 'I can't do this any more. Tell everyone I'm sorry. Look after my little girl.' Farewell = crisis",
  kind="farewell")
A("bn", "crisis", "E", "fb", "d",
  "আমার ভাই এইমাত্র ফোন করে বলল সে একটা বিল্ডিংয়ের ছাদে আছে, আর ফিরবে না। ও Southend এ থাকে। প্লিজ কেউ কিছু করেন",
  "BN: 'My brother just rang and said he's on the roof of a building and won't come back. He lives in Southend. Please someone do something.' High place, third party = crisis",
  kind="high_place", when="2026-11-08T00:26:00Z")
A("bn-Latn", "crisis", "C", "ig", "d",
  "amar jonno sobar khali kosto. ami na thakle ma-baba ektu shanti te thakbe. ar kichu bolar nai",
  "BN (romanised): 'everyone only suffers because of me. if I weren't here mum and dad would have a bit of peace. nothing more to say.' Burden = crisis",
  kind="burden")
A("bn", "pals", "C", "fb", "c",
  "আসসালামু আলাইকুম, আমার আম্মার চোখের অপারেশনের জন্য একজন সিলেটি দোভাষী লাগবে। কিভাবে বুক করব?",
  "BN: 'Peace be upon you, I need a Sylheti interpreter for my mum's eye operation. How do I book one?' Interpreter request = pals")
A("bn", "complaint", "E", "fb", "c",
  "আমরার আব্বারে চাইর ঘণ্টা বয়াইয়া রাখছে, কেউ একটা কথাও কইছে না। পানি চাইছি, তাও দেয় নাই। খুব খারাপ লাগছে",
  "BN (Sylheti): 'They kept our dad sitting four hours, nobody said a single word. We asked for water, they didn't even give that. Feel really bad.' Complaint")
A("bn", "compliment", "C", "fb", "c",
  "সেন্ট মেরিসের মিডওয়াইফদের অনেক অনেক ধন্যবাদ। আমার মেয়ে হয়েছে, আলহামদুলিল্লাহ 💕 আপনারা না থাকলে ভয়েই মরে যেতাম",
  "BN: 'Many many thanks to the St Mary's midwives. I've had a baby girl, praise God. Without you I'd have died of fright.' Thanks; idiom",
  trap="idiom: would have died of fright")
A("bn", "clinical_question", "C", "fb", "d",
  "আমার ৬ মাসের বাচ্চার দুইদিন ধরে পাতলা পায়খানা, দুধ খাচ্ছে কিন্তু কম। কখন হাসপাতালে আনা উচিত?",
  "BN: 'My 6-month-old has had diarrhoea for two days, feeding but less. When should I bring him to hospital?' Clinical advice = clinical_question")
A("bn", "subject_access", "E", "fb", "d",
  "আমি আমার নিজের মেডিকেল রিপোর্টের একটা কপি চাই, বাংলায় অনুবাদ সহ পাওয়া গেলে ভালো হয়। কোথায় আবেদন করব?",
  "BN: 'I want a copy of my own medical report, with a Bengali translation if possible. Where do I apply?' Own records = subject_access")
A("bn-Latn", "abuse", "C", "x", "r",
  "shob kuttar bachcha, ekta o manush na ekhane",
  "BN (romanised): 'all sons of dogs, not one human being here.' Insults = abuse",
  fl="a")
A("bn", "compliment", "T", "ig", "c",
  "হাসতে হাসতে মরে গেলাম ভিডিওটা দেখে 😂 আপনাদের নার্সরা সেরা",
  "BN: 'I died laughing watching the video. Your nurses are the best.' Idiom; praise",
  trap="idiom: died laughing")
A("bn", "spam", "E", "fb", "c",
  "ঘরে বসে মাসে ২০০০ পাউন্ড আয় করুন! কোনো অভিজ্ঞতা লাগবে না। এখনই ইনবক্স করুন 💷",
  "BN: 'Earn £2000 a month from home! No experience needed. Inbox now.' Spam")
A("bn", "general", "C", "fb", "c",
  "সবাইকে হ্যাপি নিউ ইয়ার! নতুন বছর সবার ভালো কাটুক 🎆",
  "BN: 'Happy new year everyone! May the new year go well for all.' Greeting = general",
  when="2027-01-01T13:27:00Z")
A("bn", "threat", "C", "fb", "c",
  "কাল সকালের মধ্যে আব্বার রিপোর্ট না দিলে আমি লোকজন নিয়া আসমু, তখন দেখবেন কী হয়",
  "BN (colloquial): 'If you don't give dad's report by tomorrow morning I'll come with people, then you'll see what happens.' Ultimatum with a crowd = threat",
  kind="ultimatum")
A("bn", "media", "C", "fb", "d",
  "আসসালামু আলাইকুম, আমি 'সুরমা টিভি ইউকে' থেকে রিপোর্টার শাহনাজ বলছি। বাংলাভাষী রোগীদের দোভাষী সেবা নিয়ে একটা রিপোর্ট করছি, আপনাদের কেউ কি মন্তব্য করতে পারবেন?",
  "BN: 'Peace be upon you, this is reporter Shahnaz from \"Surma TV UK\". We're doing a report on interpreter services for Bengali-speaking patients, could someone from you comment?' Broadcaster = media")

# ------------------------------------------------------------ Gujarati (gu)
A("gu", "crisis", "H", "wa", "d",
  "હવે જીવવાનો કોઈ અર્થ નથી. બધાને મારા વગર સારું રહેશે.",
  "GU: 'There is no meaning in living any more. Everyone will be better off without me.' Burden = crisis",
  kind="burden")
A("gu", "crisis", "H", "fb", "d",
  "મારા પપ્પાએ ફેમિલી ગ્રુપમાં લખ્યું 'બધાને માફ કરજો, હું જાઉં છું' અને હવે ફોન નથી ઉપાડતા. અમે હેયસમાં રહીએ છીએ. શું કરવું?",
  "GU: 'My dad wrote in the family group \"forgive everyone, I'm going\" and now isn't picking up the phone. We live in Hayes. What should we do?' Third party's worry = crisis",
  kind="third_party")
A("gu", "pals", "H", "fb", "c",
  "નમસ્તે, મારા બા માટે ડાયાબિટીસ ક્લિનિકમાં ગુજરાતી દુભાષિયો જોઈએ છે. કેવી રીતે બુક કરાય?",
  "GU: 'Hello, I need a Gujarati interpreter for my grandmother at the diabetes clinic. How do I book?' Interpreter request = pals")
A("gu", "compliment", "H", "fb", "c",
  "હિલિંગડન હોસ્પિટલના બધા સ્ટાફનો ખૂબ ખૂબ આભાર 🙏 દાદાને ઘરે લાવ્યા, બહુ સરસ સંભાળ રાખી. જય શ્રી કૃષ્ણ",
  "GU: 'Many many thanks to all the staff at Hillingdon Hospital. We brought grandad home, you took very good care. Jai Shri Krishna.' Thanks = compliment")
A("gu-Latn", "complaint", "H", "ot", "rv",
  "6 kalak rah joi ane pachi kahyu ke kal aavjo. aavu to kyay na joyu 😡 ek star pan vadhare che",
  "GU (romanised): 'we waited 6 hours and then they said come tomorrow. never seen anything like it. even one star is too many.' Complaint (review)")
A("gu", "clinical_question", "H", "fb", "d",
  "મારા દીકરાને ૩ દિવસથી ઉધરસ અને તાવ છે, કેટલું કફ સીરપ આપી શકાય? તે ૪ વર્ષનો છે",
  "GU: 'My son has had a cough and fever for 3 days, how much cough syrup can I give? He is 4.' Dosage question = clinical_question")
A("gu", "complaint", "H", "fb", "c",
  "વેઇટિંગ રૂમમાં તો ગરમીથી મરી ગયા! હીટિંગ થોડું ઓછું કરો ને, બા ને ચક્કર આવી ગયા 😅",
  "GU: 'We died of the heat in the waiting room! Turn the heating down a bit, grandma got dizzy.' Idiom; dissatisfaction with the waiting room = complaint",
  trap="idiom: died of the heat")
A("gu", "general", "H", "fb", "c",
  "સાલ મુબારક! સૌને નૂતન વર્ષાભિનંદન 🪔 ડ્યુટી પર રહેલા સૌને ખાસ શુભેચ્છા",
  "GU: 'Saal Mubarak! New Year greetings to all, special wishes to everyone on duty.' Gujarati New Year greeting = general",
  when="2026-11-10T08:15:00Z")
A("gu", "spam", "H", "fb", "c",
  "ફક્ત £9.99 માં અસલી આયુર્વેદિક ડાયાબિટીસની દવા! ૩૦ દિવસમાં ઇન્સ્યુલિન બંધ. ઓર્ડર માટે WhatsApp કરો",
  "GU: 'Genuine ayurvedic diabetes medicine for just £9.99! Stop insulin in 30 days. WhatsApp to order.' Spam")
A("gu-Latn", "abuse", "H", "x", "r",
  "tamara badha doctor gadheda che, akkal j nathi koi ne. thu",
  "GU (romanised): 'all your doctors are donkeys, nobody has any brains. [spits]' Insults = abuse",
  fl="a")
