import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** Romanian (with and without diacritics; ș/ş and ț/ţ fold alike). */
export const ro: Lexicon = {
  lang: "ro",
  latinNeedsEvidence: true,
  prodrop: true,
  words: {
    ident: w(`femei|femeile|femeia|țigani|țiganii|țiganilor|romi|romii|homosexuali|homosexualii|gay|lesbiene|
      trans|transsexuali|negri|negrii|negrilor|persoane de culoare|evrei|evreii|evreilor|musulmani|musulmanii|
      imigranți|imigranții|imigranților|refugiați|refugiații|străini|străinii|străinilor|handicapați|
      persoane cu dizabilități|indieni|arabi|asiatici|unguri|ungurii|bătrâni|bătrânii`),
    slur: w(`cioroi|cioara|ciori|bozgor*|jidan*|jidov*|poponar*|bulangiu*|homalău*|homalai|lesbi|
      handicapat*|retardat*|mongoloid*|țigănc*|cioroaică|cioroaice|arăbaș*`),
    derog: w(`urăsc|urăște|urăsc pe|ură|disprețuiesc|dispreț|dezgustător*|dezgustați|scârbos*|scârbă|
      mizerabil*|nenorocit*|nesimțit*|nesimțiți|nesimțitelor|proști|proaste|prost|proastă|idioți|idioate|
      imbecili|tâmpiți|tâmpit*|cretini|cretin*|incompetenți|incompetent*|inutili|inutil*|leneși|leneș*|
      hoți|hoț|mincinoși|mincinos*|murdari|murdar*|împuțiți|împuțit*|jegoși|jegos*|animale|porci|câini|
      paraziți|gunoaie|gunoi|ciumă|cancer|rușine|rușinoși|penibili|penibil*|ticăloși|ticălos*|
      adunătură|pleava|pleavă|hoarde|invadează|periculoși|periculos*|criminali|infractori|sălbatici|
      înapoiați|inferiori|nu valoreaz|fără valoare|miros urât|miroase|put|pute|duhnesc|nu mai pot să stau|
      nu-i suport|nu le suport|nu îi suport|nu suport|nu pot suporta`),
    insult: w(`idiotule|idioato|proastă|prostule|boule|bou|vacă|vaca|nenorocitule|nenorocito|cretinule|
      tâmpitule|jigodie|jigodii|javră|javre|lepădătură|scârnăvie|ratat*|nesimțitule|porcule|mizerabilule`),
    violence: w(`omor|omorâm|omorî|omorâți|omoară|ucid|ucidem|ucide|uciși|omorâți-i|bat|bătaie|bătut|
      snopesc|snop|spânzur*|împușc*|înjunghi*|tai gâtul|ard|arde|ardeți|moarte|să moară|să crape|crăpați|
      chinui*|tortur*|viol*|distrug|exterminați|exterminare|alungați|afară cu|dați-i afară`),
    profanity: w(`pula|pulă|pizda|pizdă|muie|muia|futu-i|fut|futut|futui|futu-ți|dracu|dracului|căcat|rahat|
      curva|curvă|curve|târfă|târfe|mă-ta|mă-tii|^mata|ma-ta|fir-ar|naiba|pișat|coaie|labagiu|sugi`),
    positive: w(`oameni|om|egali|egale|deștepți|inteligenți|respect|loc|drepturi|dreptul|merită|valoroși|
      cinstiți|civilizați|normali|buni|bune`),
    negator: w(`nu|niciodată|nici|nimic|nimeni|fără|n-am|n-are|nu-i|nu-s`),
    report: w(`spui|spune|spun|zis|zice|ziceți|numești|numiți|numesc|scrii|scrie|scris|comentariu*|
      rasist*|discriminare|ură ca|limbaj|raportez|raportat|închisoare|opriți|încetați|nu e ok`),
    they: w(`ei|ele|lor|aceștia|acestea|astia|ăștia|astea|ăstia`),
    you: w(`tu|voi|te|vă|vouă|ție|tău|ta|voastră|vostru|voștri|voastre|sunteți|ești|dumneavoastră`),
    clause: w(`dar|însă|pentru că|fiindcă|că|când|dacă|și|sau|deci|ci`),
    function: w(`eu|noi|el|ea|este|e|sunt|am|ai|are|avem|aveți|au|în|la|pe|cu|de|din|pentru|spre|despre|
      un|o|niște|unei|unui|acest|această|asta|ăsta|toți|toate|tot|foarte|mai|doar|numai|și|sau|dar|azi|
      astăzi|ieri|mâine|aici|acolo|acum|mereu|iar|deja|încă|secția|spital|spitalul|asistente|doctori|
      medici|voastră|noastră|mea|meu|mei|mele|lui|ei|lor|cine|ce|unde|cum|când`),
  },
};
