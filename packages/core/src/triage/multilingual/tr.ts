import type { LanguageCues } from "./types.js";

/** Turkish (Türkçe); dotless ı and the cedillas are folded, so "olmek istiyorum" finds "ölmek istiyorum". */
export const TURKISH: LanguageCues = {
  code: "tr",
  name: "Turkish",
  crisis: {
    "want-to-die": [
      "ölmek isti", // want to die (istiyorum, istiyor)
      "yaşamak istemi", // don't want to live (istemiyorum, istemiyor)
      "keşke ölsem", // I wish I were dead
      "keşke hiç doğmasaydım", // I wish I had never been born
      "uyanmak istemiyorum", // I don't want to wake up
    ],
    suicide: [
      "intihar", // suicide (intihar etmek)
      "kendimi öldür", // kill myself (öldüreceğim)
      "kendini öldür", // kill himself/herself
      "canıma kıy", // take my life
      "canına kıy", // take his/her life
      "hayatıma son ver", // end my life
      "hayatına son ver", // end his/her life
      "kendimi asacağım", // I'll hang myself
      "her şeye son vereceğim", // I'll put an end to everything
    ],
    "self-harm": [
      "kendimi kestim", // I cut myself
      "kendimi kesiyorum", // I'm cutting myself
      "jilet attım", // I cut myself with a razor
      "kendime zarar", // harm to myself
      "kendine zarar", // harm to himself/herself
      "kendimi kes", // cut myself
      "kendini kes", // cuts himself/herself
      "bileklerimi kes", // cut my wrists
      "jiletle", // with a razor blade
    ],
    overdose: [
      "bütün hapları içtim", // I took all the pills
      "tüm ilaçları içtim", // I took all the medicines
      "bir kutu ilaç içtim", // I took a box of medicine
      "aşırı doz", // overdose
      "bütün ilaçları", // all the medicines
      "tüm ilaçları", // all the medicines
      "bütün hapları", // all the pills
      "tüm hapları", // all the pills
      "aşırı doz", // overdose
      "ilaç biriktir", // collecting medicines
      "hap biriktir", // collecting pills
      "avuç dolusu hap", // a handful of pills
    ],
    farewell: [
      "bu son mesajım", // this is my last message
      "son mesajım", // my last message
      "veda mektubu", // farewell letter
      "eşyalarımı dağıttım", // I gave away my things
      "şifreleri bıraktım", // I left the passwords
      "herkese elveda", // farewell everyone
      "elveda", // farewell
      "beni affedin", // forgive me
      "hakkınızı helal edin", // forgive me what I owe you (a last farewell)
      "hakkını helal et", // forgive me what I owe you
      "sevdiğimi söyleyin", // tell (them) I love (them)
      "kedime bakacak", // (someone) to look after my cat
      "köpeğime bakacak", // (someone) to look after my dog
      "eşyalarımı dağıttım", // I gave away my belongings
      "son mesajım", // my last message
    ],
    burden: [
      "artık benim için endişelenmenize gerek kalmayacak", // you won't have to worry about me any more
      "yük oluyorum", // I'm becoming a burden
      "ben bir yüküm", // I am a burden
      "bensiz daha iyi", // better without me
      "yük oluyorum", // I'm becoming a burden
      "bir yüküm", // I'm a burden
      "yükten başka", // nothing but a burden
      "bensiz daha iyi", // better without me
      "bensiz daha mutlu", // happier without me
    ],
    hopeless: [
      "kimse bana yardım edemez", // nobody can help me
      "hiç umudum kalmadı", // I have no hope left
      "devam edemiyorum", // I can't go on
      "hiç umut yok", // there's no hope at all
      "yaşamanın anlamı yok", // there's no point in living
      "çıkış yolu yok", // there's no way out
    ],
    "means-plan": [
      "hapları biriktirdim", // I've saved up the pills
      "ip aldım", // I bought a rope
      "köprüden atlayacağım", // I'll jump off the bridge
      "trenin önüne atlayacağım", // I'll jump in front of the train
      "bu gece yapacağım", // I'll do it tonight
      "her şeyi planladım", // I've planned everything
      "köprüde", // on the bridge
      "köprünün üstünde", // on top of the bridge
      " atlayacağım", // I'll jump
      " atlayacak", // (he/she) will jump (a word: "patlayacak" is "will explode")
      "ip aldım", // I bought a rope
    ],
    relative: [
      "uyanmıyor", // (he/she) isn't waking up
    ],
  },
  weakCrisis: {
    relative: [
      "eve dönmedi", // hasn't come home
      "eve gelmedi", // hasn't come home
      "kayboldu", // has gone missing
      "telefonu açmıyor", // isn't answering the phone
    ],
    calm: [
      "kararımı verdim", // I've made my decision
      "sonunda huzurluyum", // at last I'm at peace
    ],
    hopeless: [
      "dayanamıyorum artık", // I can't bear it any more
      "artık dayanamıyorum", // I can't bear it any more
      "hiçbir şey işe yaramıyor", // nothing works
    ],
    burden: [
      "bensiz", // without me
    ],
    farewell: [
      "artık ihtiyacım olmayacak", // I won't need (it) any more
      "bir mektup bıraktı", // left a letter
      "not bıraktı", // left a note
      "hoşça kalın", // goodbye (all)
      "beni affedin", // forgive me (all)
      "beni affet", // forgive me
      "çocuklarıma iyi bakın", // look after my children
    ],
    time: [
      "bu gece", // tonight
    ],
    "means-plan": [
      "çatıda", // on the roof
    ],
  },
  threat: {
    violence: [
      "bıçakla geleceğim", // I'll come with a knife
      "bıçağım var", // I have a knife
      "seni vuracağım", // I'll shoot you
      "seni öldürürüm", // I'll kill you
      "öldüreceğim", // I'll kill
      "öldürürüz", // we'll kill
      "geberteceğim", // I'll kill (slang)
      "gebertirim", // I'll kill (slang)
      "döverim", // I'll beat
      "döveceğim", // I'll beat
      "döveriz", // we'll beat
      "bacaklarını kırarım", // I'll break your/his legs
      "bıçaklarım", // I'll stab
      "ağzını burnunu kırarım", // I'll smash your face
    ],
    doxxing: [
      "vardiyanın ne zaman bittiğini biliyoruz", // we know when your shift ends
      "evine kadar takip ettim", // I followed (him/her) home
      "otoparkta bekleyeceğim", // I'll wait in the car park
      "arabasını biliyorum", // I know (his/her) car
      "nerede oturduğunu biliyor", // (I/we) know where (you/he) live
      "nerede yaşadığını biliyor", // (I/we) know where (you/he) live
      "evini biliyoruz", // we know (your/his) house
      "evini biliyorum", // I know (your/his) house
      "kapıda bekleyeceğiz", // we'll be waiting at the door
      "kapıda bekleriz", // we'll wait at the door
      "çıkışını bekleyeceğiz", // we'll wait for (him) to come out
      "çıkışta bekleyeceğiz", // we'll be waiting at the exit
      "kapıda bekliyor olacağız", // we'll be waiting at the door
    ],
    warning: [
      "günlerin sayılı", // your days are numbered
      "bunun hesabını vereceksin", // you'll answer for this
      "pişman olacaksınız", // you'll regret it
      "pişman olursun", // you'll regret it
      "yoksa gelirim", // or else I'll come
      "pişman olacaksın", // you'll regret it
      "pişman ederim", // I'll make you regret it
      "pişman edeceğim", // I'll make you regret it
      "intikam", // revenge
      "görürsün sen", // you'll see
    ],
    "bomb-fire": [
      "hastaneyi yakacağım", // I'll burn the hospital
      "ateşe vereceğim", // I'll set on fire
      "bomba koyacağım", // I'll plant a bomb
      "bomba koy", // plant a bomb
      "bombalayacağım", // I'll bomb
      "hastaneyi yakarım", // I'll burn the hospital
      "ateşe vereceğim", // I'll set on fire
    ],
  },
  words: [
    "bir",
    "ve",
    "bu",
    "ben",
    "benim",
    "çok",
    "için",
    "değil",
    "var",
    "yok",
    "teşekkür",
    "ederim",
    "lütfen",
    "hastane",
    "annem",
    "babam",
    "mı",
    "mi",
  ],
};
