export type { LanguageFinding, LanguageKind } from "./analyse.js";
export {
  analyseLanguage,
  LANGUAGE_KINDS,
  languagePrefilterInput,
  languagePrefilterTables,
  useLanguagePrefilterTables,
} from "./analyse.js";
export { groupSources, useGroupSources } from "./compile.js";
export {
  lexiconIndex,
  lexiconTables,
  useLexiconTables,
} from "./multilingual/analyse-multilingual.js";
export type { SerialisedLexicons } from "./multilingual/word-index.js";
export type { PrefilterTables } from "./prefilter.js";
