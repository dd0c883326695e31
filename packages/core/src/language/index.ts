export type { LanguageFinding, LanguageKind } from "./analyse.js";
export {
  analyseLanguage,
  LANGUAGE_KINDS,
  LANGUAGE_PREFILTER_INPUT,
  languagePrefilterTables,
  useLanguagePrefilterTables,
} from "./analyse.js";
export {
  lexiconIndex,
  lexiconTables,
  useLexiconTables,
} from "./multilingual/analyse-multilingual.js";
export type { SerialisedLexicons } from "./multilingual/word-index.js";
export type { PrefilterTables } from "./prefilter.js";
