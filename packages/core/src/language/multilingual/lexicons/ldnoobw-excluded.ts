import { w } from "./words.js";

/**
 * Words of LDNOOBW (ldnoobw.ts) that Parapet does not count as swearing, by why:
 *
 * - clinical and anatomical words a trust posts and receives every day (breast, penis, vagina,
 *   anus, semen, nipple, urine, menstruation, virgin, naked, abortion, condom, pelvis, injecting);
 * - ordinary words the list holds in one of their senses ("asbak" ashtray, "gat" hole, "pot", "paal",
 *   "schatje" darling, "martillo" hammer, "infierno" hell, "chatte" cat, "pesce" fish, "regina" queen,
 *   "cerveja" beer, "comer" eat, "乳" milk, "性" sex/nature, "成人" adult);
 * - names of groups and of crimes or drugs, which the lexicons treat as groups and violence, not as
 *   swearing ("Nazi", "Racista", "Travesti", "homosexual", "اغتصاب" rape, "Heroína", "Drogas");
 * - single letters and digits.
 */
export const LDNOOBW_EXCLUDED: Readonly<Record<string, ReadonlySet<string>>> = Object.fromEntries(
  Object.entries({
    ar: `ثدي|حلمة|فرج|شرج|قضيب|مص|تمص|لعق|لحس|بيضان|شهوة|جماع|احتلام|اغتصاب|شاذ|لوطي|لواط|سحاق|سحاقية|خنثي|
      مبادل|بظر|سكس|بز|بزاز`,
    de: `nackt|nippel|penis|pinkeln|pissen|orgasmus|porno|popel|mufti|bonze|fratze|rosette|kimme|möpse|neger|nigger|
      kanake|kampflesbe|schwuchtel|milf|bimbo|lümmel|dödel|morgenlatte|onanieren`,
    es: `asesinato|asno|drogas|esperma|haciendo el amor|heroína|infierno|maldito|martillo|nazi|orina|pezón|pervertido|
      pis|prostituta|racista|sádico|semen|sexo|sexo oral|travesti|trio|vulva|idiota|imbécil|concha|maciza|
      tía buena|chupetón|marica|maricón|mariconazo|bollera|coprofagía|tetas grandes|fiesta de salchichas`,
    fr: `baiser|bander|bite|bitte|bourré|bourrée|caca|chatte|clito|clitoris|cul|folle|gerbe|gerber|gueule|jouir|
      meuf|ménage à trois|nègre|negro|pipi|péter|pisser|suce|tanche|trique|zizi|pédale|pédé|tapette|gouine|
      grande folle|con|bordel`,
    hi: `balatkar|balatkari|bhangi|chinki|hawas|hijda|hijra|maal|najayaz|najayaz aulaad|najayaz paidaish|paki|
      pataka|patakha|suar|kutta|boobe|chakke`,
    it: `anale|bagnarsi|balle|battere|biga|brinca|cadavere|casci|cesso|checca|chiappa|cozza|culattina|culattone|
      culo|fava|femminuccia|finocchio|frocio|froscio|goldone|guardone|ingoio|lecchino|mona|monta|montare|
      mussa|nave scuola|palle|pesce|pipì|pisello|pompa|porca|porco|quaglia|recchione|regina|rizzarsi|sbattere|
      sbattersi|sega|spagnola|terrone|tirare|topa|vacca|vangare|zinne|zio cantante|mannaggia|tette|pecorina|
      pisciare|piscio|patacca|pirla|ruffiano`,
    nl: `aardappels afgieten|achter het raam zitten|afwerkplaats|anita|asbak|aso|balen|bekken|beurt|boemelen|
      broekhoesten|brugpieper|buffelen|de hond uitlaten|de koffer induiken|del|de pijp uitgaan|driehoog achter wonen|
      een nummertje maken|gat|gedoogzone|gras maaien|griet|hol|huisdealer|johny|kanen|klaarkomen|knor|kwakkie|
      matje|mof|muts|naakt|paal|palen|penoze|piesen|poep|poepen|poot|pot|potverdorie|publiciteitsgeil|raaskallen|
      remsporen|reutelen|schatje|shit|slempen|spuiten|standje|stootje|toeter|tongzoeng|vergallen|vingeren|watje|
      welzijnsmafia|wippen|zaadje|zuigen|nicht|flikker|liefdesgrot|vleesroos|triootjeg|standje-69|engerd|
      belazeren|bedonderen|sufferd|zuiplap|klooien`,
    pl: `cyc|dmuchać|jajco|jajko|rzygać|syf|burdel|burdelmama|duperele|ciota|sraczka|srać|zajebisty`,
    pt: `aborto|amador|ânus|aranha|ariano|bissexual|boob|bumbum|burro|camisinha|cerveja|chupar|clitoris|cocaína|
      coito|comer|consolo|fecal|frango assado|gozar|grelho|heroína|heterosexual|homem gay|homoerótico|homosexual|
      inferno|lésbica|lolita|mama|pau|peidar|pênis|pinto|saco|torneira|transar|vibrador|bicha|veado|
      passar um cheque|dar o rabo|dum raio|balalao|braulio de borracha`,
    tr: `am|amı|amlar|çingene|çingenede|çingeneden|çingeneler|çingenelerde|çingenelerden|çingenelere|çingeneleri|
      çingenelerin|çingenenin|çingeneye|çingeneyi|otuz birci|otuz bircide|otuz birciden|otuz birciler|
      otuz bircilerde|otuz bircilerden|otuz bircilere|otuz bircileri|otuz bircilerin|otuz bircinin|otuz birciye|
      otuz birciyi`,
    zh: `13.|13点|乳|乳头|乳房|交配|包皮|卵|卵子|处女|外阴|奶|奶子|性|性交|性器|性无能|性爱|情色|成人|撒尿|月经|
      激情|精子|老二|老母|祖宗|肛交|阳具|阳萎|阴唇|阴户|阴核|阴毛|阴茎|阴道|阴部|屁股|私服|九游|强奸|强奸你|轮奸|
      迷药|放荡|色情|花柳|嫖娼|嫖客|卖淫|妓|妓女|妓院|淫|爛|幹|奸|姦|射精|口交|后庭|十三点|白痴|白癡|笨蛋|
      鸡鸡|小鸡鸡|叫床`,
    fa: `ارگاسم|برهنه|تجاوز|سکس|سکس کردن|سکسی|سوپر|فیلم سوپر|لخت|منی|شهوت|شهوتی|پورن|پورنو`,
    hu: `marha|marhák|marhákat|marhát|pofa|pofákat|pofát|fing|fingok|fingokat|fingot|franc|francok|francokat|francot|
      búr|búrok|pele|pelék|megdöglik`,
  }).map(([lang, list]) => [lang, new Set(w(list).map((x) => x.toLowerCase()))]),
);
