import type { Lexicon } from "../lexicon.js";
import { w } from "./words.js";

/** Panjabi: Gurmukhi, and romanised Panjabi (matched on spelling skeletons like romanised Hindi). */
export const pa: Lexicon = {
  lang: "pa",
  skeleton: true,
  prodrop: true,
  words: {
    ident: w(`ਔਰਤਾਂ|ਔਰਤ|ਕੁੜੀਆਂ|ਮੁਸਲਮਾਨ*|ਹਿੰਦੂ*|ਸਿੱਖ*|ਕਾਲੇ|ਗੇ|ਪਰਵਾਸੀ*|ਅਪਾਹਜ*|ਜ਼ਨਾਨੀਆਂ|zananiyan|kudiyan|
      musalmaan*|goreyan|kaaleyan|^chuhre|^chamaar*`),
    slur: w(`ਚੂਹੜਾ*|ਚੂਹੜੇ*|ਚਮਾਰ*|ਖੁਸਰਾ*|ਖੁਸਰੇ*|ਰੰਡੀ*|^chuhra|^chuhre|^choohre|^khusra|^khusre|randi|rand|
      bhainchod|^chamaar|^chamar`),
    derog: w(`ਨਫ਼ਰਤ*|ਗੰਦਾ*|ਗੰਦੇ*|ਘਟੀਆ*|ਕਮੀਨੇ*|ਕੁੱਤੇ*|ਸੂਰ*|ਬੇਸ਼ਰਮ*|ਬੇਵਕੂਫ਼*|ਨਿਕੰਮੇ*|ਚੋਰ*|ਝੂਠੇ*|ਲਾਹਨਤ*|
      ganda|gande|gandi|ghatiya|ghatia|kamine|kameene|kutte|kuttey|kuttiya|suar|soor|besharam|
      bewakoof|nikamme|nikkamme|chor|jhoothe|lahnat|laanat|lanat|bekaar|jaahil|jahil|badtameez`),
    insult: w(`ਕੁੱਤੇ ਦਾ ਪੁੱਤ|ਕੁੱਤਾ|ਕਮੀਨਾ|ਹਰਾਮੀ*|ਹਰਾਮਜ਼ਾਦੇ*|ਭੈਣਚੋਦ*|ਖੋਤਾ|ਉੱਲੂ|kutte da putt|kuttey di aulaad|
      khota|khotey|khote|ullu|harami|haramzade|haramzada|kamina|kamine|bhootni de|bhootni ke|lulla|
      phuddu|fuddu|gandu|pehn di`),
    violence: w(`ਮਾਰ*|ਮਾਰਦਿਆਂ*|ਕਤਲ*|ਸਾੜ*|ਵੱਢ*|maar|maardanga|maar dena|maar deyange|vadh|vaddh|saad|
      saar deyange|katl|qatl|goli|phansi`),
    profanity: w(`ਭੈਣਚੋਦ*|ਮਾਂਚੋਦ*|ਫੁੱਦੂ*|ਲੁੱਲ*|ਗਾਂਡ*|ਪੈਣ ਦੀ|bhenchod|bhainchod|penchod|pencho|maa di|
      maa da|pehn di|phuddi|fuddi|lun|lann|gaand|gand|tatti`),
    positive: w(`ਇਨਸਾਨ*|ਇੱਜ਼ਤ*|ਹੱਕ*|insaan|izzat|haq`),
    negator: w(`ਨਹੀਂ|ਨਾ|ਕਦੇ|nahin|nahi|nai|na|kade|kade nahi`),
    report: w(`ਕਿਹਾ*|ਕਹਿੰਦੇ*|ਲਿਖਿਆ*|keha|kehnde|likhya|likheya|bas karo|band karo`),
    they: w(`ਉਹ|ਉਨ੍ਹਾਂ|ਇਹ|oh|ohna|unha|ehna|eh`),
    you: w(`ਤੁਸੀਂ|ਤੂੰ|ਤੈਨੂੰ|ਤੁਹਾਨੂੰ|ਤੁਹਾਡੇ|ਤੇਰੇ|ਤੁਸੀ|tusi|tussi|tusin|tu|tainu|tenu|tuhanu|tuhade|tuhada|
      tuhadi|tere|tera|teri|tuhannu`),
    clause: w(`ਪਰ|ਕਿਉਂਕਿ|ਅਤੇ|ਤੇ|ਜੇ|ਜਦੋਂ|par|kyunki|te|je|jadon|ki`),
    function: w(`ਹੈ|ਹਨ|ਸੀ|ਨੂੰ|ਦਾ|ਦੀ|ਦੇ|ਵਿੱਚ|ਤੋਂ|ਨਾਲ|ਮੈਂ|ਅਸੀਂ|ਸਾਡਾ|ਮੇਰਾ|ਹਸਪਤਾਲ*|hai|han|si|nu|da|di|de|vich|
      ton|naal|main|assi|asi|saada|sada|mera|meri|mere|ki|kiven|kithe|kadon|aithe|othe|hun|aaj|
      hospital|doctor|nurse|sare|saare|sab|bahut|bohat|koi|kuj|kujh|vi|hi|ho|hoya|gaya|gayi|karde|
      karda|kardi|lagda|chahida`),
  },
};
