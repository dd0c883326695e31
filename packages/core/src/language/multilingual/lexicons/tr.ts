import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** Turkish (ı folds to i; suffixes are reached through stems). */
export const tr: Lexicon = {
  lang: "tr",
  latinNeedsEvidence: true,
  prodrop: true,
  words: {
    ident: w(`kadın*|kızlar|eşcinsel*|gey*|lezbiyen*|trans*|siyahi*|siyahlar*|zenciler|yahudi*|müslüman*|
      göçmen*|mülteci*|suriyeli*|yabancı*|engelli*|sakat*|kürt*|ermeni*|rum*|çingene*|romanlar|araplar*|
      afganlar*|yaşlı*`),
    slur: w(`ibne*|top*|nonoş*|dönme*|zenci*|çingen*|kıro*|piç*|orospu*|kaltak*|fahişe*|gavur*|
      ermeni dölü|kürt piçi|suriyeli pislik*|sakat*|geri zekalı*|özürlü*|mongol*`),
    derog: w(`nefret*|iğren*|tiksin*|tiksindir*|berbat*|rezil*|utanmaz*|aşağılık*|pislik*|pis|kirli*|
      leş*|çöp*|aptal*|salak*|gerizekalı*|geri zekalı*|beyinsiz*|cahil*|beceriksiz*|tembel*|hırsız*|
      yalancı*|sahtekar*|şerefsiz*|namussuz*|hain*|asalak*|parazit*|haşere*|hayvan*|domuz*|köpek*|
      it|itler|sıçan*|fare*|virüs|kanser|bela*|tehlike*|tehlikeli*|suçlu*|vahşi*|ilkel*|işe yaramaz*|
      değersiz*|yüz karası|rezalet|istilacı*|istila|sürü`),
    insult: w(`aptal|salak|gerizekalı|geri zekalı|mal|dangalak*|ahmak*|şerefsiz|namussuz|pezevenk*|
      puşt*|yavşak*|göt*|herif*|herifler|rezil herif*|hıyar*|öküz*|eşek*|it herif|köpek herif|
      ayı*|dingil*|soysuz*|haysiyetsiz*`),
    violence:
      w(`öldür*|öldüre*|gebert*|geber*|kes*|keserim|boğaz*|vur*|vururum|yak*|yakarım|asarım|asın|asılsın|
      dövec*|döverim|döv*|saldır*|bıçak*|kurşun*|sık*|sıkarım|parçala*|yok et|yok edin|yok edeceğim|temizle*|idam*|ölüm|
      öl|ölsün|ölün|geberin|gebersin|kafanı kır*|kırarım|sürün*|defol*|sınır dışı`),
    profanity: w(`amk|amına|amına koyim|amina koyim|aq|siktir*|sik*|sikerim|sikeyim|orospu*|orospu çocuğu*|
      piç*|göt*|götveren*|yarrak*|yarak*|amcık*|kahpe*|kaltak*|ananı*|anan*|bok*|boktan*|lan|ulan`),
    positive: w(`insan*|eşit*|akıllı*|zeki*|saygı*|yer|hak*|değerli*|dürüst*|medeni*|normal*|iyi`),
    negator: w(`değil*|hiç|asla|yok|hiçbir|hiçbiri|ne|yoksun`),
    report: w(`diyor*|dedi*|demek|söyle*|yaz*|yorum*|ırkçı*|ayrımcı*|nefret söylemi|şikayet edece*|
      hapis*|dur|durdur*|yeter`),
    they: w(`onlar*|bunlar*|şunlar*|bu adamlar`),
    you: w(`sen|siz|seni|sizi|sana|size|senin|sizin|hepiniz|hepinizi|sizler|senden|sizden`),
    clause: w(`ama|fakat|çünkü|ve|veya|ya da|eğer|ki|diye|ise`),
    function: w(`ben|biz|bu|şu|o|bir|ve|de|da|ile|için|gibi|çok|daha|en|her|hep|ne|mi|mı|mu|mü|var|yok|
      ama|ki|değil|olarak|kadar|sonra|önce|şimdi|bugün|dün|yarın|burada|orada|hastane*|doktor*|hemşire*|
      benim|bizim|onun|sizin|hepsi|hiç|hepiniz|bütün|hepsi|sizler|burası|şurası|gerçekten`),
  },
};
