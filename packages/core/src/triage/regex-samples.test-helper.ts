// Shared by the triage prefilter property tests (cue-prefilter, flags-prefilter).

/** fast-check cannot generate \b or lookarounds: drop them, and keep only samples the real regex matches. */
export function withoutAssertions(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    if (source[i] === "\\") {
      if (source[i + 1] !== "b") out += source.slice(i, i + 2);
      i++;
    } else if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) {
      for (let depth = 0; i < source.length; i++) {
        if (source[i] === "\\") i++;
        else if (source[i] === "(") depth++;
        else if (source[i] === ")" && --depth === 0) break;
      }
    } else out += source[i];
  }
  return out;
}
