import { decodeHTML } from "entities";

/**
 * The text a reader sees in a Mastodon status's HTML (the instance sanitises it to p, br, a and
 * span): paragraphs become blank lines, <br> a line break, other tags vanish, entities are decoded.
 * One pass over the characters, so it is linear in the input's length whatever the input.
 */
export function htmlToText(html: string): string {
  let out = "";
  let i = 0;
  let paragraphs = 0;
  while (i < html.length) {
    const open = html.indexOf("<", i);
    const textEnd = open === -1 ? html.length : open;
    if (textEnd > i) out += decodeHTML(html.slice(i, textEnd));
    if (open === -1) break;
    const close = html.indexOf(">", open + 1);
    if (close === -1) {
      out += decodeHTML(html.slice(open)); // a stray "<": text, not a tag
      break;
    }
    const tag = tagName(html, open + 1, close);
    if (tag === "br") out += "\n";
    else if (tag === "p") {
      if (paragraphs > 0) out += "\n\n";
      paragraphs += 1;
    }
    i = close + 1;
  }
  return out;
}

function tagName(html: string, start: number, end: number): string {
  let j = start;
  while (j < end && html.charCodeAt(j) === 0x20) j += 1;
  let name = "";
  while (j < end) {
    const c = html.charCodeAt(j) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    name += String.fromCharCode(c);
    j += 1;
  }
  return name;
}
