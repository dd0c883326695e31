import { describe, expect, it } from "vitest";
import { defaultTriageConfig, triageMessage } from "../src/triage/index.js";
import { LANGUAGES, PhraseMatcher } from "../src/triage/multilingual/index.js";
import { NEEDS_READING } from "../src/triage/triage.js";

/**
 * Hand-written per language, in wording of our own (not the labelled sets'): crisis and threat are
 * found, ordinary messages in the same language are not crisis, and a message the engine cannot
 * read is never urgency low (docs/triage-languages.md, docs/interfaces.md §4.3).
 */
/** Languages with a case of every kind below (raised as each group of languages is added). */
const LANGUAGE_COUNT_FLOOR = 20;
const config = defaultTriageConfig();
const now = new Date("2026-11-24T10:00:00Z");
const triage = (text: string) => triageMessage({ id: "t", text }, config, { now });

// [language, crisis, threat, ordinary messages that are not crisis]
const CASES: readonly (readonly [string, string, string, readonly string[]])[] = [
  [
    "cy",
    "Dw i ddim eisiau byw rhagor.",
    "Dw i'n gwybod lle ti'n byw.",
    ["Diolch yn fawr i'r staff ar y ward.", "Ble mae'r maes parcio?"],
  ],
  [
    "pl",
    "Mój brat mówi, że się zabije.",
    "Wiem gdzie mieszkasz, pożałujesz.",
    ["Dziękuję bardzo za opiekę nad mamą.", "Czy mogę przełożyć wizytę na piątek?"],
  ],
  [
    "ro",
    "Nu mai vreau sa traiesc, am luat toate pastilele.",
    "Stiu unde locuiesti, o sa te omor.",
    ["Multumesc pentru ingrijire.", "Am asteptat sase ore la urgente, e inacceptabil."],
  ],
  ["pa", "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ", "Main ohnu maar daanga", ["Tusi bahut changi dekhbhal kiti, dhanvaad ji"]],
  [
    "ur",
    "میں خودکشی کرنا چاہتا ہوں",
    "Mujhe pata hai kahan rehta hai woh doctor",
    ["آپ کا بہت شکریہ، بہت اچھا خیال رکھا"],
  ],
  [
    "ur-Latn",
    "Main bojh ban gaya hoon, aur bardasht nahi hota",
    "Usko maar dunga",
    ["Appointment kab hai? Shukriya"],
  ],
  [
    "pt",
    "Tomei todos os comprimidos que tinha em casa.",
    "Sabemos onde ele mora.",
    ["Obrigada pelo carinho da equipa.", "Onde fica a consulta externa?"],
  ],
  [
    "es",
    "Ya no aguanto más, soy una carga para mi familia.",
    "Te voy a matar cuando salgas.",
    ["Muchas gracias a las enfermeras.", "¿Cuál es el horario de visitas?"],
  ],
  [
    "ar",
    "أخي يقول إنه سينتحر الليلة",
    "سأقتلك إذا لم يعتذر",
    ["شكرا جزيلا على الرعاية الممتازة", "ما هي أوقات الزيارة؟"],
  ],
  ["bn", "আমি আর বাঁচতে চাই না", "ওকে মেরে ফেলব", ["আপনাদের অনেক ধন্যবাদ"]],
  ["gu", "મારે હવે જીવવું નથી", "હું તેને મારી નાખીશ", ["ખૂબ ખૂબ આભાર"]],
  [
    "it",
    "Non ce la faccio più, voglio farla finita.",
    "So dove abiti, te ne pentirai.",
    ["Grazie mille a tutto il reparto."],
  ],
  ["lt", "Nebenoriu gyventi.", "Žinau kur gyveni.", ["Ačiū gydytojams už rūpestį."]],
  ["zh-Hans", "我真的不想活了", "我知道你住哪，等着瞧", ["非常感谢护士们的照顾", "请问探视时间是几点？"]],
  ["zh-Hant", "我想自殺", "我會殺了你", ["非常感謝醫生"]],
  [
    "fr",
    "Je ne veux plus vivre, pardonnez-moi.",
    "Je vais te tuer.",
    ["Merci beaucoup à toute l'équipe.", "Où se trouve le service de radiologie ?"],
  ],
  ["ta", "நான் தற்கொலை செய்ய போகிறேன்", "உன்னை கொன்று விடுவேன்", ["மிக்க நன்றி"]],
  [
    "tr",
    "Artık yaşamak istemiyorum.",
    "Nerede oturduğunu biliyorum, pişman olacaksın.",
    ["Hemşirelere çok teşekkür ederim.", "Randevumu değiştirebilir miyim?"],
  ],
  ["so", "Waxaan rabaa inaan dhinto.", "Waan ku dilayaa.", ["Mahadsanid dhakhtarka iyo kalkaalisada."]],
  ["bg", "Искам да умра.", "Ще те убия.", ["Благодаря на всички сестри."]],
  ["fa", "میخواهم بمیرم", "میدونم کجا زندگی میکنی", ["خیلی ممنون از پرستاران"]],
  ["hu", "Nem akarok tovább élni.", "Tudom hol laksz, megbánod.", ["Köszönöm szépen a kedves ápolóknak."]],
  [
    "de",
    "Ich will nicht mehr leben.",
    "Ich weiß wo du wohnst.",
    ["Vielen Dank an das ganze Team.", "Wann sind die Besuchszeiten?"],
  ],
  ["hi", "मैं आत्महत्या कर लूंगा", "मैं तुम्हें जान से मार दूंगा", ["बहुत धन्यवाद डॉक्टर साहब"]],
  ["ru", "Я больше не хочу жить.", "Я тебя убью.", ["Спасибо большое врачам."]],
  ["uk", "Я не хочу жити.", "Знаю де ти живеш.", ["Дуже дякую лікарям."]],
  ["am", "መሞት እፈልጋለሁ", "እገድልሃለሁ", ["በጣም አመሰግናለሁ"]],
  ["ku", "Dixwazim bimirim.", "Te dikujim.", ["Gelek spas ji bo alîkariyê."]],
  ["ps", "غواړم مړ شم", "تا وژنم", ["ډېره مننه"]],
];

describe("crisis and threat in other languages", () => {
  it("covers at least 25 languages with crisis and threat cues of every kind listed", () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(25);
    for (const l of LANGUAGES) {
      expect(Object.keys(l.crisis).length, l.code).toBeGreaterThanOrEqual(6);
      expect(Object.keys(l.threat).length, l.code).toBeGreaterThanOrEqual(3);
    }
  });
  it.each(CASES)("%s: crisis found", (_lang, crisis) => {
    expect(triage(crisis).category).toBe("crisis");
  });
  it.each(CASES)("%s: threat found", (_lang, _crisis, threat) => {
    expect(triage(threat).category).toBe("threat");
  });
  it.each(CASES.flatMap(([lang, , , ordinary]) => ordinary.map((o) => [lang, o] as const)))(
    "%s: %j is not crisis or threat",
    (_lang, text) => {
      const r = triage(text);
      expect(r.category).not.toBe("crisis");
      expect(r.category).not.toBe("threat");
    },
  );
  it("finds crisis typed without diacritics and in capitals", () => {
    expect(triage("NIE CHCE ZYC").category).toBe("crisis");
    expect(triage("OLMEK ISTIYORUM").category).toBe("crisis");
    expect(triage("Nu mai vreau să trăiesc").category).toBe("crisis");
  });
  it("gives the span of the words that decided", () => {
    const text = "Dzień dobry. Mój syn mówi, że się zabije.";
    const r = triage(text);
    const reason = r.reasons?.find((x) => x.for === "crisis");
    expect(reason?.text).toContain("zabije");
  });
});

/**
 * Every kind of warning sign (issue 11, item 2) in each of the main languages of England and Wales,
 * in sentences of our own: [language, kind, message]. Weak cues count only in pairs, so the
 * indirect kinds (a plan with a time, calm after a decision) appear with the second sign people
 * usually give with them.
 */
const CRISIS_BY_KIND: readonly (readonly [string, string, string])[] = [
  ["pl", "want-to-die", "Nie chcę się już obudzić rano."],
  ["pl", "suicide", "Myślę o tym, żeby odebrać sobie życie."],
  ["pl", "self-harm", "Właśnie się pocięłam i nie wiem co robić."],
  ["pl", "overdose", "Wzięłam całe opakowanie leków od lekarza."],
  ["pl", "farewell", "Zostawiam ci hasła do banku, kiedy mnie zabraknie będziesz wiedział."],
  ["pl", "burden", "Wszystkim będzie lżej beze mnie."],
  ["pl", "hopeless", "Nikt mi już nie pomoże, nie ma już dla mnie nadziei."],
  ["pl", "means-plan", "Wszystko już zaplanowałem, zrobię to w weekend."],
  ["pl", "relative", "Mój mąż zaginął i nie odbiera, napisał mi przepraszam."],
  ["pl", "calm", "Podjęłam decyzję, w końcu czuję spokój. Kocham was wszystkich."],
  ["ro", "want-to-die", "Vreau să mor, nu mai am putere."],
  ["ro", "suicide", "Mă gândesc să mă sinucid."],
  ["ro", "self-harm", "M-am tăiat iar pe brațe aseară."],
  ["ro", "overdose", "Am luat o cutie întreagă de somnifere."],
  ["ro", "farewell", "Ți-am lăsat parolele, ai grijă de copii după."],
  ["ro", "burden", "Sunt o povară pentru familia mea."],
  ["ro", "hopeless", "Nu mă mai poate ajuta nimeni."],
  ["ro", "means-plan", "Am plănuit totul, o fac diseară."],
  ["ro", "relative", "Fratele meu a dispărut și mi-a scris că îi pare rău."],
  ["ro", "calm", "Am luat o decizie, iartă-mă."],
  ["pt", "want-to-die", "Não quero mais viver."],
  ["pt", "suicide", "Estou a pensar em suicídio."],
  ["pt", "self-harm", "Estou me cortando outra vez no banheiro."],
  ["pt", "overdose", "Tomei uma caixa inteira de paracetamol."],
  ["pt", "farewell", "Deixei as senhas na gaveta, cuida dos meus filhos."],
  ["pt", "burden", "Sou um peso para todos."],
  ["pt", "hopeless", "Ninguém me pode ajudar, não tenho mais esperança."],
  ["pt", "means-plan", "Já planeei tudo, vou fazer isso amanhã."],
  ["pt", "relative", "A minha filha desapareceu e mandou mensagem a pedir desculpa."],
  ["pt", "calm", "Já tomei a minha decisão, perdoa-me."],
  ["es", "want-to-die", "Quiero morirme."],
  ["es", "suicide", "He pensado en suicidarme."],
  ["es", "self-harm", "Me estoy cortando otra vez."],
  ["es", "overdose", "Me tomé una caja entera de ibuprofeno."],
  ["es", "farewell", "Te dejé las contraseñas, cuida de mis hijos."],
  ["es", "burden", "Soy un estorbo, estarían mejor sin mí."],
  ["es", "hopeless", "Nadie me puede ayudar, ya no tengo esperanza."],
  ["es", "means-plan", "Ya tengo todo planeado, lo haré mañana."],
  ["es", "relative", "Mi hermano ha desaparecido y me escribió que lo siente."],
  ["es", "calm", "Ya tomé mi decisión, perdóname."],
  ["ur", "want-to-die", "میں مرنا چاہتا ہوں"],
  ["ur", "suicide", "میں خودکشی کے بارے میں سوچ رہا ہوں"],
  ["ur", "self-harm", "میں نے پھر سے خود کو کاٹ لیا"],
  ["ur", "overdose", "میں نے ساری گولیاں کھا لی ہیں"],
  ["ur", "farewell", "یہ میرا آخری پیغام ہے"],
  ["ur", "burden", "میں سب پر بوجھ ہوں"],
  ["ur", "hopeless", "کوئی میری مدد نہیں کر سکتا"],
  ["ur", "means-plan", "میں نے رسی خرید لی ہے"],
  ["ur", "relative", "میرا بھائی لاپتہ ہے، اس نے میسج کیا کہ مجھے معاف کر دینا"],
  ["ur", "calm", "میں نے فیصلہ کر لیا ہے، مجھے معاف کر دینا"],
  ["ur-Latn", "overdose", "Maine sari goliyan kha li hain"],
  ["ur-Latn", "time", "Aaj raat, mere bachon ka khayal rakhna"],
  ["pa", "want-to-die", "ਮੈਂ ਮਰਨਾ ਚਾਹੁੰਦੀ ਹਾਂ"],
  ["pa", "suicide", "ਉਹ ਖ਼ੁਦਕੁਸ਼ੀ ਦੀ ਗੱਲ ਕਰਦਾ ਹੈ"],
  ["pa", "self-harm", "ਮੈਂ ਆਪਣੇ ਆਪ ਨੂੰ ਕੱਟ ਲਿਆ"],
  ["pa", "overdose", "ਮੈਂ ਸਾਰੀਆਂ ਗੋਲੀਆਂ ਖਾ ਲਈਆਂ"],
  ["pa", "farewell", "ਇਹ ਮੇਰਾ ਆਖਰੀ ਸੁਨੇਹਾ ਹੈ"],
  ["pa", "burden", "ਮੈਂ ਬੋਝ ਹਾਂ ਸਾਰਿਆਂ ਤੇ"],
  ["pa", "hopeless", "ਕੋਈ ਉਮੀਦ ਨਹੀਂ, ਮੈਨੂੰ ਮਾਫ਼ ਕਰ ਦੇਣਾ"],
  ["pa", "means-plan", "ਮੈਂ ਪੁਲ ਤੋਂ ਛਾਲ ਮਾਰ ਦਿਆਂਗਾ"],
  ["pa", "relative", "ਮੇਰਾ ਮੁੰਡਾ ਲਾਪਤਾ ਹੈ, ਲਿਖਿਆ ਮੈਨੂੰ ਮਾਫ਼ ਕਰ ਦੇਣਾ"],
  ["pa", "calm", "ਫ਼ੈਸਲਾ ਕਰ ਲਿਆ ਹੈ, ਅਲਵਿਦਾ"],
  ["pa-Arab", "overdose", "میں ساریاں گولیاں کھا لئیاں"],
  ["pa-Latn", "burden", "Main bojh haan sab te"],
  ["ar", "want-to-die", "اريد ان اموت"],
  ["ar", "suicide", "افكر في الانتحار"],
  ["ar", "self-harm", "جرحت نفسي مرة ثانية"],
  ["ar", "overdose", "أخذت علبة كاملة من الباراسيتامول"],
  ["ar", "farewell", "هاي آخر رسالة مني"],
  ["ar", "burden", "أنا عبء على عائلتي"],
  ["ar", "hopeless", "لا أحد يستطيع مساعدتي"],
  ["ar", "means-plan", "اشتريت حبل أمس"],
  ["ar", "relative", "أخي اختفى وبعتلي سامحوني"],
  ["ar", "calm", "اتخذت قراري، سامحوني"],
  ["bn", "want-to-die", "আমি মরে যেতে চাই"],
  ["bn", "suicide", "আমি আত্মহত্যা করব"],
  ["bn", "self-harm", "আমি আবার নিজেকে কেটেছি"],
  ["bn", "overdose", "আমি সব ওষুধ খেয়ে ফেলেছি"],
  ["bn", "farewell", "এটা আমার শেষ মেসেজ"],
  ["bn", "burden", "আমি সবার জন্য বোঝা"],
  ["bn", "hopeless", "কোনো আশা নেই, আর পারছি না"],
  ["bn", "means-plan", "আমি দড়ি কিনেছি"],
  ["bn", "relative", "আমার ভাই নিখোঁজ, লিখেছে আমাকে ক্ষমা করে দিও"],
  ["bn", "calm", "সিদ্ধান্ত নিয়ে ফেলেছি, বিদায়"],
  ["gu", "want-to-die", "મારે મરી જવું છે"],
  ["gu", "suicide", "હું આત્મહત્યા કરીશ"],
  ["gu", "self-harm", "મેં પોતાને કાપી નાખ્યું"],
  ["gu", "overdose", "મેં બધી ગોળીઓ ખાઈ લીધી"],
  ["gu", "farewell", "આ મારો છેલ્લો મેસેજ છે"],
  ["gu", "burden", "હું બોજ છું બધા માટે"],
  ["gu", "hopeless", "કોઈ આશા નથી, મને માફ કરજો"],
  ["gu", "means-plan", "હું પુલ પરથી કૂદી જઈશ"],
  ["gu", "relative", "મારો દીકરો ગુમ થયો છે, લખ્યું મને માફ કરજો"],
  ["gu", "calm", "નિર્ણય લઈ લીધો છે, અલવિદા"],
  ["it", "want-to-die", "Voglio morire."],
  ["it", "suicide", "Penso al suicidio ogni giorno."],
  ["it", "self-harm", "Mi sono tagliata di nuovo le braccia."],
  ["it", "overdose", "Ho preso una scatola intera di tachipirina."],
  ["it", "farewell", "Questo è il mio ultimo messaggio."],
  ["it", "burden", "Sono un peso per la mia famiglia."],
  ["it", "hopeless", "Nessuno può aiutarmi."],
  ["it", "means-plan", "Ho comprato una corda."],
  ["it", "relative", "Mio figlio è scomparso e mi ha scritto perdonami."],
  ["it", "calm", "Ho preso la mia decisione, perdonatemi."],
  ["fr", "want-to-die", "Je veux mourir."],
  ["fr", "suicide", "Je pense au suicide."],
  ["fr", "self-harm", "Je me suis coupée encore hier soir."],
  ["fr", "overdose", "J'ai pris toute la boîte de doliprane."],
  ["fr", "farewell", "C'est mon dernier message, mes affaires sont en ordre."],
  ["fr", "burden", "Je suis un fardeau pour tout le monde."],
  ["fr", "hopeless", "Personne ne peut m'aider."],
  ["fr", "means-plan", "J'ai tout prévu pour samedi."],
  ["fr", "relative", "Ma sœur a disparu et m'a écrit pardonne-moi."],
  ["fr", "calm", "J'ai pris ma décision. Pardonnez-moi."],
  ["de", "want-to-die", "Ich will nicht mehr leben."],
  ["de", "suicide", "Ich denke an Selbstmord."],
  ["de", "self-harm", "Ich ritze mich wieder."],
  ["de", "overdose", "Ich habe eine ganze Packung Ibuprofen genommen."],
  ["de", "farewell", "Das ist meine letzte Nachricht."],
  ["de", "burden", "Ich bin eine Last für alle."],
  ["de", "hopeless", "Niemand kann mir helfen."],
  ["de", "means-plan", "Ich habe Tabletten gesammelt."],
  ["de", "relative", "Mein Bruder ist verschwunden und schrieb: verzeih mir."],
  ["de", "calm", "Ich habe mich entschieden. Verzeiht mir."],
  ["tr", "want-to-die", "Ölmek istiyorum."],
  ["tr", "suicide", "İntihar etmeyi düşünüyorum."],
  ["tr", "self-harm", "Yine kendimi kestim."],
  ["tr", "overdose", "Bir kutu ilaç içtim."],
  ["tr", "farewell", "Bu son mesajım."],
  ["tr", "burden", "Herkese yük oluyorum."],
  ["tr", "hopeless", "Kimse bana yardım edemez."],
  ["tr", "means-plan", "Hapları biriktirdim."],
  ["tr", "relative", "Kardeşim kayboldu, bana beni affet yazdı."],
  ["tr", "calm", "Kararımı verdim, hoşça kalın."],
  ["zh", "want-to-die", "我不想活了"],
  ["zh", "suicide", "我想自杀"],
  ["zh", "self-harm", "我又割腕了"],
  ["zh", "overdose", "我把药都吃了"],
  ["zh", "farewell", "我写好了遗书"],
  ["zh", "burden", "我只是个累赘"],
  ["zh", "hopeless", "没有人能帮我"],
  ["zh", "means-plan", "我买了绳子"],
  ["zh", "relative", "我哥哥失踪了，留言说原谅我"],
  ["zh", "calm", "我已经决定了，原谅我"],
  ["zh-Hant", "overdose", "我把藥都吃了"],
  ["lt", "want-to-die", "Aš noriu mirti."],
  ["lt", "suicide", "Galvoju apie savižudybę."],
  ["lt", "self-harm", "Vėl pjaustausi rankas."],
  ["lt", "overdose", "Išgėriau visą pakuotę vaistų."],
  ["lt", "farewell", "Tai mano paskutinė žinutė."],
  ["lt", "burden", "Esu našta visiems."],
  ["lt", "hopeless", "Niekas negali man padėti."],
  ["lt", "means-plan", "Nusipirkau virvę."],
  ["lt", "relative", "Brolis dingo, parašė atleisk man."],
  ["lt", "calm", "Priėmiau sprendimą, atleiskite man."],
  ["ta", "want-to-die", "நான் சாக விரும்புகிறேன்"],
  ["ta", "suicide", "நான் தற்கொலை செய்து கொள்வேன்"],
  ["ta", "self-harm", "என்னை நானே வெட்டிக்கொண்டேன்"],
  ["ta", "overdose", "எல்லா மாத்திரைகளையும் சாப்பிட்டேன்"],
  ["ta", "farewell", "இது என் கடைசி செய்தி"],
  ["ta", "burden", "நான் ஒரு சுமை"],
  ["ta", "hopeless", "யாரும் எனக்கு உதவ முடியாது"],
  ["ta", "means-plan", "நான் கயிறு வாங்கினேன்"],
  ["ta", "relative", "என் மகனை காணவில்லை, என்னை மன்னித்துவிடுங்கள் என்று எழுதினான்"],
  ["ta", "calm", "முடிவு செய்துவிட்டேன், இன்று இரவு"],
  ["so", "want-to-die", "Waan dhiman rabaa."],
  ["so", "suicide", "Waxaan doonayaa inaan is dilo."],
  ["so", "self-harm", "Waan is jarjaray mar kale."],
  ["so", "overdose", "Kiniinnadii oo dhan waan liqay."],
  ["so", "farewell", "Kani waa fariintaydii ugu dambeysay."],
  ["so", "burden", "Culays baan ahay qoyskayga."],
  ["so", "hopeless", "Qofna ima caawin karo."],
  ["so", "means-plan", "Xadhig baan iibsaday."],
  ["so", "relative", "Wiilkaygu wuu maqan yahay, wuxuu qoray i cafiya."],
  ["so", "calm", "Go'aan baan gaadhay, caawa."],
  ["bg", "want-to-die", "Искам да умра."],
  ["bg", "suicide", "Мисля за самоубийство."],
  ["bg", "self-harm", "Пак се нарязах."],
  ["bg", "overdose", "Изпих всички хапчета."],
  ["bg", "farewell", "Това е последното ми съобщение."],
  ["bg", "burden", "В тежест съм на всички."],
  ["bg", "hopeless", "Никой не може да ми помогне."],
  ["bg", "means-plan", "Купих въже."],
  ["bg", "relative", "Брат ми изчезна и написа простете ми."],
  ["bg", "calm", "Взех решение, довечера."],
  ["bg-Latn", "overdose", "Izpih vsichki hapcheta."],
  ["fa", "want-to-die", "میخوام بمیرم"],
  ["fa", "suicide", "به خودکشی فکر میکنم"],
  ["fa", "self-harm", "دوباره رگمو زدم"],
  ["fa", "overdose", "همه قرص ها رو خوردم"],
  ["fa", "farewell", "این آخرین پیام منه"],
  ["fa", "burden", "من سربار همه هستم"],
  ["fa", "hopeless", "هیچکس نمیتونه کمکم کنه"],
  ["fa", "means-plan", "طناب خریدم"],
  ["fa", "relative", "برادرم گم شده و نوشته حلالم کنید"],
  ["fa", "calm", "تصمیممو گرفتم، امشب"],
  ["hu", "want-to-die", "Meg akarok halni."],
  ["hu", "suicide", "Öngyilkosságra gondolok."],
  ["hu", "self-harm", "Megint megvágtam magam."],
  ["hu", "overdose", "Bevettem az összes tablettát."],
  ["hu", "farewell", "Ez az utolsó üzenetem."],
  ["hu", "burden", "Teher vagyok mindenkinek."],
  ["hu", "hopeless", "Senki nem tud segíteni rajtam."],
  ["hu", "means-plan", "Vettem egy kötelet."],
  ["hu", "relative", "A fiam eltűnt, azt írta bocsássatok meg."],
  ["hu", "calm", "Döntöttem, ma éjjel."],
  ["es", "burden", "Ya no tendréis que preocuparos por mí."],
  ["es", "relative", "Mi padre no ha vuelto a casa y dejó una carta."],
  ["fr", "relative", "Mon fils n'est pas rentré et a laissé un mot."],
  ["de", "relative", "Meine Tochter ist nicht nach Hause gekommen und hat einen Brief hinterlassen."],
  ["pl", "burden", "Niedługo nie będziecie musieli się o mnie martwić."],
  ["tr", "relative", "Oğlum eve gelmedi, bir mektup bıraktı."],
];

// [language, kind, message]
const THREAT_BY_KIND: readonly (readonly [string, string, string])[] = [
  ["pl", "weapon", "Przyjdę z nożem na oddział."],
  ["pl", "followed", "Wiem o której kończy zmianę i będę czekał na parkingu."],
  ["pl", "arson", "Puszczę z dymem tę przychodnię."],
  ["pl", "ultimatum", "Macie czas do piątku, bo inaczej przyjdę."],
  ["ro", "weapon", "Vin cu cuțitul la spital."],
  ["ro", "followed", "Știu ce mașină are asistenta."],
  ["ro", "arson", "Dau foc spitalului dacă nu mă primiți."],
  ["ro", "ultimatum", "Până vineri, altfel vin peste voi."],
  ["pt", "weapon", "Vou com uma faca ao hospital."],
  ["pt", "followed", "Sei qual é o carro dela, vou esperar no estacionamento."],
  ["pt", "arson", "Vou deitar fogo a essa clínica."],
  ["pt", "ultimatum", "Resolvam até sexta, senão eu vou aí."],
  ["es", "weapon", "Tengo un cuchillo y voy para allá."],
  ["es", "followed", "La seguí hasta su casa, sé qué coche tiene."],
  ["es", "arson", "Voy a quemar el hospital."],
  ["es", "ultimatum", "Si no me llaman hoy, os vais a arrepentir."],
  ["ur", "weapon", "میں چاقو لے کر آؤں گا"],
  ["ur", "followed", "میں نے اس نرس کا گھر تک پیچھا کیا"],
  ["ur", "arson", "ہسپتال کو آگ لگا دوں گا"],
  ["ur", "ultimatum", "Kal tak jawab do warna main aa jaunga"],
  ["pa", "weapon", "ਮੈਂ ਚਾਕੂ ਲੈ ਕੇ ਆਵਾਂਗਾ"],
  ["pa", "followed", "ਮੈਂ ਉਸਦਾ ਘਰ ਤੱਕ ਪਿੱਛਾ ਕੀਤਾ"],
  ["pa", "arson", "ਮੈਂ ਹਸਪਤਾਲ ਨੂੰ ਅੱਗ ਲਾ ਦਿਆਂਗਾ"],
  ["ar", "weapon", "معي سكين وجاي"],
  ["ar", "followed", "أعرف سيارتها ووين بتصف"],
  ["ar", "arson", "سأحرق المستشفى"],
  ["ar", "ultimatum", "إذا ما رديتوا اليوم رح تندموا"],
  ["bn", "weapon", "আমি ছুরি নিয়ে আসব"],
  ["bn", "followed", "আমি নার্সের বাড়ি পর্যন্ত পিছু নিয়েছি"],
  ["bn", "arson", "হাসপাতালে আগুন লাগিয়ে দেব"],
  ["gu", "weapon", "હું ચાકુ લઈને આવીશ"],
  ["gu", "followed", "મેં નર્સનો ઘર સુધી પીછો કર્યો"],
  ["gu", "arson", "હું હોસ્પિટલમાં આગ લગાડી દઈશ"],
  ["it", "weapon", "Vengo con un coltello in reparto."],
  ["it", "followed", "So che macchina ha l'infermiera."],
  ["it", "arson", "Do fuoco all'ospedale."],
  ["fr", "weapon", "J'ai un couteau dans mon sac."],
  ["fr", "followed", "Je sais quelle voiture elle a, je l'attendrai sur le parking."],
  ["fr", "arson", "Je vais mettre le feu à l'accueil."],
  ["de", "weapon", "Ich komme mit einem Messer."],
  ["de", "followed", "Ich bin ihr nach Hause gefolgt."],
  ["de", "arson", "Ich zünde das Krankenhaus an."],
  ["tr", "weapon", "Bıçakla geleceğim."],
  ["tr", "followed", "Hemşireyi evine kadar takip ettim."],
  ["tr", "arson", "Hastaneyi yakacağım."],
  ["zh", "weapon", "我明天带刀来"],
  ["zh", "followed", "我知道她开什么车"],
  ["zh", "arson", "我要烧了医院"],
  ["lt", "weapon", "Ateisiu su peiliu į ligoninę."],
  ["lt", "followed", "Sekiau ją iki namų."],
  ["lt", "arson", "Padegsiu tą kliniką."],
  ["ta", "weapon", "நான் கத்தியுடன் வருவேன்"],
  ["ta", "followed", "நர்ஸை வீடு வரை பின்தொடர்ந்தேன்"],
  ["ta", "arson", "மருத்துவமனைக்கு தீ வைப்பேன்"],
  ["so", "weapon", "Mindi baan la imanayaa."],
  ["so", "ultimatum", "Waad ka qoomameyn doontaan haddii aydaan i caawin."],
  ["so", "arson", "Cisbitaalka waan gubi doonaa."],
  ["bg", "weapon", "Ще дойда с нож."],
  ["bg", "followed", "Проследих я до вкъщи."],
  ["bg", "arson", "Ще подпаля болницата."],
  ["fa", "weapon", "با چاقو میام بیمارستان"],
  ["fa", "followed", "تا خونه دنبالش کردم"],
  ["fa", "arson", "بیمارستان رو آتیش میزنم"],
  ["hu", "weapon", "Késsel megyek a kórházba."],
  ["hu", "followed", "Hazáig követtem a nővért."],
  ["hu", "arson", "Felgyújtom a rendelőt."],
  ["es", "veiled", "Sabemos cuándo termina tu turno."],
  ["it", "veiled", "Sarebbe un peccato se le succedesse qualcosa."],
  ["de", "veiled", "Wir wissen wann deine Schicht endet."],
  ["es", "veiled", "Dile a esa enfermera que tiene los días contados."],
  ["fr", "veiled", "Tu vas me le payer, crois-moi."],
  ["pl", "veiled", "Zapłacisz mi za to, doktorze."],
  ["tr", "veiled", "Günlerin sayılı, hemşire hanım."],
  ["ur-Latn", "veiled", "Us doctor ko nahi chhodunga, yaad rakhna"],
  ["ar", "veiled", "رح تدفع الثمن يا دكتور"],
  ["bn", "veiled", "ওই ডাক্তারকে ছাড়ব না"],
];

// Ordinary messages in the same languages, using the words the new cues are built from.
const ORDINARY_BY_LANGUAGE: readonly (readonly [string, string])[] = [
  ["pl", "Dziękuję za wszystko, opieka była wspaniała."],
  ["pl", "Czy mogę wziąć tabletki przed badaniem?"],
  ["ro", "Mulțumesc pentru tot, asistentele au fost minunate."],
  ["ro", "Pot să iau pastilele înainte de operație?"],
  ["pt", "Obrigada por tudo, a equipa foi fantástica."],
  ["pt", "Posso tomar os comprimidos antes da consulta?"],
  ["es", "Gracias por todo, las enfermeras fueron maravillosas."],
  ["es", "¿Puedo tomar las pastillas antes de la cita?"],
  ["ur", "آج رات کی دوائی کب لینی ہے؟"],
  ["ur-Latn", "Aaj raat ki appointment confirm kar dein, shukriya"],
  ["pa", "ਅੱਜ ਰਾਤ ਦੀ ਦਵਾਈ ਬਾਰੇ ਸਵਾਲ ਹੈ, ਧੰਨਵਾਦ"],
  ["ar", "شكرا جزيلا للممرضات، الليلة كانت صعبة لكنهم ساعدونا"],
  ["bn", "আজ রাতে কি দেখা করার সময় আছে? ধন্যবাদ"],
  ["gu", "આજે રાત્રે મુલાકાતનો સમય શું છે? આભાર"],
  ["it", "Grazie di tutto, stasera torno a casa."],
  ["fr", "Merci pour tout, ce soir mon père rentre à la maison."],
  ["de", "Danke für alles, heute Abend darf meine Mutter nach Hause."],
  ["tr", "Her şey için teşekkürler, bu gece taburcu oldum."],
  ["zh", "今晚的探视时间是几点？谢谢"],
  ["lt", "Ačiū už pagalbą, šiąnakt mama miegojo gerai."],
  ["ta", "இன்று இரவு பார்வை நேரம் என்ன? நன்றி"],
  ["so", "Mahadsanid, caawa hooyaday way fiicantahay."],
  ["bg", "Благодаря, тази вечер мама се прибира вкъщи."],
  ["fa", "امشب ساعت ملاقات چنده؟ ممنون"],
  ["hu", "Köszönöm, ma éjjel anyukám jól aludt."],
  ["hu", "Kaptunk egy egész doboz csokit a nővérektől."],
  ["de", "Wir haben eine ganze Packung Pralinen für die Station gebracht."],
  ["es", "Cancelen mi cita, ya no la voy a necesitar: me operaron en otro hospital."],
  ["de", "Die Überweisung brauche ich nicht mehr, danke."],
  ["fr", "Mon père n'est pas rentré à la maison hier, il est encore au service de cardiologie."],
  ["bn", "আমি কাজ ছাড়ব না, শুধু ছুটির দিন জানতে চাই"],
];

describe("every kind of warning sign in the main languages of England and Wales", () => {
  it.each(CRISIS_BY_KIND)("%s %s: %j is crisis", (_lang, _kind, text) => {
    expect(triage(text).category).toBe("crisis");
  });
  it.each(THREAT_BY_KIND)("%s %s: %j is threat", (_lang, _kind, text) => {
    expect(triage(text).category).toBe("threat");
  });
  it.each(ORDINARY_BY_LANGUAGE)("%s: %j is not crisis or threat", (_lang, text) => {
    const r = triage(text);
    expect(r.category).not.toBe("crisis");
    expect(r.category).not.toBe("threat");
  });
  it("has a case of every crisis and threat kind in each of the twenty languages", () => {
    // Romanised and other-script forms ("ur-Latn", "pa-Arab") count with their language.
    const base = (code: string) => code.split("-")[0] as string;
    const langs = new Set(CRISIS_BY_KIND.map(([l]) => base(l)));
    expect(langs.size).toBeGreaterThanOrEqual(LANGUAGE_COUNT_FLOOR);
    for (const l of langs) {
      const kinds = new Set(CRISIS_BY_KIND.filter(([x]) => base(x) === l).map(([, k]) => k));
      expect(kinds.size, l).toBeGreaterThanOrEqual(8);
      const threats = new Set(THREAT_BY_KIND.filter(([x]) => base(x) === l).map(([, k]) => k));
      expect(threats.size, l).toBeGreaterThanOrEqual(3);
    }
  });
});

describe("never low when the engine cannot read the message", () => {
  const UNREAD = [
    "ሰላም፣ እባክዎን ስለ ቀጠሮዬ ንገሩኝ", // Amharic
    "வணக்கம், என் அம்மாவின் சிகிச்சை பற்றி தெரிந்து கொள்ள விரும்புகிறேன்", // Tamil
    "મારી માતાની સારવાર વિશે જાણવું છે", // Gujarati
    "මගේ අම්මාගේ ප්‍රතිකාර ගැන දැනගන්න ඕනේ", // Sinhala
    "ฉันอยากทราบเกี่ยวกับการรักษาของแม่", // Thai
    "მინდა ვიცოდე დედაჩემის მკურნალობის შესახებ", // Georgian
    "Ուզում եմ իմանալ մայրիկիս բուժման մասին", // Armenian
    "אני רוצה לדעת על הטיפול של אמא שלי", // Hebrew
    "Хочу узнать о лечении моей мамы", // Russian
    "Waxaan rabaa inaan ogaado daaweynta hooyaday", // Somali
    "Gusto kong malaman ang tungkol sa paggamot sa nanay ko", // Tagalog
    "Dua të di për trajtimin e nënës sime në spital", // Albanian
    "Tôi muốn biết về việc điều trị của mẹ tôi", // Vietnamese
    "Mujhe apni ammi ke ilaaj ke baare mein jaanna hai", // Roman Urdu
  ];
  it.each(UNREAD)("%j is at least high, with a reason", (text) => {
    const r = triage(text);
    expect(r.urgency).not.toBe("low");
    if (r.category === "general" || r.category === "compliment" || r.category === "spam") {
      expect(r.urgency).toBe("high");
      expect(r.reasons?.some((x) => x.cue === NEEDS_READING)).toBe(true);
    }
  });
  it("leaves an English message low", () => {
    const r = triage("Just wanted to say hello to everyone on the ward, have a good weekend");
    expect(r.urgency).toBe("low");
  });

  // Latin-script messages that open with words English shares ("a", "me", "no", "was", "come"), and
  // short ones too short to name a language: each must still be read by a person today.
  const LATIN_LOOKALIKES = [
    "A minha mãe não come nada há três dias e ninguém me diz nada", // Portuguese
    "No me han dicho nada de la cita de mi padre, a ver si alguien me llama", // Spanish
    "Was soll ich machen, ich will nur wissen wann meine Mutter nach Hause kommt", // German
    "Come sta mia madre? Nessuno mi ha detto niente da ieri sera", // Italian
    "Am întrebat la recepție dar nimeni nu știe nimic de tata", // Romanian
    "Nem tudom, hol van az anyám, senki nem mond semmit", // Hungarian
    "Nie wiem co się dzieje z mamą, nikt nic nie mówi", // Polish
    "Aaj bhi koi nahi aaya, kal se intezaar kar rahe hain", // Roman Urdu
    "Ajuda por favor", // Portuguese, short
    "Pomocy", // Polish, one word
    "Gracias a todos", // Spanish, short
  ];
  it.each(LATIN_LOOKALIKES)("%j is not left low", (text) => {
    const r = triage(text);
    expect(r.urgency).not.toBe("low");
    if (r.category === "general" || r.category === "compliment" || r.category === "spam")
      expect(r.reasons?.some((x) => x.cue === NEEDS_READING)).toBe(true);
  });

  // English as people write it to a trust: short, slangy, with a name or a place, never raised.
  const ENGLISH_LOW = [
    "Thanks!",
    "ok cheers",
    "Merry Xmas to all the staff x",
    "lol",
    "Happy new year NHS",
    "Was lovely to see you all at the fete, will come again",
    "Come on you lot, great work as always",
    "My mum was in ward 12, the care was amazing, thank you",
    "Café in the main entrance is great",
  ];
  it.each(ENGLISH_LOW)("%j stays low and is not flagged non_english", (text) => {
    const r = triage(text);
    expect(r.flags).not.toContain("non_english");
    expect(r.reasons?.some((x) => x.cue === NEEDS_READING)).toBe(false);
  });
});

describe("the phrase matcher runs in linear time", () => {
  const matcher = new PhraseMatcher(LANGUAGES.flatMap((l) => Object.values(l.crisis).flat() as string[]));
  const SAMPLES = [
    "nie chce zyc ",
    "ਮਰਨਾ ਚਾਹੁੰਦਾ ",
    "خودکشی کرنا ",
    "我想死不想活 ",
    "தற்கொலை ",
    "መሞት እፈልጋለሁ ",
    "хочу умереть ",
    "aaaaaaaaaaaaaaaaaaaa",
    "mar mar mar mar jana chahta ",
  ];
  it.each(SAMPLES)("work on 100,000 characters of %j is bounded and about ten times 10,000's", (unit) => {
    const build = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    const small = { steps: 0 };
    const large = { steps: 0 };
    matcher.match(build(10_000), small);
    const hits = matcher.match(build(100_000), large);
    // Aho-Corasick: at most two steps per folded code unit (a transition, amortised failure links).
    expect(large.steps).toBeLessThanOrEqual(2 * 2 * 100_000 + 4);
    expect(large.steps).toBeGreaterThan(0);
    expect(large.steps / small.steps).toBeLessThan(11);
    expect(hits.length).toBeLessThanOrEqual(100_000 * 4);
  });
});
