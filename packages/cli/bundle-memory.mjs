// Two build steps that make the bundle cheaper to hold in a running server (docs/benchmarks.md,
// 6 December, branch m1). V8 keeps the source of every module it loads for as long as the process
// lives, and keeps it at one byte a character only if every character is Latin-1.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";

/** A string literal this long in a generated data module is read from a file instead. */
const DATA_LITERAL_MIN = 64 * 1024;

/**
 * An esbuild plugin for the generated data modules (`…/data/*.ts` in packages/core: the readers'
 * weights, the names lists). Each string literal longer than DATA_LITERAL_MIN is written to
 * `dist/data/` (in `files`, name → contents, for the build to write) and the module reads it from
 * there: the bundle's source no longer holds a second copy of it. A literal that is an object's
 * property on a line of its own (the readers' `weights:`) becomes a getter that reads the file
 * when called: the readers decode their weights once, on first use, so an idle server holds no
 * copy at all. A module in any other shape is bundled as it is.
 */
export function dataModulesPlugin(files) {
  return {
    name: "parapet-data-modules",
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/]core[\\/]src[\\/].*[\\/]data[\\/][\w-]+\.ts$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const contents = moveLiteralsOut(source, basename(args.path, ".ts"), files);
        return contents === undefined ? undefined : { contents, loader: "ts" };
      });
    },
  };
}

/** The module with its long literals read from files, or undefined if it has none. */
export function moveLiteralsOut(source, stem, files) {
  const lines = source.split("\n");
  let moved = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line.length < DATA_LITERAL_MIN) continue;
    const open = line.indexOf('"');
    const close = line.lastIndexOf('"');
    if (open < 0 || close - open < DATA_LITERAL_MIN) continue;
    let value;
    try {
      value = JSON.parse(line.slice(open, close + 1));
    } catch {
      continue; // not one JSON-compatible literal: leave the line alone
    }
    if (typeof value !== "string") continue;
    const hash = createHash("sha256").update(value).digest("hex").slice(0, 16);
    const name = `${stem}-${hash}.txt`;
    files.set(name, value);
    const read = `__parapetReadData(${JSON.stringify(name)})`;
    const before = line.slice(0, open);
    const after = line.slice(close + 1);
    const property = /^\s*([A-Za-z_$][\w$]*):\s*$/.exec(lines[i - 1] ?? "");
    if (before.trim() === "" && /^,?\s*$/.test(after) && property) {
      lines[i - 1] = `  get ${property[1]}() {`;
      lines[i] = `    return ${read};\n  },`;
    } else {
      lines[i] = `${before}${read}${after}`;
    }
    moved += 1;
  }
  if (moved === 0) return undefined;
  return [
    'import { readFileSync as __parapetReadFileSync } from "node:fs";',
    // Relative to the bundle chunk this module ends up in, which is in dist/, as is dist/data/.
    'const __parapetReadData = (name: string): string => __parapetReadFileSync(new URL("./data/" + name, import.meta.url), "utf8");',
    ...lines,
  ].join("\n");
}

/** Keywords after which a `/` starts a regular expression, not a division. */
const BEFORE_REGEX = new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "of",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "yield",
  "await",
]);

function escapeUnit(unit) {
  return `\\u${unit.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * esbuild's output with every character beyond Latin-1 in a comment, a regular expression or a
 * string written as `\uXXXX` escapes (esbuild escapes strings and plain templates itself, not
 * comments or regular expressions), so that V8 holds the module's source at one byte a character
 * rather than two. Each UTF-16 unit is escaped on its own: a surrogate pair of escapes means the
 * same character in a regular expression with or without the `u` flag. An escaped character's
 * needless backslash (`\’`) is dropped: it meant the character itself.
 *
 * Returns undefined, and the build keeps the module as esbuild wrote it, where escaping would
 * change what the code means or the scan loses its way: such a character in a tagged template
 * (whose raw text a tag can read) or in an identifier, or the scan ending inside a literal.
 */
export function escapeBeyondLatin1(code) {
  let first = -1;
  for (let i = 0; i < code.length; i += 1) {
    if (code.charCodeAt(i) > 0xff) {
      first = i;
      break;
    }
  }
  if (first < 0) return code;
  const out = [];
  let copied = 0;
  /** Escape code[i] (one UTF-16 unit); a backslash just before it is dropped. */
  const escapeAt = (i, inComment = false) => {
    const backslash = !inComment && code.charCodeAt(i - 1) === 0x5c && !escapedBackslash(code, i - 1);
    out.push(code.slice(copied, backslash ? i - 1 : i), escapeUnit(code.charCodeAt(i)));
    copied = i + 1;
  };
  // The last significant token: "regex" where a `/` would start one, "value" where it divides.
  let last = "regex";
  /** Stack of brace depths at which an open template's `${` resumes it; tagged or not. */
  const templates = [];
  let depth = 0;
  let i = 0;
  const n = code.length;
  const scanTemplate = (tagged) => {
    // At the character after "`" or after the "}" that closes a substitution.
    for (; i < n; i += 1) {
      const c = code.charCodeAt(i);
      if (c === 0x5c) {
        if (code.charCodeAt(i + 1) > 0xff) {
          if (tagged) return false;
          escapeAt(i + 1);
        }
        i += 1;
      } else if (c === 0x60) {
        i += 1;
        last = "value";
        return true;
      } else if (c === 0x24 && code.charCodeAt(i + 1) === 0x7b) {
        templates.push({ depth, tagged });
        depth += 1;
        i += 2;
        last = "regex";
        return true;
      } else if (c > 0xff) {
        if (tagged) return false;
        escapeAt(i);
      }
    }
    return false;
  };
  while (i < n) {
    const c = code.charCodeAt(i);
    if (c === 0x2f && code.charCodeAt(i + 1) === 0x2f) {
      const end = code.indexOf("\n", i);
      const stop = end < 0 ? n : end;
      for (let j = i; j < stop; j += 1) if (code.charCodeAt(j) > 0xff) escapeAt(j, true);
      i = stop;
    } else if (c === 0x2f && code.charCodeAt(i + 1) === 0x2a) {
      const end = code.indexOf("*/", i + 2);
      if (end < 0) return undefined;
      for (let j = i; j < end; j += 1) if (code.charCodeAt(j) > 0xff) escapeAt(j, true);
      i = end + 2;
    } else if (c === 0x22 || c === 0x27) {
      let j = i + 1;
      for (; j < n; j += 1) {
        const d = code.charCodeAt(j);
        if (d === 0x5c) {
          if (code.charCodeAt(j + 1) > 0xff) escapeAt(j + 1);
          j += 1;
        } else if (d === c) break;
        else if (d === 0x0a) return undefined;
        else if (d > 0xff) escapeAt(j);
      }
      if (j >= n) return undefined;
      i = j + 1;
      last = "value";
    } else if (c === 0x60) {
      const tagged = last === "value";
      i += 1;
      if (!scanTemplate(tagged)) return undefined;
    } else if (c === 0x2f && last === "regex") {
      let j = i + 1;
      let inClass = false;
      for (; j < n; j += 1) {
        const d = code.charCodeAt(j);
        if (d === 0x5c) {
          if (code.charCodeAt(j + 1) > 0xff) escapeAt(j + 1);
          j += 1;
        } else if (d === 0x0a) return undefined;
        else if (d === 0x5b) inClass = true;
        else if (d === 0x5d) inClass = false;
        else if (d === 0x2f && !inClass) break;
        else if (d > 0xff) escapeAt(j);
      }
      if (j >= n) return undefined;
      i = j + 1;
      while (i < n && /[a-z]/.test(code[i])) i += 1;
      last = "value";
    } else if (c === 0x7b) {
      depth += 1;
      i += 1;
      last = "regex";
    } else if (c === 0x7d) {
      depth -= 1;
      i += 1;
      const top = templates.at(-1);
      if (top && top.depth === depth) {
        templates.pop();
        if (!scanTemplate(top.tagged)) return undefined;
      } else last = "regex";
    } else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
      i += 1;
    } else if (/[A-Za-z_$0-9]/.test(code[i]) || c === 0x23) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(code[j])) j += 1;
      // A number's `.5`/`1e-3` parts and member names are all "value": only keywords differ.
      const word = code.slice(i, j);
      const member = code.charCodeAt(i - 1) === 0x2e;
      last = !member && BEFORE_REGEX.has(word) ? "regex" : "value";
      i = j;
    } else if (c === 0x29 || c === 0x5d) {
      i += 1;
      last = "value";
    } else if (c > 0x7f) {
      return undefined; // beyond ASCII in an identifier, or whitespace esbuild does not write
    } else {
      // Punctuation, after which a `/` starts a regular expression. (`x++ / y` would be read
      // wrongly; a wrong turn like that mostly ends inside a literal, and the module is kept.)
      i += 1;
      last = "regex";
    }
  }
  if (templates.length > 0 || depth !== 0) return undefined;
  out.push(code.slice(copied));
  return out.join("");
}

/** Whether the backslash at `at` is itself escaped (preceded by an odd run of backslashes). */
function escapedBackslash(code, at) {
  let run = 0;
  for (let k = at - 1; k >= 0 && code.charCodeAt(k) === 0x5c; k -= 1) run += 1;
  return run % 2 === 1;
}

/** The holiday calendars the bundle answers from a table: the UK's, as core/src/calendar/holidays.ts asks. */
const TABLED = [
  ["GB", "ENG"],
  ["GB", "WLS"],
  ["GB", "SCT"],
  ["GB", "NIR"],
];
/** The years in the table, from 2015 to 2060; other years load date-holidays. */
const FIRST_YEAR = 2015;
const LAST_YEAR = 2060;

/**
 * An esbuild plugin that stands in for `date-holidays` in the bundle. Loaded, its parser, its
 * time-zone code and its data for every country are ~20 MB of a server's memory (an idle server
 * asks whether it is out of hours): the bundle answers `new Holidays("GB", region).getHolidays(year)`
 * from a table the library itself wrote at build time (`dist/data/`, read on each call and not
 * kept, only the asked year parsed; core/src/calendar/holidays.ts keeps what it needs), start and
 * end as Dates again. Anything else
 * (another country, a year outside the table, a language, any other method) is handed to the
 * library, loaded then (its CommonJS build: the bundle is ESM and the call is synchronous).
 */
export async function holidaysPlugin(files) {
  const { default: Holidays } = await import("date-holidays");
  // One line a calendar and year, "\nGB-ENG:2026\t[…]", so that a call parses only its own.
  let table = "";
  for (const [country, state] of TABLED) {
    const hd = new Holidays(country, state);
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year += 1)
      table += `\n${country}-${state}:${year}\t${JSON.stringify(hd.getHolidays(year))}`;
  }
  table += "\n";
  const name = `holidays-${createHash("sha256").update(table).digest("hex").slice(0, 16)}.txt`;
  files.set(name, table);
  const contents = `import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
const TABLE = ${JSON.stringify(name)};
let Library;
const library = () => (Library ??= createRequire(import.meta.url)("date-holidays"));
function tabled(key, year) {
  const table = readFileSync(new URL("./data/" + TABLE, import.meta.url), "utf8");
  const label = "\\n" + key + ":" + year + "\\t";
  const at = table.indexOf(label) + label.length;
  const line = table.slice(at, table.indexOf("\\n", at));
  return JSON.parse(line).map((h) => ({ ...h, start: new Date(h.start), end: new Date(h.end) }));
}
export default function Holidays(...args) {
  const key = args.length === 2 && typeof args[0] === "string" && typeof args[1] === "string" ? args.join("-") : "";
  if (!${JSON.stringify(TABLED.map((t) => t.join("-")))}.includes(key)) return new (library())(...args);
  let real;
  const instance = () => (real ??= new (library())(...args));
  return new Proxy({}, {
    get(_, property) {
      if (property === "getHolidays")
        return (year, ...rest) =>
          rest.length === 0 && Number.isInteger(year) && year >= ${FIRST_YEAR} && year <= ${LAST_YEAR}
            ? tabled(key, year)
            : instance().getHolidays(year, ...rest);
      const value = instance()[property];
      return typeof value === "function" ? value.bind(instance()) : value;
    },
  });
}
`;
  return {
    name: "parapet-holidays",
    setup(build) {
      build.onResolve({ filter: /^date-holidays$/ }, () => ({
        path: "date-holidays",
        namespace: "parapet-holidays",
      }));
      build.onLoad({ filter: /.*/, namespace: "parapet-holidays" }, () => ({
        contents,
        loader: "js",
        resolveDir: ".",
      }));
    },
  };
}
