import { PLATFORM_LABELS } from "@parapet/core/labels";
import { Link } from "@tanstack/react-router";
import { ErrorSummary } from "../shell/error-summary.js";
import { usePageTitle } from "../shell/page-title.js";
import { type RequestSummary, useApi, when } from "./accounts-api.js";

function RequestTable({ requests, empty }: { requests: RequestSummary[] | undefined; empty: string }) {
  if (!requests) return <p>Loading…</p>;
  if (requests.length === 0) return <p>{empty}</p>;
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Account requests</caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">Account</th>
          <th scope="col">Service</th>
          <th scope="col">Requested by</th>
          <th scope="col">Where it is</th>
          <th scope="col">Last change</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {requests.map((r) => (
          <tr key={r.id}>
            <td>
              <Link to={"/accounts/request" as never} search={{ id: r.id } as never}>
                {r.proposedName || "Untitled request"}
              </Link>{" "}
              ({PLATFORM_LABELS[r.platform as keyof typeof PLATFORM_LABELS] ?? r.platform})
            </td>
            <td>{r.service}</td>
            <td>{r.requester}</td>
            <td>{r.stateLabel}</td>
            <td>{when(r.updatedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The account requests I made, wherever they are. */
export function MyRequestsPage() {
  usePageTitle("My account requests");
  const { value, error } = useApi<{ requests: RequestSummary[] }>("/api/v1/account-requests?view=mine");
  return (
    <>
      <h1>My account requests</h1>
      <p>
        <Link className="nhsuk-button" to="/accounts/new">
          Request an account
        </Link>
      </p>
      <ErrorSummary message={error} />
      <RequestTable requests={value?.requests} empty="You have not requested an account." />
    </>
  );
}

/** Requests waiting for my step: endorsement, communications review, approval or set-up. */
export function ApprovalsPage() {
  usePageTitle("Waiting for me");
  const { value, error } = useApi<{ requests: RequestSummary[] }>("/api/v1/account-requests?view=waiting");
  return (
    <>
      <h1>Account requests waiting for me</h1>
      <ErrorSummary message={error} />
      <RequestTable requests={value?.requests} empty="Nothing is waiting for you." />
      <ReviewsWaiting />
    </>
  );
}

interface WaitingReview {
  accountId: string;
  name: string;
  handle: string;
  platform: string;
  nextReviewOn: string | null;
  stateLabel: string;
  parts: string[];
}

/** Account reviews waiting for my part: due soon, overdue, or signed by the other party. */
function ReviewsWaiting() {
  const { value, error } = useApi<{ reviews: WaitingReview[] }>("/api/v1/accounts/reviews/waiting");
  return (
    <section aria-labelledby="reviews-waiting-heading">
      <h2 id="reviews-waiting-heading">Account reviews waiting for me</h2>
      <ErrorSummary message={error} />
      {value && value.reviews.length === 0 && <p>No account review is waiting for you.</p>}
      {value && value.reviews.length > 0 && (
        <ul className="nhsuk-list" data-testid="reviews-waiting">
          {value.reviews.map((r) => (
            <li key={r.accountId}>
              <Link to={"/accounts/review" as never} search={{ id: r.accountId } as never}>
                {r.name} ({r.handle} on{" "}
                {PLATFORM_LABELS[r.platform as keyof typeof PLATFORM_LABELS] ?? r.platform})
              </Link>
              : due {r.nextReviewOn ?? "now"}, {r.stateLabel}. Yours to sign: {r.parts.join(" or ")}.
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
