/** A lexicon list written as "a|b|c d|e*" (one entry per bar; see lexicon.ts for the entry syntax). */
export function w(list: string): string[] {
  return list
    .split("|")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
