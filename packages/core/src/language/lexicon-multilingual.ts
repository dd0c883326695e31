/**
 * Insults and swearing in the community languages of the triage cues (see
 * triage/cues-multilingual.ts), so that abuse in Polish, Romanian, Punjabi,
 * Welsh, Arabic, Urdu, Bengali, Spanish, Portuguese, French or Lithuanian is
 * flagged like abuse in English. Matched on the lower-cased text with Unicode
 * letter boundaries.
 */
const STEMS = [
  // Polish
  "idiot[óo]w|idioci|debil\\p{L}*|kurw\\p{L}*|chuj\\p{L}*|spierdal\\p{L}*|pierdol\\p{L}*|bandą idiotów|banda idiotów|złodzieje",
  // Romanian
  "proști|prosti|nesimțiți|nesimtiti|idioți|idioti|pula|muie|dracu|bou(?:lui)?|porci",
  // Punjabi / Urdu / Hindi (romanised)
  "bewakoof|bevakoof|kuttey|kutte|kutta|kamine|kamina|harami|haramzade|gandu|bhenchod|behenchod|madarchod|chutiya|sooar|ullu ke pathe",
  // Welsh
  "dwp|twp|diwerth|cachu|ffycin|bastad",
  // Arabic / Urdu / Bengali scripts
  "كلاب|زبالة|حمار|غبي|كلب|حقير|کتے|حرامی|بیوقوف|کمینے|কুত্তা|শুয়োর|হারামি",
  // Spanish / Portuguese / French / Lithuanian
  "idiotas|imbéciles|mierda|puta|cabrones|pendejos|merda|porra|caralho|connards?|putain|salope|abrutis|enculés?|idiotai|kvailiai|bybis",
];

export const MULTILINGUAL_ABUSE = new RegExp(`(?<![\\p{L}])(?:${STEMS.join("|")})(?![\\p{L}])`, "gu");

/** Only texts with non-ASCII letters or romanised South Asian words need this pass. */
export const MAYBE_NOT_ENGLISH = /[\u0080-\uffff]|\b(?:ho|hai|haan|nu|tusi|sare|yn|chi|sunteți|jesteście)\b/;
