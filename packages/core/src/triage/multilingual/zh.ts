import type { LanguageCues } from "./types.js";

/** Chinese, simplified and traditional characters (Mandarin and Cantonese written forms). */
export const CHINESE: LanguageCues = {
  code: "zh",
  name: "Chinese",
  crisis: {
    "want-to-die": [
      "我想死", // I want to die
      "真想死", // I really want to die
      "好想死", // I so want to die
      "想死了算了", // I'd rather just die
      "不想活", // don't want to live
      "活不下去", // can't go on living
      "活着没意思", // living is meaningless (simplified)
      "活著沒意思", // living is meaningless (traditional)
      "唔想生存", // don't want to live (Cantonese)
      "想一死了之", // want to end it by dying
    ],
    suicide: [
      "自杀", // suicide (simplified)
      "自殺", // suicide (traditional)
      "轻生", // take one's own life (simplified)
      "輕生", // take one's own life (traditional)
      "结束生命", // end (my) life (simplified)
      "結束生命", // end (my) life (traditional)
      "结束自己", // end myself (simplified)
      "結束自己", // end myself (traditional)
      "了结自己", // finish myself (simplified)
      "了結自己", // finish myself (traditional)
      "寻死", // seek death (simplified)
      "尋死", // seek death (traditional)
      "上吊", // hang oneself
    ],
    "self-harm": [
      "割腕", // cutting the wrist
      "自残", // self-harm
      "自殘", // self-harm (trad.)
      "割腕", // cut (my) wrists
      "自残", // self-harm (simplified)
      "自殘", // self-harm (traditional)
      "伤害自己", // hurt myself (simplified)
      "傷害自己", // hurt myself (traditional)
      "割自己", // cut myself
      "自伤", // self-injury (simplified)
      "自傷", // self-injury (traditional)
    ],
    overdose: [
      "吃了一整瓶", // took a whole bottle
      "把药都吃了", // took all the medicine
      "把藥都吃了", // took all the medicine (trad.)
      "吞了所有的药", // swallowed all the pills
      "吞了所有的藥", // swallowed all the pills (trad.)
      "吃了很多安眠药", // took a lot of sleeping pills
      "吃了很多安眠藥", // took a lot of sleeping pills (trad.)
      "吞药", // swallow pills (simplified)
      "吞藥", // swallow pills (traditional)
      "吃了很多药", // took a lot of medicine (simplified)
      "吃了很多藥", // took a lot of medicine (traditional)
      "吃了一整瓶", // took a whole bottle
      "所有的药", // all the medicine (simplified)
      "所有的藥", // all the medicine (traditional)
      "安眠药", // sleeping pills (simplified)
      "安眠藥", // sleeping pills (traditional)
      "药物过量", // overdose (simplified)
      "藥物過量", // overdose (traditional)
      "攒药", // stockpiling pills (simplified)
      "存了很多药", // have saved up lots of pills
    ],
    farewell: [
      "永别了", // farewell for ever
      "永別了", // farewell for ever (trad.)
      "这是我最后一条消息", // this is my last message
      "這是我最後一條訊息", // this is my last message (trad.)
      "遗书", // suicide note
      "遺書", // suicide note (trad.)
      "把东西都送人了", // gave all my things away
      "把東西都送人了", // gave all my things away (trad.)
      "密码留给你", // leaving you the passwords
      "密碼留給你", // leaving you the passwords (trad.)
      "对不起大家", // sorry, everyone (simplified)
      "對不起大家", // sorry, everyone (traditional)
      "照顾好妈妈", // look after mum (simplified)
      "照顧好媽媽", // look after mum (traditional)
      "照顾好孩子", // look after the children (simplified)
      "照顧好孩子", // look after the children (traditional)
      "永别", // farewell for ever (simplified)
      "永別", // farewell for ever (traditional)
      "遗书", // suicide note (simplified)
      "遺書", // suicide note (traditional)
      "告诉我的孩子", // tell my children (simplified)
      "告訴我的孩子", // tell my children (traditional)
      "最后一条", // the last message (simplified)
      "最後一條", // the last message (traditional)
    ],
    burden: [
      "累赘", // a burden
      "累贅", // a burden (trad.)
      "没有我会更好", // better without me
      "沒有我會更好", // better without me (trad.)
      "我是负担", // I am a burden (simplified)
      "我是負擔", // I am a burden (traditional)
      "家人的负担", // a burden on my family (simplified)
      "家人的負擔", // a burden on my family (traditional)
      "家里的负担", // a burden on the family (simplified)
      "家裡的負擔", // a burden on the family (traditional)
      "成了负担", // have become a burden (simplified)
      "成了負擔", // have become a burden (traditional)
      "拖累家人", // drag my family down
      "没有我会更好", // better without me (simplified)
      "沒有我會更好", // better without me (traditional)
    ],
    hopeless: [
      "没有人能帮我", // nobody can help me
      "沒有人能幫我", // nobody can help me (trad.)
      "撑不下去", // can't hold on (simplified)
      "撐不下去", // can't hold on (traditional)
      "坚持不下去", // can't keep going (simplified)
      "堅持不下去", // can't keep going (traditional)
      "没有希望", // there is no hope (simplified)
      "沒有希望", // there is no hope (traditional)
      "生无可恋", // nothing to live for (simplified)
      "生無可戀", // nothing to live for (traditional)
    ],
    "means-plan": [
      "攒了很多药", // saved up a lot of pills
      "攢了很多藥", // saved up a lot of pills (trad.)
      "买了绳子", // bought a rope
      "買了繩子", // bought a rope (trad.)
      "从桥上跳", // jump off the bridge
      "從橋上跳", // jump off the bridge (trad.)
      "卧轨", // lie on the railway
      "臥軌", // lie on the railway (trad.)
      "都计划好了", // it's all planned
      "都計劃好了", // it's all planned (trad.)
      "跳楼", // jump from a building (simplified)
      "跳樓", // jump from a building (traditional)
      "跳下去", // jump down
      "跳河", // jump into the river
      "桥上", // on the bridge (simplified)
      "橋上", // on the bridge (traditional)
      "卧轨", // lie on the railway (simplified)
      "臥軌", // lie on the railway (traditional)
    ],
    relative: [
      "叫不醒", // can't be woken
    ],
  },
  weakCrisis: {
    calm: [
      "我已经决定了", // I've decided
      "我已經決定了", // I've decided (trad.)
      "终于平静了", // calm at last
      "終於平靜了", // calm at last (trad.)
    ],
    hopeless: [
      "没有希望了", // there's no hope
      "沒有希望了", // there's no hope (trad.)
      "撑不下去", // can't hold on
      "撐不下去", // can't hold on (trad.)
    ],
    farewell: [
      "原谅我", // forgive me
      "原諒我", // forgive me (trad.)
      "照顾好我的孩子", // look after my children
      "照顧好我的孩子", // look after my children (trad.)
    ],
    time: [
      "今晚", // tonight
    ],
    "means-plan": [
      "天台", // rooftop
    ],
    burden: [
      "拖累", // drag (others) down
    ],
    relative: [
      "失踪了", // has gone missing
      "失蹤了", // has gone missing (trad.)
      "不接电话", // isn't answering the phone
      "不接電話", // isn't answering the phone (trad.)
      "关机了", // switched the phone off (simplified)
      "關機了", // switched the phone off (traditional)
    ],
  },
  threat: {
    violence: [
      "带刀来", // come with a knife
      "帶刀來", // come with a knife (trad.)
      "我有刀", // I have a knife
      "杀了你", // kill you (simplified)
      "殺了你", // kill you (traditional)
      "弄死你", // do you in
      "弄死他", // do him in
      "弄死她", // do her in
      "打死你", // beat you to death
      "砍死", // hack to death
      "捅死", // stab to death
      "揍他", // beat him up
      "收拾他", // sort him out
      "收拾她", // sort her out
    ],
    doxxing: [
      "跟踪她回家", // followed her home
      "跟蹤她回家", // followed her home (trad.)
      "在停车场等", // wait in the car park
      "在停車場等", // wait in the car park (trad.)
      "知道她开什么车", // know what car she drives
      "知道她開什麼車", // know what car she drives (trad.)
      "我知道你住哪", // I know where you live
      "知道你住在哪", // know where you live
      "知道他住哪", // know where he lives
      "知道她住哪", // know where she lives
      "知道他住在哪", // know where he lives
      "知道她住在哪", // know where she lives
      "门口等他", // wait for him at the door (simplified)
      "門口等他", // wait for him at the door (traditional)
    ],
    warning: [
      "你们会后悔的", // you'll regret it
      "你們會後悔的", // you'll regret it (trad.)
      "否则我就来", // otherwise I'll come
      "否則我就來", // otherwise I'll come (trad.)
      "等着瞧", // just you wait (simplified)
      "等著瞧", // just you wait (traditional)
      "你会后悔", // you'll regret it (simplified)
      "你會後悔", // you'll regret it (traditional)
      "报复", // revenge (simplified)
      "報復", // revenge (traditional)
    ],
    "bomb-fire": [
      "烧了医院", // burn the hospital
      "燒了醫院", // burn the hospital (trad.)
      "放火", // set fire
      "炸弹", // bomb
      "炸彈", // bomb (trad.)
      "炸弹", // bomb (simplified)
      "炸彈", // bomb (traditional)
      "放火", // set fire
      "烧了医院", // burn down the hospital (simplified)
      "燒了醫院", // burn down the hospital (traditional)
    ],
  },
};
