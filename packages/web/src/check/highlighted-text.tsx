import type { Finding } from "@parapet/core/check";
import { findingCategoryLabel, SEVERITY_LABELS } from "@parapet/core/labels";
import { MarkedText } from "../shell/marked-text.js";

interface Props {
  text: string;
  findings: readonly Finding[];
}

/** The draft with each finding's span marked; overlapping spans are shown once, most severe first. */
export function HighlightedText({ text, findings }: Props) {
  const marks = findings
    .filter(
      (f): f is Finding & { start: number; end: number } => f.start !== undefined && f.end !== undefined,
    )
    .sort((a, b) => a.start - b.start)
    .map((f) => ({
      start: f.start,
      end: f.end,
      className: `parapet-mark parapet-mark--${f.severity}`,
      title: `${findingCategoryLabel(f.category)}: ${f.message}`,
      label: `${SEVERITY_LABELS[f.severity]}: ${findingCategoryLabel(f.category)}`,
    }));
  return <MarkedText text={text} marks={marks} />;
}
