import { describe, expect, it } from "vitest";
import type { PiiCategory } from "../categories.js";
import { compilePiiAllow, findPii } from "./index.js";

const allow = compilePiiAllow({
  phones: ["01206 573019"],
  postcodes: ["CO4 5JL"],
  emails: ["pals@eput.nhs.uk"],
});

function categories(text: string): PiiCategory[] {
  return findPii(text, allow).map((m) => m.category);
}

// [text, categories expected] — true cases and the precision traps of issue 4.
const TABLE: ReadonlyArray<readonly [string, readonly PiiCategory[]]> = [
  ["NHS no 943 476 5919 please chase bloods", ["pii.nhs_number"]],
  ["nhs number:9434765919", ["pii.nhs_number"]],
  ["nhs no.943-476-5919 on the letter", ["pii.nhs_number"]],
  // No three digits side by side anywhere: these used to skip the NHS number and phone detectors.
  ["NHS no 94 34 76 59 19", ["pii.nhs_number"]],
  ["NHS number 9 4 3 4 7 6 5 9 1 9 on the form", ["pii.nhs_number"]],
  ["text me on 07 70 09 00 12 3", ["pii.phone"]],
  ["Order ref 9434765918 has shipped", []],
  ["Meeting ID 591 823 4048 at 2pm", []],
  ["Call +44 7700 900123 tonight", ["pii.phone"]],
  ["text me on 07700900123", ["pii.phone"]],
  ["Our switchboard is 01206 573019", []],
  ["Call NHS 111 or 999, or Samaritans on 116 123, or text SHOUT to 85258", []],
  ["Appointments line 0300 123 4567", []],
  ["Her home number is 0161 496 0734", ["pii.phone"]],
  ["NI number AB 12 34 56 C", ["pii.nino"]],
  ["ref QQ 12 34 56 C", []],
  ["She lives at 14 Acacia Avenue", ["pii.address"]],
  ["new house! 12 rowan close, finally", ["pii.address"]],
  ["a 12 hour shift close to home", []],
  ["Drop it round to me at 9 The Paddocks, Great Ayton", ["pii.address"]],
  ["Her postcode is SW1A 2AA", ["pii.postcode"]],
  ["Colchester Hospital, CO4 5JL", []],
  ["DOB 12/03/1950", ["pii.date_of_birth"]],
  ["born on 3rd March 1935 in Leeds", ["pii.date_of_birth"]],
  ["Join us on 12 March 2026 for our open day", []],
  ["Applications close 30/06/2026", []],
  ["The NHS was founded on 5 July 1948, happy birthday NHS!", []],
  ["email jane.smith@gmail.com", ["pii.email"]],
  ["write to pals@eput.nhs.uk or communications@tewv.nhs.uk", []],
  ["reach me at hannah dot quinn at gmail dot com", ["pii.email"]],
  ["Mrs Patel in bed 4 was admitted overnight", ["pii.person_name"]],
  ["Congratulations to Mrs Patel, our Matron of the Year!", []],
  ["Heard Dr Farah Siddiqui has been suspended", ["pii.person_name"]],
  ["Thank you to Dr Amy Jones for 30 years caring for patients", []],
  ["Scunthorpe, Penistone and Essex assessment centres", []],
];

describe("PII detectors (table)", () => {
  it.each(TABLE.map(([t, c]) => [t, c] as const))("%s", (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });

  it("reports UTF-16 offsets after astral characters", () => {
    const text = "😀😀 NHS 943 476 5919";
    const [hit] = findPii(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe("943 476 5919");
  });
});
