import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** Spanish (Spain and Latin America). */
export const es: Lexicon = {
  lang: "es",
  prodrop: true,
  words: {
    ident: w(`mujeres|mujer|^chicas|trans|personas trans|mujeres trans|hombres trans|transexual*|transgénero*|
      ^gays|^gay|homosexual*|homosexuales|lesbianas|lesbiana|bisexual*|maricas|negros|negras|^negro|^negra|
      personas negras|afrodescendiente*|africanos|africanas|discapacitados|discapacitadas|discapacitado|
      discapacitada|minusválido*|personas con discapacidad|autistas|indígenas|indígena|indios|indias|
      pueblos originarios|nativos|judíos|judías|judío|judía|musulmanes|musulmanas|musulmán|musulmana|
      refugiados|refugiadas|refugiado|refugiada|migrantes|migrante|inmigrantes|inmigrante|emigrantes|
      extranjeros|extranjeras|extranjero|árabes|árabe|moros|gitanos|gitanas|gitano|asiáticos|chinos|
      latinos|sudacas|ancianos|viejos|mayores|lgbt|queer`),
    slur: w(`maric*|maricón*|maricones|marica|^puto|putos|joto*|bollera*|tortillera*|travelo*|sudaca*|
      panchito*|moro de mierda|moracos|negrata*|mono|monos|simios|mongólico*|retrasado*|subnormal*|tullido*|
      judío de mierda|chino cochino|indio de mierda|machorra*|camionera*|sidoso*|mariquita*|mayate*|
      negrito*|cholo de mierda|indiada|zambo*|desviado*|travesti*|indio|indios|cholo|cholos|chola*|mogólico*|tarado|sudaca|negrata|maricones|bolleras|machorras|amariconado*|afeminado*|pajero*`),
    derog: w(`odio|odias|odia|odiamos|odian|odiar|odioso*|detesto|detestas|detesta|detestan|detestar|
      detestable*|desprecio|desprecia*|despreciable*|aborrezco|aborrece*|aborrecible*|asco|asquea*|
      asqueroso*|asquerosa*|repugna*|repugnante*|repulsivo*|repulsión|nauseabundo*|náusea*|vómito|
      me enferman|me enferma|enferman|me dan asco|dan asco|no soporto|no puedo soportar|no aguanto|
      no los soporto|no las soporto|me enfurecen|me enoja*|me cabrean|rabia|ira|furia|harto|harta|
      hartos|peor|peores|los peores|lo peor|estúpido*|estupidos|tontos|tontas|idiotas|imbéciles|
      imbeciles|cretinos|retrasados|descerebrado*|sin cerebro|ignorantes|ignorancia|brutos|burros|
      sucios|sucias|sucio|cochinos|mugrosos|apestosos|hediondos|vagos|vagas|holgazanes|flojos|ladrones|
      mentirosos|mentirosas|deshonestos|tramposos|criminales|delincuentes|peligrosos|peligrosas|peligro|
      amenaza|plaga|peste|lacra|cáncer|virus|enfermedad|parásitos|parásito|sanguijuelas|alimañas|
      bichos|ratas|cucarachas|piojos|insectos|animales|bestias|monos|cerdos|puercos|perros|chusma|
      escoria|basura|basura humana|mierda|desechos|desperdicio|porquería|inferiores|inferior|
      infrahumano*|subhumano*|inútiles|inutiles|sin valor|no valen nada|valen nada|no vale nada|
      patéticos|patéticas|lamentables|miserables|bárbaros|salvajes|primitivos|atrasados|incivilizados|
      crueles|violentos|brutales|hipócritas|pervertidos|degenerados|enfermos mentales|locos|malvados|
      malignos|diabólicos|dañinos|nocivos|carga|lastre|invasión|invasores|invaden|infestan|infiltran|
      hordas|enjambres|zoológico|zoo|veterinario|mundo mejor|mejor sin|estaría mejor sin|vergüenza|
      abominables|abominación|vil|viles|despreciables|horribles|horrendos|feos|asquerosidad|legal|
      legalizar|despenalizar|no debería ser ilegal|no deberían ser ilegal|nada que hacer aquí|
      no pintan nada|fuera de aquí|vuelvan a su país|váyanse a su país|lárguense|deshonra|aprovechados|
      mantenidos|gorrones|sinvergüenzas|indeseables|irrecuperables|desdén|furioso|furiosa|furiosos|me ponen|falsos|falsas|falso|mugre|mugrientos|pura mugre|tarados|taradas|inmundos|inmundicia|deshechos|despojos|desgracia|cerdos asquerosos|lamentable|despreciables|encabronan|me encabronan|cabrean|enojan|fastidian|molestan|insoportables|indeseables|aberración|aberrantes|anormales|enfermos|repugnantes`),
    insult: w(`idiota|imbécil|imbecil|estúpido|estúpida|cretino*|gilipollas|pendejo*|cabrón|cabrona|cabrones|
      hijo de puta|hijos de puta|hija de puta|hijueputa*|malparido*|capullo*|tarado*|subnormal|mamón*|
      huevón*|boludo*|pelotudo*|conchudo*|culero*|baboso*|canalla*|desgraciado*|bastardo*|mierdas|
      cabronazo*|pringado*|payaso*|zorra|zorras|perra|perras|^puta|putas|ramera*|basura|tonto de remate|más tonto que|tonta de remate|más tonta que|tonto del culo|tonta del culo`),
    violence: w(`matar|mato|matamos|matan|maten|matemos|mátalos|matarlos|matarlas|muertos|muerto|muerte|
      la muerte|pena de muerte|asesinar|asesinen|asesinemos|asesinato*|asesinados|masacr*|exterminar|
      extermin*|eliminar|eliminemos|eliminen|erradicar|erradiq*|aniquilar|aniquil*|acabar con|acabemos con|
      deshacernos de|deshacerse de|librarnos de|ejecutar|ejecuten|ejecución|ejecutarlos|fusilar*|fusil*|
      colgar|colguemos|cuelguen|ahorcar*|ahorquen|linchar*|disparar|dispararles|pegar un tiro|pegarles un tiro|
      balear|balacear|acribillar|apuñalar*|acuchillar*|degollar*|cortar el cuello|decapitar*|quemar|
      quemarlos|quememos|hoguera|gasear|cámara de gas|ahogar|ahoguemos|estrangular*|torturar*|tortura|
      violar|violarlas|violación|violaciones|golpear*|pegarles|palizas|paliza|atacar*|ataquemos|herir|
      lastimar|hacer daño|sufrir|hacerlos sufrir|morir|mueran|que mueran|deberían morir|merecen morir|
      romper el cuello|romperles|partirles|reventar*|exterminio|genocidio|limpieza|deportar*|expulsar*|
      bombardear|volar|incendiar|prender fuego|de una vez por todas|fuera con|apalear|lapidar|crucificar|
      descuartizar|destripar|cargarse|cargárselos|liquidar*|garganta|cuello|degollarlos|atacand*|ataca*|ponga fin|poner fin|pongan fin|acabar de una vez|ver sufrir|sufran|que sufran|matarlos|matarlas|quemarlos|colgarlos|ahorcarlos|ejecutarlos|eliminarlos|exterminarlos|dispararles|golpearlos|torturarlos|romperle|partiré|cortaré|mataré|matarás|mataremos|dispararé|apuñalaré|quemaré|arrancar|aplastar*`),
    profanity: w(`mierda*|^puta|putas|^puto|putada|joder|jodido*|jodida*|jódete|jodan|coño|carajo|cojones|
      cojón|hostia*|chingar*|chingada*|chingado*|verga|vergas|pinche*|culo|culero*|concha de tu madre|
      hijo de puta|hijos de puta|me cago|cagar|cagada|cabrón|cabrones|gilipollas|pendejo*|a la mierda|
      vete a la mierda|váyanse a la mierda|que se jodan|malparido*|marica|polla|pollas|mamada*|putamadre|
      puta madre|joputa|hdp|ctm|csm|encabronado*|cabreado*|largarse|lárguense`),
    positive: w(`inteligentes|inteligente|listos|listas|listo|capaces|capaz|atractivos|atractivas|guapos|
      guapas|bonitos|bonitas|iguales|igual|merecen vivir|merece vivir|derecho a vivir|derecho a existir|
      derechos humanos|derechos|humanos|seres humanos|personas de verdad|verdaderos humanos|respeto|
      respetables|compasión|piedad|lástima|lugar|sitio|bienvenidos|bienvenidas|dignos|dignas|digno|
      confianza|confiables|honestos|honrados|civilizados|normales|normal|amables|simpáticos|útiles|
      integrarse|integran|importancia|importan|valor|valen|vale|valiosos|valiosas|pertenecen|importa|derecho|derecho a|vivos|estar vivos|espacio|miembro valioso|valioso|valiosa|dejar vivir|interesar*`),
    negator: w(`no|nunca|jamás|jamas|ningún|ninguno|ninguna|nada|nadie|ni|tampoco|sin`),
    only: w(
      `más que|sino|mas que|nada más que|nada mejor que|no mejores que|mejores que|mejor que|nada más que`,
    ),
    report: w(`decir|dices|dice|dicen|dijo|dijiste|dicho|diciendo|llamar|llamas|llaman|llamó|llamarlos|
      llamarlas|llamando|calificar|describir|afirmar|afirmas|afirman|afirmaciones|insinuar|amenazar|
      amenazas con|amenazan|pedir|piden|exigir|exigen|reclamar|escribir|escribes|escriben|escribió|
      comentario*|declaraciones|frases|palabras|mensajes|publicaciones|tuits|tweets|posts|cosas como|
      expresiones como|discrimina*|racis*|homofob*|homofóbico*|tránsfob*|transfob*|sexis*|antisemit*|
      odio como|discurso de odio|ofensivo*|ofensiva*|hiriente*|deja de|dejen de|basta|para de|paren de|
      denunciar|denuncio|denunciaré|reportar|reporto|bloquear|bloqueo|prohibir|cárcel|prisión|ilegal|
      insultar|insultas|insultos|faltar el respeto|falta de respeto|vergonzoso|inaceptable|intolerable|
      tratan|trata a|tratar a|no tolero|dije|digo|decimos|dicen que|decir que|deci*|diciéndoles|pidiendo|pide|piden|insistiendo|insistir|insistes|sigues diciendo|parar|tiene que parar|tienen que parar|detener|hablaré|no hablaré|creer que|crees que|puedes creer`),
    protect: w(`permitir|permitamos|permitiremos|permite|dejar|dejemos|dejaremos|tolerar|toleraremos|
      toleramos|aceptar|aceptaremos|quedarnos de brazos cruzados|mirar|merecen|merece|de brazos cruzados|quedemos|perdonaremos|perdonar`),
    they: w(`ellos|ellas|los|las|les|esos|esas|estos|estas|su|sus|esa gente`),
    you: w(`tú|tu|te|ti|usted|ustedes|vosotros|vosotras|os|tus|vuestro*|contigo`),
    why: w(`por qué|porqué|qué tal si|y si`),
    clause: w(`pero|sino|porque|ya que|aunque|cuando|si|y|o|que|pues|mientras|sobre todo|especialmente`),
    function: w(`yo|nosotros|él|ella|el|la|los|las|un|una|unos|unas|de|del|al|y|es|son|soy|somos|está|están|
      estoy|muy|con|para|por|pero|que|qué|en|este|esta|estos|estas|ese|esa|eso|mi|mis|nuestro|nuestra|
      todos|todas|todo|aquí|hoy|siempre|realmente|simplemente|solo|sólo|más|menos|también|hay|ser|hacer|
      como|sin duda|sin ninguna duda|no solo|no sólo|amo|quiero|adoro|admiro|orgulloso|orgullosa|feliz|
      maravilloso*|maravillosa*|increíble*|fantástico*|genial*|apoyo|apoyar|respetar|honor|gente|
      personas|mundo|país|sociedad|tan|demasiado|gobierno|me|a|se|lo|le|les|su|sus|esos|esas|mis|tus|bien|mal|ya|aún|todavía|allí|ahí|allá|dos|tres|uno|cuando|donde|dónde|cómo|quién|cual|cuál|porque|tengo|tiene|tienen|tenemos|tienes|puedo|puedes|puede|pueden|podemos|creo|creer|cree|creen|sé|sabe|saben|quiero|quiere|quieren|voy|va|van|vamos|fue|fueron|era|eran|sido|ha|han|he|hemos|había|sería|debe|deben|debería|deberían|debemos|hacer|hace|hacen|hizo|ver|veo|visto|mucho|mucha|muchos|muchas|poco|poca|pocos|pocas|otro|otra|otros|otras|nuevo|gran|cada|mismo|misma|algún|alguno|alguna|algunos|algunas|vez|veces|día|años|casa|vida|vivo|vive|viven|trabajo|trabajan|conozco|conoce|hablar|habla|hablan|mejor|algo|nadie más|gente|hombre|niños|tiempo|ahora|entonces|así|tan|tanto|tanta|después|antes|desde|hasta|sobre|entre|contra|durante|según|hacia|este|esto|aquí|aquel|aquella|usted|eres|estás|estamos|estaba|estar|tener|decir|dar|saber|querer|llegar|pasar|deber|poner|parecer|quedar|seguir|encontrar|llamar|venir|pensar|salir|volver|tomar|conocer|vivir|sentir|tratar|mirar|contar|empezar|esperar|buscar|existir|entrar|trabajar|escribir|perder|producir|ocurrir|entender|pedir|recibir|recordar|terminar|permitir|aparecer|conseguir|comenzar|servir|sacar|necesitar|mantener|resultar|leer|caer|cambiar|presentar|crear|abrir|considerar|oír|acabar|convertir|ganar|formar|traer|partir|aceptar|realizar|suponer|comprender|lograr|explicar|preguntar|tocar|reconocer|estudiar|alcanzar|nacer|dirigir|correr|utilizar|pagar|ayudar|gustar|jugar|escuchar|cumplir|ofrecer|descubrir|levantar|intentar|usar|decidir|repetir|olvidar|comer|mostrar|ocupar|mover|continuar|suceder|fijar|referir|acercar|dedicar|aprender|comprar|subir|dejar|sí|claro|verdad|en realidad|de hecho|sin embargo|en general|en particular|por supuesto|al fin y al cabo|a veces|otra vez|de nuevo|hoy en día|me encanta|me encantan|me gusta|me gustan|me gustaría|encanta|encantan|gusta|gustan|quede claro`),
  },
};
