import { AR } from "./ar.js";
import { BG } from "./bg.js";
import { BN } from "./bn.js";
import { CY } from "./cy.js";
import { DE } from "./de.js";
import { ES } from "./es.js";
import { FA } from "./fa.js";
import { FR } from "./fr.js";
import { GU } from "./gu.js";
import { HU } from "./hu.js";
import { IT } from "./it.js";
import { LT } from "./lt.js";
import { PA } from "./pa.js";
import { PL } from "./pl.js";
import { PT } from "./pt.js";
import { RO } from "./ro.js";
import { RU } from "./ru.js";
import { SO } from "./so.js";
import { SQ } from "./sq.js";
import { TA } from "./ta.js";
import { TR } from "./tr.js";
import type { ConceptLexicon } from "./types.js";
import { UK } from "./uk.js";
import { UR } from "./ur.js";
import { ZH } from "./zh.js";

/** In the order of multilingual/index.ts: Welsh, then the main languages of England and Wales. */
export const LEXICONS: readonly ConceptLexicon[] = [
  CY,
  PL,
  RO,
  PA,
  UR,
  PT,
  ES,
  AR,
  BN,
  GU,
  IT,
  LT,
  ZH,
  FR,
  TA,
  TR,
  SO,
  BG,
  FA,
  HU,
  DE,
  RU,
  UK,
  SQ,
];
