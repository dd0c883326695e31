import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** Welsh (initial mutations are listed with the root where they matter: twp, dwp). */
export const cy: Lexicon = {
  lang: "cy",
  latinNeedsEvidence: true,
  words: {
    ident: w(`menywod|merched|hoyw|lesbiaid|pobl drawsryweddol|traws|pobl ddu|duon|iddewon|mwslemiaid|
      ffoaduriaid|mewnfudwyr|tramorwyr|saeson|pobl anabl|anabl|sipsiwn|hen bobl`),
    slur: w(`sais diawl|saeson diawl|bastad sais|hoywon diawl`),
    derog: w(`casáu|casau|cas|ffiaidd|afiach|twp|dwp|diwerth|di-werth|diwerthwch|diog|budr|brwnt|
      anghymwys|da i ddim|dim gwerth|gwarthus|cywilyddus|ofnadwy|erchyll|sbwriel|ysbwriel|moch|mochyn|
      cŵn|ci|llygod mawr|parasitiaid|celwyddgwn|lladron|ffyliaid`),
    insult: w(`twpsyn|twpsod|ffŵl|ffwl|ffyliaid|bastad|bastads|coc oen|cachgi|cachgwn|hwch|buwch|diawl|
      diawled|idiot|idiotiaid|mochyn budr|lembo|lembos`),
    violence: w(`lladd|lladdaf|llofruddio|curo|crogi|saethu|llosgi|trywanu|marw|boed iddynt farw`),
    profanity: w(`cachu|ffycin|ffwcin|ffyc|ffycio|uffern|blydi|diawl|myn diawl|cont|coc|pidlen|tin`),
    positive: w(`pobl|cyfartal|parch|hawl|hawliau|croeso|da`),
    negator: w(`dim|ddim|nid|na|nac|nad|byth|erioed|heb`),
    report: w(`dweud|dweud bod|galw|ysgrifennu|sylw|sylwadau|hiliol|hiliaeth|gwahaniaethu|stopio|digon`),
    they: w(`nhw|hwy|hwythau|y rhain|y rheiny`),
    you: w(`chi|ti|chdi|chwi|eich|dy|eich hunain|chithau|tithau`),
    clause: w(`ond|achos|oherwydd|fel|a|ac|neu|os|pan|bod`),
    function: w(`yn|y|yr|mae|mae'n|rwy|rydw|dwi|ydw|ydy|oedd|bydd|roedd|hi|fe|fo|ni|nhw|o|i|ar|am|gyda|efo|
      yng|ym|yma|yna|heddiw|nawr|rŵan|rwan|iawn|hefyd|gan|wrth|ei|ein|eu|fy|sy|sydd|ysbyty|meddyg|nyrs|
      nyrsys|staff|ward|diolch|rydych|rydyn|gyd|i gyd|ydych|ydyn|chwarae`),
  },
};
