import type { LanguageCues } from "./types.js";

/**
 * Arabic: Modern Standard and the common spoken forms (Levantine, Egyptian, Gulf, Maghrebi), and
 * Arabizi. Stems stop before the attached pronoun ("قتل نفس" finds نفسي، نفسه، نفسها); hamza forms and
 * harakat are folded away.
 */
export const ARABIC: LanguageCues = {
  code: "ar",
  name: "Arabic",
  crisis: {
    "want-to-die": [
      "أريد أن أموت", // I want to die
      "اريد الموت", // I want death
      "أتمنى الموت", // I wish for death
      "أتمنى أن أموت", // I wish I would die
      "لا أريد أن أعيش", // I don't want to live
      "لا أريد العيش", // I don't want to live
      "ما بدي عيش", // I don't want to live (Levantine)
      "بدي موت", // I want to die (Levantine)
      "عايز أموت", // I want to die (Egyptian)
      "عاوز أموت", // I want to die (Egyptian)
      "مش عايز أعيش", // I don't want to live (Egyptian)
      "نفسي أموت", // I wish to die (Egyptian)
      "بغيت نموت", // I want to die (Maghrebi)
      "ابي اموت", // I want to die (Gulf)
      "يريد أن يموت", // he wants to die
      "تريد أن تموت", // she wants to die
      "bedi mot", // I want to die (Arabizi)
      "baddi mout", // I want to die (Arabizi)
      "3ayez amoot", // I want to die (Arabizi)
    ],
    suicide: [
      "انتحار", // suicide
      "نتحر", // commit suicide (انتحر، أنتحر، ينتحر، سينتحر، انتحرت)
      "قتل نفس", // kill oneself (أقتل نفسي، يقتل نفسه، تقتل نفسها)
      "اقتل حالي", // kill myself (Levantine)
      "أنهي حيات", // end my life (حياتي)
      "ينهي حيات", // (he) ends his life
      "تنهي حيات", // (she) ends her life
      "إنهاء حيات", // ending (my/his) life
      "أشنق نفس", // hang myself
      "ntihar", // suicide (Arabizi: entihar, 2ntihar)
      "a2tol nafsi", // kill myself (Arabizi)
      "aktol nafsi", // kill myself (Arabizi)
    ],
    "self-harm": [
      "اجرح نفسي", // I cut myself
      "جرحت نفسي", // I cut myself
      "بجرح حالي", // I cut myself (Levantine)
      "اؤذي نفسي", // I harm myself
      "أؤذي نفس", // harm myself
      "يؤذي نفس", // harms himself
      "تؤذي نفس", // harms herself
      "إيذاء النفس", // self-harm
      "إيذاء نفس", // harming oneself
      "أجرح نفس", // cut/wound myself
      "تجرح نفس", // cuts herself
      "يجرح نفس", // cuts himself
      "جرحت يدي", // I cut my arm
    ],
    overdose: [
      "اخذت كل الحبوب", // I took all the pills
      "بلعت كل الحبوب", // I swallowed all the pills
      "اخذت علبة كاملة", // I took a whole box
      "شربت كل الدوا", // I took all the medicine (colloquial)
      "جرعة زائدة", // overdose
      "جرعة زائدة", // overdose
      "كل الحبوب", // all the pills
      "كل الأدوية", // all the medicines
      "كل دواء", // all (his/her) medicine
      "ابتلع كل", // swallowed all
      "ابتلعت كل", // I/she swallowed all
      "بلع كل", // swallowed all
      "علبة حبوب", // a box of pills
      "حبوب منومة", // sleeping pills
      "أجمع الحبوب", // I'm collecting pills
    ],
    farewell: [
      "هذه اخر رسالة", // this is the last message
      "هاي اخر رسالة", // this is the last message (Levantine)
      "اخر رسالة مني", // my last message
      "وزعت اغراضي", // I gave away my things
      "وزعت حاجاتي", // I gave away my things
      "سامحوني", // forgive me (all of you)
      "سامحني على كل", // forgive me for everything
      "وداعا للجميع", // goodbye everyone
      "قولوا لأولادي", // tell my children
      "قولوا لأطفالي", // tell my children
      "أخبروا أولادي", // tell my children
      "آخر رسالة", // last message
      "رسالتي الأخيرة", // my last message
      "شكرا لكل من حاول", // thanks to everyone who tried
    ],
    burden: [
      "انا عبء", // I am a burden
      "عالة على", // a burden on
      "احسن بدوني", // better without me
      "افضل بدوني", // better without me
      "أنا عبء", // I am a burden
      "عبء على", // a burden on
      "عبئا على", // a burden on
      "أفضل بدوني", // better without me
      "أحسن بدوني", // better without me
    ],
    hopeless: [
      "ما حدا بيقدر يساعدني", // nobody can help me (Levantine)
      "لا احد يستطيع مساعدتي", // nobody can help me
      "لا أستطيع التحمل", // I can't bear it
      "لم أعد أتحمل", // I can no longer bear it
      "لم أعد أحتمل", // I can no longer bear it
      "ما عدت أتحمل", // I can no longer bear it
      "ما عاد فيني", // I can't any more (Levantine)
      "لا أستطيع الاستمرار", // I can't go on
      "لا فائدة من الحياة", // there is no point in living
      "تعبت من الحياة", // tired of life
    ],
    "means-plan": [
      "جمعت الحبوب", // I gathered the pills
      "اشتريت حبل", // I bought a rope
      "ارمي نفسي", // throw myself
      "ارمي حالي", // throw myself (Levantine)
      "خططت لكل شي", // I have planned everything
      "على الجسر", // on the bridge
      "فوق الجسر", // on top of the bridge
      "على السطح", // on the roof
      "سأقفز", // I will jump
      "راح أنط", // I'm going to jump (spoken)
      "يقفز من", // (he) jumps from
      "تقفز من", // (she) jumps from
      "أقفز من", // I jump from
      "حبل المشنقة", // the noose
    ],
    relative: [
      "لا يستيقظ", // (he) won't wake up
      "لا تستيقظ", // (she) won't wake up
      "مش عم يصحى", // (he) isn't waking up (Levantine)
    ],
  },
  weakCrisis: {
    relative: [
      "اختفى", // he disappeared
      "اختفت", // she disappeared
      "ما بيرد على التلفون", // isn't answering the phone
      "لا يرد على الهاتف", // isn't answering the phone
    ],
    calm: [
      "اخيرا مرتاح", // at last at ease
      "اتخذت قراري", // I've made my decision
    ],
    burden: [
      "بدوني", // without me
    ],
    farewell: [
      "سامحوني", // forgive me (all)
      "سامحيني", // forgive me
      "وداعا", // farewell
      "اهتموا باولادي", // look after my children
      "كتبت وصيتي", // I wrote my will
    ],
    time: [
      "الليلة", // tonight
      "بكرة بالليل", // tomorrow night
    ],
    hopeless: [
      "ما في امل", // there's no hope
      "لا يوجد امل", // there's no hope
      "تعبت من كل شي", // I'm tired of everything
      "لا أمل", // no hope
      "ما في أمل", // there's no hope (spoken)
    ],
  },
  threat: {
    violence: [
      "معي سكين", // I have a knife
      "رح اجي بسكين", // I'll come with a knife
      "سأطلق النار", // I'll shoot
      "سأقتل", // I will kill
      "سوف أقتل", // I will kill
      "سنقتل", // we will kill
      "راح أقتل", // I'm going to kill (spoken)
      "رح اقتل", // I'm going to kill (Levantine)
      "هقتلك", // I'll kill you (Egyptian)
      "بقتلك", // I'll kill you (Levantine)
      "سأضرب", // I will beat
      "سنضرب", // we will beat
      "سأكسر", // I will break
      "سنكسر", // we will break
      "سأطعن", // I will stab
      "سأذبح", // I will slaughter
      "نذبح", // we slaughter
      "sa2atlak", // I'll kill you (Arabizi)
      "ha2tlak", // I'll kill you (Arabizi)
    ],
    doxxing: [
      "لحقتها للبيت", // I followed her home
      "لحقته للبيت", // I followed him home
      "اعرف سيارتها", // I know her car
      "بعرف سيارتها", // I know her car (Levantine)
      "أعرف أين تسكن", // I know where you live
      "نعرف أين يسكن", // we know where he lives
      "نعرف أين تسكن", // we know where she lives
      "نعرف وين ساكن", // we know where (he) lives (Levantine)
      "نعرف بيت", // we know (his/her) house
      "نعرف سيارت", // we know (his/her) car
      "نعرف عنوان", // we know the address
      "سننتظره", // we'll wait for him
      "سننتظرها", // we'll wait for her
      "بنستناه", // we'll wait for him (Egyptian)
    ],
    warning: [
      "رح اوريك", // I'll show you (what happens)
      "راح اوريكم", // I'll show you all
      "مش رح اسكتلك", // I won't let it go with you
      "رح تدفع الثمن", // you'll pay the price
      "ستدفع الثمن", // you'll pay the price
      "رح تندموا", // you'll regret it
      "ستندمون", // you'll regret it
      "ستندم", // you'll regret it
      "ستندم", // you'll regret it
      "سوف تندم", // you will regret it
      "راح تندم", // you'll regret it (spoken)
      "هتندم", // you'll regret it (Egyptian)
      "سننتقم", // we will take revenge
      "سأنتقم", // I will take revenge
    ],
    "bomb-fire": [
      "بحرق المستشفى", // I'll burn the hospital
      "سأحرق", // I'll burn
      "رح احرق", // I'll burn
      "قنبلة", // bomb
      "قنبلة", // bomb
      "تفجير", // blowing up
      "سأحرق", // I will burn
      "سنحرق", // we will burn
    ],
  },
  words: [
    "ana",
    "inta",
    "enta",
    "mish",
    "msh",
    "shukran",
    "yalla",
    "inshallah",
    "wallah",
    "keef",
    "kif",
    "ahlan",
    "3ayez",
    "bedi",
    "mafi",
  ],
};
