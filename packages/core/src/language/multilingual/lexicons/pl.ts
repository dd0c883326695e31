import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** Polish (nouns and adjectives are matched by stem: "żyd*" for Żydzi, Żydów, Żydom…). */
export const pl: Lexicon = {
  lang: "pl",
  prodrop: true,
  words: {
    ident: w(`kobiet*|kobieta|kobiety|kobiecie|baby|babami|transpłciow*|osoby trans|osób trans|osobom trans|
      osobami trans|transseksualist*|geje|gejów|gejom|gejami|gejach|gej|geja|gejem|homoseksualist*|
      homoseksualn*|lesbijk*|biseksualn*|czarni|czarnych|czarnym|czarnymi|czarnoskór*|murzyn*|afrykan*|
      niepełnosprawn*|inwalid*|upośledzon*|autyst*|żydzi|żydów|żydom|żydami|żydach|żyd|żyda|żydem|żydówk*|
      żydowsk*|muzułman*|muzułmank*|islamist*|imigranci|imigrantów|imigrantom|imigrantami|imigrant*|
      migranci|migrantów|migrant*|uchodźc*|uchodźcy|obcokrajowc*|cudzoziemc*|azjaci|azjatów|azjatom|
      azjatami|azjat*|chińczy*|wietnamczy*|ukraiń*|romowie|romów|cyganie|cyganów|arabowie|arabów|arab*|
      starzy ludzie|starszych ludzi|emeryci|lgbt|lgbtq|osoby lgbt|gejowsk*|lesbijsk*|żydowsk*|muzułmańsk*|azjatyck*|murzyńsk*|kobiec*|transpłciow*|imigranck*|cygańsk*|romsk*|arabsk*|niepełnosprawnym|niepełnosprawnego|niepełnosprawną`),
    slur: w(`obojniak*|obojnak*|hermafrodyt*|pedał*|cwel*|ciota|cioty|ciot*|pedał*|pedzi*|ciot*|cwel*|parówa*|parówy|lesba|lesby|murzyn*|czarnuch*|asfalt*|bambus*|
      żydek|żydki|żydostwo|parch*|ciapat*|ciapak*|brudas*|skośnook*|żółtek|żółtki|kitajc*|cygańskie
      ścierwo|cyganic*|kaleki|kaleka|kalek|debil*|mongoł*|downiarz*|upośledzeńc*|kuce|transik*|
      tęczowa zaraza|ideologia lgbt|lewactwo|ukrop*|banderowc*|kacap*|szmata|szmaty`),
    derog:
      w(`mam dość|mam dosyć|dosyć mam|mdli|mdlą|rzygać|rzygam|wymioty|brzydzę*|brzydz*|odraż*|pogard*|gardzę|gardzić|obrzydl*|nienawi*|szumowin*|robactwo|karaluch*|szczur*|pasożyt*|śmieci|ścierw*|bydło|zwierzęta|świnie|małpy|bezwartościow*|gorsi|gorsze|gorszy|nienawidzę|nienawidzisz|nienawidzi|nienawidzimy|nienawidzą|nienawidzić|nienawiść|
      nienawiści|gardzę|gardzi*|pogarda|pogardy|pogardę|pogardzam|brzydzę|brzydzi*|obrzydzeni*|obrzydliw*|
      wstręt|wstrętn*|odraz*|odrażając*|ohydn*|ohyda|paskudn*|nie cierpię|nie znoszę|nie mogę znieść|
      nie mogę wytrzymać|nie trawię|nie zniosę|mdłości|rzygać|rzygam|wkurzaj*|wkurwiaj*|wściekł*|wścieka*|
      złości|złość|szlag mnie trafia|najgorsi|najgorszy|najgorsze|najgorszych|nic gorszego|głupi|głupie|
      głupich|głupimi|najgłupsz*|durni|durnie|tępi|tępe|bezmózg*|idioci|idiotów|idiotami|debile|kretyni|
      kretynów|ciemnogród|prymitywn*|zacofan*|niecywilizowan*|barbarzyń*|dzicy|dzikusy|dzikus*|bydło|
      brudni|brudne|brudasy|śmierdząc*|śmierdzą|leniw*|nieroby|darmozjad*|pasożyt*|złodzieje|złodziei|
      kłamcy|kłamców|oszuści|oszustów|nieuczciw*|przestępcy|przestępców|kryminaliści|bandyci|niebezpieczn*|
      zagrożenie*|zagrożeniem|plaga|plagą|zaraza|zarazą|rak|rakiem|wirus*|choroba|chorobą|robactwo|
      szkodniki|szczury|szczurów|karaluchy|karaluchów|wszy|insekty|zwierzęta|zwierząt|zwierzętami|bestie|
      małpy|małp|świnie|świń|psy|psów|ścierwo|śmieci|śmieciami|śmieciem|odpady|odpadami|odpadki|gnój|gówno|
      szumowin*|hołota|hołotą|męty|margines|podludzie|podludźmi|gorsi|gorszy|gorszej|bezwartościow*|
      nic nie warte|nic nie warci|nic niewart*|bezużyteczn*|żałosn*|nędzn*|godni pogardy|okrutn*|
      brutaln*|agresywn*|hipokryci|zboczeńc*|zboczon*|degeneraci|zdegenerowan*|chorzy psychicznie|
      psychol*|świr*|szaleńc*|źli|zły|złe|złymi|szkodliw*|ciężar|ciężarem|najazd|inwazja|inwazję|
      zalewają|zalew|infiltruj*|chmara|chmary|hordy|horda|zoo|weterynarz*|świat byłby lepszy|lepszy bez|
      lepiej bez|wstyd|hańba|hańbą|rujnują|zniszczą|niszczą|irytując*|nieznośn*|legaln*|zalegalizować|
      nie powinno być nielegalne|nie mają tu czego szukać|wynocha|wynoście się|wracajcie do siebie|
      precz z|marnowanie miejsca|strata miejsca|marnują|niczym innym jak|nic innego jak|tylko śmieci|obrzydz*|do szału|doprowadzają mnie|odpychając*|podli|podłe|podły|podła|podłych|ignorant*|brudn*|śmieci*|śmieć|pomniejsz*|istoty|istotami|gorsz*|najgorsz*|ohydn*|obleśn*|paskudn*|żałosn*|beznadziejn*|bezwartościow*|pasożytn*|szkodnik*|robactw*|szczur*|karaluch*|zwierzęc*|bydl*|głup*|tęp*|bezmózg*|prymityw*|zacofan*|dzik*|niebezpieczn*|agresywn*|brutaln*|okrutn*|kłamliw*|nieuczciw*|leniw*|śmierdząc*|zdegenerowan*|zboczen*|chor*|zdekryminalizowan*|zalegalizowan*|legaln*|wstrętn*|obrzydliw*|odrażając*|nienawidz*|gardz*|pogard*|brzydz*|nie znoszę|nie cierpię|nie trawię`),
    insult: w(`idiota|idiotka|debil|debilka|kretyn*|głupek|głupki|dureń|baran*|osioł|osły|kutas*|chuj|chuje|
      chujem|chujami|chujów|skurwysyn*|skurwiel*|sukinsyn*|gnoj*|gnida|gnidy|dupek|dupki|dupkiem|
      frajer*|palant*|pajac*|cymbał*|matoł*|dziwka|dziwki|szmata|suka|suki|zjeb*|pojeb*|
      spierdolin*|ciul*|cham|chamy|menel*|łajdak*|drań|dranie|draniem|gówniarz*|śmieć|głupi jak but|głupia jak but|głupie jak but|jak but|tępy jak|tępa jak|głupi jak|głupia jak|banda|bandą|bando|banda idiotów|bandą idiotów|idioci|idiotów|idiotami|debile|debili`),
    violence:
      w(`byliby martwi|byłyby martwe|powinni być martwi|powinny być martwe|powinni umrzeć|powinny umrzeć|straceni|stracone|stracić|stracić ich|egzekuc*|rozstrzela*|wystrzela*|powiesi*|wieszać|zagazow*|spalić|spalić ich|utopić|utopi*|wytępi*|wybić|wybi*|zabić|zabi*|zlikwidow*|eksterminow*|lepiej bez|lepszy bez|lepsze bez|lepszy byłby bez|zabić|zabij|zabijać|zabijcie|zabiję|zabijemy|zabito|zabity|zabici|zabitych|zabicie|zabiciem|
      zamordować|zamorduję|morderstwo|mord|mordować|wymordować|wymordujemy|zarżnąć|wyrżnąć|rzeź|
      eksterminacja|eksterminować|wytępić|wytępienie|wyeliminować|eliminować|zlikwidować|likwidacja|
      unicestwić|pozbyć|pozbędziemy|pozbądźmy|pozbyć się|pozbywać|stracić|egzekucja|egzekucji|rozstrzelać|
      rozstrzelanie|kara śmierci|karę śmierci|powiesić|wieszać|powieszenie|zlinczować|lincz|zastrzelić|
      zastrzelę|strzelać|strzelić|kulka|kulkę|dźgnąć|dźgnę|zadźgać|zadźgam|nóż|nożem|poderżnąć|poderżnę|
      gardła|gardło|ściąć|ścięcie|spalić|spalę|palić|spalenie|zagazować|komora gazowa|komory gazowe|utopić|
      utopię|udusić|uduszę|torturować|torturuję|tortury|zgwałcić|zgwałcę|gwałt|gwałcić|pobić|pobiję|
      bić|skopać|zatłuc|zatłukę|napaść|napadać|atakować|zaatakować|ataki|atak|skrzywdzić|skrzywdzę|
      cierpieć|cierpienie|niech cierpią|śmierć|śmierci|śmiercią|umrzeć|umierać|niech zdechną|zdechnąć|
      zdychać|skręcić kark|skręcę|złamać kark|karki|ludobójstwo|czystka*|deportować|wypędzić|wyrzucić|
      zbombardować|wysadzić|podpalić|ukamienować|raz na zawsze|położy kres|położyć kres|zrobić porządek|
      do gazu|do pieca|wyrżnąć w pień|zakończyć życie|zakończyć|zlikwid*|ubij*|ubić|ubiję|zabit*|zabij*|zabić|zabił*|zabiją|cierpi*|mordow*|zamordow*|wymordow*|stracon*|martwe|martwych|martwymi|zastrzel*|rozstrzel*|powiesi*|powiesz*|spal*|zagazow*|utopi*|udusi*|torturow*|zgwałc*|pobi*|zatłuc*|atakow*|zaatakow*|skrzywdz*|poderżn*|dźgn*|zadźga*|eksterminow*|wytępi*|wyeliminow*|unicestwi*|pozbyć*|pozbędzie*|pozbądź*|wyrżn*|zarżn*|egzekucj*|kara śmierci|karze śmierci|na śmierć|śmierć|śmierci`),
    profanity:
      w(`bzdura|bzdury|bzdur*|gówno|gówniany|gówniana|gówniane|chujow*|zjeban*|kurw*|chuj*|huj*|pierdol*|pierdziel*|spierdal*|wypierdal*|popierdol*|jeb*|zajeb*|wyjeb*|
      najeb*|pojeb*|skurwysyn*|skurwiel*|pizd*|cipa|cipy|gówn*|dup*|srać|sraj*|zasran*|kutas*|fiut*|
      szmat*|suka|suki|dziwk*|cholera|cholerny|cholerne|psiakrew|kurde|kurczę|wkurw*|ożeż|japierdole|kurwa|kurwa mać|kurwy|chuja|chujem|chujowo|pierdolę|spierdalaj|spierdalajcie|jebać|jebany|jebana|jebane|zajebiście|wypierdalaj|pojebało`),
    positive:
      w(`godn*|warci|warte|^wart|warta|wartościow*|uratować|ratować|ocalić|zasługują|zasługiwać|inteligentn*|mądrzy|mądre|równi|równe|ludźmi|człowiekiem|ufać|zaufani*|mądrzy|mądre|mądry|inteligentn*|bystr*|zdoln*|ładn*|piękn*|atrakcyjn*|równi|równe|równy|
      równorzędn*|warci|warte|wart|wartościow*|godni|godne|prawa człowieka|praw człowieka|prawa|prawo do
      życia|prawo do istnienia|na życie|do życia|żyć|ludzie|ludźmi|ludzi|człowiek|prawdziwi ludzie|
      prawdziwymi ludźmi|ludzcy|szacunek|szacunku|współczucie|współczucia|litość|litości|miejsce|miejsca|
      mile widziani|witani|zaufanie|zaufania|godni zaufania|uczciw*|cywilizowan*|normaln*|mili|mił*|
      przyjazn*|uprzejm*|pożyteczn*|potrzebni|zintegrować|integrować|ważni|ważne|liczą się|zasługują`),
    negator: w(`nie|nigdy|żaden|żadna|żadne|żadnych|żadnego|nic|niczego|nikt|nikogo|ani|bez|wcale`),
    only: w(`niż|innego jak|inne jak|niczym innym|nic innego|tylko|lepsi od|lepszy od|lepsze od|lepsi niż`),
    report: w(`mówić|mówisz|mówi|mówią|mówił*|powiedział*|powiedzieć|mówienie|nazywać|nazywasz|nazywa|
      nazywają|nazwał*|nazwać|określać|twierdzić|twierdzisz|twierdzi|twierdzą|twierdzenie*|grozić|grozisz|
      grozi|grożenie|groźby|żądać|domagać|wzywać|nawoływać|pisać|piszesz|pisze|piszą|napisał*|
      komentarz*|wpis*|posty|tweety|wypowiedzi|wypowiedź|słowa|teksty typu|rzeczy jak|rzeczy typu|
      takie rzeczy|typu|dyskrymin*|rasis*|homofob*|transfob*|seksis*|antysemit*|mowa nienawiści|
      mowę nienawiści|obraźliw*|raniąc*|krzywdząc*|przestań|przestańcie|przestać|dość tego|zgłoszę|zgłaszać|
      zgłosić|zablokować|zbanować|więzienie|więzienia|nielegaln*|przestępstwo|obrażać|obrażasz|
      obelgi|brak szacunku|skandaliczn*|niedopuszczaln*|traktuje|traktują|traktować|musi się skończyć`),
    protect: w(`pozwolić|pozwalać|pozwolimy|tolerować|tolerujemy|akceptować|zaakceptujemy|przyglądać|
      przyzwalać|zasługują|zasługuje`),
    they: w(`oni|one|ich|im|nimi|nich|ci|te|tacy|takie|takich|tych|tym`),
    you: w(
      `ty|ciebie|cię|ci|tobie|tobą|wy|was|wam|wami|twój|twoja|twoje|twoi|wasz|wasza|wasze|wasi|jesteście|jesteś|wasza banda`,
    ),
    why: w(`czy nie|czyż nie|czy to nie|dlaczego|czemu|co jeśli|a może`),
    clause: w(`ale|lecz|bo|ponieważ|że|żeby|chociaż|choć|mimo że|gdy|kiedy|jeśli|jeżeli|i|oraz|lub|albo|
      więc|dlatego|a|zwłaszcza|szczególnie|dopóki|aż|zanim|gdyby|jeżeli`),
    function: w(`ja|my|on|ona|ono|jest|są|jestem|jesteś|jesteśmy|jesteście|był|była|było|byli|mam|masz|
      ma|mamy|macie|mają|też|także|jeszcze|już|tylko|bardzo|z|ze|w|we|na|do|od|dla|po|przez|przy|o|
      u|za|pod|nad|przed|między|się|mnie|mi|mną|nas|nam|nami|mój|moja|moje|moi|nasz|nasza|nasze|kto|co|
      gdzie|jak|kiedy|to|ten|ta|tego|tej|wszyscy|wszystkie|wszystko|wszystkich|każdy|tu|tutaj|tam|teraz|
      dziś|dzisiaj|zawsze|naprawdę|po prostu|całkiem|dużo|wiele|więcej|mniej|ktoś|byłoby|byłby|powinni|
      powinno|powinien|może|mogą|można|musi|muszą|trzeba|chcę|chce|chcą|będzie|będą|bez wątpienia|
      bez wyjątku|bez żadnego wyjątku|nie tylko|oczywiście|właściwie|kocham|uwielbiam|podziwiam|dumny|
      dumna|szczęśliwy|szczęśliwa|wspaniał*|fantastyczn*|świetn*|wspieram|wspierać|szanować|szanuję|
      kraj|kraju|społeczeństwo|społeczeństwa|świat|świecie|rząd|rządzie|szkoła|szkole|praca|pracy|dzień|
      rok|lat|coś|niewielu|kilka|kilku|dwóch|dwa|trzy|nikt inny|znowu|jeszcze|również|ponownie|znów`),
  },
};
