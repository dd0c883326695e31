// Checks posts.jsonl: every line parses, ids unique, labels canonical, coverage, NHS numbers valid,
// NINOs and postcodes well formed, and the platform.length / platform.link_missing labels consistent.
// Run: node packages/core/test/check-eval/verify.mjs  (add --table to print the per-category counts)
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const CATEGORIES = [
  "pii.nhs_number",
  "pii.nino",
  "pii.postcode",
  "pii.date_of_birth",
  "pii.phone",
  "pii.email",
  "pii.address",
  "pii.person_name",
  "clinical.patient_information",
  "language.profanity",
  "language.discriminatory",
  "language.abusive",
  "topic.political",
  "topic.legal_matter",
  "topic.emergency_incident",
  "topic.trust_performance",
  "topic.medical_advice",
  "topic.commercial",
  "topic.confidential_business",
  "topic.security",
  "topic.raising_concerns",
  "topic.away_from_home",
  "account.disclaimer_missing",
  "account.brand_in_handle",
  "account.nhs_email",
  "account.logo_use",
  "media.consent_missing",
  "media.tagging",
  "platform.length",
  "platform.link_missing",
];
const BLOCKING = new Set([
  "pii.nhs_number",
  "pii.nino",
  "pii.postcode",
  "pii.date_of_birth",
  "pii.phone",
  "pii.email",
  "pii.address",
  "pii.person_name",
  "clinical.patient_information",
  "language.discriminatory",
  "language.abusive",
  "media.consent_missing",
]);
const PLATFORMS = new Set([
  "x",
  "facebook",
  "instagram",
  "linkedin",
  "youtube",
  "tiktok",
  "bluesky",
  "blog",
  "whatsapp",
  "other",
]);
const LIMITS = { x: 280, bluesky: 300 };
const MORE = /find out more|more info|read more|learn more|further information|details/i;
const URL = /https?:\/\/|www\.|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(uk|org|com|net)\/\S*/i;

function nhsValid(d) {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  let c = 11 - (sum % 11);
  if (c === 11) c = 0;
  return c !== 10 && c === Number(d[9]);
}
const NHS_LIKE = /(?<![\d])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d])/g;
const NINO = /\b([A-Z])([A-Z])[ -]?(\d{2})[ -]?(\d{2})[ -]?(\d{2})[ -]?([A-D])\b/gi;
function ninoValid(a, b) {
  const p = (a + b).toUpperCase();
  if ("DFIQUV".includes(p[0]) || "DFIOQUV".includes(p[1])) return false;
  return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(p);
}
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?) ?(\d[ABD-HJLNP-UW-Z]{2})\b/gi;

const errors = [];
const counts = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
const verdicts = { block: 0, review: 0, pass: 0 };
const platforms = {};
const ids = new Set();
let clean = 0;
const lines = readFileSync(join(here, "posts.jsonl"), "utf8").split("\n");
if (lines.at(-1) === "") lines.pop();
lines.forEach((line, i) => {
  const ln = i + 1;
  let o;
  try {
    o = JSON.parse(line);
  } catch (e) {
    errors.push(`line ${ln}: bad JSON (${e.message})`);
    return;
  }
  const where = `line ${ln} (${o.id})`;
  if (typeof o.id !== "string" || !/^c\d{4}$/.test(o.id)) errors.push(`${where}: bad id`);
  if (ids.has(o.id)) errors.push(`${where}: duplicate id`);
  ids.add(o.id);
  if (typeof o.text !== "string" || !o.text) errors.push(`${where}: no text`);
  if (o.platform && !PLATFORMS.has(o.platform)) errors.push(`${where}: bad platform ${o.platform}`);
  if (o.account && !["official", "devolved", "personal"].includes(o.account.type))
    errors.push(`${where}: bad account.type`);
  for (const m of o.media ?? []) {
    if (
      !["image", "video"].includes(m.kind) ||
      typeof m.identifiablePeople !== "boolean" ||
      typeof m.consent !== "boolean"
    )
      errors.push(`${where}: bad media`);
  }
  const cats = o.expect?.categories;
  const verdict = o.expect?.verdict;
  if (!Array.isArray(cats) || !["block", "review", "pass"].includes(verdict)) {
    errors.push(`${where}: bad expect`);
    return;
  }
  verdicts[verdict]++;
  platforms[o.platform ?? "(none)"] = (platforms[o.platform ?? "(none)"] ?? 0) + 1;
  for (const c of cats) {
    if (!(c in counts)) errors.push(`${where}: unknown category ${c}`);
    else counts[c]++;
  }
  const want = cats.some((c) => BLOCKING.has(c)) ? "block" : cats.length ? "review" : "pass";
  if (want !== verdict) errors.push(`${where}: verdict ${verdict} but categories imply ${want}`);
  if (cats.length === 0) clean++;
  const has = (c) => cats.includes(c);
  const text = o.text;

  // NHS numbers: every NHS-number-shaped run in a pii.nhs_number post must be valid; no valid one elsewhere.
  const runs = [...text.matchAll(NHS_LIKE)].map((m) => m[1] + m[2] + m[3]);
  const validRuns = runs.filter(nhsValid);
  if (has("pii.nhs_number")) {
    if (validRuns.length === 0) errors.push(`${where}: pii.nhs_number but no valid NHS number`);
    for (const r of runs) if (!nhsValid(r)) errors.push(`${where}: NHS number ${r} fails modulus 11`);
  } else if (validRuns.length) {
    errors.push(`${where}: contains valid NHS number ${validRuns[0]} but not labelled`);
  }
  // NINOs
  const ninos = [...text.matchAll(NINO)];
  if (has("pii.nino")) {
    if (!ninos.some((m) => ninoValid(m[1], m[2]))) errors.push(`${where}: pii.nino but no valid NINO`);
  } else if (ninos.some((m) => ninoValid(m[1], m[2])))
    errors.push(`${where}: unlabelled NINO ${ninos[0][0]}`);
  // Postcodes
  const pcs = [...text.matchAll(POSTCODE)];
  if (has("pii.postcode") && pcs.length === 0) errors.push(`${where}: pii.postcode but no postcode`);
  if (!has("pii.postcode") && pcs.length && o.account?.type !== "official")
    errors.push(`${where}: unlabelled postcode ${pcs[0][0]} on a non-official account`);
  // Platform length
  const limit = LIMITS[o.platform];
  const over = limit !== undefined && text.length > limit;
  if (has("platform.length") !== over)
    errors.push(`${where}: platform.length label ${has("platform.length")} but length ${text.length}`);
  if (limit && over && text.length < limit + 20)
    errors.push(`${where}: too close to the limit to be unambiguous`);
  if (limit && !over && text.length > limit - 15)
    errors.push(`${where}: too close to the limit to be unambiguous`);
  // Link missing
  const needsLink = limit !== undefined && MORE.test(text) && !URL.test(text);
  if (has("platform.link_missing") !== needsLink)
    errors.push(
      `${where}: platform.link_missing label ${has("platform.link_missing")} but needsLink ${needsLink}`,
    );
  // Account / media categories need the fields they are about
  if (
    cats.some((c) => c.startsWith("account.disclaimer") || c.startsWith("account.brand")) &&
    o.account?.type !== "personal"
  )
    errors.push(`${where}: account category without a personal account`);
  if (cats.some((c) => c.startsWith("account.")) && !o.account)
    errors.push(`${where}: account category without account`);
  const DISCLAIMER =
    /views? (are |expressed (here )?are )?(my own|mine)|views mine|opinions (are )?(my own|mine)|own views|my views|personal (account|page|views)|are personal|thoughts my own|not (those of )?my employer|RTs/i;
  if (has("account.disclaimer_missing") && DISCLAIMER.test(`${o.account?.bio ?? ""} ${text}`))
    errors.push(`${where}: disclaimer_missing but a disclaimer is present`);
  if (has("media.consent_missing") && !(o.media ?? []).some((m) => m.identifiablePeople && !m.consent))
    errors.push(`${where}: media.consent_missing without such media`);
  if (!has("media.consent_missing") && (o.media ?? []).some((m) => m.identifiablePeople && !m.consent))
    errors.push(`${where}: identifiable media without consent but not labelled`);
  const tagged = (o.media ?? []).some((m) => (m.tags ?? []).length);
  const officialish = ["official", "devolved"].includes(o.account?.type);
  if (has("media.tagging") !== (tagged && officialish)) errors.push(`${where}: media.tagging inconsistent`);
  if (has("account.disclaimer_missing") && !o.account?.identifiesAsEmployee)
    errors.push(`${where}: disclaimer_missing but not identifiesAsEmployee`);
});

for (const c of CATEGORIES) if (counts[c] < 10) errors.push(`category ${c} has only ${counts[c]} positives`);
if (clean < 150) errors.push(`only ${clean} clean posts`);

if (process.argv.includes("--table")) {
  console.log("| category | positives |\n|---|---:|");
  for (const c of CATEGORIES) console.log(`| \`${c}\` | ${counts[c]} |`);
  console.log(`| clean (expect pass, no categories) | ${clean} |`);
  console.log(`| **total posts** | **${lines.length}** |`);
  console.log(`\nverdicts: ${JSON.stringify(verdicts)}\nplatforms: ${JSON.stringify(platforms)}`);
}
if (errors.length) {
  console.error(errors.join("\n"));
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}
console.log(`OK: ${lines.length} posts, ${clean} clean, all ${CATEGORIES.length} categories >= 10`);
