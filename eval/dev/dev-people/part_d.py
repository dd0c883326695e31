# Non-English: Polish, Romanian, Urdu, romanised Urdu, Panjabi (Gurmukhi and romanised)
from lib import *
MFT = "Official account of Manchester University NHS Foundation Trust"

# --- Polish
P("Dziewczyny, pani Krystyna z łóżka 4 na oddziale 10 znowu nic nie zjadła 😔 rodzina ma być o 18, ktoś jej zrobi herbatkę z cytryną? tak jak lubi",
  [CLIN, NAME], "PL: 'Girls, Mrs Krystyna in bed 4 on ward 10 hasn't eaten anything again, family coming at 6, can someone make her lemon tea the way she likes?' first name + bed + ward", plat="whatsapp", lang="pl")
P("Gratulacje dla Kasi Wiśniewskiej i Marka!! 💕 Mała Zosia przyszła na świat wczoraj o 23:40, 3,2 kg i 51 cm szczęścia. Miałam zaszczyt być przy porodzie 🥹",
  [CLIN, NAME], "PL: 'Congratulations to Kasia Wiśniewska and Marek! Little Zosia was born yesterday at 23:40, 3.2 kg, 51 cm. I had the honour of being at the birth.' mother and baby named + weight", plat="facebook", lang="pl")
P("słyszałyście że Beata z apteki jest na L4 już trzeci miesiąc przez depresję? szefowa mówi że nie przedłużą jej umowy...",
  [NAME], "PL: 'did you hear Beata from pharmacy has been on sick leave for three months with depression? the boss says they won't renew her contract' named colleague + sickness + mental health", plat="facebook", lang="pl")
P("Ten chłopak z budowy w Ancoats, co spadł z rusztowania w poniedziałek, dalej leży u nas na OIOM-ie. Żona przyleciała dziś z Rzeszowa, biedna nie mówi ani słowa po angielsku",
  [CLIN], "PL: 'The lad from the building site in Ancoats who fell off the scaffolding on Monday is still in our ICU. His wife flew in from Rzeszów today, poor thing doesn't speak a word of English.' identified by a local event", plat="x", lang="pl")
P("Witamy w zespole! 🇵🇱💙 Dziś dołączyły do nas trzy nowe pielęgniarki: Agnieszka, Dorota i Ewelina. Trzymamy kciuki za pierwszy dyżur!",
  [], "PL: 'Welcome to the team! Three new nurses joined us today: Agnieszka, Dorota and Ewelina. Fingers crossed for your first shift!' staff welcome", plat="facebook",
  acc=dev("@MRIward10", "Ward 10 team, Manchester Royal Infirmary"), lang="pl")
P("Szczepienie przeciw grypie jest bezpłatne dla osób po 65. roku życia, kobiet w ciąży i osób z cukrzycą lub astmą. Zapytaj w swojej przychodni lub w aptece.",
  [], "PL: 'The flu vaccine is free for people over 65, pregnant women and people with diabetes or asthma. Ask at your GP surgery or pharmacy.' general information", plat="facebook",
  acc=off("@MFTnhs", MFT), lang="pl")
P("Pani Halina, nasza pani z cateringu, po 25 latach przechodzi na emeryturę 🌷 Kto nam teraz będzie odkładał ostatnią drożdżówkę? Dziękujemy za wszystko!",
  [], "PL: 'Mrs Halina from our catering team retires after 25 years. Who will save us the last bun now? Thank you for everything!' staff retirement", plat="facebook", lang="pl")
P("wczoraj w 'Oddziale Nocnym' doktor Janicka powiedziała pacjentce w windzie że to nowotwór 🙄 w windzie!!! scenarzyści nigdy nie byli w szpitalu",
  [], "PL: 'yesterday in Night Ward Dr Janicka told a patient in the lift it was cancer. in the lift! the writers have never been in a hospital' fictional TV drama", plat="x", lang="pl")
P("Lecę do Krakowa na 3 tygodnie od piątku 🛫 mieszkanie puste, kwiatki podlewa sąsiadka. Do zobaczenia w grudniu kochani!",
  [AWAY], "PL: 'Flying to Kraków for 3 weeks from Friday, flat empty, neighbour watering the plants. See you in December!' away from home", plat="instagram",
  acc=per("@ola.w.uk", "pielęgniarka | views my own"), lang="pl")

# --- Romanian
P("Azi am fost la domnul Ionescu acasă, prima vizită după externare. Piciorul arată mai bine dar tot nu vrea să ia pastilele pentru inimă. Fiica lui zice că vine duminică de la Iași.",
  [CLIN, NAME], "RO: 'Today I visited Mr Ionescu at home, first visit after discharge. The leg looks better but he still won't take his heart tablets. His daughter says she's coming from Iași on Sunday.' surname + home visit + treatment", plat="facebook", lang="ro")
P("Felicitări Andreei Munteanu!!! Gemenii au venit pe lume la 34 de săptămâni, 2,1 kg și 1,9 kg 💪 sunt la terapie intensivă neonatală dar sunt niște luptători",
  [CLIN, NAME], "RO: 'Congratulations Andreea Munteanu! The twins were born at 34 weeks, 2.1 kg and 1.9 kg, they're in the neonatal unit but they're fighters.' named mother + gestation + weights", plat="instagram", lang="ro")
P("cine a lăsat formularul lui Gheorghe Popa, născut 11.05.1956, pe imprimanta de la recepție?? e acolo de azi dimineață, la vedere",
  [DOB, NAME], "RO: 'who left Gheorghe Popa's form, born 11.05.1956, on the reception printer? it's been there in plain view since this morning' name + date of birth, records context", plat="whatsapp", lang="ro")
P("Bravo, Mihaela! 🏆 Colega noastră Mihaela Dumitrescu a câștigat premiul 'Asistenta anului' la gala de aseară. Suntem mândri de tine!",
  [], "RO: 'Well done Mihaela! Our colleague Mihaela Dumitrescu won Nurse of the Year at last night's gala. We're proud of you!' staff award", plat="facebook", lang="ro")
P("Cu acordul ei, vă împărtășim povestea Elenei, 45 de ani, care a terminat tratamentul pentru cancer de sân la spitalul nostru și azi a sunat clopoțelul 🔔",
  [], "RO: 'With her agreement, we share the story of Elena, 45, who finished breast cancer treatment at our hospital and rang the bell today.' official account, consent stated", plat="facebook",
  acc=off("@MFTnhs", MFT), media=[img(True, True)], lang="ro")
P("Diabetul gestațional: dacă sunteți însărcinată și aveți peste 40 de ani sau un IMC peste 30, întrebați moașa despre testul de toleranță la glucoză.",
  [], "RO: 'Gestational diabetes: if you are pregnant and over 40 or have a BMI over 30, ask your midwife about the glucose tolerance test.' general information", plat="facebook",
  acc=off("@MFTnhs", MFT), lang="ro")
P("Spitalul Hillingdon: Pield Heath Road, Uxbridge UB8 3NN. Avem interpreți de limba română gratuit — cereți la recepție sau la programare.",
  [], "RO: 'Hillingdon Hospital: Pield Heath Road, Uxbridge UB8 3NN. We have free Romanian interpreters — ask at reception or when booking.' hospital's own address", plat="facebook",
  acc=off("@HillingdonNHSFT", "The Hillingdon Hospitals NHS Foundation Trust"), lang="ro")
P("f*tu-i, ce tură... 13 ore fără pauză și parcarea tot plină. mă duc acasă să dorm 2 zile",
  [PROF], "RO: 'f*ck, what a shift... 13 hours with no break and the car park still full. going home to sleep for 2 days' masked swearing", plat="x", lang="ro")

# --- Urdu (Arabic script)
P("وارڈ 6 کے بیڈ 3 پر ثمینہ بی بی ہیں، ان کی شوگر بہت اوپر نیچے ہو رہی ہے۔ ان کے بیٹے کو فون کر دیں، وہ خود انگریزی نہیں بولتیں",
  [CLIN, NAME], "UR: 'Samina Bibi is on ward 6 bed 3, her sugar keeps swinging. Please phone her son, she doesn't speak English herself.' name + ward + bed + condition", plat="whatsapp", lang="ur")
P("محمد اکرم صاحب کا این ایچ ایس نمبر 999 390 9963 ہے، کسی نے ان کا خط پرانے پتے پر بھیج دیا۔ کوئی ریکارڈ ٹھیک کر دے",
  [NAME, NHSN], "UR: 'Mr Muhammad Akram's NHS number is 999 390 9963, someone sent his letter to the old address. Can someone fix the record.' name + NHS number, no care detail", plat="whatsapp", lang="ur")
P("مسجد کے امام صاحب کی بیگم کل رات لیبر وارڈ میں آئیں، ماشاءاللہ بیٹا ہوا ہے، ساڑھے سات پاؤنڈ کا",
  [CLIN], "UR: 'The mosque imam's wife came to labour ward last night, mashallah a boy, seven and a half pounds.' identified by relation to a known person + birth weight", plat="facebook", lang="ur")
P("ہماری نرس فرزانہ کو اس سال کی بہترین نرس کا ایوارڈ ملا 🌹 بہت مبارک ہو، آپ پر فخر ہے",
  [], "UR: 'Our nurse Farzana won this year's best nurse award. Congratulations, we are proud of you.' staff award", plat="facebook", lang="ur")
P("رمضان میں روزہ رکھنے والے ذیابیطس کے مریض رمضان سے پہلے اپنی دوائی کے بارے میں اپنے ڈاکٹر یا فارماسسٹ سے ضرور بات کریں۔",
  [], "UR: 'People with diabetes who fast in Ramadan should talk to their doctor or pharmacist about their medicine before Ramadan.' general health information, not individual advice", plat="facebook",
  acc=off("@MFTnhs", MFT), lang="ur")
P("ہمارے نئے کنسلٹنٹ کارڈیالوجسٹ ڈاکٹر عمران شیخ کو خوش آمدید! وہ لاہور اور لیڈز سے تربیت یافتہ ہیں",
  [], "UR: 'Welcome to our new consultant cardiologist Dr Imran Shaikh! He trained in Lahore and Leeds.' new appointment", plat="x",
  acc=off("@MFTnhs", MFT), lang="ur")
P("یہ حکومت صرف وعدے کرتی ہے، این ایچ ایس کا بیڑا غرق کر دیا ہے۔ اگلے الیکشن میں ان کو ووٹ مت دینا",
  [POL], "UR: 'This government only makes promises, it has wrecked the NHS. Don't vote for them at the next election.' attack on a governing party", plat="facebook", lang="ur")

# --- Urdu, romanised
P("Shabana aunty ward 44 mein hain, kal unka gall bladder ka operation hai, sab dua karna 🤲 abhi koi visit na kare please, woh bohat thaki hui hain",
  [CLIN, NAME], "ur-Latn: 'Shabana aunty is on ward 44, her gall bladder operation is tomorrow, everyone pray; nobody visit yet please, she's very tired.' name + ward + operation", plat="facebook", lang="ur-Latn")
P("yaar woh Bolton wali larki jo TikTok pe itni famous hai na, kal raat A&E mein aayi overdose le ke. main shift pe thi, dil toot gaya",
  [CLIN], "ur-Latn: 'mate, that girl from Bolton who's so famous on TikTok came into A&E last night after an overdose. I was on shift, heartbreaking.' identified by description", plat="x", lang="ur-Latn")
P("Eid Mubarak sab ko! 🌙 Hamari chaplaincy team ne prayer room mein mithai rakhi hai, staff aur visitors sab aa ke le jayen",
  [], "ur-Latn: 'Eid Mubarak everyone! Our chaplaincy team has left sweets in the prayer room, staff and visitors all welcome.' greeting", plat="instagram",
  acc=dev("@MRIchaplaincy", "Chaplaincy and spiritual care team"), lang="ur-Latn")
P("Aaj hamare children's ward pe cricketer Faisal Mirza aaye bachon ko signed bat dene 🏏 bache khushi se pagal ho gaye! Sab parents ne photos ki ijazat di thi",
  [], "ur-Latn: 'Cricketer Faisal Mirza came to our children's ward today to give the kids a signed bat; they went wild. All parents gave permission for photos.' celebrity visit, consent stated", plat="facebook",
  acc=off("@MFTnhs", MFT), media=[img(True, True)], lang="ur-Latn")
P("bhai tum apni ammi ko raat ko metformin ki aadhi goli aur de do, sugar theek ho jayegi. main nurse hoon mujhe pata hai",
  [ADVICE], "ur-Latn: 'bro give your mum another half tablet of metformin at night, her sugar will settle. I'm a nurse, I know.' individual dosage advice", plat="whatsapp", lang="ur-Latn")

# --- Panjabi (Gurmukhi)
P("ਬੀਬੀ ਜਸਵੀਰ ਕੌਰ ਵਾਰਡ 9 ਦੇ ਬੈੱਡ 5 ਤੇ ਹਨ, ਡਿੱਗਣ ਨਾਲ ਉਹਨਾਂ ਦਾ ਚੂਲਾ ਟੁੱਟ ਗਿਆ। ਗੁਰਦੁਆਰੇ ਵਾਲੇ ਪੁੱਛ ਰਹੇ ਸਨ, ਸ਼ਾਮ ਨੂੰ ਮਿਲਣ ਆ ਸਕਦੇ ਹੋ",
  [CLIN, NAME], "PA: 'Bibi Jasvir Kaur is on ward 9 bed 5, she broke her hip in a fall. The gurdwara people were asking, you can visit in the evening.' name + ward + bed + injury", plat="whatsapp", lang="pa")
P("ਵਧਾਈਆਂ ਜੀ! ਹਰਪ੍ਰੀਤ ਦੇ ਘਰ ਕੱਲ੍ਹ ਰਾਤ 2 ਵਜੇ ਪੁੱਤਰ ਨੇ ਜਨਮ ਲਿਆ, 3.4 ਕਿਲੋ ਦਾ ਸ਼ੇਰ 🦁 ਮੈਂ ਡਿਲੀਵਰੀ ਰੂਮ ਵਿੱਚ ਹੀ ਸੀ",
  [CLIN, NAME], "PA: 'Congratulations! Harpreet had a son at 2am last night, a 3.4 kg lion. I was right there in the delivery room.' named mother + birth weight + time", plat="facebook", lang="pa")
P("ਵਿਸਾਖੀ ਮੌਕੇ ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਵੱਲੋਂ ਸਾਡੇ ਨਾਈਟ ਸ਼ਿਫ਼ਟ ਸਟਾਫ਼ ਲਈ ਲੰਗਰ ਆਇਆ 🙏 ਸੇਵਾਦਾਰਾਂ ਦਾ ਬਹੁਤ ਧੰਨਵਾਦ",
  [], "PA: 'For Vaisakhi the gurdwara sent langar for our night shift staff. Many thanks to the volunteers.' thanks", plat="facebook", lang="pa")
P("ਜੇ ਤੁਹਾਡੀ ਉਮਰ 50 ਤੋਂ 74 ਸਾਲ ਹੈ ਤਾਂ ਅੰਤੜੀਆਂ ਦੇ ਕੈਂਸਰ ਦੀ ਜਾਂਚ ਵਾਲੀ ਕਿੱਟ ਡਾਕ ਰਾਹੀਂ ਆਵੇਗੀ। ਇਸਨੂੰ ਜ਼ਰੂਰ ਵਰਤੋ।",
  [], "PA: 'If you are aged 50 to 74 a bowel cancer screening kit will come by post. Please use it.' general information", plat="facebook",
  acc=off("@RWTHNHS", "The Royal Wolverhampton NHS Trust"), lang="pa")
P("ਸਾਡੀ ਦਾਈ ਮਨਦੀਪ ਕੌਰ ਨੂੰ ਸਾਲ ਦੀ ਸਭ ਤੋਂ ਵਧੀਆ ਮਿਡਵਾਈਫ਼ ਦਾ ਇਨਾਮ ਮਿਲਿਆ! ਬਹੁਤ ਬਹੁਤ ਮੁਬਾਰਕਾਂ 🎉",
  [], "PA: 'Our midwife Mandeep Kaur won midwife of the year! Many congratulations.' staff award", plat="instagram",
  acc=dev("@StMarysMidwives", "Midwives of Saint Mary's. Team account."), lang="pa")
P("ਅਸੀਂ ਸਾਰਾ ਟੱਬਰ 20 ਦਸੰਬਰ ਤੋਂ ਪੂਰੇ ਮਹੀਨੇ ਲਈ ਪਿੰਡ ਜਾ ਰਹੇ ਹਾਂ, ਘਰ ਖਾਲੀ ਰਹੇਗਾ। ਕੰਮ ਤੋਂ ਛੁੱਟੀ ਮਿਲ ਗਈ ਆਖਰਕਾਰ 😄",
  [AWAY], "PA: 'The whole family is going to the village for a month from 20 December, the house will be empty. Finally got leave from work.' away from home", plat="facebook", lang="pa")

# --- Panjabi, romanised
P("Oye Gurpreet veer da accident hoya si M60 te, hun ICU ch aa bed 7 te. Koi milna chaunda taan 2 vaje ton baad aa sakda",
  [CLIN, NAME], "pa-Latn: 'Brother Gurpreet had an accident on the M60, now in ICU bed 7. Anyone who wants to visit can come after 2.' name + ICU + bed", plat="facebook", lang="pa-Latn")
P("sunya Harjit nu kam ton suspend kar ditta, kehnde drugs test fail ho gaya. sach hai ke jhooth? koi dasso",
  [NAME], "pa-Latn: 'heard Harjit has been suspended from work, they say he failed a drugs test. true or false? someone tell me' named colleague + suspension + drugs test", plat="whatsapp", lang="pa-Latn")
P("Sadi ward di sister Kulwinder 30 saal baad retire ho rahi hai 😢 party Friday nu Nando's ch, sab aayo te tissues le ke aayo",
  [], "pa-Latn: 'Our ward sister Kulwinder retires after 30 years, party on Friday at Nando's, everyone come and bring tissues.' retirement", plat="facebook", lang="pa-Latn")
P("Staff wellbeing layi har Veervaar 6 vaje bhangra class, seminar room 2 ch. Dhol wale Jassi paaji aunge 🥁 sab nu sadda aa!",
  [], "pa-Latn: 'Bhangra class for staff wellbeing every Thursday 6pm in seminar room 2. Jassi paaji with the dhol is coming, everyone's invited!' staff event", plat="instagram",
  acc=dev("@MRIstaffnews", "Staff news, MRI site"), lang="pa-Latn")
