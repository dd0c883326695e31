import { describe, expect, it } from "vitest";
import { analyseLanguage } from "../../language/index.js";
import { classifyByRules } from "../classify.js";

/**
 * Crisis and threat by warning-sign kind in the languages given concept lexicons or new words on
 * branch l1 (Albanian, Russian, Ukrainian, Welsh, romanised Urdu/Hindi, Panjabi and Bengali), and
 * figures of speech over the crisis words in each language ("dying to know", "this wait is killing
 * me"). The team's own sentences, written from the kinds (types.ts), never an eval set's lines.
 * Rules only (classifyByRules): the reader is judged on its own.
 */
const rules = (text: string) => classifyByRules(text.toLowerCase(), analyseLanguage(text)).category;

/** [language, kind, message]. */
const CRISIS: readonly (readonly [string, string, string])[] = [
  ["sq", "want-to-die", "S'dua më të jetoj, jam lodhur nga gjithçka"],
  ["sq", "suicide", "po mendoj të vras veten sonte"],
  ["sq", "overdose", "Mora të gjitha tabletat e gjumit para një ore"],
  ["sq", "self-harm", "preva përsëri damarët dhe gjaku nuk ndalet"],
  ["sq", "farewell", "Ky është mesazhi im i fundit. Më falni për gjithçka."],
  ["sq", "burden", "Jam barrë për të gjithë, do ta kenë më mirë pa mua"],
  ["sq", "means-plan", "Do të hidhem nga ura e qytetit"],
  ["sq", "relative", "Vëllai im është mbi çati dhe thotë që do hidhet"],
  ["sq", "overdose-relative", "nëna ime ka pirë shumë ilaçe dhe nuk zgjohet"],
  ["ru", "giveaway-calm", "Я раздала все свои вещи, кота отдала сестре. Мне наконец спокойно."],
  ["ru", "plan-day", "Я все решила. В субботу. Записку оставлю на столе."],
  ["ru", "relative-height", "Мой сын сидит на крыше девятого этажа и говорит, прости меня"],
  ["ru", "self-harm", "Я опять режу себе руки, кровь не останавливается"],
  ["ru", "overdose", "Подруга выпила целую упаковку снотворного и не просыпается"],
  ["ru", "burden", "Я всем мешаю, без меня им будет легче"],
  ["ru", "hang", "Купил веревку, она лежит в гараже"],
  ["uk", "want-to-die", "Я більше не хочу жити"],
  ["uk", "overdose", "Мій брат прийняв жменю таблеток і ледве говорить"],
  ["uk", "relative-height", "Моя донька стоїть на даху і пише мені пробач"],
  ["uk", "hopeless-burden", "Я не можу більше бути тягарем для всіх"],
  ["uk", "self-harm", "Я знову різала себе, кров не зупиняється"],
  ["uk", "plan", "Я все вирішила. У неділю все скінчиться."],
  ["cy", "overdose", "Dwi wedi cymryd gormod o dabledi ac yn teimlo'n rhyfedd"],
  ["cy", "hopeless-affairs", "Dim gobaith. Dwi wedi gadael nodyn i'r plant"],
  ["cy", "giveaway-noneed", "Dwi wedi rhoi fy nillad i ffwrdd. Fydda i ddim eu hangen nhw"],
  ["cy", "relative-unconscious", "Mae fy mam wedi cymryd ei thabledi i gyd ac mae'n anodd ei deffro"],
  ["cy", "high-place", "Dwi ar y bont. Sori am bopeth"],
  ["ur-Latn", "high-place", "main bridge pe khara hun, sorry ammi"],
  ["ur-Latn", "lastmsg-sorry", "ye mera aakhri msg hai, sab se maafi maangta hun"],
  ["ur-Latn", "affairs-calm", "will likh di hai, sab settle kar diya. ab sukoon hai"],
  ["hi-Latn", "relative-missing-height", "mera bhai railway track ke paas baitha hai aur phone band hai"],
  ["hi-Latn", "overdose", "meri behen ne saari goliyan kha li aur bol nahi rahi"],
  ["pa-Latn", "overdose", "meri bhain ne bahut saariyan pills kha layian, hun bolde nahi"],
  ["pa-Latn", "relative-height", "mera veer bridge te khada hai te phone nahi chukda"],
  ["bn-Latn", "lastmsg-sorry", "eta amar shesh msg. maaf kore dio sobai"],
  ["bn-Latn", "affairs-calm", "shob kichu gushiye felechi, chabi bhai ke diye diyechi. ekhon shanti"],
  ["es", "give-noneed", "He regalado la bici a mi primo. Ya no la voy a necesitar"],
  ["es", "decision-day-calm", "Ya he decidido la fecha. Estoy en paz, por fin"],
  ["pt", "give-noneed", "Entreguei a bicicleta ao meu vizinho, já não vou precisar dela"],
  ["pt", "affairs-calm", "Deixei tudo escrito para o meu irmão. Estou estranhamente calma"],
  ["de", "give-noneed", "Ich habe meinen Hund zu meiner Mutter gebracht, ich werde ihn nicht mehr brauchen"],
  ["de", "affairs-calm", "Ich habe meine Schulden bezahlt und alles abgeschlossen. Ich bin ganz ruhig"],
  ["it", "give-noneed", "Ho regalato il mio cane alla vicina, non ne avrò più bisogno"],
];

/** [language, kind, message]. */
const THREAT: readonly (readonly [string, string, string])[] = [
  ["sq", "violence", "Do të vras atë doktorin kur të dalë"],
  ["sq", "doxxing", "E di ku banon ajo infermierja dhe cilën makinë ka"],
  ["sq", "ultimatum", "Nëse nuk e shihni babanë sot, do vij me thikë"],
  ["sq", "bomb", "Kam vënë një bombë në hyrje të spitalit"],
  ["sq", "veiled", "Le të ketë kujdes ajo mjekja kur del nga puna"],
  ["ru", "violence", "Я убью этого врача"],
  ["ru", "doxxing", "Мы знаем, где живет эта медсестра и какая у нее машина"],
  ["ru", "bomb", "В больнице заложена бомба, взорву все"],
  ["uk", "violence", "Я вб'ю цього лікаря"],
  ["uk", "doxxing", "Ми знаємо де живе ця медсестра, хай буде обережна"],
];

/** [language, kind, message]: the same words, no crisis and no threat. */
const NEGATIVE: readonly (readonly [string, string, string])[] = [
  ["sq", "idiom", "po vdes nga kureshtja kur hapet klinika e re"],
  ["sq", "idiom", "kjo pritje po më vret, tre orë në urgjencë"],
  ["sq", "idiom", "Kënga 'Të dua deri në vdekje' po luhej në radio"],
  ["sq", "medicine", "A mund të marr tabletat e tensionit me ushqim?"],
  ["sq", "prevention", "Fushatë për parandalimin e vetëvrasjeve në shkolla"],
  ["ru", "idiom", "умираю от любопытства, когда откроют новое отделение"],
  ["ru", "idiom", "это ожидание меня убивает, уже пять часов"],
  ["ru", "past-thanks", "Два года назад я стояла на мосту. Ваша команда мне помогла, теперь я работаю"],
  ["ru", "medicine", "Можно ли принимать таблетки от давления вечером?"],
  ["uk", "idiom", "помираю від цікавості, коли відкриють нове відділення"],
  ["uk", "idiom", "це очікування мене вбиває"],
  ["uk", "medicine", "Чи можна приймати ці таблетки разом з іншими ліками?"],
  ["cy", "idiom", "Dwi'n marw isio gwybod pryd mae'r caffi newydd yn agor"],
  ["cy", "idiom", "Bron â marw isio paned ar ôl shifft hir"],
  ["cy", "idiom", "Mae'r aros 'ma'n fy lladd i"],
  ["cy", "dog", "Mae'r ci efo'r cymydog tra dwi yn yr ysbyty"],
  ["ro", "idiom", "așteptarea asta mă omoară, patru ore la urgențe"],
  ["ro", "idiom", "mor de curiozitate să văd noua clinică"],
  ["it", "idiom", "questa attesa mi sta uccidendo"],
  ["it", "idiom", "muoio dalla voglia di sapere quando apre il bar"],
  ["fr", "idiom", "cette attente me tue, trois heures aux urgences"],
  ["fr", "idiom", "je meurs d'envie de savoir quand ça ouvre"],
  ["es", "idiom", "me muero por saber cuándo abren la cafetería"],
  ["es", "idiom", "esta espera me está matando"],
  ["pt", "idiom", "estou morrendo de vontade de ver a nova ala"],
  ["pt", "idiom", "essa espera está me matando"],
  ["de", "idiom", "ich sterbe vor Neugier, wann die neue Station öffnet"],
  ["de", "idiom", "das Warten bringt mich noch um"],
  ["pl", "idiom", "umieram z ciekawości, kiedy otworzą nowe skrzydło"],
  ["pl", "idiom", "to czekanie mnie zabija"],
  ["tr", "idiom", "meraktan ölüyorum, yeni bölüm ne zaman açılıyor"],
  ["tr", "idiom", "bu bekleyiş beni öldürüyor"],
  ["lt", "idiom", "šitas laukimas mane žudo"],
  ["hu", "idiom", "ez a várakozás megöl"],
  ["bg", "idiom", "това чакане ме убива"],
  ["ur-Latn", "idiom", "yeh intezaar mujhe maar raha hai"],
  ["ur-Latn", "bridge", "main bridge ke paas wali dukaan pe hun, dawai lene aaya"],
  ["pa-Latn", "idiom", "eh intezaar mainu maar reha hai"],
  ["hi-Latn", "medicine", "kya main ye goliyan khana khane ke baad kha sakta hun?"],
  ["bn-Latn", "dog", "amar kukur ta bondhu ke diye diyechi jotodin hospital e achi"],
  ["es", "dog-holiday", "Le he dado el perro a mi vecina mientras estoy de vacaciones"],
  ["pt", "calm-appointment", "Já decidi: vou mudar a consulta para sexta. Estou calma agora"],
  ["de", "car-sold", "Ich habe mein Auto verkauft, weil ich jetzt mit dem Fahrrad fahre"],
  ["it", "gift", "Ho regalato il mio gatto di peluche a mia nipote per il compleanno"],
];

const count = (rows: readonly (readonly [string, string, string])[], lang: string) =>
  rows.filter(([l]) => l === lang).length;

describe("crisis and threat by kind in the languages added or widened on l1", () => {
  it("has at least 5 crises, 2 threats (where given) and 3 negatives per widened language", () => {
    for (const lang of ["sq", "ru", "uk"]) {
      expect(count(CRISIS, lang), lang).toBeGreaterThanOrEqual(5);
      expect(count(THREAT, lang), lang).toBeGreaterThanOrEqual(2);
      expect(count(NEGATIVE, lang), lang).toBeGreaterThanOrEqual(3);
    }
    expect(count(CRISIS, "cy")).toBeGreaterThanOrEqual(5);
    expect(count(NEGATIVE, "cy")).toBeGreaterThanOrEqual(3);
    expect(CRISIS.length).toBeGreaterThanOrEqual(35);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(35);
  });
  it.each(CRISIS)("%s %s: %j is crisis", (_lang, _kind, text) => {
    expect(rules(text)).toBe("crisis");
  });
  it.each(THREAT)("%s %s: %j is threat", (_lang, _kind, text) => {
    expect(rules(text)).toBe("threat");
  });
  it.each(NEGATIVE)("%s %s: %j is neither crisis nor threat", (_lang, _kind, text) => {
    const category = rules(text);
    expect(category).not.toBe("crisis");
    expect(category).not.toBe("threat");
  });
});
