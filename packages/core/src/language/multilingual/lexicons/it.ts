import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** Italian. */
export const it: Lexicon = {
  lang: "it",
  prodrop: true,
  words: {
    ident: w(`donne|donna|femmine|^trans|persone trans|donne trans|uomini trans|transessuali|transessuale|
      transgender|^gay|omosessuali|omosessuale|lesbiche|lesbica|bisessuali|neri|nere|^nero|^nera|persone nere|
      persone di colore|di colore|africani|africane|disabili|disabile|persone disabili|portatori di handicap|
      handicappati|handicappato|autistici|musulmani|musulmane|musulmano|musulmana|islamici|immigrati|
      immigrate|immigrato|immigrata|migranti|migrante|stranieri|straniere|straniero|extracomunitari|
      extracomunitario|profughi|profugo|rifugiati|rifugiato|ebrei|ebree|ebreo|ebrea|arabi|arabo|rom|
      zingari|zingaro|asiatici|cinesi|rumeni|albanesi|marocchini|meridionali|anziani|vecchi|lgbt|queer`),
    slur: w(`^negr*|frocio|froci|finocchio|finocchi|ricchione*|recchione*|culattone*|checca|checche|lesbicona*|
      travestito*|trans di merda|mongoloide*|mongolo*|ritardato*|ritardata*|handicappato di merda|storpio*|
      giudeo*|marocchino di merda|zingaraccio*|terrone*|vu cumprà|vucumprà|muso giallo|musi gialli|
      scimmia|scimmie|bingo bongo|negretto*|frocetto*|spastico*|deficiente*|tranvion*|mangiabanane|^jihadist*|ritardat*|handicappat*|^negr*|zingar*`),
    derog: w(`odio|odi|odia|odiamo|odiano|odiare|odioso*|detesto|detesti|detesta|detestano|detestabil*|
      disprezzo|disprezz*|spregevol*|aborro|aborrisc*|ribrezzo|schifo|mi fanno schifo|fanno schifo|
      schifos*|disgust*|ripugna*|ripugnant*|repellent*|rivoltant*|nausea*|vomitar*|mi fanno vomitare|
      non sopporto|non li sopporto|non le sopporto|non posso sopportare|insopportabil*|mi fanno incazzare|
      mi fanno arrabbiare|mi fanno venire|rabbia|ira|furia|stufo|stufa|stufi|peggio|peggiori|i peggiori|
      il peggio|stupid*|scem*|cretin*|idioti|idiote|imbecilli|deficienti|ritardati|senza cervello|
      decerebrat*|ignoranti|ignoranza|bruti|sporchi|sporche|sudici|luridi|lerci|puzzolenti|fetenti|
      pigri|fannulloni|ladri|bugiardi|bugiarde|disonesti|truffatori|criminali|delinquenti|pericolosi|
      pericolose|pericolo|minaccia|piaga|peste|cancro|virus|malattia|parassiti|parassita|sanguisughe|
      vermi|ratti|topi|scarafaggi|pidocchi|insetti|animali|bestie|scimmie|maiali|porci|cani|feccia|
      spazzatura|immondizia|rifiuti|rifiuto umano|merda|schifezza|inferiori|inferiore|subumani|
      sub umani|inutili|senza valore|non valgono niente|non valgono nulla|valgono niente|non vale niente|
      patetic*|penosi|miserabili|barbari|selvaggi|primitivi|arretrati|incivili|crudeli|violenti|brutali|
      ipocriti|pervertiti|degenerati|malati di mente|pazzi|malvagi|maligni|diabolici|dannosi|nocivi|
      fardello|peso morto|invasione|invasori|invadono|infestano|infiltrano|orde|sciami|zoo|veterinario|
      mondo migliore|meglio senza|sarebbe migliore senza|vergogna|vile|vili|orribili|orrendi|brutti|
      legale|legalizzare|depenalizzare|non dovrebbe essere illegale|niente da fare qui|fuori dalle palle|
      tornatevene a casa|tornate al vostro paese|a casa loro|disgrazia|approfittatori|indesiderabili|
      irrecuperabili|abominevol*|deplorevol*|squallid*|viscid*|infami|abietti|rivoltanti|disdegno|disdegn*|astio|scarsa considerazione|arrabbiare|mi fa arrabbiare|mi fanno arrabbiare|infuriare|mi fanno infuriare|infuriat*|pessimi|pessime|pessimo|pessima|spreco di spazio|spreco|disumane|disumani|disumano|niente di peggio|nulla di peggio|peggio di|creature inferiori|inutili|odiosi|squallidi|irritanti|insopportabili|falsi|false|ingrati|non hanno cervello|depenalizzat*|legalizzat*`),
    insult:
      w(`stupido come una capra|scemo come|più stupido di|idiota|imbecille|cretino|cretina|stronzo*|stronza*|coglione*|bastardo*|bastarda*|figlio di puttana|
      figli di puttana|figlio di troia|testa di cazzo|teste di cazzo|pezzo di merda|pezzi di merda|
      deficiente|scemo|scema|fesso*|babbeo*|minchione*|cornuto*|puttana|puttane|troia|troie|zoccola*|
      buffone*|pagliaccio*|cazzone*|merdoso*|schifoso|schifosa|vaffanculo`),
    violence: w(`uccidere|uccido|uccidiamo|uccidono|uccidete|uccidiamoli|ucciderli|ucciderle|uccisi|ucciso|
      ammazzare|ammazzo|ammazziamo|ammazzarli|ammazzateli|ammazzati|morti|morto|morte|la morte|
      pena di morte|pena capitale|assassinare|assassinio|assassinati|massacr*|sterminare|stermin*|eliminare|
      eliminiamo|eliminarli|sradicare|annientare|annient*|farla finita con|sbarazzarci di|sbarazzarsi di|
      liberarci di|giustiziare|giustiziarli|giustiziati|esecuzione|fucilare|fucilarli|fucilazione|impiccare|
      impicchiamo|impiccarli|linciare|linciarli|sparare|sparargli|sparate|pallottola|accoltellare|
      accoltellarli|pugnalare|pugnalarli|sgozzare|sgozzarli|tagliare la gola|decapitare|bruciare|bruciarli|
      bruciamoli|rogo|gasare|camera a gas|camere a gas|annegare|affogare|affogarli|strangolare|
      strangolarli|torturare|torturarli|tortura|stuprare|stuprarle|stupro|violentare|picchiare|picchiarli|
      pestare|massacrarli|aggredire|attaccare|attacchiamo|ferire|far male|soffrire|farli soffrire|morire|
      muoiano|che muoiano|dovrebbero morire|meritano di morire|spezzare il collo|rompere il collo|sterminio|
      genocidio|pulizia etnica|deportare|deportarli|espellere|bombardare|far saltare|incendiare|dare fuoco|
      una volta per tutte|lapidare|squartare|crepare|crepino|fare fuori|farli fuori|togliere di mezzo|porre fine|porre fine alla vita|metter fine|sparer*|sparar*|spara|sparate|sparato|spariamo|pugnal*|taglier*|tagliare la gola|tagliargli|gole|gola|spezzer*|spezzare|collo|sradich*|uccise|uccisa|uccider*|ucciderò|ammazzer*|debellat*|debellare|annegassero|anneg*|omicidio|omicidi|condannati a morte|condannate a morte|condannare a morte|bruciar*|impiccar*|sterminar*|eliminar*|torturer*|stupr*|picchier*|attaccher*|colpir*|accoltell*`),
    profanity: w(`merda*|cazzo*|cazzi|cazzata*|fottere|fottuto*|fottuta*|fottiti|fottetevi|vaffanculo|
      fanculo|affanculo|puttana*|troia*|stronz*|coglion*|minchia|porco dio|porca puttana|porca troia|
      porca miseria|figa|fica|culo|incazzato*|incazzata*|rompere i coglioni|rompipalle|palle|cagare|cagata|
      sticazzi|mannaggia|zoccol*|^bastard*|figlio di puttana|testa di cazzo|pezzo di merda|
      dio cane|porcodio`),
    positive: w(`intelligenti|intelligente|furbi|svegli|capaci|capace|attraenti|attraente|belli|belle|carini|
      uguali|uguale|meritano di vivere|merita di vivere|diritto di vivere|diritto di esistere|diritti umani|
      diritti|umani|esseri umani|persone vere|rispetto|rispettabili|compassione|pietà|posto|spazio|
      benvenuti|benvenute|degni|degne|degno|fiducia|affidabili|onesti|civili|civilizzati|normali|normale|
      simpatici|gentili|utili|integrarsi|integrano|importanza|importano|valore|valgono|vale|preziosi|
      appartengono|meritano|importa|diritto|vivi|essere vivi|membro prezioso|prezioso|preziosa|lasciar vivere`),
    negator: w(`non|mai|nessun|nessuno|nessuna|niente|nulla|né|neanche|nemmeno|neppure|senza`),
    only: w(
      `che|altro che|più che|meglio di|migliori di|meglio dei|meglio degli|meglio delle|migliori dei|migliori degli|migliori delle|che dei|altro che`,
    ),
    report: w(`dire|dici|dice|dicono|detto|disse|dicendo|chiamare|chiami|chiamano|chiamato|chiamarli|
      chiamando|definire|definisci|descrivere|affermare|affermi|affermano|affermazioni|insinuare|minacciare|
      minacci|minacciano|chiedere|chiedono|esigere|pretendere|invocare|scrivere|scrivi|scrivono|scritto|
      commento|commenti|dichiarazioni|frasi|parole|messaggi|post|tweet|cose come|espressioni come|
      discrimina*|razzis*|omofob*|transfob*|sessis*|antisemit*|incitamento all odio|discorso d odio|
      linguaggio d odio|offensiv*|feriscono|doloros*|smettila|smettetela|smetti di|smettete di|basta|
      denunciare|denuncio|segnalare|segnalo|bloccare|blocco|bannare|bannato*|galera|prigione|carcere|
      illegale|reato|insultare|insulti|offendere|mancanza di rispetto|vergognoso|inaccettabile|
      intollerabile|trattano|tratta|trattare`),
    protect: w(`permettere|permetteremo|permettiamo|lasciare|lasciamo|lasceremo|tollerare|tollereremo|
      tolleriamo|accettare|accetteremo|stare a guardare|guardare|meritano|merita`),
    they: w(`loro|li|le|gli|quelli|quelle|questi|queste|essi|esse|quella gente`),
    you: w(`tu|te|ti|voi|vi|tuo|tua|tuoi|tue|vostro|vostra|vostri|vostre`),
    why: w(`perché|perche|e se|che ne dite se`),
    clause: w(`ma|però|perché|poiché|siccome|anche se|sebbene|quando|se|e|o|che|mentre|soprattutto|
      specialmente`),
    function: w(`io|noi|lui|lei|il|lo|la|i|gli|le|un|uno|una|di|del|della|dei|delle|al|alla|ai|e|è|sono|
      siamo|sei|siete|ho|hai|ha|abbiamo|hanno|molto|con|per|ma|che|in|nel|nella|questo|questa|quello|
      quella|mio|mia|miei|nostro|nostra|tutti|tutte|tutto|qui|qua|oggi|sempre|davvero|semplicemente|solo|
      più|meno|anche|c è|essere|fare|come|senza dubbio|senza alcun dubbio|non solo|amo|adoro|ammiro|
      orgoglioso|orgogliosa|felice|meravigliosi|meravigliose|meraviglioso|fantastici|fantastico|
      sostegno|sostenere|rispettare|onore|gente|persone|mondo|paese|società|così|troppo|governo|mi|si|ci|ti|vi|ne|lo|gli|suo|sua|suoi|sue|loro|questi|queste|quelli|quelle|miei|mie|tuo|tua|bene|male|già|ancora|lì|là|due|tre|quando|dove|come|chi|quale|perché|ho|hai|ha|abbiamo|avete|hanno|posso|puoi|può|possono|possiamo|credo|crede|credono|so|sa|sanno|voglio|vuole|vogliono|vado|va|vanno|andiamo|fu|furono|era|erano|stato|stata|stati|c era|sarebbe|deve|devono|dovrebbe|dovrebbero|dobbiamo|fa|fanno|fece|vedo|visto|molto|molta|molti|molte|poco|poca|pochi|poche|altro|altra|altri|altre|nuovo|grande|ogni|stesso|stessa|qualche|alcuni|alcune|volta|volte|giorno|anni|casa|vita|vivo|vive|vivono|lavoro|lavorano|conosco|conosce|parlare|parla|parlano|meglio|qualcosa|gente|uomo|bambini|tempo|adesso|ora|allora|così|tanto|tanta|dopo|prima|da|dal|dalla|dai|dalle|fino|su|sul|sulla|tra|fra|contro|durante|secondo|verso|nel|nella|nei|nelle|del|della|dei|delle|degli|al|alla|ai|alle|agli|lei|voi|sei|siete|sta|stai|stiamo|stava|stare|avere|dire|dare|sapere|volere|arrivare|passare|dovere|mettere|sembrare|restare|seguire|trovare|chiamare|venire|pensare|uscire|tornare|prendere|conoscere|vivere|sentire|guardare|raccontare|cominciare|aspettare|cercare|esistere|entrare|lavorare|scrivere|perdere|capire|ricevere|ricordare|finire|apparire|riuscire|servire|tenere|leggere|cadere|cambiare|creare|aprire|considerare|ascoltare|vincere|formare|portare|partire|realizzare|spiegare|chiedere|riconoscere|studiare|nascere|correre|usare|pagare|aiutare|piacere|giocare|offrire|scoprire|provare|decidere|dimenticare|mangiare|mostrare|continuare|imparare|comprare|salire|sì|certo|vero|in realtà|infatti|tuttavia|in generale|in particolare|ovviamente|a volte|di nuovo|oggi|mi piace|mi piacciono|adoro|vorrei|qui|qua|un po|niente di che|i|il|lo|la|le|gli|un|una|uno|sono|è|e|di|a|da|in|con|su|per|tra|fra|senza alcuna eccezione|senza eccezione|senza eccezioni|senza dubbio|senza alcun dubbio|non solo|davvero|proprio|tutti|tutte|tutto|questo|questa|questi|queste|quei|quegli|quelle`),
  },
};
