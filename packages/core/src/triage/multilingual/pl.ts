import type { LanguageCues } from "./types.js";

/** Polish (polski), the most common main language after English and Welsh (2021 Census). */
export const POLISH: LanguageCues = {
  code: "pl",
  name: "Polish",
  crisis: {
    "want-to-die": [
      "nie chcę się już obudzić", // I don't want to wake up any more
      "nie chcę już się obudzić", // I don't want to wake up any more
      "chcę zasnąć i się nie obudzić", // I want to fall asleep and not wake up
      "nie chcę żyć", // I don't want to live
      "nie chcę już żyć", // I don't want to live any more
      "nie chce mi się żyć", // I don't feel like living
      "chcę umrzeć", // I want to die
      "chciałbym umrzeć", // I would like to die (m.)
      "chciałabym umrzeć", // I would like to die (f.)
      "chcę zniknąć na zawsze", // I want to disappear for ever
      "wolałbym nie żyć", // I'd rather be dead (m.)
      "wolałabym nie żyć", // I'd rather be dead (f.)
      "nie chcę się obudzić", // I don't want to wake up
      "lepiej gdybym nie żył", // better if I were dead (m.)
      "lepiej gdybym nie żyła", // better if I were dead (f.)
      "chce umrzeć", // (he/she) wants to die
      "nie chce żyć", // (he/she) doesn't want to live
    ],
    suicide: [
      "samobój", // suicide, suicidal (samobójstwo, samobójcze, samobójca)
      "zabić się", // to kill oneself
      "zabije się", // (he/she) will kill him/herself
      "zabiję się", // I will kill myself
      "zabijam się", // I am killing myself
      "odebrać sobie życie", // to take one's own life
      "odbiorę sobie życie", // I will take my own life
      "odebrał sobie życie", // he took his own life
      "targnąć się na życie", // to make an attempt on one's life
      "powiesić się", // to hang oneself
      "powieszę się", // I will hang myself
      "skończyć ze sobą", // to finish with oneself
      "skończę ze sobą", // I will finish with myself
      "skończyć z tym wszystkim", // to end it all
      "skończę z tym", // I'll end this
      "zakończyć życie", // to end (my) life
    ],
    "self-harm": [
      "właśnie się pocięłam", // I (f.) have just cut myself
      "właśnie się pociąłem", // I (m.) have just cut myself
      "pocięła się", // she cut herself
      "pociął się", // he cut himself
      "tnie się", // (he/she) cuts him/herself
      "tnę się", // I cut myself
      "ciąć się", // to cut oneself
      "pocięłam się", // I cut myself (f.)
      "pociąłem się", // I cut myself (m.)
      "samookalecz", // self-harm (samookaleczenie, samookaleczam)
      "okaleczam się", // I harm myself
      "robię sobie krzywdę", // I'm hurting myself
      "zrobić sobie krzywdę", // to hurt oneself
      "zrobię sobie krzywdę", // I will hurt myself
      "przypalam się", // I burn myself
      "znowu się tnie", // (he/she) is cutting again
    ],
    overdose: [
      "łyknęłam wszystkie", // I (f.) swallowed all
      "łyknąłem wszystkie", // I (m.) swallowed all
      "wzięłam całe opakowanie", // I (f.) took the whole pack
      "wziąłem całe opakowanie", // I (m.) took the whole pack
      "wzięła całe opakowanie", // she took the whole pack
      "wziął całe opakowanie", // he took the whole pack
      "popiłam tabletki", // I (f.) washed tablets down
      "popiłem tabletki", // I (m.) washed tablets down
      "przedawkow", // overdose (przedawkowałam, przedawkował)
      "wzięłam wszystkie tabletki", // I (f.) took all the tablets
      "wziąłem wszystkie tabletki", // I (m.) took all the tablets
      "wziął wszystkie tabletki", // he took all the tablets
      "wzięła wszystkie tabletki", // she took all the tablets
      "połknęłam", // I (f.) swallowed
      "połknąłem", // I (m.) swallowed
      "połknął tabletki", // he swallowed tablets
      "połknęła tabletki", // she swallowed tablets
      "całe opakowanie tabletek", // a whole pack of tablets
      "zbieram tabletki", // I am collecting tablets
      "uzbierałam tabletki", // I (f.) have collected tablets
      "uzbierałem tabletki", // I (m.) have collected tablets
      "za dużo tabletek", // too many tablets
    ],
    farewell: [
      "to moje pożegnanie", // this is my goodbye
      "żegnajcie wszyscy", // goodbye everyone
      "gdy mnie zabraknie", // when I'm gone
      "kiedy mnie zabraknie", // when I'm gone
      "rozdaję swoje rzeczy", // I'm giving away my things
      "oddałam swojego psa", // I (f.) gave away my dog
      "oddałem swojego psa", // I (m.) gave away my dog
      "zaopiekuj się moimi dziećmi", // look after my children
      "zostawiam ci hasła", // I'm leaving you the passwords
      "zostawiłam ci hasła", // I (f.) left you the passwords
      "zostawiłem ci hasła", // I (m.) left you the passwords
      "żegnajcie", // farewell, all of you
      "żegnam się ze wszystkimi", // I say goodbye to everyone
      "powiedzcie moim dzieciom że je kocham", // tell my children I love them
      "powiedzcie mojej", // tell my (mother/daughter ...) [that I love her]
      "powiedz mojej córce", // tell my daughter
      "powiedz mojemu synowi", // tell my son
      "przepraszam za wszystko", // sorry for everything
      "wybaczcie mi", // forgive me, all of you
      "list pożegnalny", // farewell letter
      "to moja ostatnia wiadomość", // this is my last message
      "uporządkowałam wszystkie sprawy", // I (f.) have put all my affairs in order
      "uporządkowałem wszystkie sprawy", // I (m.) have put all my affairs in order
      "nie będzie mnie już", // I won't be around any more
      "kto weźmie mojego psa", // who will take my dog
      "kto weźmie mojego kota", // who will take my cat
      "zaopiekuje się moim psem", // will look after my dog
      "rozdałam swoje rzeczy", // I (f.) gave away my things
      "rozdałem swoje rzeczy", // I (m.) gave away my things
    ],
    burden: [
      "nie będziecie musieli się o mnie martwić", // you won't have to worry about me
      "lżej beze mnie", // easier without me
      "jestem tylko problemem", // I'm only a problem
      "wszystkim tylko przeszkadzam", // I only get in everyone's way
      "jestem ciężarem", // I am a burden
      "jestem dla wszystkich ciężarem", // I am a burden to everyone
      "tylko ciężarem", // only a burden
      "będzie im lepiej beze mnie", // they'll be better off without me
      "lepiej beze mnie", // better without me
      "bez mnie będzie lepiej", // it will be better without me
      "nikt nie zauważy jak mnie zabraknie", // nobody will notice when I'm gone
    ],
    hopeless: [
      "nie ma już dla mnie nadziei", // there is no hope left for me
      "nikt mi już nie pomoże", // nobody can help me any more
      "nie chcę już żadnej pomocy", // I don't want any more help
      "nie dam rady dłużej", // I can't manage any longer
      "nie mam już siły żyć", // I have no more strength to live
      "nie mam po co żyć", // I have nothing to live for
      "nie widzę sensu życia", // I see no sense in living
      "nie ma sensu żyć", // there is no sense in living
      "nie widzę wyjścia", // I see no way out
      "nie ma wyjścia", // there is no way out
      "nie wytrzymam dłużej", // I can't bear it any longer
      "nie mogę tak dłużej żyć", // I can't live like this any more
      "nie mogę już dłużej", // I can't any longer
      "mam dość życia", // I'm sick of life
    ],
    "means-plan": [
      "zrobię to dziś w nocy", // I'll do it tonight
      "zrobię to jutro", // I'll do it tomorrow
      "zrobię to w weekend", // I'll do it at the weekend
      "wszystko już zaplanowałam", // I (f.) have planned it all
      "wszystko już zaplanowałem", // I (m.) have planned it all
      "wiem jak to zrobię", // I know how I'll do it
      "mam już tabletki", // I already have the tablets
      "odkładam tabletki", // I'm putting tablets aside
      "chowam tabletki", // I'm hiding tablets away
      "kupiłam linę", // I (f.) bought a rope
      "kupiłem linę", // I (m.) bought a rope
      "mam linę", // I have a rope
      "skoczę z mostu", // I'll jump off the bridge
      "skoczyć z mostu", // to jump off the bridge
      "stoję na moście", // I'm standing on the bridge
      "stoi na moście", // (he/she) is standing on the bridge
      "na dachu i", // on the roof and ...
      "chce skoczyć", // (he/she) wants to jump
      "chcę skoczyć", // I want to jump
      "że skoczy", // that (he/she) will jump
      "mam sznur", // I have a rope
      "kupiłam sznur", // I (f.) bought a rope
      "kupiłem sznur", // I (m.) bought a rope
      "rzucę się pod pociąg", // I'll throw myself under a train
      "rzucić się pod pociąg", // to throw oneself under a train
      "dziś w nocy to skończę", // tonight I'll end it
      "mam plan jak", // I have a plan how
      "zamknął się w samochodzie", // he shut himself in the car
      "zamknęła się w samochodzie", // she shut herself in the car
    ],
    relative: [
      "napisał mi przepraszam", // he texted me sorry
      "napisała mi przepraszam", // she texted me sorry
      "napisał że przeprasza za wszystko", // he wrote he's sorry for everything
      "napisała że przeprasza za wszystko", // she wrote she's sorry for everything
      "pożegnał się ze mną", // he said goodbye to me
      "pożegnała się ze mną", // she said goodbye to me
      "zaginął i", // he's gone missing and
      "zaginęła i", // she's gone missing and
      "mówi że się zabije", // says he/she will kill him/herself
      "mówi, że się zabije", // says he/she will kill him/herself
      "grozi że się zabije", // threatens to kill him/herself
      "grozi samobójstwem", // threatens suicide
      "mówi że nie chce żyć", // says he/she doesn't want to live
    ],
  },
  weakCrisis: {
    calm: [
      "podjęłam decyzję", // I (f.) have made my decision
      "podjąłem decyzję", // I (m.) have made my decision
      "w końcu czuję spokój", // at last I feel at peace
    ],
    time: [
      "dziś w nocy", // tonight
      "jutro w nocy", // tomorrow night
    ],
    burden: [
      "beze mnie", // without me
    ],
    "means-plan": [
      "z mostu", // off the bridge
      "sznur", // rope
      "pod pociąg", // under a train
      "wszystkie tabletki", // all the tablets
      "tabletki nasenne", // sleeping pills
    ],
    hopeless: [
      "nie mam siły", // I have no strength
      "nie dam rady", // I can't manage
      "nic nie pomaga", // nothing helps
      "nie ma sensu", // there's no point
      "mam dość wszystkiego", // I'm sick of everything
      "nie mam już siły", // I have no strength left
      "nic się nie zmieni", // nothing will change
    ],
    farewell: [
      "nie będę już potrzebować", // I won't need (it) any more
      "zostawił list", // he left a letter
      "zostawiła list", // she left a letter
      "testament", // will (affairs put in order)
      "żegnaj", // farewell
      "przepraszam was", // I'm sorry, all of you
      "kocham was wszystkich", // I love you all
      "zaopiekujcie się", // look after (all)

      "dziękuję za wszystko i", // thank you for everything and ...
      "mnie już nie będzie", // I won't be here any more
      "już mnie nie będzie", // I won't be here any more
    ],
    relative: [
      "nie wrócił do domu", // he hasn't come home
      "nie wróciła do domu", // she hasn't come home
      "zaginął", // he's missing
      "zaginęła", // she's missing
      "martwię się o", // I'm worried about
      "nie odbiera telefonu i", // isn't answering the phone and ...
    ],
  },
  threat: {
    violence: [
      "przyjdę z nożem", // I'll come with a knife
      "przyjdę z siekierą", // I'll come with an axe
      "mam nóż i", // I have a knife and
      "mam broń", // I have a gun
      "zastrzelę", // I'll shoot
      "bo inaczej przyjdę", // or else I'll come
      "zabiję cię", // I'll kill you
      "zabije cię", // I'll kill you (no diacritics)
      "zabiję go", // I'll kill him
      "zabiję ją", // I'll kill her
      "zabijemy", // we'll kill
      "pobiję", // I'll beat up
      "pobijemy", // we'll beat up
      "połamię ci", // I'll break your ...
      "połamiemy mu", // we'll break his ...
      "połamiemy jej", // we'll break her ...
      "dźgnę", // I'll stab
      "zadźgam", // I'll stab to death
      "dostanie w mordę", // (he/she) will get punched in the face
      "spuszczę mu łomot", // I'll give him a beating
      "rozwalę", // I'll smash
      "rozniosę ten szpital", // I'll tear this hospital apart
      "zrobię z nim porządek", // I'll sort him out
      "policzymy się", // we'll settle scores
      "dać nauczkę", // to teach a lesson
      "damy jej nauczkę", // we'll teach her a lesson
      "damy mu nauczkę", // we'll teach him a lesson
    ],
    doxxing: [
      "wiemy o której kończysz zmianę", // we know when your shift ends
      "wiemy kiedy kończy zmianę", // we know when (she) finishes the shift
      "śledziłem ją do domu", // I followed her home
      "pojechałem za nią do domu", // I drove after her home
      "pojechałem za nim do domu", // I drove after him home
      "będę czekał na parkingu", // I'll be waiting in the car park
      "poczekam na nią na parkingu", // I'll wait for her in the car park
      "wiem jakim autem jeździ", // I know what car (he/she) drives
      "wiem o której kończy zmianę", // I know when (he/she) finishes the shift
      "wiem gdzie mieszka", // I know where (he/she) lives
      "wiem gdzie mieszkasz", // I know where you live
      "wiemy gdzie mieszka", // we know where (he/she) lives
      "wiemy gdzie mieszkasz", // we know where you live
      "będzie na nią czekał", // (someone) will be waiting for her
      "będzie na niego czekał", // (someone) will be waiting for him
      "będziemy czekać na", // we'll be waiting for
      "poczekamy na nią", // we'll wait for her
      "poczekamy na niego", // we'll wait for him
      "będzie czekał przed", // (someone) will be waiting in front of
      "czekać na nią pod", // wait for her outside
      "czekać na niego pod", // wait for him outside
      "znamy jego samochód", // we know his car
      "znamy jej samochód", // we know her car
      "do jakiej szkoły chodzą", // which school (their children) go to
    ],
    warning: [
      "twoje dni są policzone", // your days are numbered
      "zapłacisz mi za to", // you'll pay me for this
      "zapłacicie mi za to", // you (all) will pay me for this
      "szkoda by było, gdyby", // it would be a shame if
      "szkoda by było gdyby", // it would be a shame if
      "pożałujesz", // you'll regret it
      "pożałuje", // (he/she) will regret it
      "pożałujecie", // you (all) will regret it
      "zemszczę się", // I'll take revenge
      "zemścimy się", // we'll take revenge
      "jeszcze zobaczycie", // you'll see (what happens)
      "popamiętasz", // you'll remember this
      "popamiętacie", // you (all) will remember this
    ],
    "bomb-fire": [
      "spalę ten szpital", // I'll burn this hospital
      "puszczę z dymem", // I'll burn it down
      "puścimy z dymem", // we'll burn it down
      "podłożę bombę", // I'll plant a bomb
      "podłożymy bombę", // we'll plant a bomb
      "bomba w szpitalu", // a bomb in the hospital
      "podpalę", // I'll set fire to
      "podpalimy", // we'll set fire to
      "wysadzę", // I'll blow up
      "wysadzimy", // we'll blow up
    ],
  },
  words: [
    "jest",
    "nie",
    "się",
    "czy",
    "mój",
    "moja",
    "mojej",
    "jestem",
    "proszę",
    "dziękuję",
    "bardzo",
    "tylko",
    "jak",
    "już",
    "żeby",
    "że",
  ],
};
