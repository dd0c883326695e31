import type { LanguageCues } from "./types.js";

/** Portuguese (português), Portugal and Brazil. */
export const PORTUGUESE: LanguageCues = {
  code: "pt",
  name: "Portuguese",
  crisis: {
    "want-to-die": [
      "quero morrer", // I want to die
      "não quero viver", // I don't want to live
      "não quero mais viver", // I don't want to live any more
      "queria estar morto", // I wish I were dead (m.)
      "queria estar morta", // I wish I were dead (f.)
      "não quero acordar", // I don't want to wake up
      "quer morrer", // (he/she) wants to die
    ],
    suicide: [
      "suicídio", // suicide
      "suicidar", // to commit suicide (suicidar-me, se suicidar)
      " suicida", // suicidal
      "me matar", // kill myself
      "matar-me", // kill myself (Portugal)
      "vou me matar", // I'm going to kill myself
      "vai se matar", // (he/she) is going to kill him/herself
      "tirar a minha vida", // take my life
      "tirar minha vida", // take my life
      "tirar a própria vida", // take one's own life
      "acabar com tudo", // end it all
      "acabar com a minha vida", // end my life
      "me enforcar", // hang myself
    ],
    "self-harm": [
      "me cortar", // cut myself
      "me cortando", // cutting myself
      "cortar-me", // cut myself (Portugal)
      "automutila", // self-harm (automutilação)
      "autolesão", // self-harm
      "me machucar", // hurt myself
      "me ferir", // harm myself
    ],
    overdose: [
      "overdose", // overdose
      "sobredosagem", // overdose (Portugal)
      "todos os comprimidos", // all the tablets
      "todos os remédios", // all the medicines
      "tomei todos", // I took all (of them)
      "tomou todos", // (he/she) took all (of them)
      "uma caixa de comprimidos", // a box of tablets
      "juntando remédios", // collecting medicines
      "guardando comprimidos", // saving up tablets
    ],
    farewell: [
      "me perdoem", // forgive me (pl.)
      "perdoem-me", // forgive me (pl., Portugal)
      "adeus a todos", // goodbye everyone
      "digam aos meus filhos", // tell my children
      "diga à minha filha", // tell my daughter
      "diga ao meu filho", // tell my son
      "minha última mensagem", // my last message
      "carta de despedida", // farewell letter
      "uma carta para a minha filha", // a letter for my daughter
      "deixei tudo organizado", // I've left everything organised
      "deixei tudo em ordem", // I've left everything in order
      "dei as minhas coisas", // I gave away my things
    ],
    burden: [
      "sou um peso", // I'm a burden
      "um fardo para", // a burden for
      "melhor sem mim", // better without me
      "ficariam melhor sem mim", // they'd be better off without me
    ],
    hopeless: [
      "não aguento mais", // I can't bear it any more
      "não consigo mais", // I can't any more
      "não consigo continuar", // I can't go on
      "não há saída", // there's no way out
      "não tem saída", // there's no way out (Brazil)
      "não vale a pena viver", // life isn't worth living
      "sem sentido viver", // no sense in living
    ],
    "means-plan": [
      "na ponte", // on the bridge
      "pular da ponte", // jump off the bridge
      "saltar da ponte", // jump off the bridge (Portugal)
      "vou pular", // I'm going to jump
      "vai pular", // (he/she) is going to jump
      "no telhado", // on the roof
    ],
    relative: [
      "diz que vai se matar", // says he/she will kill him/herself
      "diz que quer morrer", // says he/she wants to die
    ],
  },
  weakCrisis: {
    "means-plan": [
      "uma corda", // a rope
    ],
    farewell: [
      "organizei tudo", // I've organised everything
      "descansar em paz", // rest in peace
    ],
  },
  threat: {
    violence: [
      "vou te matar", // I'm going to kill you
      "vou matar esse", // I'm going to kill that (man)
      "vou matar essa", // I'm going to kill that (woman)
      "vamos matar esse", // we're going to kill that (man)
      "vou matá-lo", // I'm going to kill him
      "vou matá-la", // I'm going to kill her
      "te mato", // I'll kill you
      "vou te bater", // I'm going to beat you
      "vamos bater", // we're going to beat
      "quebrar as pernas", // break the legs
      "partir as pernas", // break the legs (Portugal)
      "esfaquear", // stab
      "dar uma surra", // give a beating
      "dar uma lição", // teach a lesson
    ],
    doxxing: [
      "sei onde você mora", // I know where you live
      "sei onde moras", // I know where you live (Portugal)
      "sabemos onde ela mora", // we know where she lives
      "sabemos onde ele mora", // we know where he lives
      "sabemos onde mora", // we know where (he/she) lives
      "a gente sabe onde", // we know where (he/she lives)
      "sabemos onde ela", // we know where she (lives, parks)
      "sabemos onde ele", // we know where he (lives, parks)
      "vamos esperar ele", // we'll wait for him
      "vamos esperar ela", // we'll wait for her
      "esperar na saída", // wait at the exit
    ],
    warning: [
      "vai se arrepender", // you'll regret it
      "vais arrepender-te", // you'll regret it (Portugal)
      "vão se arrepender", // you (pl.) will regret it
      "vou me vingar", // I'll take revenge
      "vamos nos vingar", // we'll take revenge
    ],
    "bomb-fire": [
      "uma bomba no", // a bomb in the
      "colocar uma bomba", // plant a bomb
      "tocar fogo", // set fire
      "pôr fogo", // set fire
    ],
  },
  words: [
    "o",
    "os",
    "as",
    "que",
    "não",
    "com",
    "para",
    "muito",
    "obrigado",
    "obrigada",
    "meu",
    "minha",
    "está",
    "estou",
    "hospital",
    "uma",
    "um",
    "foi",
    "consulta",
    "você",
  ],
};
