import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** German. */
export const de: Lexicon = {
  lang: "de",
  words: {
    ident:
      w(`frauen|frau|weiber|mädchen|transmensch*|transperson*|transleute|transfrau*|transmann|transmänner*|
      transsexuell*|transgender*|trans menschen|trans personen|trans frauen|schwule|schwulen|schwuler|schwul|
      homosexuell*|homos|lesbe|lesben|lesbisch*|bisexuell*|queere*|schwarze|schwarzen|schwarzer|farbige*|
      dunkelhäutig*|afrikaner*|behinderte|behinderten|behinderter|behindert|menschen mit behinderung*|
      rollstuhlfahrer*|autist*|psychisch kranke*|geistig behinderte*|juden|jude|jüdin*|jüdisch*|flüchtling*|
      geflüchtete*|asylbewerber*|asylant*|migrant*|migrantin*|einwanderer|einwanderern|zuwanderer*|
      ausländer*|immigrant*|muslime|muslimen|muslim|muslima*|moslem*|islam*|türken|araber*|roma|sinti|polen|
      rumänen|bulgaren|asiaten|chinesen|inder|pakistaner|schwarzafrikaner*|ausländische*|alte menschen|
      rentner*|senioren`),
    slur: w(`neger*|kanake*|kanacke*|schwuchtel*|tunte|tunten|kampflesbe*|zigeuner*|mongo|mongos|spast|spasten|
      spasti|spastis|krüppel*|judensau*|kümmeltürke*|bimbo*|fidschi*|schlitzauge*|muselman*|kopftuchmädchen|
      transe|transen|nafri*|negerkind*|scheinasylant*|sozialschmarotzer*|untermensch*`),
    derog: w(`hasse|hasst|hassen|hasste*|gehasst|hass|hassenswert|verabscheu*|verachte*|verachtung|abscheu*|
      ekel*|eklig*|angeekelt|anwidern|widert*|widern|widerlich*|widerwärtig*|angewidert|abstoßend*|zum kotzen|
      kotz*|mach* mich krank|nicht ausstehen|nicht mehr ertragen|es so satt|es satt|wütend|wut|weißglut|zorn|
      schlimmste*|schlimmer als|nichts schlimmer*|das letzte|der letzte dreck|dumm*|dümm*|blöd*|doof*|hirnlos*|
      idiotisch*|ignorant*|primitiv*|dreckig*|schmutz*|stinkend*|stinken|stinkt|faul|faule|faulen|kriminell*|
      verbrecher*|gefährlich*|bedrohung*|gefahr|plage|pest|seuche|lügner*|betrüger*|diebe|dieb|brutal*|
      grausam*|niederträchtig*|minderwertig*|wertlos*|nutzlos*|unnütz*|unzivilisiert*|barbar*|erbärmlich*|
      armselig*|hinterhältig*|verlogen*|abartig*|pervers*|krankhaft*|geisteskrank*|gestört*|abschaum|dreck|
      müll|abfall|unrat|ungeziefer|parasit*|schmarotzer*|ratte|ratten|kakerlake*|läuse|zecke*|tiere|tieren|
      viecher|vieh|affe|affen|schwein|schweine|schweinen|säue|sau|virus|viren|krebs|krebsgeschwür*|
      geschwür*|platzverschwendung|verschwendung|nichts wert|einen scheiß wert|nichts als|nichts besseres als|
      welt eine bessere|welt besser|welt wäre besser|schwärme|schwarm|horde*|invasion|überschwemm*|unterwander*|zoo|tierarzt|unerwünscht*|minderbemittelt*|
      hässlich*|fett|fette|widerling*|bestie*|monster|teufel*|unheil|ruinier*|zerstör*|verseuch*|
      überfremd*|umvolkung|rückständig*|unfähig*|inkompetent*|nervig*|lästig*|aversion|übel|übelkeit|brechreiz|kotzen|abstoßende*|unausstehlich*|unerträglich*|unehrlich*|verlogen|hinterlistig*|böse|bösartig*|teuflisch*|schädlich*|last|belastung|legal|legalisier*|nicht illegal|entkriminalisier*|nichts zu suchen|ungeziefer*|insekten|bakterien|tumor|seuche*|epidemie|schande|schandfleck*|missgeburt*|irre|verrückt*|wahnsinnig*|geisteskranke*|nichtsnutz*|schmarotzen|sozialfall*|durchfüttern|haut ab|geht zurück|zurück in euer land|raus hier|ausländer raus`),
    insult: w(`^idiot*|vollidiot*|trottel*|depp*|arschl*|wichser*|^bastard*|hurensohn*|hurensöhne|missgeburt*|
      penner*|spinner*|mistkerl*|scheißkerl*|dreckskerl*|drecksack*|drecksäcke*|drecksau|drecksschwein*|
      vollpfosten*|^honk*|spacko*|kackbratze*|hackfresse*|schwachkopf*|dummkopf*|blödmann*|flachpfeife*|
      versager*|miststück*|arschgeige*|pisser*|schlampe*|fotze*|nutte*|hure|huren|dreckstück*|dumm wie brot|dumm wie bohnenstroh|doof wie|strohdumm|saublöd|dümmer als`),
    violence: w(`töten|tötet|tötete*|getötet|tötung*|tot|tod|tode|todes*|todesstrafe|umbring*|umgebracht|
      ermord*|mord|morde*|mörder*|abschlacht*|abgeschlachtet|schlachten|erschieß*|erschoss*|erschossen|
      abknall*|erhäng*|aufhäng*|aufknüpf*|vergas*|verbrenn*|verbrann*|scheiterhaufen|ertränk*|ersäuf*|
      erstech*|abstech*|erstoch*|abgestochen|erwürg*|erdrossel*|durchschneid*|kehle|kehlen|genick|hinricht*|
      hingerichtet|exekutier*|vernicht*|ausmerz*|auslösch*|ausgelöscht|ausrott*|loswerden|los werden|
      beseitig*|eliminier*|foltern|folter*|gefoltert|quälen|quäl*|gequält|leiden lassen|leiden sehen|leiden|
      vergewaltig*|angreif*|angegriffen|verprügel*|zusammenschlag*|um die ecke bringen|ein ende setz*|ein für alle mal|
      verreck*|krepier*|sterben|sterbt|lynch*|aufschlitz*|erdolch*|abstechen|kaltmachen|plattmachen|
      niederstech*|abmurks*|deportier*|vertreib*|hängen|aufgehängt|massaker*|gaskammer*|endlösung|
      ausgerottet|kopf abschlagen|köpfen|steinig*|schießen|erschießt|kugel|messer|bombe*|sprengen|anzünden|abfackeln|anzündet|brandstift*|verletzen|weh tun|wehtun|schlagen|verhauen|treten|völkermord|genozid|säubern|säuberung`),
    profanity: w(`scheiß*|scheis*|scheisse|kacke|kack*|fick*|gefickt|verfickt*|arsch|ärsche|wichs*|fotze*|
      hure*|nutte*|schlampe*|pisser*|verpiss*|angepisst|anpiss*|pissen|^bullshit|leck mich|verdammt*|
      drecks*|beschissen*|bescheuert*|kotzbrocken*`),
    positive: w(`klug*|clever*|intelligent*|schlau*|attraktiv*|hübsch*|wunderschön*|ebenbürtig*|gleichwertig*|
      gleichberechtigt*|wert|wertvoll*|würdig*|menschenrecht*|rechte|recht|mitleid|mitgefühl|respekt|
      zu leben|am leben|platz|gehören|gehört|richtig* menschen|echt* menschen|menschlich|vertrauen|vertrauenswürdig*|ehrlich*|fähig*|
      willkommen|zivilisiert*|normal|nett|freundlich*|liebenswert*|fleißig*|sauber*|integrier*|gut|gute|
      besser|anständig*|sicher`),
    negator: w(`nicht|nie|niemals|kein|keine|keinen|keinem|keiner|keines|nichts|niemand|weder|nirgends|
      keinesfalls|keineswegs`),
    report: w(`sag*|gesagt|behaupt*|nennen|nennt|nennst|genannt|bezeichn*|aussage*|äußerung*|kommentar*|
      beitrag|beiträge|postest|gepostet|posts|schreib*|geschrieben|tweet*|drohst|droht|drohen|drohung*|
      forder*|meld*|gebannt|bann*|diskriminier*|rassis*|homophob*|transphob*|sexis*|antisemit*|hetze*|
      hassrede*|hasskommentar*|volksverhetzung|verletzend*|hör auf|hört auf|aufhören|es reicht|dinge wie|
      sachen wie|sprüche wie|worte wie|wörter wie|schimpf*|beleidig*|unterstell*|verbreit*|glaubst|
      ernsthaft glauben|meinst du|knast|gefängnis|behandeln|behandelt|strafbar|respekt vor leuten|angezeigt|anzeigen`),
    protect: w(
      `verdient|verdienen|zulassen|zugelassen|dulden|hinnehmen|tolerieren|akzeptieren|erlauben|zusehen|lassen|dürfen`,
    ),
    they: w(`sie|die|denen|ihnen|ihre|ihren|solche|diese`),
    you: w(`du|dich|dir|dein*|ihr|euch|euer|eure*|ihresgleichen|deinesgleichen`),
    why: w(`warum|wieso|weshalb|wie wäre es|was wäre`),
    clause: w(`aber|sondern|weil|denn|dass|daß|obwohl|wenn|falls|und|oder|doch|jedoch|damit|bis|nachdem|
      sobald|während`),
    function: w(`ich|und|ist|sind|nicht|auch|noch|schon|nur|sehr|mit|von|für|auf|aus|bei|nach|zu|zum|zur|im|
      dem|der|das|des|ein|eine|einen|wir|ihr|sie|es|mich|mir|uns|euch|wie|wer|wenn|dass|aber|weil|alle|allen|
      diese|dieser|diesen|kein|keine|hier|dort|jetzt|heute|immer|wirklich|einfach|ganz|gar|viel|viele|mehr|
      jemand|sollte|sollten|würde|werden|wird|kann|können|muss|müssen|gibt|seid|bin|bist|habe|haben|hast|
      das sagen haben|niemand sonst|nicht nur|kein wunder|so viel|echt|einfach nur|liebe|lieben|liebt|mag|mögen|bewundere|beste|besten|bestes|schon|endlich|besonders|bewundert|stolz|glücklich|großartig|fantastisch|wunderbar*|stark|begeistert|unterstütz*|respektier*|geehrt|gelobt|freude|so`),
    only: w(`als|anderes als|mehr als|besser als`),
  },
};
