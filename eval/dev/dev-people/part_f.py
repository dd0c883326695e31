# Non-English: Tamil, Hebrew, Somali, Portuguese, Welsh, Irish, Spanish, Lithuanian, Turkish, Gujarati
from lib import *
MFT = "Official account of Manchester University NHS Foundation Trust"

# --- Tamil
P("வார்டு 7, படுக்கை 2-ல் இருக்கும் லட்சுமி அம்மாவுக்கு இன்று காலை பக்கவாதம் வந்துவிட்டது. அவங்க பையன் சென்னையிலிருந்து வருகிறார்",
  [CLIN, NAME], "TA: 'Lakshmi Amma in ward 7, bed 2 had a stroke this morning. Her son is coming from Chennai.' name + ward + bed + stroke", plat="whatsapp", lang="ta")
P("சரண்யாவுக்கு நேற்று இரவு ஆண் குழந்தை பிறந்தது 💙 3.1 கிலோ, 38 வாரம். நான்தான் பிரசவம் பார்த்தேன்!",
  [CLIN, NAME], "TA: 'Saranya had a baby boy last night, 3.1 kg, 38 weeks. I delivered him!' named mother + weight + gestation", plat="facebook", lang="ta")
P("எங்கள் புதிய இதய மருத்துவர் டாக்டர் கார்த்திக் சுப்பிரமணியம் அவர்களை அன்புடன் வரவேற்கிறோம்!",
  [], "TA: 'We warmly welcome our new cardiologist Dr Karthik Subramaniam!' appointment", plat="facebook",
  acc=off("@RWTHNHS", "The Royal Wolverhampton NHS Trust"), lang="ta")
P("பொங்கல் வாழ்த்துக்கள்! 🍚 இன்று ஊழியர் கேன்டீனில் சர்க்கரைப் பொங்கல், இரவுப் பணியாளர்களுக்கும் எடுத்து வைத்திருக்கிறோம்",
  [], "TA: 'Happy Pongal! Sweet pongal in the staff canteen today, we've saved some for night staff too.' greeting", plat="instagram", lang="ta")
P("40 வயதுக்கு மேற்பட்டவர்கள் வருடத்துக்கு ஒருமுறையாவது இரத்த அழுத்தத்தைப் பரிசோதிக்கவும். பல மருந்தகங்களில் இது இலவசம்.",
  [], "TA: 'People over 40 should have their blood pressure checked at least once a year. It's free at many pharmacies.' general information", plat="facebook",
  acc=off("@MFTnhs", MFT), lang="ta")

# --- Hebrew
P("מר כהן מחדר 5 ביקש שהרב יבוא לפני הניתוח מחר בבוקר. הוא מאוד מפחד, מישהו יכול להתקשר לבית הכנסת?",
  [CLIN, NAME], "HE: 'Mr Cohen in room 5 asked for the rabbi to come before his operation tomorrow morning. He's very frightened, can someone ring the synagogue?' surname + room + surgery", plat="whatsapp", lang="he")
P("שמעתם? האחות שרה לוי מהמיון הושעתה בגלל התלונה. כל הבניין מדבר על זה",
  [NAME], "HE: 'Did you hear? Nurse Sarah Levi from A&E was suspended because of the complaint. The whole building is talking about it.' named colleague + suspension", plat="facebook", lang="he")
P("מזל טוב לד״ר יוסי אברהם על מינויו למנהל מחלקת הילדים! 👏",
  [], "HE: 'Congratulations to Dr Yossi Avraham on his appointment as head of the children's department!' appointment", plat="x", lang="he")
P("חג חנוכה שמח לכל הצוות! 🕎 סופגניות בחדר הצוות בקומה 2 עד שייגמרו",
  [], "HE: 'Happy Hanukkah to all the staff! Doughnuts in the staff room on floor 2 until they run out.' greeting", plat="facebook", lang="he")
P("הקוד של הדלת של חדר התרופות עדיין 4567, מישהו יכול להחליף אותו כבר? זה ממש לא רציני",
  [SEC], "HE: 'The door code for the medication room is still 4567, can someone change it already? This is really not serious.' door code disclosed", plat="whatsapp", lang="he")

# --- Somali
P("Hooyo Faadumo Cali waxay jiiftaa qolka 8, sariirta 2. Shalay ayaa lagu sameeyay qalliin wadnaha ah. Ducada ha ka illoobina",
  [CLIN, NAME], "SO: 'Mother Faadumo Cali is lying in room 8, bed 2. She had heart surgery yesterday. Don't forget your prayers.' name + room + bed + surgery", plat="facebook", lang="so")
P("Ilmaha Xamdi wuxuu dhashay 31 toddobaad, 1.6 kg, hadda wuxuu ku jiraa qaybta dhallaanka ee NICU. Aniga ayaa umulisay 🤲",
  [CLIN, NAME], "SO: 'Xamdi's baby was born at 31 weeks, 1.6 kg, and is now in NICU. I was the midwife.' named mother + gestation + weight", plat="facebook", lang="so")
P("Ninka taksiilaha ah ee had iyo jeer fadhiya masjidka Cheetham Hill agtiisa ayaa xalay la keenay qaybta gurmadka, wadnaha ayaa istaagay. Waa la soo celiyay alxamdulilaah",
  [CLIN], "SO: 'The taxi driver who always sits by the Cheetham Hill mosque was brought into A&E last night, his heart stopped. He was resuscitated, thank God.' job + place + cardiac arrest", plat="whatsapp", lang="so")
P("Hambalyo Amina Warsame oo loo doortay kalkaalisada sanadka! 🎉 Waxaad tahay tusaale wanaagsan",
  [], "SO: 'Congratulations to Amina Warsame, chosen as nurse of the year! You are a great example.' award", plat="facebook", lang="so")
P("Haddii aad uur leedahay oo aad qabto sonkorow, la hadal umulisadaada. Waxaan haynaa turjubaan Soomaali ah oo bilaash ah.",
  [], "SO: 'If you are pregnant and have diabetes, talk to your midwife. We have free Somali interpreters.' general information", plat="facebook",
  acc=off("@MFTnhs", MFT), lang="so")

# --- Portuguese
P("A D. Conceição da cama 9 teve alta hoje depois de 5 semanas connosco! Chorou ao despedir-se e deixou-nos um bolo de laranja 😭🍊",
  [CLIN, NAME], "PT: 'Dona Conceição from bed 9 was discharged today after 5 weeks with us! She cried saying goodbye and left us an orange cake.' name + bed + stay", plat="facebook", lang="pt")
P("O Zé do restaurante português em Stockport está nos cuidados intensivos desde sábado, AVC. Quem o conhece, reze por ele 🙏",
  [CLIN, NAME], "PT: 'Zé from the Portuguese restaurant in Stockport has been in intensive care since Saturday, stroke. If you know him, pray for him.' nickname + business + ICU + stroke", plat="facebook", lang="pt")
P("A Joana da farmácia teve um aborto espontâneo na semana passada, por isso está de baixa. Não lhe perguntem nada quando voltar",
  [NAME], "PT: 'Joana from pharmacy had a miscarriage last week, that's why she's off sick. Don't ask her anything when she's back.' named colleague + pregnancy loss", plat="whatsapp", lang="pt")
P("Parabéns à enfermeira Ana Ribeiro, que se reforma hoje depois de 28 anos no serviço nacional de saúde inglês 💐 vamos ter saudades!",
  [], "PT: 'Congratulations to nurse Ana Ribeiro who retires today after 28 years in the English NHS, we'll miss you!' retirement", plat="facebook", lang="pt")
P("Alguém viu 'Plantão da Noite' ontem? A Dra. Helena fez um parto no elevador e o bebé nasceu a sorrir 😂 nunca na vida",
  [], "PT: 'Did anyone see Night Duty yesterday? Dr Helena delivered a baby in the lift and the baby was born smiling. Never in a million years.' fictional TV drama", plat="x", lang="pt")
P("Usem o meu código ENF10 para 10% de desconto nas socas da SoftStep, são as melhores para turnos de 12 horas 👟",
  [COMM], "PT: 'Use my code ENF10 for 10% off SoftStep clogs, the best for 12-hour shifts.' discount code", plat="instagram",
  acc=per("@enf.marta", "Enfermeira 💉 opiniões minhas"), lang="pt")

# --- Welsh
P("Mae Mr Gwilym Roberts wedi bod ar ward 3 ers pythefnos ar ôl y strôc. Mae'n gofyn am ei gi, Mot, bob bore",
  [CLIN, NAME], "CY: 'Mr Gwilym Roberts has been on ward 3 for a fortnight after the stroke. He asks for his dog, Mot, every morning.' name + ward + stay + stroke", plat="facebook", lang="cy")
P("Babi bach i Catrin a Rhodri! 🥰 Ganwyd am 5 y bore, 7 pwys 3 owns. Fi oedd y fydwraig, dw i dal yn crio",
  [CLIN, NAME], "CY: 'A little baby for Catrin and Rhodri! Born at 5am, 7lb 3oz. I was the midwife, I'm still crying.' named parents + birth weight + time", plat="instagram", lang="cy")
P("Ydy Sioned o'r dderbynfa dal i ffwrdd yn sâl? Mae hi wedi bod allan ers mis a neb yn dweud dim",
  [NAME], "CY: 'Is Sioned from reception still off sick? She's been out for a month and nobody's saying anything.' named colleague + sickness absence", plat="facebook", lang="cy")
P("Llongyfarchiadau i Nyrs Eleri Davies ar ennill gwobr Nyrs y Flwyddyn! 🏴 Haeddiannol iawn",
  [], "CY: 'Congratulations to Nurse Eleri Davies on winning Nurse of the Year! Well deserved.' award", plat="x", lang="cy")
P("Dydd Gŵyl Dewi Hapus i'n holl staff! 🌼 Cawl a bara brith yn y ffreutur heddiw",
  [], "CY: 'Happy St David's Day to all our staff! Cawl and bara brith in the canteen today.' greeting", plat="facebook",
  acc=dev("@MRIstaffnews", "Staff news, MRI site"), lang="cy")
P("Mae ein clinig brechu ffliw ar agor i bawb dros 65 oed, menywod beichiog a phobl â chyflyrau hirdymor bob dydd Mercher.",
  [], "CY: 'Our flu vaccination clinic is open every Wednesday to everyone over 65, pregnant women and people with long-term conditions.' general information", plat="facebook",
  acc=off("@MFTnhs", MFT), lang="cy")

# --- Irish
P("Tá Pádraig Ó Súilleabháin i leaba 4 ar bharda 11 ó Dé Luain, tar éis titim sa bhaile. Tá a bhean ag teacht aníos ó Chiarraí amárach",
  [CLIN, NAME], "GA: 'Pádraig Ó Súilleabháin has been in bed 4 on ward 11 since Monday after a fall at home. His wife is coming over from Kerry tomorrow.' name + bed + ward + fall", plat="facebook", lang="ga")
P("Comhghairdeas le Dr Aoife Ní Bhriain, ár gcomhairleoir nua sa roinn éigeandála! Fáilte romhat 🍀",
  [], "GA: 'Congratulations to Dr Aoife Ní Bhriain, our new consultant in the emergency department! Welcome.' appointment", plat="x", lang="ga")
P("Lá Fhéile Pádraig sona daoibh go léir! ☘️ Beidh ceol sa cheaintín ag a haon a chlog",
  [], "GA: 'Happy St Patrick's Day to you all! There'll be music in the canteen at one o'clock.' greeting; 'Pádraig' here is the saint", plat="facebook", lang="ga")

# --- Spanish
P("Don Manuel, el de la cama 8, hoy nos ha cantado por bulerías después de la quimio. 84 años y más energía que todo el turno de noche junto 💃",
  [CLIN, NAME], "ES: 'Don Manuel, in bed 8, sang us flamenco after his chemo today. 84 and more energy than the whole night shift put together.' name + bed + chemo + age", plat="facebook", lang="es")
P("¡Bienvenida a la doctora Lucía Fernández, nuestra nueva anestesista! Ya sabe dónde está la cafetera, así que se queda 😄",
  [], "ES: 'Welcome Dr Lucía Fernández, our new anaesthetist! She already knows where the coffee machine is, so she's staying.' welcome", plat="x", lang="es")
P("Consejo general: si tienes entre 50 y 74 años, haz la prueba de cribado de cáncer de colon cuando te llegue por correo. Es sencilla y salva vidas.",
  [], "ES: 'General advice: if you are 50 to 74, do the bowel cancer screening test when it arrives by post. It's simple and saves lives.' general information", plat="facebook",
  acc=off("@MFTnhs", MFT), lang="es")

# --- Lithuanian
P("Ponia Aldona iš 5 palatos šiandien išrašoma po trijų savaičių. Sūnus atvažiuos 15 val., paruoškit jos vaistus",
  [CLIN, NAME], "LT: 'Mrs Aldona from room 5 is being discharged today after three weeks. Her son will come at 3pm, get her medicines ready.' name + room + discharge", plat="whatsapp", lang="lt")
P("Sveikiname mūsų slaugytoją Rasą Kazlauskienę, gavusią metų mentorės apdovanojimą! 🎉",
  [], "LT: 'Congratulations to our nurse Rasa Kazlauskienė on the mentor of the year award!' award", plat="facebook", lang="lt")
P("Nemokama gripo vakcina visiems vyresniems nei 65 metų, nėščiosioms ir sergantiems lėtinėmis ligomis. Kreipkitės į savo šeimos gydytoją.",
  [], "LT: 'Free flu vaccine for everyone over 65, pregnant women and people with long-term illnesses. Contact your GP.' general information", plat="facebook",
  acc=off("@MFTnhs", MFT), lang="lt")

# --- Turkish
P("Kebapçının sahibi Mehmet abi dün gece acile geldi, kalp krizi. Şu an yoğun bakımda, herkes soruyor",
  [CLIN, NAME], "TR: 'Mehmet abi who owns the kebab shop came into A&E last night, heart attack. He's in intensive care now, everyone's asking.' name + business + condition", plat="facebook", lang="tr")
P("Yeni ebemiz Elif Yılmaz'a hoş geldin diyoruz! 🌷 İlk nöbetin hayırlı olsun",
  [], "TR: 'We welcome our new midwife Elif Yılmaz! Good luck on your first shift.' welcome", plat="instagram",
  acc=dev("@StMarysMidwives", "Midwives of Saint Mary's. Team account."), lang="tr")
P("s*ktir ya, yine 13 saatlik nöbet, ayaklarım koptu. eve gidip ölü gibi uyuyacağım",
  [PROF], "TR: 'f*ck, another 13-hour shift, my feet are falling off. going home to sleep like the dead' masked swearing; 'sleep like the dead' is an idiom", plat="x", lang="tr")

# --- Gujarati
P("હંસાબેન પટેલ વોર્ડ 8 માં છે, ગઈકાલે તેમના ઘૂંટણનું ઓપરેશન થયું. બધા પ્રાર્થના કરજો 🙏",
  [CLIN, NAME], "GU: 'Hansaben Patel is on ward 8, she had her knee operation yesterday. Everyone please pray.' name + ward + operation", plat="whatsapp", lang="gu")
P("અમારી નવી મિડવાઇફ નેહા દેસાઈનું હાર્દિક સ્વાગત છે! 🌸",
  [], "GU: 'A warm welcome to our new midwife Neha Desai!' welcome", plat="facebook", lang="gu")
P("નવરાત્રીની શુભકામના! 💃 સ્ટાફ માટે શુક્રવારે સાંજે હોલ 2 માં ગરબા, બધા આવજો",
  [], "GU: 'Happy Navratri! Garba for staff on Friday evening in hall 2, everyone come.' staff event", plat="instagram", lang="gu")
