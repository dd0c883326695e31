import type { Finding } from "@parapet/core/check";

interface Props {
  text: string;
  findings: readonly Finding[];
}

/** The draft with each finding's span marked; overlapping spans are shown once, most severe first. */
export function HighlightedText({ text, findings }: Props) {
  const spans = findings
    .filter(
      (f): f is Finding & { start: number; end: number } => f.start !== undefined && f.end !== undefined,
    )
    .sort((a, b) => a.start - b.start);
  const parts: Array<{ text: string; finding?: Finding }> = [];
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue;
    if (f.start > at) parts.push({ text: text.slice(at, f.start) });
    parts.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <p className="parapet-highlighted">
      {parts.map((part, i) =>
        part.finding ? (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and rebuilt on every keystroke
            key={i}
            className={`parapet-mark parapet-mark--${part.finding.severity}`}
            title={`${part.finding.category}: ${part.finding.message}`}
          >
            {part.text}
            <span className="nhsuk-u-visually-hidden">
              {" "}
              ({part.finding.severity}: {part.finding.category})
            </span>
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
