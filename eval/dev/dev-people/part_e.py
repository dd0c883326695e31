# Non-English: Bengali, Hindi, Arabic, Chinese, Russian, Greek, Italian
from lib import *
MFT = "Official account of Manchester University NHS Foundation Trust"

# --- Bengali
P("রহিমা খাতুন আজ ভোরে ৩ নম্বর বেডে মারা গেছেন 🤲 উনার মেয়ে লন্ডন থেকে আসছে, কেউ একটু রিসেপশনে খেয়াল রাখবেন",
  [CLIN, NAME], "BN: 'Rahima Khatun died at dawn today in bed 3. Her daughter is coming from London, someone please look out for her at reception.' name + bed + death", plat="whatsapp", lang="bn")
P("ওল্ডহ্যামের ওই বড় রেস্টুরেন্টের মালিকের ছেলে কাল রাতে মোটরবাইক অ্যাক্সিডেন্ট করেছে, এখন আমাদের আইসিইউতে। সবাই দোয়া করবেন",
  [CLIN], "BN: 'The son of the owner of that big restaurant in Oldham had a motorbike accident last night and is now in our ICU. Please pray.' relation to a known person + ICU", plat="facebook", lang="bn")
P("নাসরিন আপা, আপনার ছেলের এনএইচএস নম্বর 999 821 9930, জন্ম তারিখ 05/06/2019 — স্কুলের ফর্মে এটাই লিখে দিয়েন",
  [DOB, NAME, NHSN], "BN: 'Sister Nasrin, your son's NHS number is 999 821 9930, date of birth 05/06/2019 — write this on the school form.' named mother + child's NHS number and date of birth posted publicly", plat="facebook", lang="bn")
P("আমাদের নতুন মিডওয়াইফ সুমাইয়া আক্তারকে স্বাগতম! 🌸 তিনি সিলেট আর লিডসে পড়াশোনা করেছেন",
  [], "BN: 'Welcome to our new midwife Sumaiya Akter! She studied in Sylhet and Leeds.' staff welcome", plat="facebook",
  acc=dev("@StMarysMidwives", "Midwives of Saint Mary's. Team account."), lang="bn")
P("আপনার বয়স ৪০ এর বেশি হলে আর পরিবারে কারও ডায়াবেটিস থাকলে, বছরে একবার জিপির কাছে রক্ত পরীক্ষা করান।",
  [], "BN: 'If you are over 40 and someone in your family has diabetes, get a blood test at your GP once a year.' general information", plat="facebook",
  acc=off("@MFTnhs", MFT), lang="bn")
P("কাল রাতে 'জরুরি বিভাগ' নাটকে ডাক্তার রাশেদ যখন রোগীকে বলল অপারেশন লাগবে, আমার মা ভাবল আমিই ডাক্তার রাশেদ 😂",
  [], "BN: 'Last night in the drama Emergency Department, when Dr Rashed told the patient he needed an operation, my mum thought I was Dr Rashed.' fictional TV character", plat="facebook", lang="bn")
P("আমাদের হাসপাতালে এখন হাঁটুর অপারেশনের জন্য ১৮ মাস অপেক্ষা! এটা কি মেনে নেওয়া যায়? ম্যানেজমেন্ট ঘুমাচ্ছে",
  [PERF], "BN: 'At our hospital it's now an 18-month wait for a knee operation! Is this acceptable? Management is asleep.' staff commentary on waiting times", plat="facebook", lang="bn")

# --- Hindi
P("सुनीता शर्मा जी को आज डिस्चार्ज कर दिया 🙏 तीन हफ्ते वार्ड 14 में रहीं, अब डायलिसिस घर पर होगा। जाते जाते सबको लड्डू खिला गईं",
  [CLIN, NAME], "HI: 'Sunita Sharma was discharged today, three weeks on ward 14, dialysis will now be at home. She gave everyone laddoos on her way out.' name + ward + stay + treatment", plat="facebook", lang="hi")
P("डॉ. वर्मा की पत्नी का मिसकैरेज हो गया है, इसलिए वो दो हफ्ते छुट्टी पर हैं। किसी से कहना मत",
  [CLIN, NAME], "HI: 'Dr Verma's wife had a miscarriage, that's why he's on leave for two weeks. Don't tell anyone.' named doctor's leave + his wife's pregnancy loss", plat="whatsapp", lang="hi")
P("बेड नंबर 2 वाले अंकल जो रेलवे स्टेशन के बाहर चाय की दुकान चलाते हैं, उनकी बायपास सर्जरी कल सुबह है",
  [CLIN], "HI: 'The uncle in bed 2 who runs the tea stall outside the railway station has his bypass surgery tomorrow morning.' job + bed + surgery", plat="x", lang="hi")
P("हमारी स्टाफ़ नर्स प्रिया नायर को इस साल का 'बेस्ट मेंटर' अवॉर्ड मिला 🎉 बहुत बहुत बधाई!",
  [], "HI: 'Our staff nurse Priya Nair got this year's Best Mentor award. Many congratulations!' award", plat="x",
  acc=dev("@MRImedicine", "Medicine directorate team"), lang="hi")
P("दिवाली पर मिठाई छोड़नी है? बिल्कुल नहीं! 😄 बस अगर डायबिटीज़ है तो थोड़ा ध्यान रखें। सभी को शुभ दीपावली 🪔",
  [], "HI: 'Give up sweets at Diwali? Not at all! Just take a little care if you have diabetes. Happy Diwali to all.' general message", plat="instagram",
  acc=off("@MFTnhs", MFT), lang="hi")
P("हमारी नई कैंसर यूनिट का नाम डॉ. अनंत मेहता के नाम पर रखा गया है, जिन्होंने यहाँ 30 साल मरीज़ों की सेवा की",
  [], "HI: 'Our new cancer unit is named after Dr Anant Mehta, who served patients here for 30 years.' unit named after a person", plat="facebook",
  acc=off("@RWTHNHS", "The Royal Wolverhampton NHS Trust"), lang="hi")

# --- Arabic
P("الحاج عبد الرحمن في الغرفة الجانبية رقم 4، حالته حرجة جداً الليلة. العائلة تطلب أن يحضر الشيخ قبل الفجر",
  [CLIN, NAME], "AR: 'Hajj Abdul Rahman in side room 4 is very critical tonight. The family ask for the sheikh to come before dawn.' name + side room + condition", plat="whatsapp", lang="ar")
P("مبروك لفاطمة الزهراء 🤍 ولدت بنت وزنها 2.8 كغ في الأسبوع 37، وأنا كنت القابلة. أجمل ليلة",
  [CLIN, NAME], "AR: 'Congratulations Fatima al-Zahra, she had a girl weighing 2.8 kg at 37 weeks, and I was the midwife. Most beautiful night.' named mother + weight + gestation", plat="instagram", lang="ar")
P("الشاب السوري اللي بيشتغل بمحل الحلاقة جنب المحطة، جابوه عنا عالطوارئ بحروق بإيده من الماكينة. الله يشفيه",
  [CLIN], "AR (Levantine): 'The Syrian young man who works at the barber's by the station was brought into our A&E with burns to his hand from the machine. God heal him.' job + place + injury", plat="facebook", lang="ar")
P("نرحب بالدكتورة ليلى حداد، استشارية جديدة في قسم التوليد وأمراض النساء 🌷",
  [], "AR: 'We welcome Dr Layla Haddad, new consultant in obstetrics and gynaecology.' appointment", plat="x",
  acc=off("@MFTnhs", MFT), lang="ar")
P("رمضان كريم! مصلى المستشفى مفتوح على مدار 24 ساعة في الطابق الأرضي، وفيه تمر وماء للإفطار",
  [], "AR: 'Ramadan Kareem! The hospital prayer room is open 24 hours on the ground floor, with dates and water for iftar.' service information", plat="facebook",
  acc=dev("@MRIchaplaincy", "Chaplaincy and spiritual care team"), lang="ar")
P("إذا كان عمرك فوق 65 سنة أو عندك مرض مزمن، لقاح الإنفلونزا مجاني. اسأل الصيدلية أو طبيبك العام",
  [], "AR: 'If you are over 65 or have a long-term illness, the flu vaccine is free. Ask your pharmacy or GP.' general information", plat="facebook",
  acc=off("@HillingdonNHSFT", "The Hillingdon Hospitals NHS Foundation Trust"), lang="ar")
P("سمعت إنهم رح يسكروا عيادة الأطفال بالمبنى القديم الشهر الجاي، لسه ما أعلنوا رسمياً، لا تقولوا إني قلت",
  [CONF], "AR (Levantine): 'I heard they're going to close the children's clinic in the old building next month, not announced officially yet, don't say I said.' unannounced closure", plat="whatsapp", lang="ar")

# --- Chinese
P("3号床的李阿姨今天胆囊手术做完了，她女儿让我在群里跟大家说一声，一切顺利，谢谢大家关心 🙏",
  [CLIN, NAME], "ZH: 'Auntie Li in bed 3 had her gallbladder surgery today; her daughter asked me to tell the group it went well, thanks for caring.' surname + bed + surgery", plat="whatsapp", lang="zh")
P("唐人街那家面馆的老板昨晚心脏病发作，现在在我们心脏监护室，好多人打电话来问",
  [CLIN], "ZH: 'The owner of that noodle shop in Chinatown had a heart attack last night and is now in our coronary care unit; lots of people ringing to ask.' business + condition + unit", plat="x", lang="zh")
P("陈志明，出生日期1962年8月3日，NHS号码 999 518 1908，麻烦谁帮忙打电话给他的家庭医生确认地址",
  [DOB, NAME, NHSN], "ZH: 'Chen Zhiming, born 3 August 1962, NHS number 999 518 1908, can someone phone his GP to confirm the address.' name + date of birth + NHS number", plat="whatsapp", lang="zh")
P("恭喜我们的护士王丽获得今年的“最佳护士奖”！🎉 实至名归",
  [], "ZH: 'Congratulations to our nurse Wang Li on this year's Best Nurse award! Well deserved.' award", plat="x",
  acc=dev("@MRImedicine", "Medicine directorate team"), lang="zh")
P("春节快乐！🧧 今天员工食堂有饺子，值夜班的同事也有份，记得来拿",
  [], "ZH: 'Happy Spring Festival! Dumplings in the staff canteen today, night shift colleagues too, come and get some.' greeting", plat="facebook",
  acc=dev("@MRIstaffnews", "Staff news, MRI site"), lang="zh")
P("65岁以上的老人、孕妇和有慢性病的人可以免费接种流感疫苗，请联系您的家庭医生。",
  [], "ZH: 'People over 65, pregnant women and people with long-term conditions can get a free flu vaccine; contact your GP.' general information", plat="facebook",
  acc=off("@MFTnhs", MFT), lang="zh")

# --- Russian
P("Ольга Петровна из 12-й палаты сегодня спросила, когда её выпишут. А я не смогла сказать ей правду про МРТ... сижу в машине и реву",
  [CLIN, NAME], "RU: 'Olga Petrovna from room 12 asked today when she'll be discharged. And I couldn't tell her the truth about the MRI... sitting in the car crying.' name + room + scan result", plat="facebook", lang="ru")
P("Говорят, Наташу из лаборатории уволили после дисциплинарки. Жалко девчонку, она ж одна с ребёнком",
  [NAME], "RU: 'They say Natasha from the lab was dismissed after a disciplinary. Feel sorry for her, she's on her own with a child.' named colleague + disciplinary", plat="whatsapp", lang="ru")
P("Поздравляем Ирину Соколову с выходом на пенсию после 30 лет работы акушеркой! 💐 Сколько малышей прошло через ваши руки!",
  [], "RU: 'Congratulations to Irina Sokolova on retiring after 30 years as a midwife! So many babies through your hands!' retirement", plat="facebook", lang="ru")
P("смотрела вчера 'Ночную смену' — доктор Громов опять всех спас за 5 минут 😂 в жизни бы так",
  [], "RU: 'watched Night Shift yesterday — Dr Gromov saved everyone in 5 minutes again. if only real life were like that' fictional TV character", plat="x", lang="ru")
P("Если у ребёнка младше 3 месяцев температура 38 и выше — звоните 111 или своему врачу, не ждите утра.",
  [], "RU: 'If a baby under 3 months has a temperature of 38 or above, call 111 or your GP, don't wait till morning.' general information", plat="facebook",
  acc=dev("@MRIpaeds", "Paediatrics team account"), lang="ru")

# --- Greek
P("Η κυρία Ελένη Παπαδοπούλου στο κρεβάτι 6 έκανε σήμερα τη βιοψία. Ο γιος της είναι αυτός με την ταβέρνα στο Didsbury, θα έρθει το απόγευμα",
  [CLIN, NAME], "EL: 'Mrs Eleni Papadopoulou in bed 6 had her biopsy today. Her son is the one with the taverna in Didsbury, he'll come this afternoon.' name + bed + biopsy", plat="whatsapp", lang="el")
P("Ο Γιώργος από τη μαιευτική είναι σε αναρρωτική για κατάθλιψη, μην τον παίρνετε τηλέφωνο για βάρδιες",
  [NAME], "EL: 'Giorgos from maternity is on sick leave for depression, don't ring him about shifts.' named colleague + sickness + mental health", plat="whatsapp", lang="el")
P("Συγχαρητήρια στη Δρ Μαρία Κωνσταντίνου για τον νέο της ρόλο ως επικεφαλής της νεογνικής μονάδας! 🎉",
  [], "EL: 'Congratulations to Dr Maria Konstantinou on her new role as lead of the neonatal unit!' appointment", plat="linkedin", lang="el")
P("Καλό Πάσχα σε όλους τους συναδέλφους που δουλεύουν σήμερα! Χριστός Ανέστη 🕯️ έφερα κουλουράκια στο γραφείο",
  [], "EL: 'Happy Easter to all colleagues working today! Christ is risen. I brought koulourakia to the office.' greeting", plat="facebook", lang="el")
P("Φεύγουμε για Κρήτη τρεις εβδομάδες από την Παρασκευή 🌞 το σπίτι θα μείνει άδειο, επιτέλους άδεια!",
  [AWAY], "EL: 'We're off to Crete for three weeks from Friday, the house will be empty, finally some leave!' away from home", plat="instagram",
  acc=per("@katerina_scrubs", "Theatre nurse. Views my own."), lang="el")

# --- Italian
P("La signora Rosa del letto 3 oggi ha compiuto 95 anni in reparto, le abbiamo cantato tanti auguri dopo la dialisi 🎂 i figli arrivano da Napoli domani",
  [CLIN, NAME], "IT: 'Mrs Rosa in bed 3 turned 95 on the ward today, we sang happy birthday after her dialysis; her children arrive from Naples tomorrow.' name + bed + treatment", plat="facebook", lang="it")
P("Benvenuto al dottor Marco Bianchi, il nostro nuovo anestesista! Porta il caffè vero in sala medici ☕",
  [], "IT: 'Welcome to Dr Marco Bianchi, our new anaesthetist! He brings real coffee to the doctors' room.' welcome", plat="x", lang="it")
