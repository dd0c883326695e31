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
      "me cortei", // I cut myself
      "cortei-me", // I cut myself (PT)
      "estou me cortando", // I am cutting myself
      "está se cortando", // (he/she) is cutting
      "me machuquei de propósito", // I hurt myself on purpose
      "automutil", // self-harm
      "me cortar", // cut myself
      "me cortando", // cutting myself
      "cortar-me", // cut myself (Portugal)
      "automutila", // self-harm (automutilação)
      "autolesão", // self-harm
      "me machucar", // hurt myself
      "me ferir", // harm myself
    ],
    overdose: [
      "tomei todos os comprimidos", // I took all the tablets
      "tomei todos os remédios", // I took all the medicine
      "tomou todos os comprimidos", // (he/she) took all the tablets
      "tomei uma caixa inteira", // I took a whole box
      "engoli todos", // I swallowed them all
      "overdose", // overdose
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
      "adeus a todos", // goodbye to all
      "me perdoem", // forgive me (all)
      "perdoem-me", // forgive me (all)
      "digam aos meus filhos que os amo", // tell my children I love them
      "quando eu não estiver mais aqui", // when I'm no longer here
      "quando eu já não estiver cá", // when I'm no longer here (PT)
      "estou dando as minhas coisas", // I'm giving away my things
      "dei as minhas coisas", // I gave away my things
      "cuida dos meus filhos", // look after my children
      "deixei-te as senhas", // I left you the passwords
      "deixei as senhas", // I left the passwords
      "minha última mensagem", // my last message
      "a minha última mensagem", // my last message
      "carta de despedida", // farewell letter
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
      "não vão ter de se preocupar mais comigo", // you won't have to worry about me any more
      "não vão precisar se preocupar comigo", // you won't need to worry about me
      "sou um peso", // I am a burden
      "sou um fardo", // I am a burden
      "melhor sem mim", // better without me
      "sou um peso", // I'm a burden
      "um fardo para", // a burden for
      "melhor sem mim", // better without me
      "ficariam melhor sem mim", // they'd be better off without me
    ],
    hopeless: [
      "não tenho mais esperança", // I have no more hope
      "ninguém me pode ajudar", // nobody can help me
      "ninguém pode me ajudar", // nobody can help me (BR)
      "não aguento mais viver", // I can't bear to live any more
      "não vejo saída", // I see no way out
      "não consigo mais", // I can't any more
      "não consigo continuar", // I can't go on
      "não há saída", // there's no way out
      "não tem saída", // there's no way out (Brazil)
      "não vale a pena viver", // life isn't worth living
      "sem sentido viver", // no sense in living
    ],
    "means-plan": [
      "vou fazer isso hoje à noite", // I'll do it tonight
      "vou fazer isso amanhã", // I'll do it tomorrow
      "já planejei tudo", // I've planned it all (BR)
      "já planeei tudo", // I've planned it all (PT)
      "sei como vou fazer", // I know how I'll do it
      "juntei comprimidos", // I've gathered tablets
      "tenho os comprimidos guardados", // I have the tablets put away
      "comprei uma corda", // I bought a rope
      "me jogar da ponte", // throw myself off the bridge
      "atirar-me da ponte", // throw myself off the bridge (PT)
      "me jogar na frente do trem", // throw myself in front of the train
      "atirar-me para a linha", // throw myself on the line
      "na ponte", // on the bridge
      "pular da ponte", // jump off the bridge
      "saltar da ponte", // jump off the bridge (Portugal)
      "vou pular", // I'm going to jump
      "vai pular", // (he/she) is going to jump
      "no telhado", // on the roof
    ],
    relative: [
      "mandou mensagem a pedir desculpa", // sent a message saying sorry (PT)
      "mandou mensagem pedindo desculpa", // sent a message saying sorry (BR)
      "se despediu de mim", // (he/she) said goodbye to me
      "despediu-se de mim", // (he/she) said goodbye to me (PT)
      "desapareceu e", // (he/she) disappeared and
      "diz que se vai matar", // says he/she will kill him/herself
      "diz que vai se matar", // says he/she will kill him/herself (BR)
      "diz que vai se matar", // says he/she will kill him/herself
      "diz que quer morrer", // says he/she wants to die
    ],
  },
  weakCrisis: {
    calm: [
      "já tomei a minha decisão", // I've made my decision
      "finalmente estou em paz", // at last I'm at peace
    ],
    time: [
      "hoje à noite", // tonight
      "esta noite", // tonight
    ],
    relative: [
      "não voltou para casa", // hasn't come home
      "não voltou a casa", // hasn't come home (PT)
      "desapareceu", // (he/she) disappeared
      "não atende o telefone", // isn't answering the phone
      "estou preocupad", // I'm worried
    ],
    burden: [
      "sem mim", // without me
    ],
    hopeless: [
      "não aguento mais", // I can't bear it any more
      "não tenho forças", // I have no strength
      "nada ajuda", // nothing helps
      "não vale a pena", // it isn't worth it
      "estou farto de tudo", // I'm sick of everything
      "estou farta de tudo", // I'm sick of everything (f.)
    ],
    "means-plan": [
      "da ponte", // off the bridge
      "uma corda", // a rope
      "todos os comprimidos", // all the tablets
      "comprimidos para dormir", // sleeping tablets
      "uma corda", // a rope
    ],
    farewell: [
      "não vou precisar mais", // I won't need (it) any more
      "deixou uma carta", // left a letter
      "deixou um bilhete", // left a note
      "adeus", // goodbye
      "me perdoa", // forgive me
      "perdoa-me", // forgive me (PT)
      "desculpem por tudo", // sorry for everything
      "amo todos vocês", // I love you all
      "testamento", // will
      "organizei tudo", // I've organised everything
      "descansar em paz", // rest in peace
    ],
  },
  threat: {
    violence: [
      "vou com uma faca", // I'll come with a knife
      "tenho uma faca", // I have a knife
      "vou matar-te", // I'll kill you (PT)
      "vou te matar", // I'll kill you (BR)
      "vou matá-la", // I'll kill her
      "vou matá-lo", // I'll kill him
      "vou dar-lhe um tiro", // I'll shoot him/her
      "vou te bater", // I'll beat you
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
      "sabemos a que horas sai do turno", // we know when (she) leaves the shift
      "sabemos quando acaba o turno", // we know when the shift ends
      "segui-a até casa", // I followed her home
      "segui ela até em casa", // I followed her home (BR)
      "vou esperar no estacionamento", // I'll wait in the car park (BR)
      "vou esperar no parque de estacionamento", // I'll wait in the car park (PT)
      "sei qual é o carro dela", // I know which car is hers
      "sei qual é o carro dele", // I know which car is his
      "sei onde mora", // I know where (he/she) lives
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
      "tens os dias contados", // your days are numbered
      "seus dias estão contados", // your days are numbered (BR)
      "vais pagar-me", // you'll pay me for it
      "você me paga", // you'll pay me for this (BR)
      "seria uma pena se algo acontecesse", // it would be a shame if something happened
      "vão se arrepender", // you'll regret it
      "vais arrepender-te", // you'll regret it
      "senão eu vou aí", // or else I'll come there
      "vai se arrepender", // you'll regret it
      "vais arrepender-te", // you'll regret it (Portugal)
      "vão se arrepender", // you (pl.) will regret it
      "vou me vingar", // I'll take revenge
      "vamos nos vingar", // we'll take revenge
    ],
    "bomb-fire": [
      "vou pôr fogo", // I'll set fire
      "vou deitar fogo", // I'll set fire (PT)
      "pegar fogo no hospital", // set fire to the hospital
      "pôr uma bomba", // plant a bomb
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
