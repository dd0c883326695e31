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
    "means-plan": [
      "天台", // rooftop
    ],
    burden: [
      "拖累", // drag (others) down
    ],
    relative: [
      "关机了", // switched the phone off (simplified)
      "關機了", // switched the phone off (traditional)
    ],
  },
  threat: {
    violence: [
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
      "等着瞧", // just you wait (simplified)
      "等著瞧", // just you wait (traditional)
      "你会后悔", // you'll regret it (simplified)
      "你會後悔", // you'll regret it (traditional)
      "报复", // revenge (simplified)
      "報復", // revenge (traditional)
    ],
    "bomb-fire": [
      "炸弹", // bomb (simplified)
      "炸彈", // bomb (traditional)
      "放火", // set fire
      "烧了医院", // burn down the hospital (simplified)
      "燒了醫院", // burn down the hospital (traditional)
    ],
  },
};
