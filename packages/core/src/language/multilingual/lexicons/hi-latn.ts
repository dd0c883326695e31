import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/**
 * Hindi and Urdu written in Latin letters (Hinglish, Roman Urdu), as most South Asian social media
 * is. Spellings vary freely, so the lexicon is also matched on spelling skeletons (fold.ts).
 */
export const hiLatn: Lexicon = {
  lang: "hi-Latn",
  skeleton: true,
  prodrop: true,
  words: {
    ident: w(`aurat|aurate|auratein|auraten|aurato|auraton|aurto|mahila*|ladkiyan|ladkiyon|^gays|^gay|
      samlaingik*|samlangik*|lesbian*|transgender*|hijra|hijre|hijro|hijron|hijda|hijde|kinnar|musalman*|
      musalmaan*|musalmano|musalmanon|muslim*|mussalman*|shudra|shudro|shudron|shudr*|dalit*|neechi jaati|
      nichli jaati|achhoot*|assamese|northeast|north east|north-east|uttar purvi|purvottar|^negro|kale log|
      kaale log|habshi|afriki*|videshi*|pakistani*|bangladeshi*|hindu*|sikh*|sardar*|isai*|christian*|
      yahudi*|sharnarthi*|refugee*|viklang*|apahij*|divyang*|andhe|behre|buddhe|boodhe|budhe log`),
    slur: w(`chudail|chudailo|chudailon|churail|daayan|dayan|kulta|kultao|chhinal|raand|veshya|vaishya|tawaif|kalmuhi|katuwa|katuve|katuwe|katwa|chinki*|chinky|katua*|katwe|katue|mulla|mulle|mullo|mullon|^jihadi*|^chamar*|bhangi*|chuhra*|
      chura|randi|randiya|randiyan|randiyo|chakka|chakke|kinnaro|madrasi*|kaalu|kallu|habshi*|pakistani kutte|
      aatankwadi*|suar ki aulad|bhadwa|bhadwe`),
    derog:
      w(`asabhya|asabhy|asabhyata|jungli|jangli|badtameez|badtamiz|avmanna|avmanana|avmanana|apmaan|tiraskaar|ghrinaspad|ghrinit|napasand|naapasand|bakwas|bhoosa|bhusa|nautanki|pashu|dimak|rog|^virus|vayrus|shaitan|shaitaan|rakshas|raakshas|paap|paapi|asahniya|nafrath|nafrt|ghrina karta|ghrina karti|ghrina karte|ghinaune|ghinauni|makode|makkhi|makhi|keede|sadi hui|sada hua|badboodar|ghatiya|bekaar|nikammi|nikamme|bojh|gand|gandagi|kalank|nafrat|nafrath|nafrat karta|nafrat karti|nafrat karte|ghrina|ghrna|ghirna|ghin|ghinona|ghinone|
      ghinoni|ghinauna|ghinaune|tiriskar|tiraskar|bardasht nahi|bardasht nahin|pasand nahi|kharab|sabse kharab|
      bura|bure|buri|ganda|gande|gandi|gandagi|gandgi|gandigi|neech|nich|kamine|kameene|kaminey|ghatiya|
      beiman|beimaan|jhoothe|jhute|chor|khatarnak|khatra|pagal|murkh|moorkh|bevkoof|bewakoof|bevakoof|
      bedimag|bedimaag|bina dimaag|dhool|kachra|kachre|kuda|kude|kooda|parjeevi|keede|keeda|keedo|kide|
      chuhe|chuho|choohe|kutte|kutta|kutton|suar|suwar|sooar|janwar|janwaar|janwaro|janwaron|tuchh prani|
      tuchh|kark rog|^cancer|bimari|mahamari|barbadi|barbaad|battar|badtar|bekaar|bekar|gussa|krodh|
      gussa aata|gussa dilate|bimar karte|bimar karti|pratikarak|hinsak|kroor|jaahil|jahil|gawar|ganwar|
      nikamme|nikamma|haramkhor|deshdrohi|desh drohi|kalank|bojh|gulam|ghuspaithiye|ghuspaithi|ghuspaith|
      dimaag chude|dimag kharab|paagal|sharm*|besharm*|ganwaar|jhund|mar hi jaunga|gandi naali|naali ke keede|
      ullu|gadhe|gadha|be-imaan|badbudar|badboo|sade|sadd|gande|mooh kala|zaleel|kamzarf|nalayak|naalayak|
      aukaat nahi|koi aukaat|nafrat hai|ghin aati|ghin aata|zehar|zaher|kaalikh|bekaar log|nahi jhel sakta|jhel nahi sakta|bardasht se bahar|chid|chidh|chidhta|khoon khaulta|mann nahi karta|ji machlata|ulti aati|ghinn|ghin aati hai|nafrat hai mujhe|dhokebaaz|dhokebaz|gaddar|gaddaar|maile|badbu|badboo|anpadh|anpad|haiwan|haivan|darinde|darinda|khooni|aatanki|lutere|bhikhari|bhikari|aalsi|kamchor|keede makode|keede-makode|bandar|bandaro|saanp|jonk|zeher|napunsak|naali ke keede|gande log|neech log|ghatiya log|bekaar log|kaale kalute|kalute|be-sharam|sharam nahi aati|gandi naslon|nasl|badnaam|kalank hain|bojh hain|boj hain|desh ke liye khatra|samaj ke liye khatra|kisi kaam ke nahi|kisi kaam ka nahi|kisi kaam ki nahi`),
    insult: w(`chutiya|chutiye|chutiyo|bewakoof|gadha|ullu ka pattha|ullu ke pathe|kutta|kutte|kutiya|suar|
      kamina|kamine|haramkhor|harami|haramzada|haramzade|haramzadi|nalayak|bhadwa|bhadwe|gandu|bhosdike|
      bhosdi ke|madarchod|behenchod|bhenchod|lodu|lode|laude|lavde|randi|tatti|gadhe|besharam|kameena`),
    violence:
      w(`dubo|dubo do|dubo dena|duba do|dooba do|dubana|dubaana|dubaa|samapt|smapt|samapt kar|nasht|nasht kar|nasht karna|barbaad kar|hatya|hatyaa|hatya karna|maarenge|marenge|maarna|peetenge|peetna|ghayal|zakhmi|mitane|mitana|mitao|mitaya|mitayenge|khamiyaza|bhugatna|bhugtenge|bhugatenge|saza do|sazaa do|dand do|kaatenge|kaatna|jalana|jalaenge|jalayenge|latkao|fansi do|nikal phenko|bahar phenko|maar|maarna|maarunga|maar dunga|mar dunga|maar do|maar dalo|maar dena|maar dene|mar do|
      jaan se maar*|jaan se maarna|khatam|khatam karna|khatam kar|mita|mita do|mita dein|mita diya|mitana|
      goli|goli maar*|goli mar*|chaku|chaku maar*|chaku mar*|chakoo|peedit|peedit karna|peedit hote|chot|
      chot pahunch*|gardan|gardan kaat*|gala kaat*|gala|kaat|kaat dunga|kaat do|hamla|humla|atyachaar|
      atyachar|chutkara|chhutkara|fansi|phansi|faansi|latka|latka do|latka dena|vadh|qatl|katl|katl-e-aam|
      qatl-e-aam|jala|jala do|jala dena|jalana|zinda jala*|balatkar|balaatkar|pitai|peet|peeto|maut|mrutyu|
      mrityu|marne layak|marna chahiye|marne chahiye|khoon|tabah|nikal do|bhaga do|bhagao|maaro|maro|
      mar jao|mar jaye|mar jayen|daav pe|daav par|zinda gaad*|kuchal*|bomb|udaa do|uda do|phoonk do|
      jahannum|dafna do|sazaa-e-maut|maar daalo|maar dalo|maar do|kaat do|kaat daalo|kaat dalo|jala do|jala dalo|phoonk do|goli maar do|goli mar do|latka do|fansi do|fansi pe latka|khatam kar do|mita do|saaf kar do|safaya|safaaya|nikalo|bhagao|desh se nikalo|desh se bhagao|peeto|thok do|tapka do|uda do|khoon kar|marne do|sadak pe maaro|zinda jala do|kaat ke|maar ke|peet peet|lynch|maut ke ghaat|maut de do`),
    profanity: w(`chutiya*|chutiye|chut|chod|chodu|chodo|chudwa*|chudi|chude|chudai|bhenchod|behenchod|
      bhen chod|behen chod|^bc|^mc|madarchod|maderchod|madar chod|gandu|gaand|gand|lund|lauda|laude|lode|
      lodu|bhosdi*|bhosdike|bhosda|harami|haramzada*|haramzade|kamina|kamine|tatti|tatt1|jhant*|randi*|
      saala|saale|sala|kutte|kutiya|lundkhopdi|teri maa ki|teri maa|maa ki|behen ki|bsdk|mkc|^bkl|
      bhadwe|bhadwa|jhaatu|jhatu|chinal|tharki|haraami`),
    positive:
      w(`akalmand|aklmand|akalmandi|hoshiyar|hoshiar|hushiyar|chatur|gyani|gyaani|kabil|kaabil|qabil|safal|mehnati|imaandaar|bharosemand|vishwasniya|sacche|sachche|khoobsurat|khubsurat|pyare|pyaare|izzatdar|keemti|kimti|mulyavan|zaroori|mahatvapurn|barabari|samanta|azadi|aazadi|swatantrata|adhikaar|acchi|achi|achchi|achha|acha|badhiya|shandaar|sabhya|sushil|samajhdar|barabar|baraabar|saman|samaan|insaan|insan|manav|izzat|samman|daya|hamdardi|jagah|sthan|
      haq|hak|adhikar|mulya|keemat|buddhimaan|samajhdaar|samjhdaar|sundar|accha|acche|achhe|layak|jeene|
      jeena|jeene ka haq|zindagi ka haq|mahatva|maayne|mayne|upyogi|kaam ke|bharosa|vishwaas|vishwas|
      imaandaar|imandar|sabhya|swagat|pyaar|pyar|rehne ka haq|koi haq nahi|haq nahi|izzat nahi|barabar nahi|insaan nahi|insaan hain|samman`),
    negator: w(`nahi|nahin|nai|nhi|nahi hai|na|mat|kabhi nahi|kabhi nahin|bilkul nahi|bina|koi nahi`),
    only: w(
      `ke ilava|ke alava|ke siva|ke sivay|ke siwa|ilava|alava|ilawa|alawa|siva|sivay|siwa|se bhi battar|se zyada|se bhi bura`,
    ),
    report: w(`kaha|kehna|kehte|kehne|kahne|kahte|kehta|kehti|bolna|bola|bolte|bolne|bolta|bolti|likha|
      likhna|likhte|likhne|dhamki|dhamkee|maang|maangna|post|posts|comment|comments|tippani|shabd|batein|
      baatein|jaisi baatein|jaise shabd|nasli|nasalvad|bhedbhav|jativad|jaativaad|nafrat bhari|band karo|
      band karna|band kar|bas karo|jail|giraftar|report karunga|block|galat hai|bura hai|sharam aani|
      sharm karo|kaise keh|kaise bol|bakwas band|kehna band karo|bolte ho|kehte ho|jo kehte hain|aisi baatein|aise shabd|nafrat phailana|nafrat failana|nasalvaad|police|giraftaar|shikayat|report karo|galat baat|sharmnak`),
    protect: w(`hone dena|hone denge|dena chahiye|sehna|sehan|bardasht karna|bardasht karenge|dekhte rehna|
      dekhte rahenge|chup rehna|layak nahi`),
    they: w(`wo|woh|ve|vo|un|unhe|unhen|unko|unki|unka|unke|inhe|inko|inki|inke|ye|yeh|ye log|wo log`),
    you: w(`tum|tu|aap|tumhe|tumhein|tujhe|tere|tera|teri|tumhare|tumhara|tumhari|aapke|aapka|aapki|
      tum jaise|tere jaise|tum log|tumlog`),
    why: w(`kya ye|kya yeh|kya yah|kyu|kyun|kyon|kyu na|kyun na|kyon na`),
    clause: w(`aur|lekin|magar|kyunki|kyuki|kyonki|jab|agar|ya|khaskar|jabki|taki|phir bhi|to bhi`),
    avoid: w(
      `chhua|chhuya|chhua hua|chua hua|chuha hua|chhui|chhue|chhuna|chhuyi|chua|haath lagaya|haath lagaye|marna pasand|mar jana pasand`,
    ),
    function: w(`hai|hain|hun|hoon|tha|thi|ko|ke|ki|ka|se|mai|mein|pe|bhi|yeh|ek|sab|sabhi|saare|sare|
      kuch|koi|bahut|bohot|bahot|zyada|jyada|jo|kya|kaise|kaun|kahan|kab|yaha|yahan|waha|wahan|aaj|abhi|
      logo|logon|mujhe|hum|hume|humein|humko|mera|meri|mere|hamara|hamare|apna|apne|apni|karta|karti|
      karte|karna|raha|rahi|rahe|gaya|gayi|gaye|sakta|sakti|sakte|chahiye|chaiye|lagta|lagti|lagte|hota|
      hoti|hote|wala|wale|wali|jaise|jaisa|liye|saath|baad|pehle|andar|bahar|kyunki|agar|lekin|aur|matlab|
      bilkul|sirf|bas|hamesha|humesha|kabhi|phir|fir|itna|itni|itne|kitna|kitni|kitne|dekh|dekho|dekha|
      keval|desh|duniya|sarkar|samaj|zindagi|pyaar karta|pasand hai|garv|khush|adbhut|shandar|mahaan`),
  },
};
