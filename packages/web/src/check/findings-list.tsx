import type { Finding } from "@parapet/core/check";
import { findingCategoryLabel, SEVERITY_LABELS } from "@parapet/core/labels";
import { groupFindings } from "./group-findings.js";

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

/**
 * One card per kind of issue: the places in the post it was found, what is wrong,
 * the clauses it breaks, and a button for each fix that can be applied.
 */
export function FindingsList({ text, findings, clauseSummary, onApply }: Props) {
  if (findings.length === 0) return <p>No issues found.</p>;
  return (
    <ul className="nhsuk-list parapet-findings">
      {groupFindings(findings).map((group) => {
        const label = findingCategoryLabel(group.category);
        const quotes = group.findings.flatMap((f) =>
          f.start !== undefined && f.end !== undefined
            ? [{ finding: f, quoted: text.slice(f.start, f.end) }]
            : [],
        );
        return (
          <li key={group.category} className="nhsuk-card" data-category={group.category}>
            <div className="nhsuk-card__content">
              <h3 className="nhsuk-card__heading nhsuk-heading-s">
                <strong className={`nhsuk-tag ${SEVERITY_TAG[group.severity]}`}>
                  {SEVERITY_LABELS[group.severity]}
                </strong>{" "}
                {label}
              </h3>
              {quotes.length > 0 && (
                <p>
                  In your post:{" "}
                  {quotes.map(({ finding, quoted }, index) => (
                    <span key={`${finding.start}:${finding.end}`}>
                      {index > 0 && ", "}
                      <q>{quoted}</q>
                    </span>
                  ))}
                </p>
              )}
              {group.messages.map((message) => (
                <p key={message}>{message}</p>
              ))}
              <ul className="nhsuk-list nhsuk-body-s">
                {group.clauses.map((clause) => {
                  const summary = clauseSummary(clause);
                  return (
                    <li key={clause}>
                      Policy: <strong>{clause}</strong>
                      {summary ? ` – ${summary}` : ""}
                    </li>
                  );
                })}
              </ul>
              {quotes
                .filter(({ finding }) => finding.replacement !== undefined)
                .map(({ finding, quoted }) => (
                  <button
                    key={`${finding.start}:${finding.end}`}
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-right-2"
                    onClick={() => onApply(finding)}
                  >
                    Apply suggestion
                    <span className="nhsuk-u-visually-hidden">
                      : replace “{quoted}” with {finding.replacement}
                    </span>
                  </button>
                ))}
              {group.suggestions.map((suggestion) => (
                <p key={suggestion} className="nhsuk-body-s">
                  Suggestion: {suggestion}
                </p>
              ))}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
