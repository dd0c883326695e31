import { triageReasonLabel } from "@parapet/core/labels";
import type { TriageReason } from "@parapet/core/triage";
import { MarkedText } from "../shell/marked-text.js";

interface Props {
  text: string;
  reasons: readonly TriageReason[];
}

/**
 * The message with the cues that decided it marked. The inbound text is
 * hostile input: it is rendered only as text nodes (React escapes it), never
 * as HTML (docs/architecture.md).
 */
export function TriageReasonsText({ text, reasons }: Props) {
  const marks = [...reasons]
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((r) => ({
      start: r.start,
      end: r.end,
      className: "parapet-mark parapet-mark--review",
      title: triageReasonLabel(r.for, r.cue),
      label: triageReasonLabel(r.for, r.cue),
    }));
  return <MarkedText text={text} marks={marks} testId="triage-text" />;
}
