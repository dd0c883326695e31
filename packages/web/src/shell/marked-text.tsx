/** A span of the text to mark, with how to show it. */
export interface TextMark {
  start: number;
  end: number;
  className: string;
  title: string;
  /** Said to screen readers after the marked words, in brackets. */
  label: string;
}

/**
 * The text with its marks as `<mark>`s, in the order given; a mark that overlaps
 * one already shown is skipped. Only text nodes: inbound text is hostile input and
 * is never rendered as HTML (docs/architecture.md).
 */
export function MarkedText(props: { text: string; marks: readonly TextMark[]; testId?: string | undefined }) {
  const { text, marks } = props;
  const parts: Array<{ text: string; mark?: TextMark }> = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) parts.push({ text: text.slice(at, m.start) });
    parts.push({ text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return (
    <p className="parapet-highlighted" data-testid={props.testId}>
      {parts.map((part, i) =>
        part.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts are positional and rebuilt on every change
          <mark key={i} className={part.mark.className} title={part.mark.title}>
            {part.text}
            <span className="nhsuk-u-visually-hidden"> ({part.mark.label})</span>
          </mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
