import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compilePhraseIndex, type SavedPhraseIndex, usePhraseIndexStore } from "@parapet/core/check";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../repo-paths.js";
import { phraseIndexFile, phraseIndexStore } from "./engine-tables-cache.js";
import { PackDirectory, readPackSources } from "./load-packs-from-disk.js";

type Lists = ReadonlyMap<string, readonly string[]>;

/** The dev posts' texts (eval/dev, in the repository), the texts the indexes are compared on. */
const texts: string[] = readFileSync(join(REPO_ROOT, "eval/dev/dev-posts/dev-posts.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { text: string }).text);

describe("each pack's phrase index kept in a file (engine-tables-cache.ts)", () => {
  const dir = mkdtempSync(join(tmpdir(), "parapet-phrase-index-"));
  afterAll(() => {
    usePhraseIndexStore(undefined);
    rmSync(dir, { recursive: true, force: true });
  });
  const store = phraseIndexStore(dir);
  /** Every pack's lists as the store was asked for them, and how often it had to work one out. */
  const asked: Lists[] = [];
  let workedOut = 0;
  const counting: typeof store = (lists, workOut) => {
    asked.push(lists);
    return store(lists, () => {
      workedOut += 1;
      return workOut();
    });
  };
  usePhraseIndexStore(counting);
  const compileAll = () => {
    const packs = new PackDirectory(readPackSources());
    return packs.ids().map((id) => packs.compiled(id));
  };

  it("is written by the first process, then read, and matches what the lists compile to", () => {
    expect(texts.length).toBeGreaterThanOrEqual(200);
    compileAll();
    const packCount = asked.length;
    expect(packCount).toBeGreaterThanOrEqual(6);
    expect(workedOut).toBe(packCount);
    expect(readdirSync(dir).filter((f) => f.startsWith("phrase-index-1-"))).toHaveLength(packCount);
    // A second process (a new directory of packs): every index from its file, none worked out.
    const fromFiles = compileAll();
    expect(workedOut).toBe(packCount);
    // The indexes from the files find exactly what the lists compiled without the store find.
    usePhraseIndexStore(undefined);
    let hits = 0;
    for (const [i, pack] of fromFiles.entries()) {
      const lists = asked[packCount + i] as Lists;
      const fromLists = compilePhraseIndex(lists);
      const index = pack?.phrases.index;
      expect(index?.lists).toEqual(fromLists.lists);
      for (const text of texts) {
        const found = fromLists.scan(text);
        hits += found.length;
        expect(index?.scan(text)).toEqual(found);
      }
    }
    expect(hits).toBeGreaterThan(1000);
  });

  it("is not served stale to a changed list: a changed pack has a new key and is compiled again", () => {
    const lists = asked[0] as Lists;
    const [first] = lists.keys();
    if (first === undefined) throw new Error("a pack with no lists");
    const changed = new Map(lists);
    changed.set(first, [...(lists.get(first) ?? []), "quokka zebra crossing"]);
    expect(phraseIndexFile(dir, changed)).not.toBe(phraseIndexFile(dir, lists));
    let calls = 0;
    const withStore = (store2: typeof store, l: Lists) => {
      usePhraseIndexStore((ls, workOut) =>
        store2(ls, () => {
          calls += 1;
          return workOut();
        }),
      );
      try {
        return compilePhraseIndex(l);
      } finally {
        usePhraseIndexStore(undefined);
      }
    };
    const index = withStore(store, changed);
    expect(calls).toBe(1);
    expect(index.scan("a quokka zebra crossing").map((h) => h.list)).toContain(first);
    // The unchanged lists' file is still current: read, not worked out, and without the phrase.
    const unchanged = withStore(store, lists);
    expect(calls).toBe(1);
    expect(unchanged.scan("a quokka zebra crossing").map((h) => h.list)).not.toContain(first);
  });

  it("is not served stale to a changed pack file", () => {
    const sources = readPackSources();
    const line = "        - speaking for the trust\n";
    const edited = sources.map((s) =>
      s.file.endsWith("rwt/pack.yaml")
        ? { ...s, source: s.source.replace(line, `${line}        - quokka zebra crossing\n`) }
        : s,
    );
    expect(edited.find((s) => s.file.endsWith("rwt/pack.yaml"))?.source).toContain("quokka zebra crossing");
    usePhraseIndexStore(counting);
    const before = workedOut;
    const original = new PackDirectory(sources).compiled("rwt");
    expect(workedOut).toBe(before);
    const changed = new PackDirectory(edited).compiled("rwt");
    expect(workedOut).toBe(before + 1);
    const text = "a quokka zebra crossing";
    expect(original?.phrases.index.scan(text)).toEqual([]);
    expect(changed?.phrases.index.scan(text).length).toBeGreaterThan(0);
  });

  it("works the index out again when its file is cut short or not an index", () => {
    const lists = asked[0] as Lists;
    const file = phraseIndexFile(dir, lists);
    const saved = JSON.parse(readFileSync(file, "utf8")) as SavedPhraseIndex;
    expect(saved.phrases.length).toBeGreaterThan(100);
    for (const broken of ['{"format":1,"slots":[', '{"format":2}']) {
      writeFileSync(file, broken);
      let calls = 0;
      const restored = store(lists, () => {
        calls += 1;
        return saved;
      });
      expect(calls).toBe(1);
      expect(restored).toBe(saved);
      // And written again, whole.
      expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(saved);
    }
  });
});
