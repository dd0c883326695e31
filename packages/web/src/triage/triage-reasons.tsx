import type { TriageReason } from "@parapet/core/triage";

interface Props {
  text: string;
  reasons: readonly TriageReason[];
}

/**
 * The message with the cues that decided it marked. The inbound text is
 * hostile input: it is rendered only as text nodes (React escapes it), never
 * as HTML (DESIGN.md §3).
 */
export function TriageReasonsText({ text, reasons }: Props) {
  const spans = [...reasons]
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: Array<{ text: string; reason?: TriageReason }> = [];
  let at = 0;
  for (const r of spans) {
    if (r.start < at) continue;
    if (r.start > at) parts.push({ text: text.slice(at, r.start) });
    parts.push({ text: text.slice(r.start, r.end), reason: r });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <p className="parapet-highlighted" data-testid="triage-text">
      {parts.map((part, i) =>
        part.reason ? (
          <mark
            // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and rebuilt per result
            key={i}
            className="parapet-mark parapet-mark--review"
            title={`${part.reason.for}: ${part.reason.cue}`}
          >
            {part.text}
            <span className="nhsuk-u-visually-hidden">
              {" "}
              ({part.reason.for}: {part.reason.cue})
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
