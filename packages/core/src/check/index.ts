export * from "./categories.js";
export * from "./check.schema.js";
export { applyReplacements, checkPost, DEFAULT_ACCOUNT_TYPE, verdictOf } from "./check-post.js";
export { platformLength } from "./detectors/platform.rules.js";
export {
  compilePhraseIndex,
  restorePhraseIndex,
  type SavedPhraseIndex,
  savePhraseIndex,
  usePhraseIndexStore,
} from "./phrases/phrase-index.js";
export { plainCheckInput } from "./plain-check-input.js";
