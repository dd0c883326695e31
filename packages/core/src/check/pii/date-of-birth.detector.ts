import { scanning, testFrom, unionOfCues } from "./cue-union.js";
import type { PiiMatch } from "./pii-match.js";
import { windowAround } from "./pii-match.js";

// English, and the months of the other languages staff write in (Welsh, Polish in the genitive,
// Romanian, Spanish, Portuguese), so "ganwyd 1 Ionawr 1930" and "17 de septiembre de 1964" are dates.
const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?" +
  "|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr" +
  "|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrze\u015bnia|pa\u017adziernika|listopada|grudnia" +
  "|ianuarie|februarie|martie|aprilie|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie" +
  "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre" +
  "|janeiro|fevereiro|mar\u00e7o|maio|junho|julho|setembro|outubro|novembro|dezembro)";
// Numeric (12/03/1950, 1950-03-12) and written (12th March 1950, March 12, 1950) dates.
const DATE = new RegExp(
  [
    String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th|\.)?(?:\s+(?:of|de))?\s+${MONTH}\.?,?(?:\s+(?:de\s+)?\d{4}\b)?`,
    String.raw`\b${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4}\b)?`,
  ].join("|"),
  "gi",
);
const HAS_YEAR = /\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;
// An explicit date-of-birth label ties even a day and month to a person (CPG58 §3.3).
const DOB_LABEL =
  /\b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s*date|born(?:\s+on)?|b\.\s*\d|ganwyd|dyddiad geni|urodzon[aey]?|data urodzenia|n\u0103scut[\u0103a]?|data na\u0219terii|nacid[oa]|fecha de nacimiento|nascid[oa]|data de nascimento)/i;
// "birthday" or an age ties a full date (with year) to a person.
// "the NHS was founded on 5 July 1948": an organisation's birthday is no one's date of birth.
const FOUNDING = /\b(?:founded|established|opened|launched|formed|built|anniversary|since)\b/i;
const BIRTH_OR_AGE =
  /\b(?:birthday|birth|aged?\s+\d{1,3}|\d{1,3}\s*(?:years?|yrs?)\s*old|\d{1,3}(?:st|nd|rd|th)\s+birthday|penblwydd|\d{1,3}\s+(?:oed|lat|de ani|anos))\b/i;

// A birth announcement ties its date to the baby even without the word "born".
const BABY = /\b(?:baby|babies|twins|triplets|newborn|little one)\b/i;
const ARRIVAL = /\b(?:arrived|arrival|delivered|weighing|welcomed|came into the world)\b/i;

/** The whole-text tests that gate this detector, for findPii's single cue scan. */
export const DATE_OF_BIRTH_CUES: readonly RegExp[] = [BABY, DOB_LABEL, BIRTH_OR_AGE];
const BABY_FROM = scanning(BABY);
const DOB_LABEL_FROM = scanning(DOB_LABEL);
const BIRTH_OR_AGE_FROM = scanning(BIRTH_OR_AGE);
const ANY_DATE_OF_BIRTH_CUE_FROM = scanning(unionOfCues(DATE_OF_BIRTH_CUES));

// A full numeric date with a year of birth (1900-2015) right after a full name, as in a list or a
// record: "Hassan Ali 07/09/1979", "O'Brien, Mary (01.02.1944)". No label needed: the name and the
// date together are a person's record (CPG58 §3.3).
const BIRTH_YEAR_DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-](?:19\d\d|200\d|201[0-5])\b/g;
const FULL_NAME_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{Ll}'’-]+,?\s+\p{Lu}[\p{Ll}'’-]+,?\s*[([]?$/u;

/** Appends the dates of birth written straight after a full name (BIRTH_YEAR_DATE) that are not found already. */
export function detectNamedBirthDates(text: string, out: PiiMatch[]): void {
  BIRTH_YEAR_DATE.lastIndex = 0;
  for (let m = BIRTH_YEAR_DATE.exec(text); m !== null; m = BIRTH_YEAR_DATE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!FULL_NAME_BEFORE.test(text.slice(Math.max(0, start - 40), start))) continue;
    if (out.some((p) => p.start < end && p.end > start)) continue;
    if (FOUNDING.test(windowAround(text, start, end, 45, 40))) continue;
    out.push({ category: "pii.date_of_birth", start, end, value: m[0] });
  }
}

/**
 * Appends the dates next to a birth or age cue in `text` to `out`. `cuesFrom` is where the
 * first of DATE_OF_BIRTH_CUES (or another detector's cue) matches, -1 if none does.
 */
export function detectDatesOfBirth(text: string, cuesFrom: number, out: PiiMatch[]): void {
  // A date only counts next to a birth or age cue, so without one anywhere there is nothing to find.
  if (cuesFrom < 0 || !testFrom(ANY_DATE_OF_BIRTH_CUE_FROM, text, cuesFrom)) return;
  const announcement = testFrom(BABY_FROM, text, cuesFrom) && ARRIVAL.test(text);
  if (
    !(announcement || testFrom(DOB_LABEL_FROM, text, cuesFrom) || testFrom(BIRTH_OR_AGE_FROM, text, cuesFrom))
  )
    return;
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m !== null; m = DATE.exec(text)) {
    const value = m[0].replace(/[.,\s]+$/, "");
    const start = m.index;
    const end = start + value.length;
    const around = windowAround(text, start, end, 45, 40);
    const dob = DOB_LABEL.test(around);
    if (FOUNDING.test(around)) continue;
    if (!dob && !(HAS_YEAR.test(value) && (announcement || BIRTH_OR_AGE.test(around)))) continue;
    out.push({ category: "pii.date_of_birth", start, end, value });
  }
}
