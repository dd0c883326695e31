import type { Lexicon } from "../lexicon.js";
import { ar } from "./ar.js";
import { de } from "./de.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { hiLatn } from "./hi-latn.js";
import { it } from "./it.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";
import { pt } from "./pt.js";
import { zh } from "./zh.js";

/** Every lexicon of the multilingual pass; at most 31 (one bit each). */
export const LEXICONS: readonly Lexicon[] = [de, fr, es, it, pt, nl, pl, ar, hiLatn, zh];
