export type { LanguageFinding, LanguageKind } from "./analyse.js";
export {
  analyseLanguage,
  LANGUAGE_KINDS,
  LANGUAGE_PREFILTER_INPUT,
  languagePrefilterTables,
  useLanguagePrefilterTables,
} from "./analyse.js";
export type { PrefilterTables } from "./prefilter.js";
