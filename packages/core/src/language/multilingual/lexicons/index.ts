import type { Lexicon } from "../lexicon.js";
import { ar } from "./ar.js";
import { bn } from "./bn.js";
import { cy } from "./cy.js";
import { de } from "./de.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { hiLatn } from "./hi-latn.js";
import { it } from "./it.js";
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
 * Every lexicon of the multilingual pass; at most 31 (one bit each). The ten languages of
 * Multilingual HateCheck first, then the other main languages of England and Wales (2021 Census).
 */
export const LEXICONS: readonly Lexicon[] = [
  de,
  fr,
  es,
  it,
  pt,
  nl,
  pl,
  ar,
  hiLatn,
  zh,
  ro,
  tr,
  cy,
  so,
  bn,
  ur,
  pa,
  lt,
  bg,
  fa,
  hu,
  gu,
  ta,
  hi,
];
