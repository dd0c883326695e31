export type { LanguageFinding, LanguageKind } from "./analyse.js";
export { analyseLanguage, LANGUAGE_KINDS } from "./analyse.js";
