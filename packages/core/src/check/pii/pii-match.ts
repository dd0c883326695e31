import type { PiiCategory } from "../categories.js";

/** One piece of personal data found in a text; offsets are UTF-16 indices, end exclusive. */
export interface PiiMatch {
  readonly category: PiiCategory;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** For a person's name: a care setting next to it makes them a patient (clinical.patient_information). */
  readonly patient?: true;
}

/** The text just before and after a span, for the context cues the detectors use. */
export function windowAround(
  text: string,
  start: number,
  end: number,
  before: number,
  after: number,
): string {
  return text.slice(Math.max(0, start - before), Math.min(text.length, end + after));
}

export function textBefore(text: string, start: number, chars: number): string {
  return text.slice(Math.max(0, start - chars), start);
}
