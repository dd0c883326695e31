from common import M

# ---------------- Arabic (ar) ----------------
M("شكراً لكل من حاول مساعدتي. لم أعد أحتمل أكثر. سامحوني جميعاً.",
  "fb", "comment", "C", "@omar.h.mcr|Omar", "crisis", lang="ar",
  note="AR: 'Thank you to everyone who tried to help me. I can't bear it any more. Forgive me, all of you.' Farewell")
M("أخي ابتلع كل حبوب دوائه الليلة، وهو الآن نائم ولا يستيقظ بشكل طبيعي. هل نتصل بالـ999؟",
  "fb", "dm", "T", "@layla.a.middlesbrough|Layla", "crisis", lang="ar", t="night",
  note="AR: 'My brother swallowed all his medication tonight, and now he's asleep and not waking up properly. Should we call 999?' Overdose taken by someone else")
M("إذا لم يعتذر الطبيب عما فعله بأمي، سننتظره عند باب المستشفى. نحن نعرف سيارته.",
  "fb", "comment", "C", "@khaled.m.cheetham|Khaled", "threat", lang="ar",
  note="AR: 'If the doctor doesn't apologise for what he did to my mother, we'll wait for him at the hospital door. We know his car.'")
M("انتظرنا ثماني ساعات في الطوارئ مع طفلي ولم يكلمنا أحد، ولم يكن هناك مترجم أيضاً.",
  "fb", "review", "C", "@mona.s.longsight|Mona", "complaint", lang="ar",
  note="AR: 'We waited eight hours in A&E with my child and nobody spoke to us, and there was no interpreter either.'")
M("هل يمكن لمريض السكري أن يأخذ لقاح الإنفلونزا؟ والدي عمره ٧٠ سنة.",
  "fb", "dm", "T", "@yusuf.k.stockton|Yusuf", "clinical_question", lang="ar",
  note="AR: 'Can a diabetic have the flu vaccine? My father is 70.'")
M("أين يمكنني الصلاة في مستشفى هيلينغدون؟ هل توجد غرفة صلاة؟",
  "fb", "comment", "H", "@abdullah.r.hayes|Abdullah", "pals", lang="ar",
  note="AR: 'Where can I pray at Hillingdon Hospital? Is there a prayer room?'")
M("بارك الله فيكم، فريق قسم الأطفال كانوا رائعين مع ابنتي.",
  "ig", "comment", "C", "@noor.family.mcr|Noor", "compliment", lang="ar",
  note="AR: 'God bless you, the children's ward team were wonderful with my daughter.'")
M("رحم الله جدتي، توفيت قبل سنة في جناحكم. اليوم أتذكرها وأدعو لكل الممرضات اللواتي اعتنين بها.",
  "fb", "comment", "R", "@hassan.j.wolves|Hassan", "compliment", lang="ar", trap=True,
  note="AR: 'God have mercy on my grandmother, she died a year ago on your ward. Today I remember her and pray for all the nurses who cared for her.' Death mentioned in thanks")

# ---------------- Bengali (bn) ----------------
M("আর পারছি না। সব চেষ্টা করেছি, কিছুই বদলাবে না। আজ রাতেই সব শেষ করে দেবো।",
  "fb", "dm", "C", "@rahim.u.oldham|Rahim", "crisis", lang="bn", t="night",
  note="BN: 'I can't go on. I've tried everything, nothing will change. Tonight I'll end it all.' Hopelessness + a time")
M("বাচ্চা হওয়ার পর থেকে আমার স্ত্রী বলছে সে আর বাঁচতে চায় না। আজ সে রান্নাঘরের ছুরি নিয়ে বাথরুমে বসে আছে। কী করবো?",
  "fb", "dm", "C", "@sohel.a.mcr|Sohel", "crisis", lang="bn",
  note="BN: 'Since the baby was born my wife says she doesn't want to live any more. Today she's sitting in the bathroom with the kitchen knife. What do I do?' Third party, means at hand")
M("কোনো কারণ না বলেই ফোনে অ্যাপয়েন্টমেন্ট বাতিল করে দিয়েছে। তিন মাস অপেক্ষা করেছিলাম।",
  "fb", "comment", "E", "@nasrin.b.southend|Nasrin", "complaint", lang="bn",
  note="BN: 'They cancelled the appointment over the phone without giving any reason. I had waited three months.'")
M("আমার আম্মার জন্য একজন বাংলা দোভাষী লাগবে, কীভাবে বুক করবো?",
  "fb", "dm", "C", "@tanvir.h.mcr|Tanvir", "pals", lang="bn",
  note="BN: 'I need a Bengali interpreter for my mum, how do I book one?'")
M("আমার ছেলের জ্বর ১০২, গায়ে র‍্যাশ উঠেছে, গ্লাস দিয়ে চাপলেও যাচ্ছে না। হাসপাতালে নিয়ে যাবো?",
  "fb", "dm", "C", "@shirin.k.mcr|Shirin", "clinical_question", lang="bn", t="night",
  note="BN: 'My son has a fever of 102 and a rash that doesn't fade when I press a glass on it. Should I take him to hospital?'")
M("রয়্যাল ইনফার্মারির নার্সদের অনেক ধন্যবাদ, আব্বুর অনেক যত্ন নিয়েছেন।",
  "fb", "comment", "C", "@farzana.r.mcr|Farzana", "compliment", lang="bn",
  note="BN: 'Many thanks to the nurses at the Royal Infirmary, they took great care of dad.'")
M("আমার মৃত বাবার মেডিকেল রেকর্ড দরকার, আমি তাঁর উইলের এক্সিকিউটর। কোথায় আবেদন করবো?",
  "fb", "dm", "E", "@kamal.h.basildon|Kamal", "subject_access", lang="bn",
  note="BN: 'I need my late father's medical records, I'm the executor of his will. Where do I apply?'")

# ---------------- Chinese (zh) ----------------
M("我觉得自己是家里的负担。下个月的复诊应该不用去了，那时候我已经不在了。",
  "fb", "dm", "C", "@wei.l.manchester|Wei", "crisis", lang="zh",
  note="ZH: 'I feel I'm a burden on my family. I probably won't need to go to next month's follow-up, I won't be here by then.'")
M("我爸爸刚才在家族群里发了一句“对不起大家，照顾好妈妈”，然后手机就关机了。他上周刚从精神科病房出院。",
  "fb", "dm", "T", "@chen.y.darlington|Chen", "crisis", lang="zh", t="night",
  note="ZH: 'My dad just posted in the family group \"sorry everyone, look after mum\" and then switched his phone off. He was discharged from the psychiatric ward last week.' Third party")
M("急诊等了九个小时，没有一个人告诉我们还要等多久。服务太差了。",
  "other", "review", "C", "|Li M.", "complaint", lang="zh",
  note="ZH: 'Waited nine hours in A&E, not one person told us how long we'd still have to wait. Terrible service.'")
M("护士对我奶奶态度非常恶劣，就因为她听不懂英语就不理她。",
  "fb", "comment", "C", "@xiaoyu.z.mcr|Xiaoyu", "complaint", lang="zh",
  note="ZH: 'The nurse was very nasty to my grandmother, ignoring her just because she doesn't understand English.'")
M("请问曼彻斯特皇家眼科医院有中文翻译吗？我妈妈下周三有预约。",
  "fb", "dm", "C", "@hui.w.salford|Hui", "pals", lang="zh",
  note="ZH: 'Does the Manchester Royal Eye Hospital have a Chinese interpreter? My mum has an appointment next Wednesday.'")
M("我怀孕28周，最近脚肿得很厉害，还一直头痛，需要去医院吗？",
  "ig", "dm", "C", "@mei.bump.28|Mei", "clinical_question", lang="zh",
  note="ZH: 'I'm 28 weeks pregnant, my feet have been very swollen lately and I keep getting headaches, do I need to go to hospital?'")
M("我想根据《信息自由法》提出申请：贵院2025年支付给翻译公司的总金额是多少？",
  "x", "mention", "C", "@zhang_foi_mcr|Zhang", "foi", lang="zh",
  note="ZH: 'I'd like to make a request under the Freedom of Information Act: what was the total the trust paid to interpreting companies in 2025?'")
M("专业代写论文，NHS护理课程作业，保证通过！加微信 lunwen_uk88",
  "ig", "comment", "C", "@lunwen.uk88|论文代写", "spam", lang="zh",
  note="ZH: 'Professional essay ghost-writing, NHS nursing coursework, guaranteed pass! Add WeChat …'")
M("等得我快死了，眼科门诊已经三个小时了还没叫到我",
  "x", "mention", "C", "@jun_mcr_eye|Jun", "complaint", lang="zh", trap=True,
  note="ZH: 'This wait is nearly killing me, three hours in the eye clinic and still not called' Idiom inside a complaint")

# ---------------- Turkish (tr) ----------------
M("Kedime yeni bir yuva arıyorum, artık ona bakamayacağım. Eşyalarımı da kardeşime verdim. Herkese teşekkürler, hakkınızı helal edin.",
  "fb", "comment", "E", "@emre.y.harlow|Emre", "crisis", lang="tr",
  note="TR: 'I'm looking for a new home for my cat, I won't be able to look after her any more. I've given my things to my brother too. Thanks everyone, forgive me (a farewell phrase).' Pet + belongings + farewell")
M("Artık yaşamak istemiyorum. Her gece nasıl yapacağımı düşünüyorum.",
  "x", "dm", "E", "@selin_k_colch|Selin", "crisis", lang="tr", t="night",
  note="TR: 'I don't want to live any more. Every night I think about how I'd do it.'")
M("O doktor annemi bir daha azarlarsa mesai bitince kapıda bekleriz. Arabasını biliyoruz.",
  "fb", "comment", "H", "@murat.d.hayes|Murat", "threat", lang="tr",
  note="TR: 'If that doctor tells my mother off once more, we'll be waiting at the door when his shift ends. We know his car.'")
M("Kan tahlili sonuçlarım iki kez kaybolmuş. Bu nasıl bir hastane?",
  "fb", "review", "H", "@ayse.t.uxbridge|Ayşe", "complaint", lang="tr",
  note="TR: 'My blood test results have been lost twice. What kind of hospital is this?'")
M("Türkçe tercüman nasıl talep edebilirim? Babamın ameliyat öncesi randevusu var.",
  "fb", "dm", "H", "@burak.o.hayes|Burak", "pals", lang="tr",
  note="TR: 'How can I request a Turkish interpreter? My father has a pre-operation appointment.'")
M("Hepiniz beceriksiz, tembel ve utanmazsınız! Rezil herifler!",
  "x", "reply", "E", "@kizgin_vatandas|Kızgın Vatandaş", "abuse", flags="abuse", lang="tr",
  note="TR: 'You're all incompetent, lazy and shameless! Disgraceful scumbags!'")
M("Doğumhanedeki ebelere çok teşekkür ederim, her şey için minnettarım.",
  "fb", "comment", "C", "@zeynep.a.mcr|Zeynep", "compliment", lang="tr",
  note="TR: 'Many thanks to the midwives on the labour ward, I'm grateful for everything.'")
M("Geçen yıl intihar etmeyi düşünüyordum, kriz ekibiniz hayatımı kurtardı. Bugün bir yıl oldu, teşekkürler.",
  "x", "mention", "E", "@yeniden_baslayan|Can", "compliment", lang="tr", trap=True,
  note="TR: 'Last year I was thinking of killing myself, your crisis team saved my life. It's been a year today, thank you.' Past crisis told as thanks")

# ---------------- Somali (so) ----------------
M("Walaalkay wuxuu igu yiri 'nabadgelyo, waan idin jeclahay' kadibna taleefanka wuu damiyay. Bishii hore ayuu isbitaalkiinna ku jiray kadib markii uu kiniinno liqay. Yaan la xiriiraa?",
  "fb", "dm", "H", "@hodan.a.hayes|Hodan", "crisis", lang="so", t="night",
  note="SO: 'My brother said to me \"goodbye, I love you all\" and then switched his phone off. Last month he was in your hospital after swallowing pills. Who should I contact?' Third party, farewell")
M("Haddii hooyaday wax ku dhacaan, dhakhtarkaas waan ka aarsan doonnaa. Waan ognahay halka uu ku nool yahay.",
  "fb", "comment", "C", "@abdi.w.moss.side|Abdi", "threat", lang="so",
  note="SO: 'If anything happens to my mother, we will take revenge on that doctor. We know where he lives.'")
M("Ma jiraa turjubaan Soomaali ah oo isbitaalka jooga? Hooyaday ballan ayay leedahay Isniinta.",
  "fb", "dm", "H", "@fadumo.m.southall|Fadumo", "pals", lang="so",
  note="SO: 'Is there a Somali interpreter at the hospital? My mother has an appointment on Monday.'")
M("Waa imisa saacadaha booqashada qaybta carruurta?",
  "fb", "comment", "C", "@ayaan.h.mcr|Ayaan", "pals", lang="so",
  note="SO: 'What are the visiting hours on the children's ward?'")
M("Ilmahayga 6 bilood ah wuxuu qabaa qandho 39 ah, maantana waxba ma cunin. Ma keenaa isbitaalka?",
  "fb", "dm", "C", "@sahra.y.mcr|Sahra", "clinical_question", lang="so", t="night",
  note="SO: 'My 6-month-old has a fever of 39 and hasn't eaten anything today. Should I bring him to the hospital?'")
M("Waxaan sugnay 7 saacadood qaybta gurmadka degdegga ah, qofna nalama hadlin.",
  "fb", "comment", "H", "@mohamed.i.hayes|Mohamed", "complaint", lang="so",
  note="SO: 'We waited 7 hours in the emergency department and nobody spoke to us.'")
M("Mahadsanidiin kalkaaliyayaasha qaybta 10, aad bay noogu naxariisteen.",
  "fb", "comment", "H", "@ifrah.d.uxb|Ifrah", "compliment", lang="so",
  note="SO: 'Thank you to the nurses on ward 10, they were so kind to us.'")

# ---------------- Tamil (ta) ----------------
M("நான் என் குடும்பத்துக்கு ஒரு சுமை. நான் இல்லாமல் போனால் அவர்கள் நிம்மதியாக இருப்பார்கள். இனி என்னால் முடியாது.",
  "fb", "dm", "H", "@karthik.s.hayes|Karthik", "crisis", lang="ta",
  note="TA: 'I am a burden to my family. If I were gone they would be at peace. I can't go on any more.' Feeling a burden")
M("தமிழ் மொழிபெயர்ப்பாளர் கிடைக்குமா? அப்பாவுக்கு அடுத்த வாரம் இதயப் பரிசோதனை இருக்கிறது.",
  "fb", "dm", "H", "@priya.r.harrow|Priya R", "pals", lang="ta",
  note="TA: 'Is a Tamil interpreter available? Dad has a heart test next week.'")
M("என் அம்மாவுக்கு சர்க்கரை நோய். காலில் உள்ள புண் ஆறவில்லை, சிவந்து வீங்கி இருக்கிறது. உடனே மருத்துவமனைக்கு வர வேண்டுமா?",
  "fb", "dm", "H", "@suresh.k.uxb|Suresh", "clinical_question", lang="ta",
  note="TA: 'My mother has diabetes. The sore on her foot isn't healing, it's red and swollen. Should she come to hospital straight away?'")
M("மூன்று முறை அப்பாயிண்ட்மெண்ட்டை ரத்து செய்தார்கள். யாரும் போனை எடுப்பதில்லை.",
  "fb", "comment", "H", "@lakshmi.n.hayes|Lakshmi", "complaint", lang="ta",
  note="TA: 'They cancelled the appointment three times. Nobody picks up the phone.'")
M("மவுண்ட் வெர்னன் புற்றுநோய் மையத்தின் ஊழியர்கள் அனைவருக்கும் மிக்க நன்றி.",
  "fb", "review", "H", "@ganesh.p.northwood|Ganesh", "compliment", lang="ta",
  note="TA: 'Many thanks to all the staff at the Mount Vernon Cancer Centre.'")
M("என் மகனின் (8 வயது) மருத்துவப் பதிவுகளின் நகல் வேண்டும். எப்படி விண்ணப்பிப்பது?",
  "fb", "dm", "C", "@meena.s.stockport|Meena", "subject_access", lang="ta",
  note="TA: 'I want a copy of my son's (age 8) medical records. How do I apply?' Parent for a child")
M("அனைத்து NHS ஊழியர்களுக்கும் இனிய பொங்கல் நல்வாழ்த்துகள்!",
  "fb", "comment", "H", "@vijay.t.ub|Vijay", "general", lang="ta", t="pongal",
  note="TA: 'Happy Pongal greetings to all NHS staff!'")

# ---------------- Gujarati (gu) ----------------
M("મારા બાપુજી કહે છે કે હવે જીવવાનો કોઈ અર્થ નથી, અને તેમણે તેમની બધી દવાઓ એક ડબ્બામાં ભેગી કરી રાખી છે. શું કરવું?",
  "fb", "dm", "H", "@hetal.p.harrow|Hetal", "crisis", lang="gu",
  note="GU: 'My father says there's no point in living any more, and he has collected all his medicines together in one box. What should I do?' Third party, means")
M("શું હોસ્પિટલમાં ગુજરાતી દુભાષિયો મળી શકે? મમ્મીની આંખની એપોઇન્ટમેન્ટ છે.",
  "fb", "dm", "R", "@nilesh.s.wv|Nilesh", "pals", lang="gu",
  note="GU: 'Can we get a Gujarati interpreter at the hospital? Mum has an eye appointment.'")
M("નાતાલના દિવસે મુલાકાતનો સમય શું છે?",
  "fb", "comment", "H", "@bhavna.j.uxb|Bhavna", "pals", lang="gu",
  note="GU: 'What are the visiting hours on Christmas Day?'", t="prexmas")
M("મારી દીકરીને ત્રણ દિવસથી ઉલટી અને ઝાડા છે, શું તેને હોસ્પિટલ લાવવી જોઈએ?",
  "fb", "dm", "R", "@komal.d.wolves|Komal", "clinical_question", lang="gu",
  note="GU: 'My daughter has had vomiting and diarrhoea for three days, should I bring her to hospital?'")
M("રિસેપ્શન પર એક કલાક રાહ જોવડાવી અને પછી કહ્યું કે તમે ખોટા દિવસે આવ્યા છો. પત્રમાં આ જ તારીખ લખેલી હતી!",
  "fb", "comment", "R", "@jayesh.m.wv|Jayesh", "complaint", lang="gu",
  note="GU: 'They kept us waiting an hour at reception and then said we'd come on the wrong day. This very date was written on the letter!'")
M("નવજાત શિશુ વિભાગની નર્સોનો ખૂબ ખૂબ આભાર.",
  "fb", "comment", "R", "@rupal.v.wolves|Rupal", "compliment", lang="gu",
  note="GU: 'Many many thanks to the nurses on the neonatal unit.'")
M("સાલ મુબારક! બધા NHS સ્ટાફને નવા વર્ષની શુભકામનાઓ 🪔",
  "fb", "comment", "H", "@dipak.p.harrow|Dipak", "general", lang="gu", t="salmubarak",
  note="GU: 'Happy New Year (Gujarati new year)! New year's greetings to all NHS staff'")
