import type { Lexicon } from "../lexicon.js";
import { ar } from "./ar.js";
import { bn } from "./bn.js";
import { cy } from "./cy.js";
import { de } from "./de.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { hiLatn } from "./hi-latn.js";
import { it } from "./it.js";
import { LDNOOBW } from "./ldnoobw.js";
import { LDNOOBW_EXCLUDED } from "./ldnoobw-excluded.js";
import { bg, fa, gu, hi, hu, lt, ta } from "./misc.js";
import { nl } from "./nl.js";
import { pa } from "./pa.js";
import { pl } from "./pl.js";
import { pt } from "./pt.js";
import { ro } from "./ro.js";
import { so } from "./so.js";
import { tr } from "./tr.js";
import { ur } from "./ur.js";
import { zh } from "./zh.js";

/**
 * A lexicon with the swearing of LDNOOBW (ldnoobw.ts) added to its own, less the words excluded
 * there. Words in Latin letters count only in a text that shows the language ("^", lexicon.ts).
 */
function withLdnoobw(lexicon: Lexicon, list: string): Lexicon {
  const excluded = LDNOOBW_EXCLUDED[list] ?? new Set<string>();
  const words = (LDNOOBW[list] ?? [])
    .map((word) => word.toLowerCase().trim())
    .filter((word) => word.length > 1 && !excluded.has(word) && !/[,.\d]/.test(word))
    .map((word) => (/^[\p{Script=Latin}\s'-]+$/u.test(word) ? `^${word}` : word));
  return {
    ...lexicon,
    words: { ...lexicon.words, profanity: [...(lexicon.words.profanity ?? []), ...words] },
  };
}

/**
 * Every lexicon of the multilingual pass; at most 31 (one bit each). The ten languages of
 * Multilingual HateCheck first, then the other main languages of England and Wales (2021 Census).
 */
export const LEXICONS: readonly Lexicon[] = [
  withLdnoobw(de, "de"),
  withLdnoobw(fr, "fr"),
  withLdnoobw(es, "es"),
  withLdnoobw(it, "it"),
  withLdnoobw(pt, "pt"),
  withLdnoobw(nl, "nl"),
  withLdnoobw(pl, "pl"),
  withLdnoobw(ar, "ar"),
  withLdnoobw(hiLatn, "hi"),
  withLdnoobw(zh, "zh"),
  ro,
  withLdnoobw(tr, "tr"),
  cy,
  so,
  bn,
  ur,
  pa,
  lt,
  bg,
  withLdnoobw(fa, "fa"),
  withLdnoobw(hu, "hu"),
  gu,
  ta,
  hi,
];
