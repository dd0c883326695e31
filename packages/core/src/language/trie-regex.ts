/**
 * Builds one prefix-factorised regular expression source from a word list, so
 * that hundreds of lexicon entries cost one pass over the text instead of one
 * pass each (docs/architecture.md: compile word lists into one regex).
 *
 * Entries are plain lower-case strings; a space inside an entry matches an
 * optional space or hyphen, so "death to" also catches "deathto" and "death-to".
 */
interface TrieNode {
  end: boolean;
  children: Map<string, TrieNode>;
}

function escapeChar(ch: string): string {
  if (ch === " ") return "[ -]?";
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? `\\${ch}` : ch;
}

function emit(node: TrieNode): string {
  const branches: string[] = [];
  // Longer continuations first so the alternation prefers the longest entry.
  const keys = [...node.children.keys()].sort();
  for (const key of keys) {
    const child = node.children.get(key);
    if (child) branches.push(escapeChar(key) + emit(child));
  }
  if (branches.length === 0) return "";
  const body = branches.length === 1 ? (branches[0] ?? "") : `(?:${branches.join("|")})`;
  if (!node.end) return body;
  const needsGroup = branches.length === 1 && body.length > 1;
  return `${needsGroup ? `(?:${body})` : body}?`;
}

export function trieSource(words: Iterable<string>): string {
  const root: TrieNode = { end: false, children: new Map() };
  let count = 0;
  for (const word of words) {
    if (word.length === 0) continue;
    let node = root;
    for (const ch of word) {
      let next = node.children.get(ch);
      if (!next) {
        next = { end: false, children: new Map() };
        node.children.set(ch, next);
      }
      node = next;
    }
    node.end = true;
    count++;
  }
  if (count === 0) return "(?!)";
  return `(?:${emit(root)})`;
}

/** Spelling variants used by people dodging filters: one adjacent swap or one dropped letter inside the word. */
export function typoVariants(word: string): string[] {
  const out: string[] = [];
  if (word.includes(" ")) return out;
  for (let i = 1; i < word.length - 2; i++) {
    const a = word[i] ?? "";
    const b = word[i + 1] ?? "";
    if (a !== b) out.push(word.slice(0, i) + b + a + word.slice(i + 2));
  }
  if (word.length >= 5) {
    for (let i = 1; i < word.length - 1; i++) {
      if (word[i] !== word[i - 1]) out.push(word.slice(0, i) + word.slice(i + 1));
    }
  }
  if (word.length >= 4) {
    // A swap of the last two letters ("haet", "suffre") is a common deliberate misspelling.
    const n = word.length;
    out.push(word.slice(0, n - 2) + (word[n - 1] ?? "") + (word[n - 2] ?? ""));
  }
  return out;
}
