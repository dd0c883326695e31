import type { Finding } from "@parapet/core/check";

const SEVERITY_LABEL = { block: "Must fix", review: "Check with comms", advice: "Advice" } as const;
const SEVERITY_TAG = {
  block: "nhsuk-tag--red",
  review: "nhsuk-tag--yellow",
  advice: "nhsuk-tag--grey",
} as const;

interface Props {
  text: string;
  findings: readonly Finding[];
  clauseSummary: (clause: string) => string | undefined;
  onApply: (finding: Finding) => void;
}

/** Each finding with its clause, message and (where one exists) a button that applies the fix. */
export function FindingsList({ text, findings, clauseSummary, onApply }: Props) {
  if (findings.length === 0) return <p>No issues found.</p>;
  return (
    <ul className="nhsuk-list parapet-findings">
      {findings.map((f) => {
        const quoted = f.start !== undefined && f.end !== undefined ? text.slice(f.start, f.end) : undefined;
        const summary = clauseSummary(f.clause);
        return (
          <li key={`${f.rule}:${f.start ?? "post"}:${f.end ?? ""}`} className="nhsuk-card">
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-s">
                <strong className={`nhsuk-tag ${SEVERITY_TAG[f.severity]}`}>
                  {SEVERITY_LABEL[f.severity]}
                </strong>{" "}
                {f.category}
              </h3>
              {quoted && (
                <p>
                  In your post: <q>{quoted}</q>
                </p>
              )}
              <p>{f.message}</p>
              <p className="nhsuk-body-s">
                Policy: <strong>{f.clause}</strong>
                {summary ? ` – ${summary}` : ""}
              </p>
              {f.replacement !== undefined ? (
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary"
                  onClick={() => onApply(f)}
                >
                  Apply suggestion
                  <span className="nhsuk-u-visually-hidden">
                    : replace “{quoted}” with {f.replacement}
                  </span>
                </button>
              ) : (
                <p className="nhsuk-body-s">Suggestion: {f.suggestion}</p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
