import type { LanguageCues } from "./types.js";

/** Romanian (română). */
export const ROMANIAN: LanguageCues = {
  code: "ro",
  name: "Romanian",
  crisis: {
    "want-to-die": [
      "vreau să mor", // I want to die
      "aș vrea să mor", // I would like to die
      "nu mai vreau să trăiesc", // I don't want to live any more
      "nu vreau să trăiesc", // I don't want to live
      "nu mai vreau să fiu", // I don't want to be [here] any more
      "vrea să moară", // (he/she) wants to die
      "nu mai vrea să trăiască", // (he/she) doesn't want to live any more
      "nu vreau să mă mai trezesc", // I don't want to wake up again
      "mai bine aș fi mort", // better if I were dead (m.)
      "mai bine aș fi moartă", // better if I were dead (f.)
    ],
    suicide: [
      "sinucid", // suicide (sinucidere, să mă sinucid, s-a sinucis via stem below)
      "sinucis", // committed suicide
      "să mă omor", // to kill myself
      "mă omor", // I'll kill myself
      "se omoare", // (he/she) to kill him/herself
      "se omoară", // (he/she) kills him/herself
      "să-mi iau viața", // to take my life
      "să își ia viața", // to take his/her life
      "să-și ia viața", // to take his/her life
      "să mă spânzur", // to hang myself
      "să termin cu tot", // to end it all
      "pun capăt vieții", // I'll put an end to (my) life
      "să pun capăt", // to put an end [to it]
    ],
    "self-harm": [
      " mă tai", // I cut myself (words: Lithuanian "…mą – tai" folds to it)
      "m-am tăiat pe mâini", // I cut my arms
      "m-am tăiat iar", // I cut myself again
      "se taie", // (he/she) cuts him/herself
      "îmi fac rău", // I hurt myself
      "mi-am făcut rău", // I hurt myself
      " mă tai ", // I cut myself
      "m-am tăiat pe mâini", // I cut my arms
      "mă rănesc", // I hurt myself
      "autovătăm", // self-harm (autovătămare)
      " mă tai din nou", // I'm cutting myself again
      "se taie", // (he/she) cuts him/herself
    ],
    overdose: [
      "am luat toate pastilele", // I took all the pills
      "am înghițit toate", // I swallowed them all
      "a luat toate pastilele", // (he/she) took all the pills
      "am luat o cutie întreagă", // I took a whole box
      "supradoz", // overdose
      "supradoz", // overdose (supradoză)
      "am luat toate pastilele", // I took all the pills
      "a luat toate pastilele", // (he/she) took all the pills
      "a înghițit", // (he/she) swallowed
      "am înghițit toate", // I swallowed all
      "o cutie de pastile", // a box of pills
      "strâng pastile", // I'm collecting pills
      "am strâns pastile", // I've collected pills
      "prea multe pastile", // too many pills
    ],
    farewell: [
      "adio tuturor", // goodbye to all
      "vă iubesc pe toți, iertați-mă", // I love you all, forgive me
      "iertați-mă", // forgive me (all)
      "spune-le copiilor că îi iubesc", // tell the children I love them
      "când nu voi mai fi", // when I'm no longer here
      "după ce nu mai sunt", // after I'm gone
      "îmi dau lucrurile", // I'm giving away my things
      "am dat câinele", // I gave the dog away
      "ai grijă de copii după", // look after the children after
      "ți-am lăsat parolele", // I left you the passwords
      "mi-am pus lucrurile în ordine", // I've put my affairs in order
      "ultimul meu mesaj", // my last message
      "îmi pare rău pentru tot", // I'm sorry for everything
      "iertați-mă", // forgive me (pl.)
      "iartă-mă pentru tot", // forgive me for everything
      "adio tuturor", // farewell everyone
      "rămas bun tuturor", // goodbye everyone
      "spuneți-le copiilor mei că îi iubesc", // tell my children I love them
      "spune-i fiului meu", // tell my son
      "spune-i fiicei mele", // tell my daughter
      "ultimul meu mesaj", // my last message
      "scrisoare de adio", // farewell letter
      "mi-am pus ordine în", // I've put [my affairs] in order
      "nu voi mai fi aici", // I won't be here any more
      "cine îmi ia câinele", // who will take my dog
      "cine îmi ia pisica", // who will take my cat
      "mi-am dat lucrurile", // I've given away my things
    ],
    burden: [
      "nu va mai trebui să vă faceți griji pentru mine", // you won't have to worry about me
      "sunt o povară", // I am a burden
      "le-ar fi mai bine fără mine", // they'd be better off without me
      "mai bine fără mine", // better without me
      "sunt o povară", // I'm a burden
      "o povară pentru", // a burden for
      "mai bine fără mine", // better without me
      "fără mine le-ar fi mai bine", // they'd be better off without me
    ],
    hopeless: [
      "nu mai am nicio speranță", // I have no hope left
      "nu mă mai poate ajuta nimeni", // nobody can help me any more
      "nu mai suport", // I can't bear it any more
      "nu mai are rost", // there's no point any more
      "nu mai pot să trăiesc așa", // I can't live like this any more
      "nu mai pot continua", // I can't go on
      "nu mai rezist", // I can't bear it any more
      "nu mai suport", // I can't stand it any more
      "nu are rost să trăiesc", // there's no point in living
      "niciun rost", // no point at all
      "nu văd nicio ieșire", // I see no way out
      "nu mai am pentru ce trăi", // I have nothing to live for
    ],
    "means-plan": [
      "o fac diseară", // I'll do it tonight
      "o să o fac diseară", // I'll do it tonight
      "o fac mâine", // I'll do it tomorrow
      "am plănuit totul", // I've planned it all
      "știu cum o să o fac", // I know how I'll do it
      "am strâns pastile", // I've gathered pills
      "am adunat pastile", // I've collected pills
      "am pastilele pregătite", // I have the pills ready
      "am cumpărat o frânghie", // I bought a rope
      "să mă arunc de pe pod", // to throw myself off the bridge
      "mă arunc de pe bloc", // I'll throw myself off the block
      "mă arunc în fața trenului", // I'll throw myself in front of the train
      "pe pod", // on the bridge
      "să sar de pe", // to jump off
      "sare de pe", // (he/she) jumps off
      "vrea să sară", // (he/she) wants to jump
      "pe acoperiș", // on the roof
      "o frânghie", // a rope
      "în fața trenului", // in front of the train
      "s-a închis în mașină", // (he/she) has shut him/herself in the car
      "în seara asta termin", // tonight I end [it]
    ],
    relative: [
      "mi-a scris că îi pare rău", // (he/she) texted me they're sorry
      "și-a luat rămas bun", // (he/she) said goodbye
      "a dispărut și", // (he/she) has disappeared and
      "zice că se omoară", // says he/she'll kill him/herself
      "spune că vrea să moară", // says he/she wants to die
      "spune că se omoară", // says he/she will kill him/herself
      "zice că se sinucide", // says he/she will commit suicide
      "amenință că se sinucide", // threatens suicide
    ],
  },
  weakCrisis: {
    calm: [
      "am luat o decizie", // I've made a decision
      "în sfârșit sunt liniștit", // at last I'm calm
      "în sfârșit sunt liniștită", // at last I'm calm (f.)
    ],
    time: [
      "diseară", // tonight
      "la noapte", // tonight
    ],
    relative: [
      "nu s-a întors acasă", // hasn't come home
      "a dispărut", // (he/she) has disappeared
      "nu răspunde la telefon", // isn't answering the phone
      "sunt îngrijorat", // I'm worried
      "sunt îngrijorată", // I'm worried (f.)
    ],
    burden: [
      "fără mine", // without me
    ],
    "means-plan": [
      "de pe pod", // off the bridge
      "frânghie", // rope
      "în fața trenului", // in front of the train
      "toate pastilele", // all the pills
      "somnifere", // sleeping pills
    ],
    hopeless: [
      "nu mai pot", // I can't any more
      "nu mai am putere", // I have no strength left
      "nimic nu ajută", // nothing helps
      "nu are rost", // there's no point
      "m-am săturat de tot", // I'm sick of everything
      "nimic nu se va schimba",
      /* nothing will change */ "sunt prea obosit",
      /* I'm too tired (m.) */ "sunt prea obosită" /* I'm too tired (f.) */,
    ],
    farewell: [
      "nu o să mai am nevoie", // I won't need (it) any more
      "a lăsat o scrisoare", // left a letter
      "testament", // will (affairs put in order)
      " adio", // farewell
      "iartă-mă", // forgive me
      "îmi pare rău pentru tot", // sorry for everything
      "vă iubesc pe toți", // I love you all

      "mulțumesc pentru tot și",
      /* thank you for everything and */ "nu mai răspunde" /* no longer answers */,
    ],
  },
  threat: {
    violence: [
      "vin cu cuțitul", // I'll come with the knife
      "am un cuțit", // I have a knife
      "vă omor pe toți", // I'll kill you all
      "o omor", // I'll kill her
      "îl omor", // I'll kill him
      "te bat", // I'll beat you
      "îl împușc", // I'll shoot him
      " te omor ", // I'll kill you
      " îl omor ", // I'll kill him
      " o omor ", // I'll kill her
      " vă omor ", // I'll kill you (pl.)
      "îl omorâm", // we'll kill him
      " te bat ", // I'll beat you
      " îl bat ", // I'll beat him
      " o bat ", // I'll beat her
      "îi rup picioarele", // I'll break his/her legs
      "rup picioarele", // break the legs
      "îl înjunghii", // I'll stab him
      "te înjunghii", // I'll stab you
      "facem praf", // we'll wreck (it)
      "spargem tot", // we'll smash everything
      "distrugem spitalul", // we'll destroy the hospital
      "venim cu frații", // we're coming with the brothers
    ],
    doxxing: [
      "știm când termini tura", // we know when your shift ends
      "am urmărit-o până acasă", // I followed her home
      "l-am urmărit până acasă", // I followed him home
      "o aștept în parcare", // I'll wait for her in the car park
      "îl aștept în parcare", // I'll wait for him in the car park
      "știu ce mașină are", // I know what car (he/she) has
      "știu unde stă", // I know where (he/she) lives
      "știu unde stai", // I know where you live
      "știu unde locuiești", // I know where you live
      "știu unde locuiește", // I know where (he/she) lives
      "știm unde locuiește", // we know where (he/she) lives
      "știm unde stă", // we know where (he/she) lives
      "o așteptăm afară", // we'll wait for her outside
      "îl așteptăm afară", // we'll wait for him outside
      "îl așteptăm la ieșire", // we'll wait for him at the exit
    ],
    warning: [
      "ai zilele numărate", // your days are numbered
      "o să mi-o plătești", // you'll pay me for this
      "ar fi păcat să i se întâmple ceva", // it would be a shame if something happened to (her)
      "o să vă pară rău", // you'll be sorry
      "o să regreți", // you'll regret it
      "altfel vin", // otherwise I'll come
      "o să regreți", // you'll regret it
      "vei regreta", // you will regret it
      "o să regrete", // (he/she) will regret it
      "ne răzbunăm", // we'll take revenge
      "mă răzbun", // I'll take revenge
      "o să vedeți voi", // you'll see
    ],
    "bomb-fire": [
      "dau foc spitalului", // I'll set fire to the hospital
      "vă dau foc", // I'll set you on fire
      "pun o bombă", // I'll plant a bomb
      "o bombă", // a bomb
      "dau foc", // I'll set fire
      "dăm foc", // we'll set fire
      "arunc în aer", // I'll blow up
    ],
  },
  words: [
    "este",
    "sunt",
    "și",
    "nu",
    "mai",
    "meu",
    "mea",
    "mele",
    "pentru",
    "vă",
    "rog",
    "mulțumesc",
    "spital",
    "că",
    "să",
    "la",
    "am",
    "de",
    "foarte",
  ],
};
