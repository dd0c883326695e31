import { PRESENCE_LABELS } from "@parapet/core/accounts";
import { PLATFORM_LABELS, REQUEST_EVENT_LABELS } from "@parapet/core/labels";
import { Link } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { InputField, TextareaField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";
import {
  type Colleague,
  type HistoryLine,
  type RequestDetail,
  useApi,
  useIdParam,
  when,
} from "./accounts-api.js";

const NEEDS_REASONS = new Set(["return", "reject"]);

export function HistoryList({ history }: { history: HistoryLine[] }) {
  return (
    <ol className="nhsuk-list nhsuk-list--number" data-testid="history">
      {history.map((h) => (
        <li key={`${h.at}-${h.event}-${h.to}`}>
          {REQUEST_EVENT_LABELS[h.event] ?? h.event}
          {h.by ? ` by ${h.by}` : ""}, {when(h.at)}
          {h.reasons ? `: “${h.reasons}”` : ""}
        </li>
      ))}
    </ol>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** The communications team's set-up checklist of an approved request. */
function SetupForm({ request, onSaved }: { request: RequestDetail; onSaved: () => void }) {
  const people = useApi<{ people: Colleague[] }>("/api/v1/accounts/people");
  const [setup, setSetup] = useState(request.setup);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setSetup(request.setup), [request.setup]);
  const toggle = (key: "handleReserved" | "twoFactorOn", label: string) => (
    <div className="nhsuk-checkboxes__item">
      <input
        className="nhsuk-checkboxes__input"
        id={`setup-${key}`}
        type="checkbox"
        checked={setup[key]}
        onChange={(e) => setSetup({ ...setup, [key]: e.target.checked })}
      />
      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`setup-${key}`}>
        {label}
      </label>
    </div>
  );
  async function save() {
    try {
      await api(`/api/v1/account-requests/${request.id}/setup`, {
        method: "PUT",
        body: {
          handleReserved: setup.handleReserved,
          twoFactorOn: setup.twoFactorOn,
          adminIds: setup.adminIds,
          credentialsLocation: setup.credentialsLocation,
        },
      });
      setError(undefined);
      onSaved();
    } catch (caught) {
      setError(errorText(caught));
    }
  }
  return (
    <section aria-labelledby="setup-heading">
      <h2 id="setup-heading">Set-up checklist</h2>
      <p className="nhsuk-hint">{request.setupClause}</p>
      <ErrorSummary message={error} />
      {request.setupMissing.length > 0 && <p>Still to do: {request.setupMissing.join("; ")}.</p>}
      <div className="nhsuk-form-group nhsuk-checkboxes">
        {toggle("handleReserved", "The handle is reserved")}
        {toggle("twoFactorOn", "Two-step verification is on")}
      </div>
      <fieldset className="nhsuk-fieldset nhsuk-form-group">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Admins</legend>
        <div className="nhsuk-hint">Include a member of the communications team</div>
        <div className="nhsuk-checkboxes">
          {(people.value?.people ?? []).map((p) => (
            <div className="nhsuk-checkboxes__item" key={p.id}>
              <input
                className="nhsuk-checkboxes__input"
                id={`admin-${p.id}`}
                type="checkbox"
                checked={setup.adminIds.includes(p.id)}
                onChange={(e) =>
                  setSetup({
                    ...setup,
                    adminIds: e.target.checked
                      ? [...setup.adminIds, p.id]
                      : setup.adminIds.filter((x) => x !== p.id),
                  })
                }
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`admin-${p.id}`}>
                {p.name}
                {p.communicationsTeam ? " (communications team)" : ""}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <InputField
        id="credentials-location"
        label="Where the log-in details are held"
        hint="A place, such as the team's password manager: never the password itself"
        value={setup.credentialsLocation}
        onChange={(e) => setSetup({ ...setup, credentialsLocation: e.target.value })}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => void save()}>
        Save the checklist
      </button>
    </section>
  );
}

/** One account request: its form, the criteria with clauses, its history and my next steps. */
export function RequestPage() {
  usePageTitle("Account request");
  const id = useIdParam();
  const { me } = useSession();
  const [key, setKey] = useState(0);
  const { value: request, error: loadError } = useApi<RequestDetail>(
    id ? `/api/v1/account-requests/${id}` : undefined,
    key,
  );
  const [reasons, setReasons] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  async function take(event: string) {
    try {
      await api(`/api/v1/account-requests/${id}/steps`, { method: "POST", body: { event, reasons } });
      setNotice(`Done: ${REQUEST_EVENT_LABELS[event] ?? event}.`);
      setError(undefined);
      setReasons("");
      setKey((k) => k + 1);
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  if (!request) return <ErrorSummary message={loadError} />;
  const f = request.form;
  const setsUp = me?.user.roles.some((r) => r === "communications_officer" || r === "head_of_communications");
  const mayEdit = request.state === "draft" || request.state === "returned";
  return (
    <>
      <h1>{f.proposedName || "Account request"}</h1>
      <p className="nhsuk-lede-text">
        {PLATFORM_LABELS[f.platform]} for {f.service || "a service"}: {request.stateLabel}.
      </p>
      <ErrorSummary message={error ?? loadError} />
      {notice && (
        <p className="nhsuk-inset-text" role="status">
          {notice}
        </p>
      )}
      {request.reasons && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">Reasons given</h2>
          <p>{request.reasons}</p>
        </div>
      )}
      <h2>Your policy's criteria</h2>
      <ul className="nhsuk-list" data-testid="criteria">
        {request.criteria.map((c) => (
          <li key={c.id}>
            <strong className={`nhsuk-tag ${c.met ? "nhsuk-tag--green" : "nhsuk-tag--orange"}`}>
              {c.met ? "Met" : "Not met"}
            </strong>{" "}
            {c.message} <span className="nhsuk-hint nhsuk-u-font-size-16">({c.clause})</span>
          </li>
        ))}
      </ul>
      <dl className="nhsuk-summary-list">
        <Row label="Requested by">{request.requester.name}</Row>
        <Row label={request.endorser.title}>{request.lineManager?.name ?? "Not named yet"}</Row>
        <Row label="Approved by">{request.approver.title}</Row>
        <Row label="Handle">{f.handle}</Row>
        <Row label="Page, group or account">{PRESENCE_LABELS[f.presence]}</Row>
        <Row label="Purpose">{f.purpose}</Row>
        <Row label="Audience">{f.audience}</Row>
        <Row label="Content plan">{f.contentPlan}</Row>
        <Row label="Posts a week">{f.postsPerWeek}</Row>
        <Row label="Approved users">
          {request.approvedUsers.map((u) => u.name).join(", ") || "None named"}
        </Row>
        <Row label="Moderation plan">{f.moderationPlan}</Row>
      </dl>
      {mayEdit && request.actions.includes("submit") && (
        <p>
          <Link to={"/accounts/new" as never} search={{ id: request.id } as never}>
            Change the request
          </Link>
        </p>
      )}
      {request.state === "approved" && setsUp && (
        <SetupForm request={request} onSaved={() => setKey((k) => k + 1)} />
      )}
      {request.actions.length > 0 && (
        <section aria-labelledby="steps-heading">
          <h2 id="steps-heading">Your next step</h2>
          {request.actions.some((a) => NEEDS_REASONS.has(a)) && (
            <TextareaField
              id="reasons"
              label="Reasons"
              hint="Needed to return or reject the request"
              rows={3}
              value={reasons}
              onChange={(e) => setReasons(e.target.value)}
            />
          )}
          <div className="nhsuk-button-group">
            {request.actions.map((a) => (
              <button
                key={a}
                type="button"
                className={`nhsuk-button${NEEDS_REASONS.has(a) || a === "withdraw" ? " nhsuk-button--secondary" : ""}`}
                onClick={() => void take(a)}
              >
                {REQUEST_EVENT_LABELS[a] ?? a}
              </button>
            ))}
          </div>
        </section>
      )}
      {request.accountId && (
        <p>
          <Link to={"/accounts/account" as never} search={{ id: request.accountId } as never}>
            See the account in the register
          </Link>
        </p>
      )}
      <h2>History</h2>
      <HistoryList history={request.history} />
    </>
  );
}
