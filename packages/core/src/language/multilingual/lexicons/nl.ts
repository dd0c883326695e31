import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** Dutch (the Netherlands and Flanders). */
export const nl: Lexicon = {
  lang: "nl",
  words: {
    ident: w(`vrouwen|vrouw|wijven|meiden|transgenders|transgender|transpersonen|transpersoon|transvrouwen|
      transmannen|trans personen|^trans|transseksue*|homo's|homos|homo|homoseksue*|homofielen|lesbiennes|
      lesbienne|lesbo's|biseksue*|^gays|zwarten|zwarte mensen|zwarte|donkere mensen|gekleurde mensen|
      afrikanen|surinamers|antillianen|gehandicapten|gehandicapte|mensen met een beperking|
      mensen met een handicap|invaliden|autisten|moslims|moslim|moslima*|islamieten|immigranten|immigrant|
      migranten|migrant|allochtonen|allochtoon|buitenlanders|buitenlander|vluchtelingen|vluchteling|
      asielzoekers|asielzoeker|statushouders|nieuwkomers|joden|jood|joodse|marokkanen|marokkaan|turken|
      polen|roemenen|bulgaren|oost europeanen|aziaten|chinezen|zigeuners|roma|arabieren|ouderen|bejaarden|
      lhbt|lhbti|queers|zwarte personen|zwarten|donkere personen|personen van kleur|mensen van kleur|gehandicapte personen|homoseksuele personen|homoseksuele mannen|transvrouw|transman`),
    slur: w(`manwijf|manwijven|potten|flikker*|mietje*|neger*|nikker*|flikker*|mietje*|lesbo|zandneger*|
      geitenneuker*|kutmarokkan*|makak*|mongool*|mongolen|spast*|spasme*|debiel*|achterlijk*|zigeunertuig|
      tuig|apen|bruinen|bosneger*|roetmop*|kaaskop*|pinda*|spleetoog*|kakkerlakken|jodenstreek|
      smous*|gele|halfbloed*|mongooltje*|travo*|kutturk*|kutpool*|kutjood*|kankerjood*|kankerhomo*|
      kankermongool*|homofiel|manwijf*|sodomiet*|niknok*|kreupel*|kansenparel*|cultuurverrijker*|haatbaard*|kamelenneuker*|geitenneuker*|zwartjoekel*|roetmop*|bountie*|baviaan*|fikker*|homofiel*`),
    derog:
      w(`hekel|gruwelijke hekel|een hekel|het zat|spuugzat|kotsbeu|beu|schijtziek|doen er niet toe|doet er niet toe|tellen niet mee|waardeloos|waardeloze|minderwaardig|minderwaardige|walg|walgt|walgde|walgen|walgelijk|walgelijke|kots|kotst|kotsen|kotsmisselijk|misselijk|afschuw|afschuwelijk|afschuwelijke|verachtelijk|verachtelijke|veracht|verachten|verachtte|minacht|minachting|minachten|smerig|smerige|^vies|vieze|goor|^gore|weerzinwekkend|weerzinwekkende|ongedierte|kakkerlakken|ratten|parasieten|tuig|uitschot|schorem|gespuis|afval|vuilnis|beesten|zwijnen|apen|haat|haten|haatte|gehaat|ik haat|verafschuw*|veracht*|verachting|minacht*|walg*|walgelijk*|
      kotsen|kots|kotsmisselijk|misselijk|word ziek van|maken me ziek|maakt me ziek|ziek van|
      kan niet uitstaan|kan ze niet uitstaan|kan niet tegen|haat aan|afkeer|afschuw|weerzin*|ergernis|
      woedend|woede|razend|boos|kwaad|ik ben klaar met|slechtste|ergste|het ergste|niets ergers|
      niks ergers|^dom|domme|dommer|dommen|dombo*|stom|stomme|stompzinnig*|achterlijke|hersenloos|
      hersenloze|idioot|idioten|imbeciel*|onnozel*|dwaas|dwazen|onwetend*|primitief|primitieve|
      onbeschaafd*|barbaars*|barbaren|wild|wilden|beesten|beestachtig*|smerig*|vies|vieze|vuil|vuile|
      stinkend*|stinken|lui|luie|luiaards|profiteurs|uitvreters|parasieten|parasiet|klaplopers|dieven|
      dief|leugenaars|leugenaar|oneerlijk*|bedriegers|criminelen|crimineel|misdadigers|gevaarlijk*|gevaar|
      bedreiging|plaag|pest|kanker|virus|ziekte|tumor|ongedierte|ratten|^rat|kakkerlak*|luizen|insecten|
      dieren|beesten|varkens|zwijnen|honden|vee|uitschot|tuig|schorem|gespuis|afschaum|afval|vuilnis|
      rotzooi|troep|stront|drek|mensenafval|minderwaardig*|onmensen|ondermensen|untermensch*|waardeloos|
      waardeloze|nutteloos|nutteloze|niets waard|geen knip voor de neus waard|zielig*|pathetisch*|
      meelijwekkend*|walgelijke|weerzinwekkend*|verachtelijk*|afschuwelijk*|afstotelijk*|afstotend*|
      verwerpelijk*|laag|laaghartig*|gemeen|gemene|wreed|wrede|gewelddadig*|agressief|agressieve|
      hypocriet*|pervers*|gestoord*|geestesziek*|gek|gekken|krankzinnig*|slecht|slechte|kwaadaardig*|
      duivels*|schadelijk*|last|lastpakken|invasie|overspoel*|infiltr*|zwermen|horden|dierentuin|
      dierenarts|wereld beter|beter af zonder|zonder hen|schande|ruïneren|verpesten|vernielen|
      ontaard*|gedegenereerd*|irritant*|vervelend*|ondraaglijk*|onuitstaanbaar*|legaal|legaliseren|
      niet illegaal|niets te zoeken|rot op|ga terug|terug naar je land|opzouten|oprotten|niet uitstaan|niet luchten|niet zien zitten|misselijk*|domst*|dommst*|mindere wezens|minder|mindere|verspilling van ruimte|verspilling|onmenselijk|menselijke|walgelijkst*|smerigst*|slechtst*|ergst*|verachtelijkst*|zielige|nutteloos|tuig van de richel|beter af|beter af zijn|zonder hen beter|uitvaagsel|vuilspuiters|afzichtelijk*|lelijk*|^dik|dikke|^vet|vette|gluiperig*|achterbaks*|leugenachtig*|onbetrouwbaar*|wezens`),
    insult: w(`klootzak*|^lul|lullen|eikel*|hufter*|sukkel*|idioot|debiel|mongool|mafkees|zak|zakken|
      rotzak*|smeerlap*|schoft*|schoften|klojo*|kutwijf*|hoer|hoeren|slet|sletten|teef|teven|trut|trutten|
      lafaard*|sukkels|stommeling*|stomkop*|domkop*|oen|oenen|^loser*|randdebiel*|kankerlijer*|
      teringlijer*|tyfuslijer*|pleurislijer*|klerelijer*|kutkind*|kutwijven|zeikerd*|etter*|zo dom als|dom als het achtereind|dommer dan`),
    violence:
      w(`beter af zonder|beter zonder|afmaken|afgemaakt|uitroeien|uitgeroeid|vergassen|vergast|ophangen|opgehangen|doodschieten|neerschieten|neergeschoten|executeren|geëxecuteerd|afslachten|verzuipen|verdrinken|verdronken|in elkaar slaan|uitschakelen|dood moeten|moeten dood|dood aan|doden|dood|dode|doodmaken|doodmaak|vermoorden|vermoord|vermoordt|moord|moorden|
      afmaken|afgemaakt|afslachten|abslacht*|slachten|uitroeien|uitgeroeid|uitroeiing|vernietigen|
      vernietigd|elimineren|uitschakelen|kwijtraken|van af|vanaf komen|lozen|opruimen|executeren|
      geëxecuteerd|terechtstellen|terechtgesteld|doodstraf|ophangen|opknopen|opgehangen|lynchen|
      neerschieten|doodschieten|schieten|neergeschoten|kogel|steken|neersteken|doodsteken|keel
      doorsnijden|kelen doorsnijden|doorsnijden|keel|kelen|onthoofden|verbranden|verbrand|in brand|
      vergassen|gaskamer*|verdrinken|verzuipen|wurgen|gewurgd|martelen|gemarteld|marteling|verkrachten|
      verkracht|verkrachting|slaan|in elkaar slaan|in elkaar trappen|mishandelen|aanvallen|aangevallen|
      pijn doen|laten lijden|lijden|sterven|sterf|creperen|verrekken|kapotmaken|kapot maken|nek breken|
      nekken breken|genocide|zuiveren|deporteren|het land uit|bombarderen|opblazen|stenigen|
      voor eens en altijd|voorgoed|een einde maken|uit de weg ruimen|af te maken|verdienen de dood|
      de dood|ter dood|beëindigen|beëindig*|breken|breek|nekken|nek|ontdoen|executie|executies|gedood|gedode|doodgemaakt|vermoordd|neergestoken|doodgeschoten|afgeslacht|uitgeroeid|vergast|verbrand|opgehangen|een einde|einde maken|brandstapel|verbranden op|doodslaan|doodmaken|kapot|afranselen|slachtpartij`),
    profanity:
      w(`verneukt|verneuk*|kutwijf|kutwijven|godverdomme|klote|kloten|kut|^kut*|kanker*|tering*|tyfus*|klere*|pleuris*|godverdomme|godver|verdomme|
      klote*|kloot*|^lul|^pik|neuk*|geneukt|hoer*|slet*|teef|stront|schijt*|scheet|zeik*|pis|pissen|
      gadverdamme|gatver*|jezus christus|kolere*|kak|kakken|opgefokt|opgerot|rot op|sodemieter*|
      krijg de kanker|krijg de tering|val dood`),
    positive:
      w(`^redden|gered|gelijkwaardig|gelijkwaardige|waardevol|waardevolle|^slim|slimme|intelligente|intelligenten|betrouwbaar|betrouwbare|^respect|waardig|menselijk*|leven|levens|bestaansrecht|slim|slimme|intelligent*|knap|knappe|mooi|mooie|aantrekkelijk*|capabel*|bekwaam*|gelijk|
      gelijkwaardig*|gelijken|waard|waardevol*|waardig*|mensenrechten|rechten|recht op leven|recht om te
      leven|te leven|in leven|mensen|mens|menselijk*|echte mensen|respect|medelijden|medeleven|
      sympathie|plaats|plek|horen hier|thuis|welkom|vertrouwen|betrouwbaar*|eerlijk*|beschaafd*|normaal|
      normale|aardig*|vriendelijk*|nuttig*|integreren|belangrijk|belang|tellen mee|deugen`),
    negator: w(`niet|nooit|geen|niets|niks|niemand|nergens|noch|zonder|allerminst|geenszins`),
    only: w(`dan|niets anders dan|niks anders dan|niets meer dan|beter dan|meer dan`),
    report: w(`zeggen|zeg|zegt|zei|zeiden|gezegd|noemen|noem|noemt|noemde|genoemd|uitmaken voor|
      uitschelden|scheld*|beweren|beweer|beweert|beweerde|bewering*|dreigen|dreig|dreigt|dreigde|eisen|
      eist|roepen op|oproepen|schrijven|schrijft|schreef|geschreven|posten|post|posts|tweet*|reactie*|
      opmerking*|uitspraken|uitspraak|berichten|dingen als|zaken als|woorden als|teksten als|
      discrimin*|racis*|homofo*|transfo*|seksis*|antisemit*|haatzaai*|haatspraak|kwetsend*|beledig*|
      stop met|hou op|houd op|genoeg|melden|rapporteren|blokkeren|verbannen|gevangenis|cel|strafbaar|
      illegaal|respectloos|schandalig|onacceptabel|ontoelaatbaar|behandelen|behandelt`),
    protect: w(`toestaan|toelaten|laten|tolereren|accepteren|aanvaarden|toekijken|verdienen|verdient`),
    they: w(`zij|ze|hun|hen|die|deze|diegenen|zulke|zo n`),
    you: w(`jij|je|jou|jouw|jullie|u|uw|jouzelf|jezelf`),
    why: w(`is het|zijn ze|is dat|waarom|hoezo|wat als|wat als we`),
    clause: w(`maar|want|omdat|dat|hoewel|als|wanneer|indien|en|of|dus|terwijl|zodat|tenzij|vooral`),
    function: w(`ik|wij|we|hij|het|een|de|het|en|is|zijn|ben|bent|was|waren|heb|hebt|heeft|hebben|had|
      niet|ook|nog|al|maar|alleen|erg|heel|met|van|voor|op|uit|bij|naar|tot|om|aan|in het|door|over|onder|
      tegen|zonder twijfel|zonder enige twijfel|zonder uitzondering|niet alleen|mij|me|mijn|ons|onze|wie|
      wat|waar|hoe|wanneer|dat|dit|deze|die|alle|allemaal|iedereen|er|hier|daar|nu|vandaag|altijd|echt|
      gewoon|helemaal|veel|meer|iemand|zou|zouden|moet|moeten|kan|kunnen|wil|willen|gaat|gaan|
      wordt|worden|werd|zal|zullen|mag|mogen|geen probleem|zo|zoals|ook al|eigenlijk|natuurlijk|
      inderdaad|hou van|houd van|ik hou|bewonder|trots|blij|gelukkig|geweldig*|fantastisch*|prachtig*|
      steun|steunen|respecteren|land|landen|samenleving|wereld|regering|school|werk|dag|jaar|mensen
      zoals|iets|niks aan de hand|weinig|enkele|sommige|paar|twee|drie|beste|leuk|leuke`),
  },
};
