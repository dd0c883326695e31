/**
 * Deterministic corpus of draft posts (50–280 characters) for the checker benchmarks:
 * mostly ordinary trust posts, with personal data, topics and language mixed in at
 * realistic rates so every detector family does work.
 */
let seed = 20261124;
function rnd(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T;
}
function digits(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(rnd() * 10);
  return s;
}

const OPENERS = [
  "Huge thanks to the team on the children's ward for",
  "Join us at our open day on 12 March to find out about",
  "Our physiotherapy service is recruiting: apply by 30 June for",
  "Long night shift but so proud of everyone who helped with",
  "Reminder that flu jabs are available for all staff at",
  "Great to see so many people at the wellbeing festival talking about",
  "We're piloting a new way of booking outpatient appointments for",
  "Had a lovely chat with the lady in bed 4 about",
  "Can't believe the waiting times in A&E tonight, 12 hour waits for",
  "Off on holiday for two weeks tomorrow, house is empty so",
];
const MIDDLES = [
  "memory clinics and carers' support groups across the county",
  "the new discharge lounge, which opens next month",
  "mental health crisis support: call NHS 111 and choose option 2",
  "our volunteers, who gave 12,000 hours last year",
  "the sensory garden, built by local schoolchildren",
  "her hip operation and her grandchildren",
  "the inquest next week, which nobody is allowed to talk about",
  "staff parking and the new shuttle bus from the station",
];
const EXTRAS = [
  () => ` NHS no ${digits(3)} ${digits(3)} ${digits(4)}`,
  () => ` call me on 07700 900${digits(3)}`,
  () => " email jo.bloggs@gmail.com",
  () => " DOB 12/03/1950",
  () => " she lives at 14 Acacia Avenue, CO4 5JL",
  () => " NI AB 12 34 56 C",
  () => " what a shambles, bloody management",
  () => " Find out more on our website",
  () => " #proud #NHS",
  () => "",
  () => "",
  () => "",
];

export function makePost(i: number): {
  id: string;
  text: string;
  platform?: string;
  account?: { type: string };
} {
  let text = `${pick(OPENERS)} ${pick(MIDDLES)}.${pick(EXTRAS)()}`;
  while (text.length < 50) text += " Thank you all.";
  if (text.length > 280) text = text.slice(0, 280);
  const platform = pick(["x", "facebook", "instagram", "linkedin", undefined]);
  const type = pick(["official", "devolved", "personal"]);
  return { id: `p${i}`, text, ...(platform ? { platform } : {}), account: { type } };
}

/** PII-only corpus: the same shape of text with UK and US identifiers for the side-by-side run. */
export function makePiiPost(i: number): string {
  const base = pick(MIDDLES);
  const pii = pick([
    `NHS no ${digits(3)} ${digits(3)} ${digits(4)}`,
    `call 07700 900${digits(3)}`,
    "email jo.bloggs@gmail.com",
    "SSN 123-45-6789",
    `card 4111 1111 1111 ${digits(4)}`,
    "NI AB 12 34 56 C",
    "postcode SW1A 2AA",
    "",
  ]);
  return `${i % 2 === 0 ? pii : ""} ${base} ${i % 2 === 1 ? pii : ""}`.trim();
}
