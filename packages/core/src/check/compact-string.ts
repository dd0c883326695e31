/**
 * The same text, stored as compactly as V8 can. A string sliced from a pack file that
 * holds any character beyond Latin-1 is kept two bytes a character even when it is plain
 * ASCII: compared with the one-byte text of a post it is slower to match, and in a JSON
 * line it makes the whole line two-byte (twice the memory, and a slow conversion to UTF-8).
 * A JSON round trip gives back a one-byte string whenever the text allows.
 */
export function compactString<T extends string>(text: T): T {
  return JSON.parse(JSON.stringify(text)) as T;
}
