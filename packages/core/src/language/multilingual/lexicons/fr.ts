import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** French. */
export const fr: Lexicon = {
  lang: "fr",
  words: {
    ident: w(`femmes|femme|meufs|^filles|nanas|^trans|transgenres|transgenre|personnes trans|femmes trans|
      hommes trans|transsexuel*|transidentitaire*|^gays|^gay|homosexuel*|homos|lesbiennes|lesbienne|bisexuel*|
      noirs|noires|^noir|^noire|personnes noires|^blacks|africains|africaines|africain|renois|handicapés|
      handicapées|handicapé|handicapée|personnes handicapées|infirmes|autistes|musulmans|musulmanes|musulman|
      musulmane|réfugiés|réfugiées|réfugié|réfugiée|migrants|migrantes|migrant|immigrés|immigrées|immigré|
      immigrants|immigrant|étrangers|étrangères|étranger|juifs|juives|juif|juive|arabes|arabe|maghrébins|
      roms|gitans|asiatiques|chinois|polonais|roumains|pakistanais|indiens|personnes âgées|sans papiers|
      demandeurs d asile|exilés|noirs de peau|lgbt|queers`),
    slur: w(`^nègre*|^négro*|bougnoule*|bicot*|youpin*|youtre*|pédé|pédés|pd|tapette*|tarlouze*|gouine*|travelo*|
      bamboula*|chinetoque*|niakoué*|bridés|bridé|mongolien*|gogol*|attardé*|crouille*|bicots|boukak*|
      bougnoul*|feuj*|rebeu*|pédale*|enculé de ta race|sale race|sous race|macaque*|tafiole*|fatma|fatmas|pédales|baltringue`),
    derog:
      w(`ras le bol|ras-le-bol|marre|en ai marre|en avoir marre|manque de respect|manque total de respect|aucun respect|dégoût*|répugn*|écœur*|abject|abjecte|abjects|abjectes|immonde|immondes|ignoble|ignobles|méprisable|méprisables|minable|minables|pitoyable|pitoyables|nuisible|nuisibles|vermine|cafards|^rats|^parasites|ordures|déchets|racaille|sous-hommes|bêtes|animaux|porcs|singes|malade|malades|hais|hait|haïssent|haine|déteste*|détestable*|méprise*|méprisent|mépris|méprisable*|abhorre*|
      exècre*|dégoût*|dégoûte*|dégoûtant*|dégueulasse*|répugnant*|répugne*|écœurant*|immonde*|ignoble*|
      abject*|infâme*|odieux|odieuse*|horrible*|ne supporte pas|ne supporte plus|supporte pas|
      ne peux pas ^supporter|ne peux plus supporter|peux pas supporter|ne peux pas voir|rend* malade*|
      me dégoûtent|énervent|furieux|furieuse|en colère|rage|pires|^pire|les pires|stupides|stupide|^cons|
      connes|^idiots|idiotes|débiles|crétins|abrutis|bêtes|imbéciles|^sales|^sale|crasseux|puant*|
      paresseux|fainéant*|voleurs|voleur|menteurs|menteur|menteuses|criminels|criminel*|délinquant*|
      dangereux|dangereuse*|danger|menace|fléau|peste|plaie|^cancer|virus|parasites|parasite|vermine|
      ^rats|^rat|cafards|cancrelats|poux|animaux|singes|porcs|cochons|chiens|ordures|ordure|déchets|déchet|
      racaille|raclure*|pourriture*|pourris|sous hommes|sous humains|inférieurs|inférieur|inférieures|
      sans valeur|ne valent rien|valent rien|vaut rien|ne vaut rien|inutiles|nuls|nulles|minables|
      pathétiques|pitoyables|lamentables|barbares|sauvages|primitifs|arriérés|incivilisés|brutes|cruels|
      violents|ignorants|hypocrites|pervers|dégénérés|tarés|gaspillage d espace|perte d espace|envahissent|
      envahisseurs|invasion|infestent|infiltrent|grand remplacement|hordes|essaims|zoo|vétérinaire|
      monde meilleur|meilleur sans|
      ne valent pas mieux que|rebus|pestiférés|malpropres|vicieux|sournois|fourbes|
      répugnantes|abjects|détestables|horribles|laids|laides|moches|gros porcs|stupidité|sont une plaie|
      fainéants|profiteurs|assistés|inadaptés|inhumains|bons à rien|faibles|dédain|aversion|hors de moi|nausée|la nausée|repoussant*|malhonnête*|ignorance|irrécupérable*|vulgaires|abjecte*|haïssable*|exécrable*|insupportable*|agaçant*|débiles|cinglés|fous|malades mentaux|mauvais|méchants|diaboliques|maléfiques|sataniques|nuisibles|nuisible|fardeau|poids mort|pollution|pollue*|souillent|salissent|grouillent|pullulent|rien à faire dans|rien à faire ici|honte de l humanité|erreur de la nature|sous merde|merdes|chiures|excréments|bétail|bestiaux|insectes|microbes|tumeur|infection|gangrène|épidémie|légal|légaliser|dépénalis*|ne devrait pas être illégal|ne devraient pas être illégal|ruine|ruiner|détruire|détruisent|pourrissent|immondes|ingrats|profiteurs|sangsues|charognes|vermines|clébards|dégage*|rentrez chez vous|retournez dans votre pays|retourne dans ton pays|mieux sans|porterait mieux sans|serait meilleur sans|dégénéré*|défoncé*|se casser|casse toi|cassez vous|dégagez`),
    insult: w(`^idiot|idiote|crétin*|imbécile*|abruti*|débile|connard*|connasse*|enculé*|salaud*|salope*|
      enfoiré*|bâtard*|batard*|fils de pute|trou du cul|bouffon*|minable|tocard*|andouille*|pauvre con|
      sombre crétin|tête de con|têtes de con|salopard*|chieur*|raclure|pétasse*|pouffiasse*|
      sac à merde|merdeux|merdeuse|bête comme ses pieds|con comme un balai|con comme une valise|bête à manger du foin`),
    violence:
      w(`mieux sans|meilleur sans|meilleure sans|exterminer|exterminés|éliminer|éliminés|abattre|abattus|pendre|pendus|fusiller|fusillés|noyer|noyés|gazer|gazés|brûler|brûlés|égorger|tabasser|buter|crever|qu'ils crèvent|doivent mourir|devraient mourir|devraient crever|tuer|tue|tuez|tuons|tués|tuées|tué|tuée|massacr*|extermin*|élimin*|éradiq*|abattre|abattez|
      abattus|fusill*|pendre|pendez|pendus|pendues|pendu|pendons|la corde|brûler|brûlez|brûlés|gazer|gazés|
      noyer|noyez|noyés|poignard*|égorg*|étrangl*|décapit*|lynch*|exécuter|exécutez|exécutés|exécutées|exécution|exécutons|exécute|crever|crève|crèvent|crevez|
      mourir|meurent|mort|morts|la mort|à mort|tortur*|violer|violée*|violés|viol|viols|violez|frapper|
      frappez|tabass*|attaqu*|débarrass*|liquider|buter|flingu*|souffrir|peine de mort|chambre à gaz|
      solution finale|anéant*|rayer de la carte|une bonne fois pour toutes|trancher la gorge|tranchait|
      tranch*|égorgés|exterminés|fusillés|battre|battus|cogner|lapider|bûcher|guillotine*|déporter|
      cramer|dégommer|descendre tous|assassin*|mettre fin à la vie|mettre fin|tirer une balle|balle dans la tête|tirer sur|briser|brisez|cou|nuque|couteau|planter|poignarde|étouffer|asphyxier|bombarder|faire sauter|incendier|mettre le feu|exploser|blesser|faire du mal|cogner|massacre|génocide|purifier|nettoyer|nettoyage|exterminés|en finir avec|finisse|finissent|en finisse`),
    profanity:
      w(`chieuse|chieuses|chiant*|emmerdeu*|emmerd*|enculer|enculés|fenculer|^merde*|putain*|pute*|salope*|connard*|connasse*|enculé*|encul*|niquer|nique*|niqué*|
      fils de pute|bordel|chier|chiant*|fout*|couilles|couillon*|^bite|^cul|trou du cul|branleur*|emmerd*|
      salaud*|enfoiré*|ta gueule|ferme ta gueule|gueules|pétasse*|pouffiasse*|batard*|bâtard*|merdique*|
      fdp|ntm|conneries|connerie|bordel de merde|nom de dieu|va te faire|allez vous faire|se faire enculer`),
    positive:
      w(`supporter|supporte|supportent|tolérer|tolère|tolèrent|blairer|sentir|compter|comptent|compte|valent|valoir|sauver|sauvez|sauve|épargner|dignes|digne|égaux|égales|humains|intelligents|intelligentes|respectables|fiables|confiance|intelligent*|malins|maligne*|brillant*|capable*|attirant*|beaux|belles|jolis|jolies|égaux|
      égal|égales|valent|vaut|méritent de vivre|mérite de vivre|droit de vivre|droit d exister|droits de l homme|
      droits humains|humains|êtres humains|vraies personnes|vrais humains|respect|respectables|compassion|
      pitié|place|leur place|bienvenus|bienvenues|bienvenue|dignes|digne|confiance|honnêtes|civilisés|
      normaux|normal|normales|gentils|gentilles|sympas|utiles|intégrer|intègrent|importance|valeur|
      mérite|méritent`),
    negator: w(`ne|n|pas|jamais|aucun|aucune|rien|ni|nullement|non|guère|plus jamais`),
    report: w(`dire|dis|dit|dites|disent|disant|traiter|traites|traitez|traitent|traité de|qualifier|qualif*|
      appeler|appelle*|appelez|prétendre|prétend*|affirmer|affirm*|menacer|menacez|réclamer|réclament|
      exiger|exigent|écrire|écris|écrit|écrivent|commentaire*|propos|paroles|remarques|messages|posts|
      tweets|publications|déclarations|expression*|des choses comme|des trucs comme|des phrases comme|
      des mots comme|telles que|tels que|discriminat*|racis*|homophob*|transphob*|sexis*|antisémit*|
      haineux|haineuse*|discours de haine|blessant*|arrête*|arrêtez|cesse*|stop|signaler|signale*|
      bannir|banni*|exclure|prison|insulter|insult*|injure*|rabaisser|traite|manque de respect|
      la haine dont|intolérable|inacceptable|honte`),
    protect: w(`laisser|laisserons|laissons|laisse|tolérer|toléré*|tolérerons|accepter|accept*|permettre|
      permett*|autoriser|regarder|méritent|mérite`),
    they: w(`ils|elles|eux|leur|leurs|les|ceux|celles|ces gens`),
    you: w(`tu|toi|te|t|vous|ton|ta|tes|votre|vos`),
    why: w(`n'est-il|n'est-ce|est-ce que|n'est il|pourquoi|et si|que diriez vous|n est il pas|n est ce pas`),
    clause: w(`mais|parce que|car|que|qu|quand|lorsque|si|et|ou|donc|alors|bien que|même si|puisque|surtout|
      lorsqu|quoique`),
    function: w(`je|j|il|elle|nous|ils|le|la|les|un|une|des|du|de|d|l|et|est|sont|suis|sommes|êtes|ai|avons|
      avez|ont|que|qui|dans|pour|sur|avec|sans|ce|cette|ces|mon|ma|mes|son|sa|ses|notre|nos|tous|toutes|tout|
      très|vraiment|juste|même|ici|aujourd|être|avoir|fait|faire|comme|moi|lui|eux|au|aux|en|y|c|s|qu|
      personne d autre|rien que|pas mal|aime|aimons|adore|admire|fier|fière|fiers|heureux|merveilleux|
      merveilleuse*|formidable*|génial*|soutenir|soutiens|honneur|magnifique*|superbe*|bien|
      beaucoup|plupart|gens|personnes|monde|pays|société|seulement|simplement|tellement|trop|sans aucun doute|sans doute|pas seulement|non seulement|pas que|n importe quel|n importe qui`),
    only: w(
      `juste|rien que|seulement|que|qu|autre que|plus que|mieux que|rien d autre que|pas mieux que|pas plus que|rien de plus que`,
    ),
  },
};
