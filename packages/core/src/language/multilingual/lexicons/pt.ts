import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** Portuguese (Portugal and Brazil). */
export const pt: Lexicon = {
  lang: "pt",
  prodrop: true,
  words: {
    ident: w(`mulheres|mulher|trans|pessoas trans|mulheres trans|homens trans|transexua*|transgénero*|
      transgênero*|travestis|^gays|^gay|homossexua*|lésbicas|lésbica|bissexua*|negros|negras|^negro|^negra|
      pessoas negras|pretos|pretas|^preto|^preta|afrodescendente*|africanos|deficientes|deficiente|
      pessoas com deficiência|portadores de deficiência|autistas|indígenas|indígena|índios|índias|indio|
      povos originários|nativos|judeus|judias|judeu|judia|muçulmanos|muçulmanas|muçulmano|muçulmana|
      refugiados|refugiadas|refugiado|refugiada|migrantes|migrante|imigrantes|imigrante|estrangeiros|
      estrangeiro|árabes|árabe|ciganos|ciganas|cigano|asiáticos|chineses|brasileiros|nordestinos|idosos|
      velhos|lgbt|queer`),
    slur: w(`viado*|bicha|bichas|boiola*|baitola*|sapatão*|sapatões|traveco*|macaco|macacos|crioulo*|
      tição|tições|mongol|mongolóide*|retardado*|aleijado*|sidoso*|judeuzinho*|paraíba*|baiano de merda|
      favelado*|bugre*|neguinho*|pretinho*|escurinho*|mulata de merda|vadia*|índio|índios|índia|selvagem|selvagens|anormal|inválido|inválidos|vagabundas|vagabundos|retardado|retardados|aleijados`),
    derog: w(`odeio|odeias|odeia|odiamos|odeiam|odiar|ódio|odioso*|detesto|detesta*|detestável*|desprezo|
      desprez*|desprezível*|abomino|abomina*|abominável*|nojo|nojento*|nojenta*|repugna*|repugnante*|
      repulsivo*|asco|asqueroso*|náusea*|vómito|vômito|me enojam|me dão nojo|dão nojo|não suporto|
      não aguento|não consigo suportar|me enfurecem|me irritam|raiva|ódio mortal|fúria|farto|farta|fartos|
      pior|piores|os piores|estúpido*|estúpida*|burros|burras|idiotas|imbecis|cretinos|retardados|
      sem cérebro|descerebrado*|ignorantes|ignorância|brutos|sujos|sujas|imundos|imundas|porcos|fedorentos|
      fedidos|preguiçosos|vagabundos|vagabundas|ladrões|mentirosos|mentirosas|desonestos|criminosos|
      bandidos|delinquentes|perigosos|perigosas|perigo|ameaça|praga|peste|cancro|câncer|vírus|doença|
      parasitas|parasita|sanguessugas|vermes|bichos|ratos|ratazanas|baratas|piolhos|insetos|animais|
      bestas|porcos|cães|cachorros|escória|lixo|lixo humano|merda|dejetos|desperdício|porcaria|inferiores|
      inferior|sub humanos|subumanos|sub-humanos|inúteis|sem valor|não valem nada|valem nada|não vale nada|
      patéticos|patéticas|lamentáveis|miseráveis|bárbaros|selvagens|primitivos|atrasados|incivilizados|
      cruéis|violentos|brutais|hipócritas|pervertidos|degenerados|doentes mentais|loucos|malvados|
      malignos|diabólicos|nocivos|fardo|peso morto|invasão|invasores|invadem|infestam|infiltram|hordas|
      enxames|zoológico|zoo|veterinário|mundo melhor|melhor sem|estaria melhor sem|vergonha|vil|vis|
      horríveis|horrendos|feios|legal|legalizar|descriminalizar|não deveria ser ilegal|não deveria ser crime|
      nada a fazer aqui|fora daqui|voltem para a sua terra|voltem pro seu país|desgraça|aproveitadores|
      indesejáveis|irrecuperáveis|sebosos|escrotos|asquerosos|desprezíveis|nojentos|aversão|desdenho|desdém|me deixa com|me deixam|furioso|furiosa|furiosos|enjoativo*|enjoa*|não têm cérebro|sem cérebro|criaturas sub humanas|sub humanas|subumanas|sub-humanas|nada além de|valem nada|não valem|emputando|me emputam|irritam|insuportáveis|anormais|aberração|aberrações|nojentos|nojentas|falsos|falsas|cair fora|fora do nosso país|fora do país|voltem|vão embora`),
    insult: w(`idiota|imbecil|estúpido|estúpida|cretino*|otário*|babaca*|panaca*|filho da puta|filhos da puta|
      filha da puta|fdp|desgraçado*|canalha*|cabrão|cabrões|corno*|arrombado*|cuzão|cuzões|escroto*|
      palhaço*|vagabundo|vagabunda|^puta|putas|vaca|vacas|piranha*|safado*|otários|merdas|bosta*|lixo|burro que nem uma porta|burra que nem|mais burro que|burro como uma porta`),
    violence: w(`matar|mato|matamos|matam|matem|matemos|matá-los|matar todos|mortos|morto|morte|a morte|
      pena de morte|assassinar|assassinem|assassinato*|assassinados|massacr*|exterminar|extermin*|eliminar|
      eliminemos|eliminem|erradicar|erradiq*|aniquilar|aniquil*|acabar com|acabemos com|livrar-nos de|
      livrarmos|livrar|executar|executem|execução|fuzilar*|fuzil*|enforcar*|enforquem|pendurar|linchar*|
      atirar|atirem|dar um tiro|baleá*|balear|esfaquear*|apunhalar*|degolar*|cortar a garganta|decapitar*|
      queimar|queimem|fogueira|gasear|câmara de gás|afogar|afoguem|estrangular*|torturar*|tortura|
      estuprar|estupro|violar|violação|espancar*|espancamento|bater|surrar|agredir*|atacar*|ataquem|ferir|
      machucar|fazer mal|sofrer|fazê-los sofrer|morrer|morram|que morram|deveriam morrer|merecem morrer|
      quebrar o pescoço|partir o pescoço|extermínio|genocídio|limpeza|deportar*|expulsar*|bombardear|
      explodir|incendiar|pôr fogo|de uma vez por todas|de vez|apedrejar|esquartejar|chacinar|chacina|
      liquidar*|meter uma bala|passar fogo|sumir com|machucaria|machucar|cortar|gargantas|garganta|quebrar|pescoço|pescoços|atacando|ataca*|mortas|mortos|morta|sofrendo|sofram|que sofram|executados|executadas|executá-los|acabe com|acabem com|acabar com eles|matá-las|matarei|mataria|vou matar|vamos matar|esfaquearia|atiraria|queimaria|enforcaria|exterminá-los|eliminá-los`),
    profanity: w(`merda*|^puta|putas|^puto|porra|caralho|caralhos|foder|fodam|fodam-se|foda|fodido*|fodida*|
      foda-se|fodase|^cu|^cus|buceta*|cacete|cona|piça|pica|bosta|cagar|cagada|filho da puta|filhos da puta|
      vai tomar no cu|vai se foder|vão se foder|vão à merda|vai à merda|que se fodam|arrombado*|cuzão|
      escroto*|fdp|pqp|vtnc|tnc|puta que pariu|putaria|pau no cu|desgraça|fodendo|fuder|se fuder|se foder|vão se fuder|sacanagem|emputando|emputado*|puto da vida|merdas|bostas|cagado*`),
    positive: w(`inteligentes|inteligente|espertos|espertas|capazes|capaz|atraentes|atraente|bonitos|bonitas|
      lindos|lindas|iguais|igual|merecem viver|merece viver|direito de viver|direito a viver|direito de existir|
      direitos humanos|direitos|humanos|seres humanos|pessoas de verdade|respeito|respeitáveis|compaixão|
      pena|piedade|lugar|espaço|bem-vindos|bem vindos|bem-vindas|dignos|dignas|digno|confiança|confiáveis|
      honestos|civilizados|normais|normal|simpáticos|gentis|úteis|integrar|integram|importância|importam|
      valor|valem|vale|valiosos|pertencem|merecem|importa|direito|vivos|estar vivos|membro valioso|valioso|valiosa|deixar viver`),
    negator: w(`não|nao|nunca|jamais|nenhum|nenhuma|nada|ninguém|ninguem|nem|tampouco|sem`),
    only: w(
      `mais que|mais do que|senão|passam de|passa de|melhores que|melhores do que|melhores que|melhor que|melhores do que|nada além de|além de`,
    ),
    report: w(`dizer|dizes|diz|dizem|disse|disseste|dito|dizendo|chamar|chamas|chamam|chamou|chamá-los|
      chamando|descrever|afirmar|afirmas|afirmam|afirmações|insinuar|ameaçar|ameaças de|ameaçam|pedir|pedem|
      exigir|exigem|clamar|escrever|escreves|escrevem|escreveu|escrito|comentário*|declarações|frases|
      palavras|mensagens|publicações|tweets|posts|coisas como|expressões como|discrimina*|racis*|homofob*|
      homofóbico*|transfob*|transfóbico*|sexis*|machis*|antissemit*|anti-semit*|discurso de ódio|ofensivo*|
      ofensiva*|doloroso*|magoa|deixa de|deixem de|chega de|pare de|parem de|para de|denunciar|denuncio|
      reportar|bloquear|bloqueio|banir|banido*|cadeia|prisão|preso|ilegal|crime|insultar|insultos|ofender|
      desrespeito|falta de respeito|vergonhoso|inaceitável|intolerável|tratam|trata|tratar|digo|dizemos|disse que|dizer que|diga|digam|pedindo|pede|pedem|insistindo|insistir|parar|tem que parar|têm que parar|acreditar que|acredita que|acreditas`),
    protect: w(`permitir|permitamos|permitiremos|permite|deixar|deixemos|deixaremos|tolerar|toleraremos|
      toleramos|aceitar|aceitaremos|ficar de braços cruzados|assistir|merecem`),
    they: w(`eles|elas|os|as|lhes|esses|essas|estes|estas|seu|seus|sua|suas|essa gente|dessas|desses`),
    you: w(`tu|você|vocês|te|ti|vos|teu|teus|tua|tuas|vosso*|contigo|convosco`),
    why: w(`por que|porque não|porquê|e se|que tal se`),
    clause: w(`mas|porque|pois|já que|embora|quando|se|e|ou|que|enquanto|especialmente|sobretudo`),
    function: w(`eu|nós|ele|ela|o|a|os|as|um|uma|uns|umas|de|do|da|dos|das|ao|à|aos|e|é|são|sou|somos|está|
      estão|estou|muito|com|para|pra|por|pelo|pela|mas|que|em|no|na|nos|nas|este|esta|esse|essa|isso|isto|
      meu|minha|meus|nosso|nossa|todos|todas|tudo|aqui|hoje|sempre|realmente|simplesmente|só|mais|menos|
      também|há|tem|ser|fazer|como|sem dúvida|sem nenhuma dúvida|não só|não apenas|amo|adoro|admiro|
      orgulhoso|orgulhosa|feliz|maravilhoso*|maravilhosa*|incrível|incríveis|fantástico*|ótimo*|apoio|
      apoiar|respeitar|honra|gente|pessoas|mundo|país|sociedade|tão|demais|governo|me|se|lhe|te|nos|vos|seu|seus|sua|suas|esses|essas|estes|estas|aqueles|aquelas|meus|minhas|teu|tua|bem|mal|já|ainda|ali|lá|aí|dois|duas|três|quando|onde|como|quem|qual|porque|tenho|tem|têm|temos|tens|posso|pode|podem|podemos|consigo|consegue|conseguem|acho|acredito|acredita|sei|sabe|sabem|quero|quer|querem|vou|vai|vão|vamos|foi|foram|era|eram|sido|há|havia|seria|deve|devem|deveria|deveriam|devemos|faz|fazem|fez|ver|vejo|visto|muito|muita|muitos|muitas|pouco|pouca|poucos|poucas|outro|outra|outros|outras|novo|grande|cada|mesmo|mesma|algum|alguma|alguns|algumas|vez|vezes|dia|anos|casa|vida|vivo|vive|vivem|trabalho|trabalham|conheço|conhece|falar|fala|falam|melhor|algo|gente|homem|crianças|tempo|agora|então|assim|tão|tanto|tanta|depois|antes|desde|até|sobre|entre|contra|durante|segundo|neste|nesta|nesse|nessa|nisso|deste|desta|desse|dessa|disso|daquele|aquele|aquela|você|vocês|és|está|estás|estamos|estava|estar|ter|dar|saber|chegar|passar|pôr|parecer|ficar|seguir|encontrar|vir|pensar|sair|voltar|tomar|conhecer|viver|sentir|tratar|olhar|contar|começar|esperar|buscar|existir|entrar|trabalhar|perder|entender|receber|lembrar|terminar|aparecer|conseguir|servir|precisar|manter|ler|cair|mudar|criar|abrir|considerar|ouvir|acabar|ganhar|formar|trazer|partir|realizar|compreender|explicar|perguntar|reconhecer|estudar|nascer|correr|usar|pagar|ajudar|gostar|jogar|escutar|oferecer|descobrir|tentar|decidir|esquecer|comer|mostrar|continuar|aprender|comprar|subir|sim|claro|verdade|na verdade|de fato|no entanto|em geral|em particular|é claro|às vezes|de novo|hoje em dia|eu amo|adoro|gosto|gostaria|por aqui|no|na|nos|nas|num|numa|pelo|pela|pelos|pelas|dum|duma|cá`),
  },
};
