import { PLATFORM_LABELS } from "@parapet/core/labels";
import { useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { TextareaField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useApi, useIdParam, when } from "./accounts-api.js";

type Part = "owner" | "communications";
interface Signature {
  by: string;
  at: string;
  note: string | null;
}
interface ReviewView {
  account: { id: string; name: string; handle: string; platform: string; status: string };
  state: "due" | "owner_signed" | "communications_signed" | "complete";
  stateLabel: string;
  lastReviewOn: string | null;
  nextReviewOn: string | null;
  intervalMonths: number;
  clause: string;
  parts: { part: Part; title: string; clause: string; signed: Signature | null }[];
  signable: Part[];
  past: { completedAt: string; owner: Signature | null; communications: Signature | null }[];
}

const SIGN_LABELS: Readonly<Record<Part, string>> = {
  owner: "Sign the owner's part",
  communications: "Sign for communications",
};

/**
 * An account's review in two parts (docs/accounts.md, "Reviews"): the owner's and communications',
 * each signed by a different person; pending until both are. Shown on the account's page and on
 * its own page for the account's admins.
 */
export function ReviewSection({ accountId, onSigned }: { accountId: string; onSigned?: () => void }) {
  const [key, setKey] = useState(0);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const { value: review, error: loadError } = useApi<ReviewView>(`/api/v1/accounts/${accountId}/review`, key);
  async function sign(part: Part) {
    try {
      const result = await api<{ state: string; nextReviewOn: string | null }>(
        `/api/v1/accounts/${accountId}/review`,
        { method: "POST", body: { part, ...(note.trim() ? { note: note.trim() } : {}) } },
      );
      setError(undefined);
      setNote("");
      setDone(
        result.state === "complete"
          ? `The review is complete. The next one is due on ${result.nextReviewOn}.`
          : "Your part is signed. The review is complete when the other part is signed too.",
      );
      setKey((k) => k + 1);
      onSigned?.();
    } catch (caught) {
      setError(errorText(caught));
    }
  }
  if (!review) return <ErrorSummary message={loadError} />;
  const pending = review.state === "owner_signed" || review.state === "communications_signed";
  return (
    <section aria-labelledby="review-heading" data-testid="review">
      <h2 id="review-heading">Review</h2>
      <ErrorSummary message={error} />
      <p>
        Reviewed every {review.intervalMonths} months by its owner and communications, two different people (
        {review.clause}). Next review: {review.nextReviewOn ?? "not set"}; last:{" "}
        {review.lastReviewOn ?? "not yet"}.
      </p>
      {pending && (
        <p>
          <strong className="nhsuk-tag nhsuk-tag--yellow" data-testid="review-state">
            Review pending: {review.stateLabel}
          </strong>
        </p>
      )}
      <dl className="nhsuk-summary-list">
        {review.parts.map((p) => (
          <div className="nhsuk-summary-list__row" key={p.part}>
            <dt className="nhsuk-summary-list__key">
              {p.title}
              <span className="nhsuk-body-s nhsuk-u-secondary-text-color nhsuk-u-display-block">
                {p.clause}
              </span>
            </dt>
            <dd className="nhsuk-summary-list__value">
              {p.signed
                ? `Signed by ${p.signed.by}, ${when(p.signed.at)}${p.signed.note ? `: “${p.signed.note}”` : ""}`
                : "Not signed yet"}
            </dd>
          </div>
        ))}
      </dl>
      {done && (
        <p role="status" className="nhsuk-body-s">
          {done}
        </p>
      )}
      {review.signable.length > 0 && (
        <>
          <TextareaField
            id="review-note"
            label="Note (optional)"
            hint="What you checked: who holds admin rights, whether it is still needed, anything to fix"
            value={note}
            maxLength={2000}
            onChange={(e) => setNote(e.target.value)}
          />
          <div className="nhsuk-button-group">
            {review.signable.map((part) => (
              <button key={part} className="nhsuk-button" type="button" onClick={() => void sign(part)}>
                {SIGN_LABELS[part]}
              </button>
            ))}
          </div>
        </>
      )}
      {review.past.length > 0 && (
        <>
          <h3>Past reviews</h3>
          <ul className="nhsuk-list">
            {review.past.map((r) => (
              <li key={r.completedAt}>
                Completed {when(r.completedAt)}: owner {r.owner?.by ?? "?"}, communications{" "}
                {r.communications?.by ?? "?"}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The review's own page, for an account's admins who do not read the whole register. */
export function AccountReviewPage() {
  usePageTitle("Account review");
  const id = useIdParam();
  const { value, error } = useApi<ReviewView>(id ? `/api/v1/accounts/${id}/review` : undefined);
  if (!value) return <ErrorSummary message={error} />;
  const platform =
    PLATFORM_LABELS[value.account.platform as keyof typeof PLATFORM_LABELS] ?? value.account.platform;
  return (
    <>
      <h1>Review of {value.account.name}</h1>
      <p className="nhsuk-lede-text">
        {value.account.handle} on {platform}
      </p>
      <ReviewSection accountId={value.account.id} />
    </>
  );
}
