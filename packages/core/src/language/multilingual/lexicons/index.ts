import type { Lexicon } from "../lexicon.js";
import { de } from "./de.js";

/** Every lexicon of the multilingual pass; at most 31 (one bit each). */
export const LEXICONS: readonly Lexicon[] = [de];
