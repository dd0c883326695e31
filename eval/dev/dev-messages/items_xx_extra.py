from common import M

# ---------------- second batch: more non-English, reviews, PII, recordings ----------------
M("يا لكم من أغبياء، مستشفى قذر وموظفون حقراء.",
  "fb", "comment", "C", "@sami.q.1990|Sami", "abuse", flags="abuse", lang="ar",
  note="AR: 'What idiots you are, a filthy hospital and despicable staff.' Insults, no request or complaint")
M("Banda debili, ch*j wam w d*pę 🖕",
  "fb", "comment", "E", "@wkurzony.darek|Darek", "abuse", flags="abuse", lang="pl",
  note="PL: 'Bunch of morons, f*** you (literally: a d*ck up your a*se)' Obscene abuse, starred")
M("Tatăl meu, Ion Popescu, e în salonul 12, patul 4, și nu a primit nimic de mâncare de ieri dimineață. Nu vă e rușine?",
  "fb", "comment", "R", "@vasile.popescu.wv|Vasile Popescu", "complaint", flags="contains_pii", lang="ro",
  note="RO: 'My father, Ion Popescu, is in bay 12, bed 4, and hasn't been given anything to eat since yesterday morning. Aren't you ashamed?' Patient named with ward and bed in public")
M("Mi madre, Dolores García, nacida el 03/07/1950, lleva dos días en la planta 5 sin ver a un médico. Llámenme al 07700 900287, por favor.",
  "fb", "comment", "H", "@lola.garcia.hayes|Lola García", "complaint", flags="contains_pii", lang="es",
  note="ES: 'My mother, Dolores García, born 03/07/1950, has been on floor 5 for two days without seeing a doctor. Please call me on …' Patient name, DOB and phone in public")
M("Dhammaantiin waxaad tihiin doqomo aan waxba aqoon! Ceeb!",
  "fb", "comment", "H", "@cabdi.x.ub|Cabdi", "abuse", flags="abuse", lang="so",
  note="SO: 'You're all idiots who know nothing! Shame!' Insult, no request")
M("જો કાલ સુધી મારા પિતાનું ઓપરેશન નહીં થાય, તો હું પેલા ડૉક્ટરને બહાર મળીશ. મને ખબર છે તે ક્યાં રહે છે.",
  "fb", "comment", "R", "@rakesh.b.wv|Rakesh", "threat", lang="gu",
  note="GU: 'If my father's operation doesn't happen by tomorrow, I'll meet that doctor outside. I know where he lives.' Ultimatum + home hinted")
M("என் தம்பி மொட்டை மாடியின் விளிம்பில் உட்கார்ந்திருக்கிறான், கீழே குதிக்கப் போவதாகச் சொல்கிறான். அவன் உங்கள் மனநல குழுவின் நோயாளி. என்ன செய்வது?",
  "fb", "dm", "H", "@anitha.k.hayes|Anitha", "crisis", lang="ta", t="night",
  note="TA: 'My younger brother is sitting on the edge of the roof terrace and says he's going to jump. He's a patient of your mental health team. What do I do?' Third party, high place")
M("ওই নার্সকে বলে দিন, হাসপাতালের বাইরে দেখা হবে। ওর বাসা কোথায় আমরা জানি।",
  "fb", "comment", "C", "@jahid.r.mcr|Jahid", "threat", lang="bn",
  note="BN: 'Tell that nurse we'll see her outside the hospital. We know where she lives.'")
M("我想申请查阅我去年在急诊的全部病历和CT报告，请问怎么申请？需要带身份证吗？",
  "fb", "dm", "C", "@liu.yang.mcr|Liu Yang", "subject_access", lang="zh",
  note="ZH: 'I'd like to request all my records and CT report from my A&E visit last year, how do I apply? Do I need to bring ID?' Own records")
M("Bilgi edinme talebi: 2025 yılında kaç hastaya Türkçe tercüman hizmeti verildi ve toplam maliyeti neydi?",
  "x", "mention", "H", "@tercuman_hakki|Deniz", "foi", lang="tr",
  note="TR: 'Information request: how many patients received a Turkish interpreter service in 2025 and what was the total cost?'")
M("Meri mummy Sunita Sharma, DOB 21/06/1955, ward C4 pe hain aur do din se koi doctor nahi aaya. Mera number 07700 900731 hai, please call karo",
  "fb", "comment", "H", "@deepak.sharma.ub|Deepak Sharma", "complaint", flags="contains_pii", lang="hi-Latn",
  note="HI-Latn: 'My mum Sunita Sharma, DOB 21/06/1955, is on ward C4 and no doctor has come for two days. My number is …, please call' Patient name, DOB, ward and phone in public")
M("Ydy hi'n iawn rhoi paracetamol ac ibuprofen i blentyn pump oed ar yr un pryd? Mae ganddo wres ers neithiwr.",
  "fb", "dm", "C", "@rhodri.ap.manceinion|Rhodri", "clinical_question", lang="cy",
  note="CY: 'Is it OK to give paracetamol and ibuprofen to a five-year-old at the same time? He's had a temperature since last night.'")
M("Péssimo atendimento. A recepcionista foi grossa e o médico nem olhou na minha cara. Nunca mais.",
  "other", "review", "E", "|Cláudia R.", "complaint", lang="pt",
  note="PT (Brazil): 'Terrible service. The receptionist was rude and the doctor didn't even look me in the face. Never again.' Review site")
M("خدمة ممتازة في قسم العيون، المواعيد دقيقة والطاقم محترم جداً. شكراً لكم.",
  "other", "review", "C", "|Fatima A.", "compliment", lang="ar",
  note="AR: 'Excellent service in the eye department, appointments on time and very respectful staff. Thank you.' Review site")
M("Tum log jahil ho, ghatiya hospital, ghatiya staff. Lanat hai tum par.",
  "x", "reply", "C", "@naraz_mancunian|Bilal", "abuse", flags="abuse", lang="ur-Latn",
  note="UR-Latn: 'You people are ignorant, rubbish hospital, rubbish staff. A curse on you.' Abuse, no request")
M("صورت الممرضة وهي تصرخ على أبي في الطوارئ، وسأنشر الفيديو إذا لم يتصل بي أحد من الإدارة.",
  "fb", "comment", "T", "@rami.n.middlesbrough|Rami", "complaint", flags="recording", lang="ar",
  note="AR: 'I filmed the nurse shouting at my father in A&E, and I'll post the video if nobody from management calls me.' Recording of staff, complaint")
M("Posted the video of the triage nurse on TikTok, 20k views already. That's what you get for talking to my son like he's a junkie.",
  "x", "mention", "R", "@wolves_mum_lexi|Lexi", "complaint", flags="recording", note="video of staff posted; grievance behind it")
M("1 star. Receptionist called Tanya on the eye clinic desk was rude from start to finish and then laughed when I asked for her manager.",
  "other", "review", "C", "|Graham W.", "complaint", flags="names_staff", note="review site naming a receptionist")
M("Gwelais i'r fideo Nadolig, hyfryd iawn! Diolch i'r holl staff 😊",
  "fb", "comment", "T", "@mair.o.gaerwen|Mair", "compliment", lang="cy", t="dec",
  note="CY: 'I saw the Christmas video, really lovely! Thanks to all the staff'")
M("¿Hay aparcamiento para personas con discapacidad cerca de la entrada de maternidad? Mi hermana va en silla de ruedas.",
  "fb", "comment", "C", "@nuria.g.mcr|Nuria", "pals", lang="es",
  note="ES: 'Is there disabled parking near the maternity entrance? My sister uses a wheelchair.' Parking/access question")
