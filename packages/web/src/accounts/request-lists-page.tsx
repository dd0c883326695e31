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
    </>
  );
}
